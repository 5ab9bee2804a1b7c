#include "ingest/reflow.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <mutex>
#include <string>
#include <unordered_set>

#include "base/hash.h"
#include "base/text.h"

namespace dossier::ingest {
namespace {

bool IsTerminal(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' ||
         c == U'\u201D' || c == '"' || c == U'\u00BB' || c == ')';
}

bool IsHyphen(char32_t c) { return c == '-' || c == U'\u2010' || c == U'\u00AC'; }

char32_t FirstChar(std::string_view s) {
  size_t i = 0;
  return s.empty() ? 0 : NextCodePoint(s, &i);
}
char32_t LastChar(std::string_view s) {
  size_t i = s.size();
  return s.empty() ? 0 : PrevCodePoint(s, &i);
}

// A line that starts a list item: "- ", "• ", "1. ", "(a) ", "a) ".
bool StartsListItem(std::string_view t) {
  if (t.empty()) return false;
  char32_t c = FirstChar(t);
  if (c == U'\u2022' || c == U'\u25CF' || c == U'\u25AA' || c == U'\u2013' ||
      c == U'\u2014' || c == '*') {
    return true;
  }
  if (c == '-' && t.size() > 1 && t[1] == ' ') return true;
  size_t i = 0;
  while (i < t.size() && i < 4 && std::isdigit(static_cast<unsigned char>(t[i]))) ++i;
  if (i > 0 && i < t.size() && (t[i] == '.' || t[i] == ')') && i + 1 < t.size() &&
      t[i + 1] == ' ') {
    return true;
  }
  if (t.size() > 3 && t[0] == '(' && t[2] == ')') return true;
  return false;
}

bool HasLowercase(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (IsLower(NextCodePoint(s, &i))) return true;
  }
  return false;
}

// The installed English word list, lower-cased (`all`), and the words it
// lists in lower case only (`common`: not proper nouns such as "Luis").
using WordSet = std::unordered_set<std::string_view, StringHash, std::equal_to<>>;

// The sets view `lower`, the whole list lower-cased (ASCII).
struct WordLists {
  std::string lower;
  WordSet all, common;
};

const WordLists& Words() {
  static const WordLists* lists = [] {
    auto* w = new WordLists();
    for (const char* path : {"/usr/share/dict/british-english",
                             "/usr/share/dict/american-english",
                             "/usr/share/dict/words"}) {
      std::ifstream in(path, std::ios::binary);
      if (!in) continue;
      const std::string data{std::istreambuf_iterator<char>(in),
                             std::istreambuf_iterator<char>()};
      w->lower = AsciiLower(data);
      w->all.reserve(data.size() / 8);
      w->common.reserve(data.size() / 8);
      size_t start = 0;
      for (std::string_view line : Split(data, '\n')) {
        std::string_view lower = std::string_view(w->lower).substr(start, line.size());
        start += line.size() + 1;
        if (line.empty() || line.find('\'') != std::string_view::npos) continue;
        if (lower == line) w->common.insert(lower);
        w->all.insert(lower);
      }
      break;
    }
    return w;
  }();
  return *lists;
}

const WordSet& WordList() { return Words().all; }

// The trailing word fragment of `s` (letters only) and the leading word of `t`.
std::string_view TailWord(std::string_view s) {
  size_t e = s.size(), b = e;
  while (b > 0) {
    size_t i = b;
    char32_t c = PrevCodePoint(s, &i);
    if (!IsLetter(c)) break;
    b = i;
  }
  return s.substr(b, e - b);
}
std::string_view HeadWord(std::string_view s) {
  size_t e = 0;
  while (e < s.size()) {
    size_t i = e;
    char32_t c = NextCodePoint(s, &i);
    if (!IsLetter(c)) break;
    e = i;
  }
  return s.substr(0, e);
}

size_t CountOccurrences(std::string_view hay, std::string_view needle) {
  if (needle.empty()) return 0;
  size_t n = 0;
  for (size_t p = hay.find(needle); p != std::string_view::npos;
       p = hay.find(needle, p + 1)) {
    ++n;
  }
  return n;
}

}  // namespace

bool IsSoftHyphenation(std::string_view left, std::string_view right,
                       std::string_view document) {
  if (left.empty() || right.empty()) return false;
  if (!IsLower(FirstChar(right))) return false;  // "Kyrgyz-" "Russian"
  std::string l = ToLower(left), r = ToLower(right);
  std::string joined = l + r, hyphened = l + "-" + r;
  std::string_view lower_doc = document;
  // The document itself spells the word elsewhere.
  size_t n_joined = CountOccurrences(lower_doc, joined);
  size_t n_hyph = CountOccurrences(lower_doc, hyphened);
  if (n_joined != n_hyph) return n_joined > n_hyph;
  const auto& words = WordList();
  if (!words.empty()) {
    bool joined_word = words.count(joined) > 0;
    // Inflected forms: "detentions", "investigated".
    for (const char* suffix : {"s", "es", "ed", "d", "ing", "ly"}) {
      std::string_view j(joined);
      std::string_view sfx(suffix);
      if (!joined_word && j.ends_with(sfx) &&
          words.count(j.substr(0, j.size() - sfx.size()))) {
        joined_word = true;
      }
    }
    if (joined_word) return true;
    if (words.count(l) && words.count(r) && l.size() > 1) return false;
  }
  return true;
}

size_t PageWordLength(std::string_view lower) {
  for (std::string_view w : {"page", "p.", "стр.", "страница", "seite"}) {
    if (lower.starts_with(w)) return w.size();
  }
  return 0;
}

bool IsPageNumberLine(std::string_view line) {
  auto t = TrimView(line);
  if (t.empty() || t.size() > 32) return false;
  std::string l = ToLower(t);
  l = l.substr(PageWordLength(l));
  // Digits between separators: white space, hyphens and dashes, '/',
  // "of", "из".
  bool digit = false;
  std::string_view rest(l);
  while (!rest.empty()) {
    bool skipped = false;
    for (std::string_view sep : {"\u2013", "\u2014", " of ", " из ", " ", "-", "/"}) {
      if (rest.starts_with(sep)) {
        rest.remove_prefix(sep.size() - (sep.size() > 1 && sep.back() == ' ' ? 1 : 0));
        skipped = true;
        break;
      }
    }
    if (skipped) continue;
    if (!std::isdigit(static_cast<unsigned char>(rest.front()))) return false;
    digit = true;
    rest.remove_prefix(1);
  }
  return digit;
}

bool IsDictionaryWord(std::string_view lower_word) {
  return Words().common.count(lower_word) > 0;
}

bool LooksHardWrapped(const std::vector<Line>& lines) {
  std::vector<size_t> widths;
  size_t open_ends = 0, counted = 0;
  for (size_t k = 0; k < lines.size(); ++k) {
    auto t = TrimView(lines[k].text);
    if (t.empty()) continue;
    widths.push_back(Utf8Length(t));
    // Is the next non-empty line in the same paragraph?
    if (k + 1 < lines.size() && !lines[k + 1].paragraph_before) {
      ++counted;
      if (!IsTerminal(LastChar(t))) ++open_ends;
    }
  }
  if (widths.size() < 3 || counted < 2) return false;
  std::sort(widths.begin(), widths.end());
  size_t p90 = widths[widths.size() * 9 / 10];
  return p90 <= 160 && open_ends * 10 >= counted * 3;
}

CleanText Reflow(const std::vector<Line>& lines, const ReflowOptions& options) {
  // Typical full width: the 80th percentile of line lengths.
  std::vector<size_t> widths;
  for (const auto& l : lines) {
    auto t = TrimView(l.text);
    if (!t.empty()) widths.push_back(Utf8Length(t));
  }
  // The whole text in lower case, for IsSoftHyphenation: built on first use.
  std::string document;
  bool have_document = false;
  auto lower_document = [&]() -> std::string_view {
    if (!have_document) {
      for (const auto& l : lines) {
        document.append(TrimView(l.text));
        document.push_back(' ');
      }
      document = ToLower(document);
      have_document = true;
    }
    return document;
  };
  std::sort(widths.begin(), widths.end());
  size_t width = widths.empty() ? 80 : widths[widths.size() * 8 / 10];

  CleanTextBuilder b;
  std::string_view prev;
  for (const auto& line : lines) {
    std::string_view t = line.text;
    uint32_t src = line.source;
    // Trim, keeping the source offset right.
    auto trimmed = TrimView(t);
    if (src != CleanTextBuilder::kNoSource) {
      src += static_cast<uint32_t>(trimmed.data() - t.data());
    }
    t = trimmed;
    if (line.page_start) b.PageStart();
    if (t.empty()) continue;
    if (prev.empty() || line.paragraph_before) {
      if (!prev.empty()) b.ParagraphBreak();
    } else if (!options.wrapped) {
      b.LineBreak();
    } else {
      size_t plen = Utf8Length(prev);
      bool short_prev = plen * 4 < width * 3;
      char32_t last = LastChar(prev);
      char32_t first = FirstChar(t);
      bool very_short = plen * 5 < width * 3;
      if (short_prev && IsTerminal(last) && !IsLower(first)) {
        b.ParagraphBreak();
      } else if (StartsListItem(t)) {
        b.LineBreak();
      } else if (short_prev && !HasLowercase(prev) && plen < 80) {
        b.ParagraphBreak();  // an all-caps heading
      } else if (very_short && !IsHyphen(last) && last != ',' &&
                 (IsUpper(first) || IsDigit(first))) {
        b.ParagraphBreak();  // a heading: "1. Overview" 
      } else if (IsHyphen(last) && IsLetter(first)) {
        const size_t hyphen_bytes = last == '-' ? 1 : (last == U'\u00AC' ? 2 : 3);
        std::string_view left = TailWord(prev.substr(0, prev.size() - hyphen_bytes));
        if (IsSoftHyphenation(left, HeadWord(t), lower_document())) {
          b.TrimBack(hyphen_bytes);
        } else if (last != '-') {
          b.TrimBack(hyphen_bytes);
          b.Append("-");
        }
        // No space: the word continues on this line.
      } else {
        b.Space();
      }
    }
    b.Append(t, src);
    prev = t;
  }
  return b.Finish();
}

}  // namespace dossier::ingest
