#include "nlp/timex.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>
#include <unordered_map>
#include <utility>

#include "base/calendar.h"
#include "base/hash.h"
#include "base/text.h"

namespace dossier::nlp {
namespace {

// ---------------------------------------------------------------------------
// Calendar arithmetic: base/calendar.h (days since 1970-01-01).

// ISO weekday, 1 = Monday ... 7 = Sunday.
int WeekdayOf(int64_t days) {
  int64_t w = (days + 3) % 7;  // 1970-01-01 was a Thursday (3 from Monday)
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

std::string Pad(int v, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*d", width, v);
  return buf;
}

std::string DayValue(int64_t days) {
  int y, m, d;
  CivilFromDays(days, &y, &m, &d);
  return Pad(y, 4) + "-" + Pad(m, 2) + "-" + Pad(d, 2);
}

std::string WeekValue(int64_t days) {
  // The ISO week contains its Thursday.
  int64_t thursday = days - WeekdayOf(days) + 4;
  int y, m, d;
  CivilFromDays(thursday, &y, &m, &d);
  int64_t jan1 = DaysFromCivil(y, 1, 1);
  int week = static_cast<int>((thursday - jan1) / 7) + 1;
  return Pad(y, 4) + "-W" + Pad(week, 2);
}

std::string MonthValue(int y, int m) {  // m may be out of 1..12
  while (m < 1) { m += 12; --y; }
  while (m > 12) { m -= 12; ++y; }
  return Pad(y, 4) + "-" + Pad(m, 2);
}

// Easter Sunday (anonymous Gregorian algorithm).
int64_t EasterDays(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return DaysFromCivil(y, month, day);
}

struct Anchor {
  int y = 0, m = 0, d = 0;  // 0 when unknown
  bool HasDay() const { return d > 0; }
  int64_t Days() const { return DaysFromCivil(y, m, d); }
};

Anchor ParseAnchor(std::string_view s) {
  Anchor a;
  auto num = [&](size_t pos, size_t len) {
    int v = 0;
    if (pos + len > s.size()) return -1;
    for (size_t k = pos; k < pos + len; ++k) {
      if (s[k] < '0' || s[k] > '9') return -1;
      v = v * 10 + (s[k] - '0');
    }
    return v;
  };
  s = TrimView(s);
  int y = num(0, 4);
  if (y <= 0) return a;
  a.y = y;
  size_t p = 4;
  if (p < s.size() && (s[p] == '-' || s[p] == '/')) ++p;
  int m = num(p, 2);
  if (m < 1 || m > 12) return a;
  a.m = m;
  p += 2;
  if (p < s.size() && (s[p] == '-' || s[p] == '/')) ++p;
  int d = num(p, 2);
  if (d >= 1 && d <= DaysInMonth(y, m)) a.d = d;
  return a;
}

// ---------------------------------------------------------------------------
// Lexicon.

enum Unit : uint8_t {
  kNoUnit, kSecond, kMinute, kHour, kDay, kWeek, kWeekend, kFortnight, kMonth,
  kQuarter, kHalfYear, kYear, kDecade, kCentury, kMillennium
};

enum Rel : int8_t { kRelNone = 0, kRelLast, kRelThis, kRelNext };

struct Lex {
  int8_t month = 0;
  int8_t month_kind = 0;  // 0 full name, 1 abbreviation, 2 also a common word
  int8_t weekday = 0;
  bool weekday_abbr = false;
  bool weekday_plural = false;
  int16_t cardinal = -1;  // number words
  int8_t ordinal = 0;     // first, 1st-like words
  Unit unit = kNoUnit;
  bool plural = false;
  int8_t season = 0;  // 1 SP, 2 SU, 3 FA, 4 WI
  int8_t part = 0;    // 1 MO, 2 AF, 3 EV, 4 NI, 5 DT (day time)
  Rel rel = kRelNone;
  bool vague = false;  // several, few, many, несколько
};

using LexMap = std::unordered_map<std::string_view, Lex, StringHash, std::equal_to<>>;

const LexMap& Lexicon() {
  static const LexMap* const kMap = [] {
    auto* map = new LexMap();
    auto add = [&](std::initializer_list<std::string_view> words, auto&& set) {
      for (auto w : words) set((*map)[w]);
    };
    auto word = [&](std::initializer_list<std::string_view> words) {
      for (auto w : words) (*map)[w];
    };
    // English months.
    const std::array<std::string_view, 12> months = {
        "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    for (int k = 0; k < 12; ++k) {
      Lex& l = (*map)[months[k]];
      l.month = static_cast<int8_t>(k + 1);
      l.month_kind = (k == 2 || k == 4 || k == 7) ? 2 : 0;
    }
    const std::array<std::pair<std::string_view, int>, 13> abbr = {{
        {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7},
        {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11},
        {"dec", 12}, {"febr", 2}}};
    for (auto [w, m] : abbr) {
      Lex& l = (*map)[w];
      l.month = static_cast<int8_t>(m);
      l.month_kind = 1;
    }
    // Russian months, every case form (ё is folded to е by the tokenizer).
    const std::array<std::string_view, 12> ru_stems = {
        "январ", "феврал", "март", "апрел", "ма", "июн",
        "июл", "август", "сентябр", "октябр", "ноябр", "декабр"};
    static const std::array<std::string, 12 * 6> ru_forms = [&] {
      std::array<std::string, 12 * 6> f;
      for (int k = 0; k < 12; ++k) {
        std::string stem(ru_stems[k]);
        if (k == 2 || k == 7) {  // март, август: hard stems
          f[k * 6 + 0] = stem;
          f[k * 6 + 1] = stem + "а";
          f[k * 6 + 2] = stem + "е";
          f[k * 6 + 3] = stem + "у";
          f[k * 6 + 4] = stem + "ом";
          f[k * 6 + 5] = stem + "ы";
        } else if (k == 4) {
          f[k * 6 + 0] = "май";
          f[k * 6 + 1] = "мая";
          f[k * 6 + 2] = "мае";
          f[k * 6 + 3] = "маю";
          f[k * 6 + 4] = "маем";
          f[k * 6 + 5] = "маи";
        } else {
          f[k * 6 + 0] = stem + "ь";
          f[k * 6 + 1] = stem + "я";
          f[k * 6 + 2] = stem + "е";
          f[k * 6 + 3] = stem + "ю";
          f[k * 6 + 4] = stem + "ем";
          f[k * 6 + 5] = stem + "и";
        }
      }
      return f;
    }();
    for (int k = 0; k < 12 * 6; ++k) {
      Lex& l = (*map)[ru_forms[k]];
      l.month = static_cast<int8_t>(k / 6 + 1);
    }
    // Weekdays.
    const std::array<std::string_view, 7> days = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    for (int k = 0; k < 7; ++k) (*map)[days[k]].weekday = static_cast<int8_t>(k + 1);
    const std::array<std::string_view, 7> days_pl = {
        "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"};
    for (int k = 0; k < 7; ++k) {
      Lex& l = (*map)[days_pl[k]];
      l.weekday = static_cast<int8_t>(k + 1);
      l.weekday_plural = true;
    }
    const std::array<std::pair<std::string_view, int>, 11> dabbr = {{
        {"mon", 1}, {"tue", 2}, {"tues", 2}, {"wed", 3}, {"thu", 4}, {"thur", 4},
        {"thurs", 4}, {"fri", 5}, {"sat", 6}, {"sun", 7}, {"weds", 3}}};
    for (auto [w, d] : dabbr) {
      Lex& l = (*map)[w];
      l.weekday = static_cast<int8_t>(d);
      l.weekday_abbr = true;
    }
    const std::array<std::pair<std::string_view, int>, 28> ru_days = {{
        {"понедельник", 1}, {"понедельника", 1}, {"понедельнику", 1},
        {"вторник", 2}, {"вторника", 2}, {"вторнику", 2},
        {"среда", 3}, {"среду", 3}, {"среды", 3}, {"среде", 3},
        {"четверг", 4}, {"четверга", 4}, {"четвергу", 4},
        {"пятница", 5}, {"пятницу", 5}, {"пятницы", 5}, {"пятнице", 5},
        {"суббота", 6}, {"субботу", 6}, {"субботы", 6}, {"субботе", 6},
        {"воскресенье", 7}, {"воскресенья", 7}, {"воскресенью", 7},
        {"понедельникам", 1}, {"вторникам", 2}, {"средам", 3}, {"пятницам", 5}}};
    for (auto [w, d] : ru_days) {
      Lex& l = (*map)[w];
      l.weekday = static_cast<int8_t>(d);
      if (w.ends_with("ам")) l.weekday_plural = true;
    }
    // Cardinals.
    const std::array<std::pair<std::string_view, int>, 33> en_num = {{
        {"zero", 0}, {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5},
        {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10},
        {"eleven", 11}, {"twelve", 12}, {"thirteen", 13}, {"fourteen", 14},
        {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18},
        {"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40},
        {"fifty", 50}, {"sixty", 60}, {"seventy", 70}, {"eighty", 80},
        {"ninety", 90}, {"hundred", 100}, {"thousand", 1000}, {"dozen", 12},
        {"fourty", 40}, {"couple", 2}}};
    for (auto [w, v] : en_num) (*map)[w].cardinal = static_cast<int16_t>(v);
    const std::array<std::pair<std::string_view, int>, 78> ru_num = {{
        {"один", 1}, {"одна", 1}, {"одно", 1}, {"одного", 1}, {"одной", 1},
        {"одну", 1}, {"одному", 1}, {"два", 2}, {"две", 2}, {"двух", 2},
        {"двум", 2}, {"три", 3}, {"трех", 3}, {"трем", 3}, {"четыре", 4},
        {"четырех", 4}, {"пять", 5}, {"пяти", 5}, {"шесть", 6}, {"шести", 6},
        {"семь", 7}, {"семи", 7}, {"восемь", 8}, {"восьми", 8}, {"девять", 9},
        {"девяти", 9}, {"десять", 10}, {"десяти", 10}, {"одиннадцать", 11},
        {"одиннадцати", 11}, {"двенадцать", 12}, {"двенадцати", 12},
        {"тринадцать", 13}, {"тринадцати", 13}, {"четырнадцать", 14},
        {"четырнадцати", 14}, {"пятнадцать", 15}, {"пятнадцати", 15},
        {"шестнадцать", 16}, {"шестнадцати", 16}, {"семнадцать", 17},
        {"семнадцати", 17}, {"восемнадцать", 18}, {"восемнадцати", 18},
        {"девятнадцать", 19}, {"девятнадцати", 19}, {"двадцать", 20},
        {"двадцати", 20}, {"тридцать", 30}, {"тридцати", 30}, {"сорок", 40},
        {"сорока", 40}, {"пятьдесят", 50}, {"пятидесяти", 50},
        {"шестьдесят", 60}, {"шестидесяти", 60}, {"семьдесят", 70},
        {"семидесяти", 70}, {"восемьдесят", 80}, {"восьмидесяти", 80},
        {"девяносто", 90}, {"девяноста", 90}, {"сто", 100}, {"ста", 100},
        {"тысяча", 1000}, {"тысячи", 1000}, {"тысяч", 1000}, {"пару", 2},
        {"пара", 2}, {"пары", 2}, {"полтора", 1}, {"полторы", 1},
        {"полутора", 1}, {"двое", 2}, {"трое", 3}, {"четверо", 4},
        {"пятеро", 5}, {"нуля", 0}}};
    for (auto [w, v] : ru_num) (*map)[w].cardinal = static_cast<int16_t>(v);
    add({"several", "few", "many", "some", "dozens", "hundreds", "thousands",
         "numerous", "несколько", "нескольких", "многие", "многих", "много",
         "десятки", "десятков", "сотни"},
        [](Lex& l) { l.vague = true; });
    // Ordinals.
    const std::array<std::pair<std::string_view, int>, 40> ords = {{
        {"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"fifth", 5},
        {"sixth", 6}, {"seventh", 7}, {"eighth", 8}, {"ninth", 9}, {"tenth", 10},
        {"eleventh", 11}, {"twelfth", 12}, {"thirteenth", 13}, {"fourteenth", 14},
        {"fifteenth", 15}, {"sixteenth", 16}, {"seventeenth", 17},
        {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20},
        {"thirtieth", 30}, {"twenty-first", 21}, {"last", 99}, {"final", 99},
        {"первый", 1}, {"первом", 1}, {"первого", 1}, {"первая", 1},
        {"второй", 2}, {"втором", 2}, {"второго", 2}, {"третий", 3},
        {"третьем", 3}, {"третьего", 3}, {"третья", 3}, {"четвертый", 4},
        {"четвертом", 4}, {"четвертого", 4}, {"четвертая", 4}, {"первой", 1}}};
    for (auto [w, v] : ords) (*map)[w].ordinal = static_cast<int8_t>(v);
    add({"третьей", "четвертой"}, [](Lex& l) { l.ordinal = 3; });
    (*map)["четвертой"].ordinal = 4;
    // Units.
    auto unit = [&](std::initializer_list<std::string_view> sg,
                    std::initializer_list<std::string_view> pl, Unit u) {
      for (auto w : sg) (*map)[w].unit = u;
      for (auto w : pl) {
        Lex& l = (*map)[w];
        l.unit = u;
        l.plural = true;
      }
    };
    unit({"second", "sec"}, {"seconds", "secs"}, kSecond);
    unit({"minute", "min"}, {"minutes", "mins"}, kMinute);
    unit({"hour", "hr"}, {"hours", "hrs"}, kHour);
    unit({"day"}, {"days"}, kDay);
    unit({"week"}, {"weeks"}, kWeek);
    unit({"weekend"}, {"weekends"}, kWeekend);
    unit({"fortnight"}, {"fortnights"}, kFortnight);
    unit({"month"}, {"months"}, kMonth);
    unit({"quarter"}, {"quarters"}, kQuarter);
    unit({"year"}, {"years"}, kYear);
    unit({"decade"}, {"decades"}, kDecade);
    unit({"century"}, {"centuries"}, kCentury);
    unit({"millennium"}, {"millennia"}, kMillennium);
    unit({"секунда", "секунду", "секунды", "секунде"}, {"секунд", "секундами"}, kSecond);
    unit({"минута", "минуту", "минуты", "минуте"}, {"минут", "минутами"}, kMinute);
    unit({"час", "часа", "часу", "часом"}, {"часов", "часы", "часами", "часах"}, kHour);
    unit({"день", "дня", "дню", "днем", "дне", "сутки"},
         {"дней", "дни", "дням", "днями", "днях", "суток"}, kDay);
    unit({"неделя", "недели", "неделе", "неделю", "неделей"},
         {"недель", "неделям", "неделями", "неделях"}, kWeek);
    unit({"выходные", "выходных"}, {}, kWeekend);
    unit({"месяц", "месяца", "месяцу", "месяцем", "месяце"},
         {"месяцев", "месяцы", "месяцам", "месяцами", "месяцах"}, kMonth);
    unit({"квартал", "квартала", "квартале", "кварталу"}, {"кварталов", "кварталах"},
         kQuarter);
    unit({"полугодие", "полугодия", "полугодии"}, {}, kHalfYear);
    unit({"год", "года", "году", "годом", "годе"},
         {"лет", "годы", "годов", "годам", "годами", "годах"}, kYear);
    unit({"десятилетие", "десятилетия", "десятилетии"}, {"десятилетий", "десятилетиях"},
         kDecade);
    unit({"век", "века", "веке", "веку"}, {"веков", "веках"}, kCentury);
    // Seasons and parts of the day.
    add({"spring", "springtime", "весна", "весной", "весны", "весну", "весне"},
        [](Lex& l) { l.season = 1; });
    add({"summer", "summertime", "лето", "летом", "лета", "лете"},
        [](Lex& l) { l.season = 2; });
    add({"fall", "autumn", "осень", "осенью", "осени"}, [](Lex& l) { l.season = 3; });
    add({"winter", "wintertime", "зима", "зимой", "зимы", "зиму", "зиме"},
        [](Lex& l) { l.season = 4; });
    add({"morning", "утром", "утро", "утра"}, [](Lex& l) { l.part = 1; });
    add({"afternoon", "днем"}, [](Lex& l) { l.part = 2; });
    add({"evening", "вечером", "вечер", "вечера"}, [](Lex& l) { l.part = 3; });
    add({"night", "ночью", "ночь", "overnight"}, [](Lex& l) { l.part = 4; });
    // Relative determiners.
    add({"last", "past", "previous", "prior", "прошлый", "прошлого", "прошлому",
         "прошлым", "прошлом", "прошлая", "прошлой", "прошлую", "прошлое",
         "прошлые", "прошлых", "минувший", "минувшего", "минувшем", "минувшей",
         "минувшую", "предыдущий", "предыдущего", "предыдущем", "предыдущей",
         "предыдущую", "последние", "последних"},
        [](Lex& l) { l.rel = kRelLast; });
    add({"this", "current", "present", "этот", "этого", "этом", "этому", "эта",
         "этой", "эту", "это", "текущий", "текущего", "текущем", "текущей", "текущую",
         "текущем", "нынешний", "нынешнего", "нынешнем", "нынешней", "сей", "сего"},
        [](Lex& l) { l.rel = kRelThis; });
    add({"next", "coming", "following", "upcoming", "следующий", "следующего",
         "следующем", "следующей", "следующую", "будущий", "будущего", "будущем",
         "будущей", "будущую", "грядущем", "грядущий", "ближайшие", "ближайших"},
        [](Lex& l) { l.rel = kRelNext; });
    // Other words that can start or prefix an expression.
    word({"today", "tonight", "yesterday", "tomorrow", "now", "currently",
          "presently", "nowadays", "recently", "recent", "lately", "soon",
          "future", "the", "a", "an", "about", "around", "approximately",
          "nearly", "almost", "roughly", "over", "under", "more", "less", "fewer",
          "at", "up", "just", "well", "early", "late", "mid", "earlier", "later",
          "end", "beginning", "start", "middle", "every", "each", "daily", "weekly",
          "monthly", "yearly", "annually", "hourly", "nightly", "quarterly",
          "biweekly", "semiannually", "fiscal", "calendar", "noon", "midnight",
          "midday", "that", "same", "half", "year-end", "latest", "once", "twice",
          "per", "eighties", "nineties", "seventies", "sixties", "fifties",
          "forties", "thirties", "twenties", "thanksgiving", "christmas", "easter",
          "halloween", "new", "independence", "valentine", "election", "labor",
          "memorial", "veterans", "columbus", "yearlong", "pre", "post", "medieval", "close",
          "no", "within", "later", "thereafter", "ago", "then", "once",
          "сегодня", "вчера", "завтра", "позавчера", "послезавтра", "сейчас",
          "теперь", "ныне", "недавно", "настоящее", "настоящий", "будущем",
          "прошлом", "ближайшее", "каждый", "каждую", "каждое", "каждые", "каждого",
          "ежедневно", "еженедельно", "ежемесячно", "ежегодно", "ежечасно", "около",
          "почти", "более", "менее", "больше", "меньше", "свыше", "спустя", "начале",
          "конце", "середине", "начала", "конца", "середины", "позапрошлом",
          "позапрошлого", "позапрошлой", "полдень", "полночь", "полчаса",
          "полгода", "полмесяца", "полвека", "позже", "ранее", "раньше", "целый",
          "целых", "примерно", "приблизительно", "минимум", "максимум", "лишь",
          "всего", "полтора", "нач"});
    return map;
  }();
  return *kMap;
}

// ---------------------------------------------------------------------------
// Tokens.

struct Tok {
  uint32_t start = 0, end = 0;  // byte span
  uint32_t low_off = 0, low_len = 0;  // lower-case form in Annotator::low_
  enum Kind : uint8_t { kWord, kNum, kPunct } kind = kPunct;
  bool space_before = true;  // white space (or text start) before the token
  bool cap = false;          // starts with an upper-case letter
  bool cyr = false;          // a Cyrillic word
  uint32_t sent = 0;         // sentence number
  int64_t num = -1;          // value of a digit run (capped)
  const Lex* lex = nullptr;
};

bool IsCyrillic(char32_t c) { return c >= 0x400 && c <= 0x4FF; }

char32_t FoldLower(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0x410 && c <= 0x42F) c += 0x20;
  else if (c >= 0x400 && c <= 0x40F) c += 0x50;
  if (c == 0x451) c = 0x435;  // ё -> е
  return c;
}

bool IsWordChar(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (IsCyrillic(c)) return true;
  return IsLetter(c);
}

struct Match {
  size_t b = 0, e = 0;  // tokens [b, e)
  TimexType type = TimexType::kDate;
  std::string value;
  bool relative = false;
  bool the_ok = false;    // may take a preceding "the"
  bool quantity = false;  // starts with a quantity ("about", "more than" may precede)
  bool datey = false;     // "early", "late", "mid", "the end of" may precede
  bool suppress = false;  // a non-temporal use (an age): consume, emit nothing
  bool ago = false;       // "two years ago": takes any quantity modifier
  bool weekday = false;   // a weekday: no "early"/"earlier" prefix
  std::vector<Match> extra;  // further expressions found by the same rule
};

struct DurParts {
  // Amount per unit; NaN-free: vague marks "several".
  std::array<double, 15> amount{};
  bool vague = false;
  Unit vague_unit = kNoUnit;
  Unit finest = kNoUnit;
  int count = 0;
};

class Annotator {
 public:
  Annotator(std::string_view text, const Anchor& anchor, bool russian)
      : text_(text), a_(anchor), ru_(russian) {}

  std::vector<TimeExpr> Run();

 private:
  // Tokens.
  void Tokenize();
  size_t n() const { return toks_.size(); }
  std::string_view W(size_t i) const {
    if (i >= toks_.size()) return {};
    return std::string_view(low_).substr(toks_[i].low_off, toks_[i].low_len);
  }
  bool Is(size_t i, std::string_view w) const { return i < n() && W(i) == w; }
  // A template over the list's length, so that each call site compares
  // with words of known lengths.
  template <size_t N>
  bool IsAny(size_t i, const std::string_view (&ws)[N]) const {
    if (i >= n()) return false;
    std::string_view w = W(i);
    if (w.empty()) return false;
    for (std::string_view x : ws)
      if (x.size() == w.size() && x[0] == w[0] && w == x) return true;
    return false;
  }
  bool IsNum(size_t i) const { return i < n() && toks_[i].kind == Tok::kNum; }
  bool IsWord(size_t i) const { return i < n() && toks_[i].kind == Tok::kWord; }
  bool Glued(size_t i) const { return i < n() && !toks_[i].space_before; }
  bool IsDash(size_t i) const {
    return IsAny(i, {"-", "\u2013", "\u2014", "\u2012", "\u2010", "\u2011"});
  }
  bool IsHyphen(size_t i) const { return (IsAny(i, {"-", "\u2010", "\u2011"})) && Glued(i) && Glued(i + 1); }
  bool IsApos(size_t i) const { return IsAny(i, {"'", "\u2019", "`"}); }
  const Lex* L(size_t i) const { return i < n() ? toks_[i].lex : nullptr; }
  int Digits(size_t i) const { return IsNum(i) ? static_cast<int>(toks_[i].end - toks_[i].start) : 0; }
  bool SameSentence(size_t i, size_t j) const { return i < n() && j < n() && toks_[i].sent == toks_[j].sent; }
  bool SentenceStart(size_t i) const { return i == 0 || toks_[i].sent != toks_[i - 1].sent; }

  // Rules.
  bool TryAll(size_t i, Match* best);
  void Consider(Match&& m, Match* best, bool* found);
  bool RuleNumericDate(size_t i, Match* m);
  bool RuleMonthDate(size_t i, Match* m);
  bool RuleDayMonth(size_t i, Match* m);
  bool RuleYear(size_t i, Match* m);
  bool RuleDecadeCentury(size_t i, Match* m);
  bool RuleWeekday(size_t i, Match* m);
  bool RuleDeictic(size_t i, Match* m);
  bool RuleRelativeUnit(size_t i, Match* m);
  bool RuleQuarter(size_t i, Match* m);
  bool RuleSeason(size_t i, Match* m);
  bool RuleDuration(size_t i, Match* m);
  bool RuleTime(size_t i, Match* m);
  bool RuleSet(size_t i, Match* m);
  bool RuleHoliday(size_t i, Match* m);
  bool RuleRussian(size_t i, Match* m);

  // Pieces.
  int YearAt(size_t i) const;
  int SpelledYear(size_t i, size_t* end) const;
  int DayAt(size_t i, size_t* end) const;
  int MonthAt(size_t i, size_t* end) const;
  bool Quantity(size_t i, size_t* end, double* value, bool* vague, bool* article) const;
  bool DurationCore(size_t i, size_t* end, DurParts* parts, bool* quantity) const;
  size_t PartOfDay(size_t i, int* part) const;
  // Sets a day-valued relative match ending at token e, extended by a part
  // of day ("yesterday morning" -> TIME ...TMO).
  bool SetRelativeDay(std::string value, size_t e, Match* m) const;
  size_t TimeZone(size_t i) const;
  size_t AmPm(size_t i, int* pm) const;
  size_t YearSuffixRu(size_t i) const;

  // Values.
  int Tense(size_t b, size_t e) const;
  bool PastContext(size_t i) const;
  int CueAt(size_t k) const;
  std::string MonthDayValue(int m, int d, int tense) const;
  std::string MonthValueInferred(int m, int tense) const;
  std::string QuarterValueInferred(int q, int tense) const;
  std::string SeasonValue(int season, int rel, int tense) const;
  std::string WeekdayValue(int wd, int mode) const;  // mode: -1 strict before, +1 strict after, 0 past, 2 future
  std::string ShiftValue(Unit u, int n) const;
  std::string AgoValue(const DurParts& p, int sign) const;
  static std::string DurationValue(const DurParts& p);
  std::string YearStr() const { return a_.y ? Pad(a_.y, 4) : "XXXX"; }

  std::string_view text_;
  Anchor a_;
  bool ru_;
  std::vector<Tok> toks_;
  std::string low_;
  // The period under discussion in a report: the first quarter mentioned
  // with its year, as y * 4 + q - 1 (0 when none yet).
  int focus_quarter_ = 0;
  int last_year_ = 0;         // last explicit year mentioned
  Anchor last_ref_;           // last explicit (absolute) date mentioned
};

// ---------------------------------------------------------------------------
// Tokenizer: words (letters), digit runs and single punctuation marks, with
// a lower-case (ASCII + Cyrillic, ё -> е) copy and a rough sentence split.

bool IsSentenceAbbrev(std::string_view w) {
  static constexpr std::array<std::string_view, 30> kAbbr = {
      "mr", "mrs", "ms", "dr", "st", "jr", "sr", "co", "corp", "inc", "ltd", "gen",
      "gov", "sen", "rep", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul",
      "aug", "sep", "sept", "oct", "nov", "dec", "г"};
  if (w.size() == 1) return true;  // initials, "a.m."
  return std::find(kAbbr.begin(), kAbbr.end(), w) != kAbbr.end();
}

void Annotator::Tokenize() {
  const LexMap& lex = Lexicon();
  toks_.reserve(text_.size() / 5 + 8);
  low_.reserve(text_.size() + 16);
  bool space = true;
  int newlines = 0;
  uint32_t sent = 0;
  bool pending_break = false;
  size_t i = 0;
  const size_t len = text_.size();
  while (i < len) {
    unsigned char c = static_cast<unsigned char>(text_[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
      if (c == '\n') ++newlines;
      space = true;
      ++i;
      continue;
    }
    Tok t;
    t.start = static_cast<uint32_t>(i);
    t.space_before = space;
    if (newlines >= 2) pending_break = true;
    if (c >= '0' && c <= '9') {
      size_t e = i;
      int64_t v = 0;
      while (e < len && text_[e] >= '0' && text_[e] <= '9') {
        if (v < 100000000) v = v * 10 + (text_[e] - '0');
        ++e;
      }
      t.kind = Tok::kNum;
      t.num = v;
      t.end = static_cast<uint32_t>(e);
      t.low_off = static_cast<uint32_t>(low_.size());
      low_.append(text_.substr(i, e - i));
      i = e;
    } else {
      size_t j = i;
      char32_t cp = c < 0x80 ? (++j, static_cast<char32_t>(c)) : NextCodePoint(text_, &j);
      if (c >= 0x80 && IsSpace(cp)) {
        space = true;
        i = j;
        continue;
      }
      t.low_off = static_cast<uint32_t>(low_.size());
      if (IsWordChar(cp)) {
        t.kind = Tok::kWord;
        t.cap = (cp >= 'A' && cp <= 'Z') || (cp >= 0x400 && cp <= 0x42F) || (cp >= 0x80 && !IsCyrillic(cp) && IsUpper(cp));
        t.cyr = IsCyrillic(cp);
        size_t e = i;
        while (e < len) {
          size_t k = e;
          unsigned char b = static_cast<unsigned char>(text_[k]);
          char32_t ch = b < 0x80 ? (++k, static_cast<char32_t>(b)) : NextCodePoint(text_, &k);
          if (!IsWordChar(ch)) break;
          char32_t lc = FoldLower(ch);
          if (lc < 0x80) low_.push_back(static_cast<char>(lc));
          else AppendUtf8(lc, &low_);
          e = k;
        }
        t.end = static_cast<uint32_t>(e);
        i = e;
      } else {
        t.kind = Tok::kPunct;
        low_.append(text_.substr(i, j - i));
        t.end = static_cast<uint32_t>(j);
        i = j;
      }
    }
    t.low_len = static_cast<uint32_t>(low_.size() - t.low_off);
    // Sentence boundaries: after . ! ? followed by space and a capital, a
    // digit or a blank line; not after abbreviations.
    if (!toks_.empty()) {
      const Tok& prev = toks_.back();
      std::string_view pw = std::string_view(low_).substr(prev.low_off, prev.low_len);
      if (pending_break) {
        ++sent;
      } else if (prev.kind == Tok::kPunct && (pw == "." || pw == "!" || pw == "?") &&
                 t.space_before && (t.cap || t.kind != Tok::kWord)) {
        bool abbrev = false;
        if (pw == "." && toks_.size() >= 2) {
          const Tok& w = toks_[toks_.size() - 2];
          if (w.kind == Tok::kWord && !prev.space_before &&
              IsSentenceAbbrev(std::string_view(low_).substr(w.low_off, w.low_len)))
            abbrev = true;
        }
        if (!abbrev) ++sent;
      }
    }
    pending_break = false;
    newlines = 0;
    t.sent = sent;
    if (t.kind == Tok::kWord) {
      auto it = lex.find(std::string_view(low_).substr(t.low_off, t.low_len));
      if (it != lex.end()) t.lex = &it->second;
    }
    toks_.push_back(t);
    space = false;
  }
}

// ---------------------------------------------------------------------------
// Tense cues.

int Annotator::CueAt(size_t k) const {
  if (toks_[k].kind != Tok::kWord) return 0;
  std::string_view w = W(k);
  static constexpr std::array<std::string_view, 9> kFuture = {
      "will", "shall", "tomorrow", "next", "upcoming", "scheduled",
      "intends", "soon", "forthcoming"};
  static constexpr std::array<std::string_view, 20> kPast = {
      "said", "was", "were", "had", "did", "ago", "yesterday", "last", "earlier",
      "went", "came", "took", "gave", "saw", "began", "rose", "fell", "knew",
      "wrote", "became"};
  static constexpr std::array<std::string_view, 8> kRuFuture = {
      "будет", "будут", "буду", "будем", "будете", "завтра", "планирует", "планируется"};
  if (w == "ll" && k > 0 && IsApos(k - 1) && Glued(k)) return 1;
  if (w == "as" && k > 0 && IsAny(k - 1, {"soon", "early"})) return 1;  // as soon as Tuesday
  if ((w == "going" || w == "expected" || w == "plans" || w == "expects" || w == "due" ||
       w == "set" || w == "planned" || w == "plan") && Is(k + 1, "to"))
    return 1;
  if (w == "won" && IsApos(k + 1) && Is(k + 2, "t")) return 1;
  for (auto f : kFuture)
    if (w == f) return 1;
  for (auto p : kPast)
    if (w == p) return -1;
  if (toks_[k].cyr) {
    for (auto f : kRuFuture)
      if (w == f) return 1;
    if (w == "вчера" || w == "назад" || w == "был" || w == "была" || w == "было" ||
        w == "были")
      return -1;
    return 0;
  }
  return 0;
}

bool Annotator::PastContext(size_t i) const {
  size_t k = i;
  if (k > 0 && Is(k - 1, "on")) --k;
  if (k == 0 || !IsWord(k - 1)) return false;
  std::string_view w = W(k - 1);
  if (w == "since") return true;
  return w.size() >= 5 && w.ends_with("ed") &&
         !(w == "scheduled" || w == "expected" || w == "planned" || w == "slated" ||
           w == "postponed" || w == "delayed" || w == "extended" || w == "needed");
}

int Annotator::Tense(size_t b, size_t e) const {
  for (size_t k = b, steps = 0; k-- > 0 && steps < 15 && SameSentence(k, b); ++steps) {
    if (int c = CueAt(k)) return c;
  }
  for (size_t k = e, steps = 0; k < n() && steps < 10 && SameSentence(k, b); ++k, ++steps) {
    if (int c = CueAt(k)) return c;
  }
  return 0;
}

// ---------------------------------------------------------------------------
// Value helpers.

std::string Annotator::MonthDayValue(int m, int d, int tense) const {
  if (a_.y == 0) return "XXXX-" + Pad(m, 2) + "-" + Pad(d, 2);
  if (a_.m == 0) return Pad(a_.y, 4) + "-" + Pad(m, 2) + "-" + Pad(d, 2);
  int ad = a_.d ? a_.d : 15;
  int64_t anchor = DaysFromCivil(a_.y, a_.m, ad);
  int best_y = a_.y;
  int64_t best = INT64_MAX;
  for (int y = a_.y - 1; y <= a_.y + 1; ++y) {
    int dd = std::min(d, DaysInMonth(y, m));
    int64_t diff = DaysFromCivil(y, m, dd) - anchor;
    if (tense < 0 && diff > 0) continue;
    if (tense > 0 && diff < 0) continue;
    int64_t dist = std::abs(diff);
    if (dist < best) {
      best = dist;
      best_y = y;
    }
  }
  return Pad(best_y, 4) + "-" + Pad(m, 2) + "-" + Pad(d, 2);
}

std::string Annotator::MonthValueInferred(int m, int tense) const {
  if (a_.y == 0) return "XXXX-" + Pad(m, 2);
  if (a_.m == 0) return Pad(a_.y, 4) + "-" + Pad(m, 2);
  int anchor = a_.y * 12 + a_.m - 1;
  int best_y = a_.y, best = 1 << 30;
  for (int y = a_.y - 1; y <= a_.y + 1; ++y) {
    int diff = y * 12 + m - 1 - anchor;
    if (tense < 0 && diff > 0) continue;
    if (tense > 0 && diff < 0) continue;
    int dist = std::abs(diff) * 2 + (diff > 0 ? 1 : 0);  // ties go to the past
    if (dist < best) {
      best = dist;
      best_y = y;
    }
  }
  return Pad(best_y, 4) + "-" + Pad(m, 2);
}

std::string Annotator::QuarterValueInferred(int q, int tense) const {
  if (a_.y == 0) return "XXXX-Q" + std::to_string(q);
  if (a_.m == 0) return Pad(a_.y, 4) + "-Q" + std::to_string(q);
  int anchor = a_.y * 4 + (a_.m - 1) / 3;
  int best_y = a_.y, best = 1 << 30;
  for (int y = a_.y - 1; y <= a_.y + 1; ++y) {
    int diff = y * 4 + q - 1 - anchor;
    if (tense < 0 && diff > 0) continue;
    if (tense > 0 && diff < 0) continue;
    int dist = std::abs(diff) * 2 + (diff > 0 ? 1 : 0);
    if (dist < best) {
      best = dist;
      best_y = y;
    }
  }
  return Pad(best_y, 4) + "-Q" + std::to_string(q);
}

constexpr std::array<std::string_view, 5> kSeasonCode = {"", "SP", "SU", "FA", "WI"};

// Seasons are numbered year * 4 + (season - 1); a winter belongs to the year
// in which it starts (December), so January 1998 is in 1997-WI.
std::string Annotator::SeasonValue(int season, int rel, int tense) const {
  if (a_.y == 0) return std::string("XXXX-") + std::string(kSeasonCode[season]);
  int y = a_.y;
  if (a_.m > 0) {
    int cur_season = a_.m == 12 || a_.m <= 2 ? 4 : (a_.m - 3) / 3 + 1;
    int cur = (a_.m <= 2 ? a_.y - 1 : a_.y) * 4 + cur_season - 1;
    int same_year = (cur / 4) * 4 + season - 1;  // that season in the current season-year
    int idx;
    if (rel == kRelLast) {
      idx = same_year < cur ? same_year : same_year - 4;
    } else if (rel == kRelNext) {
      idx = same_year > cur ? same_year : same_year + 4;
    } else if (rel == kRelThis) {
      idx = same_year;
    } else if (tense < 0) {
      idx = same_year <= cur ? same_year : same_year - 4;
    } else if (tense > 0) {
      idx = same_year >= cur ? same_year : same_year + 4;
    } else {
      idx = same_year;
    }
    y = idx / 4;
  } else if (rel == kRelLast) {
    y = a_.y - 1;
  } else if (rel == kRelNext) {
    y = a_.y + 1;
  }
  return Pad(y, 4) + "-" + std::string(kSeasonCode[season]);
}

std::string Annotator::WeekdayValue(int wd, int mode) const {
  if (!a_.HasDay()) return "XXXX-WXX-" + std::to_string(wd);
  int64_t anchor = a_.Days();
  int awd = WeekdayOf(anchor);
  int64_t day;
  if (mode == -1) {
    int back = (awd - wd + 7) % 7;
    day = anchor - (back == 0 ? 7 : back);
  } else if (mode == 1) {
    int fwd = (wd - awd + 7) % 7;
    day = anchor + (fwd == 0 ? 7 : fwd);
  } else if (mode == 2) {
    day = anchor + (wd - awd + 7) % 7;
  } else {
    day = anchor - (awd - wd + 7) % 7;
  }
  return DayValue(day);
}

std::string Annotator::ShiftValue(Unit u, int k) const {
  switch (u) {
    case kSecond:
    case kMinute:
    case kHour:
    case kDay:
      if (!a_.HasDay()) return "XXXX-XX-XX";
      if (u != kDay) return DayValue(a_.Days());
      return DayValue(a_.Days() + k);
    case kWeek:
    case kFortnight:
      if (!a_.HasDay()) return "XXXX-WXX";
      return WeekValue(a_.Days() + 7 * k * (u == kFortnight ? 2 : 1));
    case kWeekend:
      if (!a_.HasDay()) return "XXXX-WXX-WE";
      return WeekValue(a_.Days() + 7 * k) + "-WE";
    case kMonth:
      if (a_.m == 0) return a_.y ? Pad(a_.y, 4) : "XXXX-XX";
      return MonthValue(a_.y, a_.m + k);
    case kQuarter: {
      if (a_.m == 0) return "XXXX-QX";
      int q = a_.y * 4 + (a_.m - 1) / 3 + k;
      return Pad(q / 4, 4) + "-Q" + std::to_string(q % 4 + 1);
    }
    case kHalfYear: {
      if (a_.m == 0) return "XXXX-HX";
      int h = a_.y * 2 + (a_.m - 1) / 6 + k;
      return Pad(h / 2, 4) + "-H" + std::to_string(h % 2 + 1);
    }
    case kYear:
      if (a_.y == 0) return "XXXX";
      return Pad(a_.y + k, 4);
    case kDecade:
      if (a_.y == 0) return "XXX";
      return Pad(a_.y / 10 + k, 3);
    case kCentury:
      if (a_.y == 0) return "XX";
      return Pad(a_.y / 100 + k, 2);
    case kMillennium:
      if (a_.y == 0) return "X";
      return std::to_string(a_.y / 1000 + k);
    default:
      return "XXXX";
  }
}

constexpr std::array<std::string_view, 15> kUnitCode = {
    "", "S", "M", "H", "D", "W", "WE", "W", "M", "Q", "H", "Y", "DE", "CE", "ML"};

std::string FormatAmount(double v) {
  if (std::fabs(v - std::round(v)) < 1e-9) return std::to_string(static_cast<long long>(std::llround(v)));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string Annotator::DurationValue(const DurParts& p) {
  if (p.vague) {
    Unit u = p.vague_unit;
    bool t = u == kHour || u == kMinute || u == kSecond;
    return std::string(t ? "PTX" : "PX") + std::string(kUnitCode[u]);
  }
  std::array<double, 15> a = p.amount;
  // Fractions move to the next finer unit when it is exact.
  auto spill = [&](Unit from, Unit to, double factor) {
    double whole = std::floor(a[from] + 1e-9);
    double frac = a[from] - whole;
    if (frac > 1e-9) {
      double moved = frac * factor;
      if (std::fabs(moved - std::round(moved)) < 1e-6) {
        a[from] = whole;
        a[to] += std::round(moved);
      }
    }
  };
  spill(kCentury, kYear, 100);
  spill(kDecade, kYear, 10);
  spill(kYear, kMonth, 12);
  spill(kWeek, kDay, 7);
  spill(kDay, kHour, 24);
  spill(kHour, kMinute, 60);
  spill(kMinute, kSecond, 60);
  a[kWeek] += 2 * a[kFortnight];
  a[kFortnight] = 0;
  a[kMonth] += 3 * a[kQuarter] + 6 * a[kHalfYear];
  a[kQuarter] = a[kHalfYear] = 0;
  int nonzero = 0;
  for (double v : a) nonzero += v > 0;
  if (a[kWeek] > 0 && nonzero > 1) {  // weeks do not combine with other units
    a[kDay] += 7 * a[kWeek];
    a[kWeek] = 0;
  }
  std::string out = "P";
  // Decades and centuries alone keep their unit as years (TimeML practice).
  double years = a[kYear] + 10 * a[kDecade] + 100 * a[kCentury] + 1000 * a[kMillennium];
  if (years > 0) out += FormatAmount(years) + "Y";
  if (a[kMonth] > 0) out += FormatAmount(a[kMonth]) + "M";
  if (a[kWeek] > 0) out += FormatAmount(a[kWeek]) + "W";
  if (a[kWeekend] > 0) out += FormatAmount(a[kWeekend] * 2) + "D";
  if (a[kDay] > 0) out += FormatAmount(a[kDay]) + "D";
  if (a[kHour] > 0 || a[kMinute] > 0 || a[kSecond] > 0) {
    out += "T";
    if (a[kHour] > 0) out += FormatAmount(a[kHour]) + "H";
    if (a[kMinute] > 0) out += FormatAmount(a[kMinute]) + "M";
    if (a[kSecond] > 0) out += FormatAmount(a[kSecond]) + "S";
  }
  if (out == "P") out = "P0D";
  return out;
}

std::string Annotator::AgoValue(const DurParts& p, int sign) const {
  if (p.vague) return sign < 0 ? "PAST_REF" : "FUTURE_REF";
  // Express the shift in the finest unit used, rounding fractions.
  Unit u = p.finest;
  const auto& a = p.amount;
  double total = 0;
  switch (u) {
    case kYear:
    case kDecade:
    case kCentury:
    case kMillennium:
      total = a[kYear] + 10 * a[kDecade] + 100 * a[kCentury] + 1000 * a[kMillennium];
      if (std::fabs(total - std::round(total)) > 1e-6) {
        return ShiftValue(kMonth, sign * static_cast<int>(std::lround(total * 12)));
      }
      if (u == kDecade && a[kYear] == 0) return ShiftValue(kYear, sign * static_cast<int>(std::lround(total)));
      return ShiftValue(kYear, sign * static_cast<int>(std::lround(total)));
    case kQuarter:
    case kHalfYear:
    case kMonth:
      total = a[kMonth] + 3 * a[kQuarter] + 6 * a[kHalfYear] + 12 * a[kYear];
      return ShiftValue(kMonth, sign * static_cast<int>(std::lround(total)));
    case kWeek:
    case kFortnight:
      total = a[kWeek] + 2 * a[kFortnight];
      if (a[kMonth] == 0 && a[kYear] == 0)
        return ShiftValue(kWeek, sign * static_cast<int>(std::lround(total)));
      [[fallthrough]];
    default:
      total = a[kDay] + 7 * (a[kWeek] + 2 * a[kFortnight]) + a[kHour] / 24.0;
      if (u == kHour || u == kMinute || u == kSecond) {
        if (a[kHour] + a[kMinute] + a[kSecond] < 24 && a[kDay] == 0) return ShiftValue(kDay, 0);
      }
      if (a[kMonth] > 0 || a[kYear] > 0) {
        total += 30 * a[kMonth] + 365 * a[kYear];
      }
      return ShiftValue(kDay, sign * static_cast<int>(std::lround(total)));
  }
}

// ---------------------------------------------------------------------------
// Pieces of expressions.

int Annotator::YearAt(size_t i) const {
  if (!IsNum(i) || Digits(i) != 4) return 0;
  int64_t y = toks_[i].num;
  if (y < 1000 || y > 2199) return 0;
  return static_cast<int>(y);
}

// "nineteen ninety-six", "nineteen hundred", "two thousand (and) one".
int Annotator::SpelledYear(size_t i, size_t* end) const {
  const Lex* l = L(i);
  if (!l || toks_[i].cyr) return 0;
  if (l->cardinal >= 11 && l->cardinal <= 20 && l->cardinal != 12) {
    const Lex* t = L(i + 1);
    if (!t) return 0;
    int century = l->cardinal * 100;
    if (t->cardinal == 100) {
      *end = i + 2;
      return century;
    }
    if (t->cardinal >= 20 && t->cardinal <= 90 && t->cardinal % 10 == 0) {
      int y = century + t->cardinal;
      size_t e = i + 2;
      size_t j = IsHyphen(e) ? e + 1 : e;
      if (L(j) && L(j)->cardinal >= 1 && L(j)->cardinal <= 9) {
        y += L(j)->cardinal;
        e = j + 1;
      }
      *end = e;
      return y;
    }
    if (t->cardinal >= 10 && t->cardinal <= 19) {
      *end = i + 2;
      return century + t->cardinal;
    }
    return 0;
  }
  if (l->cardinal == 2 && Is(i + 1, "thousand") && i > 0 && Is(i - 1, "year")) {
    size_t e = i + 2;
    int y = 2000;
    size_t j = Is(e, "and") ? e + 1 : e;
    if (L(j) && L(j)->cardinal >= 1 && L(j)->cardinal <= 19) {
      y += L(j)->cardinal;
      e = j + 1;
    }
    *end = e;
    return y;
  }
  return 0;
}

int Annotator::DayAt(size_t i, size_t* end) const {
  if (!IsNum(i) || Digits(i) > 2) return 0;
  int d = static_cast<int>(toks_[i].num);
  if (d < 1 || d > 31) return 0;
  *end = i + 1;
  if (IsAny(i + 1, {"st", "nd", "rd", "th"}) && Glued(i + 1)) *end = i + 2;
  return d;
}

int Annotator::MonthAt(size_t i, size_t* end) const {
  const Lex* l = L(i);
  if (!l || l->month == 0) return 0;
  *end = i + 1;
  if (l->month_kind == 1 && Is(i + 1, ".") && Glued(i + 1)) *end = i + 2;
  return l->month;
}

// A number: digits ("48", "2.5", "2 1/2", "1,000"), number words ("eleven",
// "twenty-five", "a dozen", "one and a half"), "a"/"an" (1) or a vague
// quantity ("several", "a few", "a couple of").
bool Annotator::Quantity(size_t i, size_t* end, double* value, bool* vague,
                         bool* article) const {
  *vague = false;
  *article = false;
  if (i >= n()) return false;
  if (IsNum(i)) {
    double v = static_cast<double>(toks_[i].num);
    size_t k = i + 1;
    if (Is(k, ",") && Glued(k) && Digits(k + 1) == 3 && Glued(k + 1)) {
      v = v * 1000 + static_cast<double>(toks_[k + 1].num);
      k += 2;
    } else if (Is(k, ".") && Glued(k) && IsNum(k + 1) && Glued(k + 1) && Digits(k + 1) <= 2) {
      v += static_cast<double>(toks_[k + 1].num) / (Digits(k + 1) == 1 ? 10.0 : 100.0);
      k += 2;
    }
    if (IsNum(k) && Is(k + 1, "/") && Glued(k + 1) && IsNum(k + 2) && Glued(k + 2) &&
        toks_[k + 2].num > 0) {
      v += static_cast<double>(toks_[k].num) / static_cast<double>(toks_[k + 2].num);
      k += 3;
    }
    if (Is(k, "-") && Glued(k) && IsAny(k + 1, {"to"})) {}  // ranges handled by caller
    *end = k;
    *value = v;
    return true;
  }
  std::string_view w = W(i);
  if (w == "a" || w == "an" || w == "one" || w == "одну" || w == "один" || w == "одна") {
    size_t k = i + 1;
    if (w == "a" || w == "an") {
      if (IsAny(k, {"few", "couple"})) {
        *vague = W(k) == "few";
        *value = 2;
        k += 1;
        if (Is(k, "of")) ++k;
        *end = k;
        return true;
      }
      if (Is(k, "dozen")) {
        *value = 12;
        *end = k + 1;
        return true;
      }
      if (Is(k, "half") && IsAny(k + 1, {"dozen"})) {
        *value = 6;
        *end = k + 2;
        return true;
      }
      *article = true;
    }
    if ((w == "a" || w == "an") && (IsAny(k, {"hundred", "thousand"}))) {
      *value = W(k) == "hundred" ? 100 : 1000;
      *article = false;
      *end = k + 1;
      return true;
    }
    *value = 1;
    *end = k;
    if (Is(k, "and") && IsAny(k + 1, {"a"}) && Is(k + 2, "half")) {
      *value = 1.5;
      *end = k + 3;
    }
    return true;
  }
  const Lex* l = L(i);
  if (!l) return false;
  if (l->vague) {
    *vague = true;
    *value = 0;
    size_t k = i + 1;
    if (Is(k, "of") && IsAny(i, {"dozens", "hundreds", "thousands"})) ++k;
    if (w == "many" && Is(k, "more")) ++k;
    *end = k;
    return true;
  }
  if (w == "couple" && Is(i + 1, "of")) {
    *value = 2;
    *end = i + 2;
    return true;
  }
  if (l->cardinal < 0) return false;
  double v = l->cardinal;
  size_t k = i + 1;
  if (w == "полтора" || w == "полторы" || w == "полутора") v = 1.5;
  if (v >= 20 && v < 100 && v == static_cast<int>(v) && static_cast<int>(v) % 10 == 0) {
    // twenty-five, twenty five, двадцать пять
    size_t j = k;
    if (IsHyphen(j)) ++j;
    const Lex* u = L(j);
    if (u && u->cardinal >= 1 && u->cardinal <= 9 && toks_[j].cyr == toks_[i].cyr) {
      v += u->cardinal;
      k = j + 1;
    }
  }
  if (v < 100 && IsAny(k, {"hundred", "thousand"})) {
    v *= W(k) == "hundred" ? 100 : 1000;
    ++k;
  }
  if (Is(k, "and") && Is(k + 1, "a") && Is(k + 2, "half")) {
    v += 0.5;
    k += 3;
  } else if (Is(k, "с") && Is(k + 1, "половиной")) {
    v += 0.5;
    k += 2;
  }
  *value = v;
  *end = k;
  return true;
}

// QTY [adjective] UNIT [and QTY UNIT]* ["and a half"]
bool Annotator::DurationCore(size_t i, size_t* end, DurParts* parts, bool* quantity) const {
  size_t k = i;
  bool any = false;
  *quantity = false;
  while (true) {
    size_t q_end;
    double v;
    bool vague, article;
    size_t u_at;
    if (any && (Is(k, "and") || Is(k, ",") || Is(k, "и"))) {
      size_t k2 = k + 1;
      if (!Quantity(k2, &q_end, &v, &vague, &article) || vague) break;
      u_at = q_end;
    } else if (any) {
      if (!Quantity(k, &q_end, &v, &vague, &article) || vague || article) break;
      if (!IsNum(k)) break;
      u_at = q_end;
    } else {
      if (Is(k, "half") && IsAny(k + 1, {"a", "an"})) {  // half an hour
        v = 0.5;
        vague = false;
        article = false;
        u_at = k + 2;
        q_end = u_at;
      } else if (IsAny(k, {"a", "an"}) && Is(k + 1, "half") &&
                 L(k + 2) && L(k + 2)->unit != kNoUnit) {  // a half hour
        v = 0.5;
        vague = false;
        article = false;
        u_at = k + 2;
        q_end = u_at;
      } else if (IsAny(k, {"полчаса", "полгода", "полмесяца", "полвека"})) {
        parts->amount[W(k) == "полчаса" ? kMinute : W(k) == "полгода" ? kMonth
                      : W(k) == "полмесяца" ? kDay : kYear] +=
            W(k) == "полчаса" ? 30 : W(k) == "полгода" ? 6 : W(k) == "полмесяца" ? 15 : 50;
        parts->finest = W(k) == "полчаса" ? kMinute : W(k) == "полгода" ? kMonth
                      : W(k) == "полмесяца" ? kDay : kYear;
        parts->count++;
        *quantity = true;
        k = k + 1;
        any = true;
        continue;
      } else {
        if (!Quantity(k, &q_end, &v, &vague, &article)) break;
        u_at = q_end;
        // "two to three weeks", "12 to 18 months", "5-7 days": the lower
        // bound, the whole extent.
        size_t q2_end;
        double v2;
        bool vague2, article2;
        if (!vague && !article && (IsAny(q_end, {"to", "or"}) || (IsDash(q_end) && IsNum(k))) &&
            Quantity(q_end + 1, &q2_end, &v2, &vague2, &article2) && !vague2 && !article2 &&
            v2 > v && L(q2_end) && L(q2_end)->unit != kNoUnit)
          u_at = q2_end;
      }
    }
    // Optional adjectives between the number and the unit; "two-year".
    size_t u = u_at;
    bool hyphen = false;
    if (u > k && IsHyphen(u) && !toks_[u].space_before) {
      ++u;
      hyphen = true;
    }
    while (IsAny(u, {"more", "full", "straight", "consecutive", "additional", "long",
                     "whole", "calendar", "business", "trading", "working", "extra",
                     "short", "further", "successive", "целых", "последних"}))
      ++u;
    const Lex* ul = L(u);
    if (!ul || ul->unit == kNoUnit) break;
    if (ul->unit == kWeekend && !toks_[u].cyr) break;
    if (hyphen && ul->plural) break;
    // A compound goes from larger to smaller units: "2 years and 3 months".
    if (any && parts->finest != kNoUnit && ul->unit >= parts->finest) break;
    // "a year-earlier loss", "year-end": not durations.
    if (IsHyphen(u + 1) && IsAny(u + 2, {"earlier", "ago", "end", "before", "later", "over"})) break;
    // "60 Minutes" (a title): units are lower case inside a sentence.
    if (toks_[u].cap && !SentenceStart(u) && !toks_[u].cyr && IsNum(k)) break;
    // "a second" is an ordinal more often than not.
    if (ul->unit == kSecond && W(u) == "second" && !IsNum(k)) break;
    if (vague) {
      if (!ul->plural && !toks_[u].cyr && !hyphen) break;
      parts->vague = true;
      parts->vague_unit = ul->unit;
    } else {
      if (article && ul->plural) break;
      // "1 years" is fine; "two year" (adjectival) too.
      parts->amount[ul->unit] += v;
    }
    if (parts->finest == kNoUnit || ul->unit < parts->finest) parts->finest = ul->unit;
    parts->count++;
    *quantity = *quantity || !article || IsNum(k);
    any = true;
    k = u + 1;
    // "a year or two", "a week or so": the first amount, the whole extent.
    if (Is(k, "or") && (Is(k + 1, "so") || (L(k + 1) && L(k + 1)->cardinal > 0 &&
                                            !(L(k + 2) && L(k + 2)->unit != kNoUnit)))) {
      k += 2;
      break;
    }
    if (Is(k, "and") && Is(k + 1, "a") && Is(k + 2, "half") && !parts->vague) {
      parts->amount[ul->unit] += 0.5;
      k += 3;
    } else if (Is(k, "с") && Is(k + 1, "половиной") && !parts->vague) {
      parts->amount[ul->unit] += 0.5;
      k += 2;
    }
    if (parts->vague) break;
  }
  if (!any) return false;
  *end = k;
  return true;
}

size_t Annotator::PartOfDay(size_t i, int* part) const {
  const Lex* l = L(i);
  if (!l || l->part == 0) return i;
  *part = l->part;
  return i + 1;
}

constexpr std::array<std::string_view, 5> kPartCode = {"", "MO", "AF", "EV", "NI"};

size_t Annotator::TimeZone(size_t i) const {
  if (IsAny(i, {"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc",
                "bst", "cet", "cest", "msk", "мск"}))
    return i + 1;
  if (Is(i, "local") && Is(i + 1, "time")) return i + 2;
  if (Is(i, "eastern") && IsAny(i + 1, {"time", "standard", "daylight"})) {
    size_t k = i + 2;
    if (Is(k, "time")) ++k;
    return k;
  }
  return i;
}

// "a.m.", "p.m", "am", "pm"; *pm = 1 for p.m.
size_t Annotator::AmPm(size_t i, int* pm) const {
  if (IsAny(i, {"am", "pm"})) {
    *pm = W(i) == "pm";
    size_t k = i + 1;
    if (Is(k, ".") && Glued(k) && !SentenceStart(k + 1)) ++k;
    return k;
  }
  if (IsAny(i, {"a", "p"}) && Is(i + 1, ".") && Glued(i + 1) && Is(i + 2, "m") && Glued(i + 2)) {
    *pm = W(i) == "p";
    size_t k = i + 3;
    if (Is(k, ".") && Glued(k)) ++k;
    return k;
  }
  return i;
}

// Russian "г.", "г", "года", "году", "год" after a year.
size_t Annotator::YearSuffixRu(size_t i) const {
  if (Is(i, "г")) return Is(i + 1, ".") && Glued(i + 1) ? i + 2 : i + 1;
  if (IsAny(i, {"год", "года", "году", "годом"})) return i + 1;
  if (Is(i, "гг")) return Is(i + 1, ".") && Glued(i + 1) ? i + 2 : i + 1;
  return i;
}

// ---------------------------------------------------------------------------
// Rules. Each returns the expression starting exactly at token i.

// 2010-06-25, 2010/06/25, 25.06.2010, 06/25/2010 (English) or 25/06/2010.
bool Annotator::RuleNumericDate(size_t i, Match* m) {
  if (!IsNum(i)) return false;
  auto glued3 = [&](size_t k) { return Glued(k) && Glued(k + 1) && Glued(k + 2) && Glued(k + 3); };
  if (Digits(i) == 4 && (Is(i + 1, "-") || Is(i + 1, "/") || Is(i + 1, ".")) &&
      IsNum(i + 2) && Is(i + 3, W(i + 1)) && IsNum(i + 4) && glued3(i + 1)) {
    int y = YearAt(i), mo = static_cast<int>(toks_[i + 2].num), d = static_cast<int>(toks_[i + 4].num);
    if (y && mo >= 1 && mo <= 12 && d >= 1 && d <= DaysInMonth(y, mo) && Digits(i + 4) <= 2) {
      m->e = i + 5;
      m->value = Pad(y, 4) + "-" + Pad(mo, 2) + "-" + Pad(d, 2);
      // ISO time: 2010-06-25T10:00
      size_t k = i + 5;
      if (IsWord(k) && (W(k) == "t") && Glued(k) && IsNum(k + 1) && Glued(k + 1) &&
          Is(k + 2, ":") && IsNum(k + 3) && Glued(k + 3)) {
        m->value += "T" + Pad(static_cast<int>(toks_[k + 1].num), 2) + ":" +
                    Pad(static_cast<int>(toks_[k + 3].num), 2);
        m->type = TimexType::kTime;
        m->e = k + 4;
        if (Is(m->e, ":") && IsNum(m->e + 1) && Glued(m->e)) m->e += 2;
      }
      last_year_ = y;
      return true;
    }
  }
  if (Digits(i) == 4 && Is(i + 1, "-") && Glued(i + 1) && Digits(i + 2) == 2 && Glued(i + 2) &&
      !Is(i + 3, "-")) {
    int y = YearAt(i), mo = static_cast<int>(toks_[i + 2].num);
    if (y && mo >= 1 && mo <= 12 && !IsAny(i + 3, {"х", "е", "s"}) ) {
      // 2010-06 (ISO month) rather than a year range 2010-11? Month only
      // when the second number cannot be the end of a range.
      if (mo <= y % 100) {
        m->e = i + 3;
        m->value = Pad(y, 4) + "-" + Pad(mo, 2);
        return true;
      }
    }
  }
  if (Digits(i) <= 2 && (Is(i + 1, ".") || Is(i + 1, "/") || Is(i + 1, "-")) &&
      IsNum(i + 2) && Digits(i + 2) <= 2 && Is(i + 3, W(i + 1)) && IsNum(i + 4) &&
      (Digits(i + 4) == 4 || Digits(i + 4) == 2) && glued3(i + 1)) {
    int a = static_cast<int>(toks_[i].num), b = static_cast<int>(toks_[i + 2].num);
    int y = static_cast<int>(toks_[i + 4].num);
    if (Digits(i + 4) == 2) {
      if (W(i + 1) == ".") return false;  // 1.5.10: a version number more likely
      y += y >= 40 ? 1900 : 2000;
    }
    if (y < 1000 || y > 2199) return false;
    int d, mo;
    bool day_first = W(i + 1) == "." || ru_ || a > 12;
    if (day_first) {
      d = a;
      mo = b;
    } else {
      mo = a;
      d = b;
    }
    if (mo < 1 || mo > 12 || d < 1 || d > DaysInMonth(y, mo)) return false;
    m->e = i + 5;
    if (Is(m->e, "г") || IsAny(m->e, {"года"})) m->e = YearSuffixRu(m->e);
    m->value = Pad(y, 4) + "-" + Pad(mo, 2) + "-" + Pad(d, 2);
    last_year_ = y;
    return true;
  }
  return false;
}

// [Weekday,] Month Day[th][,] [Year] | Month [of|,] Year | Month
bool Annotator::RuleMonthDate(size_t i, Match* m) {
  size_t k = i;
  int wd = 0;
  const Lex* l = L(i);
  if (!l) return false;
  if (l->weekday && !l->weekday_plural) {
    wd = l->weekday;
    k = i + 1;
    if (l->weekday_abbr && Is(k, ".") && Glued(k)) ++k;
    if (Is(k, ",")) ++k;
    if (!L(k) || L(k)->month == 0) {
      // Weekday, 25 June 2010
      size_t dend;
      if (!DayAt(k, &dend)) return false;
      Match inner;
      if (!RuleDayMonth(k, &inner) || inner.extra.size() || inner.value.size() < 10) return false;
      *m = std::move(inner);
      m->b = i;
      return true;
    }
  }
  size_t mend;
  int mo = MonthAt(k, &mend);
  if (!mo) return false;
  bool cyr = toks_[k].cyr;
  size_t j = mend;
  size_t dend;
  int d = 0;
  // "March 5, 2023"
  if (!cyr && (d = DayAt(j, &dend)) != 0 &&
      !((Is(dend, ":") && Glued(dend) && IsNum(dend + 1)) ||
        (Is(dend, ".") && IsNum(dend + 1) && Glued(dend + 1)))) {
    // Not "May 20 percent" / "March 5,000".
    if (Is(dend, ",") && Digits(dend + 1) == 3 && Glued(dend + 1)) return false;
    if (IsAny(dend, {"%", "percent", "per"})) return false;
    size_t y_at = dend;
    int d2 = 0;
    size_t d2_at = 0, d2_end = 0;
    if ((IsDash(y_at) || IsAny(y_at, {"to", "through", "and"})) && DayAt(y_at + 1, &d2_end) &&
        !(Digits(y_at + 1) == 4)) {
      d2_at = y_at + 1;
      d2 = DayAt(d2_at, &d2_end);
      y_at = d2_end;
    }
    size_t ycomma = y_at;
    if (Is(ycomma, ",")) ++ycomma;
    int y = YearAt(ycomma);
    size_t y_end = ycomma + 1;
    if (!y && IsApos(ycomma) && Digits(ycomma + 1) == 2 && Glued(ycomma + 1)) {
      y = static_cast<int>(toks_[ycomma + 1].num);
      y += y >= 40 ? 1900 : 2000;
      y_end = ycomma + 2;
    }
    if (d > DaysInMonth(y ? y : 2000, mo)) return false;
    // Small words like "may" need a capital and some support.
    if (l->month_kind == 2 && !toks_[k].cap) return false;
    std::string first, second;
    if (y) {
      first = Pad(y, 4) + "-" + Pad(mo, 2) + "-" + Pad(d, 2);
      if (d2) second = Pad(y, 4) + "-" + Pad(mo, 2) + "-" + Pad(d2, 2);
      last_year_ = y;
    } else {
      // The closest such date (TimeML), or the latest one not after the
      // anchor right after a past participle or "since" ("the year ended
      // March 31", "since Oct. 5").
      first = MonthDayValue(mo, d, PastContext(i) ? -1 : 0);
      if (d2) second = first.substr(0, 8) + Pad(d2, 2);
      m->relative = true;
    }
    m->value = first;
    if (d2) {
      m->e = dend;
      Match second_m;
      second_m.b = d2_at;
      second_m.e = y ? y_end : d2_end;
      second_m.value = second;
      second_m.relative = m->relative;
      m->extra.push_back(std::move(second_m));
    } else {
      m->e = y ? y_end : dend;
    }
    return true;
  }
  // Month [of|,] Year
  size_t y_at = j;
  if (Is(y_at, "of") || Is(y_at, ",")) ++y_at;
  int y = YearAt(y_at);
  size_t y_end = y_at + 1;
  if (!y && IsApos(y_at) && Digits(y_at + 1) == 2 && Glued(y_at + 1) && !cyr) {
    y = static_cast<int>(toks_[y_at + 1].num);
    y += y >= 40 ? 1900 : 2000;
    y_end = y_at + 2;
  }
  if (!y && !cyr) {
    size_t se;
    if (int sy = SpelledYear(y_at, &se)) {
      y = sy;
      y_end = se;
    }
  }
  if (y && !(Is(y_end, ",") && Digits(y_end + 1) == 3)) {
    if (l->month_kind == 2 && !toks_[k].cap && !cyr) return false;
    m->e = y_end;
    if (cyr) m->e = YearSuffixRu(m->e);
    m->value = Pad(y, 4) + "-" + Pad(mo, 2);
    last_year_ = y;
    return true;
  }
  if (wd) return false;
  // "January this year", "July last year".
  if (!cyr && IsAny(j, {"this", "last", "next"}) && Is(j + 1, "year") &&
      (l->month_kind != 2 || toks_[k].cap)) {
    int shift = W(j) == "this" ? 0 : W(j) == "last" ? -1 : 1;
    m->e = j + 2;
    m->value = (a_.y ? Pad(a_.y + shift, 4) : "XXXX") + "-" + Pad(mo, 2);
    m->relative = true;
    m->datey = true;
    return true;
  }
  // The month alone.
  if (cyr) {
    // Russian month names are unambiguous except "мая"/"май" which are fine.
    if (W(k).size() <= 6 && W(k).starts_with("ма") && !IsAny(k, {"май", "мая", "мае", "маю", "маем"}))
      return false;
    m->e = mend;
    m->value = MonthValueInferred(mo, PastContext(i) ? -1 : 0);
    m->relative = true;
    m->datey = true;
    return true;
  }
  if (!toks_[k].cap) return false;
  bool supported = IsAny(k - 1, {"in", "since", "until", "till", "by", "of", "last", "next",
                                 "this", "early", "late", "mid", "through", "from", "to",
                                 "during", "before", "after", "between", "and", "-",
                                 "end", "beginning", "start", "middle", "or", "that",
                                 "each", "every", "for", "on", "around"}) && k > 0;
  if (l->month_kind == 1) {
    // "Jan." alone only after a preposition ("Jan Kavan" is a name).
    if (!supported || Is(k - 1, "and") || mend == k + 1) return false;
  } else if (l->month_kind == 2) {
    if (!supported || SentenceStart(k)) return false;
    // "in May" fine; "may" modal never capitalised mid-sentence.
  }
  m->e = mend;
  m->value = MonthValueInferred(mo, PastContext(i) ? -1 : 0);
  m->relative = true;
  m->datey = true;
  return true;
}

// Day [of] Month [Year]: "25 June 2010", "25th of June", "5 марта 2023 г.",
// "25-27 November 2022".
bool Annotator::RuleDayMonth(size_t i, Match* m) {
  size_t dend;
  int d = DayAt(i, &dend);
  if (!d) return false;
  size_t k = dend;
  int d2 = 0;
  size_t d2_at = 0, d2_end = 0;
  if ((IsDash(k) || IsAny(k, {"и", "to", "and", "по"})) && DayAt(k + 1, &d2_end)) {
    d2_at = k + 1;
    d2 = DayAt(d2_at, &d2_end);
    k = d2_end;
  }
  if (Is(k, ".") && Glued(k)) ++k;  // German-style "5. March"
  if (Is(k, "of")) ++k;
  size_t mend;
  int mo = MonthAt(k, &mend);
  if (!mo) return false;
  const Lex* ml = L(k);
  bool cyr = toks_[k].cyr;
  if (!cyr && ml->month_kind == 2 && !toks_[k].cap) return false;
  if (cyr && W(k).ends_with("е")) return false;  // "5 марте" is not a date
  if (d > DaysInMonth(2000, mo)) return false;
  size_t y_at = mend;
  if (Is(y_at, ",")) ++y_at;
  int y = YearAt(y_at);
  size_t end;
  std::string ymd;
  if (y) {
    end = y_at + 1;
    if (cyr || ru_) end = YearSuffixRu(end);
    ymd = Pad(y, 4);
    last_year_ = y;
  } else {
    end = mend;
    m->relative = true;
  }
  auto value = [&](int day) {
    if (y) return ymd + "-" + Pad(mo, 2) + "-" + Pad(day, 2);
    return MonthDayValue(mo, day, PastContext(i) ? -1 : 0);
  };
  m->value = value(d);
  m->the_ok = true;
  if (d2) {
    m->e = dend;
    Match s;
    s.b = d2_at;
    s.e = end;
    s.value = value(d2);
    s.relative = m->relative;
    m->extra.push_back(std::move(s));
  } else {
    m->e = end;
  }
  return true;
}

bool Annotator::RuleYear(size_t i, Match* m) {
  size_t k = i;
  bool fiscal = false;
  bool prefixed = false;  // mid-1996, pre-1959, post-1959
  if (IsAny(k, {"pre", "post", "mid"}) && IsHyphen(k + 1) && YearAt(k + 2)) {
    k += 2;
    prefixed = true;
  }
  if (IsAny(k, {"fiscal", "calendar"})) {
    fiscal = true;
    ++k;
    if (Is(k, "year")) ++k;
  } else if (Is(k, "year") && YearAt(k + 1)) {
    ++k;
    fiscal = true;
  } else if (Is(k, "year")) {
    size_t se;
    if (!SpelledYear(k + 1, &se)) return false;
    ++k;
    fiscal = true;
  }
  int y = YearAt(k);
  if (!y) {
    size_t se;
    int sy = SpelledYear(k, &se);
    if (!sy || (L(se) && L(se)->unit != kNoUnit)) return false;
    m->e = se;
    m->value = Pad(sy, 4);
    m->datey = true;
    m->the_ok = fiscal;  // "the year two thousand"
    last_year_ = sy;
    return true;
  }
  // Not part of a bigger number, an amount or a measure.
  bool after_mid = k >= 2 && IsHyphen(k - 1) && IsAny(k - 2, {"mid", "pre", "post"});
  if (k > 0 && Glued(k) && !after_mid &&
      (IsAny(k - 1, {",", ".", "$", "#", ":", "/", "-"}) || IsNum(k - 1)))
    return false;
  if (k > 0 && IsAny(k - 1, {"$", "no", "number", "nos", "about", "some", "nearly", "than",
                             "approximately", "roughly", "almost", "only", "№", "p", "pp",
                             "page", "pages", "flight", "route", "около", "более", "почти"}))
    return false;
  if (Glued(k + 1) && (IsAny(k + 1, {",", "."}) && IsNum(k + 2) && Glued(k + 2))) return false;
  if (Is(k + 1, ":") && IsNum(k + 2)) return false;
  if (IsAny(k + 1, {"%", "percent", "per", "pct", "feet", "ft", "meters", "metres", "miles",
                    "km", "kilometers", "people", "troops", "soldiers", "employees",
                    "workers", "jobs", "shares", "tons", "units", "dollars", "yen",
                    "hours", "points", "members", "votes", "cars", "%-", "руб", "рублей",
                    "человек", "тыс", "млн", "долларов"}))
    return false;
  if (IsNum(k + 1) && !Glued(k + 1)) return false;  // a column of numbers
  bool supported = fiscal || prefixed || after_mid || (k > 0 && IsAny(k - 1, {"in", "since", "of", "by", "until", "from",
                                                    "to", "between", "and", "year", "during",
                                                    "through", "before", "after", "early",
                                                    "late", "mid", "circa", "c", "в", "с",
                                                    "по", "до", "после", "к", "году"}));
  if (y < 1900 && !supported) return false;
  // "2000 moorings": a count before a plural noun, unless a preposition
  // makes it a year ("in 2000 prices rose").
  if (!supported && IsWord(k + 1) && !toks_[k + 1].cap && !toks_[k + 1].cyr &&
      W(k + 1).size() > 3 && W(k + 1).back() == 's' && !(L(k + 1)))
    return false;
  if (y > 2099 && !supported) return false;
  size_t e = k + 1;
  // Decades: 1990s, 1990's
  if (IsWord(e) && W(e) == "s" && Glued(e) && y % 10 == 0) {
    m->e = e + 1;
    m->value = Pad(y / 10, 3);
    m->the_ok = true;
    m->datey = true;
    return true;
  }
  if (IsApos(e) && Is(e + 1, "s") && Glued(e) && Glued(e + 1) && y % 10 == 0 && !fiscal) {
    m->e = e + 2;
    m->value = Pad(y / 10, 3);
    m->the_ok = true;
    m->datey = true;
    return true;
  }
  // Russian decades: 1990-х, 1990-е
  if (Is(e, "-") && Glued(e) && IsAny(e + 1, {"х", "е", "x"}) && Glued(e + 1) && y % 10 == 0) {
    m->e = e + 2;
    if (IsAny(m->e, {"годов", "годах", "годы", "годам", "гг"})) m->e = YearSuffixRu(m->e) == m->e ? m->e + 1 : YearSuffixRu(m->e);
    m->value = Pad(y / 10, 3);
    m->datey = true;
    return true;
  }
  m->value = Pad(y, 4);
  m->e = e;
  m->datey = true;
  last_year_ = y;
  // "the 1988 period", "the 1989 quarter": the period under discussion in
  // that year.
  if (!fiscal && IsAny(e, {"period", "quarter"}) && k > 0 && Is(k - 1, "the")) {
    m->e = e + 1;
    m->the_ok = true;
    if (focus_quarter_) m->value += "-Q" + std::to_string(focus_quarter_ % 4 + 1);
    return true;
  }
  // Ranges: 1990-95, 1990-1995, 2019/20.
  if ((IsDash(e) || Is(e, "/")) && IsNum(e + 1) && Glued(e) && Glued(e + 1)) {
    int y2 = 0;
    if (Digits(e + 1) == 4) y2 = YearAt(e + 1);
    else if (Digits(e + 1) == 2) y2 = y / 100 * 100 + static_cast<int>(toks_[e + 1].num);
    if (y2 > y && y2 - y < 100) {
      Match s;
      s.b = e + 1;
      s.e = e + 2;
      s.value = Pad(y2, 4);
      if (toks_[i].cyr || ru_) s.e = YearSuffixRu(s.e);
      m->extra.push_back(std::move(s));
      return true;
    }
  }
  if (ru_ || (e < n() && toks_[e].cyr)) m->e = YearSuffixRu(e);
  return true;
}

// '80s, the eighties, the 20th century, the nineteenth century, this century.
bool Annotator::RuleDecadeCentury(size_t i, Match* m) {
  if (IsApos(i) && Digits(i + 1) == 2 && Glued(i + 1) && Is(i + 2, "s") && Glued(i + 2) &&
      toks_[i + 1].num % 10 == 0) {
    m->e = i + 3;
    m->value = "19" + std::to_string(toks_[i + 1].num / 10);
    m->the_ok = true;
    m->datey = true;
    return true;
  }
  static constexpr std::array<std::string_view, 8> kDecades = {
      "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"};
  for (size_t k = 0; k < kDecades.size(); ++k) {
    if (W(i) == kDecades[k] && i > 0 && (Is(i - 1, "the") || Is(i - 1, "-"))) {
      m->e = i + 1;
      m->value = "19" + std::to_string(k + 2);
      m->the_ok = true;
      m->datey = true;
      return true;
    }
  }
  // Centuries.
  int c = 0;
  size_t k = i;
  if (IsNum(i) && Digits(i) <= 2 && IsAny(i + 1, {"st", "nd", "rd", "th"}) && Glued(i + 1)) {
    c = static_cast<int>(toks_[i].num);
    k = i + 2;
  } else if (L(i) && L(i)->ordinal > 0 && L(i)->ordinal < 30 && !toks_[i].cyr) {
    c = L(i)->ordinal;
    k = i + 1;
    if (W(i) == "twentieth" && IsHyphen(k) && Is(k + 1, "first")) {
      c = 21;
      k += 2;
    }
  } else if (toks_[i].cyr || IsWord(i)) {
    // Roman numerals: XX век, XXI века
    std::string_view w = W(i);
    if (!w.empty() && w.size() <= 5 && w.find_first_not_of("xiv") == std::string_view::npos &&
        i + 1 < n() && L(i + 1) && L(i + 1)->unit == kCentury && toks_[i].cap) {
      int v = 0, prev = 0;
      for (size_t p = w.size(); p-- > 0;) {
        int d = w[p] == 'x' ? 10 : w[p] == 'v' ? 5 : 1;
        v += d < prev ? -d : d;
        prev = std::max(prev, d);
      }
      c = v;
      k = i + 1;
    }
  }
  if (c > 0) {
    const Lex* u = L(k);
    if (!u || u->unit != kCentury || u->plural) return false;
    m->e = k + 1;
    m->value = Pad(c - 1, 2);
    m->the_ok = true;
    m->datey = true;
    return true;
  }
  return false;
}

// [last|this|next] Weekday [morning|night...], Mondays (a set).
bool Annotator::RuleWeekday(size_t i, Match* m) {
  size_t k = i;
  Rel rel = kRelNone;
  if (L(k) && L(k)->rel != kRelNone && (!L(k)->weekday)) {
    rel = L(k)->rel;
    if (W(k) == "present" || W(k) == "current" || W(k) == "последние") return false;
    ++k;
  }
  const Lex* l = L(k);
  if (!l || !l->weekday || l->weekday_abbr) return false;
  if (!toks_[k].cyr && !toks_[k].cap) return false;
  if (l->weekday_plural) {
    if (rel != kRelNone) return false;
    m->e = k + 1;
    m->type = TimexType::kSet;
    m->value = "XXXX-WXX-" + std::to_string(l->weekday);
    return true;
  }
  int mode;
  if (rel == kRelLast) mode = -1;
  else if (rel == kRelNext) mode = 1;
  else if (rel == kRelThis) mode = Tense(i, k + 1) > 0 ? 2 : (Tense(i, k + 1) < 0 ? 0 : 2);
  else mode = Tense(i, k + 1) > 0 ? 2 : 0;
  if (toks_[k].cyr && rel == kRelNone && i > 0 && IsAny(i - 1, {"в", "во"})) {
    mode = Tense(i, k + 1) > 0 ? 2 : 0;
  }
  SetRelativeDay(WeekdayValue(l->weekday, mode), k + 1, m);
  m->weekday = true;
  return true;
}

bool Annotator::SetRelativeDay(std::string v, size_t e, Match* m) const {
  int part = 0;
  size_t pe = PartOfDay(e, &part);
  if (part) {
    m->type = TimexType::kTime;
    v += "T" + std::string(kPartCode[part]);
    e = pe;
  }
  m->e = e;
  m->value = std::move(v);
  m->relative = true;
  m->datey = true;
  return true;
}

// today, yesterday, tomorrow (+ morning...), tonight, now, recently, the
// future, the past, the day before yesterday...
bool Annotator::RuleDeictic(size_t i, Match* m) {
  std::string_view w = W(i);
  auto day = [&](int shift, size_t e) { return SetRelativeDay(ShiftValue(kDay, shift), e, m); };
  if (w == "today" || w == "сегодня") {
    // "VOA Today", "USA Today": part of a name.
    if (toks_[i].cap && i > 0 && toks_[i - 1].cap && IsWord(i - 1) && !SentenceStart(i)) return false;
    return day(0, i + 1);
  }
  if (w == "yesterday" || w == "вчера") return day(-1, i + 1);
  if (w == "tomorrow" || w == "завтра") {
    if (i > 0 && Is(i - 1, "of")) return false;  // "the people of tomorrow"
    return day(1, i + 1);
  }
  if (w == "позавчера") return day(-2, i + 1);
  if (w == "послезавтра") return day(2, i + 1);
  if (w == "tonight") {
    m->e = i + 1;
    m->type = TimexType::kTime;
    m->value = ShiftValue(kDay, 0) + "TNI";
    m->relative = true;
    return true;
  }
  if (w == "the" && Is(i + 1, "day") && IsAny(i + 2, {"before", "after"}) &&
      IsAny(i + 3, {"yesterday", "tomorrow"})) {
    return day(W(i + 3) == "yesterday" ? -2 : 2, i + 4);
  }
  auto ref = [&](const char* v, size_t e) {
    m->e = e;
    m->value = v;
    m->relative = false;
    return true;
  };
  if (w == "now" || w == "nowadays" || w == "currently" || w == "presently" ||
      w == "сейчас" || w == "теперь" || w == "ныне") {
    if (w == "now" && Is(i + 1, "that")) return false;  // "now that ..." is a conjunction
    return ref("PRESENT_REF", i + 1);
  }
  if (w == "настоящее" && Is(i + 1, "время")) return ref("PRESENT_REF", i + 2);
  if (w == "ближайшее" && Is(i + 1, "время")) return ref("FUTURE_REF", i + 2);
  if (w == "current" && !(L(i + 1) && (L(i + 1)->unit || L(i + 1)->season))) {
    if (i + 1 < n() && IsWord(i + 1) && !toks_[i + 1].cap) return ref("PRESENT_REF", i + 1);
    return false;
  }
  if (w == "recently" || w == "lately" || w == "недавно") return ref("PAST_REF", i + 1);
  if (w == "as" && Is(i + 1, "soon") && Is(i + 2, "as") && Is(i + 3, "possible"))
    return ref("FUTURE_REF", i + 4);
  auto quantity_or_unit = [&](size_t k) {
    if (IsNum(k) || Is(k, "a")) return true;
    const Lex* x = L(k);
    return x && (x->unit || x->cardinal >= 0 || x->vague || x->weekday || x->month || x->season);
  };
  if (w == "the" && Is(i + 1, "past") && !quantity_or_unit(i + 2)) {
    if (IsAny(i + 2, {"few", "several", "couple"})) return false;
    return ref("PAST_REF", i + 2);
  }
  if (w == "the" && Is(i + 1, "future")) return ref("FUTURE_REF", i + 2);
  if (w == "the" && IsAny(i + 1, {"near", "foreseeable", "distant", "immediate"}) &&
      Is(i + 2, "future"))
    return ref("FUTURE_REF", i + 3);
  if (w == "future" && i > 0 && IsAny(i - 1, {"in", "near"}) && !IsWord(i + 1)) return ref("FUTURE_REF", i + 1);
  if (w == "будущем" && i > 0 && Is(i - 1, "в") && !(L(i + 1) && L(i + 1)->unit)) return ref("FUTURE_REF", i + 1);
  if (w == "прошлом" && i > 0 && Is(i - 1, "в") && !(L(i + 1) && (L(i + 1)->unit || L(i + 1)->season)))
    return ref("PAST_REF", i + 1);
  return false;
}

// this/last/next/the following ... + unit, month, season; the day before;
// the same day; that year; "year-earlier"; "the year" alone.
bool Annotator::RuleRelativeUnit(size_t i, Match* m) {
  size_t k = i;
  bool the = false;
  if (Is(k, "the")) {
    the = true;
    ++k;
  }
  std::string_view w = W(k);
  const Lex* l = L(k);
  auto unit_at = [&](size_t p) -> Unit {
    const Lex* u = L(p);
    if (!u || u->unit == kNoUnit || u->plural) return kNoUnit;
    return u->unit;
  };
  // "year-earlier", "year-ago" (adjectival): the same period a year before,
  // with its head noun when there is one ("the year-earlier quarter").
  if (!toks_[k].cyr && unit_at(k) == kYear && IsHyphen(k + 1) &&
      IsAny(k + 2, {"earlier", "ago", "before"})) {
    size_t e = k + 3;
    int ord = 0;
    if (L(e) && L(e)->ordinal >= 1 && L(e)->ordinal <= 4 && Is(e + 1, "quarter")) {
      ord = L(e)->ordinal;
      e += 2;
    } else if (IsAny(e, {"quarter", "period"})) {
      e += 1;
    }
    bool head = e > k + 3;
    if (the != head) return false;  // "the" only with the head noun
    int q = ord ? (a_.y ? a_.y - 1 : 0) * 4 + ord - 1 : focus_quarter_ ? focus_quarter_ - 4 : 0;
    if (q > 0) {
      m->value = Pad(q / 4, 4) + "-Q" + std::to_string(q % 4 + 1);
    } else {
      m->value = ShiftValue(kYear, -1);
    }
    m->e = e;
    m->relative = true;
    return true;
  }
  if (w == "year-end" || (unit_at(k) == kYear && IsHyphen(k + 1) && Is(k + 2, "end"))) {
    m->e = w == "year-end" ? k + 1 : k + 3;
    m->value = ShiftValue(kYear, 0);
    m->relative = true;
    m->the_ok = true;
    return !the;
  }
  // the day before / after, the week before, the year before
  if (the && unit_at(k) != kNoUnit && IsAny(k + 1, {"before", "after", "earlier", "later"}) &&
      !(Is(k + 2, "yesterday") || Is(k + 2, "tomorrow"))) {
    // Only when the phrase ends there ("the day before.", "the day before, ...").
    if (!(k + 2 >= n() || toks_[k + 2].kind == Tok::kPunct || IsAny(k + 2, {"and", "when", "but"})))
      return false;
    int sign = IsAny(k + 1, {"before", "earlier"}) ? -1 : 1;
    m->e = k + 2;
    m->value = ShiftValue(unit_at(k), sign);
    m->relative = true;
    return true;
  }
  Rel rel = l ? l->rel : kRelNone;
  // Narrative reference: "the following year", "the previous month", "that
  // year" shift from the last absolute date of the text when it is precise
  // enough, else from the anchor.
  // (Also when the match starts at "following" with "the" before it.)
  bool after_the = the || (k > 0 && Is(k - 1, "the"));
  if ((after_the && IsAny(k, {"following", "previous", "prior", "next"})) || w == "that") {
    size_t u_at = k + 1;
    if (w == "that" && Is(u_at, "same")) ++u_at;
    Unit u = unit_at(u_at);
    bool precise = (u == kYear && last_ref_.y) || (u == kMonth && last_ref_.m) ||
                   ((u == kDay || u == kWeek) && last_ref_.d);
    if (precise && !IsHyphen(u_at + 1)) {
      int shift = w == "that" ? 0 : IsAny(k, {"previous", "prior"}) ? -1 : 1;
      Anchor saved = a_;
      a_ = last_ref_;
      m->value = ShiftValue(u, shift);
      a_ = saved;
      m->e = u_at + 1;
      m->relative = true;
      return true;
    }
  }
  bool that = false;
  if (w == "that" || w == "same" || (w == "that" && Is(k + 1, "same"))) {
    that = true;
    ++k;
    if (Is(k, "same")) ++k;
  } else if (w == "latest" || w == "recent" || w == "most") {
    if (w == "most" && Is(k + 1, "recent")) ++k;
    rel = kRelLast;
    ++k;
    if (!IsAny(k, {"quarter", "period", "week", "month", "year"})) return false;
    if (Is(k, "period")) {
      m->e = k + 1;
      if (!the) return false;
      m->value = focus_quarter_ ? Pad(focus_quarter_ / 4, 4) + "-Q" + std::to_string(focus_quarter_ % 4 + 1)
                               : ShiftValue(kQuarter, -1);
      m->relative = true;
      m->b = i;
      return true;
    }
    if (Is(k, "quarter")) {
      m->e = k + 1;
      m->value = focus_quarter_ ? Pad(focus_quarter_ / 4, 4) + "-Q" + std::to_string(focus_quarter_ % 4 + 1)
                               : ShiftValue(kQuarter, -1);
      m->relative = true;
      m->the_ok = true;
      return true;
    }
  } else if (rel != kRelNone) {
    ++k;
  } else if (the && (unit_at(k) != kNoUnit || (IsAny(k, {"fiscal", "full", "calendar"}) &&
                                                 unit_at(k + 1) == kYear)) &&
             !toks_[k].cyr) {
    // "the year", "the quarter", "the week": the current one.
    if (IsAny(k, {"fiscal", "full", "calendar"})) ++k;
    Unit u = unit_at(k);
    if (u == kWeekend) {
      // "over the weekend": the last one, or the next one in future context.
      if (!a_.HasDay()) {
        m->value = "XXXX-WXX-WE";
      } else {
        int wd = WeekdayOf(a_.Days());
        int64_t day = a_.Days();
        if (Tense(i, k + 1) > 0) day += wd >= 6 ? 0 : 6 - wd;
        else day -= wd >= 6 ? 0 : wd + 1;
        m->value = WeekValue(day) + "-WE";
      }
      m->e = k + 1;
      m->relative = true;
      return true;
    }
    if (IsHyphen(k + 1)) return false;
    if (u == kQuarter) {
      m->e = k + 1;
      m->value = focus_quarter_ ? Pad(focus_quarter_ / 4, 4) + "-Q" + std::to_string(focus_quarter_ % 4 + 1)
                               : ShiftValue(kQuarter, -1);
      m->relative = true;
      return true;
    }
    if (u == kYear || u == kMonth || u == kWeek) {
      if (Is(k + 1, "of") || Is(k + 1, "that") || Is(k + 1, "when") || Is(k + 1, "in")) return false;
      m->e = k + 1;
      m->value = ShiftValue(u, 0);
      m->relative = true;
      return true;
    }
    return false;
  } else {
    return false;
  }
  if (k >= n()) return false;
  // Don't take "last few years", "past two months": durations.
  if (rel == kRelLast && W(i) == "последние") return false;
  const Lex* t = L(k);
  if (!t) return false;
  int shift = rel == kRelLast ? -1 : rel == kRelNext ? 1 : 0;
  if (that) shift = 0;
  std::string_view rw = W(k - 1);
  if (t->unit != kNoUnit && !t->plural) {
    Unit u = t->unit;
    if (u == kSecond || u == kMinute) return false;
    if (u == kHour && !that) return false;
    if (rw == "present" || (rw == "current" && u == kDay)) {
      if (rw == "present") return false;
    }
    m->e = k + 1;
    if (that && !the && w == "same" ) return false;
    if (that && u == kYear && last_year_) {
      m->value = Pad(last_year_, 4);
    } else if (u == kQuarter && rel == kRelThis && the) {
      m->value = ShiftValue(kQuarter, 0);
    } else {
      m->value = ShiftValue(u, shift);
    }
    // "the past year", "the last week" without "the": same values.
    m->relative = true;
    m->the_ok = true;
    m->datey = true;
    if (u == kDay && shift == 0 && !that && rw != "this") {
      if (rw == "current") return false;
    }
    // Russian: "в прошлом году" etc.
    // Part of day after "this" / "that": "this morning".
    return true;
  }
  if (t->part && (rw == "this" || that || rw == "этим" || rw == "этой")) {
    m->e = k + 1;
    m->type = TimexType::kTime;
    m->value = ShiftValue(kDay, 0) + "T" + std::string(kPartCode[t->part]);
    m->relative = true;
    return true;
  }
  if (t->part == 4 && rw == "last") {
    m->e = k + 1;
    m->type = TimexType::kTime;
    m->value = ShiftValue(kDay, -1) + "TNI";
    m->relative = true;
    return true;
  }
  if (t->month && !toks_[k].cyr && (toks_[k].cap || t->month_kind == 0) && !that) {
    size_t mend;
    MonthAt(k, &mend);
    size_t dend;
    if (int day = DayAt(mend, &dend); day && rel != kRelThis) {
      m->e = dend;
      m->relative = true;
      m->value = MonthDayValue(t->month, day, rel == kRelLast ? -1 : 1);
      return true;
    }
    if (t->month_kind == 1 && mend == k + 1) return false;
    m->e = mend;
    m->relative = true;
    m->datey = true;
    if (a_.m == 0) {
      m->value = (a_.y ? Pad(a_.y + shift, 4) : "XXXX") + "-" + Pad(t->month, 2);
      return true;
    }
    int y = a_.y;
    if (rel == kRelLast) y = t->month < a_.m ? a_.y : a_.y - 1;
    else if (rel == kRelNext) y = t->month > a_.m ? a_.y : a_.y + 1;
    m->value = Pad(y, 4) + "-" + Pad(t->month, 2);
    return true;
  }
  if (t->month && toks_[k].cyr && !that) {
    m->e = k + 1;
    m->relative = true;
    int y = a_.y;
    if (rel == kRelLast) y = t->month < a_.m ? a_.y : a_.y - 1;
    else if (rel == kRelNext) y = t->month > a_.m ? a_.y : a_.y + 1;
    m->value = (a_.y ? Pad(y, 4) : "XXXX") + "-" + Pad(t->month, 2);
    return true;
  }
  if (t->season && !that) {
    m->e = k + 1;
    m->value = SeasonValue(t->season, rel, 0);
    m->relative = true;
    m->datey = true;
    m->the_ok = true;
    return true;
  }
  return false;
}

// the third quarter [of 1990], third-quarter, the first half, 1989's fourth
// quarter, this year's third quarter, третьем квартале 2023 года.
bool Annotator::RuleQuarter(size_t i, Match* m) {
  size_t k = i;
  int year = 0;
  bool rel_year = false;
  if (Is(k, "the")) ++k;
  if (YearAt(k) && IsApos(k + 1) && Is(k + 2, "s") && Glued(k + 1)) {
    year = YearAt(k);
    k += 3;
  } else if (YearAt(k) && k > i && L(k + 1) && L(k + 1)->ordinal >= 1 && L(k + 1)->ordinal <= 4) {
    year = YearAt(k);  // the 1988 third quarter
    k += 1;
  } else if (IsAny(k, {"this", "last", "next"}) && Is(k + 1, "year") && IsApos(k + 2) &&
             Is(k + 3, "s")) {
    int shift = W(k) == "this" ? 0 : W(k) == "last" ? -1 : 1;
    year = a_.y ? a_.y + shift : 0;
    rel_year = true;
    k += 4;
  }
  if (Is(k, "fiscal")) ++k;
  const Lex* o = L(k);
  int ord = 0;
  size_t oe = k + 1;
  if (o && o->ordinal >= 1 && o->ordinal <= 4) {
    ord = o->ordinal;
  } else if (IsNum(k) && Digits(k) == 1 && IsAny(k + 1, {"st", "nd", "rd", "th"}) && Glued(k + 1)) {
    ord = static_cast<int>(toks_[k].num);
    oe = k + 2;
  } else if (Is(k, "q") && IsNum(k + 1) && Glued(k + 1) && Digits(k + 1) == 1) {
    ord = static_cast<int>(toks_[k + 1].num);
    oe = k + 2;
    if (ord < 1 || ord > 4) return false;
    size_t ye = oe;
    int y = YearAt(ye);
    m->e = y ? ye + 1 : oe;
    m->value = y ? Pad(y, 4) + "-Q" + std::to_string(ord) : QuarterValueInferred(ord, 0);
    m->relative = !y;
    return toks_[k].cap;
  } else {
    return false;
  }
  if (ord < 1 || ord > 4) return false;
  size_t u = oe;
  bool hyphen = false;
  if (IsHyphen(u)) {
    ++u;
    hyphen = true;
  }
  if (Is(u, "fiscal")) ++u;
  const Lex* ul = L(u);
  if (!ul || (ul->unit != kQuarter && ul->unit != kHalfYear && !(Is(u, "half")))) return false;
  if (ul && ul->plural) return false;
  bool half = Is(u, "half") || (ul && ul->unit == kHalfYear);
  if (half && ord > 2) return false;
  size_t e = u + 1;
  if (hyphen && i != k) {
    // "the third-quarter results": the expression is "third-quarter".
    if (!year) return false;
  }
  // of 1990 / of fiscal 1990 / 1990 / of this year / of last year
  size_t p = e;
  if (Is(p, "of")) ++p;
  if (Is(p, "fiscal")) ++p;
  if (!year && YearAt(p) && !(Is(p + 1, "-") || (IsApos(p + 1)))) {
    year = YearAt(p);
    e = p + 1;
    if (toks_[u].cyr || ru_) e = YearSuffixRu(e);
  } else if (!year && Is(e, "of") && IsAny(e + 1, {"this", "last", "next"}) && Is(e + 2, "year")) {
    int shift = W(e + 1) == "this" ? 0 : W(e + 1) == "last" ? -1 : 1;
    year = a_.y ? a_.y + shift : 0;
    rel_year = true;
    e += 3;
  } else if (!year && toks_[u].cyr && L(e) && L(e)->rel != kRelNone && L(e + 1) && L(e + 1)->unit == kYear) {
    Rel r = L(e)->rel;
    year = a_.y ? a_.y + (r == kRelLast ? -1 : r == kRelNext ? 1 : 0) : 0;
    rel_year = true;
    e += 2;
  }
  std::string q = half ? "-H" : "-Q";
  if (year) {
    m->value = Pad(year, 4) + q + std::to_string(ord);
    m->relative = rel_year;
    if (!half && !focus_quarter_) focus_quarter_ = year * 4 + ord - 1;
  } else if (half) {
    m->value = (a_.y ? Pad(a_.y, 4) : "XXXX") + q + std::to_string(ord);
    m->relative = true;
  } else {
    m->value = QuarterValueInferred(ord, 0);
    m->relative = true;
    if (m->value[0] != 'X' && !focus_quarter_) focus_quarter_ = std::atoi(m->value.c_str()) * 4 + ord - 1;
  }
  m->e = e;
  m->the_ok = true;
  m->datey = true;
  return true;
}

// spring 2021, the summer of 1990, summer (this year), весной 2021 года.
bool Annotator::RuleSeason(size_t i, Match* m) {
  const Lex* l = L(i);
  if (!l || !l->season) return false;
  if (W(i) == "fall" && !(i > 0 && IsAny(i - 1, {"the", "this", "last", "next", "in", "early", "late", "mid", "-", "that"}))) return false;
  if (W(i) == "spring" && i > 0 && !IsAny(i - 1, {"the", "this", "last", "next", "in", "early", "late", "mid", "-", "that", "of", "by", "until", "since"}) && !YearAt(i + 1)) return false;
  size_t e = i + 1;
  if (Is(e, "of")) ++e;
  int y = YearAt(e);
  size_t y_end = e + 1;
  if (!y && !toks_[i].cyr) y = SpelledYear(e, &y_end);
  if (y) {
    m->e = y_end;
    if (toks_[i].cyr || ru_) m->e = YearSuffixRu(m->e);
    m->value = Pad(y, 4) + "-" + std::string(kSeasonCode[l->season]);
  } else {
    if (Is(i + 1, "of")) return false;
    // A lone season noun: "summer" as a modifier ("summer camp") is fine too.
    if (IsAny(i + 1, {"'", "’"})) return false;
    m->e = i + 1;
    m->value = SeasonValue(l->season, kRelNone, Tense(i, i + 1));
    m->relative = true;
  }
  m->the_ok = true;
  m->datey = true;
  return true;
}

// Durations and "N units ago"; ages are suppressed.
bool Annotator::RuleDuration(size_t i, Match* m) {
  size_t k = i;
  bool the = false;
  bool lead_word = false;
  if (Is(k, "the")) {
    the = true;
    ++k;
  }
  if (IsAny(k, {"past", "last", "next", "first", "coming", "final", "previous", "following",
                "initial", "recent", "remaining", "entire", "whole", "full", "latest",
                "ensuing", "preceding", "прошедшие", "последние", "ближайшие", "первые",
                "следующие", "предыдущие", "целых"})) {
    lead_word = true;
    ++k;
  }
  size_t end;
  DurParts parts;
  bool quantity;
  size_t core_start = k;
  if (!DurationCore(k, &end, &parts, &quantity)) {
    // "the past years", "recent years", "coming months", "for years", "the years".
    const Lex* u = L(k);
    if (!u || u->unit == kNoUnit || toks_[k].cyr != toks_[i].cyr) return false;
    if (!u->plural) return false;
    if (u->unit == kWeekend || u->unit == kQuarter) return false;
    Unit unit = u->unit;
    bool ok = lead_word || the;
    if (!ok && i > 0 && IsAny(i - 1, {"for", "in", "over", "within", "after", "take", "takes",
                                      "took", "taking", "lasted", "spent", "lasts"}))
      ok = true;
    if (W(k) == "лет" || W(k) == "годы") ok = ok || (i > 0 && IsAny(i - 1, {"за", "на", "в", "через"}));
    if (!ok) return false;
    if (IsAny(k + 1, {"old", "later", "earlier", "before", "after"})) return false;
    if (Is(k + 1, "of") && !lead_word && !the) return false;
    if (IsHyphen(k + 1)) return false;
    if (the && !lead_word && unit != kYear) return false;
    if (Is(k + 1, "ago")) {
      m->e = k + 2;
      m->value = "PAST_REF";
      m->relative = true;
      m->the_ok = true;
      return true;
    }
    if (W(k - 1) == "recent" && unit == kYear) {
      m->e = k + 1;
      m->value = "PAST_REF";
      m->the_ok = true;
      return true;
    }
    m->e = k + 1;
    m->type = TimexType::kDuration;
    m->value = std::string(unit <= kHour ? "PTX" : "PX") + std::string(kUnitCode[unit]);
    m->the_ok = true;
    return true;
  }
  bool hyph = false;
  for (size_t p = core_start + 1; p < end; ++p)
    if (IsHyphen(p)) hyph = true;
  // Ages: "37 years old", "a 6-year-old", "12 years of age".
  if (!parts.vague && (Is(end, "old") || (IsHyphen(end) && IsAny(end + 1, {"old", "olds"})) ||
                       (Is(end, "of") && Is(end + 1, "age")))) {
    m->e = Is(end, "old") ? end + 1 : end + 2;
    m->suppress = true;
    return !the && !lead_word;
  }
  if (hyph && IsHyphen(end) && Is(end + 1, "long")) end += 2;
  // Relative dates: "two years ago", "a week earlier". "Three days later"
  // is a duration followed by a signal, as in TimeML.
  size_t e = end;
  int sign = 0;
  if (Is(e, "ago") || Is(e, "назад")) {
    sign = -1;
    ++e;
  } else if (Is(e, "тому") && Is(e + 1, "назад")) {
    sign = -1;
    e += 2;
  } else if (Is(e, "earlier") || (Is(e, "before") && (e + 1 >= n() || toks_[e + 1].kind == Tok::kPunct))) {
    sign = -1;
    ++e;
  } else if (Is(e, "hence") || (Is(e, "from") && Is(e + 1, "now"))) {
    sign = 1;
    e += Is(e, "from") ? 2 : 1;
  }
  if (sign != 0 && !lead_word && !hyph) {
    if (the) return false;
    m->e = e;
    // "a year ago/earlier" in a report on a quarter: the same quarter a
    // year before (the period under discussion, not the calendar year).
    if (sign < 0 && !parts.vague && parts.count == 1 && parts.amount[kYear] == 1 &&
        focus_quarter_ && !toks_[core_start].cyr) {
      int q = focus_quarter_ - 4;
      m->value = Pad(q / 4, 4) + "-Q" + std::to_string(q % 4 + 1);
    } else {
      m->value = AgoValue(parts, sign);
    }
    m->relative = true;
    m->quantity = true;
    m->ago = true;
    return true;
  }
  if (parts.vague && !lead_word && !the && parts.vague_unit >= kDay &&
      (W(core_start) == "some" || W(core_start) == "many") &&
      !(i > 0 && IsAny(i - 1, {"for", "in", "over", "within", "after"})))
    return false;
  // "one day" meaning "some day": "he will one day return".
  if (W(core_start) == "one" && !hyph && L(end - 1)->unit == kDay && !the && !lead_word &&
      !(i > 0 && (IsAny(i - 1, {"for", "in", "over", "within", "after", "than", "a", "of"}))))
    return false;
  m->e = end;
  m->type = TimexType::kDuration;
  m->value = DurationValue(parts);
  m->quantity = quantity;
  m->the_ok = !hyph;
  // SET: "$5 a year", "twice a week", "three times a day".
  if (IsAny(core_start, {"a", "an"}) && parts.count == 1 && !parts.vague && end == core_start + 2 &&
      core_start > 0 && !the && !lead_word) {
    size_t p = core_start - 1;
    bool rate = IsNum(p) || IsAny(p, {"%", "percent", "times", "once", "twice", "thrice",
                                       "million", "billion", "thousand", "dollars", "cents",
                                       "yen", "pounds", "marks", "francs", "euros", "barrels",
                                       "tons", "hundred", "pesos", "rubles", "trillion"});
    if (rate) {
      Unit u = L(core_start + 1)->unit;
      m->type = TimexType::kSet;
      m->value = (u <= kHour ? "PT1" : "P1") + std::string(kUnitCode[u]);
    }
  }
  return true;
}

// 10:00, 11 a.m., 10:35 p.m. EDT, noon, midnight, 9 a.m. Tuesday.
bool Annotator::RuleTime(size_t i, Match* m) {
  int h = -1, mi = 0;
  size_t e = i;
  if (IsNum(i) && Digits(i) <= 2 && Is(i + 1, ":") && Glued(i + 1) && Digits(i + 2) == 2 &&
      Glued(i + 2)) {
    h = static_cast<int>(toks_[i].num);
    mi = static_cast<int>(toks_[i + 2].num);
    if (h > 24 || mi > 59) return false;
    e = i + 3;
    if (Is(e, ":") && Glued(e) && Digits(e + 1) == 2) e += 2;
    int pm = -1;
    size_t ae = AmPm(e, &pm);
    if (ae != e) {
      if (h > 12) return false;
      if (pm == 1 && h < 12) h += 12;
      if (pm == 0 && h == 12) h = 0;
      e = ae;
    } else if (i > 0 && Is(i - 1, "-")) {
      return false;
    }
  } else if (IsNum(i) && Digits(i) <= 2 && toks_[i].num >= 1 && toks_[i].num <= 12) {
    h = static_cast<int>(toks_[i].num);
    int pm = -1;
    size_t ae = AmPm(i + 1, &pm);
    if (ae != i + 1) {
      if (pm == 1 && h < 12) h += 12;
      if (pm == 0 && h == 12) h = 0;
      e = ae;
    } else if (Is(i + 1, "o") && IsApos(i + 2) && Is(i + 3, "clock")) {
      e = i + 4;
    } else if (Is(i + 1, "in") && Is(i + 2, "the") && IsAny(i + 3, {"morning", "afternoon", "evening"})) {
      if (!Is(i + 3, "morning") && h < 12) h += 12;
      e = i + 4;
    } else {
      return false;
    }
  } else if (IsAny(i, {"noon", "midnight", "midday", "полдень", "полночь"}) &&
             !(i > 0 && Is(i - 1, "high"))) {
    h = W(i) == "midnight" || W(i) == "полночь" ? 24 : 12;
    e = i + 1;
  } else {
    return false;
  }
  e = TimeZone(e);
  std::string date = ShiftValue(kDay, 0);
  bool rel = true;
  // Trailing day: "9 a.m. Tuesday", "noon yesterday", "10:00 on Friday".
  size_t d = e;
  if (Is(d, ",")) ++d;
  if (IsAny(d, {"yesterday", "today", "tomorrow"})) {
    date = ShiftValue(kDay, W(d) == "yesterday" ? -1 : W(d) == "tomorrow" ? 1 : 0);
    e = d + 1;
  } else if (L(d) && L(d)->weekday && !L(d)->weekday_plural && !L(d)->weekday_abbr && toks_[d].cap) {
    date = WeekdayValue(L(d)->weekday, Tense(i, d + 1) > 0 ? 2 : 0);
    e = d + 1;
  } else if (L(d) && L(d)->month && (toks_[d].cap || toks_[d].cyr)) {
    Match md;
    md.b = d;
    if (RuleMonthDate(d, &md) && md.extra.empty() && md.value.size() == 10) {
      date = md.value;
      e = md.e;
    }
  }
  m->e = e;
  m->type = TimexType::kTime;
  m->value = date + "T" + Pad(h, 2) + ":" + Pad(mi, 2);
  m->relative = rel;
  m->quantity = true;
  return true;
}

// every week, each Monday, daily, weekly, ежедневно, каждый день.
bool Annotator::RuleSet(size_t i, Match* m) {
  std::string_view w = W(i);
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 17> kAdverbs = {{
      {"daily", "P1D"}, {"weekly", "P1W"}, {"monthly", "P1M"}, {"yearly", "P1Y"},
      {"annually", "P1Y"}, {"hourly", "PT1H"}, {"nightly", "TNI"}, {"quarterly", "P3M"},
      {"biweekly", "P2W"}, {"semiannually", "P6M"}, {"ежедневно", "P1D"},
      {"еженедельно", "P1W"}, {"ежемесячно", "P1M"}, {"ежегодно", "P1Y"},
      {"ежечасно", "PT1H"}, {"ежеквартально", "P3M"}, {"biannually", "P6M"}}};
  for (auto [word, value] : kAdverbs) {
    if (w == word) {
      // "a daily newspaper", "its quarterly dividend": adjectives, not sets.
      if (IsWord(i + 1) && !toks_[i + 1].cap && !toks_[i].cyr && w != "annually" &&
          !IsAny(i + 1, {"in", "on", "at", "for", "to", "from", "and", "or", "but", "by", "since",
                         "until", "through", "over", "with", "as", "than", "during", "basis"}))
        return false;
      if (w == "nightly") {
        m->value = "XXXX-XX-XXTNI";
      } else {
        m->value = std::string(value);
      }
      m->e = i + 1;
      m->type = TimexType::kSet;
      return true;
    }
  }
  if (!(w == "every" || w == "each" || w == "каждый" || w == "каждую" || w == "каждое" ||
        w == "каждые" || w == "каждого" || w == "per")) return false;
  size_t k = i + 1;
  int mult = 1;
  if (Is(k, "other")) {
    mult = 2;
    ++k;
  } else if (Is(k, "single")) {
    ++k;
  }
  double v = 1;
  size_t qe;
  bool vague, article;
  if (Quantity(k, &qe, &v, &vague, &article) && !vague && !article && !(L(k) && L(k)->ordinal)) {
    k = qe;
  } else if (IsNum(k) && Quantity(k, &qe, &v, &vague, &article)) {
    k = qe;
  } else {
    v = 1;
  }
  const Lex* l = L(k);
  if (!l) return false;
  if (w == "per") {
    if (l->unit == kNoUnit || l->plural) return false;
    if (!(i > 0 && (IsNum(i - 1) || IsAny(i - 1, {"%", "percent", "million", "billion", "times", "dollars"}))))
      return false;
  }
  if (l->unit != kNoUnit) {
    Unit u = l->unit;
    double amount = v * mult;
    m->e = k + 1;
    m->type = TimexType::kSet;
    if (u == kWeekend) {
      m->value = "XXXX-WXX-WE";
      return true;
    }
    if (u == kQuarter) {
      m->value = "P" + FormatAmount(3 * amount) + "M";
      return true;
    }
    if (u == kDecade || u == kCentury) {
      m->value = "P" + FormatAmount(amount * (u == kDecade ? 10 : 100)) + "Y";
      return true;
    }
    m->value = std::string(u <= kHour ? "PT" : "P") + FormatAmount(amount) + std::string(kUnitCode[u]);
    if (u == kFortnight) m->value = "P" + FormatAmount(2 * amount) + "W";
    return true;
  }
  if (w == "per") return false;
  if (l->weekday && !l->weekday_abbr) {
    m->e = k + 1;
    m->type = TimexType::kSet;
    m->value = "XXXX-WXX-" + std::to_string(l->weekday);
    int part = 0;
    size_t pe = PartOfDay(k + 1, &part);
    if (part) {
      m->value += "T" + std::string(kPartCode[part]);
      m->e = pe;
    }
    return true;
  }
  if (l->part) {
    m->e = k + 1;
    m->type = TimexType::kSet;
    m->value = "XXXX-XX-XXT" + std::string(kPartCode[l->part]);
    return true;
  }
  if (l->season) {
    m->e = k + 1;
    m->type = TimexType::kSet;
    m->value = "XXXX-" + std::string(kSeasonCode[l->season]);
    return true;
  }
  if (l->month && (toks_[k].cap || toks_[k].cyr)) {
    m->e = k + 1;
    m->type = TimexType::kSet;
    m->value = "XXXX-" + Pad(l->month, 2);
    return true;
  }
  return false;
}

// Fixed and computed holidays.
bool Annotator::RuleHoliday(size_t i, Match* m) {
  int rel = 0;  // -1 last, +1 next
  size_t h = i;
  if (IsAny(i, {"last", "next", "this"})) {
    rel = W(i) == "last" ? -1 : W(i) == "next" ? 1 : 0;
    h = i + 1;
  }
  if (!toks_.size() || h >= n() || !toks_[h].cap) return false;
  std::string_view w = W(h);
  // Fixed-date holidays: month, day; computed ones: a rule per year.
  int mo = 0, d = 0;
  int kind = 0;  // 1 Thanksgiving, 2 Labor Day, 3 Memorial Day, 4 Easter, 5 Election Day
  size_t e = h + 1;
  if (w == "christmas") {
    mo = 12;
    d = 25;
    if (Is(e, "eve")) {
      d = 24;
      ++e;
    } else if (Is(e, "day")) {
      ++e;
    }
  } else if (w == "new" && Is(h + 1, "year") && IsApos(h + 2) && Is(h + 3, "s") &&
             IsAny(h + 4, {"day", "eve"})) {
    mo = W(h + 4) == "eve" ? 12 : 1;
    d = W(h + 4) == "eve" ? 31 : 1;
    e = h + 5;
  } else if (w == "halloween") {
    mo = 10;
    d = 31;
  } else if (w == "valentine" && IsApos(h + 1) && Is(h + 2, "s") && Is(h + 3, "day")) {
    mo = 2;
    d = 14;
    e = h + 4;
  } else if (w == "independence" && Is(h + 1, "day")) {
    mo = 7;
    d = 4;
    e = h + 2;
  } else if (w == "thanksgiving") {
    kind = 1;
    if (Is(e, "day")) ++e;
  } else if (w == "labor" && Is(h + 1, "day")) {
    kind = 2;
    e = h + 2;
  } else if (w == "memorial" && Is(h + 1, "day")) {
    kind = 3;
    e = h + 2;
  } else if (w == "easter") {
    kind = 4;
    if (IsAny(e, {"sunday", "day"})) ++e;
    if (Is(e, "week")) return false;
  } else if (w == "election" && Is(h + 1, "day")) {
    kind = 5;
    e = h + 2;
  } else {
    return false;
  }
  auto date_in = [&](int yy) -> int64_t {
    auto nth_weekday = [&](int month, int wd, int nth) {
      int64_t first = DaysFromCivil(yy, month, 1);
      int off = (wd - WeekdayOf(first) + 7) % 7;
      if (nth > 0) return first + off + 7 * (nth - 1);
      int64_t last = DaysFromCivil(yy, month, DaysInMonth(yy, month));
      return last - (WeekdayOf(last) - wd + 7) % 7;
    };
    switch (kind) {
      case 1: return nth_weekday(11, 4, 4);
      case 2: return nth_weekday(9, 1, 1);
      case 3: return nth_weekday(5, 1, -1);
      case 4: return EasterDays(yy);
      case 5: return nth_weekday(11, 1, 1) + 1;  // the Tuesday after the first Monday
      default: return DaysFromCivil(yy, mo, d);
    }
  };
  m->e = e;
  if (int yy = YearAt(e); yy && rel == 0) {
    m->e = e + 1;
    m->value = DayValue(date_in(yy));
    return true;
  }
  m->relative = true;
  if (a_.y == 0) {
    m->value = kind ? "XXXX-XX-XX" : "XXXX-" + Pad(mo, 2) + "-" + Pad(d, 2);
    return true;
  }
  // The occurrence closest to the anchor, or the latest before / earliest
  // after it for "last" / "next".
  int64_t anchor = a_.HasDay() ? a_.Days() : DaysFromCivil(a_.y, a_.m ? a_.m : 7, 1);
  int64_t best = 0, best_dist = INT64_MAX;
  for (int yy = a_.y - 1; yy <= a_.y + 1; ++yy) {
    int64_t day = date_in(yy);
    int64_t diff = day - anchor;
    if ((rel < 0 && diff >= 0) || (rel > 0 && diff <= 0)) continue;
    if (rel == 0 && h != i && yy != a_.y) continue;  // "this Christmas"
    if (std::abs(diff) < best_dist) {
      best_dist = std::abs(diff);
      best = day;
    }
  }
  m->value = DayValue(best);
  return true;
}

// Russian phrases not covered by the shared rules ("в прошлом году",
// "на прошлой неделе", "в 2019 году", "11 лет и 2 месяца" are): "в
// позапрошлом году".
bool Annotator::RuleRussian(size_t i, Match* m) {
  if (!toks_[i].cyr) return false;
  const Lex* l = L(i);
  if (!l) return false;
  // позапрошлом году
  if (W(i).starts_with("позапрошл") && L(i + 1) && L(i + 1)->unit != kNoUnit) {
    m->e = i + 2;
    m->value = ShiftValue(L(i + 1)->unit, -2);
    m->relative = true;
    return true;
  }
  // в начале / в конце / в середине + date: handled as prefixes (see Run).
  return false;
}

void Annotator::Consider(Match&& m, Match* best, bool* found) {
  if (!*found || m.e > best->e) {
    *best = std::move(m);
    *found = true;
  }
}

bool Annotator::TryAll(size_t i, Match* best) {
  bool found = false;
  const Tok& t = toks_[i];
  auto run = [&](bool (Annotator::*rule)(size_t, Match*)) {
    Match m;
    m.b = i;
    if ((this->*rule)(i, &m) && m.e > i) Consider(std::move(m), best, &found);
  };
  if (t.kind == Tok::kNum) {
    run(&Annotator::RuleNumericDate);
    run(&Annotator::RuleDayMonth);
    run(&Annotator::RuleYear);
    run(&Annotator::RuleDecadeCentury);
    run(&Annotator::RuleDuration);
    run(&Annotator::RuleTime);
    run(&Annotator::RuleQuarter);
    return found;
  }
  if (IsApos(i)) {
    run(&Annotator::RuleDecadeCentury);
    return found;
  }
  if (!t.lex) {
    if (t.kind == Tok::kWord && t.cap && W(i).size() <= 5) run(&Annotator::RuleDecadeCentury);
    if (Is(i, "q")) run(&Annotator::RuleQuarter);
    return found;
  }
  run(&Annotator::RuleMonthDate);
  run(&Annotator::RuleYear);
  run(&Annotator::RuleDecadeCentury);
  run(&Annotator::RuleWeekday);
  run(&Annotator::RuleDeictic);
  run(&Annotator::RuleRelativeUnit);
  run(&Annotator::RuleQuarter);
  run(&Annotator::RuleSeason);
  run(&Annotator::RuleDuration);
  run(&Annotator::RuleTime);
  run(&Annotator::RuleSet);
  run(&Annotator::RuleHoliday);
  run(&Annotator::RuleRussian);
  return found;
}

std::vector<TimeExpr> Annotator::Run() {
  Tokenize();
  std::vector<Match> out;
  const size_t count = n();
  for (size_t i = 0; i < count;) {
    const Tok& t = toks_[i];
    if (!(t.kind == Tok::kNum || t.lex || IsApos(i) || (t.kind == Tok::kWord && t.cap && W(i).size() <= 5))) {
      ++i;
      continue;
    }
    // Prefixes: a quantity modifier ("about", "more than"), "the", a date
    // modifier ("early", "mid-", "the end of") and "the" again, in that
    // order. Each candidate start of the core is tried; the longest valid
    // match wins.
    struct Start {
      size_t p;
      int qmod;   // 0 none, 1 weak ("about", "nearly"), 2 strong ("more than")
      int dmod;   // 0 none, 1 early/late/mid, 2 earlier/later, 3 "the end of"
      bool the;   // "the" directly before the core
    };
    std::array<Start, 8> starts;
    size_t ns = 0;
    starts[ns++] = {i, 0, 0, false};
    size_t p = i;
    int qmod = 0;
    if (IsAny(p, {"about", "around", "approximately", "nearly", "almost", "roughly",
                  "some", "just", "barely", "около", "почти", "примерно", "приблизительно",
                  "лишь", "всего", "целых"})) {
      size_t q = p + 1;
      if (Is(p, "just") && IsAny(q, {"over", "under"})) ++q;
      p = q;
      qmod = 1;
    } else if (IsAny(p, {"over", "under", "свыше", "более", "менее"})) {
      p += 1;
      qmod = toks_[p - 1].cyr ? 2 : 1;  // "over" is mostly a preposition
    } else if (IsAny(p, {"more", "less", "fewer", "больше", "меньше"}) && IsAny(p + 1, {"than", "чем"})) {
      p += 2;
      qmod = 2;
    } else if (Is(p, "at") && IsAny(p + 1, {"least", "most"})) {
      p += 2;
      qmod = 1;
    } else if (Is(p, "up") && Is(p + 1, "to")) {
      p += 2;
      qmod = 1;
    } else if ((Is(p, "no") || Is(p, "well")) && IsAny(p + 1, {"more", "less", "over"})) {
      p += IsAny(p + 1, {"more", "less"}) && Is(p + 2, "than") ? 3 : 2;
      qmod = 2;
    } else if (Is(p, "close") && Is(p + 1, "to")) {
      p += 2;
      qmod = 1;
    }
    if (qmod && p < count) starts[ns++] = {p, qmod, 0, false};
    bool the1 = false;
    if (Is(p, "the")) {
      ++p;
      the1 = true;
    }
    size_t d = p;
    int dmod = 0;
    if (IsAny(d, {"early", "late", "mid", "earlier", "later"}) && !toks_[d].cyr) {
      dmod = IsAny(d, {"earlier", "later"}) ? 2 : 1;
      ++d;
      if (Is(d, "-") && Glued(d)) ++d;
      if (dmod == 2 && Is(d, "in") && Is(d + 1, "the")) ++d;  // earlier in the year
    } else if (IsAny(d, {"end", "beginning", "start", "middle", "turn", "close"}) &&
               Is(d + 1, "of") && the1) {
      d += 2;
      dmod = 3;
    } else if (IsAny(d, {"начале", "конце", "середине", "начала", "конца", "середины"})) {
      d += 1;
      dmod = 3;
    }
    if (the1 && !dmod && p < count) starts[ns++] = {p, qmod, 0, true};
    if (dmod && d < count) {
      starts[ns++] = {d, qmod, dmod, the1 && dmod != 3};
      if (Is(d, "the") && d + 1 < count) starts[ns++] = {d + 1, qmod, dmod, true};
    }
    Match best;
    bool found = false;
    for (size_t s = ns; s-- > 0;) {
      const Start& st = starts[s];
      Match m;
      if (!TryAll(st.p, &m)) continue;
      if (st.p != i) {
        if (m.suppress) continue;
        if (st.the && !m.the_ok) continue;
        if (st.dmod) {
          if (m.type == TimexType::kDuration || m.type == TimexType::kSet || m.weekday) continue;
          if (!(m.datey || m.type == TimexType::kTime || m.relative)) continue;
          if (st.dmod == 2 && !m.relative) continue;
        }
        if (st.qmod && !(m.ago || (st.qmod == 2 && m.quantity && m.type == TimexType::kDuration)))
          continue;
        m.b = i;
      }
      if (!found || m.e > best.e) {
        best = std::move(m);
        found = true;
      }
    }
    if (!found) {
      ++i;
      continue;
    }
    size_t next = best.e;
    for (auto& x : best.extra) next = std::max(next, x.e);
    if (!best.suppress) {
      if (!best.relative && best.type == TimexType::kDate && best.value.size() >= 4 &&
          best.value[0] >= '0' && best.value[0] <= '9' && best.value[3] >= '0' &&
          best.value[3] <= '9' && (best.value.size() == 4 || best.value[4] == '-')) {
        Anchor r = ParseAnchor(best.value);
        if (r.y) last_ref_ = r;
      }
      std::vector<Match> extra = std::move(best.extra);
      best.extra.clear();
      out.push_back(std::move(best));
      for (auto& x : extra) {
        x.type = TimexType::kDate;
        out.push_back(std::move(x));
      }
    }
    i = std::max(next, i + 1);
  }
  std::vector<TimeExpr> result;
  result.reserve(out.size());
  for (auto& m : out) {
    if (m.e <= m.b) continue;
    TimeExpr te;
    te.start = toks_[m.b].start;
    te.end = toks_[m.e - 1].end;
    te.text = std::string(text_.substr(te.start, te.end - te.start));
    te.type = m.type;
    te.value = std::move(m.value);
    te.relative = m.relative;
    result.push_back(std::move(te));
  }
  return result;
}

}  // namespace

std::string_view TimexTypeName(TimexType t) {
  switch (t) {
    case TimexType::kDate: return "DATE";
    case TimexType::kTime: return "TIME";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
  }
  return "DATE";
}

std::vector<TimeExpr> AnnotateTimes(std::string_view text, std::string_view anchor,
                                    std::string_view language) {
  bool ru = language == "ru";
  Annotator a(text, ParseAnchor(anchor), ru);
  return a.Run();
}

std::string InferDocumentDate(std::string_view text, std::string_view language) {
  auto exprs = AnnotateTimes(text, "", language);
  std::vector<int64_t> days, months;
  for (const auto& e : exprs) {
    if (e.relative || e.type != TimexType::kDate) continue;
    Anchor a = ParseAnchor(e.value);
    if (a.y < 1900 || a.y > 2100) continue;
    if (e.value.size() == 10 && a.d) days.push_back(a.Days());
    else if (e.value.size() == 7 && a.m) months.push_back(a.y * 12 + a.m - 1);
  }
  auto pick = [](std::vector<int64_t>& v, int64_t gap) -> int64_t {
    std::sort(v.begin(), v.end(), std::greater<>());
    for (size_t k = 0; k < v.size(); ++k) {
      if (k + 1 == v.size() || v[k] - v[k + 1] <= gap) return v[k];
    }
    return v.back();
  };
  if (!days.empty()) return DayValue(pick(days, 366));
  if (!months.empty()) {
    int64_t mm = pick(months, 12);
    return MonthValue(static_cast<int>(mm / 12), static_cast<int>(mm % 12) + 1);
  }
  return "";
}

}  // namespace dossier::nlp
