#include "nlp/signers.h"

#include <unordered_set>

#include "base/embedded_data.h"
#include "base/text.h"

namespace dossier::nlp {
namespace {

const std::unordered_set<std::string>& Cues() {
  static const auto* cues = [] {
    auto* s = new std::unordered_set<std::string>;
    if (auto data = data::Find("lexicons/signing_cues.txt")) {
      for (auto line : Split(*data, '\n')) {
        auto t = TrimView(line);
        if (!t.empty() && t.front() != '#') s->insert(ToLower(t));
      }
    }
    return s;
  }();
  return *cues;
}

size_t Words(std::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// `s` without leading bullets or numbering and trailing separators, as a
// sub-span of `s`.
std::string_view TrimItem(std::string_view s) {
  s = TrimView(s);
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '-' || c == '*' || c == '.' || c == ')' || c == ' ' || c == '\t' || (c >= '0' && c <= '9')) {
      ++i;
    } else if (s.substr(i).starts_with("\u2022") || s.substr(i).starts_with("\u2013") ||
               s.substr(i).starts_with("\u2014")) {
      i += 3;
    } else {
      break;
    }
  }
  s.remove_prefix(i);
  while (!s.empty() && (s.back() == ';' || s.back() == ',' || s.back() == '.' || s.back() == ' '))
    s.remove_suffix(1);
  return s;
}

// True when a line reads as the name of a signer rather than prose.
bool IsNameLine(std::string_view item) {
  if (item.size() < 3 || Words(item) > 12) return false;
  unsigned char first = static_cast<unsigned char>(item[0]);
  // Names start with a capital (or a non-ASCII letter: Cyrillic, accents).
  if (first < 0x80 && !(first >= 'A' && first <= 'Z')) return false;
  // Page furniture after a list: "Print | Share", "Tags: ...", addresses.
  for (char c : item)
    if (c == '|' || c == ':' || c == '@' || c == '/' || c == '=') return false;
  for (std::string_view verb : {" is ", " are ", " was ", " were ", " has ", " have "})
    if (item.find(verb) != std::string_view::npos) return false;
  return true;
}

// The cue a line opens with: the whole line ("Signatories:"), or the cue
// and a colon followed by an inline list ("Signed by: A, B and C.").
// Returns the offset where the inline list starts, the line's end when the
// block follows on the next lines, or npos when the line is no cue.
size_t CueEnd(std::string_view line) {
  std::string_view t = TrimView(line);
  if (t.empty() || t.size() > 80) return std::string_view::npos;
  const size_t lead = static_cast<size_t>(t.data() - line.data());
  size_t colon = t.find(':');
  std::string_view head = colon == std::string_view::npos ? t : t.substr(0, colon);
  while (!head.empty() && (head.back() == ' ' || head.back() == '.')) head.remove_suffix(1);
  if (!Cues().count(ToLower(head))) return std::string_view::npos;
  if (colon == std::string_view::npos) return line.size();
  return lead + colon + 1;
}

void AddItem(std::string_view text, std::string_view item, std::vector<Signer>* out) {
  item = TrimItem(item);
  if (!IsNameLine(item)) return;
  for (const auto& seen : *out)
    if (seen.name == item) return;
  Signer s;
  s.name = std::string(item);
  s.start = static_cast<uint32_t>(item.data() - text.data());
  s.end = s.start + static_cast<uint32_t>(item.size());
  out->push_back(std::move(s));
}

// "A, B and C" -> A / B / C, as sub-spans.
void AddInlineList(std::string_view text, std::string_view list, std::vector<Signer>* out) {
  size_t begin = 0;
  auto flush = [&](size_t end) {
    AddItem(text, list.substr(begin, end - begin), out);
  };
  for (size_t i = 0; i < list.size(); ++i) {
    if (list[i] == ',' || list[i] == ';') {
      flush(i);
      begin = i + 1;
    } else if (list.substr(i).starts_with(" and ")) {
      flush(i);
      begin = i + 5;
    }
  }
  flush(list.size());
}

}  // namespace

std::vector<Signer> FindSigners(std::string_view text) {
  std::vector<Signer> out;
  std::vector<std::string_view> lines;
  for (auto line : Split(text, '\n')) lines.push_back(line);
  for (size_t i = 0; i < lines.size(); ++i) {
    size_t cue = CueEnd(lines[i]);
    if (cue == std::string_view::npos) continue;
    std::string_view rest = TrimView(lines[i].substr(cue));
    if (!rest.empty()) {
      AddInlineList(text, rest, &out);
      continue;
    }
    // The block: name lines up to prose, a second blank line or the end.
    int blanks = 0;
    size_t j = i + 1;
    for (; j < lines.size(); ++j) {
      std::string_view t = TrimView(lines[j]);
      if (t.empty()) {
        if (++blanks >= 2 && j > i + 2) break;
        continue;
      }
      blanks = 0;
      std::string_view item = TrimItem(t);
      if (!IsNameLine(item)) break;
      AddItem(text, t, &out);
    }
    i = j - 1;
  }
  return out;
}

}  // namespace dossier::nlp
