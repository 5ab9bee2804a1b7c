// Unit tests of the SVG case timeline: well-formed XML, escaping, placement
// of events by date, partial dates as bars, UTF-8 text, the empty case and
// byte-for-byte determinism. All names are invented.
#include "engine/timeline_svg.h"

#include <gtest/gtest.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"

namespace dossier::engine {
namespace {

using json = nlohmann::ordered_json;

// ---- A small XML well-formedness check ---------------------------------------

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == ':' || c == '.';
}

// Checks that `text` (character data or an attribute value) has no raw '<'
// and that every '&' starts a known entity or a character reference.
std::string CheckChars(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '<') return "raw '<' in text";
    if (text[i] != '&') continue;
    const size_t semi = text.find(';', i);
    if (semi == std::string_view::npos) return "unterminated entity";
    const std::string_view ent = text.substr(i + 1, semi - i - 1);
    static const std::set<std::string_view> kNamed = {"amp", "lt", "gt", "quot", "apos"};
    bool ok = kNamed.count(ent) > 0;
    if (!ok && ent.size() > 1 && ent[0] == '#') {
      ok = true;
      const bool hex = ent[1] == 'x';
      for (size_t k = hex ? 2 : 1; k < ent.size(); ++k) {
        if (!(hex ? std::isxdigit(static_cast<unsigned char>(ent[k]))
                  : std::isdigit(static_cast<unsigned char>(ent[k])))) {
          ok = false;
        }
      }
    }
    if (!ok) return "bad entity &" + std::string(ent) + ";";
  }
  return "";
}

// Returns "" for a well-formed document (one root element, balanced tags,
// quoted and unique attributes, escaped text) or what is wrong.
std::string XmlError(std::string_view doc) {
  std::vector<std::string> stack;
  int roots = 0;
  size_t i = 0;
  if (doc.substr(0, 5) == "<?xml") {
    i = doc.find("?>");
    if (i == std::string_view::npos) return "unterminated declaration";
    i += 2;
  }
  while (i < doc.size()) {
    const size_t lt = doc.find('<', i);
    const std::string_view text =
        doc.substr(i, lt == std::string_view::npos ? doc.size() - i : lt - i);
    if (std::string err = CheckChars(text); !err.empty()) return err;
    if (stack.empty() && text.find_first_not_of(" \t\r\n") != std::string_view::npos) {
      return "text outside the root element";
    }
    if (lt == std::string_view::npos) break;
    i = lt + 1;
    if (doc.substr(i, 3) == "!--") {
      const size_t end = doc.find("-->", i);
      if (end == std::string_view::npos) return "unterminated comment";
      i = end + 3;
      continue;
    }
    const bool closing = i < doc.size() && doc[i] == '/';
    if (closing) ++i;
    size_t n = i;
    while (n < doc.size() && IsNameChar(doc[n])) ++n;
    const std::string name(doc.substr(i, n - i));
    if (name.empty()) return "empty tag name at " + std::to_string(i);
    i = n;
    std::set<std::string> attrs;
    bool self_closing = false;
    for (;;) {
      while (i < doc.size() && std::isspace(static_cast<unsigned char>(doc[i]))) ++i;
      if (i >= doc.size()) return "unterminated tag <" + name;
      if (doc[i] == '>') {
        ++i;
        break;
      }
      if (doc.substr(i, 2) == "/>" && !closing) {
        self_closing = true;
        i += 2;
        break;
      }
      if (closing) return "attributes on a closing tag </" + name;
      size_t a = i;
      while (a < doc.size() && IsNameChar(doc[a])) ++a;
      const std::string attr(doc.substr(i, a - i));
      if (attr.empty()) return "bad attribute in <" + name;
      if (!attrs.insert(attr).second) return "duplicate attribute " + attr + " in <" + name;
      if (a + 1 >= doc.size() || doc[a] != '=' || (doc[a + 1] != '"' && doc[a + 1] != '\'')) {
        return "unquoted attribute " + attr + " in <" + name;
      }
      const char q = doc[a + 1];
      const size_t end = doc.find(q, a + 2);
      if (end == std::string_view::npos) return "unterminated attribute " + attr;
      if (std::string err = CheckChars(doc.substr(a + 2, end - a - 2)); !err.empty()) {
        return err + " in attribute " + attr;
      }
      i = end + 1;
    }
    if (closing) {
      if (stack.empty() || stack.back() != name) return "mismatched </" + name + ">";
      stack.pop_back();
    } else {
      if (stack.empty() && ++roots > 1) return "more than one root element";
      if (!self_closing) stack.push_back(name);
    }
  }
  if (!stack.empty()) return "unclosed <" + stack.back() + ">";
  if (roots != 1) return "no root element";
  return "";
}

// ---- Reading the emitted SVG ------------------------------------------------------

// The attributes (name -> raw value) of the start tag at `at`.
std::map<std::string, std::string> TagAttrs(const std::string& svg, size_t at) {
  std::map<std::string, std::string> out;
  const size_t end = svg.find('>', at);
  size_t i = svg.find(' ', at);
  while (i < end) {
    const size_t eq = svg.find("=\"", i);
    if (eq >= end) break;
    const size_t close = svg.find('"', eq + 2);
    std::string name = svg.substr(i, eq - i);
    name.erase(0, name.find_first_not_of(' '));
    out[name] = svg.substr(eq + 2, close - eq - 2);
    i = close + 1;
  }
  return out;
}

// The attributes of the marker group of the event with this id.
std::map<std::string, std::string> EventAttrs(const std::string& svg, const std::string& id) {
  const size_t at = svg.find("<g data-event-id=\"" + id + "\"");
  if (at == std::string::npos) return {};
  return TagAttrs(svg, at);
}

// The SVG text of the marker group of the event with this id.
std::string EventGroup(const std::string& svg, const std::string& id) {
  const size_t at = svg.find("<g data-event-id=\"" + id + "\"");
  if (at == std::string::npos) return "";
  return svg.substr(at, svg.find("</g>", at) - at);
}

double X(const std::string& svg, const std::string& id, const std::string& attr = "data-x") {
  auto a = EventAttrs(svg, id);
  EXPECT_TRUE(a.count(attr)) << "event " << id << " has no " << attr;
  return a.count(attr) ? std::stod(a[attr]) : -1;
}

int Height(const std::string& svg) {
  const size_t at = svg.find("<svg ");
  EXPECT_NE(at, std::string::npos);
  if (at == std::string::npos) return 0;
  return std::stoi(TagAttrs(svg, at)["height"]);
}

json Source(int doc, const std::string& publisher, const std::string& published) {
  return {{"doc_id", doc},
          {"title", "Report " + std::to_string(doc)},
          {"publisher", publisher},
          {"published", published},
          {"date", published},
          {"quote", "A sentence quoted verbatim."},
          {"start", 0},
          {"end", 27}};
}

json Ev(int id, const std::string& type, const std::string& date, const std::string& detail = "") {
  return {{"id", id},
          {"type", type},
          {"date", date},
          {"place", ""},
          {"country", "KG"},
          {"detail", detail},
          {"duration", ""},
          {"certainty", "reported"},
          {"corroboration", 1},
          {"conflicts", json::array()},
          {"sources", json::array({Source(id, "Kloop Weekly", "2022-03-31")})}};
}

json Profile() {
  json p = {{"id", 12},
            {"name", "Bakyt Temirbayev"},
            {"names", {"Bakyt Temirbayev", "Temirbaev", "Бакыт Темирбаев"}},
            {"roles", {"subject"}},
            {"countries", {"KG"}},
            {"status", "sentenced"},
            {"status_date", "2022-03-30"},
            {"as_of", "2025-06-02"}};
  json arrest = Ev(5, "arrest", "2021-11-02");
  arrest["place"] = "SIZO-1";
  arrest["corroboration"] = 2;
  arrest["sources"].push_back(Source(6, "Radio Azattyk Fiction", "2021-11-05"));
  arrest["conflicts"] = json::array({{{"field", "date"},
                                      {"claims",
                                       {{{"value", "2021-11-02"}, {"sources", {0}}},
                                        {{"value", "2021-11-04"}, {"sources", {1}}}}}}});
  json ill = Ev(6, "ill_treatment", "2021-11", "beaten in custody");
  ill["certainty"] = "alleged";
  json sentence = Ev(7, "sentence", "2022-03-30", "11 years 2 months");
  sentence["duration"] = "P11Y2M";
  json transfer = Ev(8, "transfer", "2022", "moved to a colony");
  json health = Ev(9, "health", "", "denied medical care");
  p["events"] = json::array(
      {arrest, ill, Ev(10, "charge", "2021-11-05", "Article 330"), sentence, transfer, health});
  p["calls"] = json::array({{{"doc_id", 3},
                             {"organization", "Aigul Saparova Foundation"},
                             {"quote", "We call for his immediate release."}}});
  return p;
}

// ---- Tests ---------------------------------------------------------------------

TEST(XmlCheckTest, CatchesMalformedDocuments) {
  EXPECT_EQ(XmlError("<svg><g/></svg>"), "");
  EXPECT_NE(XmlError("<svg><g></svg>"), "");
  EXPECT_NE(XmlError("<svg>a & b</svg>"), "");
  EXPECT_NE(XmlError("<svg a=\"1\" a=\"2\"/>"), "");
  EXPECT_NE(XmlError("<svg a=1/>"), "");
  EXPECT_NE(XmlError("<svg/><svg/>"), "");
}

TEST(TimelineSvgTest, IsWellFormedXml) {
  const std::string svg = RenderTimelineSvg(Profile());
  EXPECT_EQ(XmlError(svg), "");
  EXPECT_TRUE(IsValidUtf8(svg));
  EXPECT_EQ(svg.rfind("<?xml", 0), 0u);
}

TEST(TimelineSvgTest, PassesXmllintWhenInstalled) {
  if (std::system("command -v xmllint >/dev/null 2>&1") != 0) GTEST_SKIP() << "no xmllint";
  const auto path = std::filesystem::path(::testing::TempDir()) / "timeline_svg_test.svg";
  {
    std::ofstream f(path, std::ios::binary);
    f << RenderTimelineSvg(Profile());
  }
  const std::string cmd = "xmllint --noout '" + path.string() + "' 2>/dev/null";
  EXPECT_EQ(std::system(cmd.c_str()), 0);
  std::filesystem::remove(path);
}

TEST(TimelineSvgTest, StandaloneAndAccessible) {
  const std::string svg = RenderTimelineSvg(Profile());
  EXPECT_NE(svg.find(R"(role="img")"), std::string::npos);
  EXPECT_NE(svg.find(R"(aria-labelledby="timeline-12-title timeline-12-desc")"), std::string::npos);
  EXPECT_NE(svg.find(R"(<title id="timeline-12-title">Case timeline: Bakyt Temirbayev</title>)"),
            std::string::npos);
  EXPECT_NE(svg.find(R"(<desc id="timeline-12-desc">)"), std::string::npos);
  EXPECT_NE(svg.find(R"(font-family="sans-serif")"), std::string::npos);
  EXPECT_NE(svg.find(R"(width="1000")"), std::string::npos);
  // No external resources: no links, images, stylesheets or web fonts.
  EXPECT_EQ(svg.find("href"), std::string::npos);
  EXPECT_EQ(svg.find("<image"), std::string::npos);
  EXPECT_EQ(svg.find("@import"), std::string::npos);
  EXPECT_EQ(svg.find("url("), std::string::npos);
  EXPECT_EQ(svg.find("<script"), std::string::npos);
}

TEST(TimelineSvgTest, HeaderShowsStatusSpellingsAndAsOf) {
  const std::string svg = RenderTimelineSvg(Profile());
  EXPECT_NE(svg.find("sentenced since 30 Mar 2022"), std::string::npos);
  EXPECT_NE(svg.find("as of 2 Jun 2025"), std::string::npos);
  EXPECT_NE(svg.find("Also known as: Temirbaev; Бакыт Темирбаев"), std::string::npos);
}

TEST(TimelineSvgTest, LabelsAndListDescribeEvents) {
  const std::string svg = RenderTimelineSvg(Profile());
  EXPECT_NE(svg.find(">2. Arrest<"), std::string::npos);  // after the "Nov 2021" event
  EXPECT_NE(svg.find("alleged: beaten in custody"), std::string::npos);
  EXPECT_NE(svg.find("2 Nov 2021 · 2 sources"), std::string::npos);
  EXPECT_NE(svg.find("⚠ conflicting dates"), std::string::npos);
  EXPECT_NE(svg.find("11 years 2 months"), std::string::npos);
  // The list names the first source and its publication date.
  EXPECT_NE(svg.find("first source: Kloop Weekly, published 31 Mar 2022"), std::string::npos);
  EXPECT_NE(svg.find("Sources disagree on the date: “2 Nov 2021” (Kloop Weekly) vs “4 Nov 2021” "
                     "(Radio Azattyk Fiction)"),
            std::string::npos);
  EXPECT_NE(svg.find("Aigul Saparova Foundation"), std::string::npos);
  EXPECT_NE(svg.find("Detention (arrest, transfer)"), std::string::npos);
  EXPECT_NE(svg.find("Alleged (dashed outline)"), std::string::npos);
}

TEST(TimelineSvgTest, UndatedEventsAreListedNotPlotted) {
  const std::string svg = RenderTimelineSvg(Profile());
  EXPECT_TRUE(EventAttrs(svg, "9").empty());
  EXPECT_NE(svg.find("date unknown — Health"), std::string::npos);
  EXPECT_NE(svg.find("1 event without a known date is listed below."), std::string::npos);
}

TEST(TimelineSvgTest, EscapesMarkupEverywhere) {
  json p = Profile();
  p["name"] = "<script>alert(\"x\")</script> & 'Co'";
  p["names"] = {"Temirbaev <b>", "A&B"};
  p["events"][0]["detail"] = "</text><g>&amp;";
  p["events"][0]["place"] = "\"SIZO\" <1>";
  p["events"][0]["sources"][0]["publisher"] = "News & <Views>";
  p["calls"][0]["quote"] = "Free him & <all> others";
  const std::string svg = RenderTimelineSvg(p);
  EXPECT_EQ(XmlError(svg), "");
  EXPECT_EQ(svg.find("<script"), std::string::npos);
  EXPECT_EQ(svg.find("<b>"), std::string::npos);
  EXPECT_NE(svg.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;Co&apos;"),
            std::string::npos);
  EXPECT_NE(svg.find("&lt;/text&gt;&lt;g&gt;&amp;amp;"), std::string::npos);
  EXPECT_NE(svg.find("News &amp; &lt;Views&gt;"), std::string::npos);
}

TEST(TimelineSvgTest, EventsRunLeftToRightByDate) {
  json p = Profile();
  p["events"] = json::array({Ev(1, "arrest", "2019-05-01"), Ev(3, "trial", "2020-02-10"),
                             Ev(2, "release", "2021-03-10")});
  const std::string svg = RenderTimelineSvg(p);
  EXPECT_EQ(XmlError(svg), "");
  const double x2019 = X(svg, "1"), x2020 = X(svg, "3"), x2021 = X(svg, "2");
  EXPECT_LT(x2019, x2020);
  EXPECT_LT(x2020, x2021);
  // Scaled from the earliest to the latest event with a little padding.
  EXPECT_GT(x2019, 40);
  EXPECT_LT(x2021, 960);
  EXPECT_GT(x2021 - x2019, 700);
  // Year ticks for a multi-year span.
  EXPECT_NE(svg.find(">2020</text>"), std::string::npos);
  EXPECT_NE(svg.find(">2021</text>"), std::string::npos);
}

TEST(TimelineSvgTest, PlacesByDateEvenWhenInputIsUnsorted) {
  json p = Profile();
  p["events"] = json::array({Ev(2, "release", "2021-03-10"), Ev(1, "arrest", "2019-05-01")});
  const std::string svg = RenderTimelineSvg(p);
  EXPECT_LT(X(svg, "1"), X(svg, "2"));
  EXPECT_LT(svg.find("1 May 2019 — Arrest"), svg.find("10 Mar 2021 — Release"));
}

TEST(TimelineSvgTest, ShortSpansGetMonthTicks) {
  json p = Profile();
  p["events"] = json::array({Ev(1, "arrest", "2022-02-03"), Ev(2, "charge", "2022-05-20")});
  const std::string svg = RenderTimelineSvg(p);
  // No 1 January in view: the first month label carries the year.
  EXPECT_TRUE(svg.find(">Jan 2022</text>") != std::string::npos ||
              svg.find(">Feb 2022</text>") != std::string::npos ||
              svg.find(">Mar 2022</text>") != std::string::npos);
  EXPECT_EQ(svg.find(">2022</text>"), std::string::npos);
  EXPECT_NE(svg.find(">Apr</text>"), std::string::npos);
}

TEST(TimelineSvgTest, PartialDatesAreDrawnAsSpans) {
  json p = Profile();
  p["events"] = json::array({Ev(1, "arrest", "2021-11-02"), Ev(2, "ill_treatment", "2021-11"),
                             Ev(3, "transfer", "2022"), Ev(4, "release", "2023-06-01")});
  const std::string svg = RenderTimelineSvg(p);
  auto day = EventAttrs(svg, "1"), month = EventAttrs(svg, "2"), year = EventAttrs(svg, "3");
  EXPECT_EQ(day["data-precision"], "day");
  EXPECT_EQ(day.count("data-x1"), 0u);
  EXPECT_EQ(EventGroup(svg, "1").find("class=\"span\""), std::string::npos);
  EXPECT_EQ(month["data-precision"], "month");
  EXPECT_EQ(year["data-precision"], "year");
  const double m1 = X(svg, "2", "data-x1"), m2 = X(svg, "2", "data-x2");
  const double y1 = X(svg, "3", "data-x1"), y2 = X(svg, "3", "data-x2");
  EXPECT_LT(m1, m2);
  EXPECT_LT(y1, y2);
  EXPECT_GT(y2 - y1, 8 * (m2 - m1));  // a year is about twelve months wide
  EXPECT_NEAR(X(svg, "2"), (m1 + m2) / 2, 0.11);
  // The 2 Nov point lies inside the November bar; the bar is a drawn rect.
  EXPECT_GT(X(svg, "1"), m1);
  EXPECT_LT(X(svg, "1"), m2);
  EXPECT_NE(EventGroup(svg, "2").find("<rect class=\"span\""), std::string::npos);
  EXPECT_NE(EventGroup(svg, "3").find("<rect class=\"span\""), std::string::npos);
  EXPECT_NE(svg.find("Known only to the month or year (bar)"), std::string::npos);
}

TEST(TimelineSvgTest, CategoriesDifferInShapeAndAllegedIsDashed) {
  json p = Profile();
  p["events"] = json::array({Ev(1, "arrest", "2021-01-05"), Ev(2, "trial", "2021-04-05"),
                             Ev(3, "death", "2021-07-05"), Ev(4, "release", "2021-10-05")});
  p["events"][2]["certainty"] = "alleged";
  const std::string svg = RenderTimelineSvg(p);
  EXPECT_EQ(EventAttrs(svg, "1")["data-category"], "detention");
  EXPECT_EQ(EventAttrs(svg, "2")["data-category"], "judicial");
  EXPECT_EQ(EventAttrs(svg, "3")["data-category"], "harm");
  EXPECT_EQ(EventAttrs(svg, "4")["data-category"], "release");
  EXPECT_NE(EventGroup(svg, "1").find("<rect x="), std::string::npos);  // square
  EXPECT_NE(EventGroup(svg, "2").find("<polygon"), std::string::npos);  // diamond
  EXPECT_NE(EventGroup(svg, "4").find("<circle"), std::string::npos);   // circle
  EXPECT_NE(EventGroup(svg, "3").find("stroke-dasharray"), std::string::npos);
  EXPECT_EQ(EventGroup(svg, "2").find("stroke-dasharray"), std::string::npos);
}

TEST(TimelineSvgTest, KeepsCyrillicText) {
  json p = Profile();
  p["name"] = "Бакыт Темирбаев";
  p["names"] = {"Бакыт Темирбаев", "Bakyt Temirbayev"};
  p["events"][0]["detail"] = "задержан сотрудниками ГКНБ в Бишкеке у своего дома рано утром";
  p["events"][0]["place"] = "СИЗО-1";
  const std::string svg = RenderTimelineSvg(p);
  EXPECT_EQ(XmlError(svg), "");
  EXPECT_TRUE(IsValidUtf8(svg));
  EXPECT_NE(svg.find("Case timeline: Бакыт Темирбаев"), std::string::npos);
  EXPECT_NE(svg.find("СИЗО-1"), std::string::npos);
  // The label cuts the long detail by estimated width, between code points.
  EXPECT_NE(svg.find("задержан сотрудниками"), std::string::npos);
  EXPECT_NE(svg.find("…</text>"), std::string::npos);
}

TEST(TimelineSvgTest, NoEventsStillGivesAPicture) {
  json p = Profile();
  p["events"] = json::array();
  const std::string svg = RenderTimelineSvg(p);
  EXPECT_EQ(XmlError(svg), "");
  EXPECT_NE(svg.find("No dated events"), std::string::npos);
  EXPECT_NE(svg.find("Bakyt Temirbayev"), std::string::npos);
  EXPECT_NE(svg.find("sentenced since 30 Mar 2022"), std::string::npos);
  EXPECT_GT(Height(svg), 100);

  // Only undated events: still no axis, but the list.
  p["events"] = json::array({Ev(1, "disappearance", "")});
  const std::string undated = RenderTimelineSvg(p);
  EXPECT_EQ(XmlError(undated), "");
  EXPECT_NE(undated.find("No dated events"), std::string::npos);
  EXPECT_NE(undated.find("date unknown — Disappearance"), std::string::npos);
}

TEST(TimelineSvgTest, SurvivesNullMissingAndMistypedFields) {
  for (const json& p :
       {json(), json::object(), json::array(), json("text"),
        json{{"name", nullptr}, {"events", nullptr}, {"names", "Temirbaev"}},
        json{{"name", 7},
             {"status", nullptr},
             {"events",
              {nullptr,
               3,
               json::object(),
               {{"id", "x1"}, {"date", 2021}, {"type", nullptr}},
               {{"id", 2}, {"date", "2021-02-30"}, {"type", "trial"}},
               {{"id", 3},
                {"date", "2021-13"},
                {"sources", "none"},
                {"conflicts", {{{"claims", {{{"value", nullptr}, {"sources", {7, "a"}}}}}}}}},
               {{"id", 4},
                {"date", "2021-05-06"},
                {"corroboration", "two"},
                {"certainty", "ALLEGED"}}}}}}) {
    std::string svg;
    ASSERT_NO_THROW(svg = RenderTimelineSvg(p)) << p.dump();
    EXPECT_EQ(XmlError(svg), "") << p.dump();
    EXPECT_TRUE(IsValidUtf8(svg));
  }
  const std::string svg = RenderTimelineSvg(
      {{"name", 7}, {"events", {{{"id", 2}, {"date", "2021-02-30"}, {"type", "trial"}}}}});
  EXPECT_NE(svg.find("date unknown (given as “2021-02-30”)"), std::string::npos);
}

TEST(TimelineSvgTest, CleansBadUtf8AndControlCharacters) {
  json p = Profile();
  p["name"] = std::string("Bakyt\x01 \xff Temir\nbayev");
  const std::string svg = RenderTimelineSvg(p);
  EXPECT_EQ(XmlError(svg), "");
  EXPECT_TRUE(IsValidUtf8(svg));
  EXPECT_EQ(svg.find('\x01'), std::string::npos);
  EXPECT_NE(svg.find("Bakyt \uFFFD Temir bayev"), std::string::npos);
}

TEST(TimelineSvgTest, CrowdedEventsStackAndGrowThePicture) {
  json p = Profile();
  p["events"] = json::array({Ev(1, "arrest", "2021-11-02")});
  const int one = Height(RenderTimelineSvg(p));
  p["events"] = json::array();
  for (int i = 0; i < 12; ++i) {
    p["events"].push_back(Ev(100 + i, i % 2 ? "trial" : "transfer",
                             "2021-11-0" + std::to_string(1 + i % 9),
                             "a fairly long detail that will be cut"));
  }
  const std::string svg = RenderTimelineSvg(p);
  EXPECT_EQ(XmlError(svg), "");
  EXPECT_GT(Height(svg), one + 200);
  for (int i = 0; i < 12; ++i) EXPECT_FALSE(EventAttrs(svg, std::to_string(100 + i)).empty());
  // Too many lanes of full labels: the labels shrink to one line each.
  EXPECT_NE(svg.find("Labels are shortened to fit"), std::string::npos);
  EXPECT_EQ(svg.find("a fairly long detail…</text>"), std::string::npos);
  EXPECT_NE(svg.find("a fairly long detail that will be cut"), std::string::npos);  // in the list
}

TEST(TimelineSvgTest, FewEventsKeepFullLabels) {
  const std::string svg = RenderTimelineSvg(Profile());
  EXPECT_EQ(svg.find("Labels are shortened to fit"), std::string::npos);
}

TEST(TimelineSvgTest, IsDeterministic) {
  const json p = Profile();
  const std::string a = RenderTimelineSvg(p);
  const std::string b = RenderTimelineSvg(json::parse(p.dump()));
  EXPECT_EQ(a, b);
  EXPECT_EQ(a, RenderTimelineSvg(p));
}

}  // namespace
}  // namespace dossier::engine
