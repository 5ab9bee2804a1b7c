// Store: where documents are kept. An abstract interface; the SQLite
// backend is the default and only store_factory.cc names backends.
//
// Thread safety: a Store object is used from one thread at a time. Several
// processes may open the same database; writes are serialised by it.
#ifndef DOSSIER_STORE_STORE_H_
#define DOSSIER_STORE_STORE_H_

#include <cstdint>
#include <functional>
#include <tuple>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "model/document.h"
#include "model/query.h"
#include "resolve/case.h"

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

// ---- Cases (derived by resolution, replaced as a whole) ----

// A case person as stored: indexed columns plus the profile JSON the
// engine renders (names, events with their sources, calls).
struct PersonRow {
  int64_t id = 0;
  std::string name;
  std::string status, status_date, as_of;
  std::vector<std::string> countries, roles, event_types;
  std::string first_date, last_date;  // of the dated events
  int64_t events = 0, sources = 0;    // counts, for sorting
  std::string keys;                   // matching keys of every spelling
  std::string review;                 // "", "confirmed" or "rejected"
  // Made by resolution of several documents' persons with more than one
  // spelling: a merge a reviewer may want to check.
  bool merged = false;
  std::string json;
};

// A case event, or an event rejected by review: rejected events keep an
// id and their sources but are not on their person's timeline.
struct EventRow {
  int64_t id = 0;
  int64_t person_id = 0;
  std::string type, date;
  std::string json;
  // The document spans that report it: (doc id, quote start, quote end).
  std::vector<std::tuple<int64_t, uint32_t, uint32_t>> sources;
  std::string review;  // "", "confirmed", "corrected" or "rejected"
  std::string person;  // the person's name (filled by ListEvents and GetEvent)
};
struct CallRow {
  int64_t doc_id = 0;
  int64_t person_id = 0;  // 0 when the call names no resolved person
  std::string organization;
  std::string json;
};

struct CaseSet {
  std::vector<PersonRow> persons;
  std::vector<EventRow> events;
  std::vector<CallRow> calls;
  std::vector<std::pair<resolve::RefKey, int64_t>> person_refs;  // -> person id
};

// What an earlier resolution assigned, so ids stay stable.
struct CaseIds {
  std::vector<std::pair<resolve::RefKey, int64_t>> person_refs;
  // (doc id, quote start, event type, person id) -> event id
  std::vector<std::pair<resolve::EventSourceKey, int64_t>> event_sources;
  int64_t next_person_id = 1, next_event_id = 1;
};

struct UserRow {
  int64_t id = 0;
  std::string name;
  std::string role;  // viewer, editor or admin
  std::string password_hash;  // argon2id encoded string
  std::string created_at;
};

struct SessionRow {
  std::string token_hash;  // SHA-256 of the cookie value
  int64_t user_id = 0;
  std::string csrf;
  std::string created_at, expires_at;  // UTC, ISO 8601
};

struct TokenRow {
  int64_t id = 0;
  int64_t user_id = 0;
  std::string name;
  std::string token_hash;  // SHA-256 of the token
  std::string created_at;
};

struct AuditRow {
  int64_t id = 0;
  std::string at;  // filled in when empty
  std::string user, action, target, detail;
};

// A human decision on an extracted event or person. It names what it
// judges by document span, not by derived id, so it outlives re-extraction
// and re-resolution.
struct ReviewRow {
  int64_t id = 0;
  std::string kind;        // "event" or "person"
  int64_t doc_id = 0;
  uint32_t start = 0;      // event: quote start
  std::string event_type;  // event: the type extraction gave
  std::string ref_key;     // person: the document person's matching key
  std::string action;      // confirm, correct or reject
  std::string fields;      // JSON object of corrected fields ("{}" if none)
  std::string user, at, note;
};

struct PersonFilter {
  int64_t id = 0;   // this person only (0: any)
  std::string key;  // persons one of whose spellings' keys contains this
  std::string country, status, role, event_type;
  std::string review;  // "pending" (not reviewed) or a review state
  std::string from, to;  // events dated within (partial dates overlap)
  int merged = -1;       // 1: merges only, 0: no merges, -1: either
  enum class Sort { kName, kLatest, kEvents, kSources } sort = Sort::kName;
  int limit = 50;
  int offset = 0;
};

struct EventFilter {
  int64_t person_id = 0;  // 0: every person
  std::string type;
  std::string review;  // "pending" (not reviewed), a review state, or "" for all
  int limit = -1;      // -1: no limit
  int offset = 0;
};

// A review decision that does not change resolution (a confirmation, or
// any decision on a person) is marked in the derived tables directly:
// `review_json` becomes the "review" object of the event (in its row and
// in its person's profile) or of the person, and `status` its review state.
struct ReviewMark {
  enum class Kind { kEvent, kPerson } kind = Kind::kEvent;
  int64_t id = 0;
  std::string status;
  std::string review_json;
};

// One stored document's extraction, for resolution.
struct ExtractionRecord {
  int64_t doc_id = 0;
  std::string title, publisher, published;
  std::string json;
  std::string text;  // the clean text, when asked for
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

  // Calls `f` for every stored extraction, in document id order; with
  // `with_text`, the records carry the documents' clean texts.
  virtual Status ForEachExtraction(const std::function<Status(const ExtractionRecord&)>& f,
                                   bool with_text) = 0;
  // Every near-duplicate pair (a < b).
  virtual Result<std::vector<std::pair<int64_t, int64_t>>> ListNearDuplicatePairs() = 0;

  // Cases: replaced as a whole in one transaction.
  virtual Status ReplaceCases(const CaseSet& cases) = 0;
  virtual Result<CaseIds> GetCaseIds() = 0;
  virtual Result<std::vector<PersonRow>> ListPersons(const PersonFilter& filter) = 0;
  virtual Result<int64_t> CountPersons(const PersonFilter& filter) = 0;
  // NotFound when there is no such person.
  virtual Result<PersonRow> GetPerson(int64_t id) = 0;
  // Events in id order, filtered and paginated in SQL.
  virtual Result<std::vector<EventRow>> ListEvents(const EventFilter& filter) = 0;
  virtual Result<int64_t> CountEvents(const EventFilter& filter) = 0;
  // NotFound when there is no such event.
  virtual Result<EventRow> GetEvent(int64_t id) = 0;
  // The events one of whose sources is the quote at `start` in `doc_id`.
  virtual Result<std::vector<int64_t>> FindEventsBySource(int64_t doc_id, uint32_t start) = 0;
  virtual Result<std::vector<CallRow>> ListCalls() = 0;

  // Overrides of resolution (merge / split decisions), kept for good.
  // Adds `add` (ids 0 get new ids) and removes the overrides with ids in
  // `remove`, in one transaction.
  virtual Status ChangeOverrides(const std::vector<resolve::Override>& add,
                                 const std::vector<int64_t>& remove) = 0;
  virtual Result<std::vector<resolve::Override>> ListOverrides() = 0;

  // Ranked hits; with `facets`, also the counts of every facet value over
  // all matches (page.facets).
  virtual Result<SearchPage> Search(const QueryNode& query, const SearchFilters& filters,
                                    const Highlight& highlight, int limit, int offset,
                                    bool facets = false) = 0;

  // ---- The web app: accounts, sessions, tokens, audit, review ----

  // AlreadyExists when the name is taken.
  virtual Result<int64_t> AddUser(const UserRow& user) = 0;
  // NotFound when there is no such user.
  virtual Result<UserRow> GetUser(const std::string& name) = 0;
  virtual Result<UserRow> GetUserById(int64_t id) = 0;
  virtual Result<std::vector<UserRow>> ListUsers() = 0;
  // Sets role and password hash of the user named user.name.
  virtual Status UpdateUser(const UserRow& user) = 0;
  // Removes the user with their sessions and tokens.
  virtual Status DeleteUser(const std::string& name) = 0;
  virtual Status PutSession(const SessionRow& session) = 0;
  virtual Result<std::optional<SessionRow>> GetSession(const std::string& token_hash) = 0;
  virtual Status DeleteSession(const std::string& token_hash) = 0;
  virtual Status DeleteUserSessions(int64_t user_id) = 0;
  virtual Result<int64_t> AddToken(const TokenRow& token) = 0;
  virtual Result<std::optional<TokenRow>> FindToken(const std::string& token_hash) = 0;
  virtual Result<std::vector<TokenRow>> ListTokens(int64_t user_id) = 0;
  virtual Status DeleteToken(int64_t user_id, int64_t id) = 0;
  virtual Status AppendAudit(const AuditRow& entry) = 0;
  virtual Result<std::vector<AuditRow>> ListAudit(int limit, int offset) = 0;
  virtual Result<int64_t> CountAudit() = 0;
  // Replaces the decisions with the same target (keeping non-zero ids),
  // appends `audit` and applies `mark` (when not null), in one transaction.
  virtual Status PutReviews(const std::vector<ReviewRow>& reviews, const AuditRow& audit,
                            const ReviewMark* mark) = 0;
  virtual Result<std::vector<ReviewRow>> ListReviews() = 0;
};

// Opens the database at options.path (SQLite). Fails without touching the
// file when it is not a Dossier database, is corrupt, or has a newer schema.
Result<std::unique_ptr<Store>> OpenStore(const StoreOptions& options);

}  // namespace dossier::store

#endif  // DOSSIER_STORE_STORE_H_
