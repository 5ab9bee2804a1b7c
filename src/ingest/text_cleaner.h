// Cleaning of plain text, including text copied out of PDF files (hard line
// breaks, a blank line between every line, form feeds between pages).
#ifndef DOSSIER_INGEST_TEXT_CLEANER_H_
#define DOSSIER_INGEST_TEXT_CLEANER_H_

#include <string_view>

#include "model/clean_text.h"

namespace dossier::ingest {

// `text` is decoded UTF-8; the map of the result points into it.
CleanText CleanPlainText(std::string_view text);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_TEXT_CLEANER_H_
