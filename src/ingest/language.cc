#include "ingest/language.h"

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

#include <algorithm>

namespace dossier::ingest {

LanguageGuess DetectLanguage(std::string_view text) {
  LanguageGuess g;
  // The start of a document tells its language: 4 KiB of clean text are
  // plenty for CLD2 (whose time grows with the input).
  size_t n = std::min<size_t>(text.size(), 4 * 1024);
  // Do not cut a UTF-8 sequence in two.
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

}  // namespace dossier::ingest
