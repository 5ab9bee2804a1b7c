// Cross-document resolution: document persons that are the same human
// become one case person, and the events several sources report become one
// event with several sources.
//
// Persons. Every form of a name is reduced to matching keys (nlp::NameKey:
// Cyrillic romanised, transliteration variants folded), so Temirbayev,
// Temirbaev and Темирбаев agree. Candidates are found by blocking on the
// surname-like tokens of each form; a block of a common surname is split
// by the other words of the names, so every person meets a bounded number
// of others and the work grows linearly with the collection. Candidates are
// scored on evidence:
//   name     exact (order-free) 6, Russian case forms 5, one form inside the
//            other 4, initials 3, surname alone 1 (+2 when only one full
//            name in the collection carries that surname);
//            different given names with one surname: never;
//   country  +1 shared, -3 when both are known and differ; when neither
//            person has one, +1 if both documents are mainly about one;
//   events   +1 per event type with compatible dates (at most 2);
//   places   +1 for a shared facility;
//   roles    -1 for an official against a subject.
// Pairs scoring at least kMergeThreshold are merged, best first, unless a
// split override or a name conflict within the merged case forbids it.
// Merge overrides join their two persons before anything else.
//
// Events. Within one person, source events of one type are one event when
// their dates are compatible (equal, one a refinement of the other, or two
// days at most a week apart — then flagged as a conflict); the most precise
// date wins. Undated mentions ("after his release") join the event of that
// type they can only mean. Different sentence terms for one sentence are
// kept side by side as a conflict. Corroboration counts independent
// sources: publishers, with near-duplicate copies counted once.
#ifndef DOSSIER_RESOLVE_RESOLVER_H_
#define DOSSIER_RESOLVE_RESOLVER_H_

#include <cstdint>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "resolve/case.h"

namespace dossier::resolve {

constexpr double kMergeThreshold = 4.0;

// The matching key of a document person (see RefKey).
std::string PersonKey(const PersonRef& ref);

// Resolves persons and events. Deterministic; ids are left 0 (see
// AssignIds). Persons are ordered by display name.
Resolution Resolve(const ResolveInput& input);

// Why two document persons are, or are not, the same human.
struct Explanation {
  double score = 0;
  bool same = false;  // score reaches the threshold and nothing forbids it
  std::vector<std::string> reasons;
};
Explanation ExplainPair(const ResolveInput& input, int ref_a, int ref_b);
// The same for many pairs, sharing the per-collection preparation.
std::vector<Explanation> ExplainPairs(const ResolveInput& input,
                                      const std::vector<std::pair<int, int>>& pairs);

// Keeps the ids of an earlier resolution: a person takes the id of the
// earlier person with which it shares the most document persons (each
// earlier id used once), an event the id of the earlier event with which
// it shares the most sources. Others get fresh ids from *next_person_id
// and *next_event_id, which are advanced.
struct PreviousIds {
  std::vector<std::pair<RefKey, int64_t>> person_refs;  // ref -> person id
  // (doc id, quote start, type, person id) -> event id. One sentence may
  // tell the same kind of event of several persons ("X and Y were
  // detained"): the person tells them apart.
  std::vector<std::pair<EventSourceKey, int64_t>> event_sources;
};
void AssignIds(const ResolveInput& input, const PreviousIds& previous,
               int64_t* next_person_id, int64_t* next_event_id, Resolution* resolution);

// Events with a date sort before undated ones; among dated ones, by date
// string then by precision (2019 before 2019-08 before 2019-08-08).
bool DateBefore(const std::string& a, const std::string& b);

}  // namespace dossier::resolve

#endif  // DOSSIER_RESOLVE_RESOLVER_H_
