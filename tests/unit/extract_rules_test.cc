// Unit tests of the extraction rules for Russian names (nlp/russian.h),
// groups of persons, narrative dates, places and demands (nlp/extractor.h).
// Every person, organisation and sentence here is invented for the tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/extractor.h"
#include "nlp/names.h"
#include "nlp/russian.h"
#include "nlp/tokens.h"

namespace dossier::nlp {
namespace {

Extraction ExtractText(std::string_view text, std::string_view published = "2024-03-20",
               std::string_view language = "en") {
  return Extract(text, DocumentContext{std::string(published), std::string(language)});
}

const Person* FindPerson(const Extraction& x, std::string_view name) {
  for (const auto& p : x.persons) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

// The events of `type` about the person called `name`.
std::vector<const Event*> EventsOf(const Extraction& x, std::string_view name, EventType type) {
  std::vector<const Event*> out;
  for (const auto& e : x.events) {
    if (e.type == type && e.person >= 0 && x.persons[e.person].name == name) out.push_back(&e);
  }
  return out;
}

// Exactly one event of `type` dated `date` for each person named.
void ExpectOneEventEach(const Extraction& x, std::initializer_list<const char*> names,
                        EventType type, std::string_view date) {
  for (const char* name : names) {
    auto events = EventsOf(x, name, type);
    ASSERT_EQ(events.size(), 1u) << name;
    EXPECT_EQ(events[0]->date, date) << name;
  }
}

std::string Describe(const Extraction& x) {
  std::string s;
  for (const auto& p : x.persons) {
    s += "person " + p.name + " [";
    for (const auto& v : p.variants) s += v + "; ";
    s += "]\n";
  }
  for (const auto& e : x.events) {
    s += "event " + std::string(EventTypeName(e.type)) + " " +
         (e.person >= 0 ? x.persons[e.person].name : "?") + " " + e.date + "\n";
  }
  return s;
}

// ---- Russian names ---------------------------------------------------------

TEST(RussianNamesTest, DeclinedNamesComeBackInTheNominative) {
  using V = std::vector<std::string>;
  EXPECT_EQ(NominativeName(V{"Олега", "Витальевича", "Загорского"}, 0),
            (V{"Олег", "Витальевич", "Загорский"}));
  EXPECT_EQ(NominativeName(V{"Вере", "Галиевой"}, 0), (V{"Вера", "Галиева"}));
  EXPECT_EQ(NominativeName(V{"Денису", "Рябову"}, 0), (V{"Денис", "Рябов"}));
  EXPECT_EQ(NominativeName(V{"Алеся", "Курбацевича"}, 0), (V{"Алесь", "Курбацевич"}));
  // The father's name before "уулу" does not decline; the given name does.
  EXPECT_EQ(NominativeName(V{"Нурлана", "Асанбек", "уулу"}, 0), (V{"Нурлан", "Асанбек", "уулу"}));
  // Indeclinable surnames stay as they are.
  EXPECT_EQ(NominativeName(V{"Ивану", "Бондаренко"}, 0), (V{"Иван", "Бондаренко"}));
  // Latin names are not touched.
  EXPECT_EQ(NominativeName(V{"Ivana", "Petrova"}, 0), (V{"Ivana", "Petrova"}));
  // An indeclinable given name leaves the case to the surname.
  EXPECT_EQ(NominativeName(V{"Алсу", "Есенову"}, 0), (V{"Алсу", "Есенова"}));
  EXPECT_EQ(NominativeName(V{"Айгерим", "Сабуровой"}, 0), (V{"Айгерим", "Сабурова"}));
  // (Names added to the list decline too.)
  EXPECT_EQ(NominativeName(V{"Родиона", "Сабурова"}, 0), (V{"Родион", "Сабуров"}));
}

TEST(RussianNamesTest, SurnameAloneTakesTheGivenGender) {
  using V = std::vector<std::string>;
  EXPECT_EQ(NominativeName(V{"Рябова"}, 'm'), (V{"Рябов"}));
  EXPECT_EQ(NominativeName(V{"Рябова"}, 'f'), (V{"Рябова"}));
  EXPECT_EQ(NominativeName(V{"Рябовой"}, 0), (V{"Рябова"}));
}

TEST(RussianNamesTest, PatronymicsAndGivenNames) {
  EXPECT_TRUE(IsCyrillicPatronymic("Олеговича"));
  EXPECT_TRUE(IsCyrillicPatronymic("Юрьевной"));
  EXPECT_FALSE(IsCyrillicPatronymic("Левандовского"));
  EXPECT_EQ(CyrillicGivenNameGender("Марию"), 'f');
  EXPECT_EQ(CyrillicGivenNameGender("Игоря"), 'm');
  EXPECT_EQ(CyrillicGivenNameGender("Левандовского"), 0);
}

TEST(RussianNamesTest, ExtractionMergesTheCasesOfOnePerson) {
  auto x = ExtractText(
      "12 марта в Томске задержали преподавателя Игоря Саввича Ремезова. Адвокат Ремезова "
      "сообщил, что Ремезову предъявили обвинение. Вскоре Ремезов был арестован.\n\n"
      "Коллегу Ремезова Марию Лаптеву допросили. Лаптева не задержана.",
      "2024-03-20", "ru");
  SCOPED_TRACE(Describe(x));
  const Person* p = FindPerson(x, "Игорь Саввич Ремезов");
  ASSERT_NE(p, nullptr);
  for (const auto& v : p->variants) EXPECT_NE(v, "Ремезова");  // nominative only
  EXPECT_NE(FindPerson(x, "Мария Лаптева"), nullptr);
  EXPECT_EQ(FindPerson(x, "Вскоре Ремезов"), nullptr);  // a common word is no name part
  EXPECT_FALSE(EventsOf(x, "Игорь Саввич Ремезов", EventType::kArrest).empty());
}

TEST(RussianNamesTest, APlaceBeforeAFullNameLeavesTheThreeWords) {
  auto x = ExtractText(
      "Новости\n\nСуд арестовал 42-летнего жителя Нижнего Тагила Олега Петровича Сабурова. "
      "В Москве Марат Андреевич Есенов был задержан.",
      "2024-12-20", "ru");
  SCOPED_TRACE(Describe(x));
  EXPECT_NE(FindPerson(x, "Олег Петрович Сабуров"), nullptr);
  EXPECT_NE(FindPerson(x, "Марат Андреевич Есенов"), nullptr);
  EXPECT_EQ(FindPerson(x, "Петрович Сабуров"), nullptr);
}

TEST(RussianNamesTest, TheDaughterOfAManIsNotHisTitle) {
  // "Дочь Есенова": his genitive; he stays the subject the text follows.
  auto x = ExtractText(
      "Новости\n\nФизик Марат Андреевич Есенов объявил голодовку. Об этом рассказала его дочь "
      "Анна Есенова.\n\nДочь Есенова уверена, что отца скоро отпустят домой. 3 марта 2024 года "
      "его поместили в штрафной изолятор.",
      "2024-03-20", "ru");
  SCOPED_TRACE(Describe(x));
  const auto* p = FindPerson(x, "Марат Андреевич Есенов");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->role, Role::kSubject);
  EXPECT_EQ(p->title, "");
  EXPECT_EQ(EventsOf(x, "Марат Андреевич Есенов", EventType::kIllTreatment).size(), 1u);
}

TEST(RussianNamesTest, InitialsThatAreAlsoPrepositionsStay) {
  // "В.", "К.", "И." are initials here, not "в", "к", "и".
  auto x = ExtractText(
      "Новости\n\nК. Р. Сабуров задержан. Дело рассматривал судья В. И. Есенов.",
      "2024-12-20", "ru");
  SCOPED_TRACE(Describe(x));
  EXPECT_NE(FindPerson(x, "К. Р. Сабуров"), nullptr);
  EXPECT_NE(FindPerson(x, "В. И. Есенов"), nullptr);
  auto en = ExtractText("Aibar Tokenov was detained, his lawyer A. B. Smith said. The U. S. "
                        "Embassy declined to comment.");
  SCOPED_TRACE(Describe(en));
  EXPECT_NE(FindPerson(en, "A. B. Smith"), nullptr);
  EXPECT_EQ(en.persons.size(), 2u);
}

TEST(RussianNamesTest, TheHeadOfANumberedFacilityIsAnOfficial) {
  auto x = ExtractText(
      "Новости\n\nНачальник ИК-4 Павел Сабуров на вопросы не ответил. Начальник колонии "
      "Марат Есенов комментариев не дал.",
      "2024-12-20", "ru");
  SCOPED_TRACE(Describe(x));
  for (const char* name : {"Павел Сабуров", "Марат Есенов"}) {
    const auto* p = FindPerson(x, name);
    ASSERT_NE(p, nullptr) << name;
    EXPECT_EQ(p->role, Role::kOfficial) << name;
  }
}

TEST(RussianNamesTest, ADescriptionBeforeTheObjectsNameIsThatPersons) {
  // The object of "приговорил" is the named person after the description,
  // not whoever the description would otherwise stand for.
  auto x = ExtractText(
      "Новости\n\n• В понедельник суд продлил арест Марине Ивановой.\n\n"
      "• Во вторник областной суд приговорил 44-летнего преподавателя истории Олега Сабурова к "
      "шести годам колонии.\n\n"
      "В четверг городской суд приговорил активиста запрещённого движения «Новая сила» "
      "Марата Есенова к пяти годам.",
      "2024-11-15", "ru");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Олег Сабуров"}, EventType::kSentence, "2024-11-12");
  ExpectOneEventEach(x, {"Марат Есенов"}, EventType::kSentence, "2024-11-14");
  EXPECT_TRUE(EventsOf(x, "Марина Иванова", EventType::kSentence).empty());
}

TEST(RussianNamesTest, ASubjectAfterItsPassiveVerbOnTheSameOccasion) {
  auto x = ExtractText(
      "Новости\n\nУтром 9 октября 2024 года полиция задержала Олега Сабурова и Марата Есенова. "
      "Вместе с ними был задержан фотограф редакции Ислам Байматов.",
      "2024-11-15", "ru");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Олег Сабуров", "Марат Есенов", "Ислам Байматов"}, EventType::kArrest,
                     "2024-10-09");
}

TEST(RussianNamesTest, ASpellingTheTextDeclaresIsTheSamePerson) {
  auto x = ExtractText(
      "Lawyer Aibek Tokenzoda was detained on 14 March 2023. In the indictment he is referred "
      "to as Aibek Tokenov, an older form of his name. Arman Melikyan, spelt Arman Melikov in "
      "some reports, was released.");
  SCOPED_TRACE(Describe(x));
  EXPECT_EQ(x.persons.size(), 2u);
  const auto* p = FindPerson(x, "Aibek Tokenzoda");
  ASSERT_NE(p, nullptr);
  EXPECT_NE(std::find(p->variants.begin(), p->variants.end(), "Aibek Tokenov"),
            p->variants.end());
  auto ru = ExtractText(
      "Новости\n\nАляксей Сабураў отбывает срок в колонии. В приговоре он значится "
      "по-русски — Алексей Сабуров.",
      "2024-03-20", "ru");
  SCOPED_TRACE(Describe(ru));
  EXPECT_EQ(ru.persons.size(), 1u);
}

TEST(RussianNamesTest, ForeignGivenNamesInRussianSpelling) {
  auto x = ExtractText(
      "Новости\n\nСпецдокладчик ООН Мэри Лоулинг потребовала освободить Олега Сабурова. Посол "
      "Джон Уиткомб встретился с его женой.",
      "2024-11-15", "ru");
  SCOPED_TRACE(Describe(x));
  EXPECT_NE(FindPerson(x, "Мэри Лоулинг"), nullptr);
  EXPECT_NE(FindPerson(x, "Джон Уиткомб"), nullptr);
}

TEST(RussianNamesTest, ASpellingInBracketsIsTheSamePerson) {
  auto x = ExtractText("Суд оставил в силе приговор Алесю Гармашевичу (Алесь Гармашэвіч).", "2024-03-20",
               "ru");
  SCOPED_TRACE(Describe(x));
  ASSERT_EQ(x.persons.size(), 1u);
  EXPECT_EQ(x.persons[0].name, "Алесь Гармашевич");
}

// ---- groups ----------------------------------------------------------------

TEST(GroupsTest, AllThreeGivesEveryMemberTheEvent) {
  auto x = ExtractText(
      "Police detained Aibar Tokenov, Dina Sarsenova and Ruslan Omirov on 2 March 2024. "
      "On 4 March all three were charged with organising mass riots.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov", "Dina Sarsenova", "Ruslan Omirov"},
                     EventType::kCharge, "2024-03-04");
}

TEST(GroupsTest, ANumberedListOfDefendantsAndTheSixDefendants) {
  auto x = ExtractText(
      "The defendants are:\n\n(1) Aibar Tokenov, a teacher;\n(2) Dina Sarsenova, a nurse;\n\n"
      "The trial of the two defendants opened on 15 June 2023.");
  SCOPED_TRACE(Describe(x));
  EXPECT_EQ(EventsOf(x, "Aibar Tokenov", EventType::kTrial).size(), 1u);
  EXPECT_EQ(EventsOf(x, "Dina Sarsenova", EventType::kTrial).size(), 1u);
}

TEST(GroupsTest, TogetherWithJoinsAListAndAReferenceKeepsItInMind) {
  auto x = ExtractText(
      "Aibar Tokenov, 40, a teacher from the capital, together with Dina Sarsenova and Ruslan "
      "Omirov, faced charges of hooliganism.\n\n"
      "The three were released on bail on 20 March 2024.\n\n"
      "The weather was cold. The hall was small. Reporters waited outside. Nobody spoke. "
      "The session ended at noon.\n\n"
      "The activists were first detained on 2 March 2024.");
  SCOPED_TRACE(Describe(x));
  for (const char* name : {"Aibar Tokenov", "Dina Sarsenova", "Ruslan Omirov"}) {
    EXPECT_EQ(EventsOf(x, name, EventType::kRelease).size(), 1u) << name;
    auto arrests = EventsOf(x, name, EventType::kArrest);
    ASSERT_EQ(arrests.size(), 1u) << name;
    EXPECT_EQ(arrests[0]->date, "2024-03-02");
  }
}

TEST(GroupsTest, AllThreeAreTheLastThreeNamed) {
  auto x = ExtractText(
      "On 20 November 2023 officers arrested the union's chairman, Aibar Tokenov, and its "
      "treasurer, Dina Sarsenova. A week later Ruslan Omirov was detained at the border. All "
      "three were charged with fraud on 24 November 2023.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov", "Dina Sarsenova", "Ruslan Omirov"},
                     EventType::kCharge, "2023-11-24");
}

TEST(GroupsTest, TheTrialOfCoDefendantsIsTheirs) {
  auto x = ExtractText(
      "Aibar Tokenov, Dina Sarsenova and Ruslan Omirov were detained on 2 March 2023.\n\n"
      "The trial opened at the city court in January 2024.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov", "Dina Sarsenova", "Ruslan Omirov"},
                     EventType::kTrial, "2024-01");
}

TEST(GroupsTest, ANameRepeatedAfterTheListIsThatPersonAlone) {
  auto x = ExtractText(
      "Aibar Tokenov, Dina Sarsenova and Ruslan Omirov were detained on 2 March 2024, and "
      "Omirov was beaten by guards on 3 March 2024.");
  SCOPED_TRACE(Describe(x));
  EXPECT_EQ(EventsOf(x, "Ruslan Omirov", EventType::kIllTreatment).size(), 1u);
  EXPECT_TRUE(EventsOf(x, "Aibar Tokenov", EventType::kIllTreatment).empty());
  EXPECT_EQ(EventsOf(x, "Aibar Tokenov", EventType::kArrest).size(), 1u);
}

TEST(GroupsTest, AnAppositionThenAndATitledName) {
  auto x = ExtractText(
      "On 14 May 2024 the court ruled. Aibar Tokenov, 47, the founder of a printing house "
      "seized in 2016, and photographer Ruslan Omirov, 29, were both sentenced to eight "
      "years in prison. Editor Dina Sarsenova received two years and four months.");
  SCOPED_TRACE(Describe(x));
  for (const char* name : {"Aibar Tokenov", "Ruslan Omirov", "Dina Sarsenova"}) {
    auto sentences = EventsOf(x, name, EventType::kSentence);
    ASSERT_EQ(sentences.size(), 1u) << name;
    EXPECT_NE(sentences[0]->date, "2016") << name;  // the printing house's date, not the verdict's
  }
}

TEST(GroupsTest, ALedeCountsThoseItListsJustAfter) {
  // News counts first and names after: the five are the five listed next.
  auto x = ExtractText(
      "Dock workers cleared\n\n"
      "THREE dock workers who had been held since a strike last November were acquitted by a "
      "judge yesterday.\n\n"
      "Aibar Tokenov, 29, the union's treasurer, together with Dina Sarsenova and Ruslan Omirov, "
      "had been accused of blocking the port.",
      "2021-07-22");
  SCOPED_TRACE(Describe(x));
  // (The date of the relative clause, last November, is not the acquittal's.)
  ExpectOneEventEach(x, {"Aibar Tokenov", "Dina Sarsenova", "Ruslan Omirov"},
                     EventType::kRelease, "2021-07-21");
}

TEST(GroupsTest, AllDetaineesIsNobodyInParticular) {
  auto x = ExtractText(
      "Aibar Tokenov and Dina Sarsenova were detained on 2 March 2024.\n\n"
      "The authorities must ensure that all detainees are released.");
  SCOPED_TRACE(Describe(x));
  EXPECT_TRUE(EventsOf(x, "Aibar Tokenov", EventType::kRelease).empty());
}


TEST(GroupsTest, ARussianPluralNounAloneIsTheGroupJustToldOf) {
  // No article in Russian: "задержанным" is "the detained", those named.
  auto x = ExtractText(
      "Утром 3 апреля 2024 года полиция задержала Олега Сабурова и Марата Есенова. "
      "Задержанным предъявили обвинение 5 апреля 2024 года.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Олег Сабуров", "Марат Есенов"}, EventType::kCharge, "2024-04-05");
}
// ---- narrative dates -------------------------------------------------------

TEST(NarrativeDatesTest, LaterAndTheNextDayCountFromTheLastDateTold) {
  auto x = ExtractText(
      "Aibar Tokenov was arrested on 28 November 2023. Three days later Dina Sarsenova was "
      "detained. The next day she was charged with hooliganism.");
  SCOPED_TRACE(Describe(x));
  auto arrests = EventsOf(x, "Dina Sarsenova", EventType::kArrest);
  ASSERT_EQ(arrests.size(), 1u);
  EXPECT_EQ(arrests[0]->date, "2023-12-01");
  auto charges = EventsOf(x, "Dina Sarsenova", EventType::kCharge);
  ASSERT_EQ(charges.size(), 1u);
  EXPECT_EQ(charges[0]->date, "2023-12-02");
}

TEST(NarrativeDatesTest, RussianSameDay) {
  auto x = ExtractText("3 августа 2022 года был задержан Олег Сабуров. В тот же день ему предъявили "
               "обвинение.",
               "2024-03-20", "ru");
  SCOPED_TRACE(Describe(x));
  auto charges = EventsOf(x, "Олег Сабуров", EventType::kCharge);
  ASSERT_EQ(charges.size(), 1u);
  EXPECT_EQ(charges[0]->date, "2022-08-03");
}

TEST(NarrativeDatesTest, TheDayToldBeforeAndTheSameEvening) {
  auto x = ExtractText(
      "Three weeks ago, on 11 March, officers searched the office of the newspaper. Editor "
      "Aibar Tokenov was detained at the office. His driver, Dina Sarsenova, who was detained "
      "with him, was released the same evening.",
      "2024-04-02");
  SCOPED_TRACE(Describe(x));
  auto a = EventsOf(x, "Aibar Tokenov", EventType::kArrest);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->date, "2024-03-11");
  auto r = EventsOf(x, "Dina Sarsenova", EventType::kRelease);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0]->date, "2024-03-11");
}

TEST(NarrativeDatesTest, APeriodIsDatedByItsStart) {
  auto x = ExtractText(
      "From August 2022 to March 2023 Aibar Tokenov was held in solitary confinement.");
  SCOPED_TRACE(Describe(x));
  auto held = EventsOf(x, "Aibar Tokenov", EventType::kIllTreatment);
  ASSERT_EQ(held.size(), 1u);
  EXPECT_EQ(held[0]->date, "2022-08");
  auto y = ExtractText(
      "С августа 2022 по март 2023 года Олег Загорский находился в карцере.",
      "2024-03-05", "ru");
  SCOPED_TRACE(Describe(y));
  auto held_ru = EventsOf(y, "Олег Загорский", EventType::kIllTreatment);
  ASSERT_EQ(held_ru.size(), 1u);
  EXPECT_EQ(held_ru[0]->date, "2022-08");
}

TEST(NarrativeDatesTest, AMonthTakesTheYearJustNamed) {
  auto x = ExtractText(
      "In 2023 his family said Aibar Tokenov had been beaten, and he was hospitalised in "
      "September. He was arrested on 14 March last year.",
      "2025-06-02");
  SCOPED_TRACE(Describe(x));
  auto health = EventsOf(x, "Aibar Tokenov", EventType::kHealth);
  ASSERT_EQ(health.size(), 1u);
  EXPECT_EQ(health[0]->date, "2023-09");
  auto arrests = EventsOf(x, "Aibar Tokenov", EventType::kArrest);
  ASSERT_EQ(arrests.size(), 1u);
  EXPECT_EQ(arrests[0]->date, "2024-03-14");
}

TEST(NarrativeDatesTest, AChronologyDatesItsParagraphs) {
  auto x = ExtractText(
      "Case history of Aibar Tokenov\n\n"
      "12 May 2021 - Officers of the security service search his home in the morning, seize "
      "his phones and a laptop belonging to his children, and detain him.\n\n"
      "March 2023 - Goes on hunger strike for eleven days.",
      "");
  SCOPED_TRACE(Describe(x));
  auto arrests = EventsOf(x, "Aibar Tokenov", EventType::kArrest);
  ASSERT_EQ(arrests.size(), 1u);
  EXPECT_EQ(arrests[0]->date, "2021-05-12");
  auto health = EventsOf(x, "Aibar Tokenov", EventType::kHealth);
  ASSERT_EQ(health.size(), 1u);
  EXPECT_EQ(health[0]->date, "2023-03");
}

TEST(NarrativeDatesTest, AFrontedDateScopesOverTheWholeSentence) {
  // More than twenty words lie between "On 3 May" and "sentenced".
  auto x = ExtractText(
      "On 3 May, Judge Dina Sarsenova of the regional court found Ruslan Omirov guilty of "
      "organising mass unrest under Article 268 of the Criminal Code, on the testimony of "
      "police officers alone, and sentenced him to six years in a general-regime colony.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Ruslan Omirov"}, EventType::kSentence, "2023-05-03");
}

TEST(NarrativeDatesTest, AFrontedDateDatesEveryEventOfItsSentence) {
  auto x = ExtractText(
      "On 2 October 2023 Dina Sarsenova was given a three-year suspended sentence and released "
      "in the courtroom.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Dina Sarsenova"}, EventType::kRelease, "2023-10-02");
}

TEST(NarrativeDatesTest, ADateOpeningTheNextClauseIsItsVerbs) {
  auto x = ExtractText(
      "Dina Sarsenova was detained at her home on 2 March 2023, and on 6 March she was charged "
      "with fraud.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Dina Sarsenova"}, EventType::kArrest, "2023-03-02");
  ExpectOneEventEach(x, {"Dina Sarsenova"}, EventType::kCharge, "2023-03-06");
  auto ru = ExtractText(
      "Новости\n\nОлега Сабурова поместили в СИЗО-2 Омска, а в октябре 2023 года этапировали "
      "в колонию.",
      "2024-01-10", "ru");
  SCOPED_TRACE(Describe(ru));
  for (const auto* e : EventsOf(ru, "Олег Сабуров", EventType::kArrest)) EXPECT_EQ(e->date, "");
  ExpectOneEventEach(ru, {"Олег Сабуров"}, EventType::kTransfer, "2023-10");
}

TEST(NarrativeDatesTest, ADateAtTheHeadOfAClauseDatesItsVerbs) {
  auto x = ExtractText(
      "Prosecutors sought to keep Dina Sarsenova in custody, but on 12 June 2024 Judge Alma "
      "Beisenova refused and she was released on bail.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Dina Sarsenova"}, EventType::kRelease, "2024-06-12");
}

TEST(NarrativeDatesTest, AVerbJoinedByAndAfterALongPlaceSharesThePerson) {
  auto x = ExtractText(
      "Marat Esenov, a 19-year-old student, was detained on the afternoon of 4 June 2024 outside "
      "the central railway station and released the same night.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Marat Esenov"}, EventType::kRelease, "2024-06-04");
}

TEST(NarrativeDatesTest, ADateInARelativeClauseClosedByACommaIsTheClauses) {
  auto x = ExtractText(
      "A fellow inmate, Marat Esenov, 52, who is serving twelve years after being convicted of "
      "fraud in 2015, was hospitalised.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Marat Esenov"}, EventType::kSentence, "2015");
  ExpectOneEventEach(x, {"Marat Esenov"}, EventType::kHealth, "");
}

TEST(NarrativeDatesTest, WhatHappensAtAnArrestTakesItsDate) {
  auto x = ExtractText(
      "Aibar Tokenov was arrested on 1 December 2023.\n\n"
      "In a letter from prison, Tokenov said guards had kicked him on the night of his arrest.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov"}, EventType::kIllTreatment, "2023-12-01");
  auto ru = ExtractText(
      "Новости\n\nОлега Сабурова задержали 14 октября 2022 года.\n\nПо словам адвоката, во "
      "время задержания Сабурова избили полицейские.",
      "2024-01-10", "ru");
  SCOPED_TRACE(Describe(ru));
  ExpectOneEventEach(ru, {"Олег Сабуров"}, EventType::kIllTreatment, "2022-10-14");
}

TEST(NarrativeDatesTest, AWordThatTellsNoEventClaimsNoDate) {
  // "held" is a detention only when held in a place of custody; here the
  // trial was held, and December 2021 is the trial's.
  auto x = ExtractText(
      "In a mass trial of 17 defendants held in December 2021, the provincial court found "
      "Aibar Tokenov guilty of sedition.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov"}, EventType::kTrial, "2021-12");
}

TEST(NarrativeDatesTest, WhatIsAlsoDoneIsDoneTheSameDay) {
  auto x = ExtractText(
      "On 20 February 2024 the regional court upheld the acquittal of Marat Esenov. The "
      "prosecution's appeal against the acquittal of Aibar Tokenov was also dismissed.\n\n"
      "Dina Sarsenova was detained in June. Her lawyer was not admitted.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov"}, EventType::kRuling, "2024-02-20");
}

TEST(NarrativeDatesTest, APeriodOpenToThePresentSetsNoYear) {
  // "since 2017" does not move the story to 2017; and the term far from
  // "In January" is the same sentence, not a second one dated 2017.
  auto x = ExtractText(
      "Rights groups have documented such cases since 2017. In January, the criminal court "
      "sentenced Dina Sarsenova, a doctoral student and mother of three who had shared posts "
      "by exiled critics on social media, to 18 years in prison.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Dina Sarsenova"}, EventType::kSentence, "2024-01");
}

TEST(NarrativeDatesTest, TheStoryKeepsItsDateOverSentencesThatTellNone) {
  auto x = ExtractText(
      "Police searched the homes of Aibar Tokenov and Ruslan Omirov early on 27 February. "
      "Officers in masks broke down the doors. Both men were detained and taken to the "
      "headquarters of the security service.",
      "2024-03-20");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov", "Ruslan Omirov"}, EventType::kArrest, "2024-02-27");
}

TEST(NarrativeDatesTest, APluralParticipleIsThePeopleNotAnArrest) {
  // "задержанным" is "to the detainees": the date is the charge's.
  auto x = ExtractText(
      "Олега Сабурова задержали 27 февраля. Обвинение задержанным предъявили 28 февраля, а "
      "1 марта суд избрал ему меру пресечения в виде заключения под стражу.",
      "2024-05-14", "ru");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Олег Сабуров"}, EventType::kCharge, "2024-02-28");
}

TEST(NarrativeDatesTest, TheHearingAVerbIsTakenAtSharesItsDate) {
  auto x = ExtractText(
      "On 9 February, at a hearing that lasted less than twenty minutes, the district court "
      "extended the pre-trial detention of Aibar Tokenov by three months.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov"}, EventType::kRuling, "2024-02-09");
  auto ru = ExtractText(
      "28 апреля 2023 года областной суд в закрытом заседании приговорил Олега Сабурова к 8 "
      "годам лишения свободы.",
      "2024-05-14", "ru");
  SCOPED_TRACE(Describe(ru));
  ExpectOneEventEach(ru, {"Олег Сабуров"}, EventType::kSentence, "2023-04-28");
}

TEST(NarrativeDatesTest, TheRulingToldAfterGivesItsDate) {
  auto x = ExtractText(
      "The Supreme Court has upheld the death sentence imposed on Ruslan Omirov, 23, who was "
      "convicted of waging war against the state. The ruling was issued on Sunday.",
      "2024-03-20");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Ruslan Omirov"}, EventType::kRuling, "2024-03-17");
  // (The sentence upheld was passed before.)
  for (const Event* e : EventsOf(x, "Ruslan Omirov", EventType::kSentence)) {
    EXPECT_NE(e->date, "2024-03-17");
  }
}

TEST(NarrativeDatesTest, TheNextDayCountsFromTheDayToldNotFromAnEndOrALookBack) {
  auto x = ExtractText(
      "On 13 March, the district court ordered that Aibar Tokenov be held in pre-trial "
      "detention for two months, until 11 May. He is charged over videos published in January "
      "and February. The next day, Tokenov was moved from the police cells to SIZO-1.",
      "2024-04-02");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov"}, EventType::kTransfer, "2024-03-14");
}

TEST(NarrativeDatesTest, ADateOfAnotherHappeningIsNotTheEvents) {
  auto x = ExtractText(
      "Aibar Tokenov was charged over videos published in January with calls for mass unrest.",
      "2024-04-02");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov"}, EventType::kCharge, "");
}

TEST(EventsTest, ATrialThatBeganIsATrialWithoutACourtNamed) {
  auto x = ExtractText(
      "Олега Сабурова этапировали в следственный изолятор Екатеринбурга, а процесс начался в "
      "феврале 2024 года.",
      "2024-05-14", "ru");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Олег Сабуров"}, EventType::kTrial, "2024-02");
}

// ---- events ----------------------------------------------------------------

TEST(EventsTest, ATermListAfterAVerdictSentencesEachLine) {
  auto x = ExtractText(
      "Aibar Tokenov and Dina Sarsenova were sentenced on 14 December 2023. The court imposed "
      "the following sentences:\n\n"
      "- Aibar Tokenov: seven years' imprisonment in a penal colony;\n"
      "- Dina Sarsenova: two years' imprisonment, suspended.\n");
  SCOPED_TRACE(Describe(x));
  for (const char* name : {"Aibar Tokenov", "Dina Sarsenova"}) {
    auto s = EventsOf(x, name, EventType::kSentence);
    ASSERT_FALSE(s.empty()) << name;
    EXPECT_EQ(s[0]->date, "2023-12-14") << name;
  }
}

TEST(EventsTest, ATermListAfterAVerdictWithoutPersonsTakesItsDateAndTerms) {
  // The verdict names nobody; the lines give ages before the terms.
  auto x = ExtractText(
      "Суд в четверг, 14 марта, вынес приговор по делу. Наказание распределилось так:\n\n"
      "\u2014 Олег Сабуров, 31 год, \u2014 9 лет колонии строгого режима;\n"
      "\u2014 Дина Сарсенова, 27 лет, \u2014 6 лет колонии общего режима.\n",
      "2024-03-20", "ru");
  SCOPED_TRACE(Describe(x));
  for (auto [name, term] : {std::pair{"Олег Сабуров", "P9Y"}, std::pair{"Дина Сарсенова", "P6Y"}}) {
    auto s = EventsOf(x, name, EventType::kSentence);
    ASSERT_EQ(s.size(), 1u) << name;
    EXPECT_EQ(s[0]->date, "2024-03-14") << name;
    EXPECT_EQ(s[0]->duration, term) << name;
  }
}

TEST(EventsTest, AnExtensionUntilADateHappenedEarlier) {
  // "до 30 сентября" ends the extension; "в марте" dates it, whichever
  // token of the end date is looked at.
  auto x = ExtractText(
      "Олега Сабурова задержали 2 февраля. В марте суд продлил Сабурову арест до 30 сентября.",
      "2024-05-14", "ru");
  SCOPED_TRACE(Describe(x));
  auto r = EventsOf(x, "Олег Сабуров", EventType::kRuling);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0]->date, "2024-03");
}

TEST(EventsTest, APossessiveInTheSubjectSaysWhoseDetentionWasExtended) {
  // "срок их пребывания ... был продлён": their term, all four of them.
  auto ru = ExtractText(
      "Илья Тимофеев, Антон Белов, Олег Загорский и Пётр Корнеев обвиняются в создании "
      "экстремистского сообщества. 1 марта суд избрал всем четверым меру пресечения в виде "
      "заключения под стражу.\n\nСуд начался осенью. Все подсудимые свою вину отрицают. В июне "
      "срок их пребывания в СИЗО был продлён на три месяца.",
      "2024-09-01", "ru");
  SCOPED_TRACE(Describe(ru));
  ExpectOneEventEach(ru, {"Илья Тимофеев", "Антон Белов", "Олег Загорский", "Пётр Корнеев"},
                     EventType::kRuling, "2024-06");
  // "their pre-trial detention term": a ruling for both, and no sentence.
  auto en = ExtractText(
      "Aibar Tokenov and Dina Sarsenova, two students, were detained on 3 March in Almaty. The "
      "two students deny the charges. In April their pre-trial detention term was extended by "
      "two months.",
      "2024-09-01");
  SCOPED_TRACE(Describe(en));
  for (const char* name : {"Aibar Tokenov", "Dina Sarsenova"}) {
    auto r = EventsOf(en, name, EventType::kRuling);
    ASSERT_EQ(r.size(), 1u) << name;
    EXPECT_EQ(r[0]->date, "2024-04");
    EXPECT_TRUE(EventsOf(en, name, EventType::kSentence).empty()) << name;
  }
  // "X, whose detention had been extended": X's, not the person before.
  auto whose = ExtractText(
      "The experts said Aibar Tokenov had been held incommunicado since 5 August.\n\nDina "
      "Sarsenova, whose pre-trial detention had been extended by the Almaty City Court in "
      "January, remains in SIZO-1.",
      "2024-10-20");
  SCOPED_TRACE(Describe(whose));
  EXPECT_EQ(EventsOf(whose, "Dina Sarsenova", EventType::kRuling).size(), 1u);
  EXPECT_TRUE(EventsOf(whose, "Aibar Tokenov", EventType::kRuling).empty());
}

TEST(EventsTest, AmongTheJournalistsDetainedAreTheSubjectsOfWere) {
  auto x = ExtractText(
      "Police raided the offices of three newspapers in Almaty on 25 October 2022. Aibar "
      "Tokenov, Dina Sarsenova and Ruslan Omirov were among 21 journalists detained in the "
      "raids.",
      "2022-11-20");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov", "Dina Sarsenova", "Ruslan Omirov"},
                     EventType::kArrest, "2022-10-25");
}

TEST(EventsTest, AHeadlineAndAnOfficeTellOfNobodyNamed) {
  // Entries of a live page: a headline names nobody, and "his office" is
  // where an unnamed lawyer was arrested, not a pronoun for the last person.
  auto x = ExtractText(
      "LIVE: protests continue\n\n"
      "17:05 Aibar Tokenov, a student, was arrested at his home, his family said.\n\n"
      "10:50 Supreme Court upholds death sentence in provincial case\n\n"
      "09:30 Lawyer for protesters arrested at his office\n",
      "2022-12-13");
  SCOPED_TRACE(Describe(x));
  EXPECT_EQ(EventsOf(x, "Aibar Tokenov", EventType::kArrest).size(), 1u);
  EXPECT_TRUE(EventsOf(x, "Aibar Tokenov", EventType::kRuling).empty());
  EXPECT_TRUE(EventsOf(x, "Aibar Tokenov", EventType::kDeath).empty());
}

TEST(EventsTest, TheDeathOfSomeoneUnnamedIsNotTheReportersDeath) {
  auto x = ExtractText(
      "Blogger Ruslan Omirov was detained on 4 March. In 2022 a court fined him after he wrote "
      "about the death of a soldier in his unit.",
      "2024-03-20");
  SCOPED_TRACE(Describe(x));
  EXPECT_EQ(EventsOf(x, "Ruslan Omirov", EventType::kArrest).size(), 1u);
  EXPECT_TRUE(EventsOf(x, "Ruslan Omirov", EventType::kDeath).empty());
}

TEST(EventsTest, TheSourceOfAReportIsNotItsSubject) {
  // A comma after a name joins it to the clause, not to a list; a lawyer
  // or relative quoted on the case speaks of someone else.
  auto x = ExtractText(
      "Aibar Tokenov was arrested on 2 March 2024.\n\n"
      "According to lawyer Ruslan Omarov, Aibar Tokenov was beaten in custody.\n\n"
      "Tokenov's wife, Dina Tokenova, said he had been beaten again.");
  SCOPED_TRACE(Describe(x));
  EXPECT_EQ(EventsOf(x, "Aibar Tokenov", EventType::kIllTreatment).size(), 1u);
  EXPECT_TRUE(EventsOf(x, "Ruslan Omarov", EventType::kIllTreatment).empty());
  EXPECT_TRUE(EventsOf(x, "Dina Tokenova", EventType::kIllTreatment).empty());
  ASSERT_NE(FindPerson(x, "Ruslan Omarov"), nullptr);
  EXPECT_EQ(FindPerson(x, "Ruslan Omarov")->role, Role::kLawyer);

  auto r = ExtractText(
      "Олега Сабурова задержали 2 февраля 2024 года.\n\n"
      "Как отмечает адвокат Иван Рябинин, в колонии у Сабурова обострилась язва "
      "желудка.\n\n"
      "Уже в начале марта, как рассказала Алсу Сабурова, его поместили в штрафной изолятор.\n\n"
      "По словам адвоката Зарины Мусаевой, в изоляторе её подзащитного избивали.",
      "2024-05-01", "ru");
  SCOPED_TRACE(Describe(r));
  EXPECT_EQ(EventsOf(r, "Олег Сабуров", EventType::kHealth).size(), 1u);
  EXPECT_EQ(EventsOf(r, "Олег Сабуров", EventType::kIllTreatment).size(), 2u);
  for (const char* other : {"Иван Рябинин", "Алсу Сабурова", "Зарина Мусаева"}) {
    EXPECT_TRUE(EventsOf(r, other, EventType::kHealth).empty()) << other;
    EXPECT_TRUE(EventsOf(r, other, EventType::kIllTreatment).empty()) << other;
  }
}

TEST(EventsTest, AFatherOfThreeIsNobodysRelativeAndALawyerNamedLastIsTheDefence) {
  auto x = ExtractText(
      "Aibar Tokenov, a father of two, was detained outside his shop on 9 June 2023, according "
      "to his lawyer, Ruslan el-Omirov.\n\nInvestigators accused him of fraud.");
  SCOPED_TRACE(Describe(x));
  const Person* lawyer = FindPerson(x, "Ruslan el-Omirov");
  ASSERT_NE(lawyer, nullptr);
  EXPECT_EQ(lawyer->role, Role::kLawyer);
  EXPECT_EQ(EventsOf(x, "Aibar Tokenov", EventType::kCharge).size(), 1u);
  EXPECT_TRUE(EventsOf(x, "Ruslan el-Omirov", EventType::kCharge).empty());
}

TEST(EventsTest, ARussianTitleNounIsThePersonMostTalkedAboutWithThatTitle) {
  auto x = ExtractText(
      "Суд приговорил журналиста Олега Загорского к шести годам. Загорский дружил с латвийским "
      "журналистом Павлом Лисовским.\n\nВ марте 2024 года журналист был переведён в колонию. "
      "Загорский болен.",
      "2024-03-05", "ru");
  SCOPED_TRACE(Describe(x));
  EXPECT_EQ(EventsOf(x, "Олег Загорский", EventType::kTransfer).size(), 1u);
  EXPECT_TRUE(EventsOf(x, "Павел Лисовский", EventType::kTransfer).empty());
}

TEST(EventsTest, ATriggerWithAGapTakesThePersonInIt) {
  auto x = ExtractText("On 14 May 2021 the city court placed Aibar Tokenov in pre-trial detention.");
  SCOPED_TRACE(Describe(x));
  auto arrests = EventsOf(x, "Aibar Tokenov", EventType::kArrest);
  ASSERT_EQ(arrests.size(), 1u);
  EXPECT_EQ(arrests[0]->date, "2021-05-14");
}

TEST(EventsTest, NegationAfterANounAndTimeServed) {
  auto x = ExtractText(
      "Бакай Сабыров был задержан 9 октября. Обвинение ему не предъявлено.", "2024-10-20",
      "ru");
  SCOPED_TRACE(Describe(x));
  EXPECT_TRUE(EventsOf(x, "Бакай Сабыров", EventType::kCharge).empty());
  EXPECT_EQ(EventsOf(x, "Бакай Сабыров", EventType::kArrest).size(), 1u);
  auto y = ExtractText("Aibar Tokenov was freed after more than four years in prison.");
  SCOPED_TRACE(Describe(y));
  EXPECT_TRUE(EventsOf(y, "Aibar Tokenov", EventType::kSentence).empty());
}

TEST(EventsTest, TheMostALawAllowsIsNoSentence) {
  auto x = ExtractText(
      "Police detained Aibar Tokenov on 3 March 2024. He is charged with spreading false "
      "information, which carries up to five years in prison. The offence is punishable by a "
      "maximum sentence of seven years.");
  SCOPED_TRACE(Describe(x));
  EXPECT_EQ(EventsOf(x, "Aibar Tokenov", EventType::kCharge).size(), 1u);
  EXPECT_TRUE(EventsOf(x, "Aibar Tokenov", EventType::kSentence).empty());
  auto y = ExtractText(
      "Айбеку Саматову предъявлено обвинение по статье, предусматривающей до пяти лет лишения "
      "свободы.",
      "2024-03-20", "ru");
  SCOPED_TRACE(Describe(y));
  EXPECT_TRUE(EventsOf(y, "Айбек Саматов", EventType::kSentence).empty());
  EXPECT_EQ(EventsOf(y, "Айбек Саматов", EventType::kCharge).size(), 1u);
  // A sentence handed down is still one.
  auto z = ExtractText("On 1 March 2024 Aibar Tokenov was sentenced to five years in prison.");
  SCOPED_TRACE(Describe(z));
  ASSERT_EQ(EventsOf(z, "Aibar Tokenov", EventType::kSentence).size(), 1u);
  EXPECT_EQ(EventsOf(z, "Aibar Tokenov", EventType::kSentence)[0]->date, "2024-03-01");
}

TEST(EventsTest, AnIllnessBelongsToSomeone) {
  auto x = ExtractText(
      "Aibar Tokenov died in custody at the height of the Covid-19 pandemic. Dina Sarsenova has "
      "developed tuberculosis in the colony.");
  SCOPED_TRACE(Describe(x));
  EXPECT_TRUE(EventsOf(x, "Aibar Tokenov", EventType::kHealth).empty());
  EXPECT_EQ(EventsOf(x, "Dina Sarsenova", EventType::kHealth).size(), 1u);
}

// ---- places, communities, organisations ------------------------------------

TEST(PersonsTest, GivenNamesWithDiacriticsAndIberianFourWordNames) {
  // "Ramón" is "ramon" of the list; four words written with Iberian
  // letters are two given names and two surnames.
  auto x = ExtractText(
      "The prosecutors requested an arrest warrant against Ramón Ixmatá Tuyuc Quintero, a "
      "paralegal at the firm. Yesenia Marisol Albarrán Quintín was 17 years old when she was "
      "detained on 12 July 2021.");
  SCOPED_TRACE(Describe(x));
  EXPECT_NE(FindPerson(x, "Ramón Ixmatá Tuyuc Quintero"), nullptr);
  EXPECT_NE(FindPerson(x, "Yesenia Marisol Albarrán Quintín"), nullptr);
  EXPECT_EQ(FoldLatin("Çelik"), "celik");
  EXPECT_EQ(FoldLatin("Андрей"), "андрей");
}

TEST(PersonsTest, TitleAbbreviationsHeadNamesAndAreNoPartOfThem) {
  // "Maria" is also an English word; "CEO", "PM", "DSP" are titles.
  auto x = ExtractText(
      "CEO Maria Tokenova was arrested on 4 March 2021. PM Ruslan Omirov said the arrest was "
      "lawful, and DSP Marat Esenov told reporters that Labour Secretary Dina Sarsenova was "
      "detained too.");
  SCOPED_TRACE(Describe(x));
  for (const char* name : {"Maria Tokenova", "Ruslan Omirov", "Marat Esenov", "Dina Sarsenova"}) {
    EXPECT_NE(FindPerson(x, name), nullptr) << name;
  }
  EXPECT_EQ(x.persons.size(), 4u);
  EXPECT_EQ(FindPerson(x, "Ruslan Omirov")->role, Role::kOfficial);
}

TEST(PersonsTest, AnUnknownShortAbbreviationBeforeAGivenNameIsAnOffice) {
  auto x = ExtractText(
      "CP Ruslan Omirov told reporters that the suspects were held. Later, ACG Marat Esenov "
      "said two of them were released.");
  SCOPED_TRACE(Describe(x));
  EXPECT_NE(FindPerson(x, "Ruslan Omirov"), nullptr);
  EXPECT_NE(FindPerson(x, "Marat Esenov"), nullptr);
  EXPECT_EQ(x.persons.size(), 2u);
}

TEST(PersonsTest, MilitaryAndPoliceRanksHeadNames) {
  auto x = ExtractText(
      "Lt Col Marat Esenov was arrested on 2 May 2024. Sgt Ruslan Omirov beat the prisoners.");
  SCOPED_TRACE(Describe(x));
  EXPECT_NE(FindPerson(x, "Marat Esenov"), nullptr);
  EXPECT_NE(FindPerson(x, "Ruslan Omirov"), nullptr);
  EXPECT_EQ(x.persons.size(), 2u);
}

TEST(PersonsTest, CommonGivenNamesOfManyLanguagesMakeAName) {
  // No title, no surname ending: the given name is the clue.
  auto x = ExtractText(
      "Media owner Jimmy Pettigrew was arrested on Monday. Tony Brannigan was detained at the "
      "airport. Rania Dabbous was questioned for six hours.",
      "2024-03-20");
  SCOPED_TRACE(Describe(x));
  EXPECT_NE(FindPerson(x, "Jimmy Pettigrew"), nullptr);
  EXPECT_NE(FindPerson(x, "Tony Brannigan"), nullptr);
  EXPECT_NE(FindPerson(x, "Rania Dabbous"), nullptr);
}

TEST(EventsTest, ComplaintsOfPainAreHealth) {
  auto x = ExtractText(
      "Ruslan Omirov is held in Penal Colony No. 3. His relatives say he had complained for "
      "months of chest pains and was never examined by a doctor.");
  SCOPED_TRACE(Describe(x));
  EXPECT_EQ(EventsOf(x, "Ruslan Omirov", EventType::kHealth).size(), 1u);
  auto ru = ExtractText(
      "Олег Загорский отбывает срок в исправительной колонии № 5. По словам сестры, он "
      "несколько недель жаловался врачам на боли в спине.",
      "2024-03-20", "ru");
  SCOPED_TRACE(Describe(ru));
  EXPECT_EQ(EventsOf(ru, "Олег Загорский", EventType::kHealth).size(), 1u);
}

TEST(EventsTest, TheTrialOfAListOpenedAfterIt) {
  // The verb that says the trial took place stands after the list.
  auto x = ExtractText(
      "The trial of Aibar Tokenov, Dina Sarsenova and Ruslan Omirov, three members of the "
      "union, opened at the regional court on 17 October 2024.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov", "Dina Sarsenova", "Ruslan Omirov"}, EventType::kTrial,
                     "2024-10-17");
}

TEST(EventsTest, OrderedHisDetentionIsAboutWhomHisIs) {
  auto x = ExtractText(
      "Aibar Tokenov, an economist, was questioned for a day. On 4 May 2024 the Tashabad "
      "District Court ordered his detention pending trial.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov"}, EventType::kArrest, "2024-05-04");
}

TEST(EventsTest, ChargesBroughtWithoutANameAreAgainstThePersonFollowed) {
  auto x = ExtractText(
      "Dina Sarsenova was released in March.\n\n"
      "Aibar Tokenov has been held since April. On 2 September 2024, prosecutors brought "
      "new charges of tax evasion under Article 213.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov"}, EventType::kCharge, "2024-09-02");
  EXPECT_TRUE(EventsOf(x, "Dina Sarsenova", EventType::kCharge).empty());
}

TEST(EventsTest, TwoMovesInOneSentenceAreTwoTransfers) {
  auto x = ExtractText(
      "On 3 March 2024 Ruslan Omirov was taken to the prison hospital, where he stayed a week "
      "before being returned to SIZO No. 2.");
  SCOPED_TRACE(Describe(x));
  EXPECT_EQ(EventsOf(x, "Ruslan Omirov", EventType::kTransfer).size(), 2u);
}

TEST(EventsTest, AConditionIsNoEvent) {
  auto x = ExtractText(
      "Aibar Tokenov and Dina Sarsenova were detained in May 2024. If they are charged and "
      "found guilty, they could be jailed for up to five years.");
  SCOPED_TRACE(Describe(x));
  for (const char* name : {"Aibar Tokenov", "Dina Sarsenova"}) {
    EXPECT_TRUE(EventsOf(x, name, EventType::kCharge).empty()) << name;
    EXPECT_TRUE(EventsOf(x, name, EventType::kSentence).empty()) << name;
  }
}

TEST(EventsTest, AParticipleBeforeItsNounIsAState) {
  // "Jailed ... leader" and "detained journalists" describe; the arrest
  // and the sentence are told elsewhere or not at all.
  auto x = ExtractText(
      "Jailed Karvanian editor begins hunger strike\n\n"
      "Aibar Tokenov, an editor, stopped eating on 12 May 2024.\n\n"
      "Karvania must free all detained bloggers, among them Dina Sarsenova.");
  SCOPED_TRACE(Describe(x));
  EXPECT_TRUE(EventsOf(x, "Aibar Tokenov", EventType::kSentence).empty());
  EXPECT_TRUE(EventsOf(x, "Dina Sarsenova", EventType::kArrest).empty());
}

TEST(EventsTest, TakenFromHomeAndLedAwayAreArrests) {
  auto x = ExtractText(
      "On 22 November 2023 reporter Ruslan Omirov was taken from his home in Tashabad. On 3 "
      "December 2023 two men in uniform arrived and led her son, Aibar Tokenov, away.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Ruslan Omirov"}, EventType::kArrest, "2023-11-22");
  ExpectOneEventEach(x, {"Aibar Tokenov"}, EventType::kArrest, "2023-12-03");
}

TEST(EventsTest, ATrialOfPeopleInGeneralIsNobodys) {
  auto x = ExtractText(
      "Aibar Tokenov has been on hunger strike since 28 April 2024.\n\n"
      "Officials insist there are no political prisoners and that those jailed after the riots "
      "were tried fairly.");
  SCOPED_TRACE(Describe(x));
  EXPECT_TRUE(EventsOf(x, "Aibar Tokenov", EventType::kTrial).empty());
}

TEST(EventsTest, TheJudgeNamedAfterATrialIsNotWhoseTrialItIs) {
  auto x = ExtractText(
      "Ruslan Omirov was arrested in 2021. The trial began in March 2022 in a closed courtroom, "
      "chaired by a judge named Karim Nasser.");
  SCOPED_TRACE(Describe(x));
  const auto* judge = FindPerson(x, "Karim Nasser");
  ASSERT_NE(judge, nullptr);
  EXPECT_EQ(judge->role, Role::kOfficial);
  ExpectOneEventEach(x, {"Ruslan Omirov"}, EventType::kTrial, "2022-03");
}

TEST(EventsTest, TheReleaseOfANamedPersonOnADateIsARelease) {
  auto x = ExtractText(
      "Aibar Tokenov was pardoned in 2023. The Council notes the release, on 9 June 2024, of "
      "the blogger Dina Sarsenova, and the release on bail on 21 June 2024 of the editor "
      "Ruslan Omirov. It calls for the immediate release of Marat Esenov; pending his release, "
      "he must see a doctor.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Dina Sarsenova"}, EventType::kRelease, "2024-06-09");
  ExpectOneEventEach(x, {"Ruslan Omirov"}, EventType::kRelease, "2024-06-21");
  EXPECT_TRUE(EventsOf(x, "Marat Esenov", EventType::kRelease).empty());
}

TEST(EventsTest, TransferredToHouseArrestIsARelease) {
  auto x = ExtractText(
      "Sound engineer Nurlan Abenov, held since 2 February 2023, was transferred to house arrest "
      "on 11 July 2024. Dina Sarsenova, detained in 2021, was released under an amnesty in "
      "August 2022.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Nurlan Abenov"}, EventType::kRelease, "2024-07-11");
  EXPECT_TRUE(EventsOf(x, "Nurlan Abenov", EventType::kTransfer).empty());
  // (The apposition's date is the detention's.)
  ExpectOneEventEach(x, {"Dina Sarsenova"}, EventType::kRelease, "2022-08");
}

TEST(EventsTest, AParticipleInASeriesAfterWasSharesItsSubject) {
  auto x = ExtractText(
      "Ms Dina Sarsenova, a lawyer for several opposition figures, was suspended from the bar in "
      "2020, arrested the following year and sentenced to six years.",
      "2024-04-20");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Dina Sarsenova"}, EventType::kArrest, "2021");
}

TEST(EventsTest, HealthTermsAndAVerbJoinedByAndToIt) {
  auto x = ExtractText(
      "Dina Sarsenova has been refused her insulin in custody and twice lost consciousness during "
      "questioning in January 2024. Anna Ivanova has had three hypertensive crises since her "
      "arrest. Nurlan Abenov has a liver condition.");
  SCOPED_TRACE(Describe(x));
  EXPECT_GE(EventsOf(x, "Dina Sarsenova", EventType::kHealth).size(), 1u);
  bool fainted = false;
  for (const auto* e : EventsOf(x, "Dina Sarsenova", EventType::kHealth)) {
    fainted = fainted || e->date == "2024-01";
  }
  EXPECT_TRUE(fainted);
  EXPECT_EQ(EventsOf(x, "Anna Ivanova", EventType::kHealth).size(), 1u);
  EXPECT_EQ(EventsOf(x, "Nurlan Abenov", EventType::kHealth).size(), 1u);
}

TEST(EventsTest, AllegationsOfWhatWasToldReferToIt) {
  auto x = ExtractText(
      "Marat Esenov was beaten by guards on 3 May 2024. Prosecutors have ignored his allegations "
      "of torture, his lawyer said.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Marat Esenov"}, EventType::kIllTreatment, "2024-05-03");
}

TEST(EventsTest, TheDeathPenaltyIsNobodysDeath) {
  auto x = ExtractText(
      "Marat Esenov was charged with treason, which carries the death penalty. The "
      "court upheld the death sentence against Ruslan Omirov on 3 May 2024. Dina Sarsenova has "
      "received death threats.");
  SCOPED_TRACE(Describe(x));
  for (const char* name : {"Marat Esenov", "Ruslan Omirov", "Dina Sarsenova"}) {
    EXPECT_TRUE(EventsOf(x, name, EventType::kDeath).empty()) << name;
  }
}

TEST(EventsTest, NeitherNegates) {
  auto x = ExtractText(
      "Aibar Tokenov and Dina Sarsenova were detained on 2 May 2024. Neither of the two has been "
      "charged so far.");
  SCOPED_TRACE(Describe(x));
  EXPECT_TRUE(EventsOf(x, "Aibar Tokenov", EventType::kCharge).empty());
  EXPECT_TRUE(EventsOf(x, "Dina Sarsenova", EventType::kCharge).empty());
}

TEST(EventsTest, PronouncedDeadIsADeath) {
  auto x = ExtractText(
      "Marat Esenov was pronounced dead at the prison hospital on 19 January 2024.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Marat Esenov"}, EventType::kDeath, "2024-01-19");
}

TEST(EventsTest, AnOfficerWhoIsDetainedIsTheVictim) {
  auto x = ExtractText(
      "Army captain Aibar Tokenov, detained in May 2018 on allegations of taking part in a "
      "conspiracy, was subjected to electric shocks at the headquarters of military "
      "counterintelligence.",
      "2024-10-01");
  SCOPED_TRACE(Describe(x));
  auto a = EventsOf(x, "Aibar Tokenov", EventType::kArrest);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0]->date, "2018-05");
  EXPECT_EQ(EventsOf(x, "Aibar Tokenov", EventType::kIllTreatment).size(), 1u);
  const Person* p = FindPerson(x, "Aibar Tokenov");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->role, Role::kSubject);
}

TEST(EventsTest, MovedWithOthersToAFacilityAndConvictsAsANoun) {
  auto x = ExtractText(
      "Aibar Tokenov was arrested on 3 March 2020. On 30 August, according to his family, he "
      "was moved with dozens of other detainees to a military camp in the desert, where he was "
      "held in a section reserved for convicts.",
      "2021-06-01");
  SCOPED_TRACE(Describe(x));
  auto t = EventsOf(x, "Aibar Tokenov", EventType::kTransfer);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0]->date, "2020-08-30");
  EXPECT_TRUE(EventsOf(x, "Aibar Tokenov", EventType::kSentence).empty());
}

TEST(EventsTest, BailAndHouseArrestInsteadOfCustodyAreReleases) {
  auto x = ExtractText(
      "Aibar Tokenov was arrested on 3 March 2023 and charged with incitement. He was granted "
      "bail in June. Dina Sarsenova, arrested with him, was not granted bail.",
      "2023-08-01");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov"}, EventType::kRelease, "2023-06");
  EXPECT_TRUE(EventsOf(x, "Dina Sarsenova", EventType::kRelease).empty());
  // Custody changed to house arrest: a release from custody, not an arrest.
  auto ru = ExtractText(
      "Новости\n\nОлега Сабурова задержали 3 марта 2023 года. В августе 2023 года областной суд "
      "изменил Сабурову меру пресечения на домашний арест.",
      "2024-01-10", "ru");
  SCOPED_TRACE(Describe(ru));
  ExpectOneEventEach(ru, {"Олег Сабуров"}, EventType::kRelease, "2023-08");
  ExpectOneEventEach(ru, {"Олег Сабуров"}, EventType::kArrest, "2023-03-03");
}

TEST(PlacesTest, CitiesDemonymsAndCommunitiesAreNoPersons) {
  auto x = ExtractText(
      "Activists in Los Angeles and Hong Kong protested. Iraqi police detained the journalist "
      "Nora al-Qahtani. Christian farmers were attacked. The Daily Meridian reported that she "
      "was held in Evin prison.");
  SCOPED_TRACE(Describe(x));
  ASSERT_EQ(x.persons.size(), 1u);
  EXPECT_EQ(x.persons[0].name, "Nora al-Qahtani");
  bool facility = false, city = false;
  for (const auto& m : x.mentions) {
    facility = facility || (m.type == MentionType::kFacility && m.text == "Evin prison");
    city = city || (m.type == MentionType::kLocation && m.text == "Los Angeles" && m.country == "US");
  }
  EXPECT_TRUE(facility);
  EXPECT_TRUE(city);
}

TEST(PlacesTest, TwoUnknownWordsAfterInAreAPlace) {
  auto x = ExtractText(
      "Aibar Tokenov, a teacher at a school in Vella Marrosa, was detained in May 2021. The "
      "court in Dina Sarsenova's case sat in Tashabad.");
  SCOPED_TRACE(Describe(x));
  EXPECT_EQ(FindPerson(x, "Vella Marrosa"), nullptr);
  EXPECT_NE(FindPerson(x, "Aibar Tokenov"), nullptr);
  EXPECT_NE(FindPerson(x, "Dina Sarsenova"), nullptr);
}

TEST(PlacesTest, ARussianFacilityWithItsTownIsOneFacility) {
  // "СИЗО" is a dictionary word, and "Иванова" a surname-shaped genitive
  // of a town: together they name a place, not a person.
  auto x = ExtractText(
      "Новости\n\n2 июня 2024 года в СИЗО-1 Иванова скончался Олег Сабуров. Марата Есенова "
      "держат в ИК-2 Мордовии.",
      "2024-04-20", "ru");
  SCOPED_TRACE(Describe(x));
  EXPECT_EQ(FindPerson(x, "Иванова"), nullptr);
  std::vector<std::string> facilities;
  for (const auto& m : x.mentions) {
    if (m.type == MentionType::kFacility) facilities.push_back(m.text);
  }
  EXPECT_EQ(facilities, (std::vector<std::string>{"СИЗО-1 Иванова", "ИК-2 Мордовии"}));
  ExpectOneEventEach(x, {"Олег Сабуров"}, EventType::kDeath, "2024-06-02");
}

TEST(PlacesTest, RussianCountryNamesInTheirCasesArePlaces) {
  // iso-codes' Russian names, declined: no person is "Турции" or
  // "Нидерландов", and a country heading a name is the title's.
  auto x = ExtractText(
      "Новости\n\nВласти Турции задержали Олега Сабурова. Он вернулся из Нидерландов. "
      "Президент Украины Марат Есенов заявил о его освобождении.",
      "2024-11-15", "ru");
  SCOPED_TRACE(Describe(x));
  EXPECT_EQ(FindPerson(x, "Турции"), nullptr);
  EXPECT_EQ(FindPerson(x, "Нидерландов"), nullptr);
  const auto* p = FindPerson(x, "Марат Есенов");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->role, Role::kOfficial);
  std::vector<std::string> countries;
  for (const auto& m : x.mentions) {
    if (m.type == MentionType::kLocation) countries.push_back(m.country);
  }
  EXPECT_EQ(countries, (std::vector<std::string>{"TR", "NL", "UA"}));
}

TEST(PlacesTest, AnAcronymHeadingANameIsItsOrganisation) {
  auto x = ExtractText(
      "Новости\n\nГлава ФСБ Марат Есенов заявил, что Олег Сабуров задержан.", "2024-11-15", "ru");
  SCOPED_TRACE(Describe(x));
  EXPECT_NE(FindPerson(x, "Марат Есенов"), nullptr);
  bool org = false;
  for (const auto& m : x.mentions) {
    org = org || (m.type == MentionType::kOrganization && m.text == "ФСБ");
  }
  EXPECT_TRUE(org);
  // ("the UN Human Rights Committee" stays one organisation.)
  auto en = ExtractText("In 2019 the UN Working Group on Arbitrary Detention called on the "
                        "authorities to free Aibar Tokenov.");
  SCOPED_TRACE(Describe(en));
  ASSERT_EQ(EventsOf(en, "Aibar Tokenov", EventType::kRuling).size(), 1u);
}

TEST(PlacesTest, TheLettersOfACountryAreNoInitials) {
  auto x = ExtractText(
      "U.S. Customs officers detained Marat Esenov at the airport. U.N. Special Rapporteur Dina "
      "Sarsenova said the U.S. State Department was told.");
  SCOPED_TRACE(Describe(x));
  EXPECT_EQ(x.persons.size(), 2u);
  EXPECT_NE(FindPerson(x, "Dina Sarsenova"), nullptr);
  bool us = false;
  for (const auto& m : x.mentions) {
    us = us || (m.type == MentionType::kLocation && m.country == "US");
  }
  EXPECT_TRUE(us);
}

TEST(PlacesTest, AWordBeforeAPluralOfPeopleIsAnAdjective) {
  auto x = ExtractText("Aibar Tokenov was detained. Karvanian workers marched on Monday.");
  SCOPED_TRACE(Describe(x));
  EXPECT_EQ(x.persons.size(), 1u);
}

TEST(PlacesTest, StreetsAndMarketsArePlaces) {
  auto x = ExtractText(
      "Marat Esenov was detained on Tashabad Prospekt on Saturday. Dina Sarsenova was detained "
      "near Sarybel Market.");
  SCOPED_TRACE(Describe(x));
  EXPECT_EQ(x.persons.size(), 2u);
}

TEST(PlacesTest, JoinedArabicParticlesAreNameParts) {
  EXPECT_TRUE(IsJoinedParticleName("al-Harbi"));
  EXPECT_TRUE(IsJoinedParticleName("el-Sayed"));
  EXPECT_FALSE(IsJoinedParticleName("al-qaeda"));
  EXPECT_FALSE(IsJoinedParticleName("pre-Trial"));
  auto x = ExtractText("Yusuf bin Tariq al-Harbi, an engineer, was sentenced to 16 years in prison.");
  SCOPED_TRACE(Describe(x));
  EXPECT_EQ(EventsOf(x, "Yusuf bin Tariq al-Harbi", EventType::kSentence).size(), 1u);
}

// ---- demands and recommendations -------------------------------------------

TEST(DemandsTest, RecommendationsAreNoEvents) {
  auto x = ExtractText(
      "Aibar Tokenov was arrested on 2 March 2024.\n\n"
      "We call on the authorities:\n"
      "1. release Aibar Tokenov immediately;\n"
      "2. bring those responsible to trial.",
      "2024-03-20");
  SCOPED_TRACE(Describe(x));
  EXPECT_TRUE(EventsOf(x, "Aibar Tokenov", EventType::kRelease).empty());
  EXPECT_TRUE(EventsOf(x, "Aibar Tokenov", EventType::kTrial).empty());
  auto r = ExtractText("Власти должны: 1) немедленно освободить Олега Сабурова.", "2024-03-20", "ru");
  SCOPED_TRACE(Describe(r));
  EXPECT_TRUE(r.events.empty());
}

TEST(DemandsTest, TortureNamedInADemandStillHappened) {
  auto x = ExtractText("We demand an investigation into the torture of Aibar Tokenov in police custody.");
  SCOPED_TRACE(Describe(x));
  EXPECT_EQ(EventsOf(x, "Aibar Tokenov", EventType::kIllTreatment).size(), 1u);
  // A practice is nobody's event either.
  auto p = ExtractText(
      "We urge the government to release Dina Sarsenova and to end the practice of "
      "incommunicado detention and the use of torture in police stations.");
  SCOPED_TRACE(Describe(p));
  EXPECT_TRUE(EventsOf(p, "Dina Sarsenova", EventType::kDisappearance).empty());
  EXPECT_TRUE(EventsOf(p, "Dina Sarsenova", EventType::kArrest).empty());
  EXPECT_TRUE(EventsOf(p, "Dina Sarsenova", EventType::kIllTreatment).empty());
}

TEST(DemandsTest, AbuseInGeneralIsNobodysInParticular) {
  auto x = ExtractText(
      "We call on the authorities to free Aibar Tokenov and Ruslan Omirov, and to look into "
      "the many reports of ill-treatment in police custody. Aibar Tokenov's allegations of "
      "torture must also be investigated.");
  SCOPED_TRACE(Describe(x));
  EXPECT_TRUE(EventsOf(x, "Ruslan Omirov", EventType::kIllTreatment).empty());
  EXPECT_EQ(EventsOf(x, "Aibar Tokenov", EventType::kIllTreatment).size(), 1u);
}

TEST(AttributionTest, TriedToIsAnAttemptNotATrial) {
  auto x = ExtractText(
      "Ruslan Omirov was detained on 3 March 2021. A cousin, Marat Omirov, was fined in 2022 "
      "and jailed for five years in 2022, weeks after he tried to visit him.");
  SCOPED_TRACE(Describe(x));
  EXPECT_TRUE(EventsOf(x, "Ruslan Omirov", EventType::kTrial).empty());
  EXPECT_TRUE(EventsOf(x, "Marat Omirov", EventType::kTrial).empty());
  ExpectOneEventEach(x, {"Marat Omirov"}, EventType::kSentence, "2022");
}

TEST(AttributionTest, PassiveSubjectOverBracketsAndThePronounAfter) {
  auto x = ExtractText(
      "Aibar Tokenov was arrested on 14 March. On 20 March, in a cafe, his nephew Daulet "
      "Tokenov (spelt Dawlet Tokenov in a court paper) was detained. He was released the "
      "following day.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov"}, EventType::kArrest, "2024-03-14");
  ExpectOneEventEach(x, {"Daulet Tokenov"}, EventType::kArrest, "2024-03-20");
  ExpectOneEventEach(x, {"Daulet Tokenov"}, EventType::kRelease, "2024-03-21");
  EXPECT_TRUE(EventsOf(x, "Aibar Tokenov", EventType::kRelease).empty());
  // After a fronted date, and with the name in apposition.
  auto y = ExtractText(
      "Marat Esenov has been held since May 2021.\n\n6 July 2022 - His cousin, Daulet "
      "Esenov, is detained at a rally in the capital. The next day he is sentenced to a fine "
      "and five days in jail.");
  SCOPED_TRACE(Describe(y));
  EXPECT_EQ(EventsOf(y, "Daulet Esenov", EventType::kSentence).size(), 1u);
  EXPECT_TRUE(EventsOf(y, "Marat Esenov", EventType::kSentence).empty());
}

TEST(AttributionTest, HerFatherIsTheOneSheIsTheDaughterOf) {
  auto x = ExtractText(
      "Ruslan Omirov, a teacher, was detained on 3 March 2019. Omirov's case is one of many.\n\n"
      "Marat Esenov was arrested in Taraz on 26 November 2002. Years later his daughter, Aliya "
      "Esenova, a nurse in Oslo, was told by a released inmate that her father had died in "
      "prison in the spring of 2011.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Marat Esenov"}, EventType::kDeath, "2011");
  EXPECT_TRUE(EventsOf(x, "Ruslan Omirov", EventType::kDeath).empty());
}

TEST(AttributionTest, NotSeenSinceIsADisappearance) {
  auto x = ExtractText(
      "Ruslan Omirov was detained on 3 March 2019 and has not been seen since. Marat Esenov "
      "was taken from his home in April 2020. He has not been seen by his family since.");
  SCOPED_TRACE(Describe(x));
  EXPECT_EQ(EventsOf(x, "Ruslan Omirov", EventType::kDisappearance).size(), 1u);
  EXPECT_EQ(EventsOf(x, "Marat Esenov", EventType::kDisappearance).size(), 1u);
}

TEST(NarrativeDatesTest, AbuseInTheFirstHoursOfCustodyTakesTheArrestDate) {
  auto x = ExtractText(
      "Aibar Tokenov was detained on 12 May 2023 and charged with hooliganism.\n\n"
      "He later said that on the first night in custody guards beat him.\n\n"
      "Marat Esenov was arrested on 2 June 2023. He says officers at the police station "
      "beat him.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov"}, EventType::kIllTreatment, "2023-05-12");
  ExpectOneEventEach(x, {"Marat Esenov"}, EventType::kIllTreatment, "2023-06-02");
  auto r = ExtractText(
      "Олега Сабурова задержали 9 октября 2024 года.\n\nПосле задержания его избили.",
      "2024-12-01", "ru");
  SCOPED_TRACE(Describe(r));
  ExpectOneEventEach(r, {"Олег Сабуров"}, EventType::kIllTreatment, "2024-10-09");
}

TEST(NarrativeDatesTest, DetainedWithThemIsTheirOccasion) {
  auto x = ExtractText(
      "Dina Sarsenova and Ruslan Omirov were detained on 11 March.\n\nTheir driver, Marat "
      "Esenov, who was detained with them, was released the same evening.\n\nThe lawyer "
      "Aibar Tokenov was arrested in the same raid.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Marat Esenov", "Aibar Tokenov"}, EventType::kArrest, "2024-03-11");
  auto r = ExtractText(
      "Олега Сабурова задержали 9 октября.\n\nЕго знакомую Дину Сарсенову, приехавшую "
      "на встречу, задержали вместе с ним.",
      "2024-12-01", "ru");
  SCOPED_TRACE(Describe(r));
  ExpectOneEventEach(r, {"Дина Сарсенова"}, EventType::kArrest, "2024-10-09");
}

TEST(NarrativeDatesTest, ReleasedInTheCourtroomOnTheVerdictsDay) {
  auto x = ExtractText(
      "On 14 December 2023 the Almaty City Court sentenced Dina Sarsenova to two years in "
      "prison.\n\nThe judge heard the case in one day.\n\nRuslan Omirov was acquitted and "
      "released in the courtroom. Marat Esenov was taken into custody in the courtroom.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Ruslan Omirov"}, EventType::kRelease, "2023-12-14");
  ExpectOneEventEach(x, {"Marat Esenov"}, EventType::kArrest, "2023-12-14");
}

TEST(EventWordsTest, MoreWordsOfIllTreatment) {
  auto x = ExtractText(
      "Aibar Tokenov was detained on 2 May. Officers blindfolded him and struck him with "
      "batons.");
  SCOPED_TRACE(Describe(x));
  EXPECT_EQ(EventsOf(x, "Aibar Tokenov", EventType::kIllTreatment).size(), 1u);
  auto r = ExtractText(
      "Олега Сабурова задержали 9 октября. Один из полицейских несколько раз ударил его.",
      "2024-12-01", "ru");
  SCOPED_TRACE(Describe(r));
  EXPECT_EQ(EventsOf(r, "Олег Сабуров", EventType::kIllTreatment).size(), 1u);
}

TEST(EventWordsTest, NotKnowingWhereSomeoneIsIsADisappearanceFromTheArrest) {
  auto x = ExtractText(
      "Aibar Tokenov was detained at his home on 3 May 2023.\n\nFor weeks his wife did "
      "not know where he was held.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov"}, EventType::kDisappearance, "2023-05-03");
  auto r = ExtractText(
      "Олега Сабурова задержали 9 октября 2024 года.\n\nРодственники до сих пор не знают, "
      "где он находится.",
      "2024-12-01", "ru");
  SCOPED_TRACE(Describe(r));
  ExpectOneEventEach(r, {"Олег Сабуров"}, EventType::kDisappearance, "2024-10-09");
  auto y = ExtractText(
      "Marat Esenov was arrested in June. The police refused to say where they were holding "
      "him, and his wife lost contact with him.");
  SCOPED_TRACE(Describe(y));
  EXPECT_EQ(EventsOf(y, "Marat Esenov", EventType::kDisappearance).size(), 1u);
}

TEST(EventWordsTest, AGapInATriggerMayBeEmpty) {
  auto r = ExtractText(
      "Олега Сабурова задержали 9 октября 2023 года.\n\nВ марте Сабурова поместили в "
      "штрафной изолятор на неделю.",
      "2024-06-01", "ru");
  SCOPED_TRACE(Describe(r));
  ExpectOneEventEach(r, {"Олег Сабуров"}, EventType::kIllTreatment, "2024-03");
  // (The imperfective too: "помещали в ШИЗО".)
  auto i = ExtractText("Олег Сабуров отбывает срок в колонии. С мая Сабурова трижды помещали "
                       "в штрафной изолятор.",
                       "2023-12-01", "ru");
  SCOPED_TRACE(Describe(i));
  ExpectOneEventEach(i, {"Олег Сабуров"}, EventType::kIllTreatment, "2023-05");
  auto x = ExtractText("Aibar Tokenov was arrested in January. In February he was moved to Prison No. 3.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov"}, EventType::kTransfer, "2024-02");
}

TEST(AttributionTest, ANameHeadingALongAppositionIsTheSubject) {
  auto x = ExtractText(
      "Aibar Tokenov, a notary known in the north of the country, who has drafted wills for "
      "half the valley and who in recent years has also advised two dismissed mayors on "
      "their pensions, was arrested on 14 February at his office.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov"}, EventType::kArrest, "2024-02-14");
}

TEST(AttributionTest, TheEditorIsThePersonTheStoryIsAbout) {
  auto x = ExtractText(
      "BISHKEK, March 5 (Caravan Wire) - Police detained the editor of an independent outlet "
      "on Monday.\n\nAibar Tokenov was taken from the newsroom by security officers. "
      "Tokenov's lawyer, Marat Esenov, said the case was fabricated.",
      "2024-03-05");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov"}, EventType::kArrest, "2024-03-04");
  // (The dateline's day is the telling's: "said on Wednesday" too.)
  auto d = ExtractText(
      "ALMATY, May 8 (Caravan Wire) - A teacher held since March died in custody, his "
      "colleagues said on Wednesday.\n\nRuslan Omirov was pronounced dead on Sunday, a "
      "relative told the agency.",
      "2024-05-08");
  SCOPED_TRACE(Describe(d));
  ExpectOneEventEach(d, {"Ruslan Omirov"}, EventType::kDeath, "2024-05-05");
  // A founder is only one the text calls so.
  auto y = ExtractText(
      "Aibar Tokenov was detained on 2 May. The founder of the charity was questioned the "
      "next day and detained overnight.");
  SCOPED_TRACE(Describe(y));
  EXPECT_EQ(EventsOf(y, "Aibar Tokenov", EventType::kArrest).size(), 1u);
}

TEST(AttributionTest, ANameModifyingAGovernmentIsNoAntecedent) {
  auto x = ExtractText(
      "Aibar Tokenov, an editor, was detained on 2 May. Under the Marat Esenov administration, "
      "dozens of reporters have faced charges. Rights groups said his detention was "
      "unlawful.");
  SCOPED_TRACE(Describe(x));
  EXPECT_TRUE(EventsOf(x, "Marat Esenov", EventType::kArrest).empty());
  EXPECT_EQ(EventsOf(x, "Aibar Tokenov", EventType::kArrest).size(), 1u);
}

TEST(AttributionTest, TogetherWithSharesTheEvent) {
  auto x = ExtractText(
      "Pastor Aibar Tokenov was detained by police on 4 May 2023 at a roadblock near Taraz, "
      "together with his driver, Ruslan Omirov, who was released on bail on 2 June 2023.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov", "Ruslan Omirov"}, EventType::kArrest, "2023-05-04");
  ExpectOneEventEach(x, {"Ruslan Omirov"}, EventType::kRelease, "2023-06-02");
}

TEST(AttributionTest, AndWhoHasTheFirstWhosAntecedent) {
  auto x = ExtractText(
      "A poet, Marat Esenov, who was jailed in 2019 for a verse about the governor, and who "
      "was released in May 2023 in an amnesty, still cannot travel.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Marat Esenov"}, EventType::kRelease, "2023-05");
}

TEST(NarrativeDatesTest, AWeekIsDatedByItsMonth) {
  auto x = ExtractText("Aibar Tokenov fainted twice in his cell last week.", "2024-05-14");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov"}, EventType::kHealth, "2024-05");
  auto y = ExtractText("Aibar Tokenov fainted twice in his cell last week.", "2024-01-03");
  SCOPED_TRACE(Describe(y));
  ExpectOneEventEach(y, {"Aibar Tokenov"}, EventType::kHealth, "2023-12");
}

TEST(NarrativeDatesTest, APossessiveDayDatesItsNoun) {
  auto x = ExtractText(
      "Aibar Tokenov and Dina Sarsenova were detained on 20 August.\n\nAt Thursday's "
      "hearing, the judge granted them bail.",
      "2023-09-09");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aibar Tokenov", "Dina Sarsenova"}, EventType::kTrial, "2023-09-07");
  ExpectOneEventEach(x, {"Aibar Tokenov", "Dina Sarsenova"}, EventType::kRelease, "2023-09-07");
}

TEST(AttributionTest, APronounContinuesTheHeadOfAPassiveOverARelativeClause) {
  auto x = ExtractText(
      "Aibar Tokenov was detained on 18 March.\n\nHis neighbour Marat Esenov, who had filmed "
      "the search of Aibar Tokenov's flat, was detained too. On 19 March a judge sentenced "
      "him to ten days in jail.");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Marat Esenov"}, EventType::kSentence, "2024-03-19");
  EXPECT_TRUE(EventsOf(x, "Aibar Tokenov", EventType::kSentence).empty());
}

TEST(RussianEventsTest, PostposedSubjectOverAnAppositionAndRefusals) {
  auto r = ExtractText(
      "Марат Есенов отбывает срок в колонии. В октябре прошлого года суд отказал ему в "
      "условно-досрочном освобождении.\n\nВ том же месяце был задержан его сосед, 58-летний "
      "агроном Олег Сабуров. Суд отказался перевести его под домашний арест.",
      "2024-06-01", "ru");
  SCOPED_TRACE(Describe(r));
  ExpectOneEventEach(r, {"Марат Есенов"}, EventType::kRuling, "2023-10");
  EXPECT_EQ(EventsOf(r, "Олег Сабуров", EventType::kArrest).size(), 1u);
  EXPECT_EQ(EventsOf(r, "Олег Сабуров", EventType::kRuling).size(), 1u);
  // (Someone arrested "together with" him is not the subject.)
  auto w = ExtractText("Вчера был задержан вместе с Олегом Сабуровым его брат.", "2024-06-01",
                       "ru");
  SCOPED_TRACE(Describe(w));
  EXPECT_TRUE(EventsOf(w, "Олег Сабуров", EventType::kArrest).empty());
}

TEST(AttributionTest, AParticipleOpeningAChronologyEntryIsThePersonFollowed) {
  auto x = ExtractText(
      "Marat Esenov was arrested on 14 October 2021 by the security service.\n\n20 October "
      "2021 - Transferred to Prison No. 2 in Taraz.\n\n3 November 2021 - Charged with "
      "inciting discord.",
      "2022-06-01");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Marat Esenov"}, EventType::kTransfer, "2021-10-20");
  ExpectOneEventEach(x, {"Marat Esenov"}, EventType::kCharge, "2021-11-03");
}

TEST(EventWordsTest, TakenToACampAndHeldForDays) {
  auto x = ExtractText(
      "Ruslan Omirov, a shepherd, was taken to a camp in 2017 and released in 2019.\n\nA "
      "singer, Dina Sarsenova, was held for three weeks in a camp near the border in 2021. "
      "Rights groups urged the authorities to immediately release Marat Esenov.",
      "2022-06-01");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Ruslan Omirov"}, EventType::kArrest, "2017");
  ExpectOneEventEach(x, {"Ruslan Omirov"}, EventType::kRelease, "2019");
  ExpectOneEventEach(x, {"Dina Sarsenova"}, EventType::kArrest, "2021");
  EXPECT_TRUE(EventsOf(x, "Marat Esenov", EventType::kRelease).empty());
}

TEST(EventWordsTest, AHearingOnCustodyIsNoTrial) {
  auto x = ExtractText(
      "Aibar Tokenov and Dina Sarsenova were detained on 2 February. On 9 February, at a "
      "short hearing, the district court extended their detention by three months.");
  SCOPED_TRACE(Describe(x));
  EXPECT_TRUE(EventsOf(x, "Aibar Tokenov", EventType::kTrial).empty());
  ExpectOneEventEach(x, {"Aibar Tokenov", "Dina Sarsenova"}, EventType::kRuling, "2024-02-09");
}

TEST(RussianEventsTest, NamesOfOffencesAreNoEvents) {
  auto r = ExtractText(
      "Студентке Дине Сарсеновой, обвиняемой в «оправдании терроризма», продлили арест. "
      "Олег Сабуров был оправдан судом.",
      "2024-04-12", "ru");
  SCOPED_TRACE(Describe(r));
  EXPECT_TRUE(EventsOf(r, "Дина Сарсенова", EventType::kRelease).empty());
  EXPECT_EQ(EventsOf(r, "Олег Сабуров", EventType::kRelease).size(), 1u);
  // Nor is "применение насилия" (using violence against an official) abuse
  // he suffered.
  auto v = ExtractText(
      "Олега Сабурова обвиняют в применении насилия в отношении представителя власти. Дину "
      "Сарсенову избили в отделе полиции.",
      "2024-04-12", "ru");
  SCOPED_TRACE(Describe(v));
  EXPECT_TRUE(EventsOf(v, "Олег Сабуров", EventType::kIllTreatment).empty());
  EXPECT_EQ(EventsOf(v, "Дина Сарсенова", EventType::kIllTreatment).size(), 1u);
}

TEST(PersonsTest, ForeignGivenNamesInCyrillicDecline) {
  auto r = ExtractText("Суд в Москве арестовал Патрика Мэллори, а Урсулу Бренсон отпустили.",
                       "2024-04-12", "ru");
  SCOPED_TRACE(Describe(r));
  EXPECT_NE(FindPerson(r, "Патрик Мэллори"), nullptr);
  EXPECT_NE(FindPerson(r, "Урсула Бренсон"), nullptr);
}

TEST(PersonsTest, AGenitiveNameThenAGivenNameAreTwoPersons) {
  auto r = ExtractText(
      "Марат Есенов осуждён на 12 лет. Приговор прокомментировала дочь Марата Есенова Алия. "
      "Алия Есенова учится в Алматы.",
      "2024-04-12", "ru");
  SCOPED_TRACE(Describe(r));
  ASSERT_EQ(r.persons.size(), 2u);
  EXPECT_NE(FindPerson(r, "Марат Есенов"), nullptr);
  EXPECT_NE(FindPerson(r, "Алия Есенова"), nullptr);
}

TEST(EventWordsTest, ABodyNamedAfterTortureIsNoTorture) {
  auto x = ExtractText(
      "Aibar Tokenov has been held incommunicado since 2015. The Committee against Torture "
      "asked about his case in 2019, and a minister replied that he was well.");
  SCOPED_TRACE(Describe(x));
  EXPECT_TRUE(EventsOf(x, "Aibar Tokenov", EventType::kIllTreatment).empty());
  auto r = ExtractText("Олега Сабурова защищает юрист Комитета против пыток.", "2024-04-12", "ru");
  SCOPED_TRACE(Describe(r));
  EXPECT_TRUE(EventsOf(r, "Олег Сабуров", EventType::kIllTreatment).empty());
}

TEST(EventWordsTest, ForcedToLeaveIsNoAbuse) {
  auto x = ExtractText(
      "Aibar Tokenov was detained in May. Officers forced him to delete the video. Dina "
      "Sarsenova was later forced to leave the country.");
  SCOPED_TRACE(Describe(x));
  EXPECT_TRUE(EventsOf(x, "Aibar Tokenov", EventType::kIllTreatment).empty());
  EXPECT_TRUE(EventsOf(x, "Dina Sarsenova", EventType::kIllTreatment).empty());
  auto y = ExtractText("Marat Esenov was detained in May. Guards forced him to kneel for hours.");
  SCOPED_TRACE(Describe(y));
  EXPECT_EQ(EventsOf(y, "Marat Esenov", EventType::kIllTreatment).size(), 1u);
}

TEST(EventWordsTest, WoundsOfABeatingAreTheBeatings) {
  auto x = ExtractText(
      "Aibar Tokenov had a concussion and broken ribs after police beat him on 2 December. "
      "Dina Sarsenova was diagnosed with a concussion in prison.",
      "2024-12-20");
  SCOPED_TRACE(Describe(x));
  EXPECT_TRUE(EventsOf(x, "Aibar Tokenov", EventType::kHealth).empty());
  ExpectOneEventEach(x, {"Aibar Tokenov"}, EventType::kIllTreatment, "2024-12-02");
  EXPECT_EQ(EventsOf(x, "Dina Sarsenova", EventType::kHealth).size(), 1u);
}

TEST(NarrativeDatesTest, TheCourtAlsoOrderedHerReleaseOnTheSameOccasion) {
  auto x = ExtractText(
      "Two singers, Dina Sarsenova and Aibar Tokenov, were released from jail on Tuesday "
      "after a judge dropped the case. The judge also ordered Aliya Omirova's release on "
      "bail.",
      "2024-02-22");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Aliya Omirova"}, EventType::kRelease, "2024-02-20");
}

TEST(NarrativeDatesTest, AtTheFirstSessionIsWhenTheTrialOpened) {
  auto x = ExtractText(
      "The trial of Aibar Tokenov and Ruslan Omirov opened on 11 April 2023 in Almaty.\n\n"
      "The judge freed Omirov on bail at the first session.",
      "2024-02-22");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Ruslan Omirov"}, EventType::kRelease, "2023-04-11");
}

TEST(EventWordsTest, ANormOrALikenessOfTortureIsNoTorture) {
  auto x = ExtractText(
      "Aibar Tokenov has been held incommunicado since 2015. A court ruled that his case "
      "broke the prohibition of torture. \"The waiting is a form of torture,\" his sister "
      "said.");
  SCOPED_TRACE(Describe(x));
  EXPECT_TRUE(EventsOf(x, "Aibar Tokenov", EventType::kIllTreatment).empty());
}

TEST(RussianEventsTest, UpheldWithThePossessiveBetween) {
  auto r = ExtractText(
      "Олег Сабуров осуждён в мае 2023 года. В сентябре апелляционный суд оставил его приговор "
      "в силе.",
      "2024-06-01", "ru");
  SCOPED_TRACE(Describe(r));
  ExpectOneEventEach(r, {"Олег Сабуров"}, EventType::kRuling, "2023-09");
  // (The possessive says whose, not the person most told of.)
  auto m = ExtractText(
      "Марат Есенов под арестом. Марату Есенову продлили арест. Есенов объявил голодовку.\n\n"
      "Олег Сабуров осуждён в мае 2023 года. Сабуров признал вину. В сентябре "
      "апелляционный суд оставил его приговор в силе.",
      "2024-06-01", "ru");
  SCOPED_TRACE(Describe(m));
  ExpectOneEventEach(m, {"Олег Сабуров"}, EventType::kRuling, "2023-09");
}

TEST(EventWordsTest, ChangingTheMeasureOfRestraintIsARuling) {
  auto x = ExtractText(
      "Dina Sarsenova was detained on 3 March. On 28 March the city court changed the measure "
      "of restraint for Dina Sarsenova to house arrest.",
      "2024-06-25");
  SCOPED_TRACE(Describe(x));
  ExpectOneEventEach(x, {"Dina Sarsenova"}, EventType::kRuling, "2024-03-28");
  ExpectOneEventEach(x, {"Dina Sarsenova"}, EventType::kArrest, "2024-03-03");
}

}  // namespace
}  // namespace dossier::nlp
