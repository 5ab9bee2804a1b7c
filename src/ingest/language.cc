#include "ingest/language.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <algorithm>

namespace dossier::ingest {

namespace {

// CLD2 over the first `limit` bytes of text, not cutting a UTF-8 sequence.
LanguageGuess Detect(std::string_view text, size_t limit) {
  LanguageGuess g;
  size_t n = std::min(text.size(), limit);
  while (n > 0 && n < text.size() && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  if (n == 0) return g;
  bool reliable = false;
  CLD2::Language lang = CLD2::DetectLanguage(text.data(), static_cast<int>(n),
                                             /*is_plain_text=*/true, &reliable);
  if (lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE) return g;
  g.code = CLD2::LanguageCode(lang);
  g.reliable = reliable;
  return g;
}

}  // namespace

LanguageGuess DetectLanguage(std::string_view text) {
  // The start of a document tells its language, and CLD2's time grows with
  // its input: 1 KiB of clean text settles most documents; when CLD2 is not
  // sure of them, it reads 4 KiB.
  constexpr size_t kFirst = 1024, kMore = 4 * 1024;
  LanguageGuess g = Detect(text, kFirst);
  if (g.reliable || text.size() <= kFirst) return g;
  return Detect(text, kMore);
}

}  // namespace dossier::ingest
