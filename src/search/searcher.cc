#include "search/searcher.h"

#include "search/query_parser.h"

namespace dossier::search {

Result<SearchPage> Search(store::Store& store, const SearchRequest& r) {
  if (r.limit < 1 || r.limit > 10000) {
    return InvalidArgumentError("limit must be between 1 and 10000");
  }
  if (r.offset < 0) return InvalidArgumentError("offset must not be negative");
  for (const std::string* d : {&r.filters.date_from, &r.filters.date_to}) {
    if (!d->empty() && !IsValidDateFilter(*d)) {
      return InvalidArgumentError("invalid date '" + *d + "': use YYYY, YYYY-MM or YYYY-MM-DD");
    }
  }
  // Compare the earliest day of `from` with the last day of `to`:
  // from=2022-11 to=2022 is a valid range.
  auto lower = [](std::string d) {
    if (d.size() == 4) d += "-01-01";
    else if (d.size() == 7) d += "-01";
    return d;
  };
  auto upper = [](std::string d) {
    if (d.size() == 4) d += "-12-31";
    else if (d.size() == 7) d += "-31";
    return d;
  };
  if (!r.filters.date_from.empty() && !r.filters.date_to.empty() &&
      lower(r.filters.date_from) > upper(r.filters.date_to)) {
    return InvalidArgumentError("the date range ends before it starts");
  }
  DOSSIER_ASSIGN_OR_RETURN(QueryNode q, ParseQuery(r.query));
  return store.Search(q, r.filters, r.highlight, r.limit, r.offset, r.facets);
}

}  // namespace dossier::search
