// Plain structs describing a stored document.
#ifndef DOSSIER_MODEL_DOCUMENT_H_
#define DOSSIER_MODEL_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "model/clean_text.h"

namespace dossier {

enum class Format { kText, kHtml, kPdf };
std::string_view FormatName(Format f);

// Where a piece of metadata came from, so users can judge it.
struct Provenanced {
  std::string value;   // empty when unknown
  std::string source;  // e.g. "html-meta", "pdf-info", "dateline", "url"
  bool known() const { return !value.empty(); }
};

struct DocumentMeta {
  Provenanced title;
  // "YYYY-MM-DD", "YYYY-MM" or "YYYY": the precision the evidence supports.
  Provenanced published;
  Provenanced publisher;
  Provenanced language;  // ISO 639-1 code, e.g. "en", "ru"
  std::string url;       // canonical URL when known
};

// A document as the ingest stage produces it and the store keeps it.
struct Document {
  int64_t id = 0;            // assigned by the store
  std::string sha256;        // of the original bytes
  std::string source_path;   // as given on the command line ("-" for stdin)
  Format format = Format::kText;
  std::string encoding;      // of the original bytes, e.g. "UTF-8", "windows-1251"
  std::string original;      // the original bytes
  CleanText clean;
  DocumentMeta meta;
  std::vector<uint64_t> minhash;  // near-duplicate signature
  std::string ingested_at;        // ISO 8601 UTC, set by the store
  // The nlp extraction as JSON (engine/extraction_json.h) and the version
  // of the extractor that made it; empty when not extracted.
  std::string extraction_json;
  int extractor_version = 0;
};

// A row of `dossier list`.
struct DocumentSummary {
  int64_t id = 0;
  std::string sha256;
  std::string source_path;
  Format format = Format::kText;
  std::string title;
  std::string published;
  std::string publisher;
  std::string language;
  int64_t original_size = 0;
  int64_t clean_size = 0;
  std::string ingested_at;
};

struct NearDuplicate {
  int64_t id = 0;
  double similarity = 0;  // estimated Jaccard similarity of word shingles
};

}  // namespace dossier

#endif  // DOSSIER_MODEL_DOCUMENT_H_
