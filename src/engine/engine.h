// Engine: the facade the CLI and the HTTP API use. It runs the pipeline
// (ingest -> store) and answers queries; it owns the Store.
//
// Thread safety: one Engine per thread (each opens its own Store).
#ifndef DOSSIER_ENGINE_ENGINE_H_
#define DOSSIER_ENGINE_ENGINE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "model/document.h"
#include "search/searcher.h"
#include "store/store.h"

namespace dossier::engine {

struct EngineOptions {
  std::string db_path;
  bool create_if_missing = true;
};

enum class IngestOutcome { kAdded, kDuplicate, kFailed };

struct IngestReport {
  std::string path;
  IngestOutcome outcome = IngestOutcome::kFailed;
  int64_t id = 0;           // new id, or the id of the stored duplicate
  Status error;             // when failed
  std::string title;
  std::string format;
  std::string language;
  std::string published;
  int64_t bytes = 0;
  std::vector<NearDuplicate> near_duplicates;
};

struct IngestFileOptions {
  std::string url;  // publication URL (for a single file or stdin)
  size_t max_bytes = size_t{256} << 20;
};

class Engine {
 public:
  static Result<std::unique_ptr<Engine>> Open(const EngineOptions& options);

  // Reads, cleans and stores one file ("-" for stdin) in one transaction.
  // Never throws; failures are in the report.
  IngestReport IngestFile(const std::string& path, const IngestFileOptions& options);
  IngestReport IngestBytes(std::string bytes, const std::string& path,
                           const IngestFileOptions& options);

  Result<SearchPage> Search(const search::SearchRequest& request);
  Result<Document> GetDocument(int64_t id, bool with_original = false);
  Result<std::vector<NearDuplicate>> GetNearDuplicates(int64_t id);
  Result<std::vector<DocumentSummary>> ListDocuments(const store::ListOptions& options);
  Status RemoveDocument(int64_t id);
  Result<store::StoreStats> Stats();

 private:
  explicit Engine(std::unique_ptr<store::Store> store) : store_(std::move(store)) {}
  std::unique_ptr<store::Store> store_;
};

}  // namespace dossier::engine

#endif  // DOSSIER_ENGINE_ENGINE_H_
