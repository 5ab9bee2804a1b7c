#include "ingest/dates.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <regex>
#include <unordered_map>

#include "base/hash.h"
#include "base/text.h"

namespace dossier::ingest {
namespace {

struct MonthName {
  std::string_view prefix;  // lower case stem
  int month;
  size_t min_len;  // shortest accepted form
};

// Stems match any word that starts with them and is at least min_len long
// and at most as long as the longest inflected form.
constexpr std::array<MonthName, 60> kMonths = {{
    {"january", 1, 3}, {"february", 2, 3}, {"march", 3, 3}, {"april", 4, 3},
    {"may", 5, 3}, {"june", 6, 3}, {"july", 7, 3}, {"august", 8, 3},
    {"september", 9, 3}, {"october", 10, 3}, {"november", 11, 3},
    {"december", 12, 3}, {"sept", 9, 4},
    // Russian stems: январь/января/январе ...
    {"январ", 1, 5}, {"феврал", 2, 6}, {"март", 3, 4}, {"апрел", 4, 5},
    {"ма", 5, 3}, {"июн", 6, 3}, {"июл", 7, 3}, {"август", 8, 6},
    {"сентябр", 9, 7}, {"октябр", 10, 6}, {"ноябр", 11, 5}, {"декабр", 12, 6},
    // French
    {"janvier", 1, 4}, {"février", 2, 4}, {"fevrier", 2, 4}, {"mars", 3, 4},
    {"avril", 4, 4}, {"mai", 5, 3}, {"juin", 6, 4}, {"juillet", 7, 5},
    {"août", 8, 4}, {"aout", 8, 4}, {"septembre", 9, 9}, {"octobre", 10, 7},
    {"novembre", 11, 8}, {"décembre", 12, 8}, {"decembre", 12, 8},
    // German
    {"januar", 1, 6}, {"februar", 2, 7}, {"märz", 3, 4}, {"maerz", 3, 5},
    {"juni", 6, 4}, {"juli", 7, 4}, {"oktober", 10, 7}, {"dezember", 12, 8},
    // Spanish
    {"enero", 1, 5}, {"febrero", 2, 7}, {"marzo", 3, 5}, {"abril", 4, 5},
    {"mayo", 5, 4}, {"junio", 6, 5}, {"julio", 7, 5}, {"agosto", 8, 6},
    {"septiembre", 9, 10}, {"octubre", 10, 7}, {"noviembre", 11, 9},
    {"diciembre", 12, 9},
}};

// Russian "мая" / "май" / "мае" only (the stem "ма" is too short otherwise).
bool IsRussianMay(std::string_view w) { return w == "май" || w == "мая" || w == "мае"; }

struct Token {
  size_t start, end;
  std::string text;  // lower case
  bool number;
  bool word;
};

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t start = i;
    char32_t c = NextCodePoint(s, &i);
    if (c < 0x80 && IsDigit(c)) {  // ASCII digits only: std::stoi reads no others
      size_t e = i;
      while (e < s.size() && std::isdigit(static_cast<unsigned char>(s[e]))) ++e;
      out.push_back({start, e, std::string(s.substr(start, e - start)), true, false});
      i = e;
    } else if (IsLetter(c)) {
      size_t e = i;
      while (e < s.size()) {
        size_t j = e;
        if (!IsLetter(NextCodePoint(s, &j))) break;
        e = j;
      }
      out.push_back({start, e, ToLower(s.substr(start, e - start)), false, true});
      i = e;
    } else if (!IsSpace(c)) {
      out.push_back({start, i, std::string(s.substr(start, i - start)), false, false});
    }
  }
  return out;
}

int ToInt(const std::string& s) {
  if (s.empty() || s.size() > 4) return -1;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

bool ValidYear(int y) { return y >= 1900 && y <= 2100; }

int MonthFromNameUncached(std::string_view word);

}  // namespace

int MonthFromName(std::string_view word) {
  // No month name is that long, even inflected ("сентября" is 16 bytes).
  if (word.size() < 3 || word.size() > 20) return 0;
  // Most words start with no month's first letter (ASCII case folded; any
  // other first byte is let through).
  static const auto* kFirst = [] {
    auto* t = new std::array<bool, 256>{};
    for (const auto& m : kMonths) {
      unsigned char c = static_cast<unsigned char>(m.prefix[0]);
      (*t)[c] = true;
      if (c >= 'a' && c <= 'z') (*t)[c - 'a' + 'A'] = true;
    }
    for (int c = 0x80; c < 256; ++c) (*t)[c] = true;
    return t;
  }();
  if (!(*kFirst)[static_cast<unsigned char>(word[0])]) return 0;
  // Memoised: the same words come back in every document (looked up
  // without building a string).
  thread_local BoundedMemo<int> memo(50000);
  return memo.Get(word, [&] { return MonthFromNameUncached(word); });
}

namespace {
int MonthFromNameUncached(std::string_view word) {
  std::string w = ToLower(word);
  if (!w.empty() && w.back() == '.') w.pop_back();
  if (IsRussianMay(w)) return 5;
  size_t len = Utf8Length(w);
  for (const auto& m : kMonths) {
    if (m.prefix == "ма") continue;
    size_t plen = Utf8Length(m.prefix);
    if (len < m.min_len) continue;
    if (len <= plen) {
      // An abbreviation: the word is a prefix of the month name.
      if (m.prefix.starts_with(w)) return m.month;
    } else if (w.starts_with(m.prefix) && len <= plen + 2 &&
               static_cast<unsigned char>(m.prefix[0]) >= 0x80) {
      return m.month;  // inflected Russian form: января, марте
    }
  }
  return 0;
}
}  // namespace

std::vector<int> WrittenYears(std::string_view text, int lo, int hi) {
  std::vector<int> out;
  auto alnum = [&](size_t i) { return std::isalnum(static_cast<unsigned char>(text[i])) != 0; };
  auto digit = [&](size_t i) { return std::isdigit(static_cast<unsigned char>(text[i])) != 0; };
  for (size_t i = 0; i + 4 <= text.size(); ++i) {
    if ((text[i] != '1' && text[i] != '2') || (i > 0 && alnum(i - 1))) continue;
    if (!digit(i + 1) || !digit(i + 2) || !digit(i + 3) || (i + 4 < text.size() && alnum(i + 4))) {
      continue;
    }
    int y = (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 +
            (text[i + 3] - '0');
    if (y >= lo && y <= hi) out.push_back(y);
    i += 3;
  }
  return out;
}

std::string FoundDate::Value() const {
  char buf[40];
  if (day > 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  } else if (month > 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d", year);
  }
  return buf;
}

std::vector<FoundDate> FindDates(std::string_view text) {
  auto toks = Tokenize(text);
  std::vector<FoundDate> out;
  auto month_at = [&](size_t k) {
    return k < toks.size() && toks[k].word ? MonthFromName(toks[k].text) : 0;
  };
  auto num_at = [&](size_t k, int lo, int hi) {
    if (k >= toks.size() || !toks[k].number) return -1;
    int v = ToInt(toks[k].text);
    return v >= lo && v <= hi ? v : -1;
  };
  auto is = [&](size_t k, std::string_view s) { return k < toks.size() && toks[k].text == s; };
  // A four-digit year at token y, or 0.
  auto year_at = [&](size_t y) {
    return y < toks.size() && toks[y].number && toks[y].text.size() == 4 ? ToInt(toks[y].text) : 0;
  };
  auto dash = [&](size_t k) {
    return is(k, "-") || is(k, "\u2013") || is(k, "\u2014");
  };
  for (size_t k = 0; k < toks.size(); ++k) {
    FoundDate d;
    size_t last = k;
    int a = num_at(k, 1, 31);
    // ISO: 2022-06-27
    if (toks[k].number && toks[k].text.size() == 4 && ValidYear(ToInt(toks[k].text)) &&
        (is(k + 1, "-") || is(k + 1, "/")) && num_at(k + 2, 1, 12) > 0 &&
        toks[k + 2].text.size() == 2 && is(k + 3, toks[k + 1].text) &&
        num_at(k + 4, 1, 31) > 0 && toks[k + 4].text.size() == 2) {
      d.year = ToInt(toks[k].text);
      d.month = num_at(k + 2, 1, 12);
      d.day = num_at(k + 4, 1, 31);
      last = k + 4;
    } else if (a > 0 && is(k + 1, ".") && num_at(k + 2, 1, 12) > 0 && is(k + 3, ".") &&
               k + 4 < toks.size() && toks[k + 4].number &&
               toks[k + 4].text.size() == 4 && ValidYear(ToInt(toks[k + 4].text))) {
      // 05.03.2023 (day first, as in Europe and Russia)
      d.day = a;
      d.month = num_at(k + 2, 1, 12);
      d.year = ToInt(toks[k + 4].text);
      last = k + 4;
    } else if (a > 0) {
      // 25 July 2010 / 25-27 November 2022 / 5. März 2023 / 5 марта 2023 г.
      size_t m = k + 1;
      int day_end = 0;
      if (dash(m) && num_at(m + 1, 1, 31) > 0) {
        day_end = num_at(m + 1, 1, 31);
        m += 2;
      }
      if (is(m, ".")) ++m;
      if (is(m, "of")) ++m;
      int month = month_at(m);
      if (month > 0) {
        size_t y = m + 1;
        if (is(y, ".")) ++y;
        if (is(y, ",")) ++y;
        int year = year_at(y);
        if (ValidYear(year)) {
          d.year = year;
          d.month = month;
          d.day = day_end > 0 && day_end != a ? 0 : a;
          last = y;
          if (is(y + 1, "г") || is(y + 1, "года")) last = y + 1 + (is(y + 2, ".") ? 1 : 0);
        }
      }
    } else if (int month = month_at(k); month > 0) {
      // March 5, 2023 / March 5-7, 2023 / March 2023
      size_t m = k + 1;
      if (is(m, ".")) ++m;
      int day = num_at(m, 1, 31);
      if (day > 0 && toks[m].text.size() <= 2) {
        size_t y = m + 1;
        int day_end = 0;
        if (dash(y) && num_at(y + 1, 1, 31) > 0) {
          day_end = num_at(y + 1, 1, 31);
          y += 2;
        }
        if (is(y, "st") || is(y, "nd") || is(y, "rd") || is(y, "th")) ++y;
        if (is(y, ",")) ++y;
        int year = year_at(y);
        if (ValidYear(year)) {
          d.year = year;
          d.month = month;
          d.day = day_end > 0 && day_end != day ? 0 : day;
          last = y;
        }
      } else if (m < toks.size() && toks[m].number && toks[m].text.size() == 4 &&
                 ValidYear(ToInt(toks[m].text))) {
        // "May 2021" needs a capital for the ambiguous English "may".
        bool ambiguous = toks[k].text == "may" && text[toks[k].start] == 'm';
        if (!ambiguous) {
          d.year = ToInt(toks[m].text);
          d.month = month;
          last = m;
        }
      }
    }
    if (d.year > 0) {
      d.start = toks[k].start;
      d.end = toks[last].end;
      out.push_back(d);
      k = last;
    }
  }
  return out;
}

std::string ParseDateValue(std::string_view s) {
  static const std::regex iso(R"(^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?)");
  std::string str(s);
  std::smatch m;
  if (std::regex_search(str, m, iso)) {
    int y = std::stoi(m[1]);
    if (ValidYear(y)) {
      FoundDate d;
      d.year = y;
      if (m[2].matched) d.month = std::stoi(m[2]);
      if (m[3].matched) d.day = std::stoi(m[3]);
      if (d.month >= 0 && d.month <= 12 && d.day <= 31 && (d.month > 0 || d.day == 0)) {
        return d.Value();
      }
    }
  }
  auto found = FindDates(s);
  if (!found.empty()) return found.front().Value();
  return "";
}

std::string DateFromUrl(std::string_view url) {
  static const std::regex re(
      R"([/_-]((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])?(?:[/_.-]|$))");
  std::string u(url);
  std::smatch m;
  if (!std::regex_search(u, m, re)) return "";
  FoundDate d;
  d.year = std::stoi(m[1]);
  d.month = std::stoi(m[2]);
  if (m[3].matched) d.day = std::stoi(m[3]);
  return d.Value();
}

}  // namespace dossier::ingest
