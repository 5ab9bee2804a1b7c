// Time-expression annotation (TimeML TIMEX3) for English and Russian text.
//
// AnnotateTimes finds dates, times, durations and sets in a text and gives
// each its TIMEX3 value, resolving relative and partial expressions against
// the document's creation date (the "anchor"). It is a rule-based annotator
// in the spirit of HeidelTime: one left-to-right pass over the tokens, where
// at each token the longest rule match wins; no regular expressions.
//
// Extent conventions (TimeML 1.2 / TempEval-3):
//  * Prepositions are outside the expression ("on [Friday]", "in [1998]",
//    "в [марте 2023 года]"); determiners, "ago", "early", "late", "mid-",
//    "the end of" and the Russian "г." / "года" / "году" are inside ("[the
//    third quarter]", "[early next year]", "[2019 году]"). Quantity
//    modifiers are inside for "ago" dates ("[about two years ago]") and for
//    durations only when they bound them ("[more than four decades]",
//    "about [five hours]"), as most TempEval-3 annotations do.
//  * A range of days gives two DATEs: "25-27 November 2022" is "25"
//    (2022-11-25) and "27 November 2022" (2022-11-27); "from 2014 to 2016"
//    is "2014" and "2016". Ages ("a 6-year-old", "37 years old") are not
//    time expressions.
//
// Values:
//  * DATE: "2010-06-25", "2010-06", "2010", "199" (the 1990s), "19" (the
//    20th century), "2021-SP" (seasons SP/SU/FA/WI), "2021-Q3", "2021-H2",
//    "2020-W31", "2020-W31-WE" (weekend), or PRESENT_REF / PAST_REF /
//    FUTURE_REF for "now", "recently", "the future"...
//  * TIME: "2020-07-25T10:00", "2020-07-25TMO" (MO/AF/EV/NI parts of day).
//  * DURATION: "P11Y2M", "PT48H", "P3D", "P10Y", "PXY" (several years).
//  * SET: "P1W" (every week), "P1D" (daily), "XXXX-WXX-1" (each Monday).
//
// Resolution of underspecified expressions against the anchor:
//  * Deictic ones ("yesterday", "last year", "next week", "two years ago",
//    "the day before", "this morning") are computed from the anchor.
//  * A month and day without a year ("on 25 July"), a month without a year
//    ("in January"), a quarter ("the third quarter") and a holiday take the
//    year that puts them closest to the anchor, the TimeML convention; ties
//    go to the past. Right after a past participle or "since" ("the year
//    ended March 31", "since Oct. 5") a date is taken not after the anchor.
//    (Sentence-wide tense cues were measured on TempEval-3 and did worse for
//    dates than the closest year, so only this local cue is used.)
//  * A weekday ("on Wednesday") is the nearest such day not after the anchor
//    (news report the past), or not before it when the nearest tense cue of
//    its sentence (left side first) is a future one: "will", "'ll", "next",
//    "tomorrow", "scheduled", "expected to", "as soon as"...; a past cue
//    ("said", "was", "ago"...) keeps the default. "last Friday" / "next
//    Friday" are strictly before / after the anchor.
//  * "the following year", "the previous month", "that year" count from the
//    last absolute date of the text when it is precise enough, else from the
//    anchor; "the day before" counts from the anchor.
//  * In a report on a quarter, "a year ago" / "a year earlier" / "the
//    year-earlier period" mean the same quarter a year before the first
//    quarter the text names ("profit rose in the third quarter from $3
//    million a year ago" -> 2019-Q3, 2018-Q3).
//  * When the anchor lacks what an expression needs, the unknown digits are
//    X: "on 25 July" -> "XXXX-07-25", "yesterday" -> "XXXX-XX-XX"; vague
//    quantities give PAST_REF / FUTURE_REF ("a few days ago").
#ifndef DOSSIER_NLP_TIMEX_H_
#define DOSSIER_NLP_TIMEX_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::nlp {

enum class TimexType { kDate, kTime, kDuration, kSet };

struct TimeExpr {
  uint32_t start = 0, end = 0;  // half-open UTF-8 byte span in the text
  std::string text;             // the text of that span
  TimexType type = TimexType::kDate;
  std::string value;            // TIMEX3 value, see above
  bool relative = false;        // resolved against the anchor date
};

// "DATE", "TIME", "DURATION" or "SET".
std::string_view TimexTypeName(TimexType t);

// Finds and normalises every time expression of `text`, in text order and
// without overlaps. `anchor` is the document creation/publication date
// "YYYY-MM-DD", or "YYYY-MM" / "YYYY" / "" when less is known. `language`
// is "en" or "ru"; any other code is treated as English (Russian rules also
// fire on Cyrillic words whatever the language, English ones on Latin).
// Deterministic and thread-safe: it reads only immutable tables.
std::vector<TimeExpr> AnnotateTimes(std::string_view text, std::string_view anchor,
                                    std::string_view language);

// The most plausible publication date of a document that declares none,
// inferred from its content. Rule: among the fully specified dates of the
// text (day precision; month precision only when no day-precision date
// exists), take the latest one, except that a date more than 366 days after
// the second latest is discarded as a reference to a future event or a
// typo, and then the next one is considered in the same way. Returns
// "YYYY-MM-DD" (or "YYYY-MM"), or "" when the text has no such date.
std::string InferDocumentDate(std::string_view text, std::string_view language);

}  // namespace dossier::nlp

#endif  // DOSSIER_NLP_TIMEX_H_
