// Encoding detection (uchardet) and conversion to NFC UTF-8 (ICU).
#ifndef DOSSIER_INGEST_ENCODING_H_
#define DOSSIER_INGEST_ENCODING_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace dossier::ingest {

struct Decoded {
  std::string text;      // UTF-8, NFC, without BOM, "\r\n" and "\r" as "\n"
  std::string encoding;  // name of the source encoding, e.g. "UTF-8"
};

// Decodes `bytes`. A BOM wins; then valid UTF-8; then `declared` (e.g. an
// HTML meta charset) when ICU knows it; then uchardet's guess. Fails with
// InvalidArgument when no encoding gives text.
Result<Decoded> DecodeToUtf8(std::string_view bytes, std::string_view declared = {});

// The charset named in an HTML document's <meta> tags, or "".
std::string SniffHtmlCharset(std::string_view bytes);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_ENCODING_H_
