// Language identification (CLD2).
#ifndef DOSSIER_INGEST_LANGUAGE_H_
#define DOSSIER_INGEST_LANGUAGE_H_

#include <string>
#include <string_view>

namespace dossier::ingest {

struct LanguageGuess {
  std::string code;  // ISO 639-1 ("en", "ru"), or "" when unknown
  bool reliable = false;
};

// `text` must be valid UTF-8. Only the first 16 KiB are read.
LanguageGuess DetectLanguage(std::string_view text);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_LANGUAGE_H_
