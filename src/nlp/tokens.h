// Tokens and sentences of a clean text. Spans are half-open byte offsets.
#ifndef DOSSIER_NLP_TOKENS_H_
#define DOSSIER_NLP_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::nlp {

struct Token {
  uint32_t start = 0, end = 0;
  std::string_view text;
  std::string lower;       // ICU lower case
  bool word = false;       // letters (with inner ' - . for names, "SIZO-1")
  bool number = false;     // digits (with inner , . as in "1,700")
  bool cap = false;        // first letter upper case
  bool all_caps = false;   // two or more letters, all upper case
  bool line_before = false;       // a line break precedes the token
  bool paragraph_before = false;  // a blank line precedes the token
};

struct Sentence {
  uint32_t start = 0, end = 0;    // byte span
  uint32_t first = 0, last = 0;   // token range [first, last)
};

// Splits into words, numbers and single punctuation characters. Words keep
// inner apostrophes and hyphens ("O'Donovan", "Marie-Claire", "SIZO-1").
std::vector<Token> Tokenize(std::string_view text);

// Arabic and Berber name particles written joined to the name that follows:
// "al-Qahtani", "el-Sayed", "bin-Talal", "ould-Abdallah". Tokenize marks
// such a word capitalised (`cap`) although its first letter is lower case.
bool IsJoinedParticleName(std::string_view word);

// Sentence boundaries: terminal punctuation followed by an upper-case or
// numeric start, except after abbreviations (Mr., No., Doc., St., initials);
// paragraph breaks; line breaks before list items and after headings;
// " ; " separators of signatory lists.
std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<Token>& tokens);

}  // namespace dossier::nlp

#endif  // DOSSIER_NLP_TOKENS_H_
