// Cross-document resolution on constructed cases (fictional names).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "resolve/resolver.h"

namespace dossier::resolve {
namespace {

// Builds a ResolveInput document by document.
class Corpus {
 public:
  int64_t Doc(const std::string& publisher, const std::string& published) {
    int64_t id = static_cast<int64_t>(in_.docs.size()) + 1;
    in_.docs.push_back({id, "Document " + std::to_string(id), publisher, published, "", 0});
    return id;
  }
  int Person(int64_t doc, const std::string& name, std::vector<std::string> variants = {},
             const std::string& role = "subject", const std::string& country = "") {
    in_.refs.push_back({doc, name, std::move(variants), role, "", country});
    return static_cast<int>(in_.refs.size()) - 1;
  }
  int Event(int ref, const std::string& type, const std::string& date,
            const std::string& detail = "", const std::string& duration = "",
            const std::string& country = "", const std::string& place = "") {
    SourceEvent e;
    e.ref = ref;
    e.doc_id = in_.refs[static_cast<size_t>(ref)].doc_id;
    e.type = type;
    e.date = date;
    e.detail = detail;
    e.duration = duration;
    e.country = country;
    e.place = place;
    e.start = static_cast<uint32_t>(in_.events.size() * 100);
    e.end = e.start + 50;
    e.quote = type + " " + date;
    in_.events.push_back(e);
    return static_cast<int>(in_.events.size()) - 1;
  }
  void Override(Override::Kind kind, int ref_a, int ref_b) {
    const auto& a = in_.refs[static_cast<size_t>(ref_a)];
    const auto& b = in_.refs[static_cast<size_t>(ref_b)];
    in_.overrides.push_back({0, kind, {a.doc_id, PersonKey(a)}, {b.doc_id, PersonKey(b)}, "", ""});
  }
  ResolveInput& input() { return in_; }

 private:
  ResolveInput in_;
};

// The index of the case person holding document person `ref`.
int PersonOf(const Resolution& r, int ref) {
  for (size_t p = 0; p < r.persons.size(); ++p) {
    const auto& refs = r.persons[p].refs;
    if (std::find(refs.begin(), refs.end(), ref) != refs.end()) return static_cast<int>(p);
  }
  return -1;
}

TEST(ResolveTest, TransliterationVariantsAcrossScriptsMerge) {
  Corpus c;
  int a = c.Person(c.Doc("Kuduk Legal Initiative", "2022-03-31"), "Bakyt Temirbayev");
  int b = c.Person(c.Doc("Tashabad Times", "2023-09-05"), "Bakyt Temirbaev");
  int d = c.Person(c.Doc("Вечерний Ташабад", "2022-01-25"), "Бакыт Темирбаев");
  int e = c.Person(c.Doc("Wire", "2025-06-02"), "TEMIRBAYEV Bakyt");  // surname first
  Resolution r = Resolve(c.input());
  EXPECT_EQ(r.persons.size(), 1u);
  EXPECT_EQ(PersonOf(r, a), PersonOf(r, b));
  EXPECT_EQ(PersonOf(r, a), PersonOf(r, d));
  EXPECT_EQ(PersonOf(r, a), PersonOf(r, e));
  // The display name is a Latin full name.
  EXPECT_TRUE(r.persons[0].name == "Bakyt Temirbayev" || r.persons[0].name == "Bakyt Temirbaev")
      << r.persons[0].name;
}

TEST(ResolveTest, ZhAndJSpellingsMerge) {
  Corpus c;
  int a = c.Person(c.Doc("A", "2021"), "Sanjar Zhumagulov");
  int b = c.Person(c.Doc("B", "2021"), "Sanjar Jumagulov");
  int d = c.Person(c.Doc("C", "2021"), "Санжар Жумагулов");
  Resolution r = Resolve(c.input());
  EXPECT_EQ(PersonOf(r, a), PersonOf(r, b));
  EXPECT_EQ(PersonOf(r, a), PersonOf(r, d));
}

TEST(ResolveTest, RussianCaseFormsMergeButNotAWifeOfTheSameSurname) {
  Corpus c;
  int64_t d1 = c.Doc("A", "2022");
  int husband = c.Person(d1, "Bakyt Temirbayev");
  int wife = c.Person(d1, "Gulnara Temirbayeva", {}, "relative");
  // A Russian text where the canonical form stayed in the genitive.
  int genitive = c.Person(c.Doc("B", "2022"), "Бакыта Темирбаева");
  int wife_ru = c.Person(c.Doc("C", "2022"), "Гульнара Темирбаева", {}, "relative");
  Resolution r = Resolve(c.input());
  EXPECT_EQ(PersonOf(r, husband), PersonOf(r, genitive));
  EXPECT_EQ(PersonOf(r, wife), PersonOf(r, wife_ru));
  EXPECT_NE(PersonOf(r, husband), PersonOf(r, wife));
}

TEST(ResolveTest, SameSurnameDifferentGivenNamesNeverMerge) {
  Corpus c;
  int a = c.Person(c.Doc("A", "2020"), "Erlan Mamytov", {}, "subject", "KG");
  int b = c.Person(c.Doc("B", "2020"), "Azamat Mamytov", {}, "subject", "KG");
  Resolution r = Resolve(c.input());
  EXPECT_NE(PersonOf(r, a), PersonOf(r, b));
}

TEST(ResolveTest, SurnameAloneNeedsEvidence) {
  Corpus c;
  int full = c.Person(c.Doc("A", "2020-05-01"), "Erlan Mamytov", {}, "subject", "KG");
  c.Event(full, "arrest", "2020-04-12", "", "", "KG");
  // Alone, with nothing else in common: not merged.
  int bare = c.Person(c.Doc("B", "2020-06-01"), "Mamytov", {}, "other");
  // With the same arrest reported: merged.
  int evidenced = c.Person(c.Doc("C", "2020-06-01"), "Mamytov");
  c.Event(evidenced, "arrest", "2020-04", "", "", "KG");
  Resolution r = Resolve(c.input());
  EXPECT_NE(PersonOf(r, full), PersonOf(r, bare));
  EXPECT_EQ(PersonOf(r, full), PersonOf(r, evidenced));
}

TEST(ResolveTest, SurnameAloneIsAmbiguousWhenTwoFullNamesCarryIt) {
  Corpus c;
  int64_t d1 = c.Doc("A", "2020");
  int erlan = c.Person(d1, "Erlan Mamytov", {}, "subject", "KG");
  int azamat = c.Person(c.Doc("B", "2020"), "Azamat Mamytov", {}, "subject", "KG");
  int bare = c.Person(c.Doc("C", "2020"), "Mamytov", {}, "subject", "KG");
  Resolution r = Resolve(c.input());
  EXPECT_NE(PersonOf(r, bare), PersonOf(r, erlan));
  EXPECT_NE(PersonOf(r, bare), PersonOf(r, azamat));
}

TEST(ResolveTest, InitialsAndTitlesMerge) {
  Corpus c;
  int a = c.Person(c.Doc("A", "2020"), "Aigul Saparova", {"Ms Saparova"});
  int b = c.Person(c.Doc("B", "2020"), "A. Saparova");
  int d = c.Person(c.Doc("C", "2020"), "Аигуль Сапарова", {"А. Сапарова"});
  Resolution r = Resolve(c.input());
  EXPECT_EQ(PersonOf(r, a), PersonOf(r, b));
  EXPECT_EQ(PersonOf(r, a), PersonOf(r, d));
}

TEST(ResolveTest, NameRelationDoesNotDependOnOrder) {
  // "A. Aidar Sultanov": the initial must not take the word "Aidar" that the
  // full token needs; the pair relates the same way in both orders.
  Corpus c;
  int a = c.Person(c.Doc("A", "2020"), "Aidar A. Sultanov", {}, "subject", "KG");
  int b = c.Person(c.Doc("B", "2020"), "Askar Aidar Sultanov", {}, "subject", "KG");
  Explanation ab = ExplainPair(c.input(), a, b);
  Explanation ba = ExplainPair(c.input(), b, a);
  EXPECT_EQ(ab.score, ba.score);
  EXPECT_TRUE(ab.same) << ab.score;
}

// A surname carried by more document persons than one block compares: the
// block is split by the other words of the names, and the result is the
// one the small collection gives.
TEST(ResolveTest, CommonSurnameBlocksAreSplitWithoutLosingMerges) {
  Corpus c;
  const char* given[] = {"Aibek", "Bolot", "Chyngyz", "Daniyar", "Emil", "Farid",
                         "Gulnara", "Ilyas", "Janybek", "Kanat", "Marat", "Nurlan"};
  std::vector<std::vector<int>> refs_of(12);
  // 12 people named Kasymov, 8 documents each, in two spellings.
  for (int d = 0; d < 8; ++d) {
    for (int g = 0; g < 12; ++g) {
      std::string surname = d % 2 ? "Kasymov" : "Kassymov";
      std::string name = std::string(given[g]) + " " + surname;
      refs_of[static_cast<size_t>(g)].push_back(
          c.Person(c.Doc("P" + std::to_string(d * 12 + g), "2021"), name, {}, "subject", "KG"));
    }
  }
  // An initial and surname-first forms of the first person.
  int initial = c.Person(c.Doc("Q1", "2021"), "A. Kasymov", {}, "subject", "KG");
  int reversed = c.Person(c.Doc("Q2", "2021"), "KASYMOV Aibek", {}, "subject", "KG");
  Resolution r = Resolve(c.input());
  for (const auto& refs : refs_of)
    for (int ref : refs) EXPECT_EQ(PersonOf(r, ref), PersonOf(r, refs[0]));
  for (size_t g = 1; g < refs_of.size(); ++g)
    EXPECT_NE(PersonOf(r, refs_of[g][0]), PersonOf(r, refs_of[0][0]));
  EXPECT_EQ(PersonOf(r, reversed), PersonOf(r, refs_of[0][0]));
  // "A." fits only Aibek among the twelve; with the same country that is
  // enough (initials 3 + country 1).
  EXPECT_EQ(PersonOf(r, initial), PersonOf(r, refs_of[0][0]));
  EXPECT_EQ(r.persons.size(), 12u);
}

// One public figure named in many documents: the block of his surname is
// split, and a lone mention of the surname with evidence still joins him.
TEST(ResolveTest, LoneSurnameJoinsAFrequentFullName) {
  Corpus c;
  std::vector<int> full;
  for (int d = 0; d < 70; ++d)
    full.push_back(c.Person(c.Doc("P" + std::to_string(d), "2021"), "Temir Osmonaliev", {},
                            "subject", "KG"));
  c.Event(full[0], "arrest", "2021-03-02", "", "", "KG");
  int lone = c.Person(c.Doc("Q", "2021"), "Osmonaliev", {}, "subject", "KG");
  c.Event(lone, "arrest", "2021-03", "", "", "KG");
  Resolution r = Resolve(c.input());
  EXPECT_EQ(PersonOf(r, lone), PersonOf(r, full[0]));
  EXPECT_EQ(r.persons.size(), 1u);
}

TEST(ResolveTest, FrenchRomanisationMerges) {
  Corpus c;
  int a = c.Person(c.Doc("A", "2020"), "Aigul Saparova");
  int b = c.Person(c.Doc("B", "2020"), "Aïgoul Saparova");
  int d = c.Person(c.Doc("C", "2020"), "Айгуль Сапарова");
  Resolution r = Resolve(c.input());
  EXPECT_EQ(PersonOf(r, a), PersonOf(r, b));
  EXPECT_EQ(PersonOf(r, a), PersonOf(r, d));
}

TEST(ResolveTest, KyrgyzPatronymicAndRussifiedSurnameMerge) {
  Corpus c;
  int a = c.Person(c.Doc("A", "2020"), "Nurlan Asanbek uulu");
  int b = c.Person(c.Doc("B", "2020"), "Nurlan Asanbekov");
  Resolution r = Resolve(c.input());
  EXPECT_EQ(PersonOf(r, a), PersonOf(r, b));
}

TEST(ResolveTest, DifferentCountriesKeepNamesakesApart) {
  Corpus c;
  int a = c.Person(c.Doc("A", "2020"), "Ali Karimov", {}, "subject", "TJ");
  c.Event(a, "arrest", "2020-01", "", "", "TJ");
  int b = c.Person(c.Doc("B", "2020"), "Ali Karimov", {}, "subject", "AZ");
  c.Event(b, "arrest", "2019-03", "", "", "AZ");
  Resolution r = Resolve(c.input());
  EXPECT_NE(PersonOf(r, a), PersonOf(r, b));
  Explanation x = ExplainPair(c.input(), a, b);
  EXPECT_FALSE(x.same);
  EXPECT_TRUE(std::any_of(x.reasons.begin(), x.reasons.end(), [](const std::string& s) {
    return s.find("different countries") != std::string::npos;
  }));
}

TEST(ResolveTest, OverridesMergeAndSplit) {
  Corpus c;
  int a = c.Person(c.Doc("A", "2020"), "Erlan Mamytov");
  int b = c.Person(c.Doc("B", "2020"), "Mamytov", {}, "other");
  int d = c.Person(c.Doc("C", "2020"), "Erlan Mamytov");
  ASSERT_NE(PersonOf(Resolve(c.input()), a), PersonOf(Resolve(c.input()), b));
  c.Override(Override::Kind::kMerge, a, b);
  c.Override(Override::Kind::kSplit, d, a);
  Resolution r = Resolve(c.input());
  EXPECT_EQ(PersonOf(r, a), PersonOf(r, b));
  EXPECT_NE(PersonOf(r, a), PersonOf(r, d));
}

TEST(ResolveTest, EventsFromSeveralSourcesBecomeOneWithTheMostPreciseDate) {
  Corpus c;
  int a = c.Person(c.Doc("NGO", "2022-03-31"), "Bakyt Temirbayev");
  int b = c.Person(c.Doc("Paper", "2023-09-05"), "Bakyt Temirbaev");
  int d = c.Person(c.Doc("Wire", "2025-06-02"), "Bakyt Temirbayev");
  c.Event(a, "arrest", "2021-11");
  c.Event(b, "arrest", "2021-11-02");
  c.Event(d, "arrest", "");  // "after his arrest"
  c.Event(a, "release", "2025-05-30");
  Resolution r = Resolve(c.input());
  ASSERT_EQ(r.persons.size(), 1u);
  ASSERT_EQ(r.events.size(), 2u);
  const CaseEvent& arrest = r.events[0];
  EXPECT_EQ(arrest.type, "arrest");
  EXPECT_EQ(arrest.date, "2021-11-02");
  EXPECT_EQ(arrest.sources.size(), 3u);
  EXPECT_EQ(arrest.corroboration, 3);
  EXPECT_TRUE(arrest.conflicts.empty());
  EXPECT_EQ(r.persons[0].status, "released");
  EXPECT_EQ(r.persons[0].status_date, "2025-05-30");
  EXPECT_EQ(r.persons[0].as_of, "2025-06-02");
}

TEST(ResolveTest, ConflictingClaimsAreKeptSideBySide) {
  Corpus c;
  int a = c.Person(c.Doc("NGO", "2022-04-01"), "Bakyt Temirbayev");
  int b = c.Person(c.Doc("Paper", "2022-04-02"), "Bakyt Temirbaev");
  c.Event(a, "arrest", "2021-11-02");
  c.Event(b, "arrest", "2021-11-04");
  c.Event(a, "sentence", "2022-03-30", "11 years 2 months", "P11Y2M");
  c.Event(b, "sentence", "2022-03", "10 years", "P10Y");
  Resolution r = Resolve(c.input());
  ASSERT_EQ(r.events.size(), 2u);
  const CaseEvent& arrest = r.events[0];
  ASSERT_EQ(arrest.conflicts.size(), 1u);
  EXPECT_EQ(arrest.conflicts[0].field, "date");
  EXPECT_EQ(arrest.conflicts[0].claims.size(), 2u);
  const CaseEvent& sentence = r.events[1];
  EXPECT_EQ(sentence.date, "2022-03-30");
  ASSERT_EQ(sentence.conflicts.size(), 1u);
  EXPECT_EQ(sentence.conflicts[0].field, "detail");
}

TEST(ResolveTest, DistantDatesAreSeparateEvents) {
  Corpus c;
  int a = c.Person(c.Doc("NGO", "2024"), "Aigul Saparova");
  c.Event(a, "arrest", "2019-08-08");
  c.Event(a, "arrest", "2023-02-14");
  Resolution r = Resolve(c.input());
  EXPECT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.persons[0].status, "detained");
}

TEST(ResolveTest, NearDuplicatesCountAsOneSource) {
  Corpus c;
  int64_t d1 = c.Doc("NGO", "2022-03-31");
  int64_t d2 = c.Doc("Mirror", "2022-04-01");
  c.input().docs[0].group = d1;
  c.input().docs[1].group = d1;
  int a = c.Person(d1, "Erlan Mamytov");
  int b = c.Person(d2, "Erlan Mamytov");
  c.Event(a, "sentence", "2022-03-30", "9 years", "P9Y");
  c.Event(b, "sentence", "2022-03-30", "9 years", "P9Y");
  Resolution r = Resolve(c.input());
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].sources.size(), 2u);
  EXPECT_EQ(r.events[0].corroboration, 1);
}

TEST(ResolveTest, IdsAreStableAcrossResolutions) {
  Corpus c;
  int a = c.Person(c.Doc("A", "2020"), "Erlan Mamytov");
  c.Person(c.Doc("B", "2020"), "Aigul Saparova");
  c.Event(a, "arrest", "2020-01-01");
  Resolution first = Resolve(c.input());
  int64_t next_p = 1, next_e = 1;
  AssignIds(c.input(), {}, &next_p, &next_e, &first);
  PreviousIds prev;
  for (const auto& p : first.persons)
    for (int r : p.refs) {
      const auto& ref = c.input().refs[static_cast<size_t>(r)];
      prev.person_refs.push_back({{ref.doc_id, PersonKey(ref)}, p.id});
    }
  for (const auto& e : first.events)
    for (int s : e.sources) {
      const auto& src = c.input().events[static_cast<size_t>(s)];
      prev.event_sources.push_back(
          {{src.doc_id, src.start, src.type, first.persons[static_cast<size_t>(e.person)].id}, e.id});
    }
  // A new document about a new person arrives; the old ids hold.
  c.Person(c.Doc("C", "2021"), "Aaron Abbott");
  Resolution second = Resolve(c.input());
  AssignIds(c.input(), prev, &next_p, &next_e, &second);
  auto id_of = [&](const Resolution& r, int ref) { return r.persons[static_cast<size_t>(PersonOf(r, ref))].id; };
  EXPECT_EQ(id_of(first, a), id_of(second, a));
  EXPECT_EQ(second.persons.size(), 3u);
  EXPECT_EQ(next_p, 4);
  EXPECT_EQ(second.events[0].id, first.events[0].id);
}

// "X and Y were detained": one sentence, two arrests, the same quote. Each
// keeps its id through a new resolution, whichever order they come in.
TEST(ResolveTest, EventsOfTwoPersonsInOneSentenceKeepTheirIds) {
  Corpus c;
  int64_t d = c.Doc("A", "2020");
  int a = c.Person(d, "Erlan Mamytov");
  int b = c.Person(d, "Aigul Saparova");
  int ea = c.Event(a, "arrest", "2020-01-01");
  int eb = c.Event(b, "arrest", "2020-01-01");
  c.input().events[static_cast<size_t>(eb)].start = c.input().events[static_cast<size_t>(ea)].start;
  Resolution first = Resolve(c.input());
  int64_t next_p = 1, next_e = 1;
  AssignIds(c.input(), {}, &next_p, &next_e, &first);
  ASSERT_EQ(first.events.size(), 2u);
  PreviousIds prev;
  for (const auto& p : first.persons)
    for (int r : p.refs) {
      const auto& ref = c.input().refs[static_cast<size_t>(r)];
      prev.person_refs.push_back({{ref.doc_id, PersonKey(ref)}, p.id});
    }
  std::map<std::string, int64_t> id_by_name;
  for (const auto& e : first.events) {
    const auto& person = first.persons[static_cast<size_t>(e.person)];
    id_by_name[person.name] = e.id;
    for (int s : e.sources) {
      const auto& src = c.input().events[static_cast<size_t>(s)];
      prev.event_sources.push_back({{src.doc_id, src.start, src.type, person.id}, e.id});
    }
  }
  // The same input in the other order.
  std::swap(c.input().events[0], c.input().events[1]);
  Resolution second = Resolve(c.input());
  AssignIds(c.input(), prev, &next_p, &next_e, &second);
  for (const auto& e : second.events) {
    EXPECT_EQ(e.id, id_by_name[second.persons[static_cast<size_t>(e.person)].name]);
  }
}

TEST(ResolveTest, DateOrder) {
  EXPECT_TRUE(DateBefore("2019", "2019-08"));
  EXPECT_TRUE(DateBefore("2019-08", "2019-08-08"));
  EXPECT_TRUE(DateBefore("2019-08-08", "2020"));
  EXPECT_TRUE(DateBefore("2020", ""));
  EXPECT_FALSE(DateBefore("", "2020"));
}

}  // namespace
}  // namespace dossier::resolve
