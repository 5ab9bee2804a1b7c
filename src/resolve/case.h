// The case model: what resolution reads (persons and events as each
// document reports them) and what it writes (one person per human across
// documents and spellings, with merged, cited events).
//
// These are plain structs; the resolver (resolve/resolver.h) fills them and
// the store keeps them.
#ifndef DOSSIER_RESOLVE_CASE_H_
#define DOSSIER_RESOLVE_CASE_H_

#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

namespace dossier::resolve {

// ---- Input: one document's view -------------------------------------------

// A person as one document reports it.
struct PersonRef {
  int64_t doc_id = 0;
  std::string name;                   // the document's canonical form
  std::vector<std::string> variants;  // the other forms the document uses
  std::string role;                   // subject, official, lawyer, ...
  std::string title;                  // "former president"
  std::string country;                // ISO code known for the person
};

// An event (or a call for action) as one document reports it.
struct SourceEvent {
  int ref = -1;  // index into the PersonRef list
  int64_t doc_id = 0;
  std::string type;  // arrest, ..., death, call
  std::string date;  // YYYY[-MM[-DD]] or ""
  std::string place, country, detail, duration, organization;
  bool alleged = false;
  uint32_t start = 0, end = 0;  // quote offsets in the clean text
  std::string quote;
};

// What resolution needs to know about a document.
struct SourceDoc {
  int64_t id = 0;
  std::string title, publisher, published;
  std::string country;  // the country the document mentions most (ISO)
  // Documents that are near-duplicates of each other share a group; they
  // count as one source when corroboration is counted.
  int64_t group = 0;
};

// Identifies a document person across re-extractions: the document and
// the matching key of the person's canonical name.
// A source of an event as an earlier resolution stored it: (document id,
// quote start, event type, person id).
using EventSourceKey = std::tuple<int64_t, uint32_t, std::string, int64_t>;

struct RefKey {
  int64_t doc_id = 0;
  std::string key;
  bool operator==(const RefKey&) const = default;
  auto operator<=>(const RefKey&) const = default;
};

// A decision a person made: these two document persons are the same human
// (merge) or are not (split). Overrides outlive re-extraction because they
// name document persons by RefKey, not by index.
struct Override {
  enum class Kind { kMerge, kSplit };
  int64_t id = 0;
  Kind kind = Kind::kMerge;
  RefKey a, b;
  std::string created_at;
  std::string note;
};

struct ResolveInput {
  std::vector<SourceDoc> docs;
  std::vector<PersonRef> refs;
  std::vector<SourceEvent> events;
  std::vector<Override> overrides;
};

// ---- Output: the case database ---------------------------------------------

// One value a source gives for a field where sources disagree.
struct Claim {
  std::string value;
  std::vector<int> sources;  // indices into CaseEvent::sources
};

struct Conflict {
  std::string field;  // "date" or "detail"
  std::vector<Claim> claims;
};

// One happening, told by one or more sources.
struct CaseEvent {
  int64_t id = 0;
  int person = -1;  // index into Resolution::persons
  std::string type;
  std::string date;  // the most precise date the sources agree on
  std::string place, country, detail, duration;
  bool alleged = false;      // every source reports it as alleged
  std::vector<int> sources;  // indices into ResolveInput::events
  int corroboration = 0;     // independent sources (publishers, not copies)
  std::vector<Conflict> conflicts;
};

struct CasePerson {
  int64_t id = 0;
  std::string name;                 // the display name
  std::vector<std::string> names;   // every spelling, across documents
  std::vector<int> refs;            // indices into ResolveInput::refs
  std::vector<std::string> roles;   // distinct, most frequent first
  std::vector<std::string> countries;
  std::vector<std::string> titles;
  std::vector<int> events;          // indices into Resolution::events, by date
  std::vector<int> calls;           // indices into ResolveInput::events
  // detained, sentenced, released, deceased, disappeared or unknown; the
  // event it rests on and the latest publication date of a source.
  std::string status = "unknown";
  std::string status_date;
  std::string as_of;
};

struct Resolution {
  std::vector<CasePerson> persons;
  std::vector<CaseEvent> events;
};

}  // namespace dossier::resolve

#endif  // DOSSIER_RESOLVE_CASE_H_
