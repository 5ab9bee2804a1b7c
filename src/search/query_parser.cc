#include "search/query_parser.h"

#include <regex>
#include <string>
#include <vector>

#include "base/text.h"

namespace dossier::search {
namespace {

struct Tok {
  enum class T { kWord, kPhrase, kOr, kAnd, kNot, kMinus, kOpen, kClose } t;
  std::string text;
};

Result<std::vector<Tok>> Lex(std::string_view s) {
  std::vector<Tok> out;
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
    } else if (c == '"' || s.substr(i).starts_with("\u201C")) {
      size_t open_len = c == '"' ? 1 : 3;
      size_t j = i + open_len;
      size_t end = s.size();
      size_t close_len = 0;
      for (size_t k = j; k < s.size(); ++k) {
        if (s[k] == '"') { end = k; close_len = 1; break; }
        if (s.substr(k).starts_with("\u201D")) { end = k; close_len = 3; break; }
      }
      if (close_len == 0) return InvalidArgumentError("unclosed quotation mark in query");
      std::string phrase = CollapseSpaces(s.substr(j, end - j));
      if (!phrase.empty()) out.push_back({Tok::T::kPhrase, phrase});
      i = end + close_len;
    } else if (c == '(') {
      out.push_back({Tok::T::kOpen, "("});
      ++i;
    } else if (c == ')') {
      out.push_back({Tok::T::kClose, ")"});
      ++i;
    } else if (c == '|') {
      out.push_back({Tok::T::kOr, "|"});
      ++i;
    } else if (c == '-') {  // at a token start: negation
      out.push_back({Tok::T::kMinus, "-"});
      ++i;
    } else {
      size_t j = i;
      while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j])) &&
             s[j] != '(' && s[j] != ')' && s[j] != '"' && s[j] != '|') {
        ++j;
      }
      std::string w(s.substr(i, j - i));
      if (w == "OR") out.push_back({Tok::T::kOr, w});
      else if (w == "AND") out.push_back({Tok::T::kAnd, w});
      else if (w == "NOT") out.push_back({Tok::T::kNot, w});
      else out.push_back({Tok::T::kWord, w});
      i = j;
    }
  }
  return out;
}

class Parser {
 public:
  explicit Parser(std::vector<Tok> toks) : toks_(std::move(toks)) {}

  Result<QueryNode> Parse() {
    DOSSIER_ASSIGN_OR_RETURN(QueryNode n, Or());
    if (pos_ < toks_.size()) {
      return InvalidArgumentError("unexpected '" + toks_[pos_].text + "' in query");
    }
    return n;
  }

 private:
  bool At(Tok::T t) const { return pos_ < toks_.size() && toks_[pos_].t == t; }

  Result<QueryNode> Or() {
    QueryNode node;
    node.kind = QueryNode::Kind::kOr;
    DOSSIER_ASSIGN_OR_RETURN(QueryNode first, And());
    node.children.push_back(std::move(first));
    while (At(Tok::T::kOr)) {
      ++pos_;
      DOSSIER_ASSIGN_OR_RETURN(QueryNode next, And());
      node.children.push_back(std::move(next));
    }
    if (node.children.size() == 1) return std::move(node.children[0]);
    return node;
  }

  Result<QueryNode> And() {
    QueryNode node;
    node.kind = QueryNode::Kind::kAnd;
    while (pos_ < toks_.size() && !At(Tok::T::kOr) && !At(Tok::T::kClose)) {
      if (At(Tok::T::kAnd)) {
        ++pos_;
        continue;
      }
      DOSSIER_ASSIGN_OR_RETURN(QueryNode u, Unary());
      node.children.push_back(std::move(u));
    }
    if (node.children.empty()) {
      return InvalidArgumentError(pos_ < toks_.size()
                                      ? "operator '" + toks_[pos_].text + "' needs a term on each side"
                                      : "empty query");
    }
    if (node.children.size() == 1 && node.children[0].kind != QueryNode::Kind::kNot) {
      return std::move(node.children[0]);
    }
    return node;
  }

  Result<QueryNode> Unary() {
    if (At(Tok::T::kNot) || At(Tok::T::kMinus)) {
      ++pos_;
      DOSSIER_ASSIGN_OR_RETURN(QueryNode inner, Primary());
      QueryNode n;
      n.kind = QueryNode::Kind::kNot;
      n.children.push_back(std::move(inner));
      return n;
    }
    return Primary();
  }

  Result<QueryNode> Primary() {
    if (pos_ >= toks_.size()) return InvalidArgumentError("query ends where a term was expected");
    const Tok& t = toks_[pos_];
    if (t.t == Tok::T::kOpen) {
      ++pos_;
      DOSSIER_ASSIGN_OR_RETURN(QueryNode inner, Or());
      if (!At(Tok::T::kClose)) return InvalidArgumentError("missing ')' in query");
      ++pos_;
      return inner;
    }
    if (t.t == Tok::T::kPhrase) {
      ++pos_;
      QueryNode n;
      n.kind = QueryNode::Kind::kPhrase;
      n.text = t.text;
      return n;
    }
    if (t.t == Tok::T::kWord) {
      ++pos_;
      QueryNode n;
      std::string w = t.text;
      if (w.size() > 1 && w.back() == '*') {
        n.kind = QueryNode::Kind::kPrefix;
        w.pop_back();
      } else {
        n.kind = QueryNode::Kind::kTerm;
      }
      // Words made only of punctuation match nothing: reject them clearly.
      bool has_alnum = false;
      for (size_t i = 0; i < w.size();) {
        char32_t c = NextCodePoint(w, &i);
        has_alnum = has_alnum || IsLetter(c) || IsDigit(c);
      }
      if (!has_alnum) return InvalidArgumentError("'" + t.text + "' is not a searchable word");
      n.text = w;
      return n;
    }
    return InvalidArgumentError("unexpected '" + t.text + "' in query");
  }

  std::vector<Tok> toks_;
  size_t pos_ = 0;
};

}  // namespace

Result<QueryNode> ParseQuery(std::string_view text) {
  if (TrimView(text).empty()) return InvalidArgumentError("empty query");
  DOSSIER_ASSIGN_OR_RETURN(std::vector<Tok> toks, Lex(text));
  if (toks.empty()) return InvalidArgumentError("empty query");
  return Parser(std::move(toks)).Parse();
}

bool IsValidDateFilter(std::string_view s) {
  static const std::regex re(R"(^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$)");
  return std::regex_match(std::string(s), re);
}

}  // namespace dossier::search
