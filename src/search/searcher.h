// Full-text search over a Store: parses the query, validates filters and
// asks the backend for BM25-ranked hits with highlighted snippets.
#ifndef DOSSIER_SEARCH_SEARCHER_H_
#define DOSSIER_SEARCH_SEARCHER_H_

#include <string>

#include "base/status.h"
#include "model/query.h"
#include "store/store.h"

namespace dossier::search {

struct SearchRequest {
  std::string query;
  SearchFilters filters;
  store::Highlight highlight;
  int limit = 10;
  int offset = 0;
  bool facets = false;  // also count facet values over all matches
};

Result<SearchPage> Search(store::Store& store, const SearchRequest& request);

}  // namespace dossier::search

#endif  // DOSSIER_SEARCH_SEARCHER_H_
