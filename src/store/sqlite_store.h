// The SQLite backend of Store: WAL journal, foreign keys, FTS5 index,
// schema version in PRAGMA user_version with ordered migrations.
#ifndef DOSSIER_STORE_SQLITE_STORE_H_
#define DOSSIER_STORE_SQLITE_STORE_H_

#include <memory>

#include "store/store.h"

namespace dossier::store {

// The schema version this build writes.
inline constexpr int kSchemaVersion = 5;
// PRAGMA application_id of a Dossier database ("DOSS").
inline constexpr int kApplicationId = 0x444F5353;

Result<std::unique_ptr<Store>> OpenSqliteStore(const StoreOptions& options);

// True when the query has a prefix term (searched in the unstemmed index).
bool HasPrefix(const QueryNode& query);

// Renders a query in FTS5 syntax, quoting every word (exposed for tests).
Result<std::string> ToFts5(const QueryNode& query);

}  // namespace dossier::store

#endif  // DOSSIER_STORE_SQLITE_STORE_H_
