// UTF-8 text helpers shared by every module. ICU does the Unicode work.
#ifndef DOSSIER_BASE_TEXT_H_
#define DOSSIER_BASE_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dossier {

namespace text_internal {
// The out-of-line (non-ASCII) halves of the inline helpers below.
char32_t NextCodePointSlow(std::string_view s, size_t* i);
bool IsLetterSlow(char32_t c);
bool IsUpperSlow(char32_t c);
bool IsLowerSlow(char32_t c);
bool IsDigitSlow(char32_t c);
bool IsSpaceSlow(char32_t c);
}  // namespace text_internal

// Number of code points in valid UTF-8 (invalid bytes count one each).
size_t Utf8Length(std::string_view s);

// True when `s` is well-formed UTF-8.
bool IsValidUtf8(std::string_view s);

// Decodes the code point starting at s[*i] and advances *i; returns
// U+FFFD for a malformed sequence (advancing one byte).
inline char32_t NextCodePoint(std::string_view s, size_t* i) {
  if (*i < s.size()) {
    auto b = static_cast<unsigned char>(s[*i]);
    if (b < 0x80) {
      ++*i;
      return b;
    }
  }
  return text_internal::NextCodePointSlow(s, i);
}

// Decodes the code point that ends at s[*i - 1] and moves *i back.
char32_t PrevCodePoint(std::string_view s, size_t* i);

void AppendUtf8(char32_t cp, std::string* out);

// Unicode classification of one code point (ICU; ASCII answered inline).
inline bool IsLetter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return text_internal::IsLetterSlow(c);
}
inline bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return text_internal::IsUpperSlow(c);
}
inline bool IsLower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return text_internal::IsLowerSlow(c);
}
inline bool IsDigit(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return text_internal::IsDigitSlow(c);
}
// Any Unicode white space, including NBSP and other Zs characters.
inline bool IsSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
  return text_internal::IsSpaceSlow(c);
}

// Full Unicode case mapping (ICU, root locale).
std::string ToLower(std::string_view s);
std::string ToUpper(std::string_view s);
// Capitalises the first letter of every word and lowers the rest:
// "VAN DEN BERG" -> "Van Den Berg".
std::string ToTitle(std::string_view s);

// NFC normalisation; returns the input unchanged when it is already NFC.
std::string NormalizeNfc(std::string_view s);

std::string_view TrimView(std::string_view s);
std::string CollapseSpaces(std::string_view s);

std::vector<std::string_view> Split(std::string_view s, char sep);

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix);
bool ContainsIgnoreCase(std::string_view hay, std::string_view needle);
std::string AsciiLower(std::string_view s);

// The UTF-16 index (a JavaScript string index) of every UTF-8 byte offset
// of `text`: text.size() + 1 entries; a byte inside a character maps to
// the character's index.
std::vector<uint32_t> Utf16Offsets(std::string_view text);

}  // namespace dossier

#endif  // DOSSIER_BASE_TEXT_H_
