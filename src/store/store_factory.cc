#include "store/sqlite_store.h"
#include "store/store.h"

namespace dossier::store {

Result<std::unique_ptr<Store>> OpenStore(const StoreOptions& options) {
  return OpenSqliteStore(options);
}

}  // namespace dossier::store
