#include "nlp/extractor.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "base/calendar.h"
#include "base/hash.h"
#include "base/text.h"
#include "ingest/dates.h"
#include "ingest/reflow.h"
#include "nlp/names.h"
#include "nlp/russian.h"
#include "nlp/tokens.h"

namespace dossier::nlp {

std::string_view MentionTypeName(MentionType t) {
  switch (t) {
    case MentionType::kPerson: return "person";
    case MentionType::kOrganization: return "organization";
    case MentionType::kLocation: return "location";
    case MentionType::kFacility: return "facility";
  }
  return "person";
}

std::string_view RoleName(Role r) {
  switch (r) {
    case Role::kSubject: return "subject";
    case Role::kOfficial: return "official";
    case Role::kLawyer: return "lawyer";
    case Role::kRelative: return "relative";
    case Role::kSignatory: return "signatory";
    case Role::kOther: return "other";
  }
  return "other";
}

namespace {

// A fixed set of words, looked up without building a string.
using namespace std::string_view_literals;
using WordSet = std::unordered_set<std::string_view, StringHash, std::equal_to<>>;

// Prepositions of place and manner before a noun phrase ("at his office",
// "в его квартире").
bool IsPreposition(std::string_view lower) {
  static const WordSet kWords = {"at", "in", "on", "from", "near", "outside", "inside", "into",
                                 "to", "with", "by", "during", "after", "before", "over",
                                 "в", "во", "на", "из", "у", "возле", "около", "с", "со"};
  return kWords.count(lower) > 0;
}

// Words that start sentences or stand capitalised without being names.
bool IsFunctionWord(std::string_view lower) {
  static const WordSet kWords = {
      "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its",
      "our", "we", "he", "she", "they", "it", "i", "you", "in", "on", "at", "by", "for",
      "from", "to", "of", "and", "or", "but", "if", "as", "since", "after", "before",
      "during", "despite", "although", "while", "when", "with", "without", "under",
      "over", "between", "among", "upon", "according", "however", "moreover", "also",
      "more", "most", "recently", "today", "yesterday", "there", "here", "all", "no",
      "not", "both", "each", "every", "some", "many", "several", "other", "such",
      "mr", "ms", "mrs", "dr", "former", "ex", "late", "president", "then", "now",
      "в", "на", "и", "по", "с", "о", "об", "за", "к", "у", "из", "от", "до", "что",
      "как", "это", "он", "она", "они", "его", "ее", "её", "их", "мы", "после", "а", "но",
      "когда", "где", "который", "которая", "которые"};
  return kWords.count(lower) > 0;
}

bool IsPronoun(std::string_view l, bool* possessive) {
  // Asked for every token: a short list compared by length first.
  static constexpr std::pair<std::string_view, bool> kPronouns[] = {
      {"he", false}, {"she", false}, {"him", false}, {"his", true}, {"her", true},
      {"он", false}, {"она", false}, {"его", true}, {"её", true}, {"ее", true},
      {"ему", false}, {"ей", false}, {"него", false}, {"нее", false}, {"неё", false},
      {"нему", false}, {"ним", false}, {"нём", false}, {"ней", false}, {"им", false}};
  for (const auto& [w, poss] : kPronouns) {
    if (w.size() == l.size() && w == l) {
      *possessive = poss;
      return true;
    }
  }
  *possessive = false;
  return false;
}

struct Run {
  uint32_t first, last;  // token range [first, last)
};

struct PersonCluster {
  std::string canonical;           // best full form
  std::set<std::string> forms;     // surface forms
  std::map<std::string, int> form_count;
  std::set<std::string> keys;      // NameKey of each name token
  std::string surname_key, given_key;
  Role role = Role::kOther;
  bool signatory = false;
  std::string country, group, title;
  std::string title_role;  // role implied by a title
  char gender = 0;         // 'm', 'f' or 0 when unknown
  int mentions = 0;
  uint32_t first_offset = 0;
  int merged_into = -1;  // another cluster took this one's forms
};

class DocExtractor {
 public:
  DocExtractor(std::string_view text, const DocumentContext& ctx)
      : text_(text), ctx_(ctx), lex_(Lexicon::Get()) {}

  Extraction Run() {
    toks_ = Tokenize(text_);
    sents_ = SplitSentences(text_, toks_);
    sent_of_.assign(toks_.size(), 0);
    for (size_t s = 0; s < sents_.size(); ++s) {
      for (uint32_t k = sents_[s].first; k < sents_[s].last; ++k) sent_of_[k] = static_cast<uint32_t>(s);
    }
    out_.anchor_date = ctx_.published;
    bool have_times = false;
    if (out_.anchor_date.empty()) {
      out_.anchor_date = InferAnchor(&out_.times, &have_times);
      out_.anchor_inferred = !out_.anchor_date.empty();
    }
    if (!have_times) out_.times = AnnotateTimes(text_, out_.anchor_date, ctx_.language);
    IndexTimes();
    NarrativeDates();
    person_at_.assign(toks_.size(), -1);
    mention_type_at_.assign(toks_.size(), -1);
    given_at_.assign(toks_.size(), -1);
    common_at_.assign(toks_.size(), -1);
    FindSignatories();
    FindCompoundCountries();
    FindNamedRuns();
    ResolvePending();
    FindSingleTokenPersons();
    ResolvePronouns();
    FindTriggers();
    FindGroups();
    FindGroupReferences();
    EmitEvents();
    DatesToldAfter();
    FindTermLines();
    FindFigures();
    Finish();
    return std::move(out_);
  }

 private:
  // A document without a date was written after everything it reports:
  // take the latest absolute date it mentions, then let dates without a
  // year ("on 25 July") resolved against it move it later, within a year.
  // `times` receives the expressions resolved against the returned anchor
  // when they were computed on the way (`*have_times`).
  std::string InferAnchor(std::vector<TimeExpr>* times, bool* have_times) const {
    auto latest = [](const std::vector<TimeExpr>& times, bool absolute_only) {
      std::string best;
      for (const auto& t : times) {
        if (t.type != TimexType::kDate || (absolute_only && t.relative)) continue;
        const std::string& v = t.value;
        if (v.size() < 4 || !std::isdigit(static_cast<unsigned char>(v[0]))) continue;
        bool numeric = true;
        for (char c : v) numeric = numeric && (std::isdigit(static_cast<unsigned char>(c)) || c == '-');
        if (numeric && v > best) best = v;
      }
      return best;
    };
    // The latest absolute date, from the cheap date finder of ingest and
    // the years the text writes (a whole time annotation per guess would
    // be another pass over the text). A date far after all others ("will be
    // released in May 2027") is a plan, not the time of writing.
    std::vector<std::string> dates;
    for (const auto& d : ingest::FindDates(text_)) dates.push_back(d.Value());
    for (int y : ingest::WrittenYears(text_, 1950, 2100)) dates.push_back(std::to_string(y));
    auto year_of = [](const std::string& v) { return std::atoi(v.substr(0, 4).c_str()); };
    std::map<int, int> year_count;  // years written, as a number
    for (const auto& v : dates) {
      if (v.size() == 4) ++year_count[year_of(v)];
    }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    // The latest year, written once and more than a year after any other,
    // is a plan.
    while (dates.size() >= 2) {
      int last = year_of(dates.back());
      size_t first_of_last = dates.size() - 1;
      while (first_of_last > 0 && year_of(dates[first_of_last - 1]) == last) --first_of_last;
      if (first_of_last == 0 || year_of(dates[first_of_last - 1]) + 1 >= last || year_count[last] > 1) {
        break;
      }
      dates.resize(first_of_last);
    }
    std::string anchor = dates.empty() ? "" : dates.back();
    // A bare year last: the most precise date of that year, if any.
    for (const auto& v : dates) {
      if (v.size() > anchor.size() && v.starts_with(anchor)) anchor = v;
    }
    if (anchor.empty()) return InferDocumentDate(text_, ctx_.language);
    *times = AnnotateTimes(text_, anchor, ctx_.language);
    *have_times = true;
    std::string later = latest(*times, false);
    if (!later.empty() && later > anchor &&
        std::atoi(later.substr(0, 4).c_str()) <= std::atoi(anchor.substr(0, 4).c_str()) + 1) {
      anchor = later;
      *have_times = false;  // re-resolve against the later anchor
    }
    return anchor;
  }

  void IndexTimes() {
    time_at_.assign(toks_.size(), -1);
    for (size_t i = 0; i < out_.times.size(); ++i) {
      // Tokens are sorted by offset: binary search the first one inside.
      auto it = std::lower_bound(toks_.begin(), toks_.end(), out_.times[i].start,
                                 [](const Token& t, uint32_t off) { return t.start < off; });
      // ("Thursday's hearing": the possessive's token too.)
      for (; it != toks_.end() && it->start < out_.times[i].end &&
             (it->end <= out_.times[i].end || StripPossessive(it->text).size() + it->start ==
                                                  out_.times[i].end);
           ++it) {
        time_at_[it - toks_.begin()] = static_cast<int>(i);
      }
    }
  }

  // "YYYY-MM-DD" shifted by `days` days, or "YYYY-MM" by `months` months;
  // "" when `value` is not that precise.
  static std::string ShiftDate(const std::string& value, int days, int months) {
    int y = 0, m = 0, d = 0;
    if (value.size() >= 7 && std::sscanf(value.c_str(), "%4d-%2d", &y, &m) == 2 && m >= 1 &&
        m <= 12) {
      bool day = value.size() >= 10 && std::sscanf(value.c_str() + 8, "%2d", &d) == 1;
      if (months) {
        int total = y * 12 + (m - 1) + months;
        y = total / 12;
        m = total % 12 + 1;
        d = day ? std::min(d, DaysInMonth(y, m)) : 0;
      }
      char buf[16];
      if (!day) {
        if (days) return "";
        std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
        return buf;
      }
      CivilFromDays(DaysFromCivil(y, m, d) + days, &y, &m, &d);
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
      return buf;
    }
    return "";
  }

  // Narrative time. "The next day", "two days later", "в тот же день"
  // count from the last date the text has told, not from the date of the
  // document: "He was arrested on 28 November. Three days later his
  // colleague was detained" dates the second arrest 1 December. Phrases the
  // time annotator leaves alone ("того же дня", "месяцем позже") are added
  // as DATE expressions; durations followed by "later" become dates.
  // Whether the time at token k (ending at byte `end`) opens a period
  // that runs to the present: "since 2017", "с 2017 года" (and no "по").
  bool OpenPeriodStart(size_t k, uint32_t end) const {
    std::string_view before = T(k - 1).lower;
    if (before == "since"sv) return true;
    if (before != "с"sv && before != "со"sv) return false;
    for (size_t q = k; q < toks_.size() && q < k + 8; ++q) {
      if (T(q).start < end) continue;
      std::string_view l = T(q).lower;
      return l != "по"sv && l != "до"sv;
    }
    return true;
  }

  void NarrativeDates() {
    struct Phrase {
      std::vector<std::string_view> words;
      int days, months;
    };
    static const std::vector<Phrase> kPhrases = {
        {{"в", "тот", "же", "день"}, 0, 0}, {{"того", "же", "дня"}, 0, 0},
        {{"тот", "же", "день"}, 0, 0},      {{"в", "тот", "же", "вечер"}, 0, 0},
        {{"тем", "же", "вечером"}, 0, 0},   {{"той", "же", "ночью"}, 0, 0},
        {{"в", "ту", "же", "ночь"}, 0, 0},  {{"на", "следующее", "утро"}, 1, 0},
        {{"наутро"}, 1, 0},                 {{"на", "другой", "день"}, 1, 0},
        {{"накануне"}, -1, 0},              {{"днем", "позже"}, 1, 0},
        {{"днём", "позже"}, 1, 0},          {{"неделей", "позже"}, 7, 0},
        {{"месяцем", "позже"}, 0, 1},       {{"the", "same", "evening"}, 0, 0},
        {{"the", "same", "night"}, 0, 0},   {{"later", "that", "day"}, 0, 0},
        {{"the", "next", "morning"}, 1, 0}, {{"the", "following", "morning"}, 1, 0}};
    static const auto* kFirstWords = [] {
      auto* set = new WordSet();
      for (const auto& p : kPhrases) set->insert(p.words.front());
      return set;
    }();
    bool added = false;
    for (size_t k = 0; k < toks_.size(); ++k) {
      if (time_at_[k] >= 0 || !T(k).word || !kFirstWords->count(T(k).lower)) continue;
      for (const auto& p : kPhrases) {
        if (k + p.words.size() > toks_.size()) continue;
        bool match = true;
        for (size_t q = 0; q < p.words.size() && match; ++q) {
          match = T(k + q).lower == p.words[q] && time_at_[k + q] < 0;
        }
        if (!match) continue;
        TimeExpr t;
        t.start = T(k).start;
        t.end = T(k + p.words.size() - 1).end;
        t.text = std::string(text_.substr(t.start, t.end - t.start));
        t.type = TimexType::kDate;
        t.relative = true;
        t.value = p.months ? "M" + std::to_string(p.months) : "D" + std::to_string(p.days);
        out_.times.push_back(std::move(t));
        added = true;
        k += p.words.size() - 1;
        break;
      }
    }
    if (added) {
      std::sort(out_.times.begin(), out_.times.end(),
                [](const TimeExpr& a, const TimeExpr& b) { return a.start < b.start; });
      IndexTimes();
    }
    // "14 March last year", "с июня прошлого года": a day or month and the
    // year that follows it are one date.
    for (size_t i = 0; i + 1 < out_.times.size(); ++i) {
      TimeExpr& a = out_.times[i];
      const TimeExpr& y = out_.times[i + 1];
      bool month_value = a.type == TimexType::kDate && a.value.size() >= 7 && a.value[4] == '-' &&
                         std::isdigit(static_cast<unsigned char>(a.value[0]));
      bool year_value = y.type == TimexType::kDate && y.value.size() == 4 &&
                        std::isdigit(static_cast<unsigned char>(y.value[0]));
      if (!month_value || !year_value || y.start < a.end ||
          !TrimView(text_.substr(a.end, y.start - a.end)).empty()) {
        continue;
      }
      a.value = y.value + a.value.substr(4);
      a.end = y.end;
      a.text = std::string(text_.substr(a.start, a.end - a.start));
      a.relative = true;
      out_.times.erase(out_.times.begin() + static_cast<long>(i + 1));
      added = true;
    }
    if (added) IndexTimes();
    // A day or month without a year takes the year the text has just named
    // ("In 2023 his family said ... he was hospitalised in September"), else
    // the one that keeps it before the document when nothing in its sentence
    // speaks of the future (what a report tells has happened).
    {
      int context_year = 0;
      size_t context_paragraph = 0;
      uint32_t context_sentence = 0;
      std::string context_value;
      std::vector<size_t> paragraph_of(toks_.size(), 0);
      for (size_t q = 1; q < toks_.size(); ++q) {
        paragraph_of[q] = paragraph_of[q - 1] + (T(q).paragraph_before ? 1 : 0);
      }
      const int anchor_year =
          out_.anchor_date.size() >= 4 ? std::atoi(out_.anchor_date.substr(0, 4).c_str()) : 0;
      for (auto& t : out_.times) {
        if (t.type != TimexType::kDate) continue;
        auto first = std::lower_bound(toks_.begin(), toks_.end(), t.start,
                                      [](const Token& tok, uint32_t off) { return tok.start < off; });
        if (first == toks_.end()) continue;
        size_t k = static_cast<size_t>(first - toks_.begin());
        bool has_year = false;
        for (size_t i = 0; i + 4 <= t.text.size() && !has_year; ++i) {
          has_year = std::isdigit(static_cast<unsigned char>(t.text[i])) &&
                     std::isdigit(static_cast<unsigned char>(t.text[i + 1])) &&
                     std::isdigit(static_cast<unsigned char>(t.text[i + 2])) &&
                     std::isdigit(static_cast<unsigned char>(t.text[i + 3]));
        }
        bool dated = t.value.size() >= 4 && std::isdigit(static_cast<unsigned char>(t.value[0]));
        // "documented since 2017. In January, ...": a period open to the
        // present is no year the narrative has moved to.
        if (has_year && dated && k > 0 && OpenPeriodStart(k, t.end)) continue;
        if (has_year && dated) {
          context_year = std::atoi(t.value.substr(0, 4).c_str());
          context_value = t.value;
          context_paragraph = paragraph_of[k];
          context_sentence = sent_of_[k];
          continue;
        }
        // Only month-precise or day-precise values the annotator gave a
        // year of its choosing ("in September", "on 25 July").
        bool partial = t.relative && dated && t.value.size() >= 7 && t.value[4] == '-' &&
                       std::isdigit(static_cast<unsigned char>(t.value[5]));
        static const WordSet kRelativeWords = {"last", "next", "this", "previous", "following",
                                               "ago", "прошлого", "этого", "нынешнего",
                                               "следующего", "прошлом", "этом", "назад"};
        for (size_t q = k; q < toks_.size() && T(q).start < t.end && partial; ++q) {
          partial = !kRelativeWords.count(T(q).lower);
        }
        if (!partial) continue;
        int year = std::atoi(t.value.substr(0, 4).c_str());
        int want = year;
        if (context_year && paragraph_of[k] == context_paragraph && sent_of_[k] <= context_sentence + 1 &&
            std::to_string(context_year) + t.value.substr(4) >= context_value) {
          // (Forward from the date just told: "arrested in June 2023 ... most
          // recently on 29 February" is February of the next year.)
          want = context_year;
        } else if (anchor_year && t.value > out_.anchor_date && !FutureCue(k)) {
          want = year - 1;
        }
        // A day that year does not have (29 February) keeps its year.
        if (want != year && t.value.size() >= 10 && t.value.substr(5, 5) == "02-29" &&
            !IsLeapYear(want)) {
          want = year;
        }
        if (want != year && want > 0) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "%04d", want);
          t.value = std::string(buf) + t.value.substr(4);
        }
      }
    }
    auto is_date = [](const std::string& v) {
      return v.size() >= 7 && std::isdigit(static_cast<unsigned char>(v[0])) && v[4] == '-' &&
             std::isdigit(static_cast<unsigned char>(v[5]));
    };
    std::string ref;
    for (size_t i = 0; i < out_.times.size(); ++i) {
      TimeExpr& t = out_.times[i];
      std::string l = ToLower(t.text);
      auto has = [&](std::string_view w) { return l.find(w) != std::string::npos; };
      if (t.type == TimexType::kDate && !t.value.empty() && (t.value[0] == 'D' || t.value[0] == 'M') &&
          t.value.size() > 1 && (std::isdigit(static_cast<unsigned char>(t.value[1])) || t.value[1] == '-')) {
        // One of the phrases added above.
        int n = std::atoi(t.value.c_str() + 1);
        std::string v = ref.empty() ? "" : t.value[0] == 'M' ? ShiftDate(ref, 0, n).substr(0, 7) : ShiftDate(ref, n, 0);
        t.value = v.empty() ? "XXXX-XX-XX" : v;
      } else if (t.type == TimexType::kDate && t.value == "PAST_REF" && out_.anchor_date.size() >= 7 &&
                 (has("few days") || has("several days") || has("few weeks") || has("several weeks") ||
                  has("несколько дней") || has("несколько недель"))) {
        // "a few days ago": the month of the document, at month precision.
        t.value = out_.anchor_date.substr(0, 7);
      } else if (t.type == TimexType::kDate && t.relative && !ref.empty()) {
        int shift = 99;
        if (has("next day") || has("following day") || has("day after") || has("следующий день") ||
            has("следующего дня") || has("следующий же день")) {
          shift = 1;
        } else if (has("same day") || l == "that day" || has("that same day") || has("тот же день")) {
          shift = 0;
        } else if (has("day before") || has("previous day") || has("day earlier") ||
                   has("предыдущий день")) {
          shift = -1;
        }
        if (shift != 99) {
          std::string v = ShiftDate(ref, shift, 0);
          if (!v.empty()) t.value = v;
        }
      } else if (t.type == TimexType::kTime && ref.size() >= 10 && t.value.find('T') != std::string::npos &&
                 (has("same") || has("that evening") || has("that night") || has("that morning") ||
                  has("тот же") || has("тем же") || has("той же"))) {
        // "released the same evening": the evening of the day just told.
        t.value = ref.substr(0, 10) + t.value.substr(t.value.find('T'));
      } else if (t.type == TimexType::kDuration && !ref.empty()) {
        // "three days later", "a week after that", "через два дня", "два дня спустя".
        auto first_from = [&](uint32_t offset) {
          return static_cast<size_t>(
              std::lower_bound(toks_.begin(), toks_.end(), offset,
                               [](const Token& tok, uint32_t off) { return tok.start < off; }) -
              toks_.begin());
        };
        size_t k = first_from(t.end);    // the token after
        size_t b = first_from(t.start);  // the first token
        bool later = k < toks_.size() &&
                     (T(k).lower == "later"sv || T(k).lower == "afterwards"sv ||
                      T(k).lower == "спустя"sv || T(k).lower == "позже"sv || T(k).lower == "позднее"sv ||
                      (T(k).lower == "after"sv && k + 1 < toks_.size() && T(k + 1).lower == "that"sv));
        later = later || (b > 0 && T(b - 1).lower == "через"sv) ||
                (b > 0 && T(b - 1).lower == "спустя"sv);
        int n = 0;
        char unit = 0;
        if (later && std::sscanf(t.value.c_str(), "P%d%c", &n, &unit) == 2 && n > 0 && n < 400) {
          std::string v = unit == 'D'   ? ShiftDate(ref, n, 0)
                          : unit == 'W' ? ShiftDate(ref, 7 * n, 0)
                          : unit == 'M' ? ShiftDate(ref, 0, n)
                          : unit == 'Y' ? ShiftDate(ref, 0, 12 * n)
                                        : "";
          if (!v.empty()) {
            t.type = TimexType::kDate;
            t.relative = true;
            t.value = unit == 'Y' ? v.substr(0, 4) : unit == 'M' && v.size() > 7 ? v.substr(0, 7) : v;
          }
        }
      }
      // (Not the end of a span: "held for two months, until 11 May. The
      // next day ..." counts from the day the detention was ordered; a
      // day counts from the last day told, not from a month.)
      if (t.type == TimexType::kDate && is_date(t.value)) {
        size_t b = static_cast<size_t>(
            std::lower_bound(toks_.begin(), toks_.end(), t.start,
                             [](const Token& tok, uint32_t off) { return tok.start < off; }) -
            toks_.begin());
        bool end_of_span = b > 0 && b < toks_.size() && IsEndWord(T(b - 1).lower);
        // ("in connection with videos published in January and February":
        // a month before the day told is a look back, and the story stays
        // on its day.)
        if (!end_of_span && (t.value.size() >= 10 || ref.size() < 10 || t.value > ref)) {
          ref = t.value;
        }
      }
    }
  }

  // A word of its sentence that speaks of the future.
  bool FutureCue(size_t k) const {
    static const WordSet kFuture = {"will", "shall", "scheduled", "expected", "due", "planned",
                                    "upcoming", "next", "until", "будет", "будут", "назначено",
                                    "планируется", "until", "till", "до"};
    uint32_t si = sent_of_.empty() ? 0 : sent_of_[k];
    const auto& s = sents_[si];
    for (size_t m = s.first; m < s.last; ++m) {
      if (kFuture.count(T(m).lower)) return true;
    }
    return false;
  }

  // ---- helpers ------------------------------------------------------------
  const Token& T(size_t k) const { return toks_[k]; }
  bool InSentence(size_t a, size_t b) const { return sent_of_[a] == sent_of_[b]; }

  std::string SpanText(uint32_t a, uint32_t b) const {
    return std::string(text_.substr(toks_[a].start, toks_[b - 1].end - toks_[a].start));
  }

  bool IsParticle(const Token& t) const { return !t.cap && lex_.particles.count(t.lower) > 0; }
  // Inside a name a particle may be capitalised: "Yusuf bin Tariq Al
  // Harbi", "Pieter Van den Broek".
  bool IsNameParticle(uint32_t k, uint32_t a, uint32_t b) const {
    return IsParticle(T(k)) || (k > a && k + 1 < b && lex_.particles.count(T(k).lower) > 0);
  }
  bool IsGivenName(const Token& t) const {
    if (lex_.given_names.count(StripPossessive(t.lower))) return true;
    // "Ramón", "Zoë": the list is written without diacritics.
    bool ascii = true;
    for (char c : t.lower) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (!ascii && static_cast<unsigned char>(t.text[0]) < 0xD0 &&
        lex_.given_names.count(FoldLatin(StripPossessive(t.lower)))) {
      return true;
    }
    return static_cast<unsigned char>(t.text[0]) >= 0xD0 && CyrillicGivenNameGender(t.text);
  }
  // The same for token k, and whether it (without a possessive) is a common
  // word of the language; both asked many times of the same tokens.
  bool GivenAt(size_t k) const {
    int8_t& v = given_at_[k];
    if (v < 0) v = IsGivenName(T(k)) ? 1 : 0;
    return v == 1;
  }
  bool CommonAt(size_t k) const {
    int8_t& v = common_at_[k];
    if (v < 0) v = IsCommonWord(StripPossessive(T(k).lower)) ? 1 : 0;
    return v == 1;
  }

  static bool IsPatronymic(std::string_view l) {
    return l == "uulu" || l == "kyzy" || l == "ugli" || l == "ogly" || l == "oglu" ||
           l == "qizi" || l == "gizi" || l == "уулу" || l == "улу" || l == "кызы" ||
           l == "угли" || l == "оглы";
  }

  // "B." in "B. Temirbaev"; also the transliterated digraphs of Cyrillic
  // initials: "Kh." (Х), "Sh.", "Zh.", "Yu.".
  bool IsInitial(size_t k) const {
    if (!T(k).word || !T(k).cap || k + 1 >= toks_.size() || T(k + 1).text != "." ||
        T(k + 1).start != T(k).end) {
      return false;
    }
    size_t n = Utf8Length(T(k).text);
    if (n == 1) return true;
    std::string_view l = T(k).lower;
    return n == 2 && (l == "kh" || l == "sh" || l == "ch" || l == "zh" || l == "ts" || l == "yu" ||
                      l == "ya" || l == "yo" || l == "ye");
  }

  std::optional<std::string> TitleBefore(size_t first, size_t* title_start) const {
    if (auto t = TitleEndingAt(first, title_start)) return t;
    // "his wife, Amina": a title and a comma before the name; not "according
    // to his wife, Erlan was beaten" (the wife tells of Erlan).
    if (first >= 2 && T(first - 1).text == ",") {
      if (auto t = TitleEndingAt(first - 1, title_start);
          t && lex_.person_titles.at(*t) != "other") {
        // ("according to his wife, Nouf, ..." names her: the name stands
        // between commas.)
        size_t e = first;
        // (The name's words: capitalised, or "el-Sayed", "al-Harbi".)
        auto name_word = [&](const Token& w) {
          size_t dash = w.text.find('-');
          return w.cap || (w.word && dash != std::string_view::npos && dash + 1 < w.text.size() &&
                           std::isupper(static_cast<unsigned char>(w.text[dash + 1])));
        };
        while (e < toks_.size() && name_word(T(e)) && e < first + 4) ++e;
        // (Or ends the sentence: "..., according to his lawyer, X.")
        bool apposition = e < toks_.size() && (T(e).text == "," || T(e).text == "." ||
                                               T(e).text == ";" || T(e).text == ")");
        bool source = false;
        for (size_t q = *title_start; q > 0 && q + 4 > *title_start; --q) {
          std::string_view l = T(q - 1).lower;
          source = source || l == "according" || l == "said" || l == "says" || l == "told";
        }
        if (!source || apposition) return t;
      }
    }
    // "a judge named X", "an officer called X".
    if (first >= 2 && (T(first - 1).lower == "named"sv || T(first - 1).lower == "called"sv)) {
      if (auto t = TitleEndingAt(first - 1, title_start)) return t;
    }
    // "Начальник ИК-7 X", "начальник колонии X": the head of a facility.
    // (Or of a country: "Президент Украины X".)
    auto place_at = [&](size_t q) {
      return mention_type_at_[q] == static_cast<int>(MentionType::kFacility) ||
             (mention_type_at_[q] == static_cast<int>(MentionType::kLocation) &&
              IsCyrillicWord(T(q).text));
    };
    if (first >= 2 && place_at(first - 1)) {
      size_t f = first - 1;
      while (f > 0 && mention_type_at_[f - 1] == mention_type_at_[first - 1]) --f;
      if (auto t = TitleEndingAt(f, title_start)) return t;
      // (A title read into the facility's words: "Начальник колонии".)
      if (auto it = lex_.person_titles.find(T(f).lower); it != lex_.person_titles.end()) {
        *title_start = f;
        return it->first;
      }
    }
    // "President of the country X", "Minister of Justice X".
    for (size_t skip = 2; skip <= 4 && skip < first; ++skip) {
      size_t of = first - skip;
      if (T(of).lower != "of"sv) continue;
      bool plain = true;
      for (size_t m = of + 1; m < first; ++m) plain = plain && T(m).word;
      if (plain) {
        if (auto t = TitleEndingAt(of, title_start)) return t;
      }
    }
    return std::nullopt;
  }

  std::optional<std::string> TitleEndingAt(size_t first, size_t* title_start) const {
    // The longest title phrase ending right before `first`. Every phrase
    // ends with the word before `first`; phrases of two or more words only
    // when that word ends a title of several words.
    if (first == 0 || !T(first - 1).word) return std::nullopt;
    const bool several = lex_.title_last_words.count(T(first - 1).lower) > 0;
    for (size_t n = std::min<size_t>(lex_.max_title_words, first); n >= 1; --n) {
      if (n >= 2 && !several) continue;
      std::string phrase;
      for (size_t k = first - n; k < first; ++k) {
        if (!T(k).word) {
          phrase.clear();
          break;
        }
        if (!phrase.empty()) phrase.push_back(' ');
        phrase += T(k).lower;
      }
      if (phrase.empty()) continue;
      auto it = lex_.person_titles.find(phrase);
      if (it == lex_.person_titles.end() && n == 1) {
        it = lex_.person_titles.find(CyrillicNameStem(phrase));  // "активиста" -> "активист"
      }
      if (it != lex_.person_titles.end()) {
        *title_start = first - n;
        return it->first;
      }
    }
    return std::nullopt;
  }

  int AddMention(MentionType type, uint32_t a, uint32_t b, std::string country = "") {
    Mention m;
    m.type = type;
    m.start = T(a).start;
    m.end = T(b - 1).end;
    m.text = SpanText(a, b);
    m.country = std::move(country);
    for (uint32_t k = a; k < b; ++k) mention_type_at_[k] = static_cast<int>(type);
    out_.mentions.push_back(std::move(m));
    return static_cast<int>(out_.mentions.size() - 1);
  }

  static bool IsCyrillicWord(std::string_view w) {
    size_t i = 0;
    char32_t c = w.empty() ? 0 : NextCodePoint(w, &i);
    return c >= 0x400 && c <= 0x4FF;
  }

  // A word of the English word list or of the Russian dictionary.
  static bool IsCommonWord(std::string_view lower) {
    return IsCyrillicWord(lower) ? IsRussianCommonWord(lower) : ingest::IsDictionaryWord(lower);
  }

  // ---- persons ------------------------------------------------------------
  static std::string TokenKey(std::string_view w) {
    // Memoised per thread: names recur within and across documents.
    thread_local BoundedMemo<std::string> keys(100000);
    return keys.Get(w, [&] {
      std::string_view bare = StripPossessive(w);
      // A Russian form is keyed by its nominative: "Загорского",
      // "Загорский" and "Загорская" share "zagorsk".
      std::string nominative =
          IsCyrillicWord(bare) ? NominativeName({std::string(bare)}, 0).front() : std::string(bare);
      return NameKey(CyrillicNameStem(ToLower(nominative)));
    });
  }

  // The surname key; "Asanbek uulu" (son of Asanbek) is written
  // "Asanbekov" in Russified records, "Asanbek kyzy" "Asanbekova".
  static std::string SurnameKey(const std::vector<std::string>& t) {
    // "Галиев Марат Ильшатович": the surname first, as in Russian records.
    if (t.size() == 3 && IsCyrillicPatronymic(t[2])) return TokenKey(t[0]);
    if (t.size() == 2 && IsCyrillicPatronymic(t[1])) return "";  // "Вера Павловна"
    if (t.size() >= 2 && IsPatronymic(ToLower(t.back()))) {
      bool f = ToLower(t.back()) == "kyzy" || ToLower(t.back()) == "кызы" ||
               ToLower(t.back()) == "qizi" || ToLower(t.back()) == "gizi";
      return TokenKey(t[t.size() - 2]) + (f ? "ova" : "ov");
    }
    return TokenKey(t.back());
  }

  // The given-name key: empty for "Asanbek uulu" (a patronymic alone).
  static std::string GivenKey(const std::vector<std::string>& t) {
    if (t.size() < 2 || (t.size() == 2 && IsPatronymic(ToLower(t.back())))) return "";
    if (t.size() == 3 && IsCyrillicPatronymic(t[2])) return TokenKey(t[1]);
    return TokenKey(t.front());
  }

  static bool SameGiven(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty() || a == b) return true;
    // An initial and a name it abbreviates: "N." and "Nikolai".
    return (Utf8Length(a) == 1 || Utf8Length(b) == 1) && a[0] == b[0];
  }

  int FindCluster(const std::vector<std::string>& name_tokens) const {
    if (name_tokens.empty()) return -1;
    std::string sur = SurnameKey(name_tokens);
    std::string given = GivenKey(name_tokens);
    if (name_tokens.size() == 1) return FindClusterOfWord(sur);
    for (size_t i = 0; i < clusters_.size(); ++i) {
      const auto& c = clusters_[i];
      if (!sur.empty() && c.surname_key == sur && SameGiven(c.given_key, given)) {
        return static_cast<int>(i);
      }
    }
    // "Вера Павловна": a given name and patronymic, the person with that
    // given name.
    if (sur.empty()) {
      int found = -1;
      for (size_t i = 0; i < clusters_.size(); ++i) {
        if (clusters_[i].given_key != given) continue;
        if (found >= 0) return -1;
        found = static_cast<int>(i);
      }
      return found;
    }
    // "Salcedo Pardo" after "Mario Alberto Salcedo Pardo": the last
    // words of a full name.
    std::vector<std::string> keys;
    for (size_t i = 0; i < clusters_.size(); ++i) {
      const auto& c = clusters_[i];
      if (c.canonical.empty() || c.surname_key != sur) continue;
      if (keys.empty()) {
        for (const auto& t : name_tokens) keys.push_back(TokenKey(t));
      }
      std::vector<std::string> full;
      for (auto w : Split(c.canonical, ' ')) full.push_back(TokenKey(w));
      if (full.size() > keys.size() &&
          std::equal(keys.begin(), keys.end(), full.end() - static_cast<long>(keys.size()))) {
        return static_cast<int>(i);
      }
    }
    // "his wife Amina", later "Amina Saparova": the given name met alone.
    for (size_t i = 0; i < clusters_.size(); ++i) {
      const auto& c = clusters_[i];
      if (c.canonical.empty() && c.given_key.empty() && c.surname_key == given &&
          lex_.given_names.count(ToLower(name_tokens.front())) + CyrillicGivenNameGender(name_tokens.front()) > 0) {
        return static_cast<int>(i);
      }
    }
    return -1;
  }

  // The person a single name word stands for, -1 when none, -2 when
  // several persons carry it and nothing tells them apart. A surname shared
  // by relatives ("Yusuf al-Harbi", "his son Tariq al-Harbi") means
  // the one who is not named by his given name nor described as a relative.
  int FindClusterOfWord(const std::string& key) const {
    std::vector<int> found;
    for (size_t i = 0; i < clusters_.size(); ++i) {
      const auto& c = clusters_[i];
      if (c.surname_key == key || c.given_key == key || c.keys.count(key)) {
        found.push_back(static_cast<int>(i));
      }
    }
    if (found.size() <= 1) return found.empty() ? -1 : found[0];
    int pick = -1;
    for (int i : found) {
      const auto& c = clusters_[i];
      if (c.surname_key != key) return -2;  // a given name of one, surname of another
      bool given_alone = false;
      for (const auto& f : c.forms) {
        given_alone = given_alone || (f.find(' ') == std::string::npos && TokenKey(f) == c.given_key);
      }
      if (given_alone || c.title_role == "relative") continue;
      if (pick >= 0) return -2;
      pick = i;
    }
    return pick >= 0 ? pick : -2;
  }

  // 'm' or 'f' from a title, an honorific or a Slavic/Turkic name ending.
  static char GenderOf(std::string_view lower_word) {
    static const WordSet kF = {
        "ms", "mrs", "miss", "lady", "madame", "mme", "wife", "mother", "daughter",
        "sister", "widow", "grandmother", "aunt", "niece", "she", "her", "dame",
        "baroness", "г-жа", "госпожа", "жена", "мать", "дочь", "сестра", "она",
        "её", "ее", "ей", "неё", "нее", "ней"};
    static const WordSet kM = {
        "mr", "sir", "lord", "husband", "father", "son", "brother", "widower",
        "grandfather", "uncle", "nephew", "he", "him", "his", "г-н", "господин", "муж",
        "отец", "сын", "брат", "он", "его", "ему", "него", "нему", "нём"};
    if (kF.count(lower_word)) return 'f';
    if (kM.count(lower_word)) return 'm';
    return 0;
  }
  static char GenderOfSurname(std::string_view w) {
    for (std::string_view e : {"ova", "eva", "yeva", "ina", "aya", "kyzy", "skaya", "ska",
                               "ова", "ева", "ина", "ая", "кызы"}) {
      if (w.size() > e.size() + 2 && w.ends_with(e)) return 'f';
    }
    for (std::string_view e : {"ov", "ev", "yev", "in", "uulu", "sky", "ski", "ugli",
                               "ов", "ев", "ин", "уулу", "ский"}) {
      if (w.size() > e.size() + 2 && w.ends_with(e)) return 'm';
    }
    return 0;
  }

  // The cluster a full name starting at token `a` is declared another
  // spelling of ("referred to as X", "spelled X", "по-русски — X"): the
  // person named nearest before, in its sentence or the two before, when
  // the given names or the surnames' first letters agree; else -1.
  int AliasOf(uint32_t a, const std::vector<std::string>& name) const {
    if (a < 2 || name.size() < 2) return -1;
    static const WordSet kAliasVerbs = {
        "referred", "spelled", "spelt", "named", "known", "listed", "registered",
        "identified", "written", "recorded", "transliterated", "записан", "записано",
        "записана", "значится", "указан", "указано", "указана"};
    bool cue = false;
    size_t q = T(a - 1).lower == "as"sv ? a - 1 : a;
    for (size_t m = q; m > 0 && m + 8 > q && !cue; --m) {
      const Token& w = T(m - 1);
      if (w.text == "." || w.text == ";" || person_at_[m - 1] >= 0) break;
      if (w.text == "," && m != q) break;
      cue = kAliasVerbs.count(w.lower) > 0 || w.lower.starts_with("по-русски") ||
            w.lower.starts_with("по-белорусски") || w.lower.starts_with("по-украински");
    }
    if (!cue) return -1;
    const uint32_t si = sent_of_[a];
    const size_t lo = sents_[si >= 2 ? si - 2 : 0].first;
    for (size_t m = a; m > lo; --m) {
      int p = person_at_[m - 1];
      if (p < 0 || p >= kGroupBase) continue;
      const auto& c = clusters_[p];
      std::string given = GivenKey(name), surname = SurnameKey(name);
      bool same_given = !given.empty() && given == c.given_key;
      bool near_surname = surname.size() >= 3 && c.surname_key.size() >= 3 &&
                          surname.compare(0, 3, c.surname_key, 0, 3) == 0;
      return same_given || near_surname ? p : -1;
    }
    return -1;
  }

  int AddPersonMention(uint32_t a, uint32_t b, std::vector<std::string> name_tokens,
                       const std::string& title, char gender = 0) {
    if (name_tokens.empty()) return -1;
    // A declined Russian name is recorded in the nominative: "задержали
    // Олега Загорского" names "Олег Загорский". A surname alone is
    // read with the gender of the person it stands for.
    int c = FindCluster(name_tokens);
    char read_gender = 0;
    name_tokens = NominativeName(name_tokens, c >= 0 ? clusters_[c].gender : gender, &read_gender);
    if (IsCyrillicWord(name_tokens.front())) {
      if (!gender && name_tokens.size() > 1) gender = read_gender;
      c = FindCluster(name_tokens);
    }
    // "Андрея Курбацевича (Андрэй Курбацэвіч)", "Sevda Aliyeva (Sevda
    // Əliyeva)": another spelling in brackets right after a name.
    if (a >= 2 && T(a - 1).text == "(" && person_at_[a - 2] >= 0 &&
        !(b < toks_.size() && T(b).text != ")")) {
      int prev = person_at_[a - 2];
      if (c >= 0 && c != prev) MergeCluster(c, prev);
      c = prev;
    }
    // "in the indictment he is referred to as X", "spelt X in the press",
    // "в приговоре значится по-русски — X": the text
    // says this is another spelling of the person just named.
    if (int prev = AliasOf(a, name_tokens); prev >= 0 && prev != c) {
      if (c >= 0) MergeCluster(c, prev);
      c = prev;
    }
    std::string form;
    for (const auto& t : name_tokens) {
      if (!form.empty()) form.push_back(' ');
      form += t;
    }
    if (c == -2) return -1;  // a single word two persons share: leave it
    if (c < 0) {
      PersonCluster pc;
      pc.surname_key = SurnameKey(name_tokens);
      pc.given_key = GivenKey(name_tokens);
      pc.first_offset = T(a).start;
      clusters_.push_back(pc);
      c = static_cast<int>(clusters_.size() - 1);
    }
    auto& pc = clusters_[c];
    pc.forms.insert(form);
    ++pc.form_count[form];
    for (const auto& t : name_tokens) {
      if (Utf8Length(t) > 2) pc.keys.insert(TokenKey(t));  // not initials
    }
    // The canonical name: the fullest form, preferring undeclined ones
    // ("Нурлан Асанбек уулу" over "Нурлана Асанбек уулу") and frequent ones.
    auto form_score = [&](const std::string& f) {
      int undeclined = 0, words = 0;
      for (auto w : Split(f, ' ')) {
        ++words;
        undeclined += CyrillicNameStem(ToLower(w)) == ToLower(w);
        if (Utf8Length(w) <= 2) undeclined -= 3;  // an initial
      }
      return words * 100 + undeclined * 10 + std::min(pc.form_count[f], 9);
    };
    if (name_tokens.size() > 1 &&
        (pc.canonical.empty() || form_score(form) > form_score(pc.canonical))) {
      pc.canonical = form;
      pc.surname_key = SurnameKey(name_tokens);
      pc.given_key = GivenKey(name_tokens);
    }
    // "Дочь Есенова уверена": a woman's form of a man's surname is his
    // genitive, and the title before it is someone else's (his daughter).
    bool oblique = name_tokens.size() == 1 && IsCyrillicWord(form) && pc.gender == 'm' &&
                   GenderOfSurname(ToLower(T(b - 1).text)) == 'f';
    if (!title.empty() && pc.title.empty() && !oblique) {
      pc.title = title;
      auto it = lex_.person_titles.find(title);
      pc.title_role = title.starts_with("former ") ? "other"
                      : it != lex_.person_titles.end() ? it->second : "other";
    }
    ++pc.mentions;
    if (!pc.gender) pc.gender = gender;
    if (!pc.gender && !title.empty()) {
      for (auto w : Split(title, ' ')) pc.gender = pc.gender ? pc.gender : GenderOf(w);
    }
    if (!pc.gender && name_tokens.size() > 1) pc.gender = GenderOfSurname(ToLower(name_tokens.back()));
    int m = AddMention(MentionType::kPerson, a, b);
    out_.mentions[m].person = c;
    for (uint32_t k = a; k < b; ++k) person_at_[k] = c;
    last_person_ = c;
    return c;
  }

  // Moves every form and mention of cluster `from` to `into`.
  void MergeCluster(int from, int into) {
    auto& f = clusters_[from];
    auto& t = clusters_[into];
    t.forms.insert(f.forms.begin(), f.forms.end());
    for (const auto& [form, n] : f.form_count) t.form_count[form] += n;
    t.keys.insert(f.keys.begin(), f.keys.end());
    t.mentions += f.mentions;
    t.signatory = t.signatory || f.signatory;
    if (t.title.empty()) {
      t.title = f.title;
      t.title_role = f.title_role;
    }
    if (!t.gender) t.gender = f.gender;
    if (t.canonical.empty()) t.canonical = f.canonical;
    for (auto& p : person_at_) {
      if (p == from) p = into;
    }
    for (auto& m : out_.mentions) {
      if (m.person == from) m.person = into;
    }
    if (last_person_ == from) last_person_ = into;
    f = PersonCluster();
    f.surname_key = f.given_key = "\x01";  // matches no name
    f.merged_into = into;
  }

  // "Mr Firstname SURNAME, Country, GROUP ;" lists.
  void FindSignatories() {
    for (size_t k = 0; k + 3 < toks_.size(); ++k) {
      // (Honorifics in such lists are capitalised: look only those up.)
      if (!T(k).word || !T(k).cap || !lex_.honorifics.count(T(k).lower)) continue;
      // Name tokens up to a comma, containing an all-caps surname.
      size_t e = k + 1;
      bool caps = false;
      while (e < toks_.size() && T(e).text != "," && T(e).text != ";" && e < k + 8) {
        caps = caps || (T(e).all_caps && Utf8Length(T(e).text) >= 2);
        ++e;
      }
      if (!caps || e >= toks_.size() || T(e).text != "," || e == k + 1) continue;
      // Country up to the next comma, then a group up to ';' or line end.
      size_t c = e + 1;
      while (c < toks_.size() && T(c).text != "," && T(c).text != ";" && c < e + 6 &&
             !T(c).line_before) {
        ++c;
      }
      if (c >= toks_.size() || T(c).text != ",") continue;
      std::string country_name = SpanText(static_cast<uint32_t>(e + 1), static_cast<uint32_t>(c));
      auto it = lex_.countries.find(ToLower(country_name));
      if (it == lex_.countries.end()) continue;
      size_t g = c + 1;
      std::string group;
      while (g < toks_.size() && T(g).text != ";" && !T(g).line_before && g < c + 5) {
        group += T(g).text;
        ++g;
      }
      std::vector<std::string> parts;
      for (size_t m = k + 1; m < e; ++m) parts.push_back(NameCase(T(m).text));
      int pc = AddPersonMention(static_cast<uint32_t>(k + 1), static_cast<uint32_t>(e), parts, "");
      // A signatory's country says who signed, not where things happened.
      signatory_countries_.emplace_back(T(e + 1).start, T(c - 1).end);
      if (pc >= 0) {
        clusters_[pc].signatory = true;
        clusters_[pc].country = it->second;
        clusters_[pc].group = group;
      }
      k = g;
    }
  }

  // Maximal runs of capitalised tokens (with particles and initials).
  std::vector<::dossier::nlp::Run> CapRuns() const {
    std::vector<::dossier::nlp::Run> runs;
    size_t k = 0;
    while (k < toks_.size()) {
      if (!(T(k).word && T(k).cap) || person_at_[k] >= 0 || time_at_[k] >= 0 ||
          mention_type_at_[k] >= 0) {
        ++k;
        continue;
      }
      size_t e = k;
      while (e < toks_.size()) {
        if (e > k && (T(e).line_before)) break;
        if (person_at_[e] >= 0 || time_at_[e] >= 0 || mention_type_at_[e] >= 0) break;
        // "Baku's Nasimi district", "IPSI's Europe programme": a possessive
        // ends the name it belongs to.
        if (e > k && (T(e - 1).text.ends_with("'s") || T(e - 1).text.ends_with("\u2019s"))) break;
        // "Colony No. 19": the number sign is not part of the name.
        if (e > k && (T(e).lower == "no"sv || T(e).lower == "nos"sv) && e + 2 < toks_.size() &&
            T(e + 1).text == "." && T(e + 2).number) {
          break;
        }
        if (T(e).word && T(e).cap) {
          ++e;
          if (IsInitial(e - 1)) ++e;  // "B." in "B. Temirbaev"
          continue;
        }
        // Particles, one or more: "Ben Youssef", "van der Linde", "de la Fuente".
        if (e > k && IsParticle(T(e))) {
          size_t f = e;
          while (f < toks_.size() && f < e + 3 && IsParticle(T(f)) && !T(f).line_before) ++f;
          if (f < toks_.size() && T(f).cap && T(f).word && !T(f).line_before) {
            e = f;
            continue;
          }
        }
        // Patronymic particles close a name: "Nurlan Asanbek uulu".
        if (e > k && IsPatronymic(T(e).lower)) {
          ++e;
          break;
        }
        break;
      }
      runs.push_back({static_cast<uint32_t>(k), static_cast<uint32_t>(e)});
      k = std::max(e, k + 1);
    }
    return runs;
  }

  bool HasOrgHead(uint32_t a, uint32_t b) const {
    for (uint32_t k = a; k < b; ++k) {
      if (lex_.org_heads.count(T(k).lower) || lex_.org_acronyms.count(T(k).text)) {
        return true;
      }
    }
    return false;
  }

  std::optional<std::string> FacilityKind(uint32_t a, uint32_t b) const {
    for (uint32_t k = a; k < b; ++k) {
      for (size_t n = std::min<size_t>(lex_.max_facility_words, b - k); n >= 1; --n) {
        std::string phrase;
        for (uint32_t m = k; m < k + n; ++m) {
          if (!phrase.empty()) phrase.push_back(' ');
          phrase += T(m).lower;
        }
        auto it = lex_.facility_heads.find(phrase);
        if (it != lex_.facility_heads.end()) return it->second;
        // "SIZO-1", "ИК-47": a head with a number attached.
        size_t dash = phrase.find('-');
        if (n == 1 && dash != std::string::npos) {
          auto it2 = lex_.facility_heads.find(phrase.substr(0, dash));
          if (it2 != lex_.facility_heads.end()) return it2->second;
        }
      }
    }
    return std::nullopt;
  }

  std::optional<std::string> CountryOf(uint32_t a, uint32_t b) const {
    std::string name;
    for (uint32_t k = a; k < b; ++k) {
      if (!name.empty()) name.push_back(' ');
      name += k + 1 == b ? StripPossessive(T(k).lower) : std::string_view(T(k).lower);  // "Bahrain's"
    }
    auto it = lex_.countries.find(name);
    if (it != lex_.countries.end()) return it->second;
    return std::nullopt;
  }

  // Country names with "and" in them ("Bosnia and Herzegovina", "Trinidad
  // and Tobago"), which runs of capitalised words would split.
  void FindCompoundCountries() {
    static const auto* names = [] {
      auto* v = new std::vector<std::pair<std::vector<std::string>, std::string>>();
      for (const auto& [name, code] : Lexicon::Get().countries) {
        if (name.find(" and ") == std::string::npos) continue;
        std::vector<std::string> words;
        for (auto w : Split(name, ' ')) words.emplace_back(w);
        v->emplace_back(std::move(words), code);
      }
      return v;
    }();
    for (size_t k = 0; k < toks_.size(); ++k) {
      if (!T(k).cap) continue;
      for (const auto& [words, code] : *names) {
        if (k + words.size() > toks_.size() || T(k).lower != words[0]) continue;
        bool match = true;
        for (size_t q = 1; q < words.size() && match; ++q) match = T(k + q).lower == words[q];
        if (!match) continue;
        AddMention(MentionType::kLocation, static_cast<uint32_t>(k),
                   static_cast<uint32_t>(k + words.size()), code);
        k += words.size() - 1;
        break;
      }
    }
  }

  // The gender an adjective or participle next to a Russian name shows:
  // "24-летнего Тилека Орозбекова" (a man, genitive), "задержанной
  // Шестаковой" (a woman), "Орозбекова, скончавшегося" (a man).
  char RussianAgreementGender(uint32_t a, uint32_t b) const {
    auto gender_of = [](std::string_view l) -> char {
      if (Utf8Length(l) < 5) return 0;
      for (std::string_view e : {"ого", "его", "ому", "ему", "ый", "ий"}) {
        if (l.ends_with(e)) return 'm';
      }
      for (std::string_view e : {"ая", "яя", "ую", "юю"}) {
        if (l.ends_with(e)) return 'f';
      }
      return 0;
    };
    if (a > 0 && T(a - 1).word && !T(a - 1).cap && IsCyrillicWord(T(a - 1).text)) {
      if (char g = gender_of(T(a - 1).lower)) return g;
    }
    // A participle after a comma: "Орозбекова, скончавшегося ...".
    if (b + 1 < toks_.size() && T(b).text == "," && IsCyrillicWord(T(b + 1).text)) {
      std::string_view l = T(b + 1).lower;
      if (l.ends_with("шегося") || l.ends_with("ннего") || l.ends_with("вшему")) return 'm';
      if (l.ends_with("шейся") || l.ends_with("нной") || l.ends_with("вшая")) return 'f';
    }
    return 0;
  }

  // The line starting at token k is a heading: short, without a full stop.
  bool IsHeadingLine(size_t k) const {
    size_t e = k + 1;
    while (e < toks_.size() && !T(e).line_before && e < k + 16) ++e;
    if (e >= k + 16) return false;
    const std::string_view last = T(e - 1).text;
    return last != "." && last != "," && last != ";" && last != ":";
  }

  // "Special Rapporteur", "Islamic Republic": words of a title, an
  // institution or a country.
  bool TitleOrInstitutionIn(uint32_t a, uint32_t b) const {
    std::string phrase;
    for (uint32_t k = a; k < b; ++k) {
      const std::string_view l = StripPossessive(T(k).lower);
      if (lex_.person_titles.count(l) || lex_.org_heads.count(l) || lex_.countries.count(l) ||
          lex_.groups.count(l)) {
        return true;
      }
      if (!phrase.empty()) phrase.push_back(' ');
      phrase += l;
    }
    return lex_.person_titles.count(phrase) > 0 || lex_.countries.count(phrase) > 0;
  }

  bool InitialsIn(uint32_t a, uint32_t b) const {
    for (uint32_t k = a; k < b; ++k) {
      if (IsInitial(k)) return true;
    }
    return false;
  }

  // The end of a lower-case facility phrase starting at token b, or b.
  uint32_t FacilityAfter(uint32_t b) const {
    if (b >= toks_.size() || !T(b).word || T(b).cap || T(b).line_before ||
        !lex_.facility_first_words.count(T(b).lower)) {
      return b;
    }
    for (size_t n = std::min<size_t>(lex_.max_facility_words, toks_.size() - b); n >= 1; --n) {
      std::string phrase;
      for (size_t m = b; m < b + n; ++m) {
        if (!T(m).word || T(m).cap || !InSentence(b, m)) {
          phrase.clear();
          break;
        }
        if (!phrase.empty()) phrase.push_back(' ');
        phrase += T(m).lower;
      }
      if (!phrase.empty() && lex_.facility_heads.count(phrase)) return static_cast<uint32_t>(b + n);
    }
    return b;
  }

  // A place; a known city or region gives its ISO 3166-2 code and its
  // country: "in Bishkek" -> KG-GB, KG.
  void AddPlaceMention(uint32_t a, uint32_t b, const std::string& country) {
    int mi = AddMention(MentionType::kLocation, a, b, country);
    auto it = lex_.regions.find(NameKey(SpanText(a, b)));
    if (it == lex_.regions.end() && b - a == 1) {
      it = lex_.regions.find(NameKey(CyrillicNameStem(T(a).lower)));  // "в Бишкеке"
    }
    if (it != lex_.regions.end() && (country.empty() || it->second.starts_with(country))) {
      out_.mentions[mi].region = it->second;
      out_.mentions[mi].country = it->second.substr(0, 2);
    }
  }

  // A place by its shape or company: "Nasimi district", "the village of
  // Mit Ghamr", "San Pedro", "El Helicoide", "GENEVA (16 May 2024) -".
  bool IsPlaceName(uint32_t a, uint32_t b) const {
    static const WordSet kPlaceNouns = {
        "district", "region", "province", "village", "city", "town", "oblast", "raion", "rayon",
        "county", "governorate", "area", "neighbourhood", "neighborhood", "settlement",
        "municipality", "prefecture", "township", "valley", "island", "street", "avenue",
        "square", "parish", "department", "state", "suburb", "quarter", "camp", "border",
        "район", "района", "районе", "области", "область", "село", "селе", "села",
        "улице", "улица", "поселке", "посёлке", "поселка", "посёлка"};
    static const WordSet kPrefixes = {"san", "santa", "santo", "são", "sao", "puerto", "porto",
                                      "ciudad", "villa", "port", "fort", "mount", "lake", "cape"};
    static const WordSet kArticles = {"el", "la", "los", "las"};
    std::string_view last = T(b - 1).lower;
    if (last.ends_with("'s") || last.ends_with("\u2019s")) return false;
    if (b < toks_.size() && T(b).word && !T(b).cap && kPlaceNouns.count(T(b).lower) &&
        InSentence(b - 1, b)) {
      return true;
    }
    if (a >= 2 && T(a - 1).lower == "of"sv && kPlaceNouns.count(T(a - 2).lower)) return true;
    if (b - a >= 2 && (kPrefixes.count(T(a).lower) || kArticles.count(T(a).lower))) return true;
    // A dateline: "GENEVA (16 October 2023) -", "TASHKENT, 4 March (Agency) -".
    if (T(a).paragraph_before && b + 1 < toks_.size() &&
        (T(b).text == "(" || T(b).text == ",") && time_at_[b + 1] >= 0) {
      return true;
    }
    return false;
  }

  bool LocativeBefore(uint32_t a) const {
    if (a == 0) return false;
    static const WordSet kPrepositions = {
        "in", "near", "from", "to", "at", "outside", "around", "across", "into",
        "в", "во", "из", "под", "около", "возле", "до"};
    return kPrepositions.count(T(a - 1).lower) > 0;
  }

  // A known city: its country code ("" when several countries have one of
  // that name). A city that is also a given name, a surname-shaped word or
  // a common word (Sofia, Kirov, Mary) counts only after a preposition of
  // place.
  std::optional<std::string> CityOf(uint32_t a, uint32_t b) const {
    if (b - a > lex_.max_city_words) return std::nullopt;
    // Most runs are no city: their first word starts no city name.
    {
      std::string_view first = b - a == 1 ? StripPossessive(T(a).lower) : std::string_view(T(a).lower);
      if (!lex_.city_first_words.count(first) &&
          !(IsCyrillicWord(first) && lex_.city_first_words.count(CyrillicNameStem(first)))) {
        // Latin names with diacritics ("Chișinău") fold in NameKey only.
        bool ascii = true;
        for (char c : first) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
        if (ascii || IsCyrillicWord(first)) return std::nullopt;
      }
    }
    std::string name;
    for (uint32_t k = a; k < b; ++k) {
      if (!T(k).word) return std::nullopt;
      if (!name.empty()) name.push_back(' ');
      name += k + 1 == b ? StripPossessive(T(k).text) : T(k).text;
    }
    auto it = lex_.cities.find(NameKey(name));
    if (it == lex_.cities.end() && b - a == 1 && IsCyrillicWord(name)) {
      it = lex_.cities.find(NameKey(CyrillicNameStem(ToLower(name))));  // "в Бишкеке", "Кемерова"
    }
    if (it == lex_.cities.end()) return std::nullopt;
    if (b - a == 1) {
      std::string_view l = StripPossessive(T(a).lower);
      // (Surname-shaped town names, "Kirov", "Пушкин", are doubtful in
      // Russian; "Geneva" in English is not.)
      bool doubtful = lex_.given_names.count(l) || CyrillicGivenNameGender(T(a).text) ||
                      (IsCyrillicWord(l) && lex_.HasSurnameEnding(l)) || IsCommonWord(l);
      // "(Берлин)": a place in brackets after a name.
      bool bracketed = a > 0 && T(a - 1).text == "(" && b < toks_.size() && T(b).text == ")";
      // "СИЗО-1 Иванова", "суда Москвы": the genitive after a facility is
      // the town it is in.
      bool of_facility = false;
      if (a > 0 && T(a - 1).word && IsCyrillicWord(l)) {
        std::string_view head = T(a - 1).lower;
        size_t dash = head.find('-');
        if (dash != std::string_view::npos) head = head.substr(0, dash);
        of_facility = lex_.facility_heads.count(std::string(head)) > 0;
      }
      if (doubtful && !LocativeBefore(a) && !bracketed && !of_facility) return std::nullopt;
    }
    return it->second;
  }

  double PersonScore(uint32_t a, uint32_t b, bool honorific, bool title) const {
    double s = 0;
    size_t n = b - a;
    if (honorific) s += 3;
    if (title) s += 2;
    if (GivenAt(a)) s += 2;
    else if (n >= 2 && lex_.surnames.count(T(a).lower)) s += 2;  // "Lam Van Bao", "Zhang Liqun"
    else if (n >= 2 && lex_.HasGivenNameEnding(T(a).lower)) s += 1.5;
    std::string_view last = StripPossessive(T(b - 1).lower);
    if (lex_.HasSurnameEnding(last)) s += n >= 2 ? 2 : 1;
    // Arabic name particles: "al-Harbi", "bin Tariq", "bint Khalaf".
    for (uint32_t k = a; k < b; ++k) {
      if (IsJoinedParticleName(T(k).text) && n >= 2) {
        s += 2;
        break;
      }
      if (k > a && k + 1 < b && IsParticle(T(k)) && T(k + 1).cap) {
        s += 1.5;
        break;
      }
    }
    size_t words = 0;  // without particles and initials
    for (uint32_t k = a; k < b; ++k) words += T(k).word && !IsNameParticle(k, a, b) && !IsInitial(k);
    if (words >= 2 && words <= 4) s += 0.5;
    // Initials before a last word are a name's: "A. B. Smith", "В. И. Есенов".
    if (n >= 3 && IsInitial(a) && T(b - 1).word && !IsInitial(b - 1) && !T(b - 1).all_caps &&
        !lex_.org_heads.count(T(b - 1).lower) && !lex_.facility_first_words.count(T(b - 1).lower)) {
      s += 1.5;
    }
    if (n == 1) s -= 1;
    if (words > 4) s -= 2;
    for (uint32_t k = a; k < b; ++k) {
      const std::string_view lw = StripPossessive(T(k).lower);
      if (IsNameParticle(k, a, b) || IsInitial(k) || T(k).text == ".") continue;
      if (GivenAt(k)) continue;
      if (CommonAt(k) && !lex_.HasSurnameEnding(lw) &&
          !(n >= 2 && lex_.surnames.count(lw))) {
        s -= 1.5;
      }
      if (T(k).all_caps && n == 1) s -= 1;
    }
    // Apposition: "X, 54," "X, a journalist", "X, his lawyer".
    if (b + 1 < toks_.size() && T(b).text == ",") {
      size_t k = b + 1;
      if (T(k).number) s += 1;
      if (T(k).lower == "a"sv || T(k).lower == "an"sv || T(k).lower == "the"sv ||
          T(k).lower == "his"sv || T(k).lower == "her"sv) {
        ++k;
      }
      for (size_t m = k; m < std::min(toks_.size(), k + 4); ++m) {
        if (lex_.person_titles.count(T(m).lower)) {
          s += 1.5;
          break;
        }
      }
    }
    // Reporting and event verbs after the name.
    if (b < toks_.size()) {
      static const WordSet kVerbs = {
          "said", "says", "told", "was", "is", "has", "had", "died", "wrote", "added",
          "stated", "sentenced", "arrested", "detained", "remains", "spent", "suffered"};
      if (kVerbs.count(T(b).lower)) s += 0.5;
    }
    return s;
  }

  void FindNamedRuns() {
    for (auto r : CapRuns()) {
      uint32_t a = r.first, b = r.last;
      // Drop leading function words ("The", "In", "Despite").
      while (a < b && IsFunctionWord(T(a).lower) && !lex_.honorifics.count(T(a).lower) &&
             !IsInitial(a)) {
        ++a;
      }
      // "Вскоре Галиева", "Сам Рябов": a Russian word capitalised at the
      // start of a sentence is no part of the name.
      while (a + 1 < b && IsCyrillicWord(T(a).text) && !IsInitial(a) &&
             IsRussianCommonWord(T(a).lower) &&
             !CyrillicGivenNameGender(T(a).text) && !lex_.HasSurnameEnding(T(a).lower) &&
             !lex_.honorifics.count(T(a).lower) && !lex_.person_titles.count(T(a).lower) &&
             !lex_.org_heads.count(T(a).lower) && !FacilityKind(a, a + 1)) {  // "СИЗО-1 Омска"
        ++a;
      }
      // "Journalists Abdirahman Yusuf Warsame": a plural title heading a name.
      if (b - a >= 3 && T(a).lower.size() > 3 && T(a).lower.back() == 's' &&
          lex_.person_titles.count(std::string_view(T(a).lower).substr(0, T(a).lower.size() - 1))) {
        ++a;
      }
      // "Driver Emil Sarbaev", "Economist Aibek Tolonov": a capitalised
      // common word before a given name.
      while (a + 2 < b + 1 && a + 1 < b && !IsCyrillicWord(T(a).text) &&
             ingest::IsDictionaryWord(T(a).lower) && !GivenAt(a) &&
             !lex_.honorifics.count(T(a).lower) && !lex_.person_titles.count(T(a).lower) &&
             !lex_.org_heads.count(T(a).lower) && !lex_.facility_first_words.count(T(a).lower) &&
             GivenAt(a + 1) && b - a >= 3) {
        ++a;
      }
      if (a >= b) continue;
      // "U.S. Customs", "U.N. Special Rapporteur X": the letters of a
      // country or of the UN, not a person's initials.
      {
        std::string letters;
        uint32_t e = a;
        while (e + 1 < b && IsInitial(e) && Utf8Length(T(e).text) == 1) {
          letters += T(e).text;
          e += 2;
        }
        static const std::unordered_map<std::string_view, std::string_view> kLetters = {
            {"US", "US"}, {"USA", "US"}, {"UK", "GB"}, {"UAE", "AE"}, {"USSR", ""},
            {"UN", ""}, {"EU", ""}};
        auto it = e > a ? kLetters.find(letters) : kLetters.end();
        if (it != kLetters.end() && !HasOrgHead(e, b)) {
          if (letters == "UN" || letters == "EU") {
            AddMention(MentionType::kOrganization, a, e);
          } else {
            AddMention(MentionType::kLocation, a, e, std::string(it->second));
          }
          a = e;
          if (a >= b) continue;
        }
      }
      // "ФСБ Марат Есенов", "NASA Aibar Tokenov": an acronym
      // heading a name is the organisation the person speaks for.
      if (b - a >= 3 && T(a).all_caps && !T(a + 1).all_caps && T(a + 1).word &&
          !HasOrgHead(a + 1, b) && !FacilityKind(a, a + 1) &&
          (GivenAt(a + 1) || IsCyrillicWord(T(a + 1).text)) &&
          (lex_.org_acronyms.count(T(a).text) ||
           (IsCyrillicWord(T(a).text) && Utf8Length(T(a).text) <= 5))) {
        AddMention(MentionType::kOrganization, a, a + 1);
        ++a;
      }
      // "CP Ruslan Omirov", "IGP Marat Esenov": a short Latin abbreviation
      // heading a given name is a rank or an office.
      if (b - a >= 3 && T(a).all_caps && !IsCyrillicWord(T(a).text) &&
          Utf8Length(T(a).text) >= 2 && Utf8Length(T(a).text) <= 3 && !T(a + 1).all_caps &&
          GivenAt(a + 1) && !lex_.honorifics.count(T(a).lower)) {
        ++a;
      }
      // "Президент Молдовы Марат Есенов": a country heading a longer run
      // is the place of the title before the name.
      if (b - a >= 3 && IsCyrillicWord(T(a).text)) {
        uint32_t c = lex_.person_titles.count(T(a).lower) && b - a >= 4 ? a + 1 : a;
        if (auto cc = CountryOf(c, c + 1)) {
          AddMention(MentionType::kLocation, c, c + 1, *cc);
          a = c + 1;
        }
      }
      // "Начальник ИК-4 Павел Сабуров": a numbered facility inside
      // the run ends it, and the given name after it opens the person's.
      for (uint32_t e = a; e + 2 < b; ++e) {
        if (T(e).lower.find('-') != std::string::npos && FacilityKind(e, e + 1) &&
            GivenAt(e + 1)) {
          AddMention(MentionType::kFacility, e, e + 1);
          a = e + 1;
          break;
        }
      }
      // A title inside the run separates what precedes it (an organisation,
      // a demonym) from the name: "SI Secretary General Mario Duarte",
      // "Karvanian President Bakyt Temirbayev".
      for (uint32_t e = a + 1; e < b; ++e) {
        size_t ts = 0;
        auto t = TitleEndingAt(e, &ts);
        if (t && ts > a && lex_.person_titles.at(*t) == "official" && !HasOrgHead(e, b)) {
          if (HasOrgHead(a, static_cast<uint32_t>(ts))) {
            AddMention(MentionType::kOrganization, a, static_cast<uint32_t>(ts));
          } else if (auto cc = CountryOf(a, static_cast<uint32_t>(ts))) {
            AddMention(MentionType::kLocation, a, static_cast<uint32_t>(ts), *cc);
          } else if (auto city = CityOf(a, static_cast<uint32_t>(ts))) {
            AddMention(MentionType::kLocation, a, static_cast<uint32_t>(ts), *city);
          }
          a = static_cast<uint32_t>(ts);
          break;
        }
      }
      // Organisations first: "the Social Democratic Party of Kyrgyzstan".
      // "Boko Haram", "Al Jazeera", "Reuters": organisations by name.
      {
        std::string phrase;
        for (uint32_t k = a; k < b; ++k) {
          if (!phrase.empty()) phrase.push_back(' ');
          phrase += k + 1 == b ? StripPossessive(T(k).lower) : std::string_view(T(k).lower);
        }
        if (lex_.organisations.count(phrase)) {
          AddMention(MentionType::kOrganization, a, b);
          continue;
        }
      }
      if (HasOrgHead(a, b) && !TitleLedName(a, b)) {
        uint32_t e = b;
        // Extend over "of/for/and (the) Capitalised..." tails.
        while (e + 1 < toks_.size() && (T(e).lower == "of"sv || T(e).lower == "for"sv ||
                                        T(e).lower == "on"sv) &&
               !T(e).line_before) {
          uint32_t f = e + 1;
          if (T(f).lower == "the"sv && f + 1 < toks_.size()) ++f;
          if (!T(f).cap || T(f).line_before) break;
          uint32_t g = f;
          while (g < toks_.size() && T(g).cap && T(g).word && !T(g).line_before) ++g;
          e = g;
        }
        if (auto kind = FacilityKind(a, e); kind && !HasOrgHeadOnly(a, e)) {
          AddMention(MentionType::kFacility, a, ExtendNumber(e));
        } else {
          AddMention(MentionType::kOrganization, a, e);
        }
        continue;
      }
      if (auto kind = FacilityKind(a, b)) {
        AddMention(MentionType::kFacility, a, ExtendNumber(b));
        continue;
      }
      // Named by its kind, or quoted: "the NGO “Bir Hayat”", "the newspaper
      // Vecherniy Gorod" are organisations, not persons.
      {
        static const WordSet kOrgKinds = {
            "ngo", "organisation", "organization", "group", "movement", "party", "newspaper",
            "outlet", "website", "channel", "magazine", "agency", "company", "association",
            "foundation", "network", "coalition", "initiative", "union", "platform", "site",
            "portal", "broadcaster", "station", "blog", "account", "daily", "weekly",
            "организация", "движение", "партия", "газета", "издание", "фонд"};
        size_t p = a;
        bool quoted = false;
        if (p > 0 && (T(p - 1).text == "\u201C" || T(p - 1).text == "\"" ||
                      T(p - 1).text == "\u00AB")) {
          quoted = true;
          --p;
        }
        if ((p > 0 && kOrgKinds.count(T(p - 1).lower)) ||
            (quoted && b < toks_.size() &&
             (T(b).text == "\u201D" || T(b).text == "\"" || T(b).text == "\u00BB"))) {
          AddMention(MentionType::kOrganization, a, b);
          continue;
        }
      }
      if (auto cc = CountryOf(a, b)) {
        AddMention(MentionType::kLocation, a, b, *cc);
        continue;
      }
      // "the Islamic Republic of Iran", "Republic of Moldova".
      {
        bool found = false;
        for (uint32_t e = b + 2; b + 1 < toks_.size() && T(b).lower == "of"sv && e <= b + 4 &&
                                 e <= toks_.size() && !found;
             ++e) {
          if (!T(e - 1).cap) break;
          if (auto cc = CountryOf(a, e)) {
            AddMention(MentionType::kLocation, a, e, *cc);
            found = true;
          }
        }
        if (found) continue;
      }
      // A name and a lower-case facility word: "Insein prison", "Bishkek
      // city court", "Matrosskaya Tishina detention centre".
      if (uint32_t f = FacilityAfter(b); f > b) {
        AddMention(MentionType::kFacility, a, ExtendNumber(f));
        continue;
      }
      if (auto cc = CityOf(a, b)) {
        AddPlaceMention(a, b, *cc);
        continue;
      }
      if (IsPlaceName(a, b)) {
        AddPlaceMention(a, b, "");
        continue;
      }
      // "Khomeini Airport", "Tahrir Square": a place named with its kind.
      {
        static const WordSet kPlaceHeads = {
            "airport", "square", "street", "avenue", "road", "bridge", "mosque", "church",
            "cathedral", "stadium", "park", "district", "region", "province", "village",
            "valley", "island", "islands", "mountains", "border", "crossing", "highway",
            "prospekt", "prospect", "boulevard", "lane", "embankment", "quarter", "neighbourhood",
            "neighborhood", "camp", "market", "university", "campus"};
        if (b - a >= 2 && kPlaceHeads.count(StripPossessive(T(b - 1).lower))) {
          AddPlaceMention(a, b, "");
          continue;
        }
      }
      // Honorific or title before the name.
      bool honorific = false;
      char gender = 0;
      std::string title;
      uint32_t name_a = a;
      if (a > 0 && lex_.honorifics.count(T(a - 1).lower)) gender = GenderOf(T(a - 1).lower);
      while (name_a < b && lex_.honorifics.count(T(name_a).lower)) {
        honorific = true;
        gender = GenderOf(T(name_a).lower);
        ++name_a;
        if (name_a < b && T(name_a).text == ".") ++name_a;
      }
      if (name_a >= b) continue;
      size_t title_start = 0;
      // A title inside the run: "President Erlan Mamytov", "Judge X", the
      // longest one ("Prosecutor General X", "Lieutenant Colonel X"); else
      // one before it ("the warden, Colonel X" keeps "colonel").
      for (uint32_t e = std::min<uint32_t>(b - 1, name_a + 3); e > name_a; --e) {
        size_t ts = 0;
        if (auto t = TitleBefore(e, &ts); t && ts >= r.first) {
          title = *t;
          title_start = ts;
          name_a = e;
          break;
        }
      }
      if (title.empty()) {
        if (auto t = TitleBefore(name_a, &title_start)) title = *t;
      }
      // "former Kyrgyz President X", "ex-president X": no longer in office.
      for (size_t m = title_start; !title.empty() && m > 0 && m + 3 > title_start; --m) {
        std::string_view l = T(m - 1).lower;
        if (l == "former" || l == "ex" || l == "late") {
          title = "former " + title;
          break;
        }
      }
      if (!honorific && a > 0 && lex_.honorifics.count(T(a - 1).lower)) honorific = true;
      if (name_a >= b) continue;
      // "S." of "U.S.", "D. C.": initials alone name nobody.
      {
        bool initials_only = true;
        for (uint32_t k = name_a; k < b && initials_only; ++k) {
          initials_only = T(k).text == "." || IsInitial(k);
        }
        if (initials_only) continue;
      }
      // "Richard Ratcliffe Credit" (a photo credit): a common word closing a
      // longer name is no part of it.
      {
        static const WordSet kCaptionWords = {"credit", "credits", "photo", "photograph",
                                              "image", "courtesy", "file", "picture", "video"};
        while (b - name_a >= 2 && kCaptionWords.count(T(b - 1).lower)) --b;
      }
      // "Christian farmers", "the Uyghurs", "a Maya K'iche' lawyer": a
      // community, not a person.
      {
        bool community = true;
        for (uint32_t k = name_a; k < b && community; ++k) {
          community = lex_.groups.count(StripPossessive(T(k).lower)) > 0;
        }
        if (community) continue;
      }
      double score = PersonScore(name_a, b, honorific, !title.empty());
      std::vector<std::string> parts;
      for (uint32_t k = name_a; k < b; ++k) {
        if (T(k).text == ".") {
          if (!parts.empty()) parts.back() += ".";
          continue;
        }
        parts.emplace_back(NameCase(StripPossessive(T(k).text)));
      }
      int existing = FindCluster(parts);
      // "SEBIN", "GKNB": an acronym alone is an organisation.
      if (existing < 0 && b - name_a == 1 && T(name_a).all_caps && !honorific && title.empty()) {
        AddMention(MentionType::kOrganization, name_a, b);
        continue;
      }
      // A lone Russian word of the dictionary ("Сотрудников", "Суд") is a
      // name only when the person was named in full before.
      if (existing < 0 && b - name_a == 1 && IsCyrillicWord(T(name_a).text) &&
          IsRussianCommonWord(T(name_a).lower) && !CyrillicGivenNameGender(T(name_a).text)) {
        continue;
      }
      bool plain_name = true;  // every part capitalised and not a common word
      for (uint32_t k = name_a; k < b; ++k) {
        if (T(k).text == "." || IsParticle(T(k)) || IsInitial(k)) continue;
        std::string_view lw = StripPossessive(T(k).lower);
        if (CommonAt(k) && !GivenAt(k) &&
            !(IsCyrillicWord(lw) && lex_.HasSurnameEnding(lw))) {
          plain_name = false;
        }
        // "SI-member": a lower-case part after a hyphen is not a name part
        // ("al-Shammari" is: its particle is written in lower case).
        if (IsJoinedParticleName(T(k).text)) continue;
        for (auto part : Split(StripPossessive(T(k).text), '-')) {
          size_t z = 0;
          if (!part.empty() && IsLower(NextCodePoint(part, &z))) plain_name = false;
        }
      }
      bool weak_title = !title.empty() && lex_.person_titles.count(title) &&
                        lex_.person_titles.at(title) == "other";
      if (weak_title && b - name_a == 1 && !lex_.HasSurnameEnding(T(name_a).lower)) title.clear();
      if ((honorific || !title.empty()) && plain_name) score = std::max(score, 2.5);
      // After an honorific or a relation ("Daw Ohnmar Khaing", "her brother,
      // Ha Van Sang,"), capitalised words are a name even when they are
      // words of the language.
      {
        bool strong = honorific;
        if (!title.empty() && lex_.person_titles.count(title)) {
          const std::string& role = lex_.person_titles.at(title);
          strong = strong || role == "relative" || role == "lawyer" || role == "official";
        }
        size_t w = 0, common = 0;
        bool not_name = false;
        for (uint32_t k = name_a; k < b; ++k) {
          const std::string_view l = StripPossessive(T(k).lower);
          w += T(k).word && !IsNameParticle(k, name_a, b);
          common += CommonAt(k) && !GivenAt(k);
          not_name = not_name || IsFunctionWord(T(k).lower) || lex_.person_titles.count(l) ||
                     lex_.org_heads.count(l) || lex_.countries.count(l) || lex_.groups.count(l);
        }
        // A title alone is not enough for a word of the language: "the
        // Prosecutor General", "Special Rapporteur".
        bool words_ok = honorific ? common < w || w >= 2 : common == 0 || (w >= 2 && common < w);
        if (strong && w >= 1 && w <= 4 && !not_name && words_ok && !T(b - 1).all_caps) {
          score = std::max(score, 2.5);
        }
      }
      // Russian place adjectives: "Чыракского районного суда",
      // "Ташабадский правозащитный центр".
      if (b - name_a == 1) {
        static const char* kAdj[] = {"ский", "ского", "скому", "ским", "ском", "ская", "ской",
                                     "скую", "ское", "ские", "ских", "цкий", "цкого", "цкой"};
        bool adj = false;
        for (const char* s : kAdj) adj = adj || T(name_a).lower.ends_with(s);
        if (adj && b < toks_.size() && T(b).word && !T(b).cap) continue;
      }
      // A Russian name has at most three words (given name, patronymic,
      // surname): "Соратник Темирбаева Эрлан Мамытов" is "associate of
      // Temirbaev, Erlan Mamytov"; keep the last two.
      if (b - name_a >= 3 && !parts.empty()) {
        size_t j = 0;
        char32_t c0 = NextCodePoint(T(name_a).text, &j);
        // Initials ("К. Р. Рябинин") and a patronymic keep three words.
        size_t words = 0;
        for (uint32_t k = name_a; k < b; ++k) words += T(k).word && !IsInitial(k);
        bool patronymic = IsCyrillicPatronymic(T(b - 2).text) || IsCyrillicPatronymic(T(b - 1).text) ||
                          IsPatronymic(T(b - 1).lower);
        // ("жителя Нижнего Тагила Олега Петровича Сабурова": with a
        // patronymic, the last three.)
        size_t keep = patronymic ? 3 : 2;
        // ("дочь Марата Есенова Алия": the person named before, then a
        // given name of one's own.)
        if (c0 >= 0x400 && c0 <= 0x4FF && !patronymic && b - name_a == 3 && parts.size() == 3 &&
            CyrillicGivenNameGender(T(b - 1).text) &&
            FindCluster(NominativeName({parts[0], parts[1]}, 0)) >= 0) {
          AddPersonMention(name_a, name_a + 2, {parts[0], parts[1]}, title, gender);
          name_a = b - 1;
          parts.erase(parts.begin(), parts.begin() + 2);
          title.clear();
          score = PersonScore(name_a, b, false, false);
        }
        if (c0 >= 0x400 && c0 <= 0x4FF && words > keep && b - name_a > keep &&
            parts.size() >= keep && !IsInitial(b - keep)) {
          name_a = b - static_cast<uint32_t>(keep);
          parts.assign(parts.end() - static_cast<long>(keep), parts.end());
          score = PersonScore(name_a, b, honorific, !title.empty());
        }
      }
      // A dateline: "GENEVA, 5 October 2021" opens a paragraph with a place.
      if (T(a).paragraph_before && b + 1 < toks_.size() && T(b).text == "," &&
          time_at_[b + 1] >= 0) {
        AddMention(MentionType::kLocation, a, b);
        continue;
      }
      // A lone capitalised word before a common noun is an adjective
      // ("the Karvanian authorities"), not a name.
      bool adjective = b - name_a == 1 && b < toks_.size() && T(b).word && !T(b).cap &&
                       ingest::IsDictionaryWord(T(b).lower) && name_a > 0 &&
                       (T(name_a - 1).lower == "the"sv || T(name_a - 1).lower == "a"sv ||
                        T(name_a - 1).lower == "an"sv);
      // ("Karvanian workers marched", "Kyrgyz journalists": before a plural
      // of people, wherever it stands.)
      adjective = adjective ||
                  (b - name_a == 1 && b < toks_.size() && T(b).word && !T(b).cap &&
                   !IsCyrillicWord(T(b).text) && IsGroupNoun(T(b).lower) &&
                   StripPossessive(T(name_a).text) == T(name_a).text && existing < 0);
      if (adjective) continue;
      // A lone surname-shaped word ("Dzhusupov") is a person unless it names
      // a place ("in Rostov").
      if (b - name_a == 1 && plain_name &&
          lex_.HasSurnameEnding(StripPossessive(T(name_a).lower)) &&
          !(a > 0 && (T(a - 1).lower == "in"sv || T(a - 1).lower == "near"sv ||
                      T(a - 1).lower == "from"sv || T(a - 1).lower == "to"sv))) {
        score = std::max(score, 2.5);
      }
      // An apposition after the name gives a title: "X, his lawyer",
      // "X, the opposition leader's wife".
      if (!title.empty() && !title.starts_with("former ")) title = RelationalOr(title, title_start);
      if (title.empty()) title = AppositionTitle(b);
      // Two or three capitalised words that are no common words, no place
      // and no organisation: a name in running prose ("Luka Binniyat").
      // (Latin script: there is no Russian word list to tell common words.)
      size_t z0 = 0;
      char32_t c0 = NextCodePoint(T(name_a).text, &z0);
      bool latin = c0 < 0x250;
      bool name_shaped = lex_.HasSurnameEnding(StripPossessive(T(b - 1).lower)) ||
                         lex_.given_names.count(T(name_a).lower) > 0 ||
                         (!latin && (CyrillicGivenNameGender(T(name_a).text) ||
                                     lex_.HasSurnameEnding(ToLower(NominativeName(parts, 0).back()))));
      size_t name_words = 0;
      for (uint32_t k = name_a; k < b; ++k) {
        name_words += !IsNameParticle(k, name_a, b) && T(k).text != ".";
      }
      // Four words when the name starts with given names: "Edgar Rolando
      // Quintero Cifuentes", "Lam Thi Hoa Diep".
      // (Or when written with Iberian letters, "Quiñónez", "Muñoz",
      // "Conceição": two given names and two surnames are the custom.)
      bool iberian = false;
      for (uint32_t k = name_a; k < b && latin && !iberian; ++k) {
        std::string_view w = T(k).text;
        for (std::string_view l : {"á", "é", "í", "ó", "ú", "ñ", "ã", "õ", "ç"}) {
          iberian = iberian || w.find(l) != std::string_view::npos;
        }
      }
      size_t max_words =
          GivenAt(name_a) || (b - name_a >= 2 && GivenAt(name_a + 1)) || iberian ? 4 : 3;
      // "a school in Vella Marrosa": after a preposition of place, two
      // words with no given name among them are a place.
      bool after_locative =
          name_a > 0 && (T(name_a - 1).lower == "in"sv || T(name_a - 1).lower == "near"sv ||
                         T(name_a - 1).lower == "outside"sv) &&
          !GivenAt(name_a) && !(b - name_a >= 2 && GivenAt(name_a + 1)) &&
          !T(b - 1).text.ends_with("'s") && !T(b - 1).text.ends_with("\u2019s");
      if (after_locative && existing < 0 && !honorific && title.empty() && score < 2.5) {
        AddPlaceMention(name_a, b, "");
        continue;
      }
      if (plain_name && name_words >= 2 && name_words <= max_words &&
          !(T(name_a).line_before && IsHeadingLine(name_a)) && (latin || name_shaped)) {
        bool place = false;
        for (uint32_t k = name_a; k < b; ++k) {
          place = place || lex_.countries.count(StripPossessive(T(k).lower));
        }
        if (!place) score = std::max(score, 2.5);
      }
      // "the Hartford Courant", "The Daily Star reported": an article before
      // a name without a title is an organisation or a work, not a person.
      static const WordSet kGovernedBy = {
          "administration", "government", "regime", "case", "family", "trial", "era",
          "presidency", "cabinet", "brothers", "sisters", "affair", "campaign", "years"};
      if (existing < 0 && !honorific && title.empty() && name_a > 0 &&
          T(name_a - 1).lower == "the"sv && !InitialsIn(name_a, b) &&
          !(b < toks_.size() && kGovernedBy.count(T(b).lower))) {
        if (b - name_a >= 2) AddMention(MentionType::kOrganization, name_a, b);
        continue;
      }
      if (score >= 2.5 || existing >= 0) {
        if (!gender && !latin) gender = RussianAgreementGender(name_a, b);
        AddPersonMention(name_a, b, parts, title, gender);
      } else if (b - name_a >= 2 && b - name_a <= 4 &&
                 (plain_name || !IsCommonWord(StripPossessive(T(b - 1).lower))) &&
                 !TitleOrInstitutionIn(name_a, b)) {
        // Confirmed later by its company: "Andrei Kurbatsevich, Siarhei Lutska
        // and Volha Zhdanava".
        pending_.push_back({name_a, b, parts});
      } else if (b - name_a <= 3 && a > 0 &&
                 (T(a - 1).lower == "in"sv || T(a - 1).lower == "near"sv ||
                  T(a - 1).lower == "from"sv || T(a - 1).lower == "в"sv)) {
        AddPlaceMention(name_a, b, "");
      }
    }
  }

  // "his lawyer", "Mr X's lawyer": a relation. "human rights lawyer X",
  // "X, a lawyer": a profession (the person may well be the one the case is
  // about).
  bool PossessiveBefore(size_t k) const {
    if (k == 0) return false;
    const Token& p = T(k - 1);
    return p.lower == "his"sv || p.lower == "her"sv || p.lower == "their"sv || p.lower == "its"sv ||
           p.lower == "whose"sv || p.text.ends_with("'s") || p.text.ends_with("\u2019s") ||
           p.lower == "его"sv || p.lower == "её"sv || p.lower == "ее"sv || p.lower == "их"sv;
  }

  std::string RelationalOr(const std::string& title, size_t title_start) const {
    auto it = lex_.person_titles.find(title);
    if (it != lex_.person_titles.end() && it->second == "lawyer" && !PossessiveBefore(title_start) &&
        !SourceBefore(title_start)) {
      return title + " (profession)";
    }
    return title;
  }

  // "According to lawyer X", "по словам адвоката X", "как отмечает адвокат
  // X": a lawyer quoted on the case is the defence, not the one it is about.
  bool SourceBefore(size_t k) const {
    static const WordSet kSource = {
        "according", "словам", "отмечает", "отметил", "отметила", "рассказал", "рассказала",
        "рассказывает", "сообщил", "сообщила", "сообщает", "заявил", "заявила", "говорит",
        "пояснил", "пояснила", "утверждает"};
    for (size_t q = k; q > 0 && q + 3 > k; --q) {
      if (kSource.count(T(q - 1).lower)) return true;
    }
    return false;
  }

  // A title in ", (the|a|his|her|X's) ... title" right after a name, the
  // most specific role winning (relative, lawyer, official over other).
  std::string AppositionTitle(size_t b) const {
    if (b + 1 >= toks_.size() || T(b).text != ",") return "";
    std::string best;
    for (size_t m = b + 1; m < toks_.size() && m < b + 7; ++m) {
      if (T(m).text == "," || T(m).text == "." || T(m).text == ";" || T(m).lower == "and"sv ||
          !InSentence(b, m)) {
        break;
      }
      for (size_t n = std::min<size_t>(lex_.max_title_words, 3); n >= 1; --n) {
        if (m + n > toks_.size()) continue;
        std::string phrase;
        for (size_t q = m; q < m + n; ++q) {
          if (!phrase.empty()) phrase.push_back(' ');
          phrase += StripPossessive(T(q).lower);
        }
        auto it = lex_.person_titles.find(phrase);
        if (it == lex_.person_titles.end()) continue;
        bool former = m > b + 1 && (T(m - 1).lower == "former"sv || T(m - 1).lower == "ex"sv ||
                                    T(m - 1).lower == "late"sv);
        if (former) return "former " + phrase;  // no longer in office
        // "a father of three", "a mother of five": a description, not a
        // relative of anyone in the story.
        if (it->second == "relative" && m + n + 1 < toks_.size() && T(m + n).lower == "of"sv &&
            (T(m + n + 1).number || GroupNumber(T(m + n + 1)))) {
          break;
        }
        std::string t = RelationalOr(phrase, m);
        if (best.empty() || !lex_.person_titles.count(best) ||
            lex_.person_titles.at(best) == "other") {
          best = t;
        }
        break;
      }
    }
    return best;
  }

  // "President Mamytov", "Judge Dzhusupov": a title word heading the run
  // and a name after it (the title itself may be an org head word).
  bool TitleLedName(uint32_t a, uint32_t b) const {
    for (uint32_t e = a + 1; e < b && e <= a + 3; ++e) {
      size_t ts = 0;
      auto t = TitleEndingAt(e, &ts);
      if (t && ts == a && !HasOrgHead(e, b)) return true;
    }
    return false;
  }

  bool HasOrgHeadOnly(uint32_t a, uint32_t b) const {
    // "Penitentiary Service" is an organisation although "penitentiary" is
    // a facility word; an org head after the facility word decides.
    for (uint32_t k = a; k < b; ++k) {
      if (lex_.org_heads.count(T(k).lower) && !lex_.facility_heads.count(T(k).lower)) {
        return true;
      }
    }
    return false;
  }

  // "Prison Colony No. 19", "Colony 47": take a number that names the facility.
  uint32_t ExtendNumber(uint32_t b) const {
    if (b + 2 < toks_.size() && (T(b).lower == "no"sv || T(b).lower == "№"sv) &&
        T(b + 1).text == "." && T(b + 2).number) {
      return b + 3;
    }
    if (b + 1 < toks_.size() && T(b).lower == "№"sv && T(b + 1).number) return b + 2;
    if (b < toks_.size() && T(b).number && !T(b).line_before) return b + 1;
    return b;
  }

  // Name-shaped candidates that are persons by their company: in a list
  // with persons ("X, Y and Z"), or after a byline ("Written by X").
  void ResolvePending() {
    auto is_sep = [&](size_t m) {
      return T(m).text == "," || T(m).lower == "and"sv || T(m).lower == "и"sv;
    };
    bool changed = true;
    while (changed) {
      changed = false;
      for (auto& c : pending_) {
        if (c.done) continue;
        bool listed = (c.a >= 2 && is_sep(c.a - 1) && person_at_[c.a - 2] >= 0) ||
                      (c.b + 1 < toks_.size() && is_sep(c.b) && person_at_[c.b + 1] >= 0);
        bool byline = c.a >= 1 && T(c.a - 1).lower == "by"sv &&
                      (T(c.a - 1).line_before ||
                       (c.a >= 2 && (T(c.a - 2).lower == "written"sv || T(c.a - 2).lower == "posted"sv ||
                                     T(c.a - 2).lower == "reported"sv || T(c.a - 2).lower == "compiled"sv)));
        if (listed || byline) {
          AddPersonMention(c.a, c.b, c.parts, "");
          c.done = true;
          changed = true;
        }
      }
    }
  }

  // Surnames and given names alone, once a full name is known.
  void FindSingleTokenPersons() {
    std::unordered_set<std::string> all_keys;
    for (const auto& c : clusters_) {
      all_keys.insert(c.keys.begin(), c.keys.end());
      all_keys.insert(c.surname_key);
      all_keys.insert(c.given_key);
    }
    for (size_t k = 0; k < toks_.size(); ++k) {
      if (!T(k).word || !T(k).cap || person_at_[k] >= 0 || mention_type_at_[k] >= 0) continue;
      std::string w(StripPossessive(T(k).text));
      if (Utf8Length(w) < 3 || !all_keys.count(TokenKey(w)) || IsFunctionWord(ToLower(w))) continue;
      int c = FindCluster({w});
      if (c < 0) continue;  // unknown, or shared by two persons
      AddPersonMention(static_cast<uint32_t>(k), static_cast<uint32_t>(k + 1), {NameCase(w)}, "");
    }
  }

  // ---- groups of persons ----------------------------------------------------
  // Several named persons are often followed by one reference to all of
  // them: "X, Y and Z were arrested ... all three were charged", a numbered
  // list of defendants and "the six defendants", "they".
  static constexpr int kGroupBase = 1 << 20;

  struct Group {
    std::vector<int> persons;
    uint32_t sentence = 0;  // where it was last named
  };

  bool CanBeGroupMember(int c) const {
    return c >= 0 && !clusters_[c].signatory && clusters_[c].title_role != "official";
  }

  // Persons named together in one sentence: "X, Y and Z", "its director,
  // X, and its editor, Y" (short appositions between the names).
  std::vector<int> CoordinatedChain(const Sentence& s, uint32_t* end) const {
    static const WordSet kVerbs = {"said", "says", "told", "was", "were", "is", "are", "has",
                                   "have", "had", "who", "which", "that", "сказал", "заявил"};
    std::vector<int> chain;
    uint32_t k = *end;
    while (k < s.last && person_at_[k] < 0) ++k;
    // A chain is a list only with a conjunction in it ("A, B and C"); commas
    // alone join a name to the clause after it ("Как отмечает адвокат A, в
    // колонии у B ...").
    bool conjoined = false;
    uint32_t first_end = k;
    auto finish = [&](uint32_t at) {
      if (!conjoined && chain.size() > 1) {
        chain.resize(1);
        at = first_end;
      }
      *end = at;
      return chain;
    };
    while (k < s.last) {
      int p = person_at_[k];
      if (!CanBeGroupMember(p)) break;
      if (std::find(chain.begin(), chain.end(), p) == chain.end()) chain.push_back(p);
      while (k < s.last && person_at_[k] == p) ++k;
      if (chain.size() == 1) first_end = k;
      // A gap of at most six tokens with a separator and no verb.
      uint32_t g = k;
      bool sep = false, conj = false;
      while (g < s.last && g < k + 7 && person_at_[g] < 0) {
        std::string_view l = T(g).lower;
        if (kVerbs.count(l) || trigger_at_[g] || time_at_[g] >= 0 || T(g).text == "." ||
            T(g).text == ";" || T(g).text == "(") {
          break;
        }
        conj = conj || l == "and" || l == "и" || l == "&";
        sep = sep || conj || l == ",";
        ++g;
      }
      if (g >= s.last || person_at_[g] < 0 || !sep) {
        // "X, 40, a teacher from the capital, together with Y and Z": a
        // longer apposition closed by a joiner.
        g = JoinerAfterApposition(s, k);
        if (g == k) return finish(k);
        conj = true;
      }
      conjoined = conjoined || conj;
      k = g;
    }
    return finish(k);
  }

  // From the end of a person's name at `k`: where the next person starts when
  // a comma-led apposition of up to 24 tokens ends in "together with",
  // "along with", "as well as", "alongside", "вместе с", or in ", and" and a
  // title ("and photographer Y"); else `k`.
  uint32_t JoinerAfterApposition(const Sentence& s, uint32_t k) const {
    if (k >= s.last || T(k).text != ",") return k;
    for (uint32_t g = k + 1; g < s.last && g < k + 25; ++g) {
      if (person_at_[g] >= 0 || trigger_at_[g] || T(g).text == "." || T(g).text == ";" ||
          T(g).text == "(" || T(g).lower == "who"sv || T(g).lower == "which"sv ||
          T(g).lower == "was"sv || T(g).lower == "were"sv || T(g).lower == "is"sv) {
        return k;
      }
      std::string_view l = T(g).lower;
      bool two = g + 2 < s.last && ((l == "together" && T(g + 1).lower == "with"sv) ||
                                    (l == "along" && T(g + 1).lower == "with"sv) ||
                                    (l == "вместе" && T(g + 1).lower == "с"sv));
      bool three = g + 3 < s.last && l == "as" && T(g + 1).lower == "well"sv &&
                   T(g + 2).lower == "as"sv;
      bool one = g + 1 < s.last && l == "alongside";
      size_t width = three ? 3 : two ? 2 : one ? 1 : 0;
      if (width && T(g - 1).text == "," && person_at_[g + width] >= 0) return g + width;
      // "X, 47, the founder of a printing house seized in 2015, and
      // photographer Y, 29, were both sentenced": ", and" and a title before the next name.
      if ((l == "and" || l == "и") && T(g - 1).text == ",") {
        bool titled = false;
        for (uint32_t q = g + 1; q < s.last && q < g + 4; ++q) {
          if (person_at_[q] >= 0) {
            if (titled) return q;
            break;
          }
          if (!T(q).word || T(q).cap || trigger_at_[q]) break;
          titled = titled || lex_.person_titles.count(T(q).lower) ||
                   lex_.person_titles.count(T(q - 1).lower + " " + T(q).lower);
        }
      }
    }
    return k;
  }

  static bool IsListMarker(const Token& t) {
    return t.text == "-" || t.text == "\u2022" || t.text == "*" || t.text == "\u2013" ||
           t.text == "(" || t.number;
  }

  void FindGroups() {
    // Chains within sentences.
    for (uint32_t si = 0; si < sents_.size(); ++si) {
      const auto& s = sents_[si];
      uint32_t k = s.first;
      while (k < s.last) {
        uint32_t before = k;
        auto chain = CoordinatedChain(s, &k);
        if (chain.size() >= 2) groups_.push_back({chain, si});
        if (k == before) ++k;
      }
    }
    // Consecutive list items that each start with a person: "(1) X, born
    // 1979, ...", "- Y: six years".
    std::vector<int> items;
    uint32_t last_item = 0;
    auto close = [&]() {
      if (items.size() >= 2) groups_.push_back({items, last_item});
      items.clear();
    };
    for (uint32_t si = 0; si < sents_.size(); ++si) {
      const auto& s = sents_[si];
      if (!T(s.first).line_before) continue;
      uint32_t k = s.first;
      while (k < s.last && k < s.first + 4 && IsListMarker(T(k)) && person_at_[k] < 0) ++k;
      if (T(k).text == ")" || T(k).text == ".") ++k;
      int p = k < s.last ? person_at_[k] : -1;
      if (!CanBeGroupMember(p)) {
        if (ParagraphStart(si) || si > last_item + 1) close();
        continue;
      }
      if (!items.empty() && si > last_item + 3) close();
      if (std::find(items.begin(), items.end(), p) == items.end()) items.push_back(p);
      last_item = si;
    }
    close();
    std::stable_sort(groups_.begin(), groups_.end(),
                     [](const Group& a, const Group& b) { return a.sentence < b.sentence; });
  }

  // The number a word names: "six", "6", "четверо", "четверым"; 0 if none.
  static int GroupNumber(const Token& t) {
    static const std::unordered_map<std::string_view, int> kNumbers = {
        {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7},
        {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12},
        {"двое", 2}, {"двоих", 2}, {"двоим", 2}, {"двоими", 2}, {"трое", 3}, {"троих", 3},
        {"троим", 3}, {"четверо", 4}, {"четверых", 4}, {"четверым", 4}, {"пятеро", 5},
        {"пятерых", 5}, {"пятерым", 5}, {"шестеро", 6}, {"шестерых", 6}, {"шестерым", 6},
        {"семеро", 7}, {"семерых", 7}, {"двух", 2}, {"трех", 3}, {"трёх", 3}, {"четырех", 4},
        {"четырёх", 4}, {"пяти", 5}, {"шести", 6}, {"двум", 2}, {"трем", 3}, {"трём", 3},
        {"четырем", 4}, {"четырём", 4}, {"два", 2}, {"три", 3}, {"четыре", 4}, {"пять", 5}};
    if (t.number) {
      if (t.text.size() > 2) return 0;
      int n = 0;
      for (char c : t.text) n = std::isdigit(static_cast<unsigned char>(c)) ? n * 10 + (c - '0') : 100;
      return n >= 2 && n <= 50 ? n : 0;
    }
    auto it = kNumbers.find(t.lower);
    return it == kNumbers.end() ? 0 : it->second;
  }

  static bool IsGroupNoun(std::string_view l) {
    static const WordSet kNouns = {
        "defendants", "accused", "activists", "journalists", "men", "women", "prisoners",
        "detainees", "brothers", "sisters", "bloggers", "students", "members", "defenders",
        "reporters", "protesters", "opposition", "politicians", "priests", "lawyers",
        "employees", "staff", "colleagues", "co-defendants", "codefendants", "suspects",
        "youths", "farmers", "teachers", "workers", "photographers", "editors", "monks",
        "nuns", "leaders", "critics", "dissidents", "writers", "artists", "musicians",
        "обвиняемых", "обвиняемым", "обвиняемые", "активистов", "активистам", "активисты",
        "журналистов", "журналистам", "журналисты", "фигурантов", "фигурантам", "фигуранты",
        "задержанных", "задержанным", "задержанные", "подсудимых", "подсудимым", "подсудимые",
        "мужчин", "мужчинам", "мужчины", "женщин", "женщинам", "женщины", "братьев",
        "сотрудников", "сотрудникам", "сотрудники", "политзаключенных", "политзаключённых"};
    return kNouns.count(l) > 0;
  }

  // The group named before sentence `si`: with `n` members when n > 0,
  // else the latest within `window` sentences.
  int GroupBefore(uint32_t si, int n, uint32_t window, bool largest = false) const {
    // A group stays in mind from where it was named or last referred to.
    auto recency = [&](size_t i) {
      uint32_t r = groups_[i].sentence;
      if (i < group_ref_.size() && group_ref_[i] <= si) r = std::max(r, group_ref_[i]);
      return r;
    };
    if (n > 0) {
      int best = -1;
      for (size_t i = 0; i < groups_.size(); ++i) {
        const auto& g = groups_[i];
        if (g.sentence <= si && static_cast<int>(g.persons.size()) == n &&
            (best < 0 || g.sentence >= groups_[best].sentence)) {
          best = static_cast<int>(i);
        }
      }
      return best;
    }
    // Without a number, the most recent group; with `largest`, the largest of
    // the three most recent ones: "the defendants" after the list of six,
    // not the two monitors named since.
    std::vector<std::pair<uint32_t, size_t>> recent;
    for (size_t i = 0; i < groups_.size(); ++i) {
      if (groups_[i].sentence > si || recency(i) + window < si) continue;
      recent.push_back({recency(i), i});
    }
    if (recent.empty()) return -1;
    std::stable_sort(recent.begin(), recent.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    size_t best = recent[0].second;
    for (size_t j = 1; largest && j < recent.size() && j < 3; ++j) {
      if (groups_[recent[j].second].persons.size() > groups_[best].persons.size()) {
        best = recent[j].second;
      }
    }
    return static_cast<int>(best);
  }

  // The first group of `n` named in the `window` sentences after `si`, when
  // no other group is named there first; -1 if none.
  int GroupAfter(uint32_t si, int n, uint32_t window) const {
    int best = -1;
    for (size_t i = 0; i < groups_.size(); ++i) {
      const auto& g = groups_[i];
      if (g.sentence <= si || g.sentence > si + window) continue;
      if (best < 0 || g.sentence < groups_[best].sentence) best = static_cast<int>(i);
    }
    return best >= 0 && static_cast<int>(groups_[best].persons.size()) == n ? best : -1;
  }

  // "All three" with no list of three: the last `n` persons named in the
  // few sentences before token k ("arrested the union's chairman, X,
  // and its treasurer, Y. A week later Z was detained at the border. All
  // three were charged"), as a new group; -1 if fewer were named there.
  // A reference to n persons at token k in sentence si: the group `g`
  // found for it when it was named in the last twelve sentences, else the
  // last n persons named (LastNamed), else `g`.
  int RecentGroupOrLastNamed(int g, uint32_t si, size_t k, int n) {
    if (n == 0 || (g >= 0 && groups_[g].sentence + 12 >= si)) return g;
    int h = LastNamed(k, n);
    return h >= 0 ? h : g;
  }

  int LastNamed(size_t k, int n) {
    uint32_t si = sent_of_[k];
    uint32_t lo = sents_[si >= 3 ? si - 3 : 0].first;
    std::vector<int> persons;
    for (size_t m = k; m > lo && static_cast<int>(persons.size()) < n; --m) {
      int p = person_at_[m - 1];
      if (p < 0 || p >= kGroupBase) continue;
      if (!CanBeGroupMember(p)) return -1;  // an official among them: not a plain list
      if (std::find(persons.begin(), persons.end(), p) == persons.end()) persons.push_back(p);
    }
    if (static_cast<int>(persons.size()) < n) return -1;
    std::reverse(persons.begin(), persons.end());
    groups_.push_back({persons, si});
    group_ref_.push_back(si);
    return static_cast<int>(groups_.size() - 1);
  }

  void FindGroupReferences() {
    group_at_.assign(toks_.size(), -1);
    group_ref_.assign(groups_.size(), 0);
    auto mark = [&](size_t a, size_t b, int g) {
      for (size_t q = a; q < b; ++q) group_at_[q] = g;
      group_ref_[g] = std::max(group_ref_[g], sent_of_[a]);
    };
    static const WordSet kStarters = {
        "all", "both", "все", "всех", "всем", "оба", "обе", "обоих", "обоим", "обеих", "the",
        "these", "those", "they", "them", "their", "они", "ими", "ним", "их", "им"};
    // The starters and the number words that open a reference to a group.
    static const auto* kOpeners = [] {
      auto* set = new WordSet(kStarters);
      for (std::string_view w : {"two", "three", "four", "five", "six", "seven", "eight", "nine",
                                 "ten", "eleven", "twelve", "двое", "двоих", "двоим", "двоими",
                                 "трое", "троих", "троим", "четверо", "четверых", "четверым",
                                 "пятеро", "пятерых", "пятерым", "шестеро", "шестерых",
                                 "шестерым", "семеро", "семерых", "двух", "трех", "трёх",
                                 "четырех", "четырёх", "пяти", "шести", "двум", "трем", "трём",
                                 "четырем", "четырём", "два", "три", "четыре", "пять"}) {
        set->insert(w);
      }
      return set;
    }();
    for (size_t k = 0; k < toks_.size(); ++k) {
      if (!T(k).word && !T(k).number) continue;
      uint32_t si = sent_of_[k];
      std::string_view l = T(k).lower;
      // Russian has no article: a plural noun alone ("Задержанным
      // предъявили обвинение") is the group just told of, unless a
      // number, "все" or a list of names goes with it.
      if (!T(k).number && !kOpeners->count(l) && IsGroupNoun(l) && IsCyrillicWord(l)) {
        bool counted = k > 0 && (GroupNumber(T(k - 1)) || kStarters.count(T(k - 1).lower));
        bool named = k + 1 < toks_.size() && person_at_[k + 1] >= 0;
        if (!counted && !named) {
          int g = GroupBefore(si, 0, 3);
          if (g >= 0) mark(k, k + 1, g);
        }
        continue;
      }
      // One lookup for most tokens: an opener, a number word or neither.
      if (T(k).number ? !GroupNumber(T(k)) : !kOpeners->count(l)) continue;
      // "five of the six", "the other five": part of a group, not all of it.
      auto partial = [&](size_t a) {
        return (a >= 2 && T(a - 1).lower == "of"sv && (GroupNumber(T(a - 2)) || T(a - 2).lower == "one"sv)) ||
               (a + 1 < toks_.size() && T(a + 1).lower == "other"sv);
      };
      // "all six (defendants)", "all of them", "both (men)", "все четверо".
      if (l == "all" || l == "both" || l == "все" || l == "всех" || l == "всем" || l == "оба" ||
          l == "обе" || l == "обоих" || l == "обоим" || l == "обеих") {
        size_t e = k + 1;
        int n = l == "both" || l.starts_with("об") ? 2 : 0;
        if (e < toks_.size() && GroupNumber(T(e))) n = GroupNumber(T(e++));
        bool definite = e < toks_.size() && (T(e).lower == "the"sv || T(e).lower == "these"sv);
        if (definite && n == 0 && e + 1 < toks_.size() && GroupNumber(T(e + 1))) {
          n = GroupNumber(T(e + 1));
          e += 2;
        } else if (definite) {
          ++e;
        }
        bool noun = e < toks_.size() && IsGroupNoun(T(e).lower);
        if (noun) ++e;
        bool of_them = e + 1 < toks_.size() && T(e).lower == "of"sv && T(e + 1).lower == "them"sv;
        if (of_them) e += 2;
        // "all detainees" is everyone, "all the detainees" those named.
        bool cyrillic_all = T(k).lower != "all"sv && T(k).lower != "both"sv;
        if (n == 0 && !of_them && !(noun && (definite || cyrillic_all))) continue;
        if (partial(k)) continue;
        int g = GroupBefore(si, n, 12, noun);
        g = RecentGroupOrLastNamed(g, si, k, n);
        if (g >= 0) mark(k, e, g);
        k = e - 1;
        continue;
      }
      // "the six defendants", "the two", "the activists", "четверым журналистам".
      if (l == "the" || l == "these" || l == "those" || GroupNumber(T(k))) {
        size_t e = l == "the" || l == "these" || l == "those" ? k + 1 : k;
        int n = 0;
        if (e < toks_.size() && GroupNumber(T(e))) n = GroupNumber(T(e++));
        bool noun = e < toks_.size() && IsGroupNoun(T(e).lower);
        // (A word before the noun: "three union activists".)
        if (!noun && n > 0 && e + 1 < toks_.size() && T(e).word && !T(e).cap &&
            IsGroupNoun(T(e + 1).lower)) {
          noun = true;
          ++e;
        }
        if (noun) ++e;
        bool bare_number = n > 0 && !noun && e > k + 1 && e < toks_.size() &&
                           (T(e).lower == "were"sv || T(e).lower == "have"sv || T(e).lower == "had"sv);
        if (!(noun || bare_number) || e == k) continue;
        if (partial(k) || (k > 0 && GroupNumber(T(k - 1)))) continue;
        if (n == 0 && !noun) continue;
        if (n == 0 && l != "the" && l != "these" && l != "those") continue;
        int g = GroupBefore(si, n, n > 0 ? 1000 : 6, noun);
        g = RecentGroupOrLastNamed(g, si, k, n);
        // A lede that counts before it names: "THREE dock workers were
        // acquitted yesterday." and the three listed just after.
        if (g < 0 && n >= 2 && noun && si < 6 && ParagraphStart(si)) {
          g = GroupAfter(si, n, 2);
        }
        if (g >= 0) mark(k, e, g);
        k = e - 1;
        continue;
      }
      // "they", "them", "они", "их", "им": the group named just before.
      if (l == "they" || l == "them" || l == "their" || l == "они" || l == "ими" || l == "ним" ||
          l == "их" || l == "им") {
        int g = GroupBefore(si, 0, 2);
        if (g >= 0) mark(k, k + 1, g);
      }
    }
  }

  // The group p belongs to when one with p in it was named or referred to in
  // the last eight sentences, else p.
  int GroupOf(int p, uint32_t si) const {
    int g = GroupBefore(si, 0, 8, /*largest=*/true);
    if (g < 0) return p;
    const auto& members = groups_[g].persons;
    return std::find(members.begin(), members.end(), p) != members.end() ? kGroupBase + g : p;
  }

  std::vector<int> Members(int p) const {
    if (p >= kGroupBase) return groups_[p - kGroupBase].persons;
    return {p};
  }

  // ---- events -------------------------------------------------------------
  // Matches trigger words from token m on; a word "*" takes one to six
  // tokens of the sentence ("placed * in pre-trial detention" matches
  // "placed him in pre-trial detention"), whose span goes to `*gap_a`,
  // `*gap_b`.
  bool MatchWords(size_t k, size_t m, const Trigger& t, size_t w, size_t* end, size_t* gap_a,
                  size_t* gap_b) const {
    for (; w < t.words.size(); ++w) {
      const std::string& word = t.words[w];
      if (word == "*") {
        // (Of none to six words: "поместили его в ШИЗО", "поместили в ШИЗО".)
        for (size_t g = m; g <= m + 6 && g < toks_.size() && InSentence(k, g); ++g) {
          if (MatchWords(k, g, t, w + 1, end, gap_a, gap_b)) {
            *gap_a = m;
            *gap_b = g;
            return true;
          }
        }
        return false;
      }
      while (m < toks_.size() && !T(m).word && !T(m).number && T(m).text == "-") ++m;
      if (m >= toks_.size() || !InSentence(k, m)) return false;
      std::string_view l = T(m).lower;
      if (word.back() == '~') {
        if (!std::string_view(l).starts_with(std::string_view(word).substr(0, word.size() - 1))) {
          return false;
        }
      } else if (l != word && StripPossessive(l) != word) {
        return false;
      }
      ++m;
    }
    *end = m;
    return true;
  }

  bool MatchTrigger(size_t k, const Trigger& t, size_t* end, size_t* gap_a, size_t* gap_b) const {
    *gap_a = *gap_b = 0;
    return MatchWords(k, k, t, 0, end, gap_a, gap_b);
  }

  // Descriptions that stand for a person already named: "the former
  // president", "the defendant". Returns the person, -1 when none, -2 when
  // the token does not start a description.
  int DescriptionAt(size_t m) const {
    static const WordSet kNouns = {
        "president", "ex-president", "defendant", "prisoner", "detainee", "activist",
        "journalist", "blogger", "defender", "leader", "politician", "dissident",
        "opposition", "poet", "writer", "artist", "student", "lawyer", "victim", "client"};
    if (T(m).lower != "the"sv && T(m).lower != "former"sv) return -2;
    size_t n = m + 1;
    while (n < toks_.size() && n < m + 4 && (T(n).lower == "former"sv || T(n).lower == "ex"sv ||
                                               T(n).lower == "jailed"sv || T(n).lower == "imprisoned"sv ||
                                               T(n).lower == "human"sv || T(n).lower == "rights"sv ||
                                               T(n).text == "-")) {
      ++n;
    }
    // (Of these, a victim's trade stands for the person the text is about;
    // another stands only for one given that title: "the founder".)
    static const WordSet kTrades = {
        "editor", "reporter", "photographer", "cameraman", "rapper", "singer", "musician",
        "filmmaker", "researcher", "economist", "scholar", "academic", "publisher",
        "columnist", "correspondent", "photojournalist", "human-rights", "campaigner"};
    static const WordSet kTitledOnly = {
        "founder", "director", "chairman", "chairwoman", "teacher", "doctor", "professor",
        "pastor", "imam", "priest", "farmer", "businessman", "businesswoman", "lecturer"};
    if (n < toks_.size() && kTitledOnly.count(T(n).lower)) {
      for (size_t i = 0; i < clusters_.size(); ++i) {
        if (clusters_[i].title == T(n).lower) return static_cast<int>(i);
      }
      return -2;
    }
    if (n >= toks_.size() || (!kNouns.count(T(n).lower) && !kTrades.count(T(n).lower))) return -2;
    bool former = false;
    for (size_t q = m; q < n; ++q) former = former || T(q).lower == "former"sv || T(q).lower == "ex"sv;
    if (former) {
      for (size_t i = 0; i < clusters_.size(); ++i) {
        if (clusters_[i].title.starts_with("former")) return static_cast<int>(i);
      }
      return MainPerson();
    }
    for (size_t i = 0; i < clusters_.size(); ++i) {
      if (!clusters_[i].title.empty() && clusters_[i].title.find(T(n).lower) != std::string::npos) {
        return static_cast<int>(i);
      }
    }
    return T(n).lower == "lawyer"sv ? -1 : MainPerson();
  }

  // A person, pronoun or description at token m: the person, else -1.
  // A reference to several persons ("all six", "the two journalists",
  // "they") gives kGroupBase + the group's index.
  int ReferentAt(size_t m, bool allow_non_subject) const {
    if (group_at_[m] >= 0) return kGroupBase + group_at_[m];
    // "his wife", "her husband": the relative, not the possessor.
    bool poss_pron;
    // "her client", "её подзащитного": said by a lawyer of the person the
    // case is about.
    if (IsClientWord(T(m).lower) && m > 0 && IsPronoun(T(m - 1).lower, &poss_pron) && poss_pron) {
      return MainPerson();
    }
    if (T(m).word && IsPronoun(T(m).lower, &poss_pron) && poss_pron && m + 1 < toks_.size()) {
      if (IsClientWord(T(m + 1).lower)) return MainPerson();
      auto it = lex_.person_titles.find(T(m + 1).lower);
      if (it != lex_.person_titles.end() && (it->second == "relative" || it->second == "lawyer")) {
        return -1;
      }
    }
    if (m > 0 && T(m).word) {
      auto it = lex_.person_titles.find(T(m).lower);
      bool poss_before;
      if (it != lex_.person_titles.end() && it->second == "relative" &&
          IsPronoun(T(m - 1).lower, &poss_before) && poss_before) {
        // The possessor is a relative of the main person: this is the main person.
        int owner = PronounReferent(m - 1);
        if (owner < 0) {
          for (size_t q = m; q > 0 && owner < 0 && q + 40 > m; --q) {
            int p = person_at_[q - 1];
            if (p >= 0 && clusters_[p].title_role == "relative") owner = p;
          }
        }
        if (owner >= 0 && clusters_[owner].title_role == "relative") {
          // ("his daughter X wrote that her father had died": the one she
          // was introduced as the daughter of.)
          int whose = RelativeOf(owner);
          return whose >= 0 && whose != owner ? whose : MainPerson();
        }
        return -1;
      }
    }
    int c = person_at_[m];
    if (c >= 0) {
      if (IsSignatory(c)) return -1;
      if (!allow_non_subject && IsNonSubject(c)) return -1;
      return c;
    }
    bool poss;
    if (T(m).word && IsPronoun(T(m).lower, &poss)) return PronounReferent(m);
    int d = DescriptionAt(m);
    if (d >= 0) return d;
    // Russian has no article: "арестовал преподавателя", "журналиста
    // этапировали" stand for the person named so.
    if (T(m).word && !T(m).cap && IsCyrillicWord(T(m).text)) {
      auto it = lex_.person_titles.find(T(m).lower);
      if (it != lex_.person_titles.end() && it->second == "other") {
        if (int c = TitledCluster(T(m).lower); c >= 0) return c;
        int p = PronounReferent(m);
        if (p >= 0 && !IsNonSubject(p)) return p;
      }
    }
    return -1;
  }

  // Whose relative cluster `c` was introduced as: the person a possessive
  // before or after its first mention refers to ("his daughter, X", "X,
  // his daughter,", "X's brother Y"); -1 when none is told.
  int RelativeOf(int c) const {
    size_t a = 0;
    while (a < toks_.size() && person_at_[a] != c) ++a;
    if (a == toks_.size()) return -1;
    size_t b = a;
    while (b < toks_.size() && person_at_[b] == c) ++b;
    auto whose = [&](size_t q) -> int {
      bool poss = false;
      if (IsPronoun(T(q).lower, &poss) && poss) return PronounReferent(q);
      if (person_at_[q] >= 0 && person_at_[q] != c && PossessiveBefore(q + 1)) return person_at_[q];
      return -1;
    };
    for (size_t q = a; q > 0 && q + 5 > a; --q) {
      if (int p = whose(q - 1); p >= 0) return p;
      if (T(q - 1).text == "." || T(q - 1).text == ";") break;
    }
    if (b + 1 < toks_.size() && T(b).text == ",") {
      for (size_t q = b + 1; q < toks_.size() && q < b + 3; ++q) {
        if (int p = whose(q); p >= 0) return p;
      }
    }
    return -1;
  }

  // The person a title noun stands for ("the journalist was transferred",
  // "журналиста перевели в колонию"): of the persons given that title (in any of
  // its inflected forms), the one most mentioned; -1 if none.
  int TitledCluster(const std::string& lower) const {
    auto base_of = [&](const std::string& t) {
      auto it = lex_.title_base.find(t);
      if (it != lex_.title_base.end()) return it->second;
      // "журналиста", "журналистом": the stem is the title.
      if (IsCyrillicWord(t)) {
        std::string stem = CyrillicNameStem(t);
        if (lex_.person_titles.count(stem)) return stem;
      }
      return t;
    };
    const std::string base = base_of(lower);
    int best = -1;
    for (size_t i = 0; i < clusters_.size(); ++i) {
      const std::string& title = clusters_[i].title;
      if (title.empty() || (title != lower && base_of(title) != base)) continue;
      if (best < 0 || clusters_[i].mentions > clusters_[best].mentions) best = static_cast<int>(i);
    }
    return best;
  }

  static bool IsClientWord(std::string_view w) {
    return w == "client" || w == "client's" || w == "client\u2019s" || w.starts_with("подзащитн");
  }

  bool IsNonSubject(int c) const {
    const auto& r = clusters_[c].title_role;
    return r == "official" || r == "lawyer" || r == "relative";
  }

  // The owner named by a possessive pronoun (or by the antecedent of
  // "whose") in the noun phrase that ends at token `end` (exclusive) and
  // starts after `first`: up to five lower case words before it, without
  // punctuation; -1 when there is none.
  int PossessorInPhrase(size_t first, size_t end) const {
    for (size_t q = end; q > first && q + 6 > end; --q) {
      const Token& t = T(q - 1);
      if (!t.word || t.cap) return -1;
      // "X, whose detention had been extended": the antecedent.
      if (t.lower == "whose"sv || t.lower == "чей"sv || t.lower == "чья"sv || t.lower == "чьё"sv ||
          t.lower == "чье"sv || t.lower == "чьи"sv) {
        size_t a = q - 1;
        if (a > first && T(a - 1).text == ",") --a;
        return a > first && q < end ? ReferentAt(a - 1, true) : -1;
      }
      bool poss = false;
      bool group = t.lower == "their"sv || t.lower == "их"sv;
      if (group || (IsPronoun(t.lower, &poss) && poss)) {
        return q < end ? ReferentAt(q - 1, true) : -1;  // a noun follows
      }
      if (mention_type_at_[q - 1] >= 0) return -1;
    }
    return -1;
  }

  // "were among 21 journalists" ending at token `end` (exclusive), with up
  // to three words between "among" and the end: the index of the copula
  // before "among", else 0.
  size_t AmongCopula(size_t first, size_t end) const {
    for (size_t q = end; q > first + 1 && q + 5 > end; --q) {
      const Token& t = T(q - 1);
      if (t.lower == "among"sv || t.lower == "среди"sv) {
        std::string_view c = T(q - 2).lower;
        bool copula = c == "was" || c == "were" || c == "is" || c == "are" || c == "been" ||
                      c == "оказался" || c == "оказалась" || c == "оказались";
        return copula && q < end ? q - 2 : 0;
      }
      if (!(t.word && !t.cap) && !t.number) return 0;
    }
    return 0;
  }

  // The person a trigger is about, or -1.
  // The person named right after a description at `m` ("the journalist
  // X", "44-летнего преподавателя истории X"), within its phrase; else `p`, what
  // the description stands for alone.
  int NamedAfter(size_t m, int p) const {
    const auto& s = sents_[sent_of_[m]];
    for (size_t q = m + 1; q < s.last && q < m + 10; ++q) {
      if (T(q).text == "," || T(q).text == ";" || T(q).text == "." || trigger_at_[q]) break;
      if (person_at_[q] >= 0) return person_at_[q];
    }
    return p;
  }

  // `p`, or -1 when it is an official: the one who acts, not whose event it is.
  int NotAnOfficial(int p) const {
    return p >= 0 && p < kGroupBase && clusters_[p].title_role == "official" ? -1 : p;
  }

  // Whether the event told last is in trigger k's sentence, close enough
  // before it for an "and" between them to join the two verbs.
  bool JoinedToLastEvent(size_t k) const {
    if (events_.empty()) return false;
    size_t prev_k = events_.back().second;
    return prev_k < k && sent_of_[prev_k] == sent_of_[k] && k - prev_k <= 16;
  }

  int PersonFor(size_t k, size_t end, const Trigger& t) {
    const auto& s = sents_[sent_of_[k]];
    common_subject_ = false;
    auto person_in = [&](size_t a, size_t b, bool nearest_last) -> int {
      if (nearest_last) {
        for (size_t m = b; m > a; --m) {
          int p = ReferentAt(m - 1, m == b);
          if (p >= 0) return p;
        }
      } else {
        for (size_t m = a; m < b; ++m) {
          int p = ReferentAt(m, m == a);
          if (p >= 0) return p;
        }
      }
      return -1;
    };
    static const WordSet kAux = {
        "was", "were", "been", "being", "is", "are", "be", "get", "got", "has", "have",
        "had", "reportedly", "allegedly", "later", "then", "also", "again", "subsequently",
        "eventually", "first", "recently", "finally", "not", "still", "never", "himself",
        "herself", "themselves", "again", "briefly", "formally", "also", "twice",
        "repeatedly", "once", "often",
        "был", "была", "были", "было", "будет", "уже", "также", "затем", "позже"};
    bool passive = false;
    for (size_t m = k; m > s.first && m + 4 > k; --m) {
      std::string_view l = T(m - 1).lower;
      if (l == "was" || l == "were" || l == "been" || l == "being" || l == "is" ||
          l == "are" || l == "be" || l == "get" || l == "got" || l == "был" || l == "была" ||
          l == "были" || l == "было") {
        passive = true;
        break;
      }
    }
    // The subject right before the trigger (skipping auxiliaries): a
    // common noun there ("a trooper died") means the event is not about a
    // named person.
    auto subject_before = [&]() -> int {
      size_t m = k;
      // Skip auxiliaries, adverbials of time ("in September") and commas.
      auto skippable = [&](size_t q) {
        const Token& t = T(q);
        if (kAux.count(t.lower) || time_at_[q] >= 0) return true;
        if (t.lower == "а"sv || t.lower == "и"sv || t.lower == "в"sv || t.lower == "on"sv ||
            t.lower == "in"sv) {
          return q + 1 < k && time_at_[q + 1] >= 0;  // the preposition of a date
        }
        return false;
      };
      while (m > s.first && (skippable(m - 1) || T(m - 1).text == "," || T(m - 1).text == ")")) {
        // "X (named in the report as Y) was detained": over the brackets.
        if (T(m - 1).text == ")") {
          size_t q = m - 1;
          while (q > s.first && q + 30 > m && T(q - 1).text != "(") --q;
          if (q == s.first || T(q - 1).text != "(") break;
          m = q - 1;
          continue;
        }
        // "X, a 24-year-old student, died": jump over the apposition.
        if (T(m - 1).text == ",") {
          size_t q = m - 1;
          while (q > s.first && q + 30 > m && T(q - 1).text != ",") --q;
          if (q > s.first && T(q - 1).text == "," && q + 30 > m && q - 1 > s.first &&
              person_at_[q - 2] >= 0) {
            m = q - 1;
            continue;
          }
          // ("X, 39, who is serving ..., was": an age before it.)
          if (q > s.first + 3 && T(q - 1).text == "," && q + 30 > m && T(q - 2).number &&
              T(q - 3).text == "," && person_at_[q - 4] >= 0) {
            m = q - 3;
            continue;
          }
        }
        --m;
      }
      if (m == s.first) return -1;
      // "X and Y were among 21 journalists detained": the subject of "were".
      if (size_t c = AmongCopula(s.first, m); c > 0) {
        m = c;
        while (m > s.first && skippable(m - 1)) --m;
        if (m == s.first) return -1;
      }
      // "a former prisoner who was released": the antecedent of the
      // relative pronoun is the subject; a common noun is nobody named.
      if ((T(m - 1).lower == "who"sv || T(m - 1).lower == "который"sv || T(m - 1).lower == "которая"sv ||
           T(m - 1).lower == "которые"sv) &&
          m - 1 > s.first) {
        size_t q = m - 1;
        if (T(q - 1).text == "," && q - 1 > s.first) --q;
        // ("X, who was jailed in 2019 ..., and who was freed": the
        // antecedent of the first "who".)
        if ((T(q - 1).lower == "and"sv || T(q - 1).lower == "but"sv) && q - 1 > s.first) {
          for (size_t w = q - 1; w > s.first + 1; --w) {
            if (T(w - 1).lower != T(m - 1).lower) continue;
            size_t r = w - 1;
            if (T(r - 1).text == "," && r - 1 > s.first) --r;
            if (int a = ReferentAt(r - 1, true); a >= 0) return a;
            break;
          }
        }
        int antecedent = ReferentAt(q - 1, true);
        if (antecedent >= 0) return antecedent;
        const Token& w = T(q - 1);
        if (w.word && !w.cap) return -3;
      }
      // "THREE workers who had been held since a strike were acquitted":
      // over the relative clause to the persons it is on.
      if (passive && ReferentAt(m - 1, true) < 0) {
        for (size_t q = m - 1; q > s.first + 1 && q + 16 > m; --q) {
          const Token& w = T(q - 1);
          if (w.text == "," || trigger_at_[q - 1] || person_at_[q - 1] >= 0) break;
          if (w.lower != "who"sv) continue;
          int antecedent = ReferentAt(q - 2, true);
          if (antecedent >= 0) return antecedent;
          break;
        }
      }
      int p = ReferentAt(m - 1, true);
      if (p >= 0) return p;
      const Token& w = T(m - 1);
      // A title noun as subject stands for a person named before: "the
      // journalist was transferred", "журналист был переведён".
      // "his client" (said by a lawyer): the person the case is about.
      if (w.lower == "client"sv && m >= 2) return PronounReferent(m - 2) >= 0 ? MainPerson() : -1;
      if (w.word && !w.cap && lex_.person_titles.count(w.lower)) {
        // (Russian titles match in any of their cases.)
        if (IsCyrillicWord(w.text)) {
          if (int c = TitledCluster(w.lower); c >= 0) return c;
        }
        for (size_t i = 0; i < clusters_.size(); ++i) {
          if (clusters_[i].title == w.lower) return static_cast<int>(i);
        }
        auto role = lex_.person_titles.at(w.lower);
        if (role == "other") return PronounReferent(m - 1);
      }
      static const WordSet kNotNouns = {
          "who", "which", "that", "and", "but", "or", "after", "before", "when", "while",
          "since", "until", "once", "then", "where", "because", "as", "if", "later"};
      if (w.word && !w.cap && mention_type_at_[m - 1] < 0 && !IsFunctionWord(w.lower) &&
          !kNotNouns.count(w.lower)) {
        // A possessive inside the subject's noun phrase says whose it is:
        // "срок их содержания под стражей был продлён", "his pre-trial
        // detention term was extended".
        if (int owner = PossessorInPhrase(s.first, m); owner >= 0) return owner;
        // (Other than a word for the case itself: "The sentence was upheld".)
        static const WordSet kCaseNouns = {
            "sentence", "conviction", "verdict", "appeal", "case", "trial", "detention",
            "hearing", "ruling", "decision", "judgment", "judgement", "charges", "charge",
            "term", "custody", "arrest", "приговор", "срок", "дело", "жалоба", "арест",
            "решение"};
        common_subject_ = !trigger_at_[m - 1] && !kCaseNouns.count(w.lower);
        return -3;  // a common noun: "a trooper died"
      }
      return -1;
    };
    size_t left_limit = k > s.first + 25 ? k - 25 : s.first;
    size_t right_limit = std::min<size_t>(s.last, end + 15);
    // The subject of a passive or intransitive verb: right before it, else
    // the nearest person before, else after ("... was arrested X" is rare).
    auto subject = [&]() -> int {
      // "Вместе с ними был задержан фотограф X": a Russian subject may
      // follow its verb, with a title before the name.
      if (IsCyrillicWord(T(k).text) && k > s.first && kAux.count(T(k - 1).lower)) {
        // ("был задержан фотограф редакции X": a title among the words.)
        // (Over an apposition's comma and an age: "была задержана её
        // соседка, 60-летняя пенсионерка X".)
        bool titled = false;
        for (size_t m = end; m < s.last && m < end + 8; ++m) {
          if ((T(m).text == "," && titled) || T(m).number || T(m).text == "-" ||
              T(m).lower.find("летн") != std::string::npos) {
            continue;
          }
          if (!T(m).word) break;
          if (person_at_[m] >= 0) {
            if (titled || m == end) return ReferentAt(m, false);
            break;
          }
          if (T(m).cap || time_at_[m] >= 0 || trigger_at_[m]) break;
          // (Any noun phrase of Russian words but one with a preposition:
          // "был задержан вместе с X" is someone else.)
          static const WordSet kNotSubject = {"по", "за", "под", "к", "от", "до", "вместе",
                                              "через", "после", "при", "для", "без"};
          if (IsPreposition(T(m).lower) || kNotSubject.count(T(m).lower)) break;
          titled = titled || lex_.person_titles.count(T(m).lower) > 0 ||
                   IsCyrillicWord(T(m).text);
        }
      }
      int p = subject_before();
      if (p >= 0) return p;
      // "She was refused her medication and twice fainted": a verb
      // joined by "and" to the event told just before shares its person.
      if (p != -3) {
        size_t a = k;
        while (a > s.first && kAux.count(T(a - 1).lower)) --a;
        if (a > s.first && T(a - 1).lower == "and"sv && JoinedToLastEvent(k)) {
          return events_.back().first.person;
        }
      }
      // "X, a notary who has ... and who ..., was arrested": the name
      // heading the sentence, over an
      // apposition too long to skip word by word.
      if (size_t a = k; passive) {
        while (a > s.first && kAux.count(T(a - 1).lower)) --a;
        if (a > s.first + 2 && T(a - 1).text == ",") {
          size_t n = s.first;
          while (n < a && person_at_[n] < 0 && n < s.first + 3) ++n;
          int head = n < a ? person_at_[n] : -1;
          while (n < a && person_at_[n] == head) ++n;
          if (head >= 0 && head < kGroupBase && n < a && T(n).text == "," &&
              !IsSignatory(head)) {
            bool other = false;
            for (size_t q = n; q < a && !other; ++q) {
              other = (person_at_[q] >= 0 && person_at_[q] != head) || T(q).text == ";";
            }
            if (!other) return head;
          }
        }
      }
      if (p == -3) return -1;
      p = person_in(left_limit, k, true);
      if (p >= 0) return p;
      // (Not a companion: "был задержан вместе с X его брат".)
      for (size_t m = end; m < right_limit && m < end + 3; ++m) {
        if (TogetherWithAt(m)) return -1;
      }
      return NotAnOfficial(person_in(end, right_limit, false));
    };
    // "20 October 2021 - Transferred to SIZO No. 1", "Charged with ...": a
    // participle opening a chronology entry or a sentence tells of the
    // person followed.
    if (!IsCyrillicWord(T(k).text) && T(k).cap && T(k).lower.ends_with("ed") &&
        t.kind != TriggerKind::kNoun && t.kind != TriggerKind::kList) {
      size_t q = s.first;
      while (q < k && (time_at_[q] >= 0 || T(q).text == "-" || T(q).text == "\u2013" ||
                       T(q).text == "\u2014" || T(q).text == ":" || T(q).text == ",")) {
        ++q;
      }
      if (q == k && (k == s.first || ChronologyDate(s.first) >= 0)) {
        bool named = false;
        for (size_t m = end; m < s.last && !named; ++m) named = person_at_[m] >= 0;
        if (!named) return FocusPerson(k);
      }
    }
    switch (t.kind) {
      case TriggerKind::kVerb: {
        if (passive) return subject();
        // ("оставил его приговор в силе": a possessive inside the trigger.)
        for (size_t m = k + 1; m < end; ++m) {
          bool poss = false;
          if (IsPronoun(T(m).lower, &poss) && poss) {
            if (int p = ReferentAt(m, true); p >= 0) return p;
          }
        }
        // Active: the object after ("sentenced X"); a reduced relative
        // ("X, arrested in 2019") only when no object follows. A
        // possessive after a preposition is no object ("arrested at his
        // office").
        int p = -1;
        for (size_t m = end; m < std::min<size_t>(right_limit, end + 7) && p < 0; ++m) {
          bool poss = false;
          if (m > end && IsPronoun(T(m).lower, &poss) && poss && group_at_[m] < 0 &&
              IsPreposition(T(m - 1).lower)) {
            continue;
          }
          p = ReferentAt(m, m == end);
          // A description with its name after it: "приговорил 44-летнего
          // преподавателя истории Олега Сабурова", "sentenced the journalist X".
          if (p >= 0 && person_at_[m] < 0 && !T(m).cap) p = NamedAfter(m, p);
        }
        if (p >= 0) return p;
        // "was suspended from the bar in 2020, arrested the following year
        // and sentenced": a participle in a series after "was" shares its
        // subject.
        if (k > s.first + 2 && T(k - 1).text == "," && T(k).lower.ends_with("ed")) {
          for (size_t m = k - 1; m > s.first && m + 14 > k; --m) {
            if (person_at_[m - 1] >= 0 || trigger_at_[m - 1]) break;
            std::string_view l = T(m - 1).lower;
            if ((l == "was" || l == "were") && m < k - 1 && T(m).lower.ends_with("ed")) {
              int q = person_in(left_limit, m - 1, true);
              if (q >= 0) return q;
              break;
            }
          }
        }
        // "were arrested in November and charged with ...": a verb joined
        // by "and" to an event verb shares its person.
        if (k > s.first && T(k - 1).lower == "and"sv && JoinedToLastEvent(k)) {
          if (last_persons_.size() > 1) {
            groups_.push_back({last_persons_, sent_of_[k]});
            return kGroupBase + static_cast<int>(groups_.size() - 1);
          }
          return events_.back().first.person;
        }
        bool takes_object = end < s.last && T(end).word && !T(end).cap &&
                            T(end).lower != "with"sv && T(end).lower != "under"sv &&
                            T(end).lower != "to"sv && T(end).lower != "from"sv &&
                            T(end).lower != "in"sv && T(end).lower != "on"sv &&
                            T(end).lower != "at"sv && T(end).lower != "by"sv &&
                            T(end).lower != "for"sv && T(end).lower != "after"sv &&
                            T(end).lower != "during"sv && T(end).lower != "and"sv;
        // Russian word order is free: the object may stand before the verb.
        size_t z = 0;
        char32_t c0 = NextCodePoint(T(k).text, &z);
        bool cyrillic = c0 >= 0x400 && c0 <= 0x4FF;
        if (takes_object && !cyrillic) return -1;
        // "Army captain X, detained in May 2018, ...": a participle right
        // after a name and its comma is said of that person, whatever the
        // title.
        if (k >= s.first + 2 && T(k - 1).text == "," && person_at_[k - 2] >= 0 &&
            person_at_[k - 2] < kGroupBase && T(k).lower.ends_with("ed") &&
            !IsSignatory(person_at_[k - 2])) {
          return person_at_[k - 2];
        }
        // The agent stands on the left of an active verb: an official
        // ("Judge X refused bail") is not the one it happens to.
        for (size_t m = k; m > left_limit; --m) {
          int p = ReferentAt(m - 1, false);
          if (p >= 0) return p;
          if (person_at_[m - 1] >= 0) return -1;  // the agent, not a patient
        }
        return -1;
      }
      case TriggerKind::kIntransitive:
        return subject();
      case TriggerKind::kNoun:
      case TriggerKind::kList: {
        // "the arrest of X", "X's arrest", "his arrest", "the death in police
        // custody of X" (a short phrase between).
        // ("ordered his detention": the possessive inside the trigger.)
        for (size_t m = k + 1; m < end; ++m) {
          bool poss = false;
          if (IsPronoun(T(m).lower, &poss) && poss) {
            if (int p = ReferentAt(m, true); p >= 0) return p;
          }
        }
        size_t of = end;
        // (Over a date between commas too: "the release, on 9 June, of X".)
        size_t reach = end + 5;
        while (of < s.last && of < reach && T(of).lower != "of"sv && T(of).lower != "against"sv &&
               ((T(of).word && !T(of).cap) || time_at_[of] >= 0 || T(of).text == ",") &&
               trigger_at_[of] == false) {
          if (time_at_[of] >= 0) ++reach;
          ++of;
        }
        if (of + 1 < s.last && (T(of).lower == "of"sv || T(of).lower == "against"sv)) {
          // "the ill-treatment of prisoners", "the death of a conscript (in
          // his unit)": about people not named, unless a name follows ("the
          // arrest of a journalist, X").
          size_t q = of + 1;
          bool indefinite = T(q).lower == "a"sv || T(q).lower == "an"sv;
          if (indefinite) ++q;
          bool unnamed = (of == end || indefinite) && q < s.last && T(q).word && !T(q).cap &&
                         !IsFunctionWord(T(q).lower) && DescriptionAt(of + 1) == -2;
          for (size_t m = of + 1; m < std::min<size_t>(s.last, of + 6); ++m) {
            if (unnamed && person_at_[m] < 0) continue;
            int p = ReferentAt(m, m == of + 1);
            // ("of the journalist X": the name the description comes with.)
            if (p >= 0 && person_at_[m] < 0 && !T(m).cap) p = NamedAfter(m, p);
            if (p >= 0) return p;
          }
          if (unnamed) return -1;
        }
        if (k > s.first) {
          int p = ReferentAt(k - 1, true);
          if (p >= 0) return p;
        }
        int p = person_in(left_limit, k, true);
        if (p >= 0) return p;
        // ("The trial began in March ..., chaired by a judge named X":
        // an official after the noun is not whose it is.)
        return NotAnOfficial(person_in(end, s.last, false));
      }
    }
    return -1;
  }

  bool IsSignatory(int c) const { return c >= 0 && clusters_[c].signatory; }

  // The person a pronoun refers to: the most mentioned non-signatory person
  // mentioned in this or the previous two sentences, else the document's
  // main person.
  int PronounReferent(size_t k) const {
    if (k < pronoun_ref_.size() && pronoun_ref_[k] != -9) return pronoun_ref_[k];
    return MainPerson();
  }

  // The person a sentence without a name is about: the latest one named in
  // it before `k` or in the two sentences before it in the paragraph, else
  // the document's main person.
  int FocusPerson(size_t k) const {
    uint32_t s = sent_of_[k];
    uint32_t lo = s;
    while (lo > 0 && lo + 2 > s && !ParagraphStart(lo)) --lo;
    for (size_t m = k; m > sents_[lo].first; --m) {
      int c = person_at_[m - 1];
      if (c >= 0 && c < kGroupBase && CanBeReferent(c, 0)) return c;
    }
    return MainPerson();
  }

  bool CanBeReferent(int c, char gender) const {
    const auto& p = clusters_[c];
    if (p.signatory || p.title_role == "official" || p.title_role == "lawyer" ||
        p.title_role == "relative") {
      return false;
    }
    return !gender || !p.gender || p.gender == gender;
  }

  // Resolves every third-person pronoun left to right: the latest
  // gender-compatible person named in this or the two previous sentences
  // of the paragraph, else the person the discourse is about (the last
  // referent), else the document's main person.
  void ResolvePronouns() {
    pronoun_ref_.assign(toks_.size(), -9);
    int focus = -1;
    // "under the X administration": a name as a modifier is no antecedent.
    static const WordSet kModified = {"administration", "government", "regime", "era",
                                      "presidency", "cabinet", "administration's",
                                      "government's", "regime's"};
    std::vector<int> person_at = person_at_;
    for (size_t k = 0; k + 1 < toks_.size(); ++k) {
      if (person_at[k] >= 0 && person_at[k + 1] != person_at[k] &&
          kModified.count(T(k + 1).lower)) {
        for (size_t q = k + 1; q > 0 && person_at[q - 1] == person_at_[k]; --q) {
          person_at[q - 1] = -1;
        }
      }
    }
    for (size_t k = 0; k < toks_.size(); ++k) {
      if (T(k).paragraph_before) focus = -1;
      int c = person_at[k];
      if (c >= 0 && !IsSignatory(c) && CanBeReferent(c, 0)) focus = c;
      bool poss;
      if (!T(k).word || !IsPronoun(T(k).lower, &poss)) continue;
      char g = GenderOf(T(k).lower);
      uint32_t s = sent_of_[k];
      uint32_t from = s >= 2 ? sents_[s - 2].first : 0;
      int ref = -1;
      // A relative or lawyer who is the subject of this or the previous
      // sentence ("His younger brother, Nurzhan, is detained ... The
      // following day he is sentenced").
      int subject_other = -1;
      uint32_t prev_sentence = s > 0 ? s - 1 : 0;
      // A pronoun opening a sentence continues the subject of a passive
      // verb just before ("his brother X (also spelt Y) was detained ...
      // He was released the following day").
      int passive_subject = -1;
      // (After a fronted date: "The next day he was fined".)
      size_t opener = sents_[s].first;
      while (opener < k && (time_at_[opener] >= 0 || T(opener).text == ",")) ++opener;
      for (size_t m = k; m > from && k == opener; --m) {
        int p = person_at[m - 1];
        if (sent_of_[m - 1] + 1 < s) break;
        if (p >= 0 && !IsSignatory(p) && clusters_[p].title_role != "official" &&
            (!g || !clusters_[p].gender || clusters_[p].gender == g) && PassiveSubject(m - 1)) {
          passive_subject = p;
          break;
        }
      }
      // (And one without a name before it in its sentence continues the
      // name heading the sentence before as the subject of a passive verb
      // after a relative clause: "X, who had filmed the search, was
      // detained. A court then fined him ...".)
      if (passive_subject < 0 && s > 0 && !T(sents_[s].first).paragraph_before) {
        bool named_before = false;
        for (size_t m = sents_[s].first; m < k && !named_before; ++m) {
          named_before = person_at[m] >= 0;
        }
        int head = named_before ? -1 : HeadOfPassive(s - 1);
        if (head >= 0 && !IsSignatory(head) && clusters_[head].title_role != "official" &&
            (!g || !clusters_[head].gender || clusters_[head].gender == g)) {
          passive_subject = head;
        }
      }
      for (size_t m = k; m > from && ref < 0; --m) {
        int p = person_at[m - 1];
        if (p >= 0 && subject_other < 0 && !IsSignatory(p) && sent_of_[m - 1] >= prev_sentence &&
            m - 1 < sents_[sent_of_[m - 1]].first + 7 && clusters_[p].title_role != "official" &&
            (!g || !clusters_[p].gender || clusters_[p].gender == g)) {
          subject_other = p;
        }
        if (T(m - 1).paragraph_before && m - 1 < k) {
          if (p >= 0 && CanBeReferent(p, g)) ref = p;
          break;
        }
        if (p >= 0 && CanBeReferent(p, g)) ref = p;
        if (m - 1 < k && pronoun_ref_[m - 1] >= 0 && GenderOf(T(m - 1).lower) == g && g) {
          ref = pronoun_ref_[m - 1];
        }
      }
      if (passive_subject >= 0) ref = passive_subject;
      if (ref < 0 && subject_other >= 0) ref = subject_other;
      if (ref < 0 && focus >= 0 && CanBeReferent(focus, g)) ref = focus;
      if (ref < 0) {
        int main = MainPerson();
        if (main >= 0 && CanBeReferent(main, g)) ref = main;
      }
      // Nobody else fits: a lawyer, official or relative may be meant too.
      for (size_t m = k; ref < 0 && m > from; --m) {
        int p = person_at[m - 1];
        if (p >= 0 && !IsSignatory(p) && (!g || !clusters_[p].gender || clusters_[p].gender == g)) {
          ref = p;
        }
      }
      pronoun_ref_[k] = ref;
      if (ref >= 0) focus = ref;
    }
  }

  // The person named at the head of sentence `si` ("X, who ..., was
  // detained ...") when a relative clause or apposition
  // closed by a comma leads to its passive verb; -1 otherwise.
  int HeadOfPassive(uint32_t si) const {
    const auto& s = sents_[si];
    size_t n = s.first;
    while (n < s.last && n < s.first + 3 && person_at_[n] < 0) ++n;
    if (n >= s.last || person_at_[n] < 0 || person_at_[n] >= kGroupBase) return -1;
    int head = person_at_[n];
    while (n < s.last && person_at_[n] == head) ++n;
    if (n + 1 >= s.last || T(n).text != ",") return -1;
    for (size_t q = n + 1; q + 2 < s.last && q < n + 40; ++q) {
      if (T(q).text == ";" || T(q).text == ":") return -1;
      if (T(q).text == "," && (T(q + 1).lower == "was"sv || T(q + 1).lower == "were"sv)) {
        return IsPassiveParticiple(T(q + 2).lower) ? head : -1;
      }
    }
    return -1;
  }

  // The name ending at token `m` is the subject of a passive verb right
  // after it, over brackets: "his brother X (also spelt Y) was detained".
  bool PassiveSubject(size_t m) const {
    size_t n = m + 1;
    if (n < toks_.size() && person_at_[n] == person_at_[m]) return false;
    if (n < toks_.size() && T(n).text == "(") {
      while (n < toks_.size() && n < m + 30 && T(n).text != ")") ++n;
      ++n;
    }
    // (", his brother, X, was detained": the apposition's comma.)
    if (n < toks_.size() && T(n).text == ",") ++n;
    if (n + 1 >= toks_.size() || sent_of_[n + 1] != sent_of_[m]) return false;
    std::string_view l = T(n).lower;
    if (l != "was" && l != "were" && l != "is") return false;
    std::string_view v = T(n + 1).lower;
    if ((v == "also" || v == "then" || v == "later") && n + 2 < toks_.size()) v = T(n + 2).lower;
    return IsPassiveParticiple(v) || v == "sent";
  }

  // A past participle after "was": "detained", "held", "taken", "beaten".
  static bool IsPassiveParticiple(std::string_view v) {
    return v.ends_with("ed") || v == "held" || v == "taken" || v == "beaten";
  }

  int MainPerson() const {
    int best = -1, most = 0;
    for (size_t i = 0; i < clusters_.size(); ++i) {
      const auto& c = clusters_[i];
      if (c.signatory || c.title_role == "official" || c.title_role == "lawyer" ||
          c.title_role == "relative") {
        continue;
      }
      if (c.mentions > most) {
        most = c.mentions;
        best = static_cast<int>(i);
      }
    }
    return best;
  }

  // The most a law allows is not a sentence anyone received: "an offence
  // punishable by up to five years in prison", "carries a maximum sentence of
  // seven years", "предусматривающей до пяти лет лишения свободы". A
  // sentencing verb in between ("was sentenced to up to ...", rare) keeps it.
  bool StatutoryTerm(size_t k) const {
    const auto& s = sents_[sent_of_[k]];
    for (size_t m = k; m > s.first && m + 6 > k; --m) {
      std::string_view l = T(m - 1).lower;
      if (l == "," || l == ";" || l == "sentenced" || l == "jailed" || l == "imprisoned" ||
          l.starts_with("приговор") || l.starts_with("осужд")) {
        break;
      }
      if (l == "to" && m >= 2 && T(m - 2).lower == "up"sv) return true;
      if (l == "maximum" || l == "punishable" || l == "carries" || l == "carrying" ||
          l.starts_with("максимальн") || l.starts_with("предусматрива") ||
          l.starts_with("грозящ")) {
        return true;
      }
      // "до пяти лет", "до 10 лет": up to a number of years.
      if (l == "до" && m + 1 < k) {
        std::string_view unit = T(m + 1).lower;
        if (T(m).number || unit == "лет" || unit == "года" || unit == "месяцев") {
          return true;
        }
      }
    }
    return false;
  }

  // A noun quantified as many or all, or named as a practice, with no
  // possessor in its phrase: "all allegations of torture", "widespread
  // ill-treatment", "numerous cases of", "the use of torture".
  bool GeneralNoun(size_t k) const {
    static const WordSet kQuantifiers = {"all", "numerous", "many", "widespread", "systematic",
                                         "any", "frequent", "repeated", "многочисленные",
                                         "многочисленных", "все", "всех", "систематические",
                                         "систематических", "массовые", "массовых"};
    static const WordSet kPractices = {"practice", "practices", "policy", "pattern", "use",
                                       "culture", "campaign", "wave"};
    const auto& s = sents_[sent_of_[k]];
    bool general = false;
    for (size_t m = k; m > s.first && m + 5 > k; --m) {
      const Token& w = T(m - 1);
      bool poss = false;
      if (person_at_[m - 1] >= 0 || (IsPronoun(w.lower, &poss) && poss)) return false;
      if (!w.word) break;
      if (kQuantifiers.count(w.lower)) general = true;
      // "the practice of incommunicado detention", "the use of torture".
      if (m < k && T(m).lower == "of"sv && kPractices.count(w.lower)) general = true;
    }
    return general;
  }

  // Statements of what may happen, denials and conditions are not events.
  bool Hypothetical(size_t k, size_t end, EventType type) const {
    const auto& s = sents_[sent_of_[k]];
    if (type == EventType::kSentence && StatutoryTerm(k)) return true;
    // "If they are charged and found guilty, they could ...": the condition, up
    // to its comma.
    {
      std::string_view w = T(s.first).lower;
      if (w == "if" || w == "unless" || w == "если" || w == "should") {
        bool in_condition = true;
        for (size_t m = s.first; m < k && in_condition; ++m) in_condition = T(m).text != ",";
        if (in_condition) return true;
      }
    }
    for (size_t m = k; m > s.first && m + 5 > k; --m) {
      std::string_view l = T(m - 1).lower;
      if (l == "but" || l == "," || l == ";" || l == "and") break;  // another clause
      if (time_at_[m - 1] >= 0 || T(m - 1).text == "May") continue;  // the month, not the modal
      if (l == "no" && m < k && T(m).lower == "longer"sv) continue;
      // Denied care is itself a health event: "was not receiving treatment".
      bool negation = l == "not" || l == "never" || l == "n't" || l == "no" || l == "without" ||
                      l == "neither" || l == "nor" || l == "не" || l == "ни" || l == "без";
      if (negation && type == EventType::kHealth) continue;
      if (negation) return true;
      bool need = l == "need" || l == "needs";  // "needs medication" is a health fact
      if (need && type != EventType::kHealth) return true;
      static const WordSet kModal = {
          "may", "might", "could", "would", "should", "will", "must", "imperative",
          "whether", "risk", "threatened", "facing", "face", "faces", "faced", "if", "unless",
          "avoid", "prevent", "может", "могут", "могли", "грозит", "грозило", "грозят",
          "грозила", "грозил", "если", "должны", "должен"};
      if (kModal.count(l)) return true;
    }
    // A noun denied after it: "Обвинение ему не предъявлено", "charges were
    // never filed". (Not a word of the trigger itself: "has not been seen
    // since".)
    if (type != EventType::kHealth) {
      for (size_t m = std::max(k + 1, end); m < s.last && m < k + 4; ++m) {
        std::string_view l = T(m).lower;
        if (l == "," || l == ";" || l == ".") break;
        if (l == "не" || l == "not" || l == "never") {
          // "released not long after", "not only": no denial.
          const std::string_view next = m + 1 < s.last ? std::string_view(T(m + 1).lower) : "";
          if (next == "long" || next == "only" || next == "least") break;
          return true;
        }
      }
    }
    return false;
  }

  // A demand rather than a fact: "calls for his release", "urged ... to release".
  // `weak`: "for" and "to" alone also mark a demand ("campaigned for his
  // release", "to release him"), which only holds for releases and transfers.
  // `care`: about medical care, where "requests for surgery are denied"
  // reports a refusal.
  bool Demanded(size_t k, bool weak, bool care = false) const {
    const auto& s = sents_[sent_of_[k]];
    // A passive verb reports a fact: "X, ..., was released".
    if (k > s.first && (T(k - 1).lower == "was"sv || T(k - 1).lower == "were"sv ||
                        T(k - 1).lower == "been"sv || T(k - 1).lower == "is"sv)) {
      return false;
    }
    for (size_t m = k; m > s.first && m + 8 > k; --m) {
      std::string_view l = T(m - 1).lower;
      if (l == "," || l == ";" || l == "." || l == "\u2014") break;  // another clause
      // A quotation ends the clause: "for “calls for mass unrest” after a trial".
      if (l == "\u201D" || l == "\u201C" || l == "\"" || l == "\u00BB" || l == "\u00AB") break;
      if (l == "demand" || l == "demanded" || l == "demands" || l == "urge" || l == "urged" ||
          l == "urges" || l == "call" || l == "calls" || l == "called" || l == "campaigned" ||
          ((l == "requests" || l == "requested" || l == "asked") && !care) || l == "требуем" ||
          l == "требует" || l == "требуют" || l == "призываем" || l == "призывает" ||
          l == "призывают" || l == "просим" || l == "настаиваем") {
        return true;
      }
      // "обеспечить медицинскую помощь", "освободить X": an infinitive asks.
      if ((m + 3 > k || care) && IsRussianInfinitive(l)) return true;
      // (The infinitive's "to" right before the verb, "to (immediately)
      // release"; not "sent to a camp and later released".)
      if (weak && l == "to") {
        static const WordSet kBetween = {"immediately", "unconditionally", "be", "promptly",
                                         "swiftly", "urgently", "finally"};
        bool infinitive = true;
        for (size_t q = m; q < k && infinitive; ++q) infinitive = kBetween.count(T(q).lower) > 0;
        if (infinitive) return true;
      }
      if (weak && ((l == "for" && m + 4 > k) || l == "appeal")) return true;
    }
    return false;
  }

  // A recommendation or demand in a numbered list: "6.3. ensure that all
  // detainees have access to medical care", "- release X", "1) немедленно
  // освободить Бакыта Темирбаева".
  bool ImperativeSentence(size_t k) const {
    const auto& s = sents_[sent_of_[k]];
    size_t m = s.first;
    while (m < s.last && m < s.first + 6 && !T(m).word) ++m;
    if (m >= s.last) return false;
    static const WordSet kImperatives = {
        "ensure", "release", "investigate", "guarantee", "provide", "allow", "stop", "end",
        "drop", "quash", "grant", "bring", "immediately", "refrain", "respect", "repeal",
        "cease", "lift", "protect", "conduct", "carry", "ratify", "implement", "restore",
        "facilitate", "urgently", "promptly", "take", "to", "немедленно", "незамедлительно"};
    const Token& w = T(m);
    if (kImperatives.count(w.lower)) return !w.cap || w.line_before;
    return IsRussianInfinitive(w.lower);
  }

  static bool IsRussianInfinitive(std::string_view l) {
    size_t i = 0;
    char32_t c = l.empty() ? 0 : NextCodePoint(l, &i);
    if (c < 0x400 || c > 0x4FF) return false;
    return Utf8Length(l) > 4 &&
           (l.ends_with("ть") || l.ends_with("ти") || l.ends_with("чь") || l.ends_with("ться"));
  }

  // The date of an event: a time expression in the same clause, nearest to
  // the trigger, DATE type only.
  // A noun trigger that is the object of a verb trigger just before it
  // ("annulled his 11-year sentence", "sentenced to life imprisonment").
  bool IsGovernedNoun(size_t k) const {
    if (!trigger_noun_at_[k]) return false;
    const auto& s = sents_[sent_of_[k]];
    for (size_t m = k; m > s.first && m + 5 > k; --m) {
      if (trigger_at_[m - 1] && !trigger_noun_at_[m - 1]) return true;
    }
    return false;
  }

  // The date that heads the paragraph of token k as in a chronology
  // ("12 May 2021 - ...", "June 2022: ..."), or -1.
  int ChronologyDate(size_t k) const {
    size_t p = k;
    while (p > 0 && !T(p).paragraph_before) --p;
    int ti = time_at_[p];
    if (ti < 0 || out_.times[ti].type != TimexType::kDate ||
        !std::isdigit(static_cast<unsigned char>(out_.times[ti].value[0]))) {
      return -1;
    }
    size_t e = p;
    while (e < toks_.size() && time_at_[e] == ti) ++e;
    if (e >= toks_.size()) return -1;
    const std::string_view sep = T(e).text;
    if (sep == "-" || sep == "\u2013" || sep == "\u2014" || sep == ":") return ti;
    return -1;
  }

  // `coarse` says less than `fine` and does not contradict it: "2025"
  // and "2025-03-11", or a week of the same year ("2025-W11").
  static bool Coarser(const std::string& coarse, const std::string& fine) {
    if (coarse.size() >= fine.size()) return coarse == fine;
    if (fine.starts_with(coarse)) return true;
    return coarse.size() > 5 && coarse[5] == 'W' && fine.compare(0, 4, coarse, 0, 4) == 0;
  }

  // "until", "до": the word before the end of a span, not a happening.
  static bool IsEndWord(std::string_view w) {
    return w == "until" || w == "till" || w == "до" || w == "through";
  }

  // One past the last token, before `limit`, of the time at token m.
  size_t TimeEnd(size_t m, size_t limit) const {
    size_t e = m + 1;
    while (e < limit && time_at_[e] == time_at_[m]) ++e;
    return e;
  }

  // Whether the time [first, ..m] before trigger k stands in a relative
  // clause ("who had been held since ... last November") that ends where
  // the trigger's verb group begins ("were acquitted").
  bool InSubjectRelative(size_t first, size_t m, size_t k) const {
    static const WordSet kAux = {"was", "were", "had", "has", "have", "been", "is", "are"};
    size_t last = TimeEnd(m, k) - 1;
    if (last + 1 >= k || !kAux.count(T(last + 1).lower)) return false;
    for (size_t q = last + 1; q < k; ++q) {
      if (!kAux.count(T(q).lower)) return false;
    }
    size_t lo = first > 14 ? first - 14 : 0;
    for (size_t q = first; q > lo; --q) {
      const Token& w = T(q - 1);
      if (w.text == "," || w.text == ";" || event_word_at_[q - 1]) return false;
      if (w.lower == "who"sv || w.lower == "which"sv || w.lower == "that"sv) return q + 1 < first;
    }
    return false;
  }

  // Whether a time starting at token `first` opens a clause: after ", but",
  // ", and", ", а", ", но" or ";" (with its preposition: ", but on 30 May").
  bool HeadsClause(size_t first, size_t sentence_first) const {
    size_t c = first;
    if (c > sentence_first && IsDatePreposition(T(c - 1).lower)) --c;
    if (c <= sentence_first + 1) return false;
    std::string_view w = T(c - 1).lower;
    if (w == ";") return true;
    return (w == "but" || w == "and" || w == "а" || w == "но" || w == "then") &&
           T(c - 2).text == ",";
  }

  // Whether the time [first, ..m] before trigger k stands in a relative
  // clause ("who ...", "который ...") that a comma closes before k.
  bool InClosedRelative(size_t first, size_t m, size_t k) const {
    size_t last = TimeEnd(m, k) - 1;
    bool closed = false;
    for (size_t q = last + 1; q < k && !closed; ++q) closed = T(q).text == ",";
    if (!closed) return false;
    size_t lo = first > 20 ? first - 20 : 0;
    for (size_t q = first; q > lo; --q) {
      const Token& w = T(q - 1);
      if (w.text == "," || w.text == ";" || w.text == ".") {
        // The clause opens right after a comma: ", who ...", or with the
        // participle of an event told there: "X, detained in 2021, was
        // released in May 2023".
        return q < first && (T(q).lower == "who"sv || T(q).lower == "which"sv ||
                             T(q).lower.starts_with("котор") ||
                             (emitted_at_[q] && event_word_at_[q] && !trigger_noun_at_[q]));
      }
    }
    return false;
  }

  // "on", "in", "в": the word that opens a date.
  static bool IsDatePreposition(std::string_view w) {
    return w == "on" || w == "in" || w == "в" || w == "во";
  }

  // ",", "and", "а": a word after which a clause of its own may begin.
  static bool IsClauseOpener(std::string_view w) {
    return w == "," || w == ";" || w == "and" || w == "but" || w == "then" || w == "а" ||
           w == "и" || w == "но" || w == "затем";
  }

  // Whether token `at` stands in an apposition to a person, between the
  // commas of "X, 47, the founder of a printing house seized in 2015, and",
  // with the trigger [k, end) outside it and no trigger inside.
  bool InPersonApposition(size_t at, size_t k, size_t end) const {
    const auto& s = sents_[sent_of_[at]];
    auto stop = [&](size_t q) { return (q >= k && q < end) || trigger_at_[q] || person_at_[q] >= 0; };
    size_t a = at;
    while (a > s.first && T(a - 1).text != "," && !stop(a - 1)) --a;
    if (a == s.first || T(a - 1).text != ",") return false;
    // The comma follows the name, or the name and an age: "X, 52,".
    size_t c = a - 1;
    if (c >= 2 && T(c - 1).number && T(c - 2).text == ",") c -= 2;
    if (c == s.first || person_at_[c - 1] < 0) return false;
    size_t b = at;
    while (b < s.last && T(b).text != "," && !stop(b)) ++b;
    return b < s.last && T(b).text == ",";
  }

  // Whether the time starting at token `first` ends a range opened just
  // before it: "from X to", "between X and", "с X по", "с X до".
  bool RangeEnd(size_t first) const {
    const auto& s = sents_[sent_of_[first]];
    if (first < s.first + 3) return false;
    std::string_view joint = T(first - 1).lower;
    if (joint != "to" && joint != "and" && joint != "по" && joint != "до" && joint != "until") {
      return false;
    }
    int before = time_at_[first - 2];
    if (before < 0) return false;
    size_t a = first - 2;
    while (a > s.first && time_at_[a - 1] == before) --a;
    if (a == s.first) return false;
    std::string_view opener = T(a - 1).lower;
    return opener == "from" || opener == "between" || opener == "с" || opener == "со";
  }

  // "also", "также" within a few words before trigger k.
  bool AlsoNear(size_t k) const {
    const auto& s = sents_[sent_of_[k]];
    for (size_t m = k; m > s.first && m + 4 > k; --m) {
      std::string_view l = T(m - 1).lower;
      if (l == "also"sv || l == "также"sv || l == "тоже"sv) return true;
    }
    // "Вместе с ними был задержан X", "Together with them, X was detained":
    // the same occasion as those told before.
    for (size_t m = s.first; m + 2 < k && m < s.first + 4; ++m) {
      if (TogetherWithAt(m) && IsCompanionPronoun(T(m + 2).lower)) return true;
    }
    return false;
  }

  // Whether tokens m and m + 1 say "together with", "along with", "вместе с".
  bool TogetherWithAt(size_t m) const {
    if (m + 1 >= toks_.size()) return false;
    std::string_view a = T(m).lower, b = T(m + 1).lower;
    return ((a == "together"sv || a == "along"sv) && b == "with"sv) ||
           (a == "вместе"sv && b == "с"sv);
  }

  // The pronoun of a companion: "with them", "с ним".
  static bool IsCompanionPronoun(std::string_view l) {
    return l == "them"sv || l == "him"sv || l == "her"sv || l == "ними"sv || l == "ним"sv ||
           l == "ней"sv;
  }

  // Whether the time starting at token `first` is a dateline's: "BISHKEK,
  // March 3 (Agency) -", "GENEVA (16 October 2023) –" opening a paragraph.
  bool DatelineTime(size_t first) const {
    if (first < 2 || (T(first - 1).text != "," && T(first - 1).text != "(")) return false;
    size_t place = first - 2;
    while (place > 0 && T(place).cap && !T(place).paragraph_before && place + 4 > first) --place;
    if (!T(place).cap || (place > 0 && !T(place).paragraph_before)) return false;
    for (size_t q = first; q < toks_.size() && q < first + 12 && InSentence(first, q); ++q) {
      std::string_view t = T(q).text;
      if (t == "-" || t == "\u2013" || t == "\u2014") return true;
    }
    return false;
  }

  // Whether the sentence of trigger k ties it to what befell others: "who
  // was detained with them", "вместе с ним", "in the same raid".
  bool SameOccasion(size_t k) const {
    const auto& s = sents_[sent_of_[k]];
    static const WordSet kOccasion = {"operation", "raid", "raids", "sweep", "round-up",
                                      "crackdown", "wave", "swoop"};
    for (size_t m = s.first; m + 1 < s.last; ++m) {
      bool with = T(m).lower == "with"sv || T(m).lower == "с"sv;
      if (with && IsCompanionPronoun(T(m + 1).lower) && m > s.first &&
          (event_word_at_[m - 1] || TogetherWithAt(m - 1))) {
        return true;
      }
      if (T(m).lower == "same"sv && kOccasion.count(T(m + 1).lower)) return true;
    }
    return false;
  }

  // Whether noun trigger q is the setting of its clause's verb: "at a
  // hearing that lasted twenty minutes, the court extended ...", "в
  // закрытом заседании приговорил": the verb's date is the hearing's.
  bool SettingNoun(size_t q) const {
    static const WordSet kAt = {"at", "in", "during", "в", "на"};
    const auto& s = sents_[sent_of_[q]];
    for (size_t m = q; m > s.first && m + 4 > q; --m) {
      const Token& w = T(m - 1);
      if (kAt.count(w.lower)) return true;
      if (!w.word || w.cap || trigger_at_[m - 1] || time_at_[m - 1] >= 0) return false;
    }
    return false;
  }

  // Verbs of happenings that are no case events and take their own dates:
  // "videos published in January", "a post written in 2019", "the law
  // adopted in 2022", "a party founded in 2018".
  static bool IsOtherHappening(std::string_view w) {
    static const WordSet kVerbs = {
        "published", "posted", "written", "wrote", "filmed", "recorded", "broadcast", "aired",
        "uploaded", "shared", "adopted", "passed", "enacted", "amended", "founded", "established",
        "created", "launched", "registered", "elected", "appointed", "born", "married", "signed",
        "said", "told", "announced", "reported", "stated", "confirmed",
        "опубликованный", "опубликованного", "опубликованных", "опубликованным", "опубликовал",
        "опубликовала", "написанный", "написанного", "основанной", "основанного", "созданной",
        "созданного", "принятого", "принятый", "родился", "родилась"};
    return kVerbs.count(w) > 0;
  }

  // Whether sentence `si` opens a paragraph (with what stands between it and
  // the sentence before, such as an opening quotation mark).
  bool ParagraphStart(uint32_t si) const {
    size_t from = si > 0 ? sents_[si - 1].last : 0;
    for (size_t q = from; q <= sents_[si].first && q < toks_.size(); ++q) {
      if (T(q).paragraph_before) return true;
    }
    return false;
  }

  // Whether sentence `si` tells no date and no event.
  bool QuietSentence(uint32_t si) const {
    for (size_t m = sents_[si].first; m < sents_[si].last; ++m) {
      if (emitted_at_[m] || (time_at_[m] >= 0 && out_.times[time_at_[m]].type == TimexType::kDate)) {
        return false;
      }
    }
    return true;
  }

  // The one date of the events told by sentence `si`, or "".
  std::string OccasionDate(uint32_t si) const {
    std::string date;
    for (const auto& [e, ek] : events_) {
      if (sent_of_[ek] != si || e.date.empty()) continue;
      if (!date.empty() && date != e.date) return "";
      date = e.date;
    }
    return date;
  }

  // The date of the event told by trigger [k, end). `*inherited` is set
  // when the date comes from the sentence before: weaker evidence, which
  // yields to any other date when mentions of one happening are merged.
  std::string DateFor(size_t k, size_t end, EventType type, bool* inherited) const {
    *inherited = false;
    const auto& s = sents_[sent_of_[k]];
    // A noun that is the object of an event verb ("annulled his 11-year
    // sentence in 2020") leaves the date to the verb.
    if (IsGovernedNoun(k)) return "";
    int best = -1;
    size_t best_dist = 1000;
    bool own_date = false;  // the sentence tells a date
    const size_t list_end = trigger_noun_at_[k] ? OfListEnd(end) : end;
    for (size_t m = s.first; m < s.last; ++m) {
      int ti = time_at_[m];
      // A date, or a time of a known day ("the same evening").
      if (ti < 0 || (out_.times[ti].type != TimexType::kDate && out_.times[ti].type != TimexType::kTime)) continue;
      const std::string& v = out_.times[ti].value;
      if (v.empty() || !std::isdigit(static_cast<unsigned char>(v[0]))) continue;
      own_date = true;
      // "extended until 9 February", "продлена до 30 сентября": an end,
      // not the date of the event.
      size_t first = m;  // the time's first token
      while (first > s.first && time_at_[first - 1] == ti) --first;
      if (first > s.first) {
        if (IsEndWord(T(first - 1).lower) ||
            (T(first - 1).lower == "to"sv && first >= 2 && T(first - 2).lower == "up"sv)) {
          continue;
        }
      }
      // "X, 47, the founder of a printing house seized in 2015, and Y were
      // sentenced": a date describing a person is not the event's.
      if (InPersonApposition(first, k, end)) continue;
      // "from August 2022 to March 2023", "с августа 2022 по март
      // 2023": a period is dated by its start.
      if (RangeEnd(first)) continue;
      // (After "the trial of A, B and C, ...", counted from the list's end.)
      size_t dist = m < k           ? k - m
                    : m >= list_end ? m - list_end + 1
                    : m >= end      ? m - end + 1
                                    : 0;
      // A time fronted at the head of the sentence ("On 14 March, the
      // judge found them guilty ... and sentenced each of them to four
      // years") sets the scene for all of it, however long.
      // (And for every event of it: "On 2 October she was given a
      // suspended sentence and released in the courtroom.")
      // (Up to a semicolon, which opens another clause.)
      // (Or at the head of a clause: "..., but on 12 June the judge refused
      // and she was released on bail.")
      bool fronted = m < k && (first <= s.first + 1 || HeadsClause(first, s.first));
      for (size_t q = m; q < k && fronted; ++q) fronted = T(q).text != ";";
      if (fronted) dist = std::min<size_t>(dist, 20);
      // The date of a wire story's dateline ("BISHKEK, March 3 (Agency) -
      // Police detained X on Monday") is no event's.
      // (It is the day of the telling.)
      if (DatelineTime(first)) continue;
      // "A teacher held since March died": a date after "since" starts a
      // state (custody, a hunger strike), not a happening of another verb.
      if (m < k && first > s.first && T(first - 1).lower == "since"sv &&
          (type == EventType::kDeath || type == EventType::kTrial ||
           type == EventType::kSentence || type == EventType::kRuling ||
           type == EventType::kTransfer || type == EventType::kRelease ||
           type == EventType::kCharge)) {
        continue;
      }
      // A date belongs to the nearest trigger: skip it when another
      // trigger stands between it and ours and is nearer to it.
      bool other_nearer = false;
      size_t lo = std::min(m, k), hi = std::max(m, end);
      for (size_t q = lo; q < hi && !other_nearer && !fronted; ++q) {
        // (A trigger before ours that told no event claims nothing.)
        if (q != k && event_word_at_[q] && !IsGovernedNoun(q) && (q > k || emitted_at_[q]) &&
            !(trigger_noun_at_[q] && !trigger_noun_at_[k] && SettingNoun(q))) {
          size_t d2 = m < q ? q - m : m - q;
          other_nearer = d2 < dist;
        }
      }
      // "charged over videos published in January": a date a verb of
      // another happening takes, nearer to it than ours.
      for (size_t q = lo; q < hi && !other_nearer; ++q) {
        if (q < k || q >= end) {
          size_t d2 = m < q ? q - m : m - q;
          other_nearer = d2 < dist && d2 <= 2 && IsOtherHappening(T(q).lower);
        }
      }
      // "Его поместили в СИЗО-2, а в мае этапировали в колонию", "was
      // detained, and on 6 May he was charged": a date opening a clause of
      // its own after ours, just before another event's verb, is that
      // event's.
      if (!other_nearer && first >= end) {
        size_t last = TimeEnd(m, s.last) - 1;
        size_t c = first;
        if (c > end && IsDatePreposition(T(c - 1).lower)) --c;
        if (c > end && IsClauseOpener(T(c - 1).lower)) {
          for (size_t q = last + 1; q < s.last && q <= last + 4 && T(q).word; ++q) {
            if (event_word_at_[q] && !trigger_noun_at_[q]) {
              other_nearer = true;
              break;
            }
          }
        }
      }
      // "THREE workers who had been held since a strike last November were
      // acquitted yesterday": a date in a relative
      // clause on the subject is the clause's.
      if (!other_nearer && m < k && InSubjectRelative(first, m, k)) other_nearer = true;
      // (And one closed by a comma: "X, 52, who is serving twelve years after
      // being convicted in 2015, was hospitalised".)
      if (!other_nearer && m < k && InClosedRelative(first, m, k)) other_nearer = true;
      if (other_nearer) continue;
      if (dist < best_dist || (dist == best_dist && m > k)) {
        best_dist = dist;
        best = ti;
      }
    }
    if (best < 0 || best_dist > 20) {
      // A chronology: "12 May 2021 - Officers search his home ... and
      // detain him." The date heading the paragraph dates what it tells.
      if (int d = ChronologyDate(s.first); d >= 0) {
        best = d;
        best_dist = 0;
      }
    }
    if (best < 0 || best_dist > 20) {
      // Narrative continuation: "In 2019 his house was raided. He was
      // brought out in handcuffs." The previous sentence of the paragraph
      // set a date and reported no event of its own.
      uint32_t si = sent_of_[k];
      if (si == 0 || ParagraphStart(si)) return "";
      // (A verb, over a sentence or two of the paragraph that tell no date
      // and no event: "... early on 27 February. Officers broke down the
      // doors. All four were detained.")
      for (int back = 0; back < 2 && !trigger_noun_at_[k] && si > 1 &&
                         !ParagraphStart(si - 1) && QuietSentence(si - 1);
           ++back) {
        --si;
      }
      const auto& p = sents_[si - 1];
      // What befalls someone in custody is told as a scene: "On 28
      // September he collapsed in the courtroom. He was taken to
      // hospital." Its sentences share the date even when the one before
      // reports an event.
      // (Not when the sentence has dates of its own, taken by other events.)
      bool scene = (type == EventType::kIllTreatment || type == EventType::kHealth ||
                    type == EventType::kTransfer) &&
                   !own_date;
      // One date, or one day with coarser ones around it ("Three weeks
      // ago, on 11 March, ...").
      int date = -1;
      bool told = false;  // the sentence before reports an event
      for (size_t m = p.first; m < p.last; ++m) {
        told = told || emitted_at_[m];
        if (emitted_at_[m] && !scene) {
          // A verb telling what happened next on the same occasion ("The
          // prosecution's appeal was also dismissed."), in a sentence with
          // no date of its own; not a noun referring back ("since his
          // arrest"), which has its date where it was told.
          // ("The judge also ordered his release": a verb heading the noun.)
          bool referring_noun = trigger_noun_at_[k] && !T(k).lower.ends_with("ed");
          if (own_date || referring_noun || !AlsoNear(k)) return "";
          *inherited = true;
          return OccasionDate(si - 1);
        }
        int ti = time_at_[m];
        if (ti < 0 || ti == date || out_.times[ti].type != TimexType::kDate) continue;
        const std::string& v = out_.times[ti].value;
        if (!std::isdigit(static_cast<unsigned char>(v[0]))) continue;
        if (date < 0 || v.size() > out_.times[date].value.size()) {
          if (date >= 0 && !Coarser(out_.times[date].value, v)) return "";
          date = ti;
        } else if (!Coarser(v, out_.times[date].value)) {
          return "";
        }
      }
      if (date < 0) return "";
      best = date;
      // (Weak when the events before had it, or when this sentence's own
      // dates went to other events.)
      *inherited = told || own_date;
    }
    std::string v = out_.times[best].value;
    // A week ("last week", 2024-W18) is dated by the month of its Thursday.
    auto digit = [&](size_t i) { return std::isdigit(static_cast<unsigned char>(v[i])) != 0; };
    if (v.size() >= 8 && v[4] == '-' && v[5] == 'W' && digit(6) && digit(7)) {
      v = WeekMonth(std::stoi(v.substr(0, 4)), std::stoi(v.substr(6, 2)));
    }
    // Keep YYYY, YYYY-MM or YYYY-MM-DD.
    if (v.size() >= 10 && v[4] == '-' && v[7] == '-') return v.substr(0, 10);
    if (v.size() >= 7 && v[4] == '-' && std::isdigit(static_cast<unsigned char>(v[5]))) return v.substr(0, 7);
    if (v.size() >= 4) return v.substr(0, 4);
    return "";
  }

  // "YYYY-MM" of the Thursday of ISO week `week` of `year`.
  static std::string WeekMonth(int year, int week) {
    int64_t jan4 = DaysFromCivil(year, 1, 4);  // 4 January is in week 1
    int64_t weekday = ((jan4 % 7) + 7 + 3) % 7;  // 0 = Monday (day 0 was a Thursday)
    int y = 0, m = 0, d = 0;
    CivilFromDays(jan4 - weekday + (week - 1) * 7 + 3, &y, &m, &d);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    return buf;
  }

  std::string SentenceTerm(size_t k, std::string* iso) const {
    const auto& s = sents_[sent_of_[k]];
    for (size_t m = k; m + 1 < s.last; ++m) {
      if (T(m).lower == "life"sv && (T(m + 1).lower == "imprisonment"sv || T(m + 1).lower == "sentence"sv)) {
        return "life imprisonment";
      }
    }
    // The term follows the trigger ("sentenced to 11 years"), or comes
    // just before a noun trigger ("a ten-year sentence").
    for (size_t m = k > s.first + 3 ? k - 3 : s.first; m < s.last; ++m) {
      int ti = time_at_[m];
      if (ti >= 0 && out_.times[ti].type == TimexType::kDuration) {
        *iso = out_.times[ti].value;
        return out_.times[ti].text;
      }
    }
    for (size_t m = s.first; m < s.last; ++m) {
      // "his 11-year sentence", "a 7-year term"
      std::string_view l = T(m).lower;
      size_t dash = l.find("-year");
      if (dash != std::string::npos && dash > 0 &&
          l.find_first_not_of("0123456789") == dash) {
        std::string n(l.substr(0, dash));
        *iso = "P" + n + "Y";
        return n + " years";
      }
    }
    for (size_t m = s.first; m + 1 < s.last; ++m) {
      if (T(m).lower == "life"sv && (T(m + 1).lower == "imprisonment"sv || T(m + 1).lower == "sentence"sv)) {
        return "life imprisonment";
      }
    }
    return "";
  }

  // The country where an event happened: one named in its sentence, else
  // the country the document is mostly about (most mentioned).
  std::string CountryFor(size_t k) {
    const auto& s = sents_[sent_of_[k]];
    for (const auto& m : out_.mentions) {
      if (!m.country.empty() && m.start >= T(s.first).start && m.end <= T(s.last - 1).end) {
        return m.country;
      }
    }
    if (!main_country_computed_) {
      std::map<std::string, int> counts;
      for (const auto& m : out_.mentions) {
        if (m.country.empty()) continue;
        bool signatory = false;
        for (const auto& [b, e] : signatory_countries_) signatory = signatory || (m.start >= b && m.end <= e);
        if (!signatory) ++counts[m.country];
      }
      int best = 0;
      for (const auto& [code, n] : counts) {
        if (n > best) {
          best = n;
          main_country_ = code;
        }
      }
      main_country_computed_ = true;
    }
    return main_country_;
  }

  std::string PlaceFor(size_t k) const {
    const auto& s = sents_[sent_of_[k]];
    for (const auto& m : out_.mentions) {
      if (m.type == MentionType::kFacility && m.start >= T(s.first).start &&
          m.end <= T(s.last - 1).end) {
        return m.text;
      }
    }
    return "";
  }

  // Facility phrases in lower case: "a strict-regime colony", "temporary
  // detention facility SIZO-1", "a prison hospital".
  void MarkLowercaseFacilities() {
    for (size_t k = 0; k < toks_.size(); ++k) {
      if (!T(k).word || mention_type_at_[k] >= 0) continue;
      // Every phrase tried below starts with this word.
      if (!lex_.facility_first_words.count(T(k).lower)) continue;
      // One-word heads count only with a regime: "a strict-regime colony".
      bool regime = k > 0 && T(k - 1).word && T(k - 1).lower.find("regime") != std::string::npos;
      for (size_t n = std::min<size_t>(lex_.max_facility_words, toks_.size() - k);
           n >= (regime ? 1 : 2); --n) {
        std::string phrase;
        bool ok = true;
        for (size_t m = k; m < k + n; ++m) {
          ok = ok && T(m).word && mention_type_at_[m] < 0 && InSentence(k, m);
          if (!phrase.empty()) phrase.push_back(' ');
          phrase += T(m).lower;
        }
        if (!ok || !lex_.facility_heads.count(phrase)) continue;
        uint32_t a = static_cast<uint32_t>(k);
        // A regime modifier before it: "strict-regime colony".
        if (a > 0 && T(a - 1).word && T(a - 1).lower.find("regime") != std::string::npos) --a;
        uint32_t b = static_cast<uint32_t>(k + n);
        // A name after it: "facility SIZO-1".
        if (b < toks_.size() && T(b).word && T(b).cap && mention_type_at_[b] < 0 &&
            InSentence(k, b)) {
          ++b;
        }
        AddMention(MentionType::kFacility, a, ExtendNumber(b));
        k = b;
        break;
      }
    }
  }

  // Trigger words and phrases of events, longest match first.
  void FindTriggers() {
    const auto& triggers = lex_.triggers;
    std::vector<bool> used(toks_.size(), false);
    auto& matches = matches_;
    std::vector<size_t> candidates;
    trigger_at_.assign(toks_.size(), false);
    trigger_noun_at_.assign(toks_.size(), false);
    release_trigger_at_.assign(toks_.size(), false);
    call_trigger_at_.assign(toks_.size(), false);
    emitted_at_.assign(toks_.size(), false);
    MarkLowercaseFacilities();
    for (size_t k = 0; k < toks_.size(); ++k) {
      if (used[k] || !T(k).word) continue;
      if (mention_type_at_[k] == static_cast<int>(MentionType::kFacility) ||
          mention_type_at_[k] == static_cast<int>(MentionType::kOrganization)) {
        continue;
      }
      // Candidates: triggers starting with this word, then prefix triggers,
      // each list longest first; the longest match wins.
      candidates.clear();
      auto it = lex_.triggers_by_first_word.find(StripPossessive(T(k).lower));
      if (it != lex_.triggers_by_first_word.end()) {
        candidates.assign(it->second.begin(), it->second.end());
      }
      auto add_prefixed = [&](const std::vector<size_t>& list) {
        for (size_t i : list) {
          const std::string& w = triggers[i].words.front();
          if (std::string_view(T(k).lower).starts_with(std::string_view(w).substr(0, w.size() - 1))) {
            candidates.push_back(i);
          }
        }
      };
      if (T(k).lower.size() >= 2) {
        auto pit = lex_.prefix_triggers_by_start.find(Lexicon::PrefixKey(T(k).lower));
        if (pit != lex_.prefix_triggers_by_start.end()) add_prefixed(pit->second);
      }
      add_prefixed(lex_.short_prefix_triggers);
      if (candidates.empty()) continue;
      std::sort(candidates.begin(), candidates.end());  // triggers are longest first
      for (size_t ci : candidates) {
        const Trigger& t = triggers[ci];
        size_t end, gap_a, gap_b;
        if (!MatchTrigger(k, t, &end, &gap_a, &gap_b)) continue;
        // Nouns used as modifiers ("pre-trial") or in fixed phrases.
        if (t.type == EventType::kTrial && k > 0 &&
            (T(k - 1).lower == "fair"sv || T(k - 1).lower == "unfair"sv)) {
          break;
        }
        for (size_t m = k; m < end; ++m) used[m] = true;
        matches.push_back({k, end, &t, gap_a, gap_b});
        trigger_at_[k] = true;
        trigger_noun_at_[k] = t.kind == TriggerKind::kNoun;
        release_trigger_at_[k] = t.type == EventType::kRelease;
        call_trigger_at_[k] = t.type == EventType::kCall;
        break;
      }
    }
  }

  // "The Supreme Court has upheld the death sentence imposed on X. The
  // ruling was issued on Sunday.": a definite noun opening the next
  // sentence of the paragraph names the event told before and gives its
  // date, when that sentence tells nothing else with a date.
  void DatesToldAfter() {
    struct Anaphor {
      std::string_view word;
      EventType type;
    };
    static const Anaphor kAnaphors[] = {
        {"ruling", EventType::kRuling},
        {"decision", EventType::kRuling},
        {"judgment", EventType::kRuling},
        {"judgement", EventType::kRuling},
        {"verdict", EventType::kSentence},
        {"arrest", EventType::kArrest},
        {"detention", EventType::kArrest},
        {"raid", EventType::kArrest},
        {"hearing", EventType::kTrial},
        {"transfer", EventType::kTransfer},
        {"release", EventType::kRelease},
        {"решение", EventType::kRuling},
        {"приговор", EventType::kSentence},
        {"задержание", EventType::kArrest},
        {"заседание", EventType::kTrial}};
    for (uint32_t si = 1; si < sents_.size(); ++si) {
      const auto& s = sents_[si];
      if (ParagraphStart(si) || s.last < s.first + 3) continue;
      size_t n = s.first;
      std::string_view det = T(n).lower;
      if (det == "the"sv || det == "this"sv || det == "that"sv) ++n;
      else if (!IsCyrillicWord(T(n).text)) continue;
      const Anaphor* anaphor = nullptr;
      for (const auto& a : kAnaphors) {
        if (T(n).lower == a.word) anaphor = &a;
      }
      if (!anaphor) continue;
      // One date in the sentence, and no event or person of its own.
      int date = -1;
      bool other = false;
      for (size_t m = s.first; m < s.last && !other; ++m) {
        other = emitted_at_[m] || person_at_[m] >= 0;
        int ti = time_at_[m];
        if (ti < 0 || ti == date || out_.times[ti].type != TimexType::kDate) continue;
        if (!std::isdigit(static_cast<unsigned char>(out_.times[ti].value[0]))) continue;
        other = date >= 0;
        date = ti;
      }
      if (other || date < 0) continue;
      // Not a noun an event verb governs there ("upheld the death
      // sentence imposed on X. The ruling ...").
      std::string value = out_.times[date].value.substr(0, 10);
      for (size_t ei = 0; ei < events_.size(); ++ei) {
        auto& [e, ek] = events_[ei];
        if (sent_of_[ek] != si - 1 || e.type != anaphor->type || IsGovernedNoun(ek) ||
            (!e.date.empty() && !date_inherited_[ei])) {
          continue;
        }
        e.date = value;
        date_inherited_[ei] = false;
      }
    }
  }

  // Lists of terms after a verdict: "- Nurlan Asanbek uulu: seven years'
  // imprisonment;", "Денис Рябов, 31 год, — 9 лет колонии общего режима".
  // Each line sentences its person, on the date of the verdict told before.
  void FindTermLines() {
    static const WordSet kPenal = {
        "imprisonment", "prison", "jail", "colony", "suspended", "penal", "detention", "probation",
        "колонии", "колонию", "лишения", "тюрьме", "тюрьмы", "заключения", "свободы"};
    for (uint32_t si = 0; si < sents_.size(); ++si) {
      const auto& s = sents_[si];
      uint32_t k = s.first;
      while (k < s.last && k < s.first + 3 && person_at_[k] < 0 && !T(k).cap) ++k;
      if (k >= s.last || person_at_[k] < 0 || IsSignatory(person_at_[k])) continue;
      int p = person_at_[k];
      uint32_t m = k;
      while (m < s.last && person_at_[m] == p) ++m;
      // ", 26 лет," or ", 52," between the name and the separator.
      uint32_t sep = m;
      while (sep < s.last && sep < m + 6 && T(sep).text != ":" && T(sep).text != "\u2014" &&
             T(sep).text != "\u2013") {
        ++sep;
      }
      if (sep >= s.last || sep >= m + 6) continue;
      int term = -1;
      for (uint32_t q = sep + 1; q < s.last && q < sep + 6 && term < 0; ++q) {
        if (time_at_[q] >= 0 && out_.times[time_at_[q]].type == TimexType::kDuration) term = static_cast<int>(q);
      }
      if (term < 0) continue;
      bool penal = false;
      for (uint32_t q = sep; q < s.last && !penal; ++q) penal = kPenal.count(T(q).lower) > 0;
      if (!penal) continue;
      // The line's own term, not an age before it ("Денис Рябов, 31 год, —
      // 9 лет колонии"), and the date of the verdict told before.
      const TimeExpr& term_time = out_.times[time_at_[term]];
      std::string date = VerdictDateBefore(si);
      bool have = false;
      for (size_t ei = 0; ei < events_.size(); ++ei) {
        auto& [e, ek] = events_[ei];
        if (e.person != p || e.type != EventType::kSentence || sent_of_[ek] != si) continue;
        have = true;
        e.detail = term_time.text;
        e.duration = term_time.value;
        SetVerdictDate(ei, date);
      }
      if (have) continue;
      AddEvent(EventType::kSentence, p, static_cast<size_t>(term), static_cast<size_t>(term + 1));
      Event& e = events_.back().first;
      e.detail = term_time.text;
      e.duration = term_time.value;
      SetVerdictDate(events_.size() - 1, date);
    }
    // Other terms told without a date follow the verdict told just before
    // ("... приговорил четырёх фигурантов. ... Галиев получил 16 лет").
    // (Not when the person has a dated sentence already: the undated
    // mention refers back to it.)
    for (size_t ei = 0; ei < events_.size(); ++ei) {
      auto& [e, ek] = events_[ei];
      if (e.type != EventType::kSentence || (!e.date.empty() && !date_inherited_[ei])) continue;
      bool dated = false;
      for (size_t oi = 0; oi < events_.size(); ++oi) {
        const Event& o = events_[oi].first;
        dated = dated || (oi != ei && o.person == e.person && o.type == EventType::kSentence &&
                          !o.date.empty() && !date_inherited_[oi]);
      }
      if (!dated) SetVerdictDate(ei, VerdictDateBefore(sent_of_[ek], 6));
    }
  }

  // Dates sentence event `ei` by the verdict a list of terms follows,
  // unless it has a date of its own.
  void SetVerdictDate(size_t ei, const std::string& date) {
    Event& e = events_[ei].first;
    if (date.empty() || (!e.date.empty() && !date_inherited_[ei])) return;
    e.date = date;
    date_inherited_[ei] = false;
  }

  // The date of the verdict a list of terms follows: that of the latest
  // dated sentence event in the dozen sentences before, or a date told
  // with a word of sentencing there ("The verdict was delivered on 14
  // December 2023.", "в четверг, 20 июня, приговорил четырёх фигурантов").
  std::string VerdictDateBefore(uint32_t si, uint32_t reach = 12) const {
    static const WordSet kVerdict = {
        "verdict", "verdicts", "sentenced", "sentencing", "convicted", "judgment", "judgement",
        "приговор", "приговора", "приговором", "приговорил", "приговорила", "приговорили",
        "осудил", "осудила", "осудили"};
    uint32_t lo = si > reach ? si - reach : 0;
    for (uint32_t q = si; q-- > lo;) {
      for (auto it = events_.rbegin(); it != events_.rend(); ++it) {
        if (it->first.type == EventType::kSentence && sent_of_[it->second] == q &&
            !it->first.date.empty()) {
          return it->first.date;
        }
      }
      const auto& s = sents_[q];
      bool verdict = false;
      for (size_t m = s.first; m < s.last && !verdict; ++m) verdict = kVerdict.count(T(m).lower) > 0;
      if (!verdict) continue;
      for (size_t m = s.first; m < s.last; ++m) {
        int ti = time_at_[m];
        if (ti < 0 || out_.times[ti].type != TimexType::kDate) continue;
        const std::string& v = out_.times[ti].value;
        if (v.size() < 4 || !std::isdigit(static_cast<unsigned char>(v[0]))) continue;
        if (m > s.first && IsEndWord(T(m - 1).lower)) continue;
        return v.size() >= 10 ? v.substr(0, 10) : v;
      }
    }
    return "";
  }

  void EmitEvents() {
    static const bool debug = std::getenv("DOSSIER_DEBUG_EVENTS") != nullptr;
    // A trigger word its context does not make an event ("a trial held in
    // December", not "held in a prison") claims no date from the others.
    event_word_at_.assign(toks_.size(), false);
    for (const auto& m : matches_) {
      gap_a_ = m.gap_a;
      gap_b_ = m.gap_b;
      event_word_at_[m.k] = TriggerApplies(m.k, m.end, *m.t);
    }
    for (const auto& m : matches_) {
      size_t before = events_.size();
      gap_a_ = m.gap_a;
      gap_b_ = m.gap_b;
      EmitEvent(m.k, m.end, *m.t);
      if (debug) {
        std::fprintf(stderr, "trigger %-13s '%s' -> %s %s\n",
                     std::string(EventTypeName(m.t->type)).c_str(),
                     SpanText(static_cast<uint32_t>(m.k), static_cast<uint32_t>(m.end)).c_str(),
                     events_.size() > before ? clusters_[events_.back().first.person].canonical.c_str()
                                             : "(dropped)",
                     events_.size() > before ? events_.back().first.date.c_str() : "");
      }
    }
  }

  // Context a trigger word needs to mean an event: "held in" a place of
  // detention, "extended" a detention, "returned to" prison; not "the
  // accused", "abuse of power", "a fair trial", "trial monitoring".
  // Whether the English participle at k modifies the noun after it: at the
  // head of the sentence or after a determiner, before a demonym, a title
  // or a plural of people ("the detained journalist", "all jailed
  // activists").
  bool AttributiveAt(size_t k, size_t sentence_first) const {
    static const WordSet kDeterminers = {
        "the", "a", "an", "all", "other", "his", "her", "their", "its", "our", "fellow", "many",
        "several", "some", "these", "those", "two", "three", "four", "five", "six", "dozens",
        "of", "currently"};
    if (k + 1 >= toks_.size() || !T(k).lower.ends_with("ed")) return false;
    if (k > sentence_first && !kDeterminers.count(T(k - 1).lower)) return false;
    const Token& n = T(k + 1);
    if (!n.word || person_at_[k + 1] >= 0) return false;
    return IsGroupNoun(n.lower) || lex_.person_titles.count(n.lower) > 0 ||
           (n.cap && !T(k + 1).line_before && mention_type_at_[k + 1] < 0 &&
            !lex_.facility_first_words.count(n.lower) && IsDemonymLike(n.lower));
  }

  // "Karvanian", "Kyrgyz", "Russian": a capitalised word of nationality.
  static bool IsDemonymLike(std::string_view w) {
    return w.ends_with("i") || w.ends_with("an") || w.ends_with("ian") || w.ends_with("ese") ||
           w.ends_with("ish") || w.ends_with("yz") || w.ends_with("ek") || w.ends_with("ch");
  }

  // The end of "of A, B and C[, three members of the union,]" after a noun
  // trigger ending at `end`; `end` when no list of persons follows.
  size_t OfListEnd(size_t end) const {
    const auto& s = sents_[sent_of_[end > 0 ? end - 1 : 0]];
    if (end + 1 >= s.last || T(end).lower != "of"sv || person_at_[end + 1] < 0) return end;
    size_t m = end + 1;
    while (m < s.last && (person_at_[m] >= 0 || T(m).text == "," || T(m).lower == "and"sv)) ++m;
    if (T(m - 1).text == ",") {
      size_t c = m;
      while (c < s.last && c < m + 8 && T(c).text != "," && !trigger_at_[c]) ++c;
      if (c < s.last && T(c).text == ",") m = c + 1;
    }
    return m;
  }

  bool TriggerApplies(size_t k, size_t end, const Trigger& t) const {
    const auto& s = sents_[sent_of_[k]];
    const std::string& w0 = t.words.front();
    auto near_after = [&](size_t span, auto&& pred) {
      for (size_t m = end; m < s.last && m < end + span; ++m) {
        if (pred(m)) return true;
      }
      return false;
    };
    auto around = [&](size_t span, auto&& pred) {
      for (size_t m = k > s.first + span ? k - span : s.first; m < s.last && m < end + span; ++m) {
        if (pred(m)) return true;
      }
      return false;
    };
    auto detention_word = [&](size_t m) {
      static const WordSet kWords = {
          "custody", "detention", "prison", "jail", "colony", "cell", "incommunicado",
          "arrest", "camp", "стражей", "стражу", "ареста", "арест", "сизо", "колонии",
          "меры", "мера", "меру", "срок"};
      return kWords.count(T(m).lower) > 0 ||
             mention_type_at_[m] == static_cast<int>(MentionType::kFacility);
    };
    const std::string_view prev = k > s.first ? std::string_view(T(k - 1).lower) : "";
    const std::string_view next = end < s.last ? std::string_view(T(end).lower) : "";
    // ("held for three weeks in a camp": a term between.)
    if (t.type == EventType::kArrest && (w0 == "held" || w0 == "kept")) {
      return near_after(9, detention_word);
    }
    // "отправил Асанбек уулу и Токтогонова в СИЗО", "поместили его в ИВС".
    if (t.words.size() == 1 && (w0 == "отправил~" || w0 == "поместил~" || w0 == "водворил~" ||
                                w0 == "отправлен~" || w0 == "помещ~" || w0 == "водворен~" ||
                                w0 == "водворён~")) {
      return near_after(9, detention_word);
    }
    if (w0 == "extended" || w0 == "prolonged" || w0 == "продлил~" || w0 == "продлен~" ||
        w0 == "продлён~") {
      return t.words.size() > 1 || around(6, detention_word);
    }
    // A move within one prison is no transfer: "moved to a different cell".
    if (t.type == EventType::kTransfer &&
        near_after(4, [&](size_t m) {
          std::string_view l = T(m).lower;
          return l == "cell" || l == "ward" || l == "block" || l == "barrack" || l == "камеру" ||
                 l == "камера" || l == "отряд";
        }) &&
        !near_after(8, [&](size_t m) {
          return mention_type_at_[m] == static_cast<int>(MentionType::kFacility);
        })) {
      return false;
    }
    if (t.type == EventType::kTransfer && (w0 == "returned" || w0 == "sent" || w0 == "moved") &&
        t.words.size() == 2) {
      return near_after(5, detention_word);
    }
    if (w0 == "accused" && (prev == "the" || prev == "co")) return false;
    // "оправдание терроризма" (justifying terrorism) is a charge's name,
    // not an acquittal.
    if (w0.starts_with("оправда") &&
        (next.starts_with("терроризм") || next.starts_with("экстремизм") ||
         next.starts_with("нацизм") || next.starts_with("насили"))) {
      return false;
    }
    // "применение насилия в отношении представителя власти" (using
    // violence against an official), "use of violence against police": the
    // offence charged.
    if (t.type == EventType::kIllTreatment && k > s.first &&
        (T(k - 1).lower.starts_with("применени") || T(k - 1).lower == "применить"sv)) {
      return false;
    }
    // Forced out of a place or a job is no abuse in custody: "forced to
    // leave the country", "forced to close his shop", "forced into
    // exile".
    if (w0 == "forced" && t.words.size() == 1) {
      static const WordSet kNotAbuse = {
          "leave", "flee", "resign", "delete", "close", "stop", "shut", "emigrate", "move",
          "sell", "abandon", "quit", "give", "cancel", "suspend", "relocate", "withdraw",
          "exile", "retire", "remove", "take", "end", "halt", "postpone", "pay", "hide"};
      for (size_t m = end; m < s.last && m < end + 5; ++m) {
        std::string_view l = T(m).lower;
        if ((l == "to" || l == "into" || l == "out") && m + 1 < s.last &&
            kNotAbuse.count(T(m + 1).lower)) {
          return false;
        }
        if (l == "," || l == ";") break;
      }
    }
    // Wounds of a beating told with it are the beating's: "had a
    // concussion after the police beat him".
    if (t.type == EventType::kHealth) {
      static const WordSet kWounds = {"concussion", "fractured", "broken", "stitches",
                                      "сотрясени~", "перелом~"};
      if (kWounds.count(w0)) {
        for (const auto& mt : matches_) {
          if (mt.t->type == EventType::kIllTreatment && sent_of_[mt.k] == sent_of_[k]) {
            return false;
          }
        }
      }
    }
    // "changed the measure of restraint to house arrest": the court's
    // ruling, not a new arrest.
    if (t.type == EventType::kArrest && t.kind == TriggerKind::kNoun && k > s.first &&
        T(k - 1).lower == "house"sv) {
      for (size_t m = s.first; m + 2 < k; ++m) {
        if (T(m).lower == "measure"sv && T(m + 1).lower == "of"sv &&
            T(m + 2).lower == "restraint"sv) {
          return false;
        }
      }
    }
    // A norm, not a happening: "the prohibition of enforced disappearance
    // and torture", "the right to be free from torture", "запрет пыток".
    if (t.kind == TriggerKind::kNoun &&
        (t.type == EventType::kIllTreatment || t.type == EventType::kDisappearance)) {
      // (Or a likeness: "the waiting is a form of torture".)
      static const WordSet kNorms = {"prohibition", "prohibitions", "ban", "freedom", "free",
                                     "prevention", "protection", "form",
                                     "запрет", "запрета", "запрещение", "недопустимость",
                                     "предотвращение", "форма", "формой"};
      for (size_t m = k; m > s.first && m + 6 > k; --m) {
        if (kNorms.count(T(m - 1).lower)) return false;
        if (T(m - 1).text == "," || T(m - 1).text == ";" || T(m - 1).text == ".") break;
      }
    }
    // A body or a treaty named after it: "the Committee against Torture",
    // "the Convention against Torture", "Special Rapporteur on torture",
    // "Комитет против пыток".
    if (t.type == EventType::kIllTreatment && t.kind == TriggerKind::kNoun) {
      static const WordSet kBodies = {
          "committee", "convention", "rapporteur", "subcommittee", "prevention", "centre",
          "center", "coalition", "network", "day", "комитет", "комитета", "комитетом",
          "комитету", "конвенция", "конвенции", "конвенцию", "центр", "центра"};
      for (size_t m = k; m > s.first && m + 5 > k; --m) {
        if (T(m - 1).cap && kBodies.count(T(m - 1).lower)) return false;
        if (T(m - 1).text == "," || T(m - 1).text == ".") break;
      }
    }
    // "she tried to call him": an attempt, not a trial.
    if (w0 == "tried" && t.words.size() == 1 && next == "to") return false;
    // "Jailed Karvanian editor ...", "free all detained bloggers": a
    // participle before its noun describes a state.
    if ((t.type == EventType::kArrest || t.type == EventType::kSentence) &&
        t.words.size() == 1 && t.kind == TriggerKind::kVerb && AttributiveAt(k, s.first)) {
      return false;
    }
    // "Супруга осуждённого", "адвокат задержанного": a participle standing
    // for a person named elsewhere, after a relation; not an event here.
    if (k > s.first && IsCyrillicWord(T(k).text)) {
      auto it = lex_.person_titles.find(prev);
      if (it != lex_.person_titles.end() && (it->second == "relative" || it->second == "lawyer")) {
        return false;
      }
    }
    // "Обвинение задержанным предъявили", "задержанных доставили": a
    // plural full participle stands for the people, not for a happening,
    // unless it follows their names with its date ("Х и Y, задержанных 5
    // мая").
    if (IsCyrillicWord(T(k).text) && t.kind != TriggerKind::kNoun) {
      std::string_view l = T(k).lower;
      if (l.ends_with("нным") || l.ends_with("нных") || l.ends_with("нными") || l.ends_with("нные")) {
        bool dated = end < s.last && (time_at_[end] >= 0 ||
                                      (end + 1 < s.last && time_at_[end + 1] >= 0 &&
                                       (T(end).lower == "в"sv || T(end).lower == "во"sv)));
        if (!dated && (k == s.first || T(k - 1).text != ",")) return false;
      }
    }
    // "after more than four years in prison", "spent ten years in prison":
    // time served, not a sentence.
    if (t.type == EventType::kSentence && t.kind == TriggerKind::kNoun && w0 == "years") {
      for (size_t m = k > s.first + 5 ? k - 5 : s.first; m < k; ++m) {
        std::string_view l = T(m).lower;
        if (l == "after" || l == "spent" || l == "served" || l == "spending" || l == "for") return false;
      }
    }
    // Illnesses belong to someone: "he had developed tuberculosis", "у неё
    // диагностировали пневмонию", not "the Covid-19 pandemic".
    if (t.type == EventType::kHealth && t.kind == TriggerKind::kNoun && IsIllnessWord(w0)) {
      static const WordSet kHaving = {
          "has", "had", "have", "having", "developed", "contracted", "suffered", "suffers",
          "suffering", "diagnosed", "with", "from", "of", "his", "her", "needed", "needs",
          "denied", "untreated", "заболела", "заболел", "диагностировали", "обострился",
          "обострилась", "была", "был", "есть", "него", "неё", "нее", "страдает"};
      bool having = false;
      for (size_t m = k > s.first + 6 ? k - 6 : s.first; m < k && !having; ++m) {
        having = kHaving.count(T(m).lower) > 0;
      }
      if (!having) return false;
    }
    // "hit", "attacked" only of a person: "was hit in the leg", "attacked by
    // masked men" (not "the crisis hit the region").
    if ((w0 == "hit" || w0 == "attacked") && !(prev == "was" || prev == "were" || prev == "been" ||
                                                prev == "and")) {
      return false;
    }
    // "received three years and nine months", "получил 16 лет", "later
    // given 11 years": a term right after.
    if (t.type == EventType::kSentence && t.words.size() == 1 &&
        (w0 == "received" || w0 == "given" || w0 == "got" || w0 == "получил~" ||
         w0 == "получила" || w0 == "получили" || w0 == "назначил~")) {
      static const WordSet kPenal = {"prison", "imprisonment", "jail", "years", "colony",
                                     "sentence", "term", "suspended", "detention", "лет",
                                     "года", "колонии", "лишения", "заключения", "тюрьме"};
      return near_after(4, [&](size_t m) {
               return time_at_[m] >= 0 && out_.times[time_at_[m]].type == TimexType::kDuration;
             }) &&
             near_after(9, [&](size_t m) { return kPenal.count(T(m).lower) > 0; });
    }
    // "a section reserved for convicts", "other convicts": the noun.
    if (w0 == "convicts" && (prev == "for" || prev == "the" || prev == "of" || prev == "other" ||
                             prev == "with" || prev == "among" || prev == "fellow" ||
                             prev == "to" || prev == "and" || prev == "by")) {
      return false;
    }
    // "the detention term was extended": the time held before a verdict.
    if (t.type == EventType::kSentence && w0 == "term" &&
        (prev == "detention" || prev == "custody" || prev == "pre-trial" || prev == "pretrial" ||
         prev == "remand" || prev == "arrest")) {
      return false;
    }
    if (w0 == "abuse" && next == "of") return false;
    // "the death penalty", "upheld the death sentence", "death threats",
    // "к смертной казни": a punishment or a threat, nobody's death.
    if (t.type == EventType::kDeath && t.words.size() == 1 &&
        ((w0 == "death" && (next == "penalty" || next == "sentence" || next == "sentences" ||
                            next == "row" || next == "threat" || next == "threats" ||
                            next == "warrant")) ||
         (w0.starts_with("казн") && prev.starts_with("смертн")))) {
      return false;
    }
    // "the release, on 9 June, of X", "her release on bail on 21 June":
    // the noun tells a release when it has a date of its own; "pending his
    // release", "the immediate release of X" ask for one.
    if (t.type == EventType::kRelease && t.kind == TriggerKind::kNoun && w0 == "release" &&
        t.words.size() == 1) {
      if (prev == "immediate" || prev == "unconditional" || prev == "pending" ||
          prev == "early" || Demanded(k, true)) {
        return false;
      }
      return near_after(8, [&](size_t m) {
        return time_at_[m] >= 0 && out_.times[time_at_[m]].type == TimexType::kDate;
      });
    }
    if (t.type == EventType::kTrial && t.kind == TriggerKind::kNoun) {
      static const WordSet kNotHeld = {"fair", "unfair", "pre", "pending", "awaiting", "await",
                                       "before", "without", "new", "public"};
      static const WordSet kNotTrial = {"monitoring", "monitor", "monitors", "observers",
                                        "observation", "chamber", "judge", "court", "date"};
      if (kNotHeld.count(prev) || kNotTrial.count(next)) return false;
      // A bare "trial" or "hearing" is an event when the text says it took
      // place: a date, or a verb of holding near it.
      // A hearing on custody is no trial: "at a short hearing the court
      // extended his detention".
      if (t.words.size() == 1 && (w0 == "hearing" || w0 == "hearings" || w0 == "заседани~")) {
        for (size_t m = s.first; m < s.last; ++m) {
          std::string_view l = T(m).lower;
          if (l == "extended" || l == "prolonged" || l.starts_with("продлил") ||
              l.starts_with("продлен") || l.starts_with("продлён")) {
            return false;
          }
        }
      }
      if (t.words.size() == 1 && (w0 == "trial" || w0 == "hearing" || w0 == "hearings")) {
        static const WordSet kHeld = {
            "opened", "began", "started", "held", "lasted", "continued", "resumed", "took",
            "closed", "absentia", "concluded", "ended", "adjourned", "heard"};
        auto held_at = [&](size_t m) {
          return kHeld.count(T(m).lower) > 0 ||
                 (time_at_[m] >= 0 && out_.times[time_at_[m]].type == TimexType::kDate);
        };
        bool held = around(6, held_at);
        // "The trial of A, B and C opened": the verb after the list.
        if (size_t m = OfListEnd(end); !held && m > end) {
          for (size_t q = m; q < s.last && q < m + 4 && !held; ++q) held = held_at(q);
        }
        if (!held) return false;
      }
      if ((w0 == "процесс" && t.words.size() == 1) || w0 == "заседани~") {
        return HasDecidingBody(s) || around(4, [&](size_t m) { return T(m).lower.starts_with("судебн"); });
      }
    }
    // "released from SIZO and placed under house arrest": a release.
    if (t.type == EventType::kArrest &&
        std::any_of(t.words.begin(), t.words.end(), [](const std::string& w) {
          return w == "house" || w.starts_with("домашн");
        })) {
      for (size_t m = s.first; m < k; ++m) {
        if (trigger_at_[m] && release_trigger_at_[m]) return false;
      }
    }
    return true;
  }

  static bool IsIllnessWord(std::string_view w) {
    static const WordSet kIllness = {
        "tuberculosis", "diabetes", "cancer", "pneumonia", "hypertension", "concussion",
        "fractured", "asthma", "epilepsy", "stitches", "insulin", "inhaler", "stroke",
        "kidney failure", "пневмони~", "онкологи~", "туберкулез~", "туберкулёз~", "диабет~",
        "инсулин~", "заболевани~", "сотрясени~", "перелом~"};
    return kIllness.count(w) > 0;
  }

  void EmitEvent(size_t k, size_t end, const Trigger& t) {
    if (t.type != EventType::kCall && Hypothetical(k, end, t.type)) return;
    if (!TriggerApplies(k, end, t)) return;
    const auto& sent = sents_[sent_of_[k]];
    // A ruling needs a deciding body: a court, a committee, a judge.
    // (An extension of detention is a court's decision whoever is named.)
    const std::string& w0 = t.words.front();
    bool extension = w0 == "extended" || w0 == "prolonged" || w0.starts_with("продл") ||
                     w0 == "detention" || w0 == "extension";
    if (t.type == EventType::kRuling && !extension && !HasDecidingBody(sent)) return;
    if (t.type == EventType::kHealth && t.kind == TriggerKind::kNoun && k > sent.first &&
        (T(k - 1).lower == "for"sv || (k > sent.first + 1 && T(k - 2).lower == "for"sv))) {
      return;
    }
    if (t.type == EventType::kArrest && t.kind == TriggerKind::kNoun && k > sent.first) {
      std::string_view l = T(k - 1).lower;
      if (l == "in" || l == "during" || l == "from" || l == "into" || l == "pre-trial" ||
          l == "pretrial" || l == "under" || l == "of" || l == "срок" || l == "срока" ||
          l == "из-под" || l.starts_with("продл")) {
        return;
      }
      // "ten days' administrative arrest": the term of a sentence.
      for (size_t m = k; m > sent.first && m + 4 > k; --m) {
        int ti = time_at_[m - 1];
        if (ti >= 0 && out_.times[ti].type == TimexType::kDuration) return;
      }
    }
    // "all allegations of torture", "many reports of ill-treatment in
    // police custody", "the practice of incommunicado detention": events
    // in general, nobody's in particular unless a possessor says whose
    // ("his allegations of torture").
    if (t.type != EventType::kCall && t.kind == TriggerKind::kNoun && GeneralNoun(k)) {
      return;
    }
    // A sentence named by a noun ("his 11-year sentence") needs its term.
    if (t.type == EventType::kSentence && t.kind == TriggerKind::kNoun) {
      std::string iso;
      if (SentenceTerm(k, &iso).empty()) return;
    }
    // What a demand asks for did not happen; what it is about did ("we
    // demand an investigation of the torture of X").
    const bool demandable = t.type == EventType::kRelease || t.type == EventType::kTransfer ||
                            t.type == EventType::kTrial || t.type == EventType::kCharge ||
                            t.type == EventType::kArrest || t.type == EventType::kSentence;
    // ("guarantee X adequate medical care": care asked for, not told.)
    if (t.type != EventType::kCall &&
        ((demandable && Demanded(k, t.type == EventType::kRelease || t.type == EventType::kTransfer)) ||
         ((demandable || t.type == EventType::kHealth) && ImperativeSentence(k)) ||
         (t.type == EventType::kHealth && Demanded(k, false, /*care=*/true)) ||
         IsRussianInfinitive(T(k).lower))) {
      return;
    }
    // "the court refused his release on bail", "суд отказал в освобождении":
    // a ruling that refuses, not a release.
    if (t.type == EventType::kRelease) {
      const auto& s0 = sents_[sent_of_[k]];
      for (size_t m = k; m > s0.first && m + 6 > k; --m) {
        std::string_view l = T(m - 1).lower;
        // ("refused the request and she was released": another clause.)
        if (l == "and" || l == "but" || l == ";" || l == "и" || l == "а" || l == "но") break;
        if (l == "refused" || l == "denied" || l == "rejected" || l == "refuses" ||
            l == "отказал" || l == "отказала" || l == "отклонил" || l == "отказано") {
          if (!HasDecidingBody(s0)) return;
          int p = PersonFor(k, end, t);
          if (p < 0) return;
          for (int q : Members(p)) {
            AddEvent(EventType::kRuling, q, k, end);
            events_.back().first.detail = "release refused";
          }
          return;
        }
      }
    }
    const auto& s = sents_[sent_of_[k]];
    if (t.kind == TriggerKind::kList) {
      // "Victims of torture A, B, C": every person listed after it.
      for (size_t m = end; m < s.last; ++m) {
        int p = person_at_[m];
        if (p >= 0 && (m == end || person_at_[m - 1] != p)) AddEvent(t.type, p, k, end);
      }
      return;
    }
    if (t.type == EventType::kCall) {
      int p = -1;
      for (size_t m = end; m < s.last && p < 0; ++m) {
        if (person_at_[m] >= 0 && !IsSignatory(person_at_[m])) p = person_at_[m];
        bool poss;
        if (p < 0 && T(m).word && IsPronoun(T(m).lower, &poss)) p = PronounReferent(m);
      }
      if (p < 0) return;
      // A treaty body or court "calls on" a government: that is its ruling.
      std::string caller = CallerBefore(k);
      bool body = ContainsIgnoreCase(caller, "committee") || ContainsIgnoreCase(caller, "court") ||
                  ContainsIgnoreCase(caller, "working group") || ContainsIgnoreCase(caller, "tribunal");
      AddEvent(body ? EventType::kRuling : t.type, p, k, end);
      if (!caller.empty()) events_.back().first.organization = caller;
      if (body) events_.back().first.detail = "called for release";
      return;
    }
    // A noun governed by an event verb ("upheld the life sentence") is
    // about the verb's person.
    if (IsGovernedNoun(k) && !events_.empty() && events_.back().second < k &&
        sent_of_[events_.back().second] == sent_of_[k]) {
      for (int q : last_persons_) AddEvent(t.type, q, k, end);
      return;
    }
    int p = -1;
    // "placed him in pre-trial detention": the person in the gap.
    for (size_t m = gap_a_; m < gap_b_ && p < 0; ++m) p = ReferentAt(m, true);
    if (p < 0) p = PersonFor(k, end, t);
    // "Aigul Saparova / Arrested on 3 May 2004": a participle opening a
    // line of a profile is about the person the text is on.
    if (p < 0 && k == sent.first && T(k).cap && t.kind != TriggerKind::kNoun) {
      p = PronounReferent(k);
    }
    // In a chronology the subject goes without saying: "March 2023 - Goes on
    // hunger strike for eleven days".
    if (p < 0 && ChronologyDate(k) >= 0 && T(sent.first).cap && !trigger_noun_at_[k]) {
      // (The words after the heading date and its dash.)
      size_t from = sent.first;
      while (from < k && (time_at_[from] >= 0 || !T(from).word)) ++from;
      bool subject_named = false;
      for (size_t m = from; m < k && !subject_named; ++m) subject_named = T(m).cap && m > from;
      if (!subject_named) p = PronounReferent(k);
    }
    // "Prosecutors brought new charges of tax evasion": charges
    // brought without a name are against the person the text follows.
    if (p < 0 && t.type == EventType::kCharge && trigger_noun_at_[k]) {
      static const WordSet kBrought = {"brought", "filed", "pressed", "laid", "added", "levelled",
                                       "leveled"};
      bool brought = false;
      for (size_t m = k; m > sent.first && m + 4 > k && !brought; --m) {
        brought = kBrought.count(T(m - 1).lower) > 0;
      }
      if (brought) p = FocusPerson(k);
    }
    // A court ruling on "the conviction" is about the case the document follows.
    // A ruling on "the conviction", "the trial was held behind closed doors":
    // about the person the discourse is following.
    if (p < 0 && (t.type == EventType::kRuling || t.type == EventType::kTrial)) {
      // "Her pre-trial detention has been extended", "X's sentence was
      // upheld": the owner before the trigger in its sentence (not a lawyer
      // who appealed), else the person the discourse follows.
      for (size_t m = k; m > sent.first && p < 0; --m) {
        bool poss = false;
        int q = ReferentAt(m - 1, true);
        std::string_view w = T(m - 1).text;
        bool owner = person_at_[m - 1] >= 0 ? (w.ends_with("'s") || w.ends_with("\u2019s"))
                                             : IsPronoun(T(m - 1).lower, &poss) && poss;
        if (q >= 0 && owner) p = q;
      }
      // (Not in a headline standing alone: "Supreme Court upholds death
      // sentence in provincial case" tells of someone it does not name.)
      bool headline = T(sent.first).line_before && IsHeadingLine(sent.first) &&
                      (sent.last >= toks_.size() || T(sent.last).line_before);
      // (Nor when a common noun is the subject: "those jailed after the
      // riots were tried fairly".)
      if (p < 0 && !headline && !common_subject_) {
        p = PronounReferent(k);
        // "The trial began in the autumn" in a story of co-defendants: their
        // joint trial.
        if (p >= 0 && t.type == EventType::kTrial) p = GroupOf(p, sent_of_[k]);
      }
    }
    if (p < 0) return;
    last_persons_ = p >= kGroupBase ? Members(p) : CoordinatedWith(p, s, k);
    // "X was detained on 4 May ..., together with his driver, Y":
    // Y shares the event.
    if (int q = TogetherWith(end, s); q >= 0 && t.type != EventType::kCall &&
        std::find(last_persons_.begin(), last_persons_.end(), q) == last_persons_.end()) {
      last_persons_.push_back(q);
    }
    for (int q : last_persons_) AddEvent(t.type, q, k, end);
  }

  // The person named in "together with (a description,) X" / "along with
  // X" / "вместе с X" in the clause after a trigger ending at `end`; -1 if
  // none.
  int TogetherWith(size_t end, const Sentence& s) const {
    for (size_t m = end; m + 2 < s.last && m < end + 20; ++m) {
      if (T(m).lower == ";"sv || (m > end && trigger_at_[m])) return -1;
      if (!TogetherWithAt(m)) continue;
      for (size_t q = m + 2; q < s.last && q < m + 9; ++q) {
        int c = person_at_[q];
        if (c >= 0 && c < kGroupBase) return IsSignatory(c) || IsNonSubject(c) ? -1 : c;
        if (T(q).text == ";" || T(q).text == "." || trigger_at_[q]) return -1;
      }
      return -1;
    }
    return -1;
  }

  // p and the persons listed with it: "X and Y", "X, Y and Z", "Reporter
  // X, 27, and editor Y, 31,".
  // `at`: the trigger; a list is p's only when no other mention of p
  // stands nearer the trigger ("release A, B and C, and give C care": the
  // care is C's alone).
  std::vector<int> CoordinatedWith(int p, const Sentence& s, size_t at) const {
    auto distance = [at](size_t m) { return m < at ? at - m : m - at; };
    for (uint32_t k = s.first; k < s.last;) {
      uint32_t before = k;
      auto chain = CoordinatedChain(s, &k);
      if (chain.size() >= 2 && std::find(chain.begin(), chain.end(), p) != chain.end()) {
        size_t chain_distance = SIZE_MAX, alone_distance = SIZE_MAX;
        for (size_t m = s.first; m < s.last; ++m) {
          if (person_at_[m] < 0) continue;
          bool inside = m >= before && m < k;
          if (inside) chain_distance = std::min(chain_distance, distance(m));
          if (!inside && person_at_[m] == p) alone_distance = std::min(alone_distance, distance(m));
        }
        if (alone_distance < chain_distance) return {p};
        // p first: the person the trigger found.
        std::stable_partition(chain.begin(), chain.end(), [p](int q) { return q == p; });
        return chain;
      }
      if (k == before) ++k;
    }
    std::vector<int> group = {p};
    const long first = s.first, last = s.last;
    auto person = [&](long q) { return q >= first && q < last ? person_at_[q] : -1; };
    auto is_sep = [&](long q) {
      return q >= first && q < last &&
             (T(q).text == "," || T(q).lower == "and"sv || T(q).lower == "и"sv);
    };
    // A list ends with "and": "A, B and C were detained". Commas alone join
    // no one: "According to lawyer A, B was beaten".
    bool conjoined = false;
    for (long m = first; m < last; ++m) {
      if (person_at_[m] != p) continue;
      for (int dir : {-1, 1}) {
        long q = m;
        while (true) {
          // To the edge of the current mention, then over one separator
          // (", and" counts as one).
          while (person(q + dir) >= 0 && person(q + dir) == person(q)) q += dir;
          long sep = q + dir;
          if (!is_sep(sep)) break;
          long next = sep + dir;
          if (T(sep).text == "," && is_sep(next) && T(next).lower == "and"sv) next += dir;
          int r = person(next);
          if (r < 0 || IsSignatory(r)) break;
          conjoined = conjoined || T(sep).text != "," || next != sep + dir;
          if (std::find(group.begin(), group.end(), r) == group.end()) group.push_back(r);
          q = next;
        }
      }
      break;
    }
    if (!conjoined) return {p};
    return group;
  }

  // The organisation that opens the clause of a call ("The Committee
  // called on ..."), or "".
  std::string CallerBefore(size_t k) const {
    const auto& s = sents_[sent_of_[k]];
    for (const auto& m : out_.mentions) {
      if (m.type == MentionType::kOrganization && m.start >= T(s.first).start &&
          m.end <= T(k).start) {
        return m.text;
      }
    }
    return "";
  }

  bool HasDecidingBody(const Sentence& s) const {
    static const WordSet kBodies = {
        "court", "courts", "judge", "judges", "committee", "tribunal", "appeal", "appeals",
        "cassation", "magistrate", "magistrates", "chamber", "panel", "bench", "group",
        "суд", "суда", "суде", "судом", "судья", "судьи", "судьей", "судьёй", "коллегия",
        "коллегии", "инстанции", "группа", "группы", "комитет"};
    for (size_t m = s.first; m < s.last; ++m) {
      if (kBodies.count(T(m).lower)) return true;
    }
    return false;
  }

  void AddEvent(EventType type, int person, size_t k, size_t end) {
    const auto& s = sents_[sent_of_[k]];
    // An officer or official who is detained is a victim from then on: the
    // events told of them later are theirs too.
    if (type == EventType::kArrest && person >= 0 && person < static_cast<int>(clusters_.size()) &&
        clusters_[person].title_role == "official") {
      clusters_[person].title_role.clear();
    }
    Event e;
    e.type = type;
    e.person = person;
    bool inherited = false;
    e.date = DateFor(k, end, type, &inherited);
    // "X, who was detained with them, ...", "arrested in the same raid":
    // the occasion of the same event told of others just before.
    if (e.date.empty() && type != EventType::kIllTreatment && type != EventType::kHealth &&
        type != EventType::kDeath && SameOccasion(k)) {
      for (size_t i = events_.size(); i > 0; --i) {
        const Event& o = events_[i - 1].first;
        if (o.type == type && o.person != person && !o.date.empty()) {
          e.date = o.date;
          inherited = true;
          break;
        }
      }
    }
    // "released in the courtroom", "взят под стражу в зале суда": on the
    // day of the verdict told before.
    if (e.date.empty() && (type == EventType::kRelease || type == EventType::kArrest)) {
      for (size_t m = s.first; m + 1 < s.last; ++m) {
        if (T(m).lower == "courtroom"sv ||
            (T(m).lower == "зале"sv && T(m + 1).lower == "суда"sv)) {
          e.date = VerdictDateBefore(sent_of_[k]);
          inherited = true;
          break;
        }
      }
    }
    // "freed on bail at the first session": on the day the trial
    // opened, told before.
    if (e.date.empty() && type != EventType::kTrial) {
      for (size_t m = s.first; m + 2 < s.last; ++m) {
        std::string_view a = T(m).lower, b = T(m + 1).lower, c = T(m + 2).lower;
        bool first_session = (a == "the"sv && b == "first"sv &&
                              (c == "session"sv || c == "hearing"sv)) ||
                             (a == "первом"sv && b == "заседании"sv);
        if (!first_session) continue;
        // (The person's own trial first, else the one trial of the story.)
        std::string opened, any;
        for (const auto& [o, ok] : events_) {
          if (o.type != EventType::kTrial || o.date.empty()) continue;
          if (any.empty() || o.date < any) any = o.date;
          if (o.person == person && (opened.empty() || o.date < opened)) opened = o.date;
        }
        if (opened.empty()) opened = any;
        if (!opened.empty()) {
          e.date = opened;
          inherited = true;
        }
        break;
      }
    }
    date_inherited_.push_back(inherited && !e.date.empty());
    during_arrest_.push_back(type != EventType::kArrest && e.date.empty() && DuringArrest(k, type));
    referring_.push_back(trigger_noun_at_[k] && RefersBack(k));
    e.place = PlaceFor(k);
    e.country = CountryFor(k);
    e.quote_start = T(s.first).start;
    e.quote_end = T(s.last - 1).end;
    e.quote = std::string(text_.substr(e.quote_start, e.quote_end - e.quote_start));
    if (type == EventType::kSentence) e.detail = SentenceTerm(k, &e.duration);
    if (type == EventType::kRuling) e.detail = T(k).lower;
    for (size_t m = s.first; m < s.last; ++m) {
      std::string_view l = T(m).lower;
      if (l == "allegedly" || l == "reportedly" || l == "alleged" || l == "allegations" ||
          l == "claimed" || l == "according") {
        e.alleged = true;
      }
    }
    events_.push_back({e, k});
    emitted_at_[k] = true;
    // Told inside a demand ("investigate the alleged beating of X"): a
    // mention of what the text reports elsewhere, or of nothing else.
    bool call = false;
    for (size_t m = s.first; m < s.last && !call; ++m) call = call_trigger_at_[m];
    // (A body's call is its ruling: "the Committee called on ... to release".)
    event_in_demand_.push_back(type != EventType::kRuling &&
                               (call || ImperativeSentence(k) || Demanded(k, false, true)));
  }

  // ---- figures ------------------------------------------------------------
  void FindFigures() {
    static const WordSet kCounted = {
        "people", "persons", "protesters", "protestors", "demonstrators", "civilians",
        "prisoners", "detainees", "activists", "journalists", "defenders", "students",
        "victims", "political", "arrested", "detained", "killed", "dead", "individuals",
        "человек", "задержанных", "политзаключенных", "погибших"};
    for (size_t k = 0; k < toks_.size(); ++k) {
      if (!T(k).number) continue;
      // "10 000": a number followed by a three-digit group.
      std::string digits;
      for (char c : T(k).text) {
        if (std::isdigit(static_cast<unsigned char>(c))) digits.push_back(c);
        else if (c == '.') digits.clear();  // decimals are not counts
      }
      size_t e = k + 1;
      while (e < toks_.size() && T(e).number && T(e).text.size() == 3 &&
             T(e).start == T(e - 1).end + 1) {
        digits += std::string(T(e).text);
        ++e;
      }
      if (digits.empty() || digits.size() > 9 || time_at_[k] >= 0) continue;
      int64_t n = std::stoll(digits);
      if (n < 2 || (n >= 1900 && n <= 2100 && e == k + 1)) continue;
      // What is counted: within the next few words.
      std::string what;
      size_t m = e;
      for (; m < std::min(toks_.size(), e + 5); ++m) {
        if (!T(m).word) break;
        if (!what.empty()) what.push_back(' ');
        what += T(m).text;
        if (kCounted.count(T(m).lower)) break;
      }
      if (m >= toks_.size() || !kCounted.count(T(m).lower)) continue;
      Figure f;
      f.count = n;
      f.what = what;
      f.start = T(k).start;
      f.end = T(m).end;
      const auto& s = sents_[sent_of_[k]];
      f.quote = std::string(text_.substr(T(s.first).start, T(s.last - 1).end - T(s.first).start));
      for (size_t q = s.first; q < s.last; ++q) {
        int ti = time_at_[q];
        if (ti >= 0 && out_.times[ti].type == TimexType::kDate && f.date.empty()) {
          f.date = out_.times[ti].value;
        }
      }
      for (const auto& mention : out_.mentions) {
        if (!mention.country.empty() && mention.start >= T(s.first).start &&
            mention.end <= T(s.last - 1).end) {
          f.country = mention.country;
          break;
        }
      }
      out_.figures.push_back(std::move(f));
      k = m;
    }
  }

  // ---- output -------------------------------------------------------------
  // Months between two dates (YYYY[-MM]); 1000 when either is unknown.
  static int MonthsApart(const std::string& a, const std::string& b) {
    if (a.size() < 4 || b.size() < 4) return 1000;
    auto months = [](const std::string& d) {
      int m = d.size() >= 7 ? std::atoi(d.substr(5, 2).c_str()) : 6;
      return std::atoi(d.substr(0, 4).c_str()) * 12 + m;
    };
    return std::abs(months(a) - months(b));
  }

  static bool DateCompatible(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty()) return true;
    return a.starts_with(b) || b.starts_with(a);
  }

  // Whether the sentence of trigger k places it at an arrest: "on the night
  // of his arrest", "during her detention", "во время задержания".
  bool DuringArrest(size_t k, EventType type) const {
    static const WordSet kArrestNouns = {"arrest", "detention", "apprehension", "задержания",
                                         "задержании", "ареста", "аресте"};
    const auto& s = sents_[sent_of_[k]];
    // Abuse told of the first hours of custody ("on the first night in
    // custody", "в первые сутки") or "after his arrest" happened then.
    // (A disappearance in custody begins with the detention: "for weeks his
    // wife did not know where he was held".)
    if (type == EventType::kDisappearance) return true;
    if (type == EventType::kIllTreatment || type == EventType::kHealth) {
      static const WordSet kFirst = {"first", "первом", "первые", "первую", "первой",
                                     "первый", "первых"};
      static const WordSet kSpans = {
          "night", "nights", "day", "days", "hours", "week", "weeks", "months",
          "interrogation", "interrogations", "questioning", "допросе", "допросах", "ночь",
          "дни", "сутки", "часы", "недели", "месяцы", "дней", "суток"};
      for (size_t m = s.first; m + 1 < s.last; ++m) {
        if (kFirst.count(T(m).lower) && (kSpans.count(T(m + 1).lower) ||
                                         (m + 2 < s.last && kSpans.count(T(m + 2).lower)))) {
          return true;
        }
        // (Police custody comes first: "at the police station", "в ИВС",
        // "during interrogation".)
        if (type == EventType::kIllTreatment) {
          std::string_view l = T(m).lower;
          if ((l == "police"sv && (T(m + 1).lower == "station"sv ||
                                   T(m + 1).lower == "stations"sv)) ||
              l == "ивс"sv || l.starts_with("interrogat") || l.starts_with("допрос") ||
              (l == "отделе"sv && T(m + 1).lower.starts_with("полици")) ||
              (l == "временного"sv && T(m + 1).lower == "содержания"sv)) {
            return true;
          }
        }
        bool poss = false;
        if (T(m).lower == "после"sv && kArrestNouns.count(T(m + 1).lower)) return true;
        if ((T(m).lower == "after"sv || T(m).lower == "после"sv) && m + 2 < s.last &&
            ((IsPronoun(T(m + 1).lower, &poss) && poss && kArrestNouns.count(T(m + 2).lower)) ||
             (T(m + 1).lower == "being"sv && (T(m + 2).lower == "detained"sv ||
                                              T(m + 2).lower == "arrested"sv)))) {
          return true;
        }
      }
    }
    for (size_t m = s.first; m + 1 < s.last; ++m) {
      if (!kArrestNouns.count(T(m).lower)) continue;
      size_t q = m;
      bool poss = false;
      if (q > s.first && IsPronoun(T(q - 1).lower, &poss) && poss) --q;
      if (q == s.first) continue;
      std::string_view w = T(q - 1).lower;
      bool during = w == "during" || w == "upon" || w == "при" ||
                    (w == "время" && q >= s.first + 2 && T(q - 2).lower == "во"sv) ||
                    (w == "ходе" && q >= s.first + 2 && T(q - 2).lower == "в"sv) ||
                    (w == "of" && q >= s.first + 3 &&
                     (T(q - 2).lower == "night"sv || T(q - 2).lower == "day"sv ||
                      T(q - 2).lower == "time"sv || T(q - 2).lower == "evening"sv ||
                      T(q - 2).lower == "morning"sv));
      if (during) return true;
    }
    return false;
  }

  // Whether the noun trigger at k names what was alleged or complained of
  // ("his allegations of torture", "complaints of ill-treatment"): a
  // reference to what is told elsewhere as much as a telling of it.
  bool RefersBack(size_t k) const {
    static const WordSet kTalk = {"allegations", "allegation", "claims", "complaints",
                                  "complaint", "reports", "accounts", "заявления", "жалобы",
                                  "сообщения"};
    const auto& s = sents_[sent_of_[k]];
    if (k < s.first + 2) return false;
    std::string_view of = T(k - 1).lower;
    return (of == "of"sv || of == "about"sv || of == "о"sv || of == "об"sv) &&
           kTalk.count(T(k - 2).lower) > 0;
  }

  // Events told as happening at the person's arrest take its date.
  void DateByArrest() {
    for (size_t ei = 0; ei < events_.size(); ++ei) {
      auto& e = events_[ei].first;
      if (!during_arrest_[ei] || !e.date.empty()) continue;
      std::string date;
      for (size_t ai = 0; ai < events_.size(); ++ai) {
        const auto& a = events_[ai].first;
        if (a.type != EventType::kArrest || a.person != e.person || a.date.empty() ||
            date_inherited_[ai]) {
          continue;
        }
        if (date.empty() || a.date < date) date = a.date;
      }
      if (date.empty()) continue;
      e.date = date;
      date_inherited_[ei] = true;  // weak: yields to a date told of it
    }
  }

  void Finish() {
    DateByArrest();
    // Roles.
    std::vector<bool> has_event(clusters_.size(), false);
    for (const auto& [e, k] : events_) {
      if (e.type != EventType::kCall) has_event[e.person] = true;
    }
    // Merge mentions of one happening: same person and type, and either
    // the same date, or compatible dates with the same trigger word or the
    // same sentence. Different triggers without dates ("mistreatment",
    // "forced to stand barefoot") stay apart.
    // (A date taken from the sentence before is no reason to keep two
    // mentions apart, and yields to the date a mention has of its own.)
    std::vector<Event> merged;
    std::vector<std::string> merged_trigger;
    std::vector<bool> merged_in_demand;
    std::vector<std::string> strong_date;  // parallel to merged: its dates of its own
    for (size_t ei = 0; ei < events_.size(); ++ei) {
      auto& [e, k] = events_[ei];
      const std::string own = date_inherited_[ei] ? std::string() : e.date;
      bool dup = false;
      const std::string& trig = T(k).lower;
      for (size_t i = 0; i < merged.size(); ++i) {
        auto& m = merged[i];
        if (m.person != e.person || m.type != e.type) continue;
        // The hearings of one trial are one trial: "the trial opened on 15
        // June ... at the hearing of 6 July".
        const std::string& mown = strong_date[i];
        if (e.type == EventType::kTrial && !DateCompatible(mown, own) &&
            MonthsApart(mown, own) <= 12) {
          if (own < mown) m.date = strong_date[i] = own;
          merged_in_demand[i] = merged_in_demand[i] && event_in_demand_[ei];
          dup = true;
          break;
        }
        if (!DateCompatible(mown, own)) continue;
        // Distinct happenings of ill-treatment and health are told by
        // different words; for other types an undated mention refers back.
        bool distinct_kinds = e.type == EventType::kIllTreatment || e.type == EventType::kHealth ||
                              e.type == EventType::kRuling || e.type == EventType::kTransfer;
        // ("taken to the prison hospital ... before being returned to SIZO
        // No. 2":
        // two moves told by two words in one sentence.)
        if (e.type == EventType::kTransfer && m.quote_start == e.quote_start &&
            merged_trigger[i] != trig) {
          continue;
        }
        // ("Prosecutors ignored his allegations of torture": the torture
        // told before, referred to.)
        bool same = (!distinct_kinds && (mown.empty() || own.empty())) ||
                    (referring_[ei] && own.empty()) ||
                    (!mown.empty() && mown == own) || merged_trigger[i] == trig ||
                    ToLower(m.quote).find(trig) != std::string::npos ||
                    m.quote_start == e.quote_start ||
                    (!mown.empty() && !own.empty());
        if (same) {
          if (own.size() > mown.size()) {
            m.date = strong_date[i] = own;
          } else if (mown.empty() && e.date.size() > m.date.size()) {
            m.date = e.date;
          }
          if (m.detail.empty()) m.detail = e.detail;
          if (m.duration.empty()) m.duration = e.duration;
          if (m.place.empty()) m.place = e.place;
          merged_in_demand[i] = merged_in_demand[i] && event_in_demand_[ei];
          dup = true;
          break;
        }
      }
      if (!dup) {
        merged.push_back(e);
        strong_date.push_back(own);
        merged_trigger.push_back(trig);
        merged_in_demand.push_back(event_in_demand_[ei]);
      }
    }
    // An event told only in a demand stays when nothing else tells of it.
    {
      std::vector<Event> kept;
      for (size_t i = 0; i < merged.size(); ++i) {
        bool told = false;
        for (size_t j = 0; j < merged.size() && merged_in_demand[i] && !told; ++j) {
          told = j != i && !merged_in_demand[j] && merged[j].person == merged[i].person &&
                 merged[j].type == merged[i].type;
        }
        if (!told) kept.push_back(std::move(merged[i]));
      }
      merged = std::move(kept);
    }
    // Persons, in order of first mention, without empty clusters.
    std::vector<int> order(clusters_.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    std::vector<int> new_index(clusters_.size(), -1);
    for (int i : order) {
      auto& c = clusters_[i];
      if (c.merged_into >= 0) continue;
      Person p;
      p.name = c.canonical.empty() ? *c.forms.begin() : c.canonical;
      // A Russian surname met alone before the full name was read without
      // knowing the gender ("Рябова": a woman, or Рябов in the
      // genitive); the full name decides.
      char g = 0;
      if (IsCyrillicWord(p.name) && p.name.find(' ') != std::string::npos) {
        std::vector<std::string> parts;
        for (auto w : Split(p.name, ' ')) parts.emplace_back(w);
        NominativeName(parts, c.gender, &g);
      }
      std::set<std::string> forms;
      for (const auto& f : c.forms) {
        std::string form = f;
        if (g && IsCyrillicWord(f) && f.find(' ') == std::string::npos) {
          form = NominativeName({f}, g).front();
        }
        forms.insert(form);
      }
      for (const auto& f : forms) {
        if (f != p.name) p.variants.push_back(f);
      }
      if (c.signatory) p.role = Role::kSignatory;
      else if (has_event[i]) p.role = Role::kSubject;  // a lawyer can be a victim too
      else if (c.title_role == "lawyer" || c.title.ends_with("(profession)")) p.role = Role::kLawyer;
      else if (c.title_role == "relative") p.role = Role::kRelative;
      else if (c.title_role == "official") p.role = Role::kOfficial;
      else p.role = Role::kOther;
      p.country = c.country;
      p.group = c.group;
      p.title = c.title;
      new_index[i] = static_cast<int>(out_.persons.size());
      out_.persons.push_back(std::move(p));
    }
    for (auto& m : out_.mentions) {
      if (m.person >= 0) m.person = new_index[m.person];
    }
    for (auto& e : merged) {
      e.person = new_index[e.person];
      if (e.person >= 0) out_.events.push_back(std::move(e));
    }
    std::sort(out_.mentions.begin(), out_.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.start < b.start; });
  }

  std::string_view text_;
  const DocumentContext& ctx_;
  const Lexicon& lex_;
  std::vector<Token> toks_;
  std::vector<Sentence> sents_;
  std::vector<uint32_t> sent_of_;
  std::vector<int> time_at_;
  std::vector<int> person_at_;
  std::vector<int> mention_type_at_;
  mutable std::vector<int8_t> given_at_, common_at_;  // -1 not yet known
  std::vector<PersonCluster> clusters_;
  std::vector<std::pair<Event, size_t>> events_;
  struct Pending {
    uint32_t a, b;
    std::vector<std::string> parts;
    bool done = false;
  };
  std::vector<Pending> pending_;
  std::vector<bool> trigger_at_;
  std::string main_country_;
  bool main_country_computed_ = false;
  std::vector<std::pair<uint32_t, uint32_t>> signatory_countries_;
  std::vector<int> pronoun_ref_;
  std::vector<bool> trigger_noun_at_;
  std::vector<bool> release_trigger_at_;
  std::vector<bool> emitted_at_;  // an event was reported from this trigger
  std::vector<bool> event_word_at_;  // a trigger its context makes an event word
  std::vector<bool> call_trigger_at_;
  std::vector<bool> event_in_demand_;  // parallel to events_
  bool common_subject_ = false;  // PersonFor found a common noun as the subject
  std::vector<bool> date_inherited_;   // parallel to events_: see DateFor
  std::vector<bool> during_arrest_;    // parallel to events_: see DuringArrest
  std::vector<bool> referring_;        // parallel to events_: see RefersBack
  struct Match {
    size_t k, end;
    const Trigger* t;
    size_t gap_a = 0, gap_b = 0;  // the tokens a "*" took
  };
  std::vector<Match> matches_;
  std::vector<int> last_persons_;  // who the latest event trigger was about
  size_t gap_a_ = 0, gap_b_ = 0;     // the gap of the trigger being emitted
  std::vector<Group> groups_;
  std::vector<int> group_at_;
  std::vector<uint32_t> group_ref_;  // per group: the last sentence referring to it
  int last_person_ = -1;
  Extraction out_;
};

}  // namespace

Extraction Extract(std::string_view text, const DocumentContext& context) {
  Extraction x = DocExtractor(text, context).Run();
  // Signers of a joint statement; persons in a signatory block are persons.
  for (auto& s : FindSigners(text)) {
    bool person = false;
    for (const auto& m : x.mentions)
      person = person || (m.type == MentionType::kPerson && m.start < s.end && s.start < m.end);
    if (!person) x.signers.push_back(std::move(s));
  }
  return x;
}

}  // namespace dossier::nlp
