// Unit tests of the engine facade: the ingest -> store pipeline, duplicate
// and near-duplicate detection, search and removal, on a temporary database.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "engine/engine.h"
#include "temp_dir.h"

namespace dossier::engine {
namespace {

namespace fs = std::filesystem;

using ::dossier::testing::TempDir;

// The article, invented for these tests, as paragraphs.
const std::vector<std::string> kArticle = {
    "The regional court in Northtown on Tuesday sentenced Ivan Fictionov, a history "
    "teacher at the town's second school, to six years in a strict-regime prison colony.",
    "Fictionov was arrested last autumn after he wrote a series of posts on a "
    "neighbourhood forum about the poor state of school buildings and the disappearance "
    "of money set aside for their repair. Prosecutors said the posts spread false "
    "information about officials and called for unrest.",
    "His lawyer, Marta Quellberg, told the court that none of the posts contained a call "
    "to violence and that the figures he quoted came from the administration's own "
    "budget documents. The judge refused to hear two witnesses for the defence and "
    "read the verdict less than an hour after the closing statements.",
    "Observers from the Lindqvist Legal Aid Centre were not allowed into the courtroom. "
    "About forty former pupils waited outside with handwritten signs until the police "
    "asked them to leave the square in front of the building.",
    "Quellberg said the defence would appeal to the supreme court within ten days. She "
    "added that her client remained calm and had asked his pupils to keep studying for "
    "their final examinations in the spring.",
};

std::string ArticleHtml(const std::vector<std::string>& paras, const std::string& site,
                        const std::string& title, const std::string& date,
                        const std::string& chrome) {
  std::string html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                     "<title>" + title + " | " + site + "</title>"
                     "<meta property=\"og:site_name\" content=\"" + site + "\">"
                     "<meta property=\"article:published_time\" content=\"" + date + "\">"
                     "<script>window.analytics = {site: '" + site + "'};</script></head>\n"
                     "<body><header class=\"masthead\"><a href=\"/\">" + site + "</a></header>"
                     "<nav><a href=\"/news\">News</a> <a href=\"/opinion\">Opinion</a></nav>\n" +
                     chrome + "<article><h1>" + title + "</h1>\n";
  for (const auto& p : paras) html += "<p>" + p + "</p>\n";
  html += "</article><footer>&copy; " + site + ". " + chrome + "</footer></body></html>\n";
  return html;
}

class EngineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_path_ = dir_.File("dossier.db");
    auto r = Engine::Open({db_path_, true});
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    engine_ = std::move(r).value();
  }

  int64_t DocumentCount() {
    auto s = engine_->Stats();
    EXPECT_TRUE(s.ok());
    return s.ok() ? s->documents : -1;
  }

  TempDir dir_;
  std::string db_path_;
  std::unique_ptr<Engine> engine_;
};

TEST_F(EngineTest, AddedThenDuplicate) {
  std::string html = ArticleHtml(kArticle, "Northtown Courier", "Teacher sentenced to six years",
                                 "2023-03-07T09:00:00Z", "");
  IngestReport a = engine_->IngestBytes(html, "courier.html", {});
  ASSERT_EQ(a.outcome, IngestOutcome::kAdded) << a.error.ToString();
  EXPECT_GT(a.id, 0);
  EXPECT_TRUE(a.error.ok());
  EXPECT_EQ(a.path, "courier.html");
  EXPECT_EQ(a.format, "html");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.title, "Teacher sentenced to six years");
  EXPECT_EQ(a.published, "2023-03-07");
  EXPECT_EQ(a.bytes, static_cast<int64_t>(html.size()));
  EXPECT_TRUE(a.near_duplicates.empty());

  IngestReport b = engine_->IngestBytes(html, "copy-of-courier.html", {});
  EXPECT_EQ(b.outcome, IngestOutcome::kDuplicate);
  EXPECT_EQ(b.id, a.id);
  EXPECT_TRUE(b.error.ok());
  EXPECT_EQ(DocumentCount(), 1);

  auto doc = engine_->GetDocument(a.id, /*with_original=*/true);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->original, html);
  EXPECT_EQ(doc->source_path, "courier.html");
  EXPECT_EQ(doc->meta.publisher.value, "Northtown Courier");
  EXPECT_NE(doc->clean.text.find("Marta Quellberg"), std::string::npos);
  EXPECT_EQ(doc->clean.text.find("Opinion"), std::string::npos);
  EXPECT_EQ(doc->clean.text.find("analytics"), std::string::npos);
}

TEST_F(EngineTest, RepublishedTextIsANearDuplicate) {
  std::string original = ArticleHtml(kArticle, "Northtown Courier",
                                     "Teacher sentenced to six years", "2023-03-07", "");
  std::vector<std::string> edited = kArticle;
  edited[3] = "Observers from the Lindqvist Legal Aid Centre were refused entry to the "
              "courtroom. About forty former pupils waited outside with handwritten signs until "
              "the police asked them to leave the square in front of the building.";
  std::string republished = ArticleHtml(
      edited, "Rights Digest", "Northtown: history teacher gets six years", "2023-03-09",
      "<div class=\"newsletter-signup\">Subscribe to our weekly digest of rights news</div>"
      "<div class=\"sidebar\">Most read: other stories from the region</div>");

  IngestReport a = engine_->IngestBytes(original, "courier.html", {});
  ASSERT_EQ(a.outcome, IngestOutcome::kAdded) << a.error.ToString();
  IngestReport b = engine_->IngestBytes(republished, "digest.html", {});
  ASSERT_EQ(b.outcome, IngestOutcome::kAdded) << b.error.ToString();
  EXPECT_NE(b.id, a.id);
  ASSERT_EQ(b.near_duplicates.size(), 1u);
  EXPECT_EQ(b.near_duplicates[0].id, a.id);
  EXPECT_GE(b.near_duplicates[0].similarity, 0.8);
  EXPECT_LT(b.near_duplicates[0].similarity, 1.0);

  // The link is stored both ways.
  auto na = engine_->GetNearDuplicates(a.id);
  ASSERT_TRUE(na.ok());
  ASSERT_EQ(na->size(), 1u);
  EXPECT_EQ((*na)[0].id, b.id);
  EXPECT_DOUBLE_EQ((*na)[0].similarity, b.near_duplicates[0].similarity);
  auto nb = engine_->GetNearDuplicates(b.id);
  ASSERT_TRUE(nb.ok());
  ASSERT_EQ(nb->size(), 1u);
  EXPECT_EQ((*nb)[0].id, a.id);

  // An unrelated text is not linked.
  std::string other =
      "Orchid Season at the Botanical Garden\n\n"
      "The botanical garden opened a new greenhouse for tropical orchids this spring. "
      "Visitors can walk along a raised path above the ponds and watch the gardeners at "
      "work. The collection includes more than four hundred species, many of them donated "
      "by private growers from across the continent.\n";
  IngestReport c = engine_->IngestBytes(other, "garden.txt", {});
  ASSERT_EQ(c.outcome, IngestOutcome::kAdded) << c.error.ToString();
  EXPECT_TRUE(c.near_duplicates.empty());
  EXPECT_EQ(engine_->Stats()->near_duplicate_pairs, 1);
}

TEST_F(EngineTest, BinaryInputFails) {
  std::string png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x02\0\0\0", 29);
  IngestReport r = engine_->IngestBytes(png, "photo.png", {});
  EXPECT_EQ(r.outcome, IngestOutcome::kFailed);
  EXPECT_EQ(r.path, "photo.png");
  EXPECT_EQ(r.error.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.error.message().find("PNG"), std::string::npos) << r.error.message();
  EXPECT_EQ(DocumentCount(), 0);

  IngestReport empty = engine_->IngestBytes("", "empty.txt", {});
  EXPECT_EQ(empty.outcome, IngestOutcome::kFailed);
  EXPECT_EQ(empty.error.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(DocumentCount(), 0);
}

// Regression: engine.h promises that IngestBytes never throws, but a text holding a
// non-ASCII decimal digit (fullwidth "２０２３") makes ingest::FindDates throw
// std::invalid_argument from std::stoi, which escapes IngestBytes.
TEST_F(EngineTest, NeverThrowsOnFullwidthDigits) {
  std::string text =
      "Annual Report \uFF12\uFF10\uFF12\uFF13\n\nThe report describes the trials held in "
      "Northtown and the conditions in the regional prison colony.\n";
  IngestReport r;
  EXPECT_NO_THROW(r = engine_->IngestBytes(text, "report.txt", {}));
  EXPECT_EQ(r.outcome, IngestOutcome::kAdded) << r.error.ToString();
}

TEST_F(EngineTest, IngestFile) {
  std::string path = dir_.File("statement.txt");
  {
    std::ofstream out(path, std::ios::binary);
    out << "Statement on the Northtown Verdict\n\n"
           "The Example Rights Watch, a network of lawyers, calls on the authorities to "
           "release the history teacher Ivan Fictionov and to review the verdict of the "
           "regional court, which ignored the evidence offered by the defence.\n";
  }
  IngestFileOptions opts;
  opts.url = "https://rights.example.org/2023/03/08/northtown-verdict";
  IngestReport r = engine_->IngestFile(path, opts);
  ASSERT_EQ(r.outcome, IngestOutcome::kAdded) << r.error.ToString();
  EXPECT_EQ(r.path, path);
  EXPECT_EQ(r.format, "text");
  EXPECT_EQ(r.title, "Statement on the Northtown Verdict");
  EXPECT_EQ(r.published, "2023-03-08");
  auto doc = engine_->GetDocument(r.id);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->meta.publisher.value, "Example Rights Watch");
  EXPECT_EQ(doc->meta.url, opts.url);
  EXPECT_EQ(doc->source_path, path);

  IngestReport missing = engine_->IngestFile(dir_.File("nope.txt"), {});
  EXPECT_EQ(missing.outcome, IngestOutcome::kFailed);
  EXPECT_EQ(missing.error.code(), StatusCode::kNotFound);

  IngestFileOptions tiny;
  tiny.max_bytes = 10;
  IngestReport big = engine_->IngestFile(path, tiny);
  EXPECT_EQ(big.outcome, IngestOutcome::kFailed);
  EXPECT_EQ(big.error.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(DocumentCount(), 1);
}

TEST_F(EngineTest, SearchListAndRemove) {
  IngestReport a = engine_->IngestBytes(
      ArticleHtml(kArticle, "Northtown Courier", "Teacher sentenced to six years",
                  "2023-03-07", ""),
      "courier.html", {});
  ASSERT_EQ(a.outcome, IngestOutcome::kAdded) << a.error.ToString();
  IngestReport b = engine_->IngestBytes(
      "Приговор учителю\n\nРайонный суд Нортауна приговорил учителя истории Ивана "
      "Фиктионова к шести годам колонии. Защита обжалует приговор.\n",
      "ru.txt", {});
  ASSERT_EQ(b.outcome, IngestOutcome::kAdded) << b.error.ToString();
  EXPECT_EQ(b.language, "ru");

  search::SearchRequest req;
  req.query = "Quellberg appeal";
  auto page = engine_->Search(req);
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  ASSERT_EQ(page->total, 1);
  EXPECT_EQ(page->hits[0].id, a.id);
  EXPECT_EQ(page->hits[0].title, "Teacher sentenced to six years");
  EXPECT_NE(page->hits[0].snippet.find("[Quellberg]"), std::string::npos) << page->hits[0].snippet;

  req.query = "приговор OR Quellberg";
  page = engine_->Search(req);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 2);
  req.filters.language = "ru";
  page = engine_->Search(req);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->total, 1);
  EXPECT_EQ(page->hits[0].id, b.id);

  search::SearchRequest bad;
  bad.query = "\"unclosed";
  EXPECT_EQ(engine_->Search(bad).status().code(), StatusCode::kInvalidArgument);

  auto list = engine_->ListDocuments({});
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].id, a.id);
  EXPECT_EQ((*list)[1].id, b.id);

  ASSERT_TRUE(engine_->RemoveDocument(a.id).ok());
  req.filters = {};
  req.query = "Quellberg";
  page = engine_->Search(req);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 0);
  EXPECT_EQ(engine_->GetDocument(a.id).status().code(), StatusCode::kNotFound);
  EXPECT_EQ(engine_->RemoveDocument(a.id).code(), StatusCode::kNotFound);
  EXPECT_EQ(DocumentCount(), 1);
  EXPECT_EQ(engine_->ListDocuments({})->size(), 1u);
}

TEST_F(EngineTest, RemovedDocumentCanBeIngestedAgain) {
  std::string text =
      "Northtown Teachers Protest\n\nTeachers in Northtown gathered outside the regional "
      "court on Monday to protest against the sentence handed down to their colleague.\n";
  IngestReport a = engine_->IngestBytes(text, "protest.txt", {});
  ASSERT_EQ(a.outcome, IngestOutcome::kAdded) << a.error.ToString();
  ASSERT_TRUE(engine_->RemoveDocument(a.id).ok());
  IngestReport b = engine_->IngestBytes(text, "protest.txt", {});
  ASSERT_EQ(b.outcome, IngestOutcome::kAdded) << b.error.ToString();
  EXPECT_TRUE(b.near_duplicates.empty());  // the removed copy left no link
  auto doc = engine_->GetDocument(b.id);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->meta.title.value, "Northtown Teachers Protest");
}

TEST(EngineOpenTest, MissingDatabaseWithoutCreate) {
  TempDir dir;
  std::string path = dir.File("absent.db");
  auto r = Engine::Open({path, false});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(fs::exists(path));
}

TEST(EngineOpenTest, DataSurvivesReopen) {
  TempDir dir;
  std::string path = dir.File("keep.db");
  int64_t id = 0;
  std::string text =
      "Court Hearing Postponed\n\nThe hearing in the case of the Northtown teacher was "
      "postponed until next month because the judge fell ill.\n";
  {
    auto e = Engine::Open({path, true});
    ASSERT_TRUE(e.ok());
    IngestReport r = (*e)->IngestBytes(text, "postponed.txt", {});
    ASSERT_EQ(r.outcome, IngestOutcome::kAdded) << r.error.ToString();
    id = r.id;
  }
  auto e = Engine::Open({path, false});
  ASSERT_TRUE(e.ok()) << e.status().ToString();
  IngestReport again = (*e)->IngestBytes(text, "postponed-copy.txt", {});
  EXPECT_EQ(again.outcome, IngestOutcome::kDuplicate);
  EXPECT_EQ(again.id, id);
  auto stats = (*e)->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 1);
}

}  // namespace
}  // namespace dossier::engine
