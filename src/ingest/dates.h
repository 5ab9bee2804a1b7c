// Finds calendar dates written in text ("31 March 2022", "March 5, 2023",
// "25-27 November 2022", "2022-06-27", "05.03.2023", "5 марта 2023 г.").
// Used for publication-date inference; the full time-expression annotator
// of the nlp module handles relative and partial expressions.
#ifndef DOSSIER_INGEST_DATES_H_
#define DOSSIER_INGEST_DATES_H_

#include <string>
#include <string_view>
#include <vector>

namespace dossier::ingest {

struct FoundDate {
  size_t start = 0, end = 0;  // byte span in the text
  int year = 0, month = 0, day = 0;  // month/day 0 when not given
  // "YYYY-MM-DD", "YYYY-MM" or "YYYY"; a range of days within one month
  // is reported at month precision.
  std::string Value() const;
};

// Month number (1-12) of an English, Russian, French, German or Spanish
// month name or abbreviation (any case, inflected Russian forms included),
// or 0.
int MonthFromName(std::string_view word);

// All dates in `text` with at least a year and a month, in text order.
std::vector<FoundDate> FindDates(std::string_view text);

// The years written as numbers of their own in `text` (four digits, not
// part of a longer word or number) between `lo` and `hi`, in text order.
std::vector<int> WrittenYears(std::string_view text, int lo, int hi);

// Parses a machine date: ISO 8601 ("2023-03-05T10:00:00Z", "2023-03"),
// RFC 822 ("Sun, 05 Mar 2023 10:00:00 GMT"), or any form FindDates knows.
// Returns "" when nothing is recognised.
std::string ParseDateValue(std::string_view s);

// A date in a URL path: /2023/03/05/, /2023-03-05-, /20230305/.
std::string DateFromUrl(std::string_view url);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_DATES_H_
