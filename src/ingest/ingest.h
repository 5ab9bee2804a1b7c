// The ingest stage: original bytes -> Document (clean text, offset map,
// metadata, near-duplicate signature). Knows nothing about NLP or storage.
#ifndef DOSSIER_INGEST_INGEST_H_
#define DOSSIER_INGEST_INGEST_H_

#include <string>

#include "base/status.h"
#include "model/document.h"

namespace dossier::ingest {

struct IngestOptions {
  std::string source_path;  // for messages and the stored record
  std::string url;          // where the document was published, if known
};

// Detects the format and encoding, cleans, and infers metadata. Fails with
// InvalidArgument (unsupported or damaged content) without side effects.
Result<Document> BuildDocument(std::string bytes, const IngestOptions& options);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_INGEST_H_
