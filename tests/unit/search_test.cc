// Unit tests of the search module: the query language parser, date filter
// validation and the Search entry point over a temporary store.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "base/hash.h"
#include "search/query_parser.h"
#include "search/searcher.h"
#include "store/sqlite_store.h"
#include "store/store.h"
#include "temp_dir.h"

namespace dossier::search {
namespace {

namespace fs = std::filesystem;

// A compact rendering of a query tree for assertions.
std::string Describe(const QueryNode& n) {
  using K = QueryNode::Kind;
  auto list = [&](const char* op) {
    std::string out = std::string(op) + "(";
    for (size_t i = 0; i < n.children.size(); ++i) {
      if (i) out += ", ";
      out += Describe(n.children[i]);
    }
    return out + ")";
  };
  switch (n.kind) {
    case K::kTerm: return n.text;
    case K::kPrefix: return n.text + "*";
    case K::kPhrase: return "\"" + n.text + "\"";
    case K::kAnd: return list("AND");
    case K::kOr: return list("OR");
    case K::kNot: return list("NOT");
  }
  return "?";
}

std::string Parse(std::string_view q) {
  auto r = ParseQuery(q);
  if (!r.ok()) return "error: " + r.status().message();
  return Describe(*r);
}

// The parse error message, or "" when the query parses.
std::string ParseError(std::string_view q) {
  auto r = ParseQuery(q);
  if (r.ok()) return "";
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument) << q;
  EXPECT_FALSE(r.status().message().empty()) << q;
  return r.status().message();
}

// ---------------------------------------------------------------------------
// ParseQuery

TEST(ParseQueryTest, SingleWord) {
  auto r = ParseQuery("colony");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->kind, QueryNode::Kind::kTerm);
  EXPECT_EQ(r->text, "colony");
  EXPECT_TRUE(r->children.empty());
  EXPECT_EQ(Parse("  колония  "), "колония");
}

TEST(ParseQueryTest, WordsAreImplicitAnd) {
  auto r = ParseQuery("teacher detained Northtown");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->kind, QueryNode::Kind::kAnd);
  ASSERT_EQ(r->children.size(), 3u);
  EXPECT_EQ(r->children[0].kind, QueryNode::Kind::kTerm);
  EXPECT_EQ(r->children[2].text, "Northtown");
  EXPECT_EQ(Parse("a AND b"), "AND(a, b)");
  EXPECT_EQ(Parse("a\tb\nc"), "AND(a, b, c)");
}

TEST(ParseQueryTest, Phrases) {
  auto r = ParseQuery("\"prison colony\"");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->kind, QueryNode::Kind::kPhrase);
  EXPECT_EQ(r->text, "prison colony");
  EXPECT_EQ(Parse("\"  prison   colony \""), "\"prison colony\"");
  EXPECT_EQ(Parse("\u201Cprison colony\u201D"), "\"prison colony\"");  // typographic quotes
  EXPECT_EQ(Parse("teacher \"prison colony\" Northtown"),
            "AND(teacher, \"prison colony\", Northtown)");
  EXPECT_EQ(Parse("\"\" teacher"), "teacher");  // an empty phrase is dropped
}

TEST(ParseQueryTest, Or) {
  EXPECT_EQ(Parse("a OR b"), "OR(a, b)");
  EXPECT_EQ(Parse("a | b"), "OR(a, b)");
  EXPECT_EQ(Parse("a|b"), "OR(a, b)");
  EXPECT_EQ(Parse("a OR b OR c"), "OR(a, b, c)");
  // AND binds tighter than OR.
  EXPECT_EQ(Parse("a b OR c"), "OR(AND(a, b), c)");
  // Lower-case "or" and "not" are ordinary words.
  EXPECT_EQ(Parse("a or b"), "AND(a, or, b)");
  EXPECT_EQ(Parse("not guilty"), "AND(not, guilty)");
}

TEST(ParseQueryTest, Negation) {
  EXPECT_EQ(Parse("teacher -colony"), "AND(teacher, NOT(colony))");
  EXPECT_EQ(Parse("teacher NOT colony"), "AND(teacher, NOT(colony))");
  EXPECT_EQ(Parse("teacher -\"prison colony\""), "AND(teacher, NOT(\"prison colony\"))");
  EXPECT_EQ(Parse("-colony teacher"), "AND(NOT(colony), teacher)");
  // A hyphen inside a word is part of the word.
  EXPECT_EQ(Parse("pre-trial"), "pre-trial");
  EXPECT_EQ(Parse("pre-trial -detention"), "AND(pre-trial, NOT(detention))");
}

TEST(ParseQueryTest, Prefix) {
  auto r = ParseQuery("detain*");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->kind, QueryNode::Kind::kPrefix);
  EXPECT_EQ(r->text, "detain");
  EXPECT_EQ(Parse("задерж* teacher"), "AND(задерж*, teacher)");
}

TEST(ParseQueryTest, Parentheses) {
  EXPECT_EQ(Parse("(a OR b) c"), "AND(OR(a, b), c)");
  EXPECT_EQ(Parse("a (b OR c)"), "AND(a, OR(b, c))");
  EXPECT_EQ(Parse("((a))"), "a");
  EXPECT_EQ(Parse("teacher -(colony OR prison)"), "AND(teacher, NOT(OR(colony, prison)))");
  EXPECT_EQ(Parse("(a b) OR (c -d)"), "OR(AND(a, b), AND(c, NOT(d)))");
}

TEST(ParseQueryTest, Errors) {
  EXPECT_NE(ParseError(""), "");
  EXPECT_NE(ParseError("   "), "");
  EXPECT_NE(ParseError("\"\""), "");
  EXPECT_NE(ParseError("\"prison colony"), "");
  EXPECT_NE(ParseError("\"prison colony").find("unclosed"), std::string::npos);
  EXPECT_NE(ParseError("(a OR b"), "");
  EXPECT_NE(ParseError("(a OR b").find("')'"), std::string::npos);
  EXPECT_NE(ParseError("a )"), "");
  EXPECT_NE(ParseError("OR"), "");
  EXPECT_NE(ParseError("a OR"), "");
  EXPECT_NE(ParseError("OR a"), "");
  EXPECT_NE(ParseError("a | | b"), "");
  EXPECT_NE(ParseError("NOT"), "");
  EXPECT_NE(ParseError("a -"), "");
  EXPECT_NE(ParseError("()"), "");
  EXPECT_NE(ParseError("*"), "");
  EXPECT_NE(ParseError("..."), "");
}

TEST(ParseQueryTest, OnlyNegationsParseButCannotBeSearched) {
  for (std::string_view q : {"-x", "NOT x", "-x -y"}) {
    auto r = ParseQuery(q);
    ASSERT_TRUE(r.ok()) << q;
    EXPECT_EQ(r->kind, QueryNode::Kind::kAnd) << q;
    auto fts = store::ToFts5(*r);
    ASSERT_FALSE(fts.ok()) << q;
    EXPECT_EQ(fts.status().code(), StatusCode::kInvalidArgument);
  }
  // Inside an OR branch too.
  auto r = ParseQuery("a OR -b");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(store::ToFts5(*r).ok());
}

TEST(ParseQueryTest, ParsedQueriesRenderToFts5) {
  EXPECT_EQ(*store::ToFts5(*ParseQuery("teacher -colony")), "((\"teacher\")) NOT (\"colony\")");
  EXPECT_EQ(*store::ToFts5(*ParseQuery("detain* OR \"prison colony\"")),
            "(\"detain\" *) OR (\"prison colony\")");
}

// ---------------------------------------------------------------------------
// IsValidDateFilter

TEST(DateFilterTest, Valid) {
  for (std::string_view d : {"2022", "2022-11", "2022-11-15", "1999-01-01", "2022-12-31"}) {
    EXPECT_TRUE(IsValidDateFilter(d)) << d;
  }
}

TEST(DateFilterTest, Invalid) {
  for (std::string_view d : {"", "22", "20221", "2022-1", "2022-13", "2022-00", "2022-11-32",
                             "2022-11-00", "2022/11", "2022-11-15T00:00", " 2022", "2022-",
                             "November 2022", "2022-11-5"}) {
    EXPECT_FALSE(IsValidDateFilter(d)) << d;
  }
}

// ---------------------------------------------------------------------------
// Search over a store

using ::dossier::testing::TempDir;

Document MakeDoc(const std::string& title, const std::string& body, const std::string& published,
                 const std::string& language) {
  Document d;
  d.source_path = title + ".txt";
  d.encoding = "UTF-8";
  d.original = title + "\n\n" + body;
  d.sha256 = Sha256Hex(d.original);
  d.clean.text = d.original;
  d.meta.title = {title, "text"};
  d.meta.published = {published, "dateline"};
  d.meta.language = {language, "cld2"};
  return d;
}

class SearcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = store::OpenStore({dir_.File("search.db"), true});
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    store_ = std::move(r).value();
    auto put = [&](const Document& d) {
      auto id = store_->PutDocument(d, {}, {});
      EXPECT_TRUE(id.ok()) << id.status().ToString();
      return id.ok() ? *id : -1;
    };
    colony_ = put(MakeDoc("Teacher sent to a prison colony",
                          "The history teacher was sent to a prison colony in the north.",
                          "2022-11", "en"));
    pretrial_ = put(MakeDoc("Pre-trial custody extended",
                            "The court extended the pre-trial custody of the teacher again.",
                            "2023-03-05", "en"));
    russian_ = put(MakeDoc("Учитель в колонии",
                           "Учителя истории отправили в исправительную колонию.",
                           "2023", "ru"));
  }

  SearchRequest Request(std::string q) {
    SearchRequest r;
    r.query = std::move(q);
    return r;
  }
  std::set<int64_t> Ids(const SearchRequest& r) {
    auto p = Search(*store_, r);
    EXPECT_TRUE(p.ok()) << r.query << ": " << p.status().ToString();
    std::set<int64_t> out;
    if (p.ok()) {
      for (const auto& h : p->hits) out.insert(h.id);
    }
    return out;
  }
  Status Error(const SearchRequest& r) {
    auto p = Search(*store_, r);
    return p.ok() ? Status::Ok() : p.status();
  }

  TempDir dir_;
  std::unique_ptr<store::Store> store_;
  int64_t colony_ = 0, pretrial_ = 0, russian_ = 0;
};

TEST_F(SearcherTest, ParsesAndSearches) {
  EXPECT_EQ(Ids(Request("teacher")), (std::set<int64_t>{colony_, pretrial_}));
  EXPECT_EQ(Ids(Request("teacher -colony")), (std::set<int64_t>{pretrial_}));
  EXPECT_EQ(Ids(Request("\"prison colony\"")), (std::set<int64_t>{colony_}));
  EXPECT_EQ(Ids(Request("колонию OR custody")), (std::set<int64_t>{russian_, pretrial_}));
  EXPECT_EQ(Ids(Request("pre-trial")), (std::set<int64_t>{pretrial_}));
  EXPECT_EQ(Ids(Request("учител*")), (std::set<int64_t>{russian_}));
  EXPECT_EQ(Ids(Request("(colony OR custody) north")), (std::set<int64_t>{colony_}));
}

TEST_F(SearcherTest, HighlightIsPassedThrough) {
  SearchRequest r = Request("custody");
  r.highlight.open = "<<";
  r.highlight.close = ">>";
  auto p = Search(*store_, r);
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->hits.size(), 1u);
  EXPECT_NE(p->hits[0].snippet.find("<<custody>>"), std::string::npos) << p->hits[0].snippet;
}

TEST_F(SearcherTest, Filters) {
  SearchRequest r = Request("teacher OR колонию");
  EXPECT_EQ(Ids(r).size(), 3u);
  r.filters.language = "ru";
  EXPECT_EQ(Ids(r), (std::set<int64_t>{russian_}));
  r.filters.language.clear();
  r.filters.date_from = "2022-11-15";
  r.filters.date_to = "2022-12";
  EXPECT_EQ(Ids(r), (std::set<int64_t>{colony_}));
  r.filters.date_from = "2023";
  r.filters.date_to = "2023";
  EXPECT_EQ(Ids(r), (std::set<int64_t>{pretrial_, russian_}));
}

TEST_F(SearcherTest, LimitAndOffset) {
  SearchRequest r = Request("teacher OR колонию");
  r.limit = 1;
  auto p = Search(*store_, r);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->total, 3);
  EXPECT_EQ(p->hits.size(), 1u);
  r.offset = 2;
  p = Search(*store_, r);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->hits.size(), 1u);
  r.offset = 3;
  p = Search(*store_, r);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->total, 3);
  EXPECT_TRUE(p->hits.empty());
}

TEST_F(SearcherTest, RejectsBadRequests) {
  SearchRequest r = Request("teacher");
  r.limit = 0;
  EXPECT_EQ(Error(r).code(), StatusCode::kInvalidArgument);
  r.limit = 10001;
  EXPECT_EQ(Error(r).code(), StatusCode::kInvalidArgument);
  r.limit = 10000;
  EXPECT_TRUE(Error(r).ok());
  r.offset = -1;
  EXPECT_EQ(Error(r).code(), StatusCode::kInvalidArgument);
  r.offset = 0;

  r.filters.date_from = "2022-13";
  Status bad = Error(r);
  EXPECT_EQ(bad.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(bad.message().find("2022-13"), std::string::npos) << bad.message();
  r.filters.date_from = "";
  r.filters.date_to = "yesterday";
  EXPECT_EQ(Error(r).code(), StatusCode::kInvalidArgument);
  r.filters.date_from = "2023-01-01";
  r.filters.date_to = "2022-12-31";
  EXPECT_EQ(Error(r).code(), StatusCode::kInvalidArgument);
  r.filters = {};

  for (std::string_view q : {"", "   ", "\"unclosed", "(a", "OR", "-colony", "NOT colony"}) {
    Status s = Error(Request(std::string(q)));
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument) << q;
  }
}

// Regression: Search rejects a date range as ending "before it starts" by comparing
// the strings, but partial dates are ranges: --from 2022-11 --to 2022 (to
// the end of 2022) and --from 2022-03-15 --to 2022-03 are valid, non-empty
// ranges (README: "a document dated 2022-11 matches any range that overlaps
// November 2022"; the store reads "2022" as an upper bound as 2022-12-31).
TEST_F(SearcherTest, PartialDateRangeEndingInSamePeriodIsValid) {
  SearchRequest r = Request("teacher OR колонию");
  r.filters.date_from = "2022-11";
  r.filters.date_to = "2022";
  EXPECT_TRUE(Error(r).ok()) << Error(r).ToString();
  EXPECT_EQ(Ids(r), (std::set<int64_t>{colony_}));
  r.filters.date_from = "2023-03-01";
  r.filters.date_to = "2023-03";
  EXPECT_TRUE(Error(r).ok()) << Error(r).ToString();
  EXPECT_EQ(Ids(r), (std::set<int64_t>{pretrial_, russian_}));
}

}  // namespace
}  // namespace dossier::search
