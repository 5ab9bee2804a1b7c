// Store: where documents are kept. An abstract interface; the SQLite
// backend is the default and only store_factory.cc names backends.
//
// Thread safety: a Store object is used from one thread at a time. Several
// processes may open the same database; writes are serialised by it.
#ifndef DOSSIER_STORE_STORE_H_
#define DOSSIER_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "model/document.h"
#include "model/query.h"

namespace dossier::store {

struct StoreOptions {
  std::string path;
  // When false, opening a database that does not exist fails with NotFound
  // instead of creating it.
  bool create_if_missing = true;
};

struct ListOptions {
  int limit = 50;
  int offset = 0;
  bool newest_first = false;  // by publication date; default: by id
};

struct StoreStats {
  int64_t documents = 0;
  int64_t original_bytes = 0;
  int64_t clean_bytes = 0;
  int64_t near_duplicate_pairs = 0;
  std::vector<std::pair<std::string, int64_t>> by_format;
  std::vector<std::pair<std::string, int64_t>> by_language;
  std::vector<std::pair<std::string, int64_t>> by_publisher;
  std::string earliest_published, latest_published;
  int schema_version = 0;
  int64_t file_bytes = 0;
};

// Markers placed around matched terms in snippets.
struct Highlight {
  std::string open = "[";
  std::string close = "]";
  int snippet_tokens = 24;
};

class Store {
 public:
  virtual ~Store() = default;

  // The id of the document with these original bytes, if stored.
  virtual Result<std::optional<int64_t>> FindByHash(const std::string& sha256) = 0;

  // Documents sharing any of the LSH band keys, with their signatures.
  virtual Result<std::vector<std::pair<int64_t, std::vector<uint64_t>>>>
  FindByBandKeys(const std::vector<uint64_t>& keys) = 0;

  // Stores the document, its text index entry, its band keys and links to
  // `near_duplicates`, all in one transaction. Returns the new id.
  virtual Result<int64_t> PutDocument(const Document& doc,
                                      const std::vector<uint64_t>& band_keys,
                                      const std::vector<NearDuplicate>& near_duplicates) = 0;

  virtual Result<Document> GetDocument(int64_t id, bool with_original) = 0;
  // Replaces a document's extraction (one transaction).
  virtual Status PutExtraction(int64_t id, int version, const std::string& json) = 0;
  // The stored extraction JSON, or "" when the document has none.
  virtual Result<std::string> GetExtraction(int64_t id) = 0;
  virtual Result<std::vector<NearDuplicate>> GetNearDuplicates(int64_t id) = 0;
  virtual Result<std::vector<DocumentSummary>> ListDocuments(const ListOptions& options) = 0;
  // NotFound when there is no such document.
  virtual Status DeleteDocument(int64_t id) = 0;
  virtual Result<StoreStats> GetStats() = 0;

  virtual Result<SearchPage> Search(const QueryNode& query, const SearchFilters& filters,
                                    const Highlight& highlight, int limit, int offset) = 0;
};

// Opens the database at options.path (SQLite). Fails without touching the
// file when it is not a Dossier database, is corrupt, or has a newer schema.
Result<std::unique_ptr<Store>> OpenStore(const StoreOptions& options);

}  // namespace dossier::store

#endif  // DOSSIER_STORE_STORE_H_
