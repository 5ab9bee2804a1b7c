// A parsed full-text query, independent of any search backend.
#ifndef DOSSIER_MODEL_QUERY_H_
#define DOSSIER_MODEL_QUERY_H_

#include <string>
#include <vector>

namespace dossier {

struct QueryNode {
  enum class Kind {
    kTerm,    // a word
    kPrefix,  // a word prefix: "detain*"
    kPhrase,  // consecutive words: "prison colony"
    kAnd,     // all children
    kOr,      // any child
    kNot,     // one child, excluded (only inside kAnd, beside a positive)
  };
  Kind kind = Kind::kTerm;
  std::string text;  // kTerm, kPrefix: the word; kPhrase: the words
  std::vector<QueryNode> children;
};

// Restrictions on the documents a search may return.
struct SearchFilters {
  std::string language;    // ISO 639-1, exact
  std::string publisher;   // case-insensitive substring
  std::string date_from;   // YYYY[-MM[-DD]], inclusive
  std::string date_to;     // YYYY[-MM[-DD]], inclusive
  std::string country;     // ISO 3166-1 code among the extraction's countries
  std::string event_type;  // an event type the extraction found
};

struct SearchHit {
  int64_t id = 0;
  double score = 0;  // higher is better (negated BM25)
  std::string title;
  std::string published;
  std::string publisher;
  std::string language;
  std::string source_path;
  std::string snippet;  // highlighted with the markers given to the search
};

// How many matching documents have one value of a facet.
struct FacetCount {
  std::string facet;  // country, publisher, language, event_type
  std::string value;
  int64_t count = 0;
};

struct SearchPage {
  int64_t total = 0;  // matching documents
  std::vector<SearchHit> hits;
  std::vector<FacetCount> facets;  // when asked for, by facet then count
};

}  // namespace dossier

#endif  // DOSSIER_MODEL_QUERY_H_
