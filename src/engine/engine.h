// Engine: the facade the CLI and the HTTP API use. It runs the pipeline
// (ingest -> store) and answers queries; it owns the Store.
//
// Thread safety: one Engine per thread (each opens its own Store).
#ifndef DOSSIER_ENGINE_ENGINE_H_
#define DOSSIER_ENGINE_ENGINE_H_

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "model/document.h"
#include "nlp/extractor.h"
#include "resolve/resolver.h"
#include "search/searcher.h"
#include "store/store.h"

namespace dossier::engine {

struct EngineOptions {
  std::string db_path;
  bool create_if_missing = true;
};

enum class IngestOutcome { kAdded, kDuplicate, kFailed };

struct IngestReport {
  std::string path;
  IngestOutcome outcome = IngestOutcome::kFailed;
  int64_t id = 0;           // new id, or the id of the stored duplicate
  Status error;             // when failed
  std::string title;
  std::string format;
  std::string language;
  std::string published;
  int64_t bytes = 0;
  std::vector<NearDuplicate> near_duplicates;
};

// A document cleaned and extracted without being stored.
struct Extracted {
  std::string id;  // the file name without its extension
  Document doc;
  nlp::Extraction extraction;
};

struct ExtractOptions {
  std::string published;  // overrides the inferred publication date
  size_t max_bytes = size_t{256} << 20;
};

// Reads, cleans and extracts one file ("-" for stdin). Needs no database.
Result<Extracted> ExtractFile(const std::string& path, const ExtractOptions& options);

// Runs the nlp extraction over a built document; with `serialize`, also
// fills doc->extraction_json (with `id` as the document id) for storage.
nlp::Extraction ExtractDocument(Document* doc, const std::string& id,
                                const std::string& published_override = "",
                                bool serialize = true);

struct ReextractReport {
  int64_t documents = 0;
  int64_t updated = 0;
  int64_t failed = 0;
};

struct ResolveReport {
  int64_t documents = 0;
  int64_t document_persons = 0;
  int64_t persons = 0;
  int64_t events = 0;
  int64_t source_events = 0;
  int64_t overrides = 0;
  int64_t conflicts = 0;
};

struct ImportReport {
  int64_t documents = 0;
  int64_t overrides = 0;
  int64_t reviews = 0;
  ResolveReport cases;
};

// One organisation's part in the collection: the documents it issued (as
// publisher) or signed (listed among a joint statement's signers), and its
// calls for action (CallRow JSON).
struct OrganisationDocument {
  int64_t doc_id = 0;
  std::string title, published;
  std::string how;  // "issued" or "signed"
};
struct Organisation {
  std::string name;
  std::vector<OrganisationDocument> documents;
  std::vector<std::string> calls;  // CallRow JSON, in document order
};

struct IngestFileOptions {
  std::string url;  // publication URL (for a single file or stdin)
  size_t max_bytes = size_t{256} << 20;
};

// ---- Accounts (engine/accounts.cc) ----

struct User {
  int64_t id = 0;
  std::string name;
  std::string role;  // viewer, editor or admin
  std::string created_at;
};

// A signed-in browser: `secret` goes into the cookie (only its SHA-256 is
// stored), `csrf` must come back in the X-CSRF-Token header of writes.
struct Session {
  User user;
  std::string secret;
  std::string csrf;
  std::string expires_at;
};

struct ApiToken {
  int64_t id = 0;
  std::string name;
  std::string created_at;
  std::string secret;  // only when just created
};

// True when `role` may do what `needed` may (viewer < editor < admin).
bool RoleAllows(const std::string& role, const std::string& needed);

// ---- Review (engine/review.cc) ----

// An editor's decision on a case event. With kCorrect, the non-empty
// fields replace what extraction found (person_id moves the event).
struct EventDecision {
  std::string action;  // confirm, correct or reject
  std::string type, date, detail;
  int64_t person_id = 0;
  std::string note;
};

class Engine {
 public:
  static Result<std::unique_ptr<Engine>> Open(const EngineOptions& options);

  // Reads, cleans and stores one file ("-" for stdin) in one transaction.
  // Never throws; failures are in the report.
  IngestReport IngestFile(const std::string& path, const IngestFileOptions& options);
  IngestReport IngestBytes(std::string bytes, const std::string& path,
                           const IngestFileOptions& options);

  Result<SearchPage> Search(const search::SearchRequest& request);
  Result<Document> GetDocument(int64_t id, bool with_original = false);
  Result<std::vector<NearDuplicate>> GetNearDuplicates(int64_t id);
  Result<std::vector<DocumentSummary>> ListDocuments(const store::ListOptions& options);
  Status RemoveDocument(int64_t id);
  Result<store::StoreStats> Stats();

  // Re-runs extraction over every stored document (after the engine
  // changed), one transaction per document. `progress` is called after each.
  Result<ReextractReport> Reextract(const std::function<void(int64_t, int64_t)>& progress);
  // The stored extraction of a document as JSON text ("" when none).
  Result<std::string> GetExtraction(int64_t id);

  // ---- Cases (engine/cases.cc) ----

  // Resolves persons and events across every stored extraction and
  // replaces the case tables in one transaction, keeping ids stable and
  // applying merge/split overrides. Ingest, reextract, rm, merge and split
  // call it; it is idempotent.
  Result<ResolveReport> Resolve();
  // Persons whose spellings match `query` (an id such as "12" or "#12",
  // or any spelling in any script) and the other conditions of `filter`
  // (its key, limit and offset are ignored): the best matches only, in the
  // filter's order (kSources: most sources first).
  Result<std::vector<store::PersonRow>> FindPersons(const std::string& query,
                                                    store::PersonFilter filter);
  // The same with no other condition, most sources first.
  Result<std::vector<store::PersonRow>> FindPersons(const std::string& query);
  Result<store::PersonRow> GetPerson(int64_t id);
  Result<std::vector<store::PersonRow>> ListPersons(const store::PersonFilter& filter);
  Result<int64_t> CountPersons(const store::PersonFilter& filter);
  // Case events and rejected events (review "rejected"), in id order.
  Result<std::vector<store::EventRow>> ListEvents(const store::EventFilter& filter);
  Result<int64_t> CountEvents(const store::EventFilter& filter);
  Result<std::vector<store::CallRow>> ListCalls();
  // Organisations that issued or signed documents or made calls, by name;
  // with `person_id`, only documents naming that person and calls about them.
  Result<std::vector<Organisation>> ListOrganisations(int64_t person_id = 0);
  // Why persons a and b are (or are not) one person: the best-scoring pair
  // of their document persons with the evidence, and any override.
  Result<std::string> ExplainPersons(int64_t a, int64_t b);
  // Records that a and b are one person (an override), then re-resolves.
  // Returns the id of the merged person.
  Result<int64_t> MergePersons(int64_t a, int64_t b, const std::string& note);
  // Records that the document persons of `person` found in `doc_ids` are
  // another person than the rest, then re-resolves.
  Status SplitPerson(int64_t person, const std::vector<int64_t>& doc_ids, const std::string& note);
  Result<std::vector<resolve::Override>> ListOverrides();

  // ---- Exports and imports (engine/export.cc) ----

  // format: "json" (everything, for `import`: documents with their
  // original bytes, extractions, overrides, review decisions, persons,
  // events; not accounts, sessions or the audit log), "jsonl" (the
  // same, one record per line) or "huridocs" (events, acts, victims and
  // sources after the HURIDOCS Events Standard Formats).
  Status Export(const std::string& format, std::ostream& out);
  // One CSV file per table (documents, persons, events, sources, calls).
  Status ExportCsv(const std::string& dir);
  // Loads a JSON export into this database, which must hold no documents;
  // ids of documents, persons and events are kept. `name` is for errors.
  Result<ImportReport> Import(std::istream& in, const std::string& name);

  // ---- Accounts (engine/accounts.cc) ----

  // Names are 1-64 letters, digits, '.', '_' or '-'; passwords at least 8
  // characters; hashed with argon2id.
  Result<User> AddUser(const std::string& name, const std::string& password,
                       const std::string& role);
  Status SetPassword(const std::string& name, const std::string& password);
  Status SetRole(const std::string& name, const std::string& role);
  Status RemoveUser(const std::string& name);
  Result<std::vector<User>> ListUsers();
  // The user whose password this is; Unauthenticated otherwise (the same
  // error, and about the same time, whether or not the user exists).
  Result<User> CheckPassword(const std::string& name, const std::string& password);
  Result<Session> StartSession(const User& user, int hours = 12);
  // The live session of a cookie secret; Unauthenticated when none.
  Result<Session> FindSession(const std::string& secret);
  Status EndSession(const std::string& secret);
  Result<ApiToken> CreateToken(const User& user, const std::string& name);
  // The user of an API token; Unauthenticated when none.
  Result<User> FindTokenUser(const std::string& secret);
  Result<std::vector<ApiToken>> ListTokens(const User& user);
  Status RevokeToken(const User& user, int64_t id);
  Status Audit(const std::string& user, const std::string& action, const std::string& target,
               const std::string& detail = "");
  Result<std::vector<store::AuditRow>> ListAudit(int limit, int offset);
  Result<int64_t> CountAudit();

  // ---- Review (engine/review.cc) ----

  // Records the decision against every source of the event (so it outlives
  // re-extraction), re-resolves, and returns the event's new id (0 when
  // rejected events are hidden... never: rejected events stay, marked).
  Result<int64_t> ReviewEvent(int64_t event_id, const EventDecision& decision,
                              const std::string& user);
  // Confirms (a real case, a right merge) or rejects (not a person) a case
  // person, against every document person of it.
  Status ReviewPerson(int64_t person_id, const std::string& action, const std::string& note,
                      const std::string& user);
  Result<store::EventRow> GetEvent(int64_t event_id);

 private:
  Result<ResolveReport> ResolveWith(const resolve::PreviousIds& previous, int64_t next_person_id,
                                    int64_t next_event_id);
  explicit Engine(std::unique_ptr<store::Store> store) : store_(std::move(store)) {}
  std::unique_ptr<store::Store> store_;
};

}  // namespace dossier::engine

#endif  // DOSSIER_ENGINE_ENGINE_H_
