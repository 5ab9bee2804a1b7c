#include "store/sqlite_store.h"

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "base/calendar.h"
#include "base/text.h"

namespace dossier::store {
namespace {

// Ordered migrations: kMigrations[i] takes a database from version i to
// version i + 1.
const char* const kMigrations[] = {
    R"sql(
CREATE TABLE documents (
  id INTEGER PRIMARY KEY AUTOINCREMENT,  -- ids are never reused: citations stay valid
  sha256 TEXT NOT NULL UNIQUE,
  source_path TEXT NOT NULL,
  format TEXT NOT NULL,
  encoding TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  title_source TEXT NOT NULL DEFAULT '',
  published TEXT NOT NULL DEFAULT '',
  published_source TEXT NOT NULL DEFAULT '',
  publisher TEXT NOT NULL DEFAULT '',
  publisher_source TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT '',
  language_source TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  original_size INTEGER NOT NULL,
  clean_text TEXT NOT NULL,
  offset_map BLOB,
  minhash BLOB,
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE TABLE originals (
  doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  bytes BLOB NOT NULL
);
CREATE TABLE lsh_bands (
  key INTEGER NOT NULL,
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (key, doc_id)
) WITHOUT ROWID;
CREATE INDEX lsh_bands_doc ON lsh_bands(doc_id);
CREATE TABLE near_duplicates (
  a INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  b INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  similarity REAL NOT NULL,
  PRIMARY KEY (a, b),
  CHECK (a < b)
) WITHOUT ROWID;
CREATE INDEX near_duplicates_b ON near_duplicates(b);
-- Two indexes over the same columns: documents_fts stems English words
-- (arrested ~ arrest); documents_fts_exact keeps word forms, for queries
-- with prefix terms (a stemmed index cannot answer "investigat*").
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, clean_text, publisher,
  content='documents', content_rowid='id',
  tokenize='porter unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE documents_fts_exact USING fts5(
  title, clean_text, publisher,
  content='documents', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, clean_text, publisher)
  VALUES (new.id, new.title, new.clean_text, new.publisher);
  INSERT INTO documents_fts_exact(rowid, title, clean_text, publisher)
  VALUES (new.id, new.title, new.clean_text, new.publisher);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, clean_text, publisher)
  VALUES ('delete', old.id, old.title, old.clean_text, old.publisher);
  INSERT INTO documents_fts_exact(documents_fts_exact, rowid, title, clean_text, publisher)
  VALUES ('delete', old.id, old.title, old.clean_text, old.publisher);
END;
CREATE TRIGGER documents_au AFTER UPDATE OF title, clean_text, publisher ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, clean_text, publisher)
  VALUES ('delete', old.id, old.title, old.clean_text, old.publisher);
  INSERT INTO documents_fts(rowid, title, clean_text, publisher)
  VALUES (new.id, new.title, new.clean_text, new.publisher);
  INSERT INTO documents_fts_exact(documents_fts_exact, rowid, title, clean_text, publisher)
  VALUES ('delete', old.id, old.title, old.clean_text, old.publisher);
  INSERT INTO documents_fts_exact(rowid, title, clean_text, publisher)
  VALUES (new.id, new.title, new.clean_text, new.publisher);
END;
)sql",
    // v2: the nlp extraction of each document.
    R"sql(
CREATE TABLE extractions (
  doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  extracted_at TEXT NOT NULL,
  json TEXT NOT NULL
);
)sql",
    // v3: cases. persons/events/calls/person_refs are derived by resolution
    // and replaced as a whole; overrides are human decisions and are kept.
    R"sql(
CREATE TABLE persons (
  id INTEGER PRIMARY KEY AUTOINCREMENT,  -- kept across re-resolution
  name TEXT NOT NULL,
  status TEXT NOT NULL,
  status_date TEXT NOT NULL,
  as_of TEXT NOT NULL,
  countries TEXT NOT NULL,    -- ' KG RU ': space-delimited for filters
  roles TEXT NOT NULL,
  event_types TEXT NOT NULL,
  first_date TEXT NOT NULL,
  last_date TEXT NOT NULL,
  event_count INTEGER NOT NULL,
  source_count INTEGER NOT NULL,
  keys TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE TABLE events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  date TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX events_person ON events(person_id);
CREATE TABLE event_sources (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  doc_id INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL
);
CREATE INDEX event_sources_event ON event_sources(event_id);
CREATE INDEX event_sources_doc ON event_sources(doc_id);
CREATE TABLE person_refs (
  doc_id INTEGER NOT NULL,
  key TEXT NOT NULL,
  person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  PRIMARY KEY (doc_id, key)
);
CREATE INDEX person_refs_person ON person_refs(person_id);
CREATE TABLE calls (
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL,
  person_id INTEGER NOT NULL,
  organization TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE TABLE overrides (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
  doc_a INTEGER NOT NULL,
  key_a TEXT NOT NULL,
  doc_b INTEGER NOT NULL,
  key_b TEXT NOT NULL,
  created_at TEXT NOT NULL,
  note TEXT NOT NULL
);
)sql",
    // v4: the web app. Accounts, sessions and API tokens (only hashes of
    // secrets are kept), the audit log, review decisions (human, kept like
    // overrides), the review state of derived persons and events, and the
    // search facets of each document's extraction.
    R"sql(
CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE TABLE api_tokens (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  user TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE TABLE reviews (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (kind IN ('event', 'person')),
  doc_id INTEGER NOT NULL,
  start INTEGER NOT NULL,      -- event: quote start; person: 0
  event_type TEXT NOT NULL,    -- event: the type extraction gave
  ref_key TEXT NOT NULL,       -- person: the document person's key
  action TEXT NOT NULL CHECK (action IN ('confirm', 'correct', 'reject')),
  fields TEXT NOT NULL,        -- JSON of the corrected fields
  user TEXT NOT NULL,
  at TEXT NOT NULL,
  note TEXT NOT NULL,
  UNIQUE (kind, doc_id, start, event_type, ref_key)
);
ALTER TABLE persons ADD COLUMN review TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN review TEXT NOT NULL DEFAULT '';
CREATE TABLE doc_facets (
  doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  facet TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (doc_id, facet, value)
) WITHOUT ROWID;
CREATE INDEX doc_facets_value ON doc_facets(facet, value);
INSERT OR IGNORE INTO doc_facets
  SELECT x.doc_id, 'event_type', json_extract(e.value, '$.type')
  FROM extractions x, json_each(x.json, '$.events') e
  WHERE json_extract(e.value, '$.type') IS NOT NULL;
INSERT OR IGNORE INTO doc_facets
  SELECT x.doc_id, 'country', json_extract(e.value, '$.country')
  FROM extractions x, json_each(x.json, '$.events') e
  WHERE json_extract(e.value, '$.country') IS NOT NULL;
)sql",
    // v5: the web app's lists in SQL. Persons are sorted and counted from
    // indexes (never reading profiles), merges are marked, events are found
    // by review state, type and source, and a document's language and
    // publisher are search facets like its event types and countries.
    R"sql(
ALTER TABLE persons ADD COLUMN merged INTEGER NOT NULL DEFAULT 0;
UPDATE persons SET merged = (
  SELECT count(*) > 1 AND count(DISTINCT json_extract(d.value, '$.name')) > 1
  FROM json_each(persons.json, '$.documents') d);
CREATE INDEX persons_name ON persons(name);
CREATE INDEX persons_latest ON persons(last_date DESC, name);
CREATE INDEX persons_events ON persons(event_count DESC, name);
CREATE INDEX persons_sources ON persons(source_count DESC, name);
CREATE INDEX persons_review ON persons(review, merged, name);
-- Covers every filter and sort column: counts and filtered lists scan it,
-- not the rows with their profiles.
CREATE INDEX persons_filter ON persons(status, review, merged, countries, roles, event_types,
                                       first_date, last_date, keys, event_count, source_count,
                                       name);
CREATE INDEX events_review ON events(review);
CREATE INDEX events_type ON events(type);
DROP INDEX event_sources_doc;
CREATE INDEX event_sources_span ON event_sources(doc_id, start);
INSERT OR IGNORE INTO doc_facets SELECT id, 'language', language FROM documents WHERE language <> '';
INSERT OR IGNORE INTO doc_facets SELECT id, 'publisher', publisher FROM documents WHERE publisher <> '';
)sql",
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == kSchemaVersion);

class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) : db_(db) {
    rc_ = sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr);
  }
  ~Stmt() { sqlite3_finalize(stmt_); }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  bool ok() const { return rc_ == SQLITE_OK; }
  Stmt& Bind(int i, int64_t v) {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  Stmt& Bind(int i, double v) {
    sqlite3_bind_double(stmt_, i, v);
    return *this;
  }
  Stmt& Bind(int i, std::string_view v) {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& BindBlob(int i, std::string_view v) {
    sqlite3_bind_blob(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return rc_ = sqlite3_step(stmt_); }
  int64_t Int(int c) const { return sqlite3_column_int64(stmt_, c); }
  double Double(int c) const { return sqlite3_column_double(stmt_, c); }
  // Valid until the next Step or Reset.
  std::string_view TextView(int c) const {
    auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, c));
    return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, c))) : "";
  }
  std::string Text(int c) const {
    auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, c));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, c))) : "";
  }
  std::string Blob(int c) const {
    auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, c));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, c))) : "";
  }
  int rc() const { return rc_; }
  sqlite3_stmt* get() { return stmt_; }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  int rc_;
};

Status SqlError(sqlite3* db, std::string_view what) {
  int code = sqlite3_errcode(db);
  std::string msg = std::string(what) + ": " + sqlite3_errmsg(db);
  switch (code & 0xFF) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return DataLossError(msg);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
      return UnavailableError(msg);
    default:
      return InternalError(msg);
  }
}

std::string NowUtc() { return UtcTimestamp(); }

std::string PackSignature(const std::vector<uint64_t>& sig) {
  std::string out(sig.size() * 8, '\0');
  for (size_t i = 0; i < sig.size(); ++i) {
    for (int b = 0; b < 8; ++b) out[i * 8 + b] = static_cast<char>(sig[i] >> (8 * b));
  }
  return out;
}

std::vector<uint64_t> UnpackSignature(std::string_view s) {
  std::vector<uint64_t> out(s.size() / 8);
  for (size_t i = 0; i < out.size(); ++i) {
    uint64_t v = 0;
    for (int b = 0; b < 8; ++b) v |= static_cast<uint64_t>(static_cast<uint8_t>(s[i * 8 + b])) << (8 * b);
    out[i] = v;
  }
  return out;
}

// dossier_lower(TEXT): full Unicode lower case (ICU), for case-insensitive
// filters on any script; SQLite's lower() folds ASCII only.
void SqlLower(sqlite3_context* ctx, int, sqlite3_value** argv) {
  const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  if (!p) {
    sqlite3_result_null(ctx);
    return;
  }
  std::string s = ToLower(std::string_view(p, static_cast<size_t>(sqlite3_value_bytes(argv[0]))));
  sqlite3_result_text(ctx, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
}

std::string QuoteFts(std::string_view word) {
  std::string out = "\"";
  for (char c : word) {
    if (c == '"') out += "\"\"";
    else out.push_back(c);
  }
  out += "\"";
  return out;
}

Format ParseFormat(std::string_view s) {
  if (s == "html") return Format::kHtml;
  if (s == "pdf") return Format::kPdf;
  return Format::kText;
}

// Upper bound of a partial date for range comparisons.
constexpr const char* kPublishedHi =
    "(CASE length(d.published) WHEN 4 THEN d.published || '-12-31' "
    "WHEN 7 THEN d.published || '-31' ELSE d.published END)";

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  ~SqliteStore() override { sqlite3_close_v2(db_); }

  Status Init();

  Result<std::optional<int64_t>> FindByHash(const std::string& sha256) override;
  Result<std::vector<std::pair<int64_t, std::vector<uint64_t>>>> FindByBandKeys(
      const std::vector<uint64_t>& keys) override;
  Result<int64_t> PutDocument(const Document& doc, const std::vector<uint64_t>& band_keys,
                              const std::vector<NearDuplicate>& near) override;
  Result<Document> GetDocument(int64_t id, bool with_original) override;
  Status PutExtraction(int64_t id, int version, const std::string& json) override;
  Result<std::string> GetExtraction(int64_t id) override;
  Result<std::vector<NearDuplicate>> GetNearDuplicates(int64_t id) override;
  Result<std::vector<DocumentSummary>> ListDocuments(const ListOptions& options) override;
  Status DeleteDocument(int64_t id) override;
  Result<StoreStats> GetStats() override;
  Result<SearchPage> Search(const QueryNode& query, const SearchFilters& filters,
                            const Highlight& highlight, int limit, int offset,
                            bool facets) override;
  Result<int64_t> AddUser(const UserRow& user) override;
  Result<UserRow> GetUser(const std::string& name) override;
  Result<UserRow> GetUserById(int64_t id) override;
  Result<std::vector<UserRow>> ListUsers() override;
  Status UpdateUser(const UserRow& user) override;
  Status DeleteUser(const std::string& name) override;
  Status PutSession(const SessionRow& session) override;
  Result<std::optional<SessionRow>> GetSession(const std::string& token_hash) override;
  Status DeleteSession(const std::string& token_hash) override;
  Status DeleteUserSessions(int64_t user_id) override;
  Result<int64_t> AddToken(const TokenRow& token) override;
  Result<std::optional<TokenRow>> FindToken(const std::string& token_hash) override;
  Result<std::vector<TokenRow>> ListTokens(int64_t user_id) override;
  Status DeleteToken(int64_t user_id, int64_t id) override;
  Status AppendAudit(const AuditRow& entry) override;
  Result<std::vector<AuditRow>> ListAudit(int limit, int offset) override;
  Result<int64_t> CountAudit() override;
  Status PutReviews(const std::vector<ReviewRow>& reviews, const AuditRow& audit,
                    const ReviewMark* mark) override;
  Result<std::vector<ReviewRow>> ListReviews() override;
  Status ForEachExtraction(const std::function<Status(const ExtractionRecord&)>& f,
                           bool with_text) override;
  Result<std::vector<std::pair<int64_t, int64_t>>> ListNearDuplicatePairs() override;
  Status ReplaceCases(const CaseSet& cases) override;
  Result<CaseIds> GetCaseIds() override;
  Result<std::vector<PersonRow>> ListPersons(const PersonFilter& filter) override;
  Result<int64_t> CountPersons(const PersonFilter& filter) override;
  Result<PersonRow> GetPerson(int64_t id) override;
  Result<std::vector<EventRow>> ListEvents(const EventFilter& filter) override;
  Result<int64_t> CountEvents(const EventFilter& filter) override;
  Result<EventRow> GetEvent(int64_t id) override;
  Result<std::vector<int64_t>> FindEventsBySource(int64_t doc_id, uint32_t start) override;
  Result<std::vector<CallRow>> ListCalls() override;
  Status ChangeOverrides(const std::vector<resolve::Override>& add,
                         const std::vector<int64_t>& remove) override;
  Result<std::vector<resolve::Override>> ListOverrides() override;

 private:
  // The WHERE clause (with ?1..?10 bound by BindPersonFilter) of a filter.
  static std::string PersonWhere(const PersonFilter& f);
  static void BindPersonFilter(Stmt* st, const PersonFilter& f);
  // The same for events (?1..?3), with the events table as `e`.
  static std::string EventWhere(const EventFilter& f);
  static void BindEventFilter(Stmt* st, const EventFilter& f);
  // Reads the sources of events read from the events table.
  Status ReadEventSources(std::vector<EventRow>* events);
  Status ApplyReviewMark(const ReviewMark& mark);

  Status Exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      Status s = SqlError(db_, "SQL failed");
      sqlite3_free(err);
      return s;
    }
    return Status::Ok();
  }
  // The count(*) query `sql` with the filter's parameters bound by `bind`.
  template <typename Filter>
  Result<int64_t> Count(const std::string& sql, void (*bind)(Stmt*, const Filter&), const Filter& f) {
    Stmt st(db_, sql.c_str());
    if (!st.ok()) return SqlError(db_, "count");
    bind(&st, f);
    if (st.Step() != SQLITE_ROW) return SqlError(db_, "count");
    return st.Int(0);
  }
  Result<int64_t> QueryInt(const char* sql) {
    Stmt st(db_, sql);
    if (!st.ok()) return SqlError(db_, "prepare");
    int rc = st.Step();
    if (rc == SQLITE_ROW) return st.Int(0);
    if (rc == SQLITE_DONE) return int64_t{0};
    return SqlError(db_, "query");
  }

  // Runs `body` inside BEGIN IMMEDIATE ... COMMIT, rolling back on failure.
  template <typename F>
  Status InTransaction(F&& body) {
    DOSSIER_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
    Status s = body();
    if (s.ok()) s = Exec("COMMIT");
    if (!s.ok()) (void)Exec("ROLLBACK");
    return s;
  }

  Status WriteExtraction(int64_t id, int version, const std::string& json) {
    Stmt st(db_,
            "INSERT OR REPLACE INTO extractions (doc_id, version, extracted_at, json) "
            "VALUES (?, ?, ?, ?)");
    st.Bind(1, id).Bind(2, static_cast<int64_t>(version)).Bind(3, NowUtc()).Bind(4, json);
    if (st.Step() != SQLITE_DONE) return SqlError(db_, "store extraction");
    // Search facets: the types and countries of the events (the
    // document's language and publisher are written with the document).
    Stmt del(db_, "DELETE FROM doc_facets WHERE doc_id = ? AND facet IN ('event_type', 'country')");
    del.Bind(1, id);
    if (del.Step() != SQLITE_DONE) return SqlError(db_, "store facets");
    static const char* kFacetSql[] = {
        "INSERT OR IGNORE INTO doc_facets SELECT ?1, 'event_type', json_extract(e.value, '$.type') "
        "FROM json_each(?2, '$.events') e WHERE json_extract(e.value, '$.type') IS NOT NULL",
        "INSERT OR IGNORE INTO doc_facets SELECT ?1, 'country', json_extract(e.value, '$.country') "
        "FROM json_each(?2, '$.events') e WHERE json_extract(e.value, '$.country') IS NOT NULL"};
    for (const char* sql : kFacetSql) {
      Stmt f(db_, sql);
      f.Bind(1, id).Bind(2, json);
      if (f.Step() != SQLITE_DONE) return SqlError(db_, "store facets");
    }
    return Status::Ok();
  }

  sqlite3* db_;
  std::string path_;
};

Status SqliteStore::PutExtraction(int64_t id, int version, const std::string& json) {
  return InTransaction([&]() -> Status {
    Stmt st(db_, "SELECT 1 FROM documents WHERE id = ?");
    st.Bind(1, id);
    if (st.Step() != SQLITE_ROW) return NotFoundError("no document with id " + std::to_string(id));
    return WriteExtraction(id, version, json);
  });
}

Result<std::string> SqliteStore::GetExtraction(int64_t id) {
  Stmt st(db_, "SELECT json FROM extractions WHERE doc_id = ?");
  st.Bind(1, id);
  int rc = st.Step();
  if (rc == SQLITE_ROW) return st.Text(0);
  if (rc == SQLITE_DONE) return std::string();
  return SqlError(db_, "get extraction");
}

Status SqliteStore::Init() {
  sqlite3_busy_timeout(db_, 10000);
  sqlite3_create_function(db_, "dossier_lower", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                          SqlLower, nullptr, nullptr);
  // Read before anything writes: a non-SQLite or corrupt file fails here
  // and stays untouched.
  auto version = QueryInt("PRAGMA user_version");
  if (!version.ok()) {
    return version.status().WithContext(path_ + ": not a readable SQLite database");
  }
  auto app = QueryInt("PRAGMA application_id");
  if (!app.ok()) return app.status().WithContext(path_);
  auto tables = QueryInt("SELECT count(*) FROM sqlite_master");
  if (!tables.ok()) return tables.status().WithContext(path_ + ": corrupt database");
  if (*app != kApplicationId && (*app != 0 || *tables > 0)) {
    return FailedPreconditionError(path_ + ": not a Dossier database");
  }
  if (*version > kSchemaVersion) {
    return FailedPreconditionError(
        path_ + ": database schema version " + std::to_string(*version) +
        " is newer than this dossier supports (" + std::to_string(kSchemaVersion) +
        "); upgrade dossier to open it");
  }
  DOSSIER_RETURN_IF_ERROR(Exec("PRAGMA foreign_keys = ON"));
  auto mode = QueryInt("PRAGMA journal_mode = WAL");
  if (!mode.ok()) return mode.status().WithContext(path_);
  DOSSIER_RETURN_IF_ERROR(Exec("PRAGMA synchronous = NORMAL"));
  if (*version < kSchemaVersion) {
    Status s = InTransaction([&]() -> Status {
      for (int v = static_cast<int>(*version); v < kSchemaVersion; ++v) {
        DOSSIER_RETURN_IF_ERROR(Exec(kMigrations[v]));
      }
      std::string pragma = "PRAGMA user_version = " + std::to_string(kSchemaVersion) +
                           "; PRAGMA application_id = " + std::to_string(kApplicationId);
      return Exec(pragma.c_str());
    });
    if (!s.ok()) return s.WithContext(path_ + ": migration failed");
  }
  return Status::Ok();
}

Result<std::optional<int64_t>> SqliteStore::FindByHash(const std::string& sha256) {
  Stmt st(db_, "SELECT id FROM documents WHERE sha256 = ?");
  st.Bind(1, sha256);
  int rc = st.Step();
  if (rc == SQLITE_ROW) return std::optional<int64_t>(st.Int(0));
  if (rc == SQLITE_DONE) return std::optional<int64_t>();
  return SqlError(db_, "find by hash");
}

Result<std::vector<std::pair<int64_t, std::vector<uint64_t>>>> SqliteStore::FindByBandKeys(
    const std::vector<uint64_t>& keys) {
  std::vector<std::pair<int64_t, std::vector<uint64_t>>> out;
  if (keys.empty()) return out;
  std::string sql =
      "SELECT DISTINCT d.id, d.minhash FROM lsh_bands b JOIN documents d ON d.id = b.doc_id "
      "WHERE b.key IN (";
  for (size_t i = 0; i < keys.size(); ++i) sql += i ? ",?" : "?";
  sql += ") ORDER BY d.id";
  Stmt q(db_, sql.c_str());
  if (!q.ok()) return SqlError(db_, "band look-up");
  for (size_t i = 0; i < keys.size(); ++i) {
    q.Bind(static_cast<int>(i + 1), static_cast<int64_t>(keys[i]));
  }
  int rc;
  while ((rc = q.Step()) == SQLITE_ROW) out.emplace_back(q.Int(0), UnpackSignature(q.Blob(1)));
  if (rc != SQLITE_DONE) return SqlError(db_, "band look-up");
  return out;
}

Result<int64_t> SqliteStore::PutDocument(const Document& doc,
                                         const std::vector<uint64_t>& band_keys,
                                         const std::vector<NearDuplicate>& near) {
  int64_t id = 0;
  Status s = InTransaction([&]() -> Status {
    Stmt st(db_,
            "INSERT INTO documents (sha256, source_path, format, encoding, title, "
            "title_source, published, published_source, publisher, publisher_source, "
            "language, language_source, url, original_size, clean_text, offset_map, "
            "minhash, ingested_at, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULLIF(?,0))");
    if (!st.ok()) return SqlError(db_, "prepare insert");
    const auto& m = doc.meta;
    st.Bind(1, doc.sha256).Bind(2, doc.source_path).Bind(3, FormatName(doc.format))
        .Bind(4, doc.encoding).Bind(5, m.title.value).Bind(6, m.title.source)
        .Bind(7, m.published.value).Bind(8, m.published.source)
        .Bind(9, m.publisher.value).Bind(10, m.publisher.source)
        .Bind(11, m.language.value).Bind(12, m.language.source).Bind(13, m.url)
        .Bind(14, static_cast<int64_t>(doc.original.size())).Bind(15, doc.clean.text)
        .BindBlob(16, doc.clean.map.Serialize()).BindBlob(17, PackSignature(doc.minhash))
        .Bind(18, doc.ingested_at.empty() ? NowUtc() : doc.ingested_at).Bind(19, doc.id);
    if (st.Step() != SQLITE_DONE) {
      if ((sqlite3_errcode(db_) & 0xFF) == SQLITE_CONSTRAINT) {
        return AlreadyExistsError("a document with the same content is already stored");
      }
      return SqlError(db_, "insert document");
    }
    id = sqlite3_last_insert_rowid(db_);
    Stmt orig(db_, "INSERT INTO originals (doc_id, bytes) VALUES (?, ?)");
    orig.Bind(1, id).BindBlob(2, doc.original);
    if (orig.Step() != SQLITE_DONE) return SqlError(db_, "insert original");
    for (const auto& [facet, value] : {std::pair{"language", m.language.value},
                                       std::pair{"publisher", m.publisher.value}}) {
      if (value.empty()) continue;
      Stmt f(db_, "INSERT OR IGNORE INTO doc_facets (doc_id, facet, value) VALUES (?, ?, ?)");
      f.Bind(1, id).Bind(2, facet).Bind(3, value);
      if (f.Step() != SQLITE_DONE) return SqlError(db_, "insert facet");
    }
    for (uint64_t k : band_keys) {
      Stmt b(db_, "INSERT OR IGNORE INTO lsh_bands (key, doc_id) VALUES (?, ?)");
      b.Bind(1, static_cast<int64_t>(k)).Bind(2, id);
      if (b.Step() != SQLITE_DONE) return SqlError(db_, "insert band");
    }
    if (!doc.extraction_json.empty()) {
      DOSSIER_RETURN_IF_ERROR(WriteExtraction(id, doc.extractor_version, doc.extraction_json));
    }
    for (const auto& n : near) {
      Stmt l(db_, "INSERT OR REPLACE INTO near_duplicates (a, b, similarity) VALUES (?, ?, ?)");
      l.Bind(1, std::min(id, n.id)).Bind(2, std::max(id, n.id)).Bind(3, n.similarity);
      if (l.Step() != SQLITE_DONE) return SqlError(db_, "insert near-duplicate link");
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return id;
}

Result<Document> SqliteStore::GetDocument(int64_t id, bool with_original) {
  Stmt st(db_,
          "SELECT sha256, source_path, format, encoding, title, title_source, published, "
          "published_source, publisher, publisher_source, language, language_source, url, "
          "clean_text, offset_map, minhash, ingested_at, original_size "
          "FROM documents WHERE id = ?");
  st.Bind(1, id);
  int rc = st.Step();
  if (rc == SQLITE_DONE) return NotFoundError("no document with id " + std::to_string(id));
  if (rc != SQLITE_ROW) return SqlError(db_, "get document");
  Document d;
  d.id = id;
  d.sha256 = st.Text(0);
  d.source_path = st.Text(1);
  d.format = ParseFormat(st.Text(2));
  d.encoding = st.Text(3);
  d.meta.title = {st.Text(4), st.Text(5)};
  d.meta.published = {st.Text(6), st.Text(7)};
  d.meta.publisher = {st.Text(8), st.Text(9)};
  d.meta.language = {st.Text(10), st.Text(11)};
  d.meta.url = st.Text(12);
  d.clean.text = st.Text(13);
  auto map = OffsetMap::Deserialize(st.Blob(14));
  if (!map) return DataLossError("document " + std::to_string(id) + ": damaged offset map");
  d.clean.map = std::move(*map);
  d.minhash = UnpackSignature(st.Blob(15));
  d.ingested_at = st.Text(16);
  if (with_original) {
    Stmt o(db_, "SELECT bytes FROM originals WHERE doc_id = ?");
    o.Bind(1, id);
    if (o.Step() != SQLITE_ROW) {
      return DataLossError("document " + std::to_string(id) + ": original bytes missing");
    }
    d.original = o.Blob(0);
  }
  return d;
}

Result<std::vector<NearDuplicate>> SqliteStore::GetNearDuplicates(int64_t id) {
  Stmt st(db_,
          "SELECT b, similarity FROM near_duplicates WHERE a = ?1 UNION ALL "
          "SELECT a, similarity FROM near_duplicates WHERE b = ?1 ORDER BY 2 DESC");
  st.Bind(1, id);
  std::vector<NearDuplicate> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) out.push_back({st.Int(0), st.Double(1)});
  if (rc != SQLITE_DONE) return SqlError(db_, "near duplicates");
  return out;
}

Result<std::vector<DocumentSummary>> SqliteStore::ListDocuments(const ListOptions& options) {
  std::string sql =
      "SELECT id, sha256, source_path, format, title, published, publisher, language, "
      "original_size, length(CAST(clean_text AS BLOB)), ingested_at FROM documents d ";
  sql += options.newest_first ? "ORDER BY published DESC, id DESC " : "ORDER BY id ";
  sql += "LIMIT ? OFFSET ?";
  Stmt st(db_, sql.c_str());
  st.Bind(1, static_cast<int64_t>(options.limit)).Bind(2, static_cast<int64_t>(options.offset));
  std::vector<DocumentSummary> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    DocumentSummary s;
    s.id = st.Int(0);
    s.sha256 = st.Text(1);
    s.source_path = st.Text(2);
    s.format = ParseFormat(st.Text(3));
    s.title = st.Text(4);
    s.published = st.Text(5);
    s.publisher = st.Text(6);
    s.language = st.Text(7);
    s.original_size = st.Int(8);
    s.clean_size = st.Int(9);
    s.ingested_at = st.Text(10);
    out.push_back(std::move(s));
  }
  if (rc != SQLITE_DONE) return SqlError(db_, "list documents");
  return out;
}

Status SqliteStore::DeleteDocument(int64_t id) {
  return InTransaction([&]() -> Status {
    Stmt st(db_, "DELETE FROM documents WHERE id = ?");
    st.Bind(1, id);
    if (st.Step() != SQLITE_DONE) return SqlError(db_, "delete document");
    if (sqlite3_changes(db_) == 0) {
      return NotFoundError("no document with id " + std::to_string(id));
    }
    return Status::Ok();
  });
}

Result<StoreStats> SqliteStore::GetStats() {
  StoreStats s;
  Stmt st(db_,
          "SELECT count(*), coalesce(sum(original_size), 0), "
          "coalesce(sum(length(CAST(clean_text AS BLOB))), 0), "
          "coalesce(min(nullif(published, '')), ''), coalesce(max(published), '') "
          "FROM documents");
  if (st.Step() != SQLITE_ROW) return SqlError(db_, "stats");
  s.documents = st.Int(0);
  s.original_bytes = st.Int(1);
  s.clean_bytes = st.Int(2);
  s.earliest_published = st.Text(3);
  s.latest_published = st.Text(4);
  DOSSIER_ASSIGN_OR_RETURN(s.near_duplicate_pairs, QueryInt("SELECT count(*) FROM near_duplicates"));
  auto group = [&](const char* sql, std::vector<std::pair<std::string, int64_t>>* out) -> Status {
    Stmt g(db_, sql);
    int rc;
    while ((rc = g.Step()) == SQLITE_ROW) out->emplace_back(g.Text(0), g.Int(1));
    if (rc != SQLITE_DONE) return SqlError(db_, "stats");
    return Status::Ok();
  };
  DOSSIER_RETURN_IF_ERROR(group(
      "SELECT format, count(*) FROM documents GROUP BY format ORDER BY 2 DESC, 1", &s.by_format));
  DOSSIER_RETURN_IF_ERROR(group(
      "SELECT CASE language WHEN '' THEN 'unknown' ELSE language END, count(*) "
      "FROM documents GROUP BY 1 ORDER BY 2 DESC, 1",
      &s.by_language));
  DOSSIER_RETURN_IF_ERROR(group(
      "SELECT CASE publisher WHEN '' THEN 'unknown' ELSE publisher END, count(*) "
      "FROM documents GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10",
      &s.by_publisher));
  DOSSIER_ASSIGN_OR_RETURN(int64_t version, QueryInt("PRAGMA user_version"));
  s.schema_version = static_cast<int>(version);
  std::error_code ec;
  auto size = std::filesystem::file_size(path_, ec);
  s.file_bytes = ec ? 0 : static_cast<int64_t>(size);
  auto wal = std::filesystem::file_size(path_ + "-wal", ec);
  if (!ec) s.file_bytes += static_cast<int64_t>(wal);
  return s;
}

Result<SearchPage> SqliteStore::Search(const QueryNode& query, const SearchFilters& f,
                                       const Highlight& hl, int limit, int offset,
                                       bool facets) {
  DOSSIER_ASSIGN_OR_RETURN(std::string match, ToFts5(query));
  const std::string fts = HasPrefix(query) ? "documents_fts_exact" : "documents_fts";
  // Only the publisher and date filters read the document row; the others
  // are facets of the document.
  const bool join = !f.publisher.empty() || !f.date_from.empty() || !f.date_to.empty();
  std::string where = " WHERE " + fts + " MATCH ?1";
  // "+rowid": FTS5 must not take the IN list as rowids to look up one by
  // one (a MATCH per value); the matches are checked against the list.
  auto facet_filter = [&](const char* facet, const std::string& value, int param) {
    if (value.empty()) return;
    where += " AND +" + fts + ".rowid IN (SELECT doc_id FROM doc_facets WHERE facet = '" + facet +
             "' AND value = ?" + std::to_string(param) + ")";
  };
  facet_filter("language", f.language, 2);
  facet_filter("country", f.country, 11);
  facet_filter("event_type", f.event_type, 12);
  if (!f.publisher.empty()) where += " AND instr(dossier_lower(d.publisher), ?3) > 0";
  if (!f.date_from.empty()) where += std::string(" AND ") + kPublishedHi + " >= ?4";
  if (!f.date_to.empty()) where += " AND d.published <> '' AND d.published <= ?5";
  auto bind_filters = [&](Stmt& st) {
    st.Bind(1, match);
    if (!f.language.empty()) st.Bind(2, f.language);
    if (!f.publisher.empty()) st.Bind(3, ToLower(f.publisher));
    if (!f.date_from.empty()) st.Bind(4, f.date_from);
    // "2022" as an upper bound includes all of 2022.
    if (!f.date_to.empty()) {
      std::string to = f.date_to;
      if (to.size() == 4) to += "-12-31";
      else if (to.size() == 7) to += "-31";
      st.Bind(5, to);
    }
    if (!f.country.empty()) st.Bind(11, f.country);
    if (!f.event_type.empty()) st.Bind(12, f.event_type);
  };
  const std::string join_documents = " JOIN documents d ON d.id = " + fts + ".rowid";
  SearchPage page;
  {
    // The matches once, for the total and the facet counts over all of
    // them (not only this page). The facets of each match are counted here
    // rather than grouped (and sorted) by SQLite.
    std::string sql = "WITH m AS (SELECT " + fts + ".rowid AS id FROM " + fts +
                      (join ? join_documents : "") + where + ") SELECT NULL, NULL, count(*) FROM m";
    if (facets) {
      // CROSS JOIN: the matches drive, each seeking its facets.
      sql += " UNION ALL SELECT f.facet, f.value, 1 FROM m CROSS JOIN doc_facets f ON f.doc_id = m.id";
    }
    Stmt st(db_, sql.c_str());
    if (!st.ok()) return SqlError(db_, "search");
    bind_filters(st);
    struct Hash {
      using is_transparent = void;
      size_t operator()(std::string_view v) const { return std::hash<std::string_view>()(v); }
    };
    std::unordered_map<std::string, int64_t, Hash, std::equal_to<>> counts;
    std::string key;
    int rc;
    while ((rc = st.Step()) == SQLITE_ROW) {
      if (sqlite3_column_type(st.get(), 0) == SQLITE_NULL) {
        page.total = st.Int(2);
        continue;
      }
      key.assign(st.TextView(0));
      key.push_back('\0');
      key.append(st.TextView(1));
      if (auto it = counts.find(key); it != counts.end()) ++it->second;
      else counts.emplace(key, 1);
    }
    if (rc != SQLITE_DONE) {
      return InvalidArgumentError(std::string("search failed: ") + sqlite3_errmsg(db_));
    }
    for (const auto& [k, n] : counts) {
      size_t nul = k.find('\0');
      page.facets.push_back({k.substr(0, nul), k.substr(nul + 1), n});
    }
    // By facet, most frequent first, then by value.
    std::sort(page.facets.begin(), page.facets.end(), [](const FacetCount& a, const FacetCount& b) {
      return std::tie(a.facet, b.count, a.value) < std::tie(b.facet, a.count, b.value);
    });
  }
  if (page.total == 0) {
    page.facets.clear();
    return page;
  }
  // BM25 with the title weighted above the body, ordered by FTS5 itself
  // (ORDER BY rank): snippets are made for this page only.
  std::string sql =
      "SELECT d.id, " + fts + ".rank, d.title, d.published, d.publisher, d.language, "
      "d.source_path, snippet(" + fts + ", 1, ?6, ?7, ' … ', ?8) FROM " + fts + join_documents +
      where + " AND " + fts + ".rank MATCH 'bm25(5.0, 1.0, 2.0)' ORDER BY " + fts +
      ".rank LIMIT ?9 OFFSET ?10";
  Stmt st(db_, sql.c_str());
  if (!st.ok()) return SqlError(db_, "search");
  bind_filters(st);
  st.Bind(6, hl.open).Bind(7, hl.close).Bind(8, static_cast<int64_t>(hl.snippet_tokens));
  st.Bind(9, static_cast<int64_t>(limit)).Bind(10, static_cast<int64_t>(offset));
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    SearchHit h;
    h.id = st.Int(0);
    h.score = -st.Double(1);
    h.title = st.Text(2);
    h.published = st.Text(3);
    h.publisher = st.Text(4);
    h.language = st.Text(5);
    h.source_path = st.Text(6);
    h.snippet = st.Text(7);
    page.hits.push_back(std::move(h));
  }
  if (rc != SQLITE_DONE) {
    return InvalidArgumentError(std::string("search failed: ") + sqlite3_errmsg(db_));
  }
  return page;
}

// ---- Cases ----------------------------------------------------------------------

std::string JoinSpaced(const std::vector<std::string>& v) {
  std::string out = " ";
  for (const auto& s : v) out += s + " ";
  return out;
}

std::vector<std::string> SplitSpaced(const std::string& s) {
  std::vector<std::string> out;
  for (auto p : Split(s, ' '))
    if (!p.empty()) out.emplace_back(p);
  return out;
}

Status SqliteStore::ForEachExtraction(const std::function<Status(const ExtractionRecord&)>& f,
                                      bool with_text) {
  Stmt st(db_, with_text ? "SELECT d.id, d.title, d.publisher, d.published, e.json, d.clean_text "
                           "FROM extractions e JOIN documents d ON d.id = e.doc_id ORDER BY d.id"
                         : "SELECT d.id, d.title, d.publisher, d.published, e.json, '' "
                           "FROM extractions e JOIN documents d ON d.id = e.doc_id ORDER BY d.id");
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    ExtractionRecord r{st.Int(0), st.Text(1), st.Text(2), st.Text(3), st.Text(4), st.Text(5)};
    DOSSIER_RETURN_IF_ERROR(f(r));
  }
  if (rc != SQLITE_DONE) return SqlError(db_, "read extractions");
  return Status::Ok();
}

Result<std::vector<std::pair<int64_t, int64_t>>> SqliteStore::ListNearDuplicatePairs() {
  Stmt st(db_, "SELECT a, b FROM near_duplicates ORDER BY a, b");
  std::vector<std::pair<int64_t, int64_t>> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) out.emplace_back(st.Int(0), st.Int(1));
  if (rc != SQLITE_DONE) return SqlError(db_, "near-duplicate pairs");
  return out;
}

Status SqliteStore::ReplaceCases(const CaseSet& cases) {
  return InTransaction([&]() -> Status {
    DOSSIER_RETURN_IF_ERROR(Exec(
        "DELETE FROM calls; DELETE FROM person_refs; DELETE FROM event_sources; "
        "DELETE FROM events; DELETE FROM persons;"));
    Stmt p(db_,
           "INSERT INTO persons (id, name, status, status_date, as_of, countries, roles, "
           "event_types, first_date, last_date, event_count, source_count, keys, json, review, "
           "merged) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const auto& r : cases.persons) {
      sqlite3_reset(p.get());
      p.Bind(1, r.id).Bind(2, r.name).Bind(3, r.status).Bind(4, r.status_date).Bind(5, r.as_of)
          .Bind(6, JoinSpaced(r.countries)).Bind(7, JoinSpaced(r.roles))
          .Bind(8, JoinSpaced(r.event_types)).Bind(9, r.first_date).Bind(10, r.last_date)
          .Bind(11, r.events).Bind(12, r.sources).Bind(13, r.keys).Bind(14, r.json)
          .Bind(15, r.review).Bind(16, int64_t{r.merged});
      if (p.Step() != SQLITE_DONE) return SqlError(db_, "insert person");
    }
    Stmt e(db_, "INSERT INTO events (id, person_id, type, date, json, review) VALUES (?,?,?,?,?,?)");
    Stmt es(db_, "INSERT INTO event_sources (event_id, doc_id, start, end) VALUES (?,?,?,?)");
    for (const auto& r : cases.events) {
      sqlite3_reset(e.get());
      e.Bind(1, r.id).Bind(2, r.person_id).Bind(3, r.type).Bind(4, r.date).Bind(5, r.json)
          .Bind(6, r.review);
      if (e.Step() != SQLITE_DONE) return SqlError(db_, "insert event");
      for (const auto& [doc, start, end] : r.sources) {
        sqlite3_reset(es.get());
        es.Bind(1, r.id).Bind(2, doc).Bind(3, static_cast<int64_t>(start))
            .Bind(4, static_cast<int64_t>(end));
        if (es.Step() != SQLITE_DONE) return SqlError(db_, "insert event source");
      }
    }
    Stmt c(db_, "INSERT INTO calls (doc_id, person_id, organization, json) VALUES (?,?,?,?)");
    for (const auto& r : cases.calls) {
      sqlite3_reset(c.get());
      c.Bind(1, r.doc_id).Bind(2, r.person_id).Bind(3, r.organization).Bind(4, r.json);
      if (c.Step() != SQLITE_DONE) return SqlError(db_, "insert call");
    }
    Stmt pr(db_, "INSERT OR REPLACE INTO person_refs (doc_id, key, person_id) VALUES (?,?,?)");
    for (const auto& [k, id] : cases.person_refs) {
      sqlite3_reset(pr.get());
      pr.Bind(1, k.doc_id).Bind(2, k.key).Bind(3, id);
      if (pr.Step() != SQLITE_DONE) return SqlError(db_, "insert person reference");
    }
    return Status::Ok();
  });
}

Result<CaseIds> SqliteStore::GetCaseIds() {
  CaseIds ids;
  {
    Stmt st(db_, "SELECT doc_id, key, person_id FROM person_refs");
    int rc;
    while ((rc = st.Step()) == SQLITE_ROW)
      ids.person_refs.push_back({{st.Int(0), st.Text(1)}, st.Int(2)});
    if (rc != SQLITE_DONE) return SqlError(db_, "person references");
  }
  {
    Stmt st(db_,
            "SELECT s.doc_id, s.start, e.type, e.id, e.person_id FROM event_sources s "
            "JOIN events e ON e.id = s.event_id");
    int rc;
    while ((rc = st.Step()) == SQLITE_ROW) {
      ids.event_sources.push_back(
          {{st.Int(0), static_cast<uint32_t>(st.Int(1)), st.Text(2), st.Int(4)}, st.Int(3)});
    }
    if (rc != SQLITE_DONE) return SqlError(db_, "event sources");
  }
  // AUTOINCREMENT's counters: ids are never reused, even after deletion.
  DOSSIER_ASSIGN_OR_RETURN(int64_t p,
                           QueryInt("SELECT seq FROM sqlite_sequence WHERE name = 'persons'"));
  DOSSIER_ASSIGN_OR_RETURN(int64_t e,
                           QueryInt("SELECT seq FROM sqlite_sequence WHERE name = 'events'"));
  ids.next_person_id = p + 1;
  ids.next_event_id = e + 1;
  return ids;
}

std::string SqliteStore::PersonWhere(const PersonFilter& f) {
  std::string w = " WHERE 1";
  if (!f.key.empty()) w += " AND instr(keys, ?1) > 0";
  if (!f.country.empty()) w += " AND instr(countries, ' ' || ?2 || ' ') > 0";
  if (!f.status.empty()) w += " AND status = ?3";
  if (!f.role.empty()) w += " AND instr(roles, ' ' || ?4 || ' ') > 0";
  if (!f.event_type.empty()) w += " AND instr(event_types, ' ' || ?5 || ' ') > 0";
  // Partial dates overlap: 2019 matches events in 2019-08.
  if (!f.from.empty()) w += " AND last_date <> '' AND substr(last_date, 1, length(?6)) >= ?6";
  if (!f.to.empty()) w += " AND first_date <> '' AND substr(first_date, 1, length(?7)) <= ?7";
  if (!f.review.empty()) w += " AND review = (CASE ?8 WHEN 'pending' THEN '' ELSE ?8 END)";
  if (f.merged >= 0) w += " AND merged = ?9";
  if (f.id != 0) w += " AND id = ?10";
  return w;
}

void SqliteStore::BindPersonFilter(Stmt* st, const PersonFilter& f) {
  if (!f.key.empty()) st->Bind(1, f.key);
  if (!f.country.empty()) st->Bind(2, f.country);
  if (!f.status.empty()) st->Bind(3, f.status);
  if (!f.role.empty()) st->Bind(4, f.role);
  if (!f.event_type.empty()) st->Bind(5, f.event_type);
  if (!f.from.empty()) st->Bind(6, f.from);
  if (!f.to.empty()) st->Bind(7, f.to);
  if (!f.review.empty()) st->Bind(8, f.review);
  if (f.merged >= 0) st->Bind(9, int64_t{f.merged});
  if (f.id != 0) st->Bind(10, f.id);
}

std::string SqliteStore::EventWhere(const EventFilter& f) {
  std::string w = " WHERE 1";
  if (f.person_id != 0) w += " AND e.person_id = ?1";
  if (!f.type.empty()) w += " AND e.type = ?2";
  if (!f.review.empty()) w += " AND e.review = (CASE ?3 WHEN 'pending' THEN '' ELSE ?3 END)";
  return w;
}

void SqliteStore::BindEventFilter(Stmt* st, const EventFilter& f) {
  if (f.person_id != 0) st->Bind(1, f.person_id);
  if (!f.type.empty()) st->Bind(2, f.type);
  if (!f.review.empty()) st->Bind(3, f.review);
}

constexpr const char* kPersonColumns =
    "SELECT id, name, status, status_date, as_of, countries, roles, event_types, first_date, "
    "last_date, event_count, source_count, keys, json, review, merged FROM persons";

PersonRow ReadPerson(const Stmt& st) {
  PersonRow r;
  r.id = st.Int(0);
  r.name = st.Text(1);
  r.status = st.Text(2);
  r.status_date = st.Text(3);
  r.as_of = st.Text(4);
  r.countries = SplitSpaced(st.Text(5));
  r.roles = SplitSpaced(st.Text(6));
  r.event_types = SplitSpaced(st.Text(7));
  r.first_date = st.Text(8);
  r.last_date = st.Text(9);
  r.events = st.Int(10);
  r.sources = st.Int(11);
  r.keys = st.Text(12);
  r.json = st.Text(13);
  r.review = st.Text(14);
  r.merged = st.Int(15) != 0;
  return r;
}

Result<std::vector<PersonRow>> SqliteStore::ListPersons(const PersonFilter& f) {
  // The page's ids first, from the indexes alone; then their rows. One
  // query would carry every matching profile through the sort.
  // Filters no index can seek scan the covering index (bounded by the
  // number of persons) rather than walk a sort index row by row.
  const bool scan = !f.key.empty() || !f.country.empty() || !f.role.empty() ||
                    !f.event_type.empty() || !f.from.empty() || !f.to.empty();
  std::string sql = std::string("SELECT id FROM persons") +
                    (scan ? " INDEXED BY persons_filter" : "") + PersonWhere(f);
  switch (f.sort) {
    case PersonFilter::Sort::kName: sql += " ORDER BY name, id"; break;
    case PersonFilter::Sort::kLatest: sql += " ORDER BY last_date DESC, name, id"; break;
    case PersonFilter::Sort::kEvents: sql += " ORDER BY event_count DESC, name, id"; break;
    case PersonFilter::Sort::kSources: sql += " ORDER BY source_count DESC, name, id"; break;
  }
  sql += " LIMIT " + std::to_string(std::max(0, f.limit)) + " OFFSET " +
         std::to_string(std::max(0, f.offset));
  Stmt ids(db_, sql.c_str());
  if (!ids.ok()) return SqlError(db_, "list persons");
  BindPersonFilter(&ids, f);
  Stmt row(db_, (std::string(kPersonColumns) + " WHERE id = ?").c_str());
  std::vector<PersonRow> out;
  int rc;
  while ((rc = ids.Step()) == SQLITE_ROW) {
    sqlite3_reset(row.get());
    row.Bind(1, ids.Int(0));
    if (row.Step() != SQLITE_ROW) return SqlError(db_, "list persons");
    out.push_back(ReadPerson(row));
  }
  if (rc != SQLITE_DONE) return SqlError(db_, "list persons");
  return out;
}

Result<int64_t> SqliteStore::CountPersons(const PersonFilter& f) {
  return Count("SELECT count(*) FROM persons" + PersonWhere(f), &BindPersonFilter, f);
}

Result<PersonRow> SqliteStore::GetPerson(int64_t id) {
  std::string sql = std::string(kPersonColumns) + " WHERE id = ?";
  Stmt st(db_, sql.c_str());
  st.Bind(1, id);
  int rc = st.Step();
  if (rc == SQLITE_DONE) return NotFoundError("no person with id " + std::to_string(id));
  if (rc != SQLITE_ROW) return SqlError(db_, "get person");
  return ReadPerson(st);
}

constexpr const char* kEventColumns =
    "SELECT e.id, e.person_id, e.type, e.date, e.json, e.review, coalesce(p.name, '') "
    "FROM events e LEFT JOIN persons p ON p.id = e.person_id";

EventRow ReadEvent(const Stmt& st) {
  return {st.Int(0), st.Int(1), st.Text(2), st.Text(3), st.Text(4), {}, st.Text(5), st.Text(6)};
}

Status SqliteStore::ReadEventSources(std::vector<EventRow>* events) {
  Stmt s(db_, "SELECT doc_id, start, end FROM event_sources WHERE event_id = ? ORDER BY doc_id, start");
  int rc;
  for (auto& e : *events) {
    sqlite3_reset(s.get());
    s.Bind(1, e.id);
    while ((rc = s.Step()) == SQLITE_ROW) {
      e.sources.emplace_back(s.Int(0), static_cast<uint32_t>(s.Int(1)),
                             static_cast<uint32_t>(s.Int(2)));
    }
    if (rc != SQLITE_DONE) return SqlError(db_, "event sources");
  }
  return Status::Ok();
}

Result<std::vector<EventRow>> SqliteStore::ListEvents(const EventFilter& f) {
  std::string sql = std::string(kEventColumns) + EventWhere(f) + " ORDER BY e.id LIMIT " +
                    std::to_string(f.limit < 0 ? -1 : f.limit) + " OFFSET " +
                    std::to_string(std::max(0, f.offset));
  Stmt st(db_, sql.c_str());
  if (!st.ok()) return SqlError(db_, "list events");
  BindEventFilter(&st, f);
  std::vector<EventRow> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) out.push_back(ReadEvent(st));
  if (rc != SQLITE_DONE) return SqlError(db_, "list events");
  DOSSIER_RETURN_IF_ERROR(ReadEventSources(&out));
  return out;
}

Result<int64_t> SqliteStore::CountEvents(const EventFilter& f) {
  return Count("SELECT count(*) FROM events e" + EventWhere(f), &BindEventFilter, f);
}

Result<EventRow> SqliteStore::GetEvent(int64_t id) {
  Stmt st(db_, (std::string(kEventColumns) + " WHERE e.id = ?").c_str());
  st.Bind(1, id);
  int rc = st.Step();
  if (rc == SQLITE_DONE) return NotFoundError("no event with id " + std::to_string(id));
  if (rc != SQLITE_ROW) return SqlError(db_, "get event");
  std::vector<EventRow> one{ReadEvent(st)};
  DOSSIER_RETURN_IF_ERROR(ReadEventSources(&one));
  return std::move(one.front());
}

Result<std::vector<int64_t>> SqliteStore::FindEventsBySource(int64_t doc_id, uint32_t start) {
  Stmt st(db_, "SELECT DISTINCT event_id FROM event_sources WHERE doc_id = ? AND start = ? ORDER BY 1");
  st.Bind(1, doc_id).Bind(2, static_cast<int64_t>(start));
  std::vector<int64_t> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) out.push_back(st.Int(0));
  if (rc != SQLITE_DONE) return SqlError(db_, "find events by source");
  return out;
}

Result<std::vector<CallRow>> SqliteStore::ListCalls() {
  Stmt st(db_, "SELECT doc_id, person_id, organization, json FROM calls ORDER BY id");
  std::vector<CallRow> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) out.push_back({st.Int(0), st.Int(1), st.Text(2), st.Text(3)});
  if (rc != SQLITE_DONE) return SqlError(db_, "list calls");
  return out;
}

Status SqliteStore::ChangeOverrides(const std::vector<resolve::Override>& add,
                                    const std::vector<int64_t>& remove) {
  return InTransaction([&]() -> Status {
    Stmt del(db_, "DELETE FROM overrides WHERE id = ?");
    for (int64_t id : remove) {
      sqlite3_reset(del.get());
      del.Bind(1, id);
      if (del.Step() != SQLITE_DONE) return SqlError(db_, "remove override");
      if (sqlite3_changes(db_) == 0) return NotFoundError("no override with id " + std::to_string(id));
    }
    Stmt st(db_,
            "INSERT INTO overrides (id, kind, doc_a, key_a, doc_b, key_b, created_at, note) "
            "VALUES (NULLIF(?,0),?,?,?,?,?,?,?)");
    for (const auto& o : add) {
      sqlite3_reset(st.get());
      st.Bind(1, o.id).Bind(2, o.kind == resolve::Override::Kind::kMerge ? "merge" : "split")
          .Bind(3, o.a.doc_id).Bind(4, o.a.key).Bind(5, o.b.doc_id).Bind(6, o.b.key)
          .Bind(7, o.created_at.empty() ? NowUtc() : o.created_at).Bind(8, o.note);
      if (st.Step() != SQLITE_DONE) return SqlError(db_, "add override");
    }
    return Status::Ok();
  });
}

Result<std::vector<resolve::Override>> SqliteStore::ListOverrides() {
  Stmt st(db_,
          "SELECT id, kind, doc_a, key_a, doc_b, key_b, created_at, note FROM overrides ORDER BY id");
  std::vector<resolve::Override> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    resolve::Override o;
    o.id = st.Int(0);
    o.kind = st.Text(1) == "merge" ? resolve::Override::Kind::kMerge : resolve::Override::Kind::kSplit;
    o.a = {st.Int(2), st.Text(3)};
    o.b = {st.Int(4), st.Text(5)};
    o.created_at = st.Text(6);
    o.note = st.Text(7);
    out.push_back(std::move(o));
  }
  if (rc != SQLITE_DONE) return SqlError(db_, "list overrides");
  return out;
}



}  // namespace

bool HasPrefix(const QueryNode& q) {
  if (q.kind == QueryNode::Kind::kPrefix) return true;
  for (const auto& c : q.children) {
    if (HasPrefix(c)) return true;
  }
  return false;
}

Result<std::string> ToFts5(const QueryNode& q) {
  using K = QueryNode::Kind;
  switch (q.kind) {
    case K::kTerm:
      return QuoteFts(q.text);
    case K::kPrefix:
      return QuoteFts(q.text) + " *";
    case K::kPhrase:
      return QuoteFts(q.text);
    case K::kNot:
      return InvalidArgumentError("a negated term needs a positive term beside it");
    case K::kOr: {
      std::string out;
      for (const auto& c : q.children) {
        DOSSIER_ASSIGN_OR_RETURN(std::string s, ToFts5(c));
        if (!out.empty()) out += " OR ";
        out += "(" + s + ")";
      }
      if (out.empty()) return InvalidArgumentError("empty query");
      return out;
    }
    case K::kAnd: {
      std::string pos, neg;
      for (const auto& c : q.children) {
        if (c.kind == K::kNot) {
          if (c.children.size() != 1) return InvalidArgumentError("malformed negation");
          DOSSIER_ASSIGN_OR_RETURN(std::string s, ToFts5(c.children[0]));
          neg += " NOT (" + s + ")";
        } else {
          DOSSIER_ASSIGN_OR_RETURN(std::string s, ToFts5(c));
          if (!pos.empty()) pos += " AND ";
          pos += "(" + s + ")";
        }
      }
      if (pos.empty()) {
        return InvalidArgumentError("a query needs at least one term that is not negated");
      }
      return neg.empty() ? pos : "(" + pos + ")" + neg;
    }
  }
  return InternalError("unknown query node");
}

Result<std::unique_ptr<Store>> OpenSqliteStore(const StoreOptions& options) {
  namespace fs = std::filesystem;
  std::error_code ec;
  bool exists = fs::exists(options.path, ec);
  if (!exists && !options.create_if_missing) {
    return NotFoundError(options.path + ": no database here (create one with `dossier ingest`)");
  }
  if (exists && fs::is_directory(options.path, ec)) {
    return InvalidArgumentError(options.path + ": is a directory, not a database file");
  }
  if (!exists) {
    auto parent = fs::path(options.path).parent_path();
    if (!parent.empty() && !fs::is_directory(parent, ec)) {
      return NotFoundError(options.path + ": directory " + parent.string() + " does not exist");
    }
  }
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX |
              (options.create_if_missing ? SQLITE_OPEN_CREATE : 0);
  int rc = sqlite3_open_v2(options.path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close_v2(db);
    return UnavailableError(options.path + ": cannot open database: " + msg);
  }
  auto store = std::make_unique<SqliteStore>(db, options.path);
  DOSSIER_RETURN_IF_ERROR(store->Init());
  return std::unique_ptr<Store>(std::move(store));
}

// ---- The web app -------------------------------------------------------------

namespace {

UserRow ReadUser(const Stmt& st) {
  return {st.Int(0), st.Text(1), st.Text(2), st.Text(3), st.Text(4)};
}

constexpr const char* kUserColumns = "SELECT id, name, role, password_hash, created_at FROM users";

}  // namespace

Result<int64_t> SqliteStore::AddUser(const UserRow& u) {
  Stmt st(db_, "INSERT INTO users (name, role, password_hash, created_at) VALUES (?,?,?,?)");
  st.Bind(1, u.name).Bind(2, u.role).Bind(3, u.password_hash)
      .Bind(4, u.created_at.empty() ? NowUtc() : u.created_at);
  int rc = st.Step();
  if (rc == SQLITE_CONSTRAINT) return AlreadyExistsError("user " + u.name + " already exists");
  if (rc != SQLITE_DONE) return SqlError(db_, "add user");
  return static_cast<int64_t>(sqlite3_last_insert_rowid(db_));
}

Result<UserRow> SqliteStore::GetUser(const std::string& name) {
  Stmt st(db_, (std::string(kUserColumns) + " WHERE name = ?").c_str());
  st.Bind(1, name);
  int rc = st.Step();
  if (rc == SQLITE_ROW) return ReadUser(st);
  if (rc == SQLITE_DONE) return NotFoundError("no user named " + name);
  return SqlError(db_, "get user");
}

Result<UserRow> SqliteStore::GetUserById(int64_t id) {
  Stmt st(db_, (std::string(kUserColumns) + " WHERE id = ?").c_str());
  st.Bind(1, id);
  int rc = st.Step();
  if (rc == SQLITE_ROW) return ReadUser(st);
  if (rc == SQLITE_DONE) return NotFoundError("no user with id " + std::to_string(id));
  return SqlError(db_, "get user");
}

Result<std::vector<UserRow>> SqliteStore::ListUsers() {
  Stmt st(db_, (std::string(kUserColumns) + " ORDER BY name").c_str());
  std::vector<UserRow> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) out.push_back(ReadUser(st));
  if (rc != SQLITE_DONE) return SqlError(db_, "list users");
  return out;
}

Status SqliteStore::UpdateUser(const UserRow& u) {
  Stmt st(db_, "UPDATE users SET role = ?, password_hash = ? WHERE name = ?");
  st.Bind(1, u.role).Bind(2, u.password_hash).Bind(3, u.name);
  if (st.Step() != SQLITE_DONE) return SqlError(db_, "update user");
  if (sqlite3_changes(db_) == 0) return NotFoundError("no user named " + u.name);
  return Status::Ok();
}

Status SqliteStore::DeleteUser(const std::string& name) {
  Stmt st(db_, "DELETE FROM users WHERE name = ?");
  st.Bind(1, name);
  if (st.Step() != SQLITE_DONE) return SqlError(db_, "delete user");
  if (sqlite3_changes(db_) == 0) return NotFoundError("no user named " + name);
  return Status::Ok();
}

Status SqliteStore::PutSession(const SessionRow& r) {
  Stmt st(db_,
          "INSERT INTO sessions (token_hash, user_id, csrf, created_at, expires_at) "
          "VALUES (?,?,?,?,?)");
  st.Bind(1, r.token_hash).Bind(2, r.user_id).Bind(3, r.csrf)
      .Bind(4, r.created_at.empty() ? NowUtc() : r.created_at).Bind(5, r.expires_at);
  if (st.Step() != SQLITE_DONE) return SqlError(db_, "put session");
  // Expired sessions are dropped as new ones are made.
  Stmt gc(db_, "DELETE FROM sessions WHERE expires_at < ?");
  gc.Bind(1, NowUtc());
  if (gc.Step() != SQLITE_DONE) return SqlError(db_, "expire sessions");
  return Status::Ok();
}

Result<std::optional<SessionRow>> SqliteStore::GetSession(const std::string& token_hash) {
  Stmt st(db_,
          "SELECT token_hash, user_id, csrf, created_at, expires_at FROM sessions "
          "WHERE token_hash = ?");
  st.Bind(1, token_hash);
  int rc = st.Step();
  if (rc == SQLITE_DONE) return std::optional<SessionRow>();
  if (rc != SQLITE_ROW) return SqlError(db_, "get session");
  return std::optional<SessionRow>(
      SessionRow{st.Text(0), st.Int(1), st.Text(2), st.Text(3), st.Text(4)});
}

Status SqliteStore::DeleteSession(const std::string& token_hash) {
  Stmt st(db_, "DELETE FROM sessions WHERE token_hash = ?");
  st.Bind(1, token_hash);
  if (st.Step() != SQLITE_DONE) return SqlError(db_, "delete session");
  return Status::Ok();
}

Status SqliteStore::DeleteUserSessions(int64_t user_id) {
  Stmt st(db_, "DELETE FROM sessions WHERE user_id = ?");
  st.Bind(1, user_id);
  if (st.Step() != SQLITE_DONE) return SqlError(db_, "delete sessions");
  return Status::Ok();
}

Result<int64_t> SqliteStore::AddToken(const TokenRow& t) {
  Stmt st(db_, "INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (?,?,?,?)");
  st.Bind(1, t.user_id).Bind(2, t.name).Bind(3, t.token_hash)
      .Bind(4, t.created_at.empty() ? NowUtc() : t.created_at);
  if (st.Step() != SQLITE_DONE) return SqlError(db_, "add token");
  return static_cast<int64_t>(sqlite3_last_insert_rowid(db_));
}

Result<std::optional<TokenRow>> SqliteStore::FindToken(const std::string& token_hash) {
  Stmt st(db_, "SELECT id, user_id, name, token_hash, created_at FROM api_tokens WHERE token_hash = ?");
  st.Bind(1, token_hash);
  int rc = st.Step();
  if (rc == SQLITE_DONE) return std::optional<TokenRow>();
  if (rc != SQLITE_ROW) return SqlError(db_, "find token");
  return std::optional<TokenRow>(TokenRow{st.Int(0), st.Int(1), st.Text(2), st.Text(3), st.Text(4)});
}

Result<std::vector<TokenRow>> SqliteStore::ListTokens(int64_t user_id) {
  Stmt st(db_,
          "SELECT id, user_id, name, '', created_at FROM api_tokens WHERE user_id = ? ORDER BY id");
  st.Bind(1, user_id);
  std::vector<TokenRow> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW)
    out.push_back({st.Int(0), st.Int(1), st.Text(2), st.Text(3), st.Text(4)});
  if (rc != SQLITE_DONE) return SqlError(db_, "list tokens");
  return out;
}

Status SqliteStore::DeleteToken(int64_t user_id, int64_t id) {
  Stmt st(db_, "DELETE FROM api_tokens WHERE id = ? AND user_id = ?");
  st.Bind(1, id).Bind(2, user_id);
  if (st.Step() != SQLITE_DONE) return SqlError(db_, "delete token");
  if (sqlite3_changes(db_) == 0) return NotFoundError("no token with id " + std::to_string(id));
  return Status::Ok();
}

Status SqliteStore::AppendAudit(const AuditRow& a) {
  Stmt st(db_, "INSERT INTO audit_log (at, user, action, target, detail) VALUES (?,?,?,?,?)");
  st.Bind(1, a.at.empty() ? NowUtc() : a.at).Bind(2, a.user).Bind(3, a.action).Bind(4, a.target)
      .Bind(5, a.detail);
  if (st.Step() != SQLITE_DONE) return SqlError(db_, "append audit");
  return Status::Ok();
}

Result<std::vector<AuditRow>> SqliteStore::ListAudit(int limit, int offset) {
  Stmt st(db_,
          "SELECT id, at, user, action, target, detail FROM audit_log ORDER BY id DESC "
          "LIMIT ? OFFSET ?");
  st.Bind(1, static_cast<int64_t>(limit)).Bind(2, static_cast<int64_t>(offset));
  std::vector<AuditRow> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW)
    out.push_back({st.Int(0), st.Text(1), st.Text(2), st.Text(3), st.Text(4), st.Text(5)});
  if (rc != SQLITE_DONE) return SqlError(db_, "list audit");
  return out;
}

Result<int64_t> SqliteStore::CountAudit() { return QueryInt("SELECT count(*) FROM audit_log"); }

Status SqliteStore::ApplyReviewMark(const ReviewMark& m) {
  if (m.kind == ReviewMark::Kind::kPerson) {
    Stmt st(db_,
            "UPDATE persons SET review = ?2, json = json_set(json, '$.review', json(?3)) "
            "WHERE id = ?1");
    st.Bind(1, m.id).Bind(2, m.status).Bind(3, m.review_json);
    if (st.Step() != SQLITE_DONE) return SqlError(db_, "mark person reviewed");
    return Status::Ok();
  }
  Stmt ev(db_,
          "UPDATE events SET review = ?2, json = json_set(json, '$.review', json(?3)) WHERE id = ?1");
  ev.Bind(1, m.id).Bind(2, m.status).Bind(3, m.review_json);
  if (ev.Step() != SQLITE_DONE) return SqlError(db_, "mark event reviewed");
  // The same event in its person's profile.
  Stmt pr(db_,
          "UPDATE persons SET json = json_set(json, path, json(?2)) FROM ("
          "  SELECT p.id AS pid, '$.events[' || x.key || '].review' AS path"
          "  FROM events e JOIN persons p ON p.id = e.person_id, json_each(p.json, '$.events') x"
          "  WHERE e.id = ?1 AND json_extract(x.value, '$.id') = ?1) "
          "WHERE persons.id = pid");
  pr.Bind(1, m.id).Bind(2, m.review_json);
  if (pr.Step() != SQLITE_DONE) return SqlError(db_, "mark event reviewed");
  return Status::Ok();
}

Status SqliteStore::PutReviews(const std::vector<ReviewRow>& reviews, const AuditRow& audit,
                               const ReviewMark* mark) {
  return InTransaction([&]() -> Status {
    Stmt st(db_,
            "INSERT OR REPLACE INTO reviews (id, kind, doc_id, start, event_type, ref_key, action, "
            "fields, user, at, note) VALUES (NULLIF(?,0),?,?,?,?,?,?,?,?,?,?)");
    for (const auto& r : reviews) {
      sqlite3_reset(st.get());
      st.Bind(1, r.id).Bind(2, r.kind).Bind(3, r.doc_id).Bind(4, static_cast<int64_t>(r.start))
          .Bind(5, r.event_type).Bind(6, r.ref_key).Bind(7, r.action)
          .Bind(8, r.fields.empty() ? "{}" : r.fields).Bind(9, r.user)
          .Bind(10, r.at.empty() ? NowUtc() : r.at).Bind(11, r.note);
      if (st.Step() != SQLITE_DONE) return SqlError(db_, "put review");
    }
    if (mark) DOSSIER_RETURN_IF_ERROR(ApplyReviewMark(*mark));
    return AppendAudit(audit);
  });
}

Result<std::vector<ReviewRow>> SqliteStore::ListReviews() {
  Stmt st(db_,
          "SELECT id, kind, doc_id, start, event_type, ref_key, action, fields, user, at, note "
          "FROM reviews ORDER BY id");
  std::vector<ReviewRow> out;
  int rc;
  while ((rc = st.Step()) == SQLITE_ROW) {
    out.push_back({st.Int(0), st.Text(1), st.Int(2), static_cast<uint32_t>(st.Int(3)), st.Text(4),
                   st.Text(5), st.Text(6), st.Text(7), st.Text(8), st.Text(9), st.Text(10)});
  }
  if (rc != SQLITE_DONE) return SqlError(db_, "list reviews");
  return out;
}

}  // namespace dossier::store
