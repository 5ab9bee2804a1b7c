#include "ingest/metadata.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <vector>

#include "base/calendar.h"
#include "base/text.h"
#include "ingest/dates.h"

namespace dossier::ingest {
namespace {

// Head words of organisation names. A language fact, not a list of
// organisations.
constexpr std::array<std::string_view, 64> kOrgHeads = {
    "international", "watch", "committee", "commission", "council", "assembly",
    "parliament", "union", "federation", "association", "centre", "center",
    "foundation", "fund", "party", "office", "network", "coalition", "movement",
    "league", "institute", "society", "alliance", "agency", "service",
    "ministry", "court", "organisation", "organization", "group", "initiative",
    "bureau", "forum", "trust", "campaign", "defenders", "front", "mission",
    "secretariat", "congress", "press", "news", "times", "post", "monitor",
    "observatory", "tribune", "herald", "gazette", "radio", "television",
    "rights", "collectif", "comité", "ligue", "центр", "комитет", "фонд",
    "союз", "ассоциация", "партия", "движение", "бюро", "общество"};

// Verbs with which an issuer opens a statement.
constexpr std::array<std::string_view, 30> kIssuerVerbs = {
    "expresses", "express", "calls", "call", "condemns", "condemn", "welcomes",
    "urges", "urge", "deplores", "demands", "mourns", "is", "are", "has",
    "have", "strongly", "deeply", "notes", "reiterates", "regrets", "joins",
    "appeals", "insists", "denounces", "requests", "today", "issued",
    "выражает", "призывает"};

// Official document series whose heading identifies the issuing body.
struct DocumentForm {
  std::string_view marker, also, issuer;
};
constexpr std::array<DocumentForm, 4> kDocumentForms = {{
    {"Written declaration No.", "| Doc.", "Parliamentary Assembly of the Council of Europe"},
    {"European Parliament resolution of", "", "European Parliament"},
    {"Opinion adopted by the Working Group on Arbitrary Detention", "",
     "UN Working Group on Arbitrary Detention"},
    {"Views adopted by the Committee under article 5", "", "UN Human Rights Committee"},
}};

std::vector<std::string_view> Paragraphs(std::string_view text, size_t max) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start < text.size() && out.size() < max) {
    size_t e = text.find("\n\n", start);
    if (e == std::string_view::npos) e = text.size();
    auto p = TrimView(text.substr(start, e - start));
    if (!p.empty()) out.push_back(p);
    start = e + 2;
  }
  return out;
}

std::string_view FirstLine(std::string_view p) {
  size_t e = p.find('\n');
  return e == std::string_view::npos ? p : p.substr(0, e);
}

bool IsCapitalised(std::string_view w) {
  size_t i = 0;
  return !w.empty() && IsUpper(NextCodePoint(w, &i));
}

// Words of s split on spaces, with trailing punctuation kept.
std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  for (auto w : Split(s, ' ')) {
    if (!w.empty()) out.push_back(w);
  }
  return out;
}

// A wire dateline without a year: "HANOI, March 2 (Agency) - ...",
// "CAIRO, Nov 8 (Agency) -", "ТАРАЗ, 14 ноября (Агентство) \u2014 ...".
struct YearlessDate {
  int month = 0, day = 0;
  size_t end = 0;  // offset after the date in the paragraph
};

bool ParseYearlessDateline(std::string_view p, YearlessDate* out) {
  size_t comma = p.find(", ");
  if (comma == std::string_view::npos || comma == 0 || comma > 40) return false;
  auto lead = p.substr(0, comma);
  if (!IsCapitalised(lead) || Words(lead).size() > 3) return false;
  // Two words after the comma: "March 2" or "14 ноября".
  size_t a = comma + 2;
  size_t b = p.find(' ', a);
  if (b == std::string_view::npos) return false;
  size_t c = b + 1;
  while (c < p.size() && p[c] != ' ' && p[c] != ',' && p[c] != '(') ++c;
  std::string_view w1 = p.substr(a, b - a), w2 = p.substr(b + 1, c - b - 1);
  auto number = [](std::string_view w) {
    int v = 0;
    if (w.empty() || w.size() > 2) return 0;
    for (char ch : w) {
      if (!std::isdigit(static_cast<unsigned char>(ch))) return 0;
      v = v * 10 + (ch - '0');
    }
    return v;
  };
  int month = MonthFromName(w1), day = number(w2);
  if (!month || !day) {
    month = MonthFromName(w2);
    day = number(w1);
  }
  if (!month || day < 1 || day > 31) return false;
  // Then the agency in brackets or the dash that opens the story.
  auto rest = p.substr(c);
  if (!(rest.starts_with(" (") || rest.starts_with(" - ") || rest.starts_with(" \u2013") ||
        rest.starts_with(" \u2014"))) {
    return false;
  }
  *out = {month, day, c};
  return true;
}

// ISO weekday (1 = Monday) of the day a wire story is written, from the
// weekdays its first paragraph names: the one it was said on ("..., his
// family said on Tuesday"), else the first ("a court on Thursday
// sentenced ..."); 0 when none.
int NamedWeekday(std::string_view p) {
  static constexpr std::array<std::pair<std::string_view, int>, 14> kDays = {{
      {"monday", 1}, {"tuesday", 2}, {"wednesday", 3}, {"thursday", 4}, {"friday", 5},
      {"saturday", 6}, {"sunday", 7}, {"понедельник", 1}, {"вторник", 2}, {"среду", 3},
      {"четверг", 4}, {"пятницу", 5}, {"субботу", 6}, {"воскресенье", 7}}};
  static constexpr std::array<std::string_view, 8> kSaid = {
      "said", "says", "told", "announced", "reported", "stated", "confirmed", "added"};
  int first = 0;
  std::string prev, prev2;
  for (auto w : Words(p)) {
    std::string lower = ToLower(w);
    while (!lower.empty() && std::ispunct(static_cast<unsigned char>(lower.back()))) lower.pop_back();
    for (auto [name, d] : kDays) {
      if (lower != name) continue;
      if (prev == "on" && std::find(kSaid.begin(), kSaid.end(), prev2) != kSaid.end()) return d;
      if (!first) first = d;
    }
    prev2 = std::move(prev);
    prev = std::move(lower);
  }
  return first;
}

// "Tuesday", "Tuesday,", "вторник,": a weekday name alone.
bool IsWeekdayName(std::string_view s) {
  std::string w = ToLower(TrimView(s));
  if (!w.empty() && w.back() == ',') w.pop_back();
  static constexpr std::array<std::string_view, 14> kNames = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"};
  return std::find(kNames.begin(), kNames.end(), w) != kNames.end();
}

// The numbers of years the text counts: "13 years", "13-year", "13 лет".
std::vector<int> YearSpans(std::string_view text) {
  std::vector<int> out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i])) ||
        (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1])))) {
      continue;
    }
    size_t e = i;
    int n = 0;
    while (e < text.size() && std::isdigit(static_cast<unsigned char>(text[e])) && e < i + 3) {
      n = n * 10 + (text[e++] - '0');
    }
    if (e < text.size() && std::isdigit(static_cast<unsigned char>(text[e]))) {
      while (e < text.size() && std::isdigit(static_cast<unsigned char>(text[e]))) ++e;
      i = e;
      continue;
    }
    std::string_view rest = text.substr(e, 8);
    if (n > 0 && n < 80 &&
        (rest.starts_with(" years") || rest.starts_with("-year") || rest.starts_with(" year ") ||
         rest.starts_with(" лет") || rest.starts_with(" года"))) {
      out.push_back(n);
    }
    i = e;
  }
  return out;
}

// The year of a yearless dateline: the latest year the text writes (a lone
// year three or more after the others is a plan, not the present), one more when the
// text already tells of a later day of that year; then, when the story
// names the weekday of its day ("on Thursday"), the first year from there
// on where the date falls on it, or among those the one the years the text
// counts lead to.
int DatelineYear(std::string_view text, std::string_view para, const YearlessDate& d) {
  std::vector<int> years = WrittenYears(text, 1950, 2100);
  if (years.empty()) return 0;
  std::map<int, int> count;
  for (int y : years) ++count[y];
  while (count.size() >= 2) {
    auto last = std::prev(count.end());
    if (last->second > 1 || std::prev(last)->first + 2 >= last->first) break;
    count.erase(last);
  }
  int year = count.rbegin()->first;
  for (const auto& f : FindDates(text)) {
    if (f.year == year && (f.month > d.month || (f.month == d.month && f.day > d.day))) {
      ++year;
      break;
    }
  }
  if (int weekday = NamedWeekday(para)) {
    std::vector<int> fits;
    for (int y = year; y < year + 12; ++y) {
      if (d.day > DaysInMonth(y, d.month)) continue;
      int64_t days = DaysFromCivil(y, d.month, d.day);
      // 1970-01-01 was a Thursday (ISO 4).
      int iso = static_cast<int>(((days % 7) + 7 + 3) % 7) + 1;
      if (iso == weekday) fits.push_back(y);
    }
    if (fits.empty()) return d.day <= DaysInMonth(year, d.month) ? year : 0;
    // Several years fit the weekday: the one the text's own arithmetic
    // reaches ("jailed in 2012 ... has spent 11 years"), else
    // the first.
    std::vector<int> spans = YearSpans(text);
    int best = fits.front(), best_votes = 0;
    for (int y : fits) {
      int votes = 0;
      for (const auto& [from, n] : count) {
        votes += std::find(spans.begin(), spans.end(), y - from) != spans.end();
      }
      if (votes > best_votes) {
        best = y;
        best_votes = votes;
      }
    }
    return best;
  }
  return d.day <= DaysInMonth(year, d.month) ? year : 0;
}


std::string_view StripPunct(std::string_view w) {
  while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ':' ||
                        w.back() == ';' || w.back() == ')')) {
    w.remove_suffix(1);
  }
  while (!w.empty() && (w.front() == '(' || w.front() == '"')) w.remove_prefix(1);
  return w;
}

bool IsConnector(std::string_view w) {
  return w == "of" || w == "for" || w == "the" || w == "and" || w == "on" ||
         w == "de" || w == "des" || w == "du" || w == "la" || w == "le" ||
         w == "pour" || w == "in" || w == "to" || w == "&";
}

// Title-line candidates that are page furniture.
bool IsFurniture(std::string_view line) {
  std::string l = AsciiLower(line);
  size_t bars = 0;
  for (char ch : l) bars += ch == '|';
  if (bars >= 2) return true;  // "Written declaration No. 1 | Doc. 2 | date"
  return l.find("logo") != std::string::npos || l.starts_with("skip to") ||
         l.starts_with("menu") || l.starts_with("home") || l == "english translation" ||
         l.starts_with("written by") || l.starts_with("by ") ||
         l.starts_with("press release") || l.starts_with("for immediate release") ||
         l == "urgent action" || l == "public statement" || l == "news release" ||
         l == "statement" || l == "joint statement";
}

bool IsDateOnly(std::string_view line) {
  auto dates = FindDates(line);
  if (dates.empty()) return false;
  size_t covered = 0;
  for (const auto& d : dates) covered += d.end - d.start;
  return covered * 2 >= TrimView(line).size();
}

// Strips a site name from a <title>: "Site | Headline" or "Headline - Site".
std::string StripSiteFromTitle(std::string_view title, std::string_view site) {
  for (std::string_view sep : {" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00BB "}) {
    size_t p = title.find(sep);
    if (p == std::string_view::npos) continue;
    auto left = TrimView(title.substr(0, p));
    auto right = TrimView(title.substr(p + sep.size()));
    if (!site.empty()) {
      if (ContainsIgnoreCase(left, site)) return std::string(right);
      if (ContainsIgnoreCase(right, site)) return std::string(left);
    }
    return std::string(left.size() >= right.size() ? left : right);
  }
  return std::string(title);
}

}  // namespace

bool LooksLikeOrganisation(std::string_view name) {
  for (auto w : Words(name)) {
    std::string lw = ToLower(StripPunct(w));
    for (auto h : kOrgHeads) {
      if (lw == h) return true;
    }
  }
  return false;
}

std::string FindIssuer(std::string_view text) {
  auto paras = Paragraphs(text, 6);
  // Document forms that name their issuing body by their shape.
  std::string_view head = text.substr(0, std::min<size_t>(text.size(), 1500));
  for (const auto& form : kDocumentForms) {
    if (head.find(form.marker) != std::string_view::npos &&
        (form.also.empty() || head.find(form.also) != std::string_view::npos)) {
      return std::string(form.issuer);
    }
  }
  // "Congress of the X", "Declaration of the X", "Statement by X".
  for (auto p : paras) {
    auto line = FirstLine(p);
    if (line.size() > 160) continue;
    for (std::string_view marker : {"Congress of the ", "Council of the ", "Statement by ",
                                    "Statement of the ", "Declaration of the ",
                                    "Issued by ", "Published by "}) {
      size_t pos = line.find(marker);
      if (pos == std::string_view::npos) continue;
      auto rest = line.substr(pos + marker.size());
      size_t cut = rest.find_first_of(",;(\u2014|");
      auto org = TrimView(rest.substr(0, cut));
      if (!org.empty() && LooksLikeOrganisation(org) && org.size() < 100) {
        return std::string(org);
      }
    }
  }
  // "The X Y International expresses ..." at a sentence start, possibly
  // with an apposition: "The X, the worldwide ..., expresses".
  for (auto p : paras) {
    auto words = Words(p.substr(0, std::min<size_t>(p.size(), 600)));
    for (size_t i = 0; i < words.size(); ++i) {
      bool sentence_start = i == 0 || words[i - 1].ends_with(".") || words[i - 1].ends_with(":");
      if (!sentence_start) continue;
      size_t j = i;
      if (words[j] == "The" || words[j] == "the") ++j;
      size_t k = j;
      bool comma = false;
      while (k < words.size() && (IsCapitalised(words[k]) || (k > j && IsConnector(words[k])))) {
        auto w = words[k];
        ++k;
        if (w.ends_with(",")) {
          comma = true;
          break;
        }
        if (w.ends_with(".") || w.ends_with(":")) {
          k = j;  // a sentence or heading ends inside: not a subject
          break;
        }
      }
      while (k > j && !comma && IsConnector(words[k - 1])) --k;
      if (k == j || k >= words.size()) continue;
      size_t verb_at = k;
      auto is_verb = [&](size_t at) {
        if (at >= words.size()) return false;
        std::string w = ToLower(StripPunct(words[at]));
        for (auto v : kIssuerVerbs) {
          if (w == v) return true;
        }
        return false;
      };
      if (comma) {
        // Skip an apposition of up to 25 words closed by a comma.
        verb_at = words.size();
        for (size_t m = k; m < words.size() && m < k + 25; ++m) {
          if (words[m].ends_with(",") && is_verb(m + 1)) {
            verb_at = m + 1;
            break;
          }
        }
      }
      if (!is_verb(verb_at)) continue;
      std::string org;
      for (size_t m = j; m < k; ++m) {
        if (!org.empty()) org.push_back(' ');
        org += StripPunct(words[m]);
      }
      if (LooksLikeOrganisation(org)) return org;
    }
  }
  return "";
}

void InferMetadata(std::string_view text, const DeclaredMeta& declared,
                   DocumentMeta* meta) {
  auto paras = Paragraphs(text, 10);

  // Title.
  if (!declared.preferred_title.empty()) {
    meta->title = {CollapseSpaces(declared.preferred_title), "html-meta"};
  } else if (!declared.title.empty()) {
    meta->title = {StripSiteFromTitle(CollapseSpaces(declared.title), declared.publisher),
                   "declared"};
  }
  if (!meta->title.known()) {
    for (auto p : paras) {
      if (p.find('\n') != std::string_view::npos) {
        auto first = FirstLine(p);
        if (first.size() < 200 && !IsFurniture(first) && !IsDateOnly(first)) {
          meta->title = {CollapseSpaces(first), "text"};
          break;
        }
      }
      if (p.size() <= 250 && !IsFurniture(p) && !IsDateOnly(p) &&
          p.find(" ; ") == std::string_view::npos) {
        meta->title = {CollapseSpaces(p), "text"};
        break;
      }
      if (p.size() > 250) break;  // body text reached
    }
  }

  // Publication date: declared meta, URL, dateline, then PDF info.
  meta->url = declared.url;
  if (!declared.published.empty()) {
    std::string v = ParseDateValue(declared.published);
    if (!v.empty()) meta->published = {v, declared.published_source};
  }
  if (!meta->published.known() && !declared.url.empty()) {
    std::string v = DateFromUrl(declared.url);
    if (!v.empty()) meta->published = {v, "url"};
  }
  std::string dateline_agency;
  // A labelled date anywhere in a short line wins: "Published 10 October
  // 2023" often closes a statement.
  if (!meta->published.known()) {
    for (auto p : Paragraphs(text, 200)) {
      if (p.size() > 80) continue;
      std::string lower = AsciiLower(p.substr(0, 20));
      if (!(lower.starts_with("published") || lower.starts_with("posted") ||
            lower.starts_with("date:") || lower.starts_with("issued") ||
            lower.starts_with("released on"))) {
        continue;
      }
      auto dates = FindDates(p);
      if (!dates.empty()) {
        meta->published = {dates.front().Value(), "dateline"};
        break;
      }
    }
  }
  // A date read off the text is the document's only if the text does not
  // go on to tell of later events: "December 2011 - Takes part in a strike"
  // opens a chronology that runs to 2024. Counted cheaply: years after the
  // date's year written in the text.
  auto contradicted = [&](const std::string& value) {
    int year = std::atoi(value.substr(0, 4).c_str());
    return year >= 1900 && WrittenYears(text, year + 1, year + 40).size() >= 3;
  };
  if (!meta->published.known()) {
    size_t seen = 0;
    for (auto p : paras) {
      if (++seen > 8) break;
      // A dateline opens its paragraph: long paragraphs are read only at
      // their start (the body of an article is not scanned).
      auto dates = FindDates(p.size() < 320 ? p : p.substr(0, 200));
      if (dates.empty()) continue;
      const auto& d = dates.front();
      // A date that stands for the paragraph: the paragraph is short and the
      // date covers much of it, opens it or closes it ("Paris, le 8 mars
      // 2023"; "Doc. 1 | 27 June 2022"); or a news dateline opening a long
      // paragraph ("TASHABAD, 2 June 2025 (Agency) -").
      auto rest = TrimView(p.substr(d.end));
      // "Paris, le 8 mars 2023": a date closing a line of a few words.
      size_t line_start = p.rfind('\n', d.start);
      line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
      bool closes_short_line = (rest.empty() || rest == ".") && d.start - line_start < 40;
      // "Submitted by ..., Tashabad, 20 June 2023": a signature's place and
      // date close the paragraph (which PDF copies may have joined to the
      // heading before).
      bool signature = (rest.empty() || rest == ".") && p.size() < 320 &&
                       p.substr(0, d.start).ends_with(", ") && d.start >= 3 && [&] {
                         auto before = TrimView(p.substr(0, d.start - 2));
                         size_t sp = before.rfind(' ');
                         return IsCapitalised(sp == std::string_view::npos ? before
                                                                           : before.substr(sp + 1));
                       }();
      // "9 October 2024" on a line of its own, between a heading and a name.
      size_t line_end = p.find('\n', d.end);
      line_end = line_end == std::string_view::npos ? p.size() : line_end;
      // ("Tuesday 13 December 2022" too: a weekday may lead it.)
      bool alone_on_line = (TrimView(p.substr(line_start, d.start - line_start)).empty() ||
                            IsWeekdayName(p.substr(line_start, d.start - line_start))) &&
                           TrimView(p.substr(d.end, line_end - d.end)).size() <= 1;
      bool short_para = (p.size() < 160 &&
                         ((d.end - d.start) * 100 >= p.size() * 35 || d.start == 0 ||
                          closes_short_line || alone_on_line || p.find('|') != std::string_view::npos)) ||
                        signature;
      // "Алматы, 25 апреля 2023 года. ...": a place and a date open it.
      auto lead = p.substr(0, d.start);
      bool place_lead = d.start > 2 && d.start < 40 && lead.ends_with(", ") &&
                        Words(lead).size() <= 3 && IsCapitalised(lead);
      // "GENEVA (9 September 2024) \u2013 ...": the date in brackets after the place.
      bool bracketed = d.start > 2 && d.start < 40 && lead.ends_with(" (") &&
                       p.substr(d.end).starts_with(")") && Words(lead).size() <= 3 &&
                       IsCapitalised(lead);
      bool dateline = place_lead || bracketed ||
                      (d.start < 60 && p.size() >= 160 &&
                       (p.substr(d.end, 12).find("\u2014") != std::string_view::npos ||
                        p.substr(d.end, 12).find("\u2013") != std::string_view::npos ||
                        p.substr(d.end, 12).find(" - ") != std::string_view::npos ||
                        p.substr(d.end, 3).find("(") != std::string_view::npos));
      std::string before = AsciiLower(p.substr(d.start >= 20 ? d.start - 20 : 0,
                                               std::min<size_t>(d.start, 20)));
      // "European Parliament resolution of 14 September 2023 on ...": the
      // date a text was adopted or issued.
      bool adopted = before.ends_with("resolution of ") || before.ends_with("declaration of ") ||
                     before.ends_with("decision of ") || before.ends_with("statement of ") ||
                     before.ends_with("adopted on ") || before.ends_with("letter of ");
      bool labelled = adopted || before.find("published") != std::string::npos ||
                      before.find("posted") != std::string::npos ||
                      before.find("date") != std::string::npos ||
                      before.find("updated") != std::string::npos;
      if ((short_para || dateline) && !labelled && contradicted(d.Value())) continue;
      if (short_para || dateline || labelled) {
        // A month ("Week of 8-14 April 2024") yields to the day of the same
        // month on a line further on ("15 April 2024").
        if (meta->published.known()) {
          if (d.Value().size() < 10 || !d.Value().starts_with(meta->published.value)) continue;
        }
        meta->published = {d.Value(), "dateline"};
        if (d.Value().size() < 10) continue;
        // A wire dateline names its agency: "CITY, 2 June 2025 (Agency) -".
        auto after = TrimView(p.substr(d.end));
        size_t close = after.find(')');
        if (dateline && after.starts_with("(") && close != std::string_view::npos &&
            close < 60) {
          dateline_agency = std::string(after.substr(1, close - 1));
        }
        break;
      }
    }
  }
  if (!meta->published.known() && !declared.fallback_published.empty()) {
    meta->published = {declared.fallback_published, "pdf-info"};
  }
  if (!meta->published.known() || dateline_agency.empty()) {
    size_t seen = 0;
    for (auto p : paras) {
      if (++seen > 4) break;
      YearlessDate d;
      if (!ParseYearlessDateline(p, &d)) continue;
      if (!meta->published.known()) {
        if (int y = DatelineYear(text, p, d)) {
          char buf[16];
          std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, d.month, d.day);
          meta->published = {buf, "dateline, year inferred"};
        }
      }
      auto after = TrimView(p.substr(d.end));
      size_t close = after.find(')');
      if (dateline_agency.empty() && after.starts_with("(") && close != std::string_view::npos &&
          close < 60) {
        dateline_agency = std::string(after.substr(1, close - 1));
      }
      break;
    }
  }

  // Publisher.
  if (!declared.publisher.empty()) {
    meta->publisher = {CollapseSpaces(declared.publisher), "declared"};
  } else {
    std::string issuer = FindIssuer(text);
    if (!issuer.empty()) {
      meta->publisher = {issuer, "text"};
    } else if (!dateline_agency.empty()) {
      meta->publisher = {dateline_agency, "dateline"};
    }
  }
}

}  // namespace dossier::ingest
