#include "base/text.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstring>

namespace dossier {

size_t Utf8Length(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++n) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
    } else {
      text_internal::NextCodePointSlow(s, &i);
    }
  }
  return n;
}

bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    uint64_t word;  // eight ASCII bytes at a time
    if (i + 8 <= n && (std::memcpy(&word, p + i, 8), (word & 0x8080808080808080ULL) == 0)) {
      i += 8;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

namespace text_internal {

char32_t NextCodePointSlow(std::string_view s, size_t* i) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  auto idx = static_cast<int32_t>(*i);
  UChar32 c;
  U8_NEXT(p, idx, static_cast<int32_t>(s.size()), c);
  *i = static_cast<size_t>(idx);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

bool IsLetterSlow(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }
bool IsUpperSlow(char32_t c) { return u_isupper(static_cast<UChar32>(c)); }
bool IsLowerSlow(char32_t c) { return u_islower(static_cast<UChar32>(c)); }
bool IsDigitSlow(char32_t c) { return u_isdigit(static_cast<UChar32>(c)); }
bool IsSpaceSlow(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)); }

}  // namespace text_internal

char32_t PrevCodePoint(std::string_view s, size_t* i) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  auto idx = static_cast<int32_t>(*i);
  UChar32 c;
  U8_PREV(p, 0, idx, c);
  *i = static_cast<size_t>(idx);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

namespace {
icu::UnicodeString FromUtf8(std::string_view s) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}
std::string ToUtf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}
}  // namespace

std::string ToLower(std::string_view s) {
  // Code point by code point with the simple mapping, which equals ICU's
  // full root-locale mapping except for U+0130 (one to two code points)
  // and the context-dependent final sigma; those, and malformed input,
  // take the UnicodeString round trip.
  std::string out(s);
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  int32_t i = 0;
  for (; i < n && p[i] < 0x80; ++i) {  // the ASCII prefix, in place
    if (p[i] >= 'A' && p[i] <= 'Z') out[i] = static_cast<char>(p[i] + ('a' - 'A'));
  }
  if (i == n) return out;
  out.resize(i);
  while (i < n) {
    uint8_t b = p[i];
    if (b < 0x80) {
      out.push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b));
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0 || c == 0x130 || c == 0x3A3) {
      auto u = FromUtf8(s);
      u.toLower(icu::Locale::getRoot());
      return ToUtf8(u);
    }
    AppendUtf8(static_cast<char32_t>(u_tolower(c)), &out);
  }
  return out;
}

std::string ToUpper(std::string_view s) {
  auto u = FromUtf8(s);
  u.toUpper(icu::Locale::getRoot());
  return ToUtf8(u);
}

std::string ToTitle(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool start = true;
  for (size_t i = 0; i < s.size();) {
    char32_t c = NextCodePoint(s, &i);
    if (IsLetter(c)) {
      c = start ? static_cast<char32_t>(u_toupper(static_cast<UChar32>(c)))
                : static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
      start = false;
    } else {
      start = c != '\'' && c != U'\u2019';
    }
    AppendUtf8(c, &out);
  }
  return out;
}

std::string NormalizeNfc(std::string_view s) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return std::string(s);
  // Well-formed UTF-8 is checked in place, without a UTF-16 copy.
  if (IsValidUtf8(s)) {
    bool normalized = nfc->isNormalizedUTF8(
        icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), err);
    if (U_SUCCESS(err) && normalized) return std::string(s);
    err = U_ZERO_ERROR;
  }
  auto u = FromUtf8(s);
  if (nfc->isNormalized(u, err) && U_SUCCESS(err)) return std::string(s);
  err = U_ZERO_ERROR;
  icu::UnicodeString out = nfc->normalize(u, err);
  if (U_FAILURE(err)) return std::string(s);
  return ToUtf8(out);
}

std::string_view TrimView(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e) {
    size_t i = b;
    if (!IsSpace(NextCodePoint(s, &i))) break;
    b = i;
  }
  while (e > b) {
    size_t i = e;
    if (!IsSpace(PrevCodePoint(s, &i))) break;
    e = i;
  }
  return s.substr(b, e - b);
}

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size();) {
    char32_t c = NextCodePoint(s, &i);
    if (IsSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    AppendUtf8(c, &out);
  }
  return out;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() &&
         AsciiLower(s.substr(0, prefix.size())) == AsciiLower(prefix);
}

bool ContainsIgnoreCase(std::string_view hay, std::string_view needle) {
  return AsciiLower(hay).find(AsciiLower(needle)) != std::string::npos;
}

std::vector<uint32_t> Utf16Offsets(std::string_view text) {
  std::vector<uint32_t> at(text.size() + 1, 0);
  uint32_t u16 = 0;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    for (size_t k = 0; k < len && i + k < text.size(); ++k) at[i + k] = u16;
    u16 += len == 4 ? 2 : 1;
    i += len;
  }
  at[text.size()] = u16;
  return at;
}

}  // namespace dossier
