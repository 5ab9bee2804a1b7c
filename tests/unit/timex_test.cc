// Unit tests of the time-expression annotator (nlp/timex.h). Every sentence
// is invented for these tests.
#include "nlp/timex.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace dossier::nlp {
namespace {

// 2020-07-25 is a Saturday in ISO week 30.
constexpr std::string_view kAnchor = "2020-07-25";

struct Expect {
  std::string_view text;
  TimexType type;
  std::string_view value;
};

// Annotates `text` and checks that each expected expression is found with
// exactly that extent, type and value, and that offsets point at its text.
void ExpectTimes(std::string_view text, std::string_view anchor, std::string_view lang,
                 const std::vector<Expect>& expected) {
  SCOPED_TRACE(std::string(text));
  auto got = AnnotateTimes(text, anchor, lang);
  for (const auto& e : got) {
    ASSERT_LE(e.start, e.end);
    ASSERT_LE(e.end, text.size());
    EXPECT_EQ(text.substr(e.start, e.end - e.start), e.text);
  }
  for (const auto& x : expected) {
    const TimeExpr* hit = nullptr;
    for (const auto& e : got)
      if (e.text == x.text) hit = &e;
    if (hit == nullptr) {
      std::string all;
      for (const auto& e : got) all += "[" + e.text + "=" + e.value + "] ";
      ADD_FAILURE() << "no expression \"" << x.text << "\"; found: " << all;
      continue;
    }
    EXPECT_EQ(TimexTypeName(hit->type), TimexTypeName(x.type)) << x.text;
    EXPECT_EQ(hit->value, x.value) << x.text;
  }
}

void ExpectNone(std::string_view text, std::string_view lang = "en") {
  auto got = AnnotateTimes(text, kAnchor, lang);
  std::string all;
  for (const auto& e : got) all += "[" + e.text + "=" + e.value + "] ";
  EXPECT_TRUE(got.empty()) << text << " -> " << all;
}

using T = TimexType;

TEST(TimexTest, TypeNames) {
  EXPECT_EQ(TimexTypeName(T::kDate), "DATE");
  EXPECT_EQ(TimexTypeName(T::kTime), "TIME");
  EXPECT_EQ(TimexTypeName(T::kDuration), "DURATION");
  EXPECT_EQ(TimexTypeName(T::kSet), "SET");
}

TEST(TimexTest, AbsoluteDates) {
  ExpectTimes("The lighthouse at Korvanger reopened on 25 June 2010 after repairs.", kAnchor,
              "en", {{"25 June 2010", T::kDate, "2010-06-25"}});
  ExpectTimes("Mayor Telfer signed the order on June 25, 2010, in the old hall.", kAnchor, "en",
              {{"June 25, 2010", T::kDate, "2010-06-25"}});
  ExpectTimes("The ferry log for 2010-06-25 lists eleven crossings.", kAnchor, "en",
              {{"2010-06-25", T::kDate, "2010-06-25"}});
  ExpectTimes("The clinic opened on 25.06.2010 in Brekkavik.", kAnchor, "en",
              {{"25.06.2010", T::kDate, "2010-06-25"}});
  ExpectTimes("The bakery closed in September 2010 and reopened in 2012.", kAnchor, "en",
              {{"September 2010", T::kDate, "2010-09"}, {"2012", T::kDate, "2012"}});
  ExpectTimes("Trams ran on that line throughout the 1990s.", kAnchor, "en",
              {{"the 1990s", T::kDate, "199"}});
  ExpectTimes("The choir toured the coast in spring 2021.", kAnchor, "en",
              {{"spring 2021", T::kDate, "2021-SP"}});
  ExpectTimes("Orders for kayaks fell in the third quarter.", kAnchor, "en",
              {{"the third quarter", T::kDate, "2020-Q3"}});
  ExpectTimes("The dairy lost money in the fourth quarter of 2019.", kAnchor, "en",
              {{"the fourth quarter of 2019", T::kDate, "2019-Q4"}});
  ExpectTimes("Its founder was born in the 19th century.", kAnchor, "en",
              {{"the 19th century", T::kDate, "18"}});
  ExpectTimes("The orchard was planted on Monday, March 2, 2015.", kAnchor, "en",
              {{"Monday, March 2, 2015", T::kDate, "2015-03-02"}});
}

TEST(TimexTest, PartialDatesTakeTheClosestYear) {
  ExpectTimes("The regatta took place on 25 July.", kAnchor, "en",
              {{"25 July", T::kDate, "2020-07-25"}});
  // January 2021 is closer to the anchor than January 2020.
  ExpectTimes("The bridge will reopen on Jan. 10.", "2020-11-20", "en",
              {{"Jan. 10", T::kDate, "2021-01-10"}});
  // After a past participle the date is not after the anchor.
  ExpectTimes("Revenue for the year ended March 31 rose.", "2020-11-20", "en",
              {{"March 31", T::kDate, "2020-03-31"}});
  ExpectTimes("The museum opened in October.", "2020-11-20", "en",
              {{"October", T::kDate, "2020-10"}});
  // Without an anchor the year stays unknown.
  ExpectTimes("The regatta took place on 25 July.", "", "en",
              {{"25 July", T::kDate, "XXXX-07-25"}});
}

TEST(TimexTest, Weekdays) {
  ExpectTimes("The harbour master said on Wednesday that the pier was safe.", kAnchor, "en",
              {{"Wednesday", T::kDate, "2020-07-22"}});
  ExpectTimes("The council will vote on Wednesday.", kAnchor, "en",
              {{"Wednesday", T::kDate, "2020-07-29"}});
  ExpectTimes("The trawler docked last Friday and leaves next Monday.", kAnchor, "en",
              {{"last Friday", T::kDate, "2020-07-24"}, {"next Monday", T::kDate, "2020-07-27"}});
  ExpectTimes("The storm hit the village on Saturday.", kAnchor, "en",
              {{"Saturday", T::kDate, "2020-07-25"}});
}

TEST(TimexTest, DeicticExpressions) {
  ExpectTimes("The pharmacy was closed yesterday but opens today and tomorrow.", kAnchor, "en",
              {{"yesterday", T::kDate, "2020-07-24"},
               {"today", T::kDate, "2020-07-25"},
               {"tomorrow", T::kDate, "2020-07-26"}});
  ExpectTimes("Sales doubled last year and this month, and may slow next week.", kAnchor, "en",
              {{"last year", T::kDate, "2019"},
               {"this month", T::kDate, "2020-07"},
               {"next week", T::kDate, "2020-W31"}});
  ExpectTimes("The mill burned down two years ago.", kAnchor, "en",
              {{"two years ago", T::kDate, "2018"}});
  ExpectTimes("The orchard flooded a few days ago.", kAnchor, "en",
              {{"a few days ago", T::kDate, "PAST_REF"}});
  ExpectTimes("The keeper had left the day before.", kAnchor, "en",
              {{"the day before", T::kDate, "2020-07-24"}});
  ExpectTimes("The ferry now runs hourly, and fares are currently low.", kAnchor, "en",
              {{"now", T::kDate, "PRESENT_REF"}, {"currently", T::kDate, "PRESENT_REF"}});
  ExpectTimes("The pier was recently painted.", kAnchor, "en",
              {{"recently", T::kDate, "PAST_REF"}});
  ExpectTimes("Ferries were slower in the past and will be faster in the future.", kAnchor, "en",
              {{"the past", T::kDate, "PAST_REF"}, {"the future", T::kDate, "FUTURE_REF"}});
  ExpectTimes("The market reopens early next year.", kAnchor, "en",
              {{"early next year", T::kDate, "2021"}});
  ExpectTimes("The team travelled last fall.", kAnchor, "en",
              {{"last fall", T::kDate, "2019-FA"}});
  // Without an anchor: unknown digits.
  ExpectTimes("The pharmacy was closed yesterday.", "", "en",
              {{"yesterday", T::kDate, "XXXX-XX-XX"}});
}

TEST(TimexTest, Ranges) {
  ExpectTimes("The fair runs 25-27 November 2022 in Hallsby.", kAnchor, "en",
              {{"25", T::kDate, "2022-11-25"}, {"27 November 2022", T::kDate, "2022-11-27"}});
  ExpectTimes("She chaired the board from 2014 to 2016.", kAnchor, "en",
              {{"2014", T::kDate, "2014"}, {"2016", T::kDate, "2016"}});
  ExpectTimes("The festival ran June 5-7, 2019.", kAnchor, "en",
              {{"June 5", T::kDate, "2019-06-05"}, {"7, 2019", T::kDate, "2019-06-07"}});
}

TEST(TimexTest, Durations) {
  ExpectTimes("He kept the lighthouse for 11 years and 2 months.", kAnchor, "en",
              {{"11 years and 2 months", T::kDuration, "P11Y2M"}});
  ExpectTimes("The drought lasted ten years.", kAnchor, "en",
              {{"ten years", T::kDuration, "P10Y"}});
  ExpectTimes("The strike lasted 48 hours, then three days, then 15 days.", kAnchor, "en",
              {{"48 hours", T::kDuration, "PT48H"},
               {"three days", T::kDuration, "P3D"},
               {"15 days", T::kDuration, "P15D"}});
  ExpectTimes("The repairs took several years.", kAnchor, "en",
              {{"several years", T::kDuration, "PXY"}});
  ExpectTimes("The trial took twenty-five days and a dozen weeks of appeals.", kAnchor, "en",
              {{"twenty-five days", T::kDuration, "P25D"}, {"a dozen weeks", T::kDuration, "P12W"}});
  ExpectTimes("The crossing takes 2 1/2 hours on a two-year-old ferry.", kAnchor, "en",
              {{"2 1/2 hours", T::kDuration, "PT2H30M"}});
  ExpectTimes("They signed a two-year contract for the past two months.", kAnchor, "en",
              {{"two-year", T::kDuration, "P2Y"}, {"the past two months", T::kDuration, "P2M"}});
}

TEST(TimexTest, AgesAreNotTimeExpressions) {
  ExpectNone("The keeper, 52 years old, lives alone with a 6-year-old dog.");
}

TEST(TimexTest, Times) {
  ExpectTimes("The vote starts at 10:00 and ends at 11 a.m. on the pier.", kAnchor, "en",
              {{"10:00", T::kTime, "2020-07-25T10:00"}, {"11 a.m.", T::kTime, "2020-07-25T11:00"}});
  ExpectTimes("The bell rang at 4:30 p.m. Friday.", kAnchor, "en",
              {{"4:30 p.m. Friday", T::kTime, "2020-07-24T16:30"}});
  ExpectTimes("The boats left this morning and return tonight.", kAnchor, "en",
              {{"this morning", T::kTime, "2020-07-25TMO"}, {"tonight", T::kTime, "2020-07-25TNI"}});
  ExpectTimes("The market closes at noon.", kAnchor, "en",
              {{"noon", T::kTime, "2020-07-25T12:00"}});
}

TEST(TimexTest, Sets) {
  ExpectTimes("The choir meets every week and the bakery delivers daily.", kAnchor, "en",
              {{"every week", T::kSet, "P1W"}, {"daily", T::kSet, "P1D"}});
  ExpectTimes("The museum is closed each Monday.", kAnchor, "en",
              {{"each Monday", T::kSet, "XXXX-WXX-1"}});
  ExpectTimes("Members pay $40 a year.", kAnchor, "en", {{"a year", T::kSet, "P1Y"}});
  // An adjective is not a set.
  ExpectNone("The daily newspaper printed its quarterly figures.");
}

TEST(TimexTest, HolidaysAndSpelledYears) {
  ExpectTimes("The skiff capsized on Thanksgiving Day.", "2021-01-07", "en",
              {{"Thanksgiving Day", T::kDate, "2020-11-26"}});
  ExpectTimes("The guild was founded in nineteen ninety-six.", kAnchor, "en",
              {{"nineteen ninety-six", T::kDate, "1996"}});
}

TEST(TimexTest, QuarterlyReportsUseThePeriodUnderDiscussion) {
  ExpectTimes(
      "Brekka Foods earned $4 million in the third quarter, up from $3 million a year ago.",
      "2019-10-28", "en",
      {{"the third quarter", T::kDate, "2019-Q3"}, {"a year ago", T::kDate, "2018-Q3"}});
}

TEST(TimexTest, Russian) {
  ExpectTimes("Договор подписан 5 марта 2023 г. в Тромсё.", kAnchor, "ru",
              {{"5 марта 2023 г.", T::kDate, "2023-03-05"}});
  ExpectTimes("Паром придёт 5 марта.", "2023-03-01", "ru", {{"5 марта", T::kDate, "2023-03-05"}});
  ExpectTimes("В марте 2023 года мост закрыли, а в 2019 году открыли.", kAnchor, "ru",
              {{"марте 2023 года", T::kDate, "2023-03"}, {"2019 году", T::kDate, "2019"}});
  ExpectTimes("В прошлом году маяк покрасили, на прошлой неделе тоже.", kAnchor, "ru",
              {{"прошлом году", T::kDate, "2019"}, {"прошлой неделе", T::kDate, "2020-W29"}});
  ExpectTimes("Вчера шёл дождь, сегодня солнце.", kAnchor, "ru",
              {{"Вчера", T::kDate, "2020-07-24"}, {"сегодня", T::kDate, "2020-07-25"}});
  ExpectTimes("Он служил 11 лет и 2 месяца, потом ещё 10 лет.", kAnchor, "ru",
              {{"11 лет и 2 месяца", T::kDuration, "P11Y2M"}, {"10 лет", T::kDuration, "P10Y"}});
  ExpectTimes("Два года назад мельница сгорела.", kAnchor, "ru",
              {{"Два года назад", T::kDate, "2018"}});
  ExpectTimes("Хор репетирует ежедневно, а совет собирается каждую неделю.", kAnchor, "ru",
              {{"ежедневно", T::kSet, "P1D"}, {"каждую неделю", T::kSet, "P1W"}});
  ExpectTimes("Сейчас паром ходит весной 2021 года реже.", kAnchor, "ru",
              {{"Сейчас", T::kDate, "PRESENT_REF"}, {"весной 2021 года", T::kDate, "2021-SP"}});
  ExpectTimes("С 2014 по 2016 год он жил в Бергене.", kAnchor, "ru",
              {{"2014", T::kDate, "2014"}, {"2016 год", T::kDate, "2016"}});
}

TEST(TimexTest, OffsetsAreUtf8Bytes) {
  std::string text = "Пирс отремонтировали 12 мая 2021 года — за три дня.";
  auto got = AnnotateTimes(text, kAnchor, "ru");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(text.substr(got[0].start, got[0].end - got[0].start), "12 мая 2021 года");
  EXPECT_EQ(got[0].value, "2021-05-12");
  EXPECT_EQ(text.substr(got[1].start, got[1].end - got[1].start), "три дня");
  EXPECT_EQ(got[1].value, "P3D");
}

TEST(TimexTest, RelativeFlag) {
  auto got = AnnotateTimes("It rained yesterday and on 3 May 2011.", kAnchor, "en");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_TRUE(got[0].relative);
  EXPECT_FALSE(got[1].relative);
}

TEST(TimexTest, NoFalseAlarms) {
  ExpectNone("The harbour has 2000 moorings and 35 boats.");
  ExpectNone("She may march to the hall with Jan and Will.");
  ExpectNone("");
}

TEST(TimexTest, DeterministicAndThreadSafe) {
  std::string text;
  for (int k = 0; k < 50; ++k) {
    text +=
        "On Friday the ferry company said revenue rose 5% in the third quarter of 2019, "
        "two years after it started. It will sail daily from 5 March until next week. "
        "Вчера, 5 марта 2023 г., паром простоял 11 лет и 2 месяца. ";
  }
  auto first = AnnotateTimes(text, kAnchor, "en");
  ASSERT_FALSE(first.empty());
  auto same = [&](const std::vector<TimeExpr>& other) {
    if (other.size() != first.size()) return false;
    for (size_t k = 0; k < other.size(); ++k) {
      if (other[k].start != first[k].start || other[k].end != first[k].end ||
          other[k].value != first[k].value || other[k].type != first[k].type)
        return false;
    }
    return true;
  };
  EXPECT_TRUE(same(AnnotateTimes(text, kAnchor, "en")));
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] { ok[t] = same(AnnotateTimes(text, kAnchor, "en")); });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_TRUE(ok[t]) << "thread " << t;
}

TEST(TimexTest, InferDocumentDate) {
  EXPECT_EQ(InferDocumentDate("Filed on 3 May 2011. Hearings were held on 12 April 2011 and "
                              "the appeal is set for 5 June 2014.",
                              "en"),
            "2011-05-03");
  EXPECT_EQ(InferDocumentDate("Протокол от 5 марта 2023 г., заседание 1 марта 2023 г.", "ru"),
            "2023-03-05");
  EXPECT_EQ(InferDocumentDate("The report covers September 2010.", "en"), "2010-09");
  EXPECT_EQ(InferDocumentDate("Nothing dated here, only yesterday.", "en"), "");
}

TEST(TimexTest, TheFollowingYearCountsFromTheYearTold) {
  ExpectTimes("He lost his licence in 2019, was detained the following year and jailed.",
              "2024-04-20", "en", {{"the following year", T::kDate, "2020"}});
}

}  // namespace
}  // namespace dossier::nlp
