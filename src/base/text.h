// UTF-8 text helpers shared by every module. ICU does the Unicode work.
#ifndef DOSSIER_BASE_TEXT_H_
#define DOSSIER_BASE_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dossier {

// Number of code points in valid UTF-8 (invalid bytes count one each).
size_t Utf8Length(std::string_view s);

// True when `s` is well-formed UTF-8.
bool IsValidUtf8(std::string_view s);

// Decodes the code point starting at s[*i] and advances *i; returns
// U+FFFD for a malformed sequence (advancing one byte).
char32_t NextCodePoint(std::string_view s, size_t* i);

// Decodes the code point that ends at s[*i - 1] and moves *i back.
char32_t PrevCodePoint(std::string_view s, size_t* i);

void AppendUtf8(char32_t cp, std::string* out);

// Unicode classification of one code point (ICU).
bool IsLetter(char32_t c);
bool IsUpper(char32_t c);
bool IsLower(char32_t c);
bool IsDigit(char32_t c);
// Any Unicode white space, including NBSP and other Zs characters.
bool IsSpace(char32_t c);

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

}  // namespace dossier

#endif  // DOSSIER_BASE_TEXT_H_
