// The user's query language:
//   words            all must occur (implicit AND)
//   "a phrase"       words next to each other
//   a OR b, a | b    either
//   -word, NOT word  exclude
//   detain*          prefix
//   ( ... )          grouping
// AND may be written explicitly. Operators are upper case; lower-case
// "or"/"not" are ordinary words.
#ifndef DOSSIER_SEARCH_QUERY_PARSER_H_
#define DOSSIER_SEARCH_QUERY_PARSER_H_

#include <string_view>

#include "base/status.h"
#include "model/query.h"

namespace dossier::search {

// InvalidArgument with a readable reason for empty or malformed queries.
Result<QueryNode> ParseQuery(std::string_view text);

// Validates a YYYY, YYYY-MM or YYYY-MM-DD filter value.
bool IsValidDateFilter(std::string_view s);

}  // namespace dossier::search

#endif  // DOSSIER_SEARCH_QUERY_PARSER_H_
