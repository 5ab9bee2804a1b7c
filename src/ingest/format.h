// Format detection by content (the file name is only a tie-breaker).
#ifndef DOSSIER_INGEST_FORMAT_H_
#define DOSSIER_INGEST_FORMAT_H_

#include <string_view>

#include "base/status.h"
#include "model/document.h"

namespace dossier::ingest {

// Returns the format of `bytes`, or InvalidArgument naming what the content
// looks like when it is not a supported format ("PNG image", "ZIP archive
// (DOCX, XLSX, ODT...)", "binary data").
Result<Format> DetectFormat(std::string_view bytes, std::string_view name = {});

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_FORMAT_H_
