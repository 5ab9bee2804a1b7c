#include "nlp/tokens.h"

#include <unordered_set>

#include "base/text.h"

namespace dossier::nlp {
namespace {

bool IsWordChar(char32_t c) { return IsLetter(c) || IsDigit(c); }

bool IsApostrophe(char32_t c) { return c == '\'' || c == U'\u2019'; }

bool IsInnerHyphen(char32_t c) { return c == '-' || c == U'\u2010' || c == U'\u2011'; }

}  // namespace

bool IsJoinedParticleName(std::string_view w) {
  size_t dash = w.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash > 4 || dash + 1 >= w.size()) return false;
  static const std::unordered_set<std::string_view> kParticles = {
      "al", "el", "ad", "ar", "as", "ash", "at", "az", "ud", "ul", "abu", "bin", "ibn", "bint",
      "ben", "bou", "ould", "ag", "aal"};
  if (!kParticles.count(w.substr(0, dash))) return false;
  unsigned char next = static_cast<unsigned char>(w[dash + 1]);
  return next >= 'A' && next <= 'Z';
}

namespace {

const std::unordered_set<std::string>& Abbreviations() {
  static const auto* set = new std::unordered_set<std::string>{
      "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "doc", "art", "arts",
      "para", "paras", "vs", "v", "gen", "col", "lt", "sgt", "capt", "maj", "cpt",
      "sen", "rep", "gov", "jr", "sr", "co", "inc", "ltd", "corp", "dept", "univ",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
      "dec", "p", "pp", "vol", "ch", "fig", "approx", "est", "etc", "e.g", "i.e",
      "cf", "al", "ibid", "op", "ed", "eds", "mt", "ft", "rev", "hon", "messrs",
      "г", "гг", "ст", "им", "ул", "т", "тыс", "млн", "др", "пр", "см", "стр", "п",
      "чл", "ч", "н", "ред"};
  return *set;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> out;
  out.reserve(text.size() / 5);
  bool line = false, para = false;
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i;
    char32_t c = NextCodePoint(text, &i);
    if (c == '\n') {
      if (line) para = true;
      line = true;
      continue;
    }
    if (IsSpace(c)) continue;
    const bool first_token = out.empty();
    Token& t = out.emplace_back();
    t.start = static_cast<uint32_t>(start);
    t.line_before = line || first_token;
    t.paragraph_before = para || first_token;
    line = para = false;
    if (IsWordChar(c)) {
      bool digits_only = IsDigit(c);
      size_t e = i;
      while (e < text.size()) {
        size_t j = e;
        char32_t d = NextCodePoint(text, &j);
        if (IsWordChar(d)) {
          digits_only = digits_only && IsDigit(d);
          e = j;
          continue;
        }
        // Inner joiners need a word character after them.
        size_t k = j;
        char32_t next = k < text.size() ? NextCodePoint(text, &k) : 0;
        if ((IsApostrophe(d) || IsInnerHyphen(d)) && IsWordChar(next)) {
          digits_only = false;
          e = k;
          continue;
        }
        if ((d == ',' || d == '.') && digits_only && IsDigit(next)) {
          e = k;  // 1,700 / 3.5
          continue;
        }
        break;
      }
      t.end = static_cast<uint32_t>(e);
      t.text = text.substr(start, e - start);
      t.number = digits_only || (IsDigit(c) && !IsLetter(c) &&
                                 t.text.find_first_not_of("0123456789,.") == std::string_view::npos);
      t.word = !t.number;
      i = e;
    } else {
      t.end = static_cast<uint32_t>(i);
      t.text = text.substr(start, i - start);
    }
    bool ascii = true;
    for (char b : t.text) ascii = ascii && static_cast<unsigned char>(b) < 0x80;
    size_t letters = 0, upper = 0;
    if (ascii) {
      // Lower case, capital and letter counts in one pass.
      t.lower.assign(t.text);
      for (char& b : t.lower) {
        if (b >= 'A' && b <= 'Z') {
          b = static_cast<char>(b + ('a' - 'A'));
          ++upper;
          ++letters;
        } else {
          letters += b >= 'a' && b <= 'z';
        }
      }
      t.cap = t.word && ((t.text[0] >= 'A' && t.text[0] <= 'Z') || IsJoinedParticleName(t.text));
    } else {
      t.lower = ToLower(t.text);
      if (t.word) {
        size_t k = 0;
        char32_t first = NextCodePoint(t.text, &k);
        t.cap = IsUpper(first);
        for (size_t m = 0; m < t.text.size();) {
          char32_t d = NextCodePoint(t.text, &m);
          if (IsLetter(d)) {
            ++letters;
            upper += IsUpper(d);
          }
        }
      }
    }
    if (t.word) t.all_caps = letters >= 2 && letters == upper;
  }
  return out;
}

std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& toks) {
  std::vector<Sentence> out;
  const auto& abbr = Abbreviations();
  uint32_t first = 0;
  auto close = [&](uint32_t last) {
    if (last <= first) return;
    Sentence s;
    s.first = first;
    s.last = last;
    s.start = toks[first].start;
    s.end = toks[last - 1].end;
    out.push_back(s);
    first = last;
  };
  for (uint32_t k = 0; k < toks.size(); ++k) {
    const Token& t = toks[k];
    // Line breaks inside a clean paragraph are deliberate (list items,
    // headings, "Signed by:"): they end sentences.
    if (k > first && (t.paragraph_before || t.line_before)) close(k);
    if (t.text == ";" && k + 1 < toks.size() && toks[k + 1].cap) {
      // Signatory lists and enumerations: "..., SOC ; Ms Name ..."
      close(k + 1);
      continue;
    }
    if (t.text != "." && t.text != "!" && t.text != "?" && t.text != "\u2026") continue;
    if (k + 1 >= toks.size()) continue;
    // Skip closing quotes and brackets after the terminal mark (a straight
    // quote only when it touches it: `ruling. "The` opens a quotation; and
    // nothing on a line of its own).
    uint32_t n = k + 1;
    while (n < toks.size() && !toks[n].line_before && !toks[n].paragraph_before &&
           (toks[n].text == "\u201D" || toks[n].text == "\u00BB" || toks[n].text == ")" ||
            toks[n].text == "\u2019" ||
            ((toks[n].text == "\"" || toks[n].text == "'") && toks[n].start == toks[n - 1].end))) {
      ++n;
    }
    if (n >= toks.size()) continue;
    const Token& next = toks[n];
    bool starts = next.cap || next.number || next.text == "\"" || next.text == "\u201C" ||
                  next.text == "\u00AB" || next.text == "(" || !next.word;
    if (!starts) continue;
    if (t.text == "." && k > 0) {
      const Token& prev = toks[k - 1];
      // Abbreviations and initials keep the sentence going.
      // A name never goes on with a function word: "the school stands in
      // Block C. Their classes resume" ends at "C.".
      static const std::unordered_set<std::string_view> kOpeners = {
          "the", "their", "they", "he", "she", "his", "her", "it", "its", "this", "these",
          "we", "but", "on", "in", "at", "after", "when", "он", "она", "они", "его", "её",
          "их", "в", "на", "но", "это", "после"};
      bool initial = Utf8Length(prev.text) == 1 && !kOpeners.count(next.lower);
      if (prev.end == t.start && prev.word && (abbr.count(prev.lower) || initial)) {
        continue;
      }
      // "No. 19", "Art. 5": a number after an abbreviation-like word.
      if (prev.end == t.start && prev.number && k > 1 && toks[k - 2].text == "." ) continue;
    }
    close(n);
  }
  close(static_cast<uint32_t>(toks.size()));
  (void)text;
  return out;
}

}  // namespace dossier::nlp
