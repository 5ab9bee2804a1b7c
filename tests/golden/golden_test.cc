// Golden tests for cleaning: every file in examples/ is cleaned and its
// metadata and clean text compared with tests/golden/clean/<file>.json.
// Run with DOSSIER_UPDATE_GOLDEN=1 to rewrite the expectations, then
// review the diff before committing it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "base/files.h"
#include "engine/engine.h"
#include "ingest/ingest.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::ordered_json;

json Describe(const Document& d) {
  json j;
  j["format"] = FormatName(d.format);
  j["encoding"] = d.encoding;
  j["title"] = d.meta.title.value;
  j["published"] = d.meta.published.value;
  j["published_source"] = d.meta.published.source;
  j["publisher"] = d.meta.publisher.value;
  j["language"] = d.meta.language.value;
  j["paragraphs"] = json::array();
  size_t start = 0;
  const std::string& t = d.clean.text;
  while (start <= t.size()) {
    size_t e = t.find("\n\n", start);
    if (e == std::string::npos) e = t.size();
    j["paragraphs"].push_back(t.substr(start, e - start));
    start = e + 2;
  }
  return j;
}

std::vector<std::string> ExampleFiles() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(fs::path(DOSSIER_SOURCE_DIR) / "examples")) {
    if (e.is_regular_file()) out.push_back(e.path().filename().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Compares `got` with the golden file, or rewrites it when
// DOSSIER_UPDATE_GOLDEN is set. Returns the expectation (null when none).
json CompareWithGolden(const fs::path& golden, const json& got) {
  if (std::getenv("DOSSIER_UPDATE_GOLDEN")) {
    fs::create_directories(golden.parent_path());
    std::ofstream(golden) << got.dump(2) << "\n";
    return nullptr;
  }
  std::ifstream in(golden);
  if (!in) {
    ADD_FAILURE() << "missing golden file " << golden
                  << " (run with DOSSIER_UPDATE_GOLDEN=1 and review it)";
    return nullptr;
  }
  return json::parse(in);
}

std::string TestName(const ::testing::TestParamInfo<std::string>& info) {
  std::string n = info.param;
  for (auto& c : n) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return n;
}

class GoldenClean : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenClean, MatchesExpectation) {
  const fs::path src = fs::path(DOSSIER_SOURCE_DIR) / "examples" / GetParam();
  const fs::path golden =
      fs::path(DOSSIER_SOURCE_DIR) / "tests/golden/clean" / (GetParam() + ".json");
  auto bytes = ReadFileBytes(src.string());
  ASSERT_TRUE(bytes.ok()) << bytes.status().ToString();
  ingest::IngestOptions o;
  o.source_path = GetParam();
  auto doc = ingest::BuildDocument(std::move(bytes).value(), o);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  json got = Describe(*doc);
  json want = CompareWithGolden(golden, got);
  if (want.is_null()) return;
  for (const char* key : {"format", "encoding", "title", "published", "published_source",
                          "publisher", "language"}) {
    EXPECT_EQ(got[key], want[key]) << key;
  }
  ASSERT_EQ(got["paragraphs"].size(), want["paragraphs"].size());
  for (size_t i = 0; i < want["paragraphs"].size(); ++i) {
    EXPECT_EQ(got["paragraphs"][i], want["paragraphs"][i]) << "paragraph " << i;
  }
}

INSTANTIATE_TEST_SUITE_P(Examples, GoldenClean, ::testing::ValuesIn(ExampleFiles()), TestName);

// Golden tests for extraction: persons (name, role, variants) and events
// (type, person, date, detail) of every example, against
// tests/golden/extract/<file>.json. Mentions, times and quotes are covered
// by unit tests; here the point is what a researcher reads.
json DescribeExtraction(const nlp::Extraction& x) {
  json j;
  j["anchor_date"] = x.anchor_date;
  j["persons"] = json::array();
  for (const auto& p : x.persons) {
    auto variants = p.variants;
    std::sort(variants.begin(), variants.end());
    j["persons"].push_back({{"name", p.name}, {"role", nlp::RoleName(p.role)}, {"variants", variants}});
  }
  j["events"] = json::array();
  for (const auto& e : x.events) {
    j["events"].push_back({{"type", nlp::EventTypeName(e.type)},
                           {"person", x.persons[e.person].name},
                           {"date", e.date},
                           {"detail", e.detail}});
  }
  j["signers"] = json::array();
  for (const auto& sg : x.signers) j["signers"].push_back(sg.name);
  return j;
}

class GoldenExtract : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenExtract, MatchesExpectation) {
  const fs::path src = fs::path(DOSSIER_SOURCE_DIR) / "examples" / GetParam();
  const fs::path golden =
      fs::path(DOSSIER_SOURCE_DIR) / "tests/golden/extract" / (GetParam() + ".json");
  auto r = engine::ExtractFile(src.string(), {});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  json got = DescribeExtraction(r->extraction);
  json want = CompareWithGolden(golden, got);
  if (want.is_null()) return;
  EXPECT_EQ(got["anchor_date"], want["anchor_date"]);
  EXPECT_EQ(got["persons"].dump(1), want["persons"].dump(1));
  EXPECT_EQ(got["events"].dump(1), want["events"].dump(1));
  EXPECT_EQ(got["signers"].dump(1), want.value("signers", json::array()).dump(1));
}

INSTANTIATE_TEST_SUITE_P(Examples, GoldenExtract, ::testing::ValuesIn(ExampleFiles()), TestName);

}  // namespace
}  // namespace dossier
