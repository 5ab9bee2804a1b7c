// Unit tests of the store module (SQLite backend with FTS5), each in a fresh
// temporary directory.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "base/hash.h"
#include "ingest/near_dup.h"
#include "store/sqlite_store.h"
#include "store/store.h"
#include "temp_dir.h"

namespace dossier::store {
namespace {

namespace fs = std::filesystem;

using ::dossier::testing::TempDir;

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void WriteAll(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Runs SQL on a database file directly (outside the store).
void RawExec(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* err = nullptr;
  int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err);
  EXPECT_EQ(rc, SQLITE_OK) << (err ? err : "");
  sqlite3_free(err);
  sqlite3_close(db);
}

int64_t RawCount(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  int64_t n = -1;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK &&
      sqlite3_step(st) == SQLITE_ROW) {
    n = sqlite3_column_int64(st, 0);
  } else {
    ADD_FAILURE() << sql << ": " << sqlite3_errmsg(db);
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return n;
}

struct DocSpec {
  std::string title;
  std::string body;
  std::string published;
  std::string publisher;
  std::string language;
  std::string path;
};

Document MakeDoc(const DocSpec& s) {
  Document d;
  d.source_path = s.path;
  d.format = Format::kText;
  d.encoding = "UTF-8";
  d.original = s.title + "\n\n" + s.body + "\n";
  d.sha256 = Sha256Hex(d.original);
  d.clean.text = s.title + "\n\n" + s.body;
  d.clean.map.Append(0, 0, static_cast<uint32_t>(s.title.size()));
  d.clean.map.Append(static_cast<uint32_t>(s.title.size() + 2),
                     static_cast<uint32_t>(s.title.size() + 2),
                     static_cast<uint32_t>(s.body.size()));
  d.meta.title = {s.title, "text"};
  d.meta.published = {s.published, s.published.empty() ? "" : "dateline"};
  d.meta.publisher = {s.publisher, s.publisher.empty() ? "" : "text"};
  d.meta.language = {s.language, "cld2"};
  d.minhash = ingest::MinHashSignature(d.clean.text);
  return d;
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.File("dossier.db");
    StoreOptions o;
    o.path = path_;
    auto r = OpenStore(o);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    store_ = std::move(r).value();
  }

  int64_t Put(const Document& d, const std::vector<uint64_t>& keys = {},
              const std::vector<NearDuplicate>& near = {}) {
    auto r = store_->PutDocument(d, keys, near);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : -1;
  }

  TempDir dir_;
  std::string path_;
  std::unique_ptr<Store> store_;
};

const DocSpec kTeacher = {
    "Teacher detained in Northtown",
    "The history teacher Ivan Fictionov was detained by police in Northtown and later "
    "sentenced to six years in a prison colony for posts on a neighbourhood forum.",
    "2022-11", "Example Rights Watch", "en", "teacher.txt"};
const DocSpec kRussian = {
    "Приговор учителю",
    "Суд Нортауна вынес ПРИГОВОР учителю истории Ивану Фиктионову. Учитель отправлен в "
    "исправительную колонию на шесть лет.",
    "2023-03-05", "Комитет защиты учителей", "ru", "ru.txt"};
const DocSpec kFrench = {
    "Procès à Lyonnel",
    "La défense dénonce la détention arbitraire de Mme Hélène Vardier et un procès "
    "inéquitable devant le tribunal de Lyonnel.",
    "2021", "Ligue fictive des libertés", "fr", "fr.txt"};
const DocSpec kReport = {
    "Annual report on rural schools",
    "The report covers school budgets and salaries in the rural districts. In one case a "
    "teacher was detained after writing about the budget of his school. The report "
    "recommends more funding for rural schools and better training for head teachers, "
    "and it lists the districts where buildings need urgent repairs before the winter.",
    "2023-06-10", "Northtown Courier", "en", "report.txt"};
const DocSpec kInquiry = {
    "Inquiry into the warehouse fire",
    "The investigation into the warehouse fire continues; the investigators have "
    "interviewed twelve witnesses so far.",
    "", "", "en", "inquiry.txt"};

// ---------------------------------------------------------------------------
// Opening

TEST(OpenStoreTest, CreatesDatabaseFile) {
  TempDir dir;
  std::string path = dir.File("new.db");
  ASSERT_FALSE(fs::exists(path));
  {
    auto r = OpenStore({path, true});
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_TRUE(fs::exists(path));
    auto stats = (*r)->GetStats();
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats->documents, 0);
    EXPECT_EQ(stats->schema_version, kSchemaVersion);
  }
  EXPECT_EQ(RawCount(path, "PRAGMA application_id"), kApplicationId);
  EXPECT_EQ(RawCount(path, "PRAGMA user_version"), kSchemaVersion);
}

TEST(OpenStoreTest, ReopensAndKeepsDocuments) {
  TempDir dir;
  std::string path = dir.File("keep.db");
  int64_t id = 0;
  {
    auto r = OpenStore({path, true});
    ASSERT_TRUE(r.ok());
    auto put = (*r)->PutDocument(MakeDoc(kTeacher), {}, {});
    ASSERT_TRUE(put.ok()) << put.status().ToString();
    id = *put;
  }
  auto r = OpenStore({path, false});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  auto d = (*r)->GetDocument(id, false);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->meta.title.value, kTeacher.title);
}

TEST(OpenStoreTest, MissingWithoutCreateIsNotFound) {
  TempDir dir;
  std::string path = dir.File("missing.db");
  auto r = OpenStore({path, false});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_NE(r.status().message().find(path), std::string::npos);
  EXPECT_FALSE(fs::exists(path));
}

TEST(OpenStoreTest, MissingDirectoryIsNotFound) {
  TempDir dir;
  auto r = OpenStore({dir.File("no/such/dir/x.db"), true});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
}

TEST(OpenStoreTest, DirectoryIsInvalidArgument) {
  TempDir dir;
  auto r = OpenStore({dir.path().string(), true});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
}

TEST(OpenStoreTest, NonSqliteFileFailsAndIsUntouched) {
  TempDir dir;
  std::string path = dir.File("notes.txt");
  WriteAll(path, "hello world");
  auto r = OpenStore({path, true});
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find(path), std::string::npos) << r.status().message();
  EXPECT_EQ(ReadAll(path), "hello world");

  // A larger non-database file too.
  std::string big_path = dir.File("big.txt");
  std::string big(10000, 'x');
  WriteAll(big_path, big);
  auto b = OpenStore({big_path, true});
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(ReadAll(big_path), big);
}

TEST(OpenStoreTest, NewerSchemaFails) {
  TempDir dir;
  std::string path = dir.File("future.db");
  RawExec(path, "PRAGMA application_id = " + std::to_string(kApplicationId) +
                    "; PRAGMA user_version = 99; CREATE TABLE future_things (x);");
  std::string before = ReadAll(path);
  auto r = OpenStore({path, true});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(r.status().message().find("newer"), std::string::npos) << r.status().message();
  EXPECT_EQ(ReadAll(path), before);
  EXPECT_EQ(RawCount(path, "PRAGMA user_version"), 99);
}

TEST(OpenStoreTest, ForeignSqliteDatabaseFails) {
  TempDir dir;
  std::string path = dir.File("recipes.db");
  RawExec(path,
          "CREATE TABLE recipes (name TEXT, minutes INTEGER);"
          "INSERT INTO recipes VALUES ('barley soup', 40);");
  std::string before = ReadAll(path);
  auto r = OpenStore({path, true});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_NE(r.status().message().find("not a Dossier database"), std::string::npos)
      << r.status().message();
  EXPECT_EQ(ReadAll(path), before);
  EXPECT_EQ(RawCount(path, "SELECT count(*) FROM sqlite_master WHERE name = 'documents'"), 0);
  EXPECT_EQ(RawCount(path, "PRAGMA user_version"), 0);
}

// ---------------------------------------------------------------------------
// Documents

TEST_F(StoreTest, PutThenGetRoundTrip) {
  Document d = MakeDoc(kRussian);
  d.format = Format::kHtml;
  d.encoding = "windows-1251";
  d.original = std::string("\xCF\xF0\xE8\0\xE3\xEE\xE2\xEE\xF0", 9);  // binary, with a NUL
  d.sha256 = Sha256Hex(d.original);
  d.meta.url = "https://news.example.org/2023/03/05/verdict";
  d.clean.map.page_starts() = {0, 40};
  int64_t id = Put(d);
  ASSERT_GT(id, 0);

  auto got = store_->GetDocument(id, /*with_original=*/true);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(got->id, id);
  EXPECT_EQ(got->sha256, d.sha256);
  EXPECT_EQ(got->source_path, d.source_path);
  EXPECT_EQ(got->format, Format::kHtml);
  EXPECT_EQ(got->encoding, "windows-1251");
  EXPECT_EQ(got->original, d.original);
  EXPECT_EQ(got->clean.text, d.clean.text);
  EXPECT_EQ(got->clean.map, d.clean.map);
  EXPECT_EQ(got->minhash, d.minhash);
  EXPECT_EQ(got->meta.title.value, d.meta.title.value);
  EXPECT_EQ(got->meta.title.source, "text");
  EXPECT_EQ(got->meta.published.value, "2023-03-05");
  EXPECT_EQ(got->meta.published.source, "dateline");
  EXPECT_EQ(got->meta.publisher.value, "Комитет защиты учителей");
  EXPECT_EQ(got->meta.publisher.source, "text");
  EXPECT_EQ(got->meta.language.value, "ru");
  EXPECT_EQ(got->meta.language.source, "cld2");
  EXPECT_EQ(got->meta.url, d.meta.url);
  EXPECT_FALSE(got->ingested_at.empty());  // set by the store
  EXPECT_EQ(got->ingested_at.size(), 20u) << got->ingested_at;  // YYYY-MM-DDTHH:MM:SSZ
  EXPECT_EQ(got->ingested_at.back(), 'Z');

  auto without = store_->GetDocument(id, /*with_original=*/false);
  ASSERT_TRUE(without.ok());
  EXPECT_TRUE(without->original.empty());
  EXPECT_EQ(without->clean.text, d.clean.text);

  auto missing = store_->GetDocument(id + 100, false);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

TEST_F(StoreTest, GivenIngestedAtIsKept) {
  Document d = MakeDoc(kTeacher);
  d.ingested_at = "2024-01-02T03:04:05Z";
  int64_t id = Put(d);
  EXPECT_EQ(store_->GetDocument(id, false)->ingested_at, "2024-01-02T03:04:05Z");
}

TEST_F(StoreTest, DuplicateHashIsAlreadyExists) {
  Document d = MakeDoc(kTeacher);
  int64_t id = Put(d);
  Document again = MakeDoc(kFrench);
  again.sha256 = d.sha256;
  auto r = store_->PutDocument(again, {}, {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kAlreadyExists);
  // Nothing of the failed insert remains.
  auto list = store_->ListDocuments({});
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ((*list)[0].id, id);
  SearchFilters none;
  QueryNode q{QueryNode::Kind::kTerm, "Vardier", {}};
  EXPECT_EQ(store_->Search(q, none, {}, 10, 0)->total, 0);
}

TEST_F(StoreTest, FindByHash) {
  Document d = MakeDoc(kTeacher);
  int64_t id = Put(d);
  auto found = store_->FindByHash(d.sha256);
  ASSERT_TRUE(found.ok());
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ(**found, id);
  auto none = store_->FindByHash(Sha256Hex("something else"));
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
}

TEST_F(StoreTest, BandKeysFindCandidates) {
  Document a = MakeDoc(kReport);
  Document b = MakeDoc(kTeacher);
  ASSERT_EQ(a.minhash.size(), static_cast<size_t>(ingest::kMinHashSize));
  auto keys_a = ingest::LshBandKeys(a.minhash);
  auto keys_b = ingest::LshBandKeys(b.minhash);
  int64_t ia = Put(a, keys_a);
  int64_t ib = Put(b, keys_b);

  auto found = store_->FindByBandKeys(keys_a);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ((*found)[0].first, ia);
  EXPECT_EQ((*found)[0].second, a.minhash);

  // Any shared key is enough; results are distinct and ordered by id.
  std::vector<uint64_t> mixed = {keys_b[3], keys_a[0], keys_a[1], 12345};
  auto both = store_->FindByBandKeys(mixed);
  ASSERT_TRUE(both.ok());
  ASSERT_EQ(both->size(), 2u);
  EXPECT_EQ((*both)[0].first, ia);
  EXPECT_EQ((*both)[1].first, ib);
  EXPECT_EQ((*both)[1].second, b.minhash);

  EXPECT_TRUE(store_->FindByBandKeys({})->empty());
  EXPECT_TRUE(store_->FindByBandKeys({1, 2, 3})->empty());
}

TEST_F(StoreTest, NearDuplicateLinksGoBothWays) {
  int64_t a = Put(MakeDoc(kTeacher));
  int64_t b = Put(MakeDoc(kReport), {}, {{a, 0.875}});
  int64_t c = Put(MakeDoc(kFrench), {}, {{a, 0.8125}, {b, 0.9375}});

  auto na = store_->GetNearDuplicates(a);
  ASSERT_TRUE(na.ok());
  ASSERT_EQ(na->size(), 2u);
  EXPECT_EQ((*na)[0].id, b);  // by similarity, highest first
  EXPECT_DOUBLE_EQ((*na)[0].similarity, 0.875);
  EXPECT_EQ((*na)[1].id, c);
  EXPECT_DOUBLE_EQ((*na)[1].similarity, 0.8125);

  auto nb = store_->GetNearDuplicates(b);
  ASSERT_TRUE(nb.ok());
  ASSERT_EQ(nb->size(), 2u);
  EXPECT_EQ((*nb)[0].id, c);
  EXPECT_DOUBLE_EQ((*nb)[0].similarity, 0.9375);
  EXPECT_EQ((*nb)[1].id, a);

  auto nc = store_->GetNearDuplicates(c);
  ASSERT_TRUE(nc.ok());
  ASSERT_EQ(nc->size(), 2u);
  EXPECT_EQ((*nc)[0].id, b);
  EXPECT_EQ((*nc)[1].id, a);

  EXPECT_TRUE(store_->GetNearDuplicates(9999)->empty());
  EXPECT_EQ(store_->GetStats()->near_duplicate_pairs, 3);
}

TEST_F(StoreTest, ListDocumentsOrderLimitOffset) {
  std::vector<int64_t> ids;
  for (const DocSpec* s : {&kTeacher, &kRussian, &kFrench, &kReport, &kInquiry}) {
    ids.push_back(Put(MakeDoc(*s)));
  }
  ASSERT_TRUE(std::is_sorted(ids.begin(), ids.end()));

  auto all = store_->ListDocuments({});
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 5u);
  for (size_t i = 0; i < 5; ++i) EXPECT_EQ((*all)[i].id, ids[i]);
  const DocumentSummary& s = (*all)[1];
  EXPECT_EQ(s.title, kRussian.title);
  EXPECT_EQ(s.published, "2023-03-05");
  EXPECT_EQ(s.publisher, kRussian.publisher);
  EXPECT_EQ(s.language, "ru");
  EXPECT_EQ(s.source_path, "ru.txt");
  EXPECT_EQ(s.format, Format::kText);
  EXPECT_EQ(s.sha256, MakeDoc(kRussian).sha256);
  EXPECT_EQ(s.original_size, static_cast<int64_t>(MakeDoc(kRussian).original.size()));
  EXPECT_EQ(s.clean_size, static_cast<int64_t>(MakeDoc(kRussian).clean.text.size()));  // bytes
  EXPECT_FALSE(s.ingested_at.empty());

  ListOptions page;
  page.limit = 2;
  page.offset = 1;
  auto p = store_->ListDocuments(page);
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->size(), 2u);
  EXPECT_EQ((*p)[0].id, ids[1]);
  EXPECT_EQ((*p)[1].id, ids[2]);

  page.offset = 4;
  EXPECT_EQ(store_->ListDocuments(page)->size(), 1u);
  page.offset = 10;
  EXPECT_TRUE(store_->ListDocuments(page)->empty());

  ListOptions newest;
  newest.newest_first = true;
  auto n = store_->ListDocuments(newest);
  ASSERT_TRUE(n.ok());
  ASSERT_EQ(n->size(), 5u);
  std::vector<std::string> dates;
  for (const auto& row : *n) dates.push_back(row.published);
  EXPECT_EQ(dates, (std::vector<std::string>{"2023-06-10", "2023-03-05", "2022-11", "2021", ""}));
}

TEST_F(StoreTest, DeleteDocumentCascades) {
  Document victim = MakeDoc(kTeacher);
  auto keys = ingest::LshBandKeys(victim.minhash);
  int64_t other = Put(MakeDoc(kReport));
  int64_t id = Put(victim, keys, {{other, 0.9}});
  QueryNode q{QueryNode::Kind::kTerm, "Fictionov", {}};
  ASSERT_EQ(store_->Search(q, {}, {}, 10, 0)->total, 1);
  ASSERT_EQ(store_->GetNearDuplicates(other)->size(), 1u);

  ASSERT_TRUE(store_->DeleteDocument(id).ok());

  auto get = store_->GetDocument(id, true);
  ASSERT_FALSE(get.ok());
  EXPECT_EQ(get.status().code(), StatusCode::kNotFound);
  Status again = store_->DeleteDocument(id);
  EXPECT_EQ(again.code(), StatusCode::kNotFound);
  EXPECT_EQ(store_->DeleteDocument(424242).code(), StatusCode::kNotFound);

  EXPECT_FALSE(store_->FindByHash(victim.sha256)->has_value());
  EXPECT_TRUE(store_->FindByBandKeys(keys)->empty());
  EXPECT_TRUE(store_->GetNearDuplicates(other)->empty());
  auto page = store_->Search(q, {}, {}, 10, 0);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 0);
  EXPECT_TRUE(page->hits.empty());
  // Tables hold nothing of it.
  EXPECT_EQ(RawCount(path_, "SELECT count(*) FROM originals WHERE doc_id = " + std::to_string(id)), 0);
  EXPECT_EQ(RawCount(path_, "SELECT count(*) FROM lsh_bands WHERE doc_id = " + std::to_string(id)), 0);
  EXPECT_EQ(RawCount(path_, "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'Fictionov'"), 0);
  // The other document is intact and still found.
  EXPECT_TRUE(store_->GetDocument(other, true).ok());
  EXPECT_EQ(store_->GetStats()->documents, 1);
  // The same content can be stored again.
  EXPECT_GT(Put(victim, keys), 0);
}

TEST_F(StoreTest, GetStats) {
  std::vector<Document> docs = {MakeDoc(kTeacher), MakeDoc(kRussian), MakeDoc(kFrench),
                                MakeDoc(kReport), MakeDoc(kInquiry)};
  docs[1].format = Format::kHtml;
  int64_t first = 0;
  int64_t original = 0, clean = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    std::vector<NearDuplicate> near;
    if (i == 3) near.push_back({first, 0.85});
    int64_t id = Put(docs[i], {}, near);
    if (i == 0) first = id;
    original += static_cast<int64_t>(docs[i].original.size());
    clean += static_cast<int64_t>(docs[i].clean.text.size());
  }
  auto s = store_->GetStats();
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->documents, 5);
  EXPECT_EQ(s->original_bytes, original);
  EXPECT_EQ(s->clean_bytes, clean);
  EXPECT_EQ(s->near_duplicate_pairs, 1);
  EXPECT_EQ(s->by_format,
            (std::vector<std::pair<std::string, int64_t>>{{"text", 4}, {"html", 1}}));
  EXPECT_EQ(s->by_language, (std::vector<std::pair<std::string, int64_t>>{
                                {"en", 3}, {"fr", 1}, {"ru", 1}}));
  ASSERT_EQ(s->by_publisher.size(), 5u);
  EXPECT_EQ(s->by_publisher.back().second, 1);
  EXPECT_TRUE(std::count(s->by_publisher.begin(), s->by_publisher.end(),
                         std::pair<std::string, int64_t>{"unknown", 1}));
  EXPECT_EQ(s->earliest_published, "2021");
  EXPECT_EQ(s->latest_published, "2023-06-10");
  EXPECT_EQ(s->schema_version, kSchemaVersion);
  EXPECT_GT(s->file_bytes, 0);
}

// ---------------------------------------------------------------------------
// Search

class SearchStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (HasFatalFailure()) return;
    teacher_ = Put(MakeDoc(kTeacher));
    russian_ = Put(MakeDoc(kRussian));
    french_ = Put(MakeDoc(kFrench));
    report_ = Put(MakeDoc(kReport));
    inquiry_ = Put(MakeDoc(kInquiry));
  }

  static QueryNode Term(std::string w) { return {QueryNode::Kind::kTerm, std::move(w), {}}; }
  static QueryNode Prefix(std::string w) { return {QueryNode::Kind::kPrefix, std::move(w), {}}; }
  static QueryNode Phrase(std::string w) { return {QueryNode::Kind::kPhrase, std::move(w), {}}; }
  static QueryNode Not(QueryNode n) { return {QueryNode::Kind::kNot, "", {std::move(n)}}; }
  static QueryNode And(std::vector<QueryNode> c) { return {QueryNode::Kind::kAnd, "", std::move(c)}; }
  static QueryNode Or(std::vector<QueryNode> c) { return {QueryNode::Kind::kOr, "", std::move(c)}; }

  SearchPage Run(const QueryNode& q, const SearchFilters& f = {}, const Highlight& h = {}) {
    auto r = store_->Search(q, f, h, 50, 0);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? *r : SearchPage{};
  }
  std::set<int64_t> Ids(const QueryNode& q, const SearchFilters& f = {}) {
    std::set<int64_t> out;
    for (const auto& h : Run(q, f).hits) out.insert(h.id);
    return out;
  }

  int64_t teacher_ = 0, russian_ = 0, french_ = 0, report_ = 0, inquiry_ = 0;
};

TEST_F(SearchStoreTest, TermRankedWithTitleMatchFirst) {
  SearchPage p = Run(Term("detained"));
  EXPECT_EQ(p.total, 2);
  ASSERT_EQ(p.hits.size(), 2u);
  EXPECT_EQ(p.hits[0].id, teacher_);  // title and body
  EXPECT_EQ(p.hits[1].id, report_);   // body only
  EXPECT_GT(p.hits[0].score, p.hits[1].score);
  EXPECT_EQ(p.hits[0].title, kTeacher.title);
  EXPECT_EQ(p.hits[0].published, "2022-11");
  EXPECT_EQ(p.hits[0].publisher, "Example Rights Watch");
  EXPECT_EQ(p.hits[0].language, "en");
  EXPECT_EQ(p.hits[0].source_path, "teacher.txt");
}

TEST_F(SearchStoreTest, EnglishStemming) {
  // README: English (Porter) stemming.
  EXPECT_EQ(Ids(Term("detain")), (std::set<int64_t>{teacher_, report_}));
  EXPECT_EQ(Ids(Term("schools")), (std::set<int64_t>{report_}));
}

TEST_F(SearchStoreTest, Phrase) {
  EXPECT_EQ(Ids(Phrase("prison colony")), (std::set<int64_t>{teacher_}));
  EXPECT_TRUE(Ids(Phrase("colony prison")).empty());
}

TEST_F(SearchStoreTest, OrAndNot) {
  EXPECT_EQ(Ids(Or({Term("Vardier"), Term("Fictionov")})), (std::set<int64_t>{teacher_, french_}));
  EXPECT_EQ(Ids(And({Term("detained"), Not(Term("colony"))})), (std::set<int64_t>{report_}));
  EXPECT_EQ(Ids(And({Term("detained"), Term("budget")})), (std::set<int64_t>{report_}));
  EXPECT_TRUE(Ids(And({Term("detained"), Term("Vardier")})).empty());
}

TEST_F(SearchStoreTest, Prefix) {
  EXPECT_EQ(Ids(Prefix("Fiction")), (std::set<int64_t>{teacher_}));
  EXPECT_EQ(Ids(Prefix("учител")), (std::set<int64_t>{russian_}));
  EXPECT_EQ(Ids(Prefix("neighbour")), (std::set<int64_t>{teacher_}));
}

TEST_F(SearchStoreTest, CyrillicCaseInsensitive) {
  EXPECT_EQ(Ids(Term("приговор")), (std::set<int64_t>{russian_}));
  EXPECT_EQ(Ids(Term("ПРИГОВОР")), (std::set<int64_t>{russian_}));
  EXPECT_EQ(Ids(Term("Колонию")), (std::set<int64_t>{russian_}));
}

TEST_F(SearchStoreTest, DiacriticsInsensitive) {
  EXPECT_EQ(Ids(Term("detention")), (std::set<int64_t>{french_}));
  EXPECT_EQ(Ids(Term("Helene")), (std::set<int64_t>{french_}));
  EXPECT_EQ(Ids(Term("procès")), (std::set<int64_t>{french_}));
  EXPECT_EQ(Ids(Term("PROCES")), (std::set<int64_t>{french_}));
}

TEST_F(SearchStoreTest, LanguageAndPublisherFilters) {
  QueryNode any = Or({Term("teacher"), Term("учителю"), Term("Vardier")});
  EXPECT_EQ(Ids(any), (std::set<int64_t>{teacher_, russian_, french_, report_}));
  SearchFilters ru;
  ru.language = "ru";
  EXPECT_EQ(Ids(any, ru), (std::set<int64_t>{russian_}));
  SearchFilters en;
  en.language = "en";
  EXPECT_EQ(Ids(any, en), (std::set<int64_t>{teacher_, report_}));
  SearchFilters pub;
  pub.publisher = "rights WATCH";  // case-insensitive substring
  EXPECT_EQ(Ids(any, pub), (std::set<int64_t>{teacher_}));
  pub.publisher = "Courier";
  EXPECT_EQ(Ids(any, pub), (std::set<int64_t>{report_}));
  SearchPage counted = Run(any, pub);
  EXPECT_EQ(counted.total, 1);
}

TEST_F(SearchStoreTest, FacetsCountEveryMatchAndFiltersNarrow) {
  QueryNode any = Or({Term("teacher"), Term("учителю"), Term("Vardier")});
  auto r = store_->Search(any, {}, {}, 1, 0, /*facets=*/true);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->total, 4);
  EXPECT_EQ(r->hits.size(), 1u);  // facets are over all matches, not the page
  std::map<std::string, std::map<std::string, int64_t>> f;
  for (const auto& c : r->facets) f[c.facet][c.value] = c.count;
  EXPECT_EQ(f["language"], (std::map<std::string, int64_t>{{"en", 2}, {"fr", 1}, {"ru", 1}}));
  EXPECT_EQ(f["publisher"].size(), 4u);
  EXPECT_EQ(f["publisher"]["Northtown Courier"], 1);
  SearchFilters en;
  en.language = "en";
  r = store_->Search(any, en, {}, 10, 0, /*facets=*/true);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->total, 2);
  f.clear();
  for (const auto& c : r->facets) f[c.facet][c.value] = c.count;
  EXPECT_EQ(f["language"], (std::map<std::string, int64_t>{{"en", 2}}));
  // Ranked as without the filter.
  ASSERT_EQ(r->hits.size(), 2u);
  EXPECT_EQ(r->hits[0].id, teacher_);
  EXPECT_GT(r->hits[0].score, r->hits[1].score);
  r = store_->Search(Term("nothingmatchesthis"), {}, {}, 10, 0, /*facets=*/true);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->total, 0);
  EXPECT_TRUE(r->facets.empty());
}

TEST_F(SearchStoreTest, DateFiltersWithPartialDates) {
  QueryNode any = Or({Term("teacher"), Term("учителю"), Term("Vardier"), Term("witnesses")});
  ASSERT_EQ(Ids(any).size(), 5u);
  SearchFilters f;
  f.date_from = "2022-11-15";  // the "2022-11" document overlaps
  f.date_to = "2022-12";
  EXPECT_EQ(Ids(any, f), (std::set<int64_t>{teacher_}));

  SearchFilters from;
  from.date_from = "2023";
  EXPECT_EQ(Ids(any, from), (std::set<int64_t>{russian_, report_}));

  SearchFilters to;
  to.date_to = "2022";  // "2022" includes all of 2022; undated documents never match
  EXPECT_EQ(Ids(any, to), (std::set<int64_t>{teacher_, french_}));

  SearchFilters year;
  year.date_from = "2021-06-01";  // the "2021" document overlaps
  year.date_to = "2021-06-30";
  EXPECT_EQ(Ids(any, year), (std::set<int64_t>{french_}));

  SearchFilters day;
  day.date_from = "2023-03-05";
  day.date_to = "2023-03-05";
  EXPECT_EQ(Ids(any, day), (std::set<int64_t>{russian_}));

  SearchFilters combined;
  combined.date_from = "2022";
  combined.language = "en";
  EXPECT_EQ(Ids(any, combined), (std::set<int64_t>{teacher_, report_}));
}

TEST_F(SearchStoreTest, HighlightMarkersInSnippet) {
  Highlight h{"<b>", "</b>", 16};
  SearchPage p = Run(Term("colony"), {}, h);
  ASSERT_EQ(p.hits.size(), 1u);
  EXPECT_NE(p.hits[0].snippet.find("<b>colony</b>"), std::string::npos) << p.hits[0].snippet;
  SearchPage d = Run(Term("colony"));  // default markers
  ASSERT_EQ(d.hits.size(), 1u);
  EXPECT_NE(d.hits[0].snippet.find("[colony]"), std::string::npos) << d.hits[0].snippet;
}

TEST_F(SearchStoreTest, LimitAndOffset) {
  QueryNode any = Or({Term("teacher"), Term("учителю"), Term("Vardier"), Term("witnesses")});
  auto first = store_->Search(any, {}, {}, 2, 0);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->total, 5);
  EXPECT_EQ(first->hits.size(), 2u);
  auto rest = store_->Search(any, {}, {}, 10, 2);
  ASSERT_TRUE(rest.ok());
  EXPECT_EQ(rest->total, 5);
  EXPECT_EQ(rest->hits.size(), 3u);
  std::set<int64_t> seen;
  for (const auto& h : first->hits) seen.insert(h.id);
  for (const auto& h : rest->hits) seen.insert(h.id);
  EXPECT_EQ(seen.size(), 5u);
}

TEST_F(SearchStoreTest, QuotesInWordsAreSafe) {
  auto r = store_->Search(Term("say\"hi"), {}, {}, 10, 0);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->total, 0);
  auto p = store_->Search(Phrase("prison\" OR \"colony"), {}, {}, 10, 0);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
}

TEST_F(SearchStoreTest, OnlyNegationIsAnError) {
  auto r = store_->Search(And({Not(Term("colony"))}), {}, {}, 10, 0);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
}

// Regression: the FTS5 table uses the porter tokenizer, which stems indexed words
// ("investigation", "investigators" -> "investig"), but prefix queries are
// not stemmed, so a prefix that runs past the stem finds nothing:
// "investigat*" matches no document containing "investigation",
// "investigators" or "investigated". README promises `prefix*` queries.
TEST_F(SearchStoreTest, PrefixLongerThanStemStillMatches) {
  EXPECT_EQ(Ids(Prefix("investigat")), (std::set<int64_t>{inquiry_}));
  EXPECT_EQ(Ids(Prefix("detenti")), (std::set<int64_t>{french_}));
}

// Regression: query.h documents the publisher filter as a "case-insensitive
// substring", but it is a SQL LIKE: case folding is ASCII-only, so
// "комитет" does not match "Комитет защиты учителей".
TEST_F(SearchStoreTest, PublisherFilterFoldsCyrillicCase) {
  QueryNode any = Or({Term("teacher"), Term("учителю"), Term("Vardier")});
  SearchFilters f;
  f.publisher = "комитет";
  EXPECT_EQ(Ids(any, f), (std::set<int64_t>{russian_}));
}

// Regression: the publisher filter is passed into LIKE unescaped, so '%' and '_'
// act as wildcards instead of literal characters of the substring.
TEST_F(SearchStoreTest, PublisherFilterIsALiteralSubstring) {
  QueryNode any = Or({Term("teacher"), Term("учителю"), Term("Vardier")});
  SearchFilters f;
  f.publisher = "_";  // no publisher contains an underscore
  EXPECT_TRUE(Ids(any, f).empty());
  f.publisher = "Example%Watch";
  EXPECT_TRUE(Ids(any, f).empty());
}

// ---------------------------------------------------------------------------
// ToFts5

TEST(ToFts5Test, QuotesEveryWord) {
  using K = QueryNode::Kind;
  EXPECT_EQ(*ToFts5({K::kTerm, "colony", {}}), "\"colony\"");
  EXPECT_EQ(*ToFts5({K::kTerm, "say\"hi", {}}), "\"say\"\"hi\"");
  EXPECT_EQ(*ToFts5({K::kTerm, "AND", {}}), "\"AND\"");  // not an operator once quoted
  EXPECT_EQ(*ToFts5({K::kPrefix, "detain", {}}), "\"detain\" *");
  EXPECT_EQ(*ToFts5({K::kPhrase, "prison colony", {}}), "\"prison colony\"");
}

TEST(ToFts5Test, Operators) {
  using K = QueryNode::Kind;
  QueryNode a{K::kTerm, "a", {}}, b{K::kTerm, "b", {}}, c{K::kTerm, "c", {}};
  EXPECT_EQ(*ToFts5({K::kAnd, "", {a, b}}), "(\"a\") AND (\"b\")");
  EXPECT_EQ(*ToFts5({K::kOr, "", {a, b}}), "(\"a\") OR (\"b\")");
  QueryNode not_c{K::kNot, "", {c}};
  EXPECT_EQ(*ToFts5({K::kAnd, "", {a, not_c}}), "((\"a\")) NOT (\"c\")");
  EXPECT_EQ(*ToFts5({K::kAnd, "", {a, b, not_c}}), "((\"a\") AND (\"b\")) NOT (\"c\")");
  QueryNode nested{K::kAnd, "", {{K::kOr, "", {a, b}}, c}};
  EXPECT_EQ(*ToFts5(nested), "((\"a\") OR (\"b\")) AND (\"c\")");
}

TEST(ToFts5Test, Errors) {
  using K = QueryNode::Kind;
  QueryNode c{K::kTerm, "c", {}};
  QueryNode not_c{K::kNot, "", {c}};
  auto lone = ToFts5(not_c);
  ASSERT_FALSE(lone.ok());
  EXPECT_EQ(lone.status().code(), StatusCode::kInvalidArgument);
  auto only_neg = ToFts5({K::kAnd, "", {not_c}});
  ASSERT_FALSE(only_neg.ok());
  EXPECT_EQ(only_neg.status().code(), StatusCode::kInvalidArgument);
  EXPECT_FALSE(ToFts5({K::kOr, "", {}}).ok());
  EXPECT_FALSE(ToFts5({K::kOr, "", {c, {K::kAnd, "", {not_c}}}}).ok());
  EXPECT_FALSE(ToFts5({K::kAnd, "", {{K::kNot, "", {}}, c}}).ok());  // malformed negation
}


// ---------------------------------------------------------------------------
// Cases: events listed, counted and marked in SQL

class CaseStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (HasFatalFailure()) return;
    doc_ = Put(MakeDoc(kTeacher));
    CaseSet set;
    for (int64_t p = 1; p <= 2; ++p) {
      PersonRow row;
      row.id = p;
      row.name = p == 1 ? "Ivan Fictionov" : "Anna Fictionova";
      row.status = "detained";
      row.json = R"({"id":)" + std::to_string(p) + R"(,"events":[{"id":)" + std::to_string(p * 10) +
                 R"(,"review":{"status":"pending"}}],"review":{"status":"pending"}})";
      set.persons.push_back(row);
    }
    // Events 10 and 20 on the timelines, 11 of person 1 rejected.
    auto event = [&](int64_t id, int64_t person, const char* type, uint32_t start,
                     const char* review) {
      EventRow e;
      e.id = id;
      e.person_id = person;
      e.type = type;
      e.json = R"({"id":)" + std::to_string(id) + R"(,"review":{"status":"pending"}})";
      e.sources = {{doc_, start, start + 5}};
      e.review = review;
      set.events.push_back(e);
    };
    event(10, 1, "arrest", 0, "");
    event(11, 1, "trial", 7, "rejected");
    event(20, 2, "arrest", 7, "");
    ASSERT_TRUE(store_->ReplaceCases(set).ok());
  }
  std::vector<int64_t> Ids(const EventFilter& f) {
    auto r = store_->ListEvents(f);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    std::vector<int64_t> out;
    if (r.ok())
      for (const auto& e : *r) out.push_back(e.id);
    return out;
  }
  int64_t doc_ = 0;
};

TEST_F(CaseStoreTest, EventsFilteredAndPaginated) {
  EXPECT_EQ(Ids({}), (std::vector<int64_t>{10, 11, 20}));
  EventFilter pending;
  pending.review = "pending";
  EXPECT_EQ(Ids(pending), (std::vector<int64_t>{10, 20}));
  EventFilter rejected;
  rejected.review = "rejected";
  EXPECT_EQ(Ids(rejected), (std::vector<int64_t>{11}));
  EventFilter page;
  page.limit = 1;
  page.offset = 1;
  EXPECT_EQ(Ids(page), (std::vector<int64_t>{11}));
  EventFilter of;
  of.person_id = 1;
  of.type = "arrest";
  EXPECT_EQ(Ids(of), (std::vector<int64_t>{10}));
  EXPECT_EQ(*store_->CountEvents(pending), 2);
  EXPECT_EQ(*store_->CountEvents({}), 3);
  auto e = store_->GetEvent(20);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->person, "Anna Fictionova");
  ASSERT_EQ(e->sources.size(), 1u);
  EXPECT_EQ(std::get<1>(e->sources[0]), 7u);
  EXPECT_EQ(store_->GetEvent(99).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(*store_->FindEventsBySource(doc_, 7), (std::vector<int64_t>{11, 20}));
}

TEST_F(CaseStoreTest, ReviewMarksTheEventAndItsProfile) {
  ReviewRow r;
  r.kind = "event";
  r.doc_id = doc_;
  r.event_type = "arrest";
  r.action = "confirm";
  r.user = "alice";
  ReviewMark mark{ReviewMark::Kind::kEvent, 10, "confirmed",
                  R"({"status":"confirmed","by":"alice"})"};
  ASSERT_TRUE(store_->PutReviews({r}, {0, "", "alice", "review event", "event #10", ""}, &mark).ok());
  auto e = store_->GetEvent(10);
  EXPECT_EQ(e->review, "confirmed");
  EXPECT_EQ(e->json, R"({"id":10,"review":{"status":"confirmed","by":"alice"}})");
  auto p = store_->GetPerson(1);
  EXPECT_EQ(p->json,
            R"({"id":1,"events":[{"id":10,"review":{"status":"confirmed","by":"alice"}}],"review":{"status":"pending"}})");
  EXPECT_EQ(store_->GetPerson(2)->json.find("confirmed"), std::string::npos);
  ReviewMark person{ReviewMark::Kind::kPerson, 2, "rejected", R"({"status":"rejected"})"};
  ASSERT_TRUE(store_->PutReviews({}, {0, "", "alice", "review person", "person #2", ""}, &person).ok());
  EXPECT_EQ(store_->GetPerson(2)->review, "rejected");
  PersonFilter rejected;
  rejected.review = "rejected";
  EXPECT_EQ(*store_->CountPersons(rejected), 1);
  auto reviews = store_->ListReviews();
  ASSERT_EQ(reviews->size(), 1u);
  EXPECT_EQ(reviews->front().user, "alice");
}

}  // namespace
}  // namespace dossier::store
