// bench/corpus_gen.cc
//
// Deterministic synthetic benchmark corpus generator for Dossier.
//
// Produces a directory tree of plain-text and HTML documents that imitate the
// material Dossier ingests: NGO statements, parliamentary written declarations
// with signatory lists, news-wire items with datelines and longer reports, in
// English and Russian. Every person, city, country, prison, organisation,
// agency and web site is fictional and generated from syllable and word lists.
//
// Usage:
//   corpus_gen --out DIR [--mb 100] [--seed 42] [--html-ratio 0.3]
//              [--ru-ratio 0.15] [--dup-ratio 0.03]
//
// Files are written as DIR/NNN/doc_NNNNNN.{txt,html} (1000 files per
// sub-directory) until the total size reaches --mb MiB. A --dup-ratio fraction
// of the files are byte-identical copies of an earlier file and the same
// fraction again are near-duplicates (same body, different title/boilerplate,
// one sentence changed).
//
// The output depends only on the arguments. Randomness comes from
// std::mt19937_64 (whose output sequence is fixed by the C++ standard) through
// the hand-written helpers in Rng; no standard distributions, clocks, hash
// ordering or locale-dependent functions influence the content.
//
// Build: g++ -std=c++20 -O2 -Wall -Wextra -o corpus_gen bench/corpus_gen.cc

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <initializer_list>
#include <iterator>
#include <random>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

namespace {

using std::string;
using std::string_view;

// ---------------------------------------------------------------------------
// Randomness
// ---------------------------------------------------------------------------

uint64_t SplitMix64(uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

// Portable helpers on top of mt19937_64 (std distributions are not portable).
class Rng {
 public:
  explicit Rng(uint64_t seed) : eng_(seed) {}

  // Uniform integer in [0, n).
  uint64_t Below(uint64_t n) {
    if (n <= 1) return 0;
    const uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    uint64_t x;
    do {
      x = eng_();
    } while (x >= limit);
    return x % n;
  }
  // Uniform integer in [lo, hi].
  int Range(int lo, int hi) {
    if (hi <= lo) return lo;
    return lo + static_cast<int>(Below(static_cast<uint64_t>(hi - lo) + 1));
  }
  // Uniform double in [0, 1) with 53 random bits.
  double Real() {
    return static_cast<double>(eng_() >> 11) * (1.0 / 9007199254740992.0);
  }
  bool Chance(double p) { return Real() < p; }
  template <typename C>
  const auto& Pick(const C& c) {
    return *(std::begin(c) + static_cast<std::ptrdiff_t>(Below(std::size(c))));
  }
  uint64_t Next24() { return eng_() >> 40; }
  // Index in [0, n) skewed towards small values (popular entities).
  size_t Skewed(size_t n) {
    const double u = Real();
    const size_t i = static_cast<size_t>(u * u * static_cast<double>(n));
    return i < n ? i : n - 1;
  }

 private:
  std::mt19937_64 eng_;
};

// ---------------------------------------------------------------------------
// String helpers
// ---------------------------------------------------------------------------

bool EndsWith(string_view s, string_view suf) {
  return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
}

// Last UTF-8 code point of s.
string_view LastChar(string_view s) {
  if (s.empty()) return s;
  size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return s.substr(i);
}

bool IsAny(string_view c, std::initializer_list<string_view> set) {
  for (string_view s : set)
    if (c == s) return true;
  return false;
}

// Upper-cases one code point starting at s[i] (ASCII, Latin-1, Cyrillic);
// appends it to out and returns its byte length.
size_t UpperCharAt(string_view s, size_t i, string& out) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    out.push_back(static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c));
    return 1;
  }
  if (i + 1 < s.size()) {
    const unsigned char d = static_cast<unsigned char>(s[i + 1]);
    if (c == 0xC3 && d >= 0xA0 && d <= 0xBE && d != 0xB7) {
      out.push_back(static_cast<char>(c));
      out.push_back(static_cast<char>(d - 0x20));
      return 2;
    }
    if (c == 0xD0 && d >= 0xB0 && d <= 0xBF) {
      out.push_back(static_cast<char>(0xD0));
      out.push_back(static_cast<char>(d - 0x20));
      return 2;
    }
    if (c == 0xD1 && d >= 0x80 && d <= 0x8F) {
      out.push_back(static_cast<char>(0xD0));
      out.push_back(static_cast<char>(d + 0x20));
      return 2;
    }
    if (c == 0xD1 && d == 0x91) {  // ё
      out.push_back(static_cast<char>(0xD0));
      out.push_back(static_cast<char>(0x81));
      return 2;
    }
  }
  out.push_back(static_cast<char>(c));
  return 1;
}

string Upper(string_view s) {
  string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) i += UpperCharAt(s, i, out);
  return out;
}

string CapFirst(string_view s) {
  string out;
  out.reserve(s.size());
  if (s.empty()) return out;
  const size_t n = UpperCharAt(s, 0, out);
  out.append(s.substr(n));
  return out;
}

string Lower(string_view s) {
  string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

size_t CodePoints(string_view s) {
  size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

void AppendEscaped(string& out, string_view s) {
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out.push_back(c);
    }
  }
}

string Esc(string_view s) {
  string out;
  out.reserve(s.size() + 16);
  AppendEscaped(out, s);
  return out;
}

string JsonEsc(string_view s) {
  string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

// "12345" -> "12,345" (en) or "12 345" (ru, only from 10 000).
string FormatNum(long n, bool ru) {
  string digits = std::to_string(n);
  if (ru && n < 10000) return digits;
  string out;
  const size_t len = digits.size();
  for (size_t i = 0; i < len; ++i) {
    if (i > 0 && (len - i) % 3 == 0) out.push_back(ru ? ' ' : ',');
    out.push_back(digits[i]);
  }
  return out;
}

string_view RuPlural(long n, string_view one, string_view few,
                     string_view many) {
  const long m10 = n % 10, m100 = n % 100;
  if (m10 == 1 && m100 != 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
}

// Genitive after "более/около/до/в течение": 21 дня, 5 дней.
string_view RuGenCount(long n, string_view gen_sg, string_view gen_pl) {
  return (n % 10 == 1 && n % 100 != 11) ? gen_sg : gen_pl;
}

constexpr string_view kEnNumWords[] = {
    "zero", "one",   "two",   "three", "four",   "five",    "six",
    "seven", "eight", "nine",  "ten",   "eleven", "twelve"};

string Hex(uint64_t v, int digits) {
  static constexpr char kHex[] = "0123456789abcdef";
  string s;
  for (int i = 0; i < digits; ++i) s.push_back(kHex[(v >> (4 * i)) & 15]);
  return s;
}

string Pad(int v, int width) {
  string s = std::to_string(v);
  while (static_cast<int>(s.size()) < width) s.insert(s.begin(), '0');
  return s;
}

// ---------------------------------------------------------------------------
// Calendar (proleptic Gregorian, days since 1970-01-01)
// ---------------------------------------------------------------------------

struct Ymd {
  int y, m, d;
};

int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Ymd CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = yoe + era * 400;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp + (mp < 10 ? 3 : -9);
  return {static_cast<int>(y + (m <= 2)), static_cast<int>(m),
          static_cast<int>(d)};
}

int Weekday(int64_t z) {  // 0 = Sunday
  return static_cast<int>(z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6);
}

constexpr string_view kEnMonths[] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr string_view kEnMonthsShort[] = {"Jan", "Feb", "Mar", "Apr",
                                          "May", "Jun", "Jul", "Aug",
                                          "Sep", "Oct", "Nov", "Dec"};
constexpr string_view kRuMonthsGen[] = {
    "января", "февраля", "марта",    "апреля",  "мая",    "июня",
    "июля",   "августа", "сентября", "октября", "ноября", "декабря"};
constexpr string_view kRuMonthsLoc[] = {
    "январе", "феврале", "марте",    "апреле",  "мае",    "июне",
    "июле",   "августе", "сентябре", "октябре", "ноябре", "декабре"};
constexpr string_view kEnWeekdays[] = {"Sunday",   "Monday", "Tuesday",
                                       "Wednesday", "Thursday", "Friday",
                                       "Saturday"};
constexpr string_view kRuWeekdays[] = {"воскресенье", "понедельник", "вторник",
                                       "среда",       "четверг",     "пятница",
                                       "суббота"};

string EnDate(int64_t day, bool us, bool with_year = true) {
  const Ymd t = CivilFromDays(day);
  string s;
  if (us) {
    s = string(kEnMonths[t.m - 1]) + " " + std::to_string(t.d);
    if (with_year) s += ", " + std::to_string(t.y);
  } else {
    s = std::to_string(t.d) + " " + string(kEnMonths[t.m - 1]);
    if (with_year) s += " " + std::to_string(t.y);
  }
  return s;
}

string IsoDate(int64_t day) {
  const Ymd t = CivilFromDays(day);
  return std::to_string(t.y) + "-" + Pad(t.m, 2) + "-" + Pad(t.d, 2);
}

string DotDate(int64_t day, char sep) {
  const Ymd t = CivilFromDays(day);
  return Pad(t.d, 2) + sep + Pad(t.m, 2) + sep + std::to_string(t.y);
}

// Date line of a document in one of several formats.
string FormatDocDate(int64_t day, bool ru, Rng& r) {
  const Ymd t = CivilFromDays(day);
  if (ru) {
    switch (r.Below(6)) {
      case 0:
        return std::to_string(t.d) + " " + string(kRuMonthsGen[t.m - 1]) +
               " " + std::to_string(t.y) + " г.";
      case 1:
        return std::to_string(t.d) + " " + string(kRuMonthsGen[t.m - 1]) +
               " " + std::to_string(t.y) + " года";
      case 2: return DotDate(day, '.');
      case 3: return IsoDate(day);
      case 4:
        return string(kRuWeekdays[Weekday(day)]) + ", " + std::to_string(t.d) +
               " " + string(kRuMonthsGen[t.m - 1]) + " " +
               std::to_string(t.y) + " г.";
      default:
        return "Опубликовано: " + std::to_string(t.d) + " " +
               string(kRuMonthsGen[t.m - 1]) + " " + std::to_string(t.y) +
               " г.";
    }
  }
  switch (r.Below(9)) {
    case 0: return EnDate(day, false);
    case 1: return EnDate(day, true);
    case 2: return IsoDate(day);
    case 3: return DotDate(day, '.');
    case 4:
      return string(kEnWeekdays[Weekday(day)]) + ", " + EnDate(day, false);
    case 5:
      return std::to_string(t.d) + " " + string(kEnMonthsShort[t.m - 1]) +
             " " + std::to_string(t.y);
    case 6: return "Published: " + EnDate(day, r.Chance(0.5));
    case 7: return "Date: " + DotDate(day, '/');
    default: return "Posted on " + EnDate(day, true);
  }
}

// ---------------------------------------------------------------------------
// Lexicon: syllables and word lists (Latin / Cyrillic pairs where needed)
// ---------------------------------------------------------------------------

struct LC {
  string_view en;
  string_view ru;
};

// Central Asian given names.
constexpr LC kCaM1[] = {
    {"Az", "Аз"},   {"Nur", "Нур"},  {"Er", "Эр"},    {"Bek", "Бек"},
    {"Dau", "Дау"}, {"Sul", "Сул"},  {"Tim", "Тим"},  {"Rus", "Рус"},
    {"Zhan", "Жан"}, {"Kai", "Кай"}, {"Mur", "Мур"},  {"Ul", "Ул"},
    {"Dil", "Дил"}, {"Sam", "Сам"},  {"Far", "Фар"},  {"Khur", "Хур"},
    {"Is", "Ис"},   {"Ra", "Ра"},    {"Al", "Ал"},    {"Da", "Да"},
    {"Ka", "Ка"},   {"Ma", "Ма"},    {"Ba", "Ба"},    {"Tal", "Тал"},
    {"Ask", "Аск"}, {"Ord", "Орд"},  {"Sher", "Шер"}, {"Jas", "Жас"},
    {"Ais", "Айс"}, {"Yer", "Ер"},   {"Kan", "Кан"},  {"Ab", "Аб"},
    {"Ot", "От"},   {"Ilh", "Ильх"}, {"Nod", "Нод"},  {"Ko", "Ко"}};
constexpr LC kCaM2[] = {
    {"amat", "амат"}, {"lan", "лан"},       {"tan", "тан"},
    {"bek", "бек"},   {"ren", "рен"},       {"ur", "ур"},
    {"shod", "шод"},  {"rat", "рат"},       {"khan", "хан"},
    {"mir", "мир"},   {"jon", "джон"},      {"bol", "бол"},
    {"dos", "дос"},   {"ir", "ир"},         {"zhol", "жол"},
    {"bai", "бай"},   {"nazar", "назар"},   {"sultan", "султан"},
    {"mat", "мат"},   {"lat", "лат"},       {"ulan", "улан"},
    {"dar", "дар"},   {"sen", "сен"},       {"gali", "гали"},
    {"kym", "кым"},   {"tur", "тур"},       {"shid", "шид"},
    {"zat", "зат"},   {"ilbek", "ильбек"},  {"om", "ом"}};
constexpr LC kCaF1[] = {
    {"Ai", "Ай"},   {"Gul", "Гуль"}, {"Di", "Ди"},    {"Zha", "Жа"},
    {"Na", "На"},   {"Mad", "Мад"},  {"Ka", "Ка"},    {"Sa", "Са"},
    {"Ze", "Зе"},   {"Nig", "Ниг"},  {"Dil", "Дил"},  {"Ma", "Ма"},
    {"Ak", "Ак"},   {"Al", "Ал"},    {"Mo", "Мо"},    {"Shah", "Шах"},
    {"Fe", "Фе"},   {"Ra", "Ра"},    {"Ul", "Ул"},    {"As", "Ас"},
    {"Bak", "Бак"}, {"Zu", "Зу"},    {"Sev", "Сев"},  {"Mun", "Мун"}};
constexpr LC kCaF2[] = {
    {"gul", "гуль"},   {"nara", "нара"}, {"noza", "ноза"}, {"ra", "ра"},
    {"ina", "ина"},    {"mila", "мила"}, {"ida", "ида"},   {"shat", "шат"},
    {"ziya", "зия"},   {"ana", "ана"},   {"bonu", "бону"}, {"ara", "ара"},
    {"zhan", "жан"},   {"gerim", "герим"}, {"ira", "ира"}, {"yra", "ыра"},
    {"sulu", "сулу"},  {"lola", "лола"}, {"rina", "рина"}, {"khon", "хон"},
    {"dana", "дана"},  {"tyn", "тын"},   {"bibi", "биби"}, {"vash", "ваш"}};
// Central Asian surname roots.
constexpr LC kCaR1[] = {
    {"Bek", "Бек"},   {"Nur", "Нур"},     {"Tash", "Таш"},  {"Kara", "Кара"},
    {"Abdu", "Абду"}, {"Rakh", "Рах"},    {"Yus", "Юс"},    {"Tokt", "Токт"},
    {"Ism", "Исм"},   {"Jum", "Джум"},    {"Osm", "Осм"},   {"Sad", "Сад"},
    {"Kur", "Кур"},   {"Alim", "Алим"},   {"Turd", "Турд"}, {"Mam", "Мам"},
    {"Erg", "Эрг"},   {"Sher", "Шер"},    {"Kad", "Кад"},   {"Orm", "Орм"},
    {"Temir", "Темир"}, {"Kozh", "Кож"},  {"Mur", "Мур"},   {"Sult", "Султ"},
    {"Zhol", "Жол"},  {"Ais", "Айс"},     {"Ask", "Аск"},   {"Khal", "Хал"},
    {"Nazar", "Назар"}, {"Usm", "Усм"},   {"Yerk", "Ерк"},  {"Zhak", "Жак"},
    {"Bakh", "Бах"},  {"Tur", "Тур"},     {"Sap", "Сап"},   {"Dzhan", "Джан"},
    {"Kub", "Куб"},   {"Ord", "Орд"},     {"Ulug", "Улуг"}, {"Mir", "Мир"}};
constexpr LC kCaR2[] = {
    {"an", "ан"},     {"bek", "бек"},   {"ali", "али"},   {"mat", "мат"},
    {"ir", "ир"},     {"azar", "азар"}, {"urat", "урат"}, {"ab", "аб"},
    {"ul", "ул"},     {"im", "им"},     {"on", "он"},     {"ar", "ар"},
    {"en", "ен"},     {"bai", "бай"},   {"dar", "дар"},   {"gul", "гул"},
    {"zhan", "жан"},  {"ash", "аш"},    {"yr", "ыр"},     {"ush", "уш"},
    {"ek", "ек"},     {"tai", "тай"},   {"kul", "кул"},   {"dos", "дос"},
    {"mur", "мур"},   {"bol", "бол"},   {"sun", "сун"},   {"gazy", "газ"}};
// Slavic given names.
constexpr LC kSlM1[] = {
    {"Vla", "Вла"},  {"Mi", "Ми"},   {"Yaro", "Яро"}, {"Bo", "Бо"},
    {"Sta", "Ста"},  {"Ra", "Ра"},   {"Dmi", "Дми"},  {"Ole", "Оле"},
    {"Ser", "Сер"},  {"Vik", "Вик"}, {"Ti", "Ти"},    {"Ale", "Але"},
    {"Ro", "Ро"},    {"Ig", "Иг"},   {"Pa", "Па"},    {"Vse", "Все"},
    {"Ar", "Ар"},    {"Gle", "Гле"}, {"Ko", "Ко"},    {"Ve", "Ве"},
    {"Lu", "Лу"},    {"Ze", "Зе"},   {"Bro", "Бро"},  {"Ste", "Сте"}};
constexpr LC kSlM2[] = {
    {"dimir", "димир"}, {"slav", "слав"},       {"ris", "рис"},
    {"tor", "тор"},     {"gei", "гей"},         {"sim", "сим"},
    {"man", "ман"},     {"ksei", "ксей"},       {"gor", "гор"},
    {"vel", "вел"},     {"volod", "волод"},     {"tem", "тём"},
    {"stantin", "стантин"}, {"nis", "нис"},     {"lentin", "лентин"},
    {"kolai", "колай"}, {"mir", "мир"},         {"dan", "дан"},
    {"rian", "риан"},   {"nat", "нат"},         {"fan", "фан"},
    {"lik", "лик"}};
constexpr LC kSlF1[] = {
    {"Ma", "Ма"},   {"Ol", "Ол"},   {"Ta", "Та"},     {"Sve", "Све"},
    {"Ka", "Ка"},   {"Na", "На"},   {"Ya", "Я"},      {"Ir", "Ир"},
    {"Ve", "Ве"},   {"Lyud", "Люд"}, {"Ele", "Еле"},  {"Da", "Да"},
    {"Ksen", "Ксен"}, {"Ali", "Али"}, {"Ul", "Ул"},   {"Zla", "Зла"},
    {"Mi", "Ми"},   {"Lu", "Лу"},   {"Ra", "Ра"},     {"Vla", "Вла"},
    {"Mar", "Мар"}, {"Ev", "Ев"}};
constexpr LC kSlF2[] = {
    {"rina", "рина"},   {"ga", "га"},         {"tiana", "тьяна"},
    {"tlana", "тлана"}, {"terina", "терина"}, {"talia", "талья"},
    {"ria", "рия"},     {"na", "на"},         {"ra", "ра"},
    {"mila", "мила"},   {"slava", "слава"},   {"lena", "лена"},
    {"nna", "нна"},     {"lia", "лия"},       {"ia", "ия"},
    {"sana", "сана"},   {"da", "да"},         {"sia", "сия"}};
// Slavic surname roots.
constexpr LC kSlR1[] = {
    {"Bel", "Бел"},   {"Vor", "Вор"},    {"Gor", "Гор"},   {"Zhur", "Жур"},
    {"Kov", "Ков"},   {"Mor", "Мор"},    {"Tkach", "Ткач"}, {"Sav", "Сав"},
    {"Grish", "Гриш"}, {"Prokh", "Прох"}, {"Dub", "Дуб"},  {"Zakh", "Зах"},
    {"Kras", "Крас"}, {"Shev", "Шев"},   {"Os", "Ос"},     {"Rud", "Руд"},
    {"Lys", "Лыс"},   {"Pol", "Пол"},    {"Sed", "Сед"},   {"Chern", "Черн"},
    {"Bog", "Бог"},   {"Lev", "Лев"},    {"Dan", "Дан"},   {"Kir", "Кир"},
    {"Yar", "Яр"},    {"Smol", "Смол"},  {"Kost", "Кост"}, {"Zel", "Зел"},
    {"Mel", "Мел"},   {"Lap", "Лап"},    {"Korn", "Корн"}, {"Step", "Степ"},
    {"Khom", "Хом"},  {"Pash", "Паш"},   {"Vlas", "Влас"}, {"Gus", "Гус"}};
constexpr LC kSlR2[] = {{"", ""},     {"al", "ал"},   {"ich", "ич"},
                        {"ush", "уш"}, {"ob", "об"},  {"ank", "анк"},
                        {"yak", "як"}, {"en", "ен"},  {"ik", "ик"},
                        {"ol", "ол"},  {"ar", "ар"},  {"in", "ин"},
                        {"et", "ет"},  {"ov", "ов"},  {"ak", "ак"}};
// Western and Arabic name material (English-language documents only).
constexpr string_view kWeM1[] = {"Mar", "Hen", "Lu",  "Ste", "Jo",   "Pie",
                                 "Ma",  "Tho", "Fe",  "An",  "Kla",  "Ni",
                                 "Ra",  "Se",  "Ber", "Wil", "Fre",  "Ro",
                                 "Gi",  "Ul",  "Sven", "Jan", "Ed",  "Al"};
constexpr string_view kWeM2[] = {
    "ten", "rik",  "kas",  "fan",   "han",  "ter",  "tteo",    "mas",
    "lix", "dreas", "us",  "klas",  "fael", "nard", "bastian", "lem",
    "derik", "bert", "lio", "rich", "mund", "ar",   "vin",     "do"};
constexpr string_view kWeF1[] = {"El",  "Ma",   "An",  "Li",  "So", "Ca", "Ju",
                                 "Ka",  "Ag",   "Is",  "Ve",  "Fran", "Mi",
                                 "Ro",  "Hel",  "In",  "Bri", "Gre", "Lo", "Ed"};
constexpr string_view kWeF2[] = {"ke",  "rta",  "ja",    "sa",   "fie",
                                 "rla", "lia",  "trin",  "abel", "ra",
                                 "cesca", "rthe", "sanne", "na", "ga",
                                 "ise", "ta",   "lene",  "ny",   "wige"};
constexpr string_view kWeR1[] = {
    "Brand", "Vell",  "Hols", "Kerr",  "Lind",   "Mor",   "Dal",  "Ferr",
    "Ross",  "Berg",  "Haas", "Brun",  "Duv",    "Mart",  "Gall", "Wester",
    "Ost",   "Hart",  "Mull", "Kamp",  "Stein",  "Lor",   "Marc", "Fontan",
    "Jans",  "Dekk",  "Kowal", "Wend", "Strand", "Holm",  "Rieg", "Bauw",
    "Korn",  "Lamb",  "Pell", "Cast",  "Verh",   "Zand",  "Rav",  "Tolb"};
constexpr string_view kWeR2[] = {
    "mann", "berg", "ink",  "ens",   "ier",  "eau",  "ini",   "elli", "sen",
    "ström", "ez",  "aard", "hoff",  "stad", "ley",  "ton",   "well", "ers",
    "inga", "ano",  "etti", "quist", "holt", "er",   "ard",   "ès",   "mäki"};
constexpr string_view kWeParticles[] = {"van den ", "van der ", "de la ",
                                        "von ",     "da ",      "O'",
                                        "de ",      "van "};
constexpr string_view kArM1[] = {"Kar", "Sa", "Ha", "Yu", "Na",
                                 "Om",  "Ra", "Ta", "Mu", "Za"};
constexpr string_view kArM2[] = {"im",   "mir", "san", "suf", "bil",
                                 "ar",   "shid", "rek", "nir", "hid"};
constexpr string_view kArF1[] = {"Lay", "Ri", "Sal", "Na",
                                 "Ya",  "Ha", "Ami", "Du"};
constexpr string_view kArF2[] = {"la", "ma", "wa", "dia",
                                 "sra", "na", "ra", "ha"};
constexpr string_view kArR1[] = {"Rash", "Qas", "Had", "Naj", "Sal",
                                 "Hak",  "Zub", "Far", "Mans", "Khat",
                                 "Bas",  "Jaf", "Tam", "Mas"};
constexpr string_view kArR2[] = {"idi", "imi", "ani", "awi",
                                 "ari", "ouri", "abi", "iri"};

// City name parts.
constexpr LC kCaCity1[] = {
    {"Kara", "Кара"},   {"Ak", "Ак"},       {"Kyzyl", "Кызыл"},
    {"Sary", "Сары"},   {"Orda", "Орда"},   {"Zhana", "Жана"},
    {"Tash", "Таш"},    {"Kok", "Кок"},     {"Tal", "Тал"},
    {"Bai", "Бай"},     {"Uzun", "Узун"},   {"Ala", "Ала"},
    {"Shah", "Шах"},    {"Nur", "Нур"},     {"Yangi", "Янги"},
    {"Kum", "Кум"},     {"Ming", "Минг"},   {"Dasht", "Дашт"},
    {"Kosh", "Кош"},    {"Ters", "Терс"},   {"Zhel", "Жел"},
    {"Sai", "Сай"},     {"Turt", "Турт"},   {"Bes", "Бес"}};
constexpr LC kCaCity2[] = {
    {"kent", "кент"},   {"tal", "тал"},     {"abad", "абад"},
    {"su", "су"},       {"bulak", "булак"}, {"tau", "тау"},
    {"kol", "коль"},    {"dala", "дала"},   {"kala", "кала"},
    {"sai", "сай"},     {"mir", "мир"},     {"tobe", "тобе"},
    {"ozen", "озен"},   {"aryk", "арык"},   {"shahr", "шахр"},
    {"kurgan", "курган"}, {"agach", "агач"}, {"bel", "бель"}};
constexpr LC kSlCity1[] = {
    {"Novo", "Ново"},   {"Belo", "Бело"},     {"Staro", "Старо"},
    {"Verkhne", "Верхне"}, {"Krasno", "Красно"}, {"Ozero", "Озеро"},
    {"Lesno", "Лесно"}, {"Svetlo", "Светло"}, {"Kameno", "Камено"},
    {"Yasno", "Ясно"},  {"Sosno", "Сосно"},   {"Dobro", "Добро"},
    {"Mirno", "Мирно"}, {"Cherno", "Черно"},  {"Zlato", "Злато"},
    {"Volche", "Волче"}, {"Boro", "Боро"},    {"Pribe", "Прибе"}};
constexpr LC kSlCity2[] = {
    {"gorsk", "горск"},   {"dolsk", "дольск"},   {"mirsk", "мирск"},
    {"pol", "поль"},      {"grad", "град"},      {"slavl", "славль"},
    {"zyorsk", "зёрск"},  {"rechensk", "реченск"}, {"bor", "бор"},
    {"vodsk", "водск"},   {"lesk", "леск"},      {"yarsk", "ярск"},
    {"polye", "полье"},   {"dar", "дар"}};

struct CountryDef {
  string_view en, adj, ru, ru_gen, ru_loc;
  int style;  // see enum Style below
  string_view currency;
};

enum Style { kKyr, kTaj, kUzb, kKaz, kSlav, kWest, kArab };

constexpr CountryDef kCountries[] = {
    {"Karavastan", "Karavastani", "Каравастан", "Каравастана", "Каравастане",
     kKyr, "tanga"},
    {"Dashtiston", "Dashtistoni", "Даштистон", "Даштистона", "Даштистоне",
     kTaj, "zar"},
    {"Zhetisar", "Zhetisari", "Жетисар", "Жетисара", "Жетисаре", kUzb,
     "altyn"},
    {"Ordamir", "Ordamiri", "Ордамир", "Ордамира", "Ордамире", kKaz, "orda"},
    {"Belogoria", "Belogorian", "Белогория", "Белогории", "Белогории", kSlav,
     "grosh"},
    {"Severia", "Severian", "Северия", "Северии", "Северии", kSlav, "krona"},
};

struct SecDef {
  string_view en, ru, ru_gen;
};
constexpr SecDef kSecs[] = {
    {"the National Security Service", "Служба национальной безопасности",
     "Службы национальной безопасности"},
    {"the State Committee for National Security",
     "Государственный комитет национальной безопасности",
     "Государственного комитета национальной безопасности"},
    {"the Centre for Countering Extremism", "Центр противодействия экстремизму",
     "Центра противодействия экстремизму"},
    {"the Main Directorate for Combating Organised Crime",
     "Главное управление по борьбе с организованной преступностью",
     "Главного управления по борьбе с организованной преступностью"},
    {"the State Investigative Service", "Государственная следственная служба",
     "Государственной следственной службы"},
    {"the State Protection Bureau", "Бюро государственной охраны",
     "Бюро государственной охраны"},
};

struct Prof {
  string_view en, art, ru_m, ru_m_gen, ru_f, ru_f_gen, ru_f_acc;
};
constexpr Prof kProfs[] = {
    {"journalist", "a", "журналист", "журналиста", "журналистка",
     "журналистки", "журналистку"},
    {"human rights defender", "a", "правозащитник", "правозащитника",
     "правозащитница", "правозащитницы", "правозащитницу"},
    {"lawyer", "a", "адвокат", "адвоката", "адвокат", "адвоката", "адвоката"},
    {"blogger", "a", "блогер", "блогера", "блогер", "блогера", "блогера"},
    {"civic activist", "a", "гражданский активист", "гражданского активиста",
     "гражданская активистка", "гражданской активистки",
     "гражданскую активистку"},
    {"opposition politician", "an", "оппозиционный политик",
     "оппозиционного политика", "оппозиционный политик",
     "оппозиционного политика", "оппозиционного политика"},
    {"trade union leader", "a", "профсоюзный лидер", "профсоюзного лидера",
     "профсоюзный лидер", "профсоюзного лидера", "профсоюзного лидера"},
    {"poet", "a", "поэт", "поэта", "поэтесса", "поэтессы", "поэтессу"},
    {"schoolteacher", "a", "учитель", "учителя", "учительница", "учительницы",
     "учительницу"},
    {"entrepreneur", "an", "предприниматель", "предпринимателя",
     "предпринимательница", "предпринимательницы", "предпринимательницу"},
    {"student", "a", "студент", "студента", "студентка", "студентки",
     "студентку"},
    {"environmental activist", "an", "экоактивист", "экоактивиста",
     "экоактивистка", "экоактивистки", "экоактивистку"},
    {"doctor", "a", "врач", "врача", "врач", "врача", "врача"},
    {"historian", "a", "историк", "историка", "историк", "историка",
     "историка"},
    {"musician", "a", "музыкант", "музыканта", "музыкант", "музыканта",
     "музыканта"},
    {"theatre director", "a", "театральный режиссёр",
     "театрального режиссёра", "театральный режиссёр",
     "театрального режиссёра", "театрального режиссёра"},
    {"IT specialist", "an", "IT-специалист", "IT-специалиста",
     "IT-специалист", "IT-специалиста", "IT-специалиста"},
    {"religious scholar", "a", "религиовед", "религиоведа", "религиовед",
     "религиоведа", "религиоведа"},
    {"former diplomat", "a", "бывший дипломат", "бывшего дипломата",
     "бывший дипломат", "бывшего дипломата", "бывшего дипломата"},
    {"farmer", "a", "фермер", "фермера", "фермер", "фермера", "фермера"},
    {"economist", "an", "экономист", "экономиста", "экономист", "экономиста",
     "экономиста"},
    {"photographer", "a", "фотограф", "фотографа", "фотограф", "фотографа",
     "фотографа"},
    {"documentary film-maker", "a", "документалист", "документалиста",
     "документалистка", "документалистки", "документалистку"},
    {"human rights lawyer", "a", "адвокат-правозащитник",
     "адвоката-правозащитника", "адвокат-правозащитник",
     "адвоката-правозащитника", "адвоката-правозащитника"},
    {"pensioner", "a", "пенсионер", "пенсионера", "пенсионерка",
     "пенсионерки", "пенсионерку"},
    {"retired army officer", "a", "отставной офицер", "отставного офицера",
     "отставной офицер", "отставного офицера", "отставного офицера"},
};

struct Charge {
  string_view en, ru;  // ru: prepositional, after "обвинение в"
  int article, maxy;
};
constexpr Charge kCharges[] = {
    {"organising mass riots", "организации массовых беспорядков", 233, 15},
    {"participation in mass riots", "участии в массовых беспорядках", 233, 8},
    {"public calls to seize power", "публичных призывах к захвату власти", 280,
     10},
    {"high treason", "государственной измене", 275, 20},
    {"large-scale fraud", "мошенничестве в особо крупном размере", 159, 10},
    {"public calls to extremist activity",
     "публичных призывах к экстремистской деятельности", 280, 7},
    {"membership in a banned extremist organisation",
     "участии в деятельности запрещённой экстремистской организации", 282, 8},
    {"inciting social hatred", "возбуждении социальной розни", 174, 7},
    {"disseminating false information",
     "распространении заведомо ложной информации", 207, 5},
    {"insulting the head of state", "оскорблении главы государства", 319, 5},
    {"tax evasion", "уклонении от уплаты налогов", 198, 6},
    {"hooliganism", "хулиганстве", 213, 5},
    {"financing extremist activity",
     "финансировании экстремистской деятельности", 282, 8},
    {"abuse of office", "злоупотреблении должностными полномочиями", 285, 7},
    {"illegal border crossing", "незаконном пересечении государственной границы",
     322, 3},
    {"espionage", "шпионаже", 276, 15},
    {"creating an organised criminal group",
     "создании организованной преступной группы", 210, 12},
    {"extortion", "вымогательстве", 163, 10},
    {"desecration of state symbols",
     "надругательстве над государственными символами", 329, 3},
    {"violence against a police officer",
     "применении насилия в отношении представителя власти", 318, 5},
    {"possession of narcotic drugs", "хранении наркотических средств", 228, 8},
    {"calls for separatism", "призывах к сепаратизму", 280, 6},
};

constexpr LC kIllnesses[] = {
    {"hypertension", "гипертонии"},
    {"diabetes", "сахарного диабета"},
    {"tuberculosis", "туберкулёза"},
    {"a heart condition", "болезни сердца"},
    {"chronic kidney disease", "хронической болезни почек"},
    {"severe back pain", "сильных болей в спине"},
    {"asthma", "астмы"},
    {"a stomach ulcer", "язвы желудка"},
    {"hepatitis C", "гепатита C"},
    {"epilepsy", "эпилепсии"},
    {"arthritis", "артрита"},
    {"a thyroid disorder", "заболевания щитовидной железы"},
    {"chronic bronchitis", "хронического бронхита"},
    {"depression", "депрессии"},
    {"an untreated spinal injury", "травмы позвоночника"},
    {"glaucoma", "глаукомы"},
};

constexpr LC kOutlets[] = {
    {"Azat Sozu", "«Азат Созу»"},         {"Steppe Voice", "«Голос степи»"},
    {"Jarqyn", "«Жаркын»"},               {"Ayna", "«Айна»"},
    {"Nash Gorod", "«Наш город»"},        {"Vechernie Vesti", "«Вечерние вести»"},
    {"Ozod Ovoz", "«Озод овоз»"},         {"Nuri Khakikat", "«Нури хакикат»"},
    {"Kyzyl Tan", "«Кызыл тан»"},         {"Pravda Regiona", "«Правда региона»"},
    {"Svobodnoe Slovo", "«Свободное слово»"}, {"Tochka Zreniya", "«Точка зрения»"},
    {"Bizdin Ubak", "«Биздин убак»"},     {"Kamerton", "«Камертон»"},
    {"Ordakent Courier", "«Курьер»"},     {"Ekho Doliny", "«Эхо долины»"},
};

constexpr LC kUnBodies[] = {
    {"the UN Working Group on Arbitrary Detention",
     "в Рабочую группу ООН по произвольным задержаниям"},
    {"the UN Human Rights Committee", "в Комитет ООН по правам человека"},
    {"the UN Special Rapporteur on human rights defenders",
     "к специальному докладчику ООН по положению правозащитников"},
    {"the UN Committee against Torture", "в Комитет ООН против пыток"},
    {"the UN Special Rapporteur on freedom of expression",
     "к специальному докладчику ООН по вопросам свободы выражения мнений"},
};

constexpr LC kSpeakerRoles[] = {
    {"director", "директор"},
    {"executive director", "исполнительный директор"},
    {"programme coordinator", "координатор программ"},
    {"Central Asia researcher", "исследователь по Центральной Азии"},
    {"legal adviser", "юрист"},
    {"spokesperson", "пресс-секретарь"},
    {"senior lawyer", "ведущий юрист"},
    {"chair", "председатель правления"},
    {"advocacy officer", "эксперт по адвокации"},
    {"head of the monitoring team", "руководитель мониторинговой группы"},
};

struct Agency {
  string_view en, abbr, ru;
};
constexpr Agency kAgencies[] = {
    {"Nordline Press", "NLP", "Нордлайн Пресс"},
    {"Continental Wire", "CWR", "Континентал Уайр"},
    {"Eastward News Service", "ENS", "Истворд"},
    {"Meridian Agency", "MRA", "Меридиан"},
    {"Steppe Information Agency", "SIA", "Степь-Инфо"},
    {"Vostok-Press", "VP", "Восток-Пресс"},
    {"Interline", "ITL", "Интерлайн"},
};

struct SiteDef {
  string_view name, domain;
  bool ru;
};
constexpr SiteDef kSites[] = {
    {"The Steppe Ledger", "steppeledger.net", false},
    {"Meridian Rights Review", "meridianrights.org", false},
    {"Nordline Press", "nordlinepress.com", false},
    {"Civic Pulse", "civicpulse.info", false},
    {"Lantern Media", "lanternmedia.org", false},
    {"Open Horizon News", "openhorizon.news", false},
    {"Eastward Monitor", "eastwardmonitor.org", false},
    {"Rights Bulletin", "rightsbulletin.net", false},
    {"Степной вестник", "stepvestnik.net", true},
    {"Правовой меридиан", "pravmeridian.org", true},
    {"Новая линия", "novlinia.info", true},
    {"Открытый горизонт", "otkrgorizont.org", true},
    {"Гражданский пульс", "grazhpuls.net", true},
};

constexpr string_view kEuCountries[] = {
    "Austria",  "Belgium",     "Bulgaria", "Croatia",    "Cyprus",
    "Czechia",  "Denmark",     "Estonia",  "Finland",    "France",
    "Germany",  "Greece",      "Hungary",  "Ireland",    "Italy",
    "Latvia",   "Lithuania",   "Luxembourg", "Malta",    "Netherlands",
    "Poland",   "Portugal",    "Romania",  "Slovakia",   "Slovenia",
    "Spain",    "Sweden"};
constexpr string_view kGroups[] = {"EPC",  "S&DA", "RFE", "GRN/EFA",
                                   "ECRG", "NGL",  "IDA", "NI"};

// Organisation name material.
constexpr string_view kOrgW1[] = {
    "Open",    "Free",     "Northern", "Civic",  "Clear",   "Steppe",
    "Mountain", "Lantern", "Horizon",  "Bridge", "Compass", "Meridian",
    "Beacon",  "Dignity",  "Silk Route", "Crossroads", "Candle", "Vigilant"};
constexpr string_view kOrgW2[] = {"Rights", "Voices", "Justice", "Freedom",
                                  "Dialogue", "Law",  "Truth",   "Liberty"};
constexpr string_view kOrgT[] = {"Initiative", "Foundation", "Network",
                                 "Coalition",  "Centre",     "Watch",
                                 "Alliance",   "Project",    "Group",
                                 "Monitor"};
constexpr string_view kOrgT2[] = {"Centre",    "Foundation", "Bureau",
                                  "Committee", "Institute",  "Association",
                                  "Fund"};
constexpr string_view kOrgCause[] = {
    "Human Rights and the Rule of Law", "Civil Liberties",
    "Free Expression",                  "Legal Aid",
    "Prisoners' Rights",                "Media Freedom",
    "Judicial Independence",            "Democratic Development",
    "the Prevention of Torture",        "Fair Trials",
    "Public Interest Law",              "Freedom of Conscience"};
constexpr string_view kOrgT3[] = {"Bureau for Human Rights",
                                  "Committee for Human Rights",
                                  "League for Human Rights",
                                  "Legal Initiative",
                                  "Lawyers' Collective",
                                  "Public Monitoring Commission",
                                  "Association of Independent Journalists",
                                  "Prisoners' Support Group"};
constexpr LC kRuOrgType[] = {
    {"правозащитный центр", "правозащитного центра"},
    {"общественное объединение", "общественного объединения"},
    {"инициативная группа", "инициативной группы"},
    {"фонд", "фонда"},
    {"правовая инициатива", "правовой инициативы"},
    {"коалиция", "коалиции"},
    {"ассоциация", "ассоциации"},
    {"бюро по правам человека", "бюро по правам человека"},
};
constexpr string_view kRuOrgWord[] = {
    "Степной мост", "Ясный путь",     "Открытый голос",      "Право и достоинство",
    "Свободный выбор", "Гражданский контроль", "Луч",       "Маяк",
    "Перекрёсток",  "Надежда",        "Справедливость",      "Общественный монитор",
    "Вектор",       "Горизонт",       "Истина",              "Диалог",
    "Защита",       "Правовая помощь", "Компас",             "Свеча"};

// ---------------------------------------------------------------------------
// Names and Russian declension
// ---------------------------------------------------------------------------

enum Case { kNom, kGen, kDat, kAcc, kIns };

bool IsRuVowel(string_view c) {
  return IsAny(c, {"а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я"});
}

string DeclineGiven(const string& n, bool female, Case c) {
  if (c == kNom || n.empty()) return n;
  const string_view last = LastChar(n);
  const string stem = n.substr(0, n.size() - last.size());
  if (!female) {
    if (last == "й" || last == "ь") {
      switch (c) {
        case kGen:
        case kAcc: return stem + "я";
        case kDat: return stem + "ю";
        case kIns: return stem + "ем";
        default: return n;
      }
    }
    if (IsRuVowel(last)) return n;
    switch (c) {
      case kGen:
      case kAcc: return n + "а";
      case kDat: return n + "у";
      case kIns:
        return n + (IsAny(last, {"ж", "ш", "ч", "щ", "ц"}) ? "ем" : "ом");
      default: return n;
    }
  }
  if (last == "я") {
    const bool ia = EndsWith(stem, "и");
    switch (c) {
      case kGen: return stem + "и";
      case kDat: return stem + (ia ? "и" : "е");
      case kAcc: return stem + "ю";
      case kIns: return stem + "ей";
      default: return n;
    }
  }
  if (last == "а") {
    const string_view pl = LastChar(stem);
    const bool velar = IsAny(pl, {"г", "к", "х", "ж", "ш", "ч", "щ"});
    const bool hush = IsAny(pl, {"ж", "ш", "ч", "щ", "ц"});
    switch (c) {
      case kGen: return stem + (velar ? "и" : "ы");
      case kDat: return stem + "е";
      case kAcc: return stem + "у";
      case kIns: return stem + (hush ? "ей" : "ой");
      default: return n;
    }
  }
  if (last == "ь") {
    switch (c) {
      case kGen:
      case kDat: return stem + "и";
      case kIns: return n + "ю";
      default: return n;
    }
  }
  return n;
}

string DeclineSurname(const string& s, bool female, Case c) {
  if (c == kNom || s.empty() || s.find(' ') != string::npos) return s;
  if (!female) {
    if (EndsWith(s, "ский") || EndsWith(s, "цкий")) {
      const string stem = s.substr(0, s.size() - 4);
      switch (c) {
        case kGen:
        case kAcc: return stem + "ого";
        case kDat: return stem + "ому";
        case kIns: return stem + "им";
        default: return s;
      }
    }
    if (EndsWith(s, "ов") || EndsWith(s, "ев") || EndsWith(s, "ёв") ||
        EndsWith(s, "ин") || EndsWith(s, "ын")) {
      switch (c) {
        case kGen:
        case kAcc: return s + "а";
        case kDat: return s + "у";
        case kIns: return s + "ым";
        default: return s;
      }
    }
    const string_view last = LastChar(s);
    if (IsRuVowel(last) || last == "ь" || last == "й") return s;
    switch (c) {
      case kGen:
      case kAcc: return s + "а";
      case kDat: return s + "у";
      case kIns:
        return s + (IsAny(last, {"ж", "ш", "ч", "щ", "ц"}) ? "ем" : "ом");
      default: return s;
    }
  }
  if (EndsWith(s, "ская") || EndsWith(s, "цкая")) {
    const string stem = s.substr(0, s.size() - 4);
    return stem + (c == kAcc ? "ую" : "ой");
  }
  if (EndsWith(s, "ова") || EndsWith(s, "ева") || EndsWith(s, "ёва") ||
      EndsWith(s, "ина") || EndsWith(s, "ына")) {
    const string stem = s.substr(0, s.size() - 2);
    return stem + (c == kAcc ? "у" : "ой");
  }
  return s;
}

struct Family {
  string en[2];  // [0] male form, [1] female form
  string ru[2];
};

struct Name {
  string given_en, sur_en, given_ru, sur_ru;
  bool female = false;
  int style = kKyr;
};

string FullEn(const Name& n) { return n.given_en + " " + n.sur_en; }
string FullRu(const Name& n, Case c = kNom) {
  return DeclineGiven(n.given_ru, n.female, c) + " " +
         DeclineSurname(n.sur_ru, n.female, c);
}

bool IsCentralAsian(int style) { return style <= kKaz; }

void GivenName(Rng& r, int style, bool female, string& en, string& ru) {
  for (int attempt = 0; attempt < 8; ++attempt) {
    if (IsCentralAsian(style) || style == kSlav) {
      const bool ca = IsCentralAsian(style);
      const LC& a = female ? (ca ? r.Pick(kCaF1) : r.Pick(kSlF1))
                           : (ca ? r.Pick(kCaM1) : r.Pick(kSlM1));
      const LC& b = female ? (ca ? r.Pick(kCaF2) : r.Pick(kSlF2))
                           : (ca ? r.Pick(kCaM2) : r.Pick(kSlM2));
      if (Lower(a.en) == b.en) continue;
      en = string(a.en) + string(b.en);
      ru = string(a.ru) + string(b.ru);
      return;
    }
    const bool west = style == kWest;
    string_view a = female ? (west ? r.Pick(kWeF1) : r.Pick(kArF1))
                           : (west ? r.Pick(kWeM1) : r.Pick(kArM1));
    string_view b = female ? (west ? r.Pick(kWeF2) : r.Pick(kArF2))
                           : (west ? r.Pick(kWeM2) : r.Pick(kArM2));
    en = string(a) + string(b);
    ru.clear();
    return;
  }
  en = female ? "Aigul" : "Azamat";
  ru = female ? "Айгуль" : "Азамат";
}

void AddOv(Family& f, string re, string rr) {
  bool soft = false;
  if (EndsWith(rr, "й")) {
    rr.resize(rr.size() - 2);
    if (EndsWith(re, "i")) re.pop_back();
    soft = true;
  } else {
    const string_view last = LastChar(rr);
    soft = IsAny(last, {"ж", "ш", "ч", "щ", "ц", "и"});
  }
  f.en[0] = re + (soft ? "ev" : "ov");
  f.en[1] = re + (soft ? "eva" : "ova");
  f.ru[0] = rr + (soft ? "ев" : "ов");
  f.ru[1] = rr + (soft ? "ева" : "ова");
}

string WesternSurname(Rng& r, bool female) {
  auto simple = [&r, female]() {
    string s(r.Pick(kWeR1));
    const uint64_t k = r.Below(100);
    if (k < 8) {
      s += female ? "ska" : "ski";
    } else if (k < 13) {
      s += female ? "ková" : "ek";
    } else {
      s += r.Pick(kWeR2);
    }
    return s;
  };
  const uint64_t k = r.Below(100);
  if (k < 14) {
    string s(r.Pick(kWeParticles));
    s += r.Pick(kWeR1);
    if (r.Chance(0.4)) s += r.Pick(kWeR2);
    return s;
  }
  if (k < 24) return simple() + "-" + simple();
  return simple();
}

Family MakeFamily(Rng& r, int style) {
  Family f;
  if (IsCentralAsian(style)) {
    const LC& a = r.Pick(kCaR1);
    const LC& b = r.Pick(kCaR2);
    const string re = string(a.en) + string(b.en);
    const string rr = string(a.ru) + string(b.ru);
    const uint64_t k = r.Below(100);
    if (style == kKyr && k < 30) {
      f.en[0] = re + " uulu";
      f.en[1] = re + " kyzy";
      f.ru[0] = rr + " уулу";
      f.ru[1] = rr + " кызы";
    } else if (style == kTaj && k < 45) {
      f.en[0] = f.en[1] = re + "zoda";
      f.ru[0] = f.ru[1] = rr + "зода";
    } else if (style == kUzb && k < 20) {
      f.en[0] = re + " ugli";
      f.en[1] = re + " qizi";
      f.ru[0] = rr + " угли";
      f.ru[1] = rr + " кизи";
    } else {
      AddOv(f, re, rr);
    }
    return f;
  }
  if (style == kSlav) {
    const LC& a = r.Pick(kSlR1);
    const LC& b = r.Pick(kSlR2);
    const string re = string(a.en) + string(b.en);
    const string rr = string(a.ru) + string(b.ru);
    const string_view last = LastChar(rr);
    const bool hush = IsAny(last, {"ж", "ш", "ч", "щ", "ц"});
    const uint64_t k = r.Below(100);
    if (k < 35) {
      AddOv(f, re, rr);
    } else if (k < 50) {
      f.en[0] = re + "in";
      f.en[1] = re + "ina";
      f.ru[0] = rr + "ин";
      f.ru[1] = rr + "ина";
    } else if (k < 65) {
      f.en[0] = f.en[1] = re + "enko";
      f.ru[0] = f.ru[1] = rr + "енко";
    } else if (k < 75) {
      f.en[0] = f.en[1] = re + (hush ? "uk" : "chuk");
      f.ru[0] = f.ru[1] = rr + (hush ? "ук" : "чук");
    } else if (k < 88) {
      f.en[0] = re + (hush ? "evsky" : "ovsky");
      f.en[1] = re + (hush ? "evskaya" : "ovskaya");
      f.ru[0] = rr + (hush ? "евский" : "овский");
      f.ru[1] = rr + (hush ? "евская" : "овская");
    } else {
      f.en[0] = f.en[1] = re + (hush ? "evich" : "ovich");
      f.ru[0] = f.ru[1] = rr + (hush ? "евич" : "ович");
    }
    return f;
  }
  if (style == kArab) {
    string s = string(r.Pick(kArR1)) + string(r.Pick(kArR2));
    if (r.Chance(0.65)) s = "al-" + s;
    f.en[0] = f.en[1] = s;
    return f;
  }
  f.en[0] = WesternSurname(r, false);
  f.en[1] = f.en[0];
  if (EndsWith(f.en[0], "ski")) {
    f.en[1] = f.en[0].substr(0, f.en[0].size() - 1) + "a";
  } else if (EndsWith(f.en[0], "ek") && !EndsWith(f.en[0], "eek")) {
    f.en[1] = f.en[0].substr(0, f.en[0].size() - 2) + "ková";
  }
  return f;
}

Name NameFromFamily(Rng& r, const Family& f, int style, bool female) {
  Name n;
  n.female = female;
  n.style = style;
  GivenName(r, style, female, n.given_en, n.given_ru);
  n.sur_en = f.en[female ? 1 : 0];
  n.sur_ru = f.ru[female ? 1 : 0];
  return n;
}

Name MakeName(Rng& r, int style, bool female) {
  const Family f = MakeFamily(r, style);
  return NameFromFamily(r, f, style, female);
}

// ---------------------------------------------------------------------------
// The fictional world
// ---------------------------------------------------------------------------

struct City {
  string en, ru;
};

struct Prison {
  int type = 0, num = 1, city = 0;
};

string PrisonEn(const Prison& p) {
  const string n = std::to_string(p.num);
  switch (p.type) {
    case 0: return "Penal Colony No. " + n;
    case 1: return "Strict-Regime Colony No. " + n;
    case 2: return "Women's Colony No. " + n;
    case 3: return "Prison No. " + n;
    case 4: return "Special-Regime Colony No. " + n;
    default: return "Correctional Facility UYa-64/" + n;
  }
}

// form: 0 nominative, 1 locative ("в ..."), 2 directional ("в ...").
string PrisonRu(const Prison& p, int form) {
  const string n = std::to_string(p.num);
  switch (p.type) {
    case 0:
      return (form == 0   ? "исправительная колония № "
              : form == 1 ? "исправительной колонии № "
                          : "исправительную колонию № ") +
             n;
    case 1:
      return (form == 0   ? "колония строгого режима № "
              : form == 1 ? "колонии строгого режима № "
                          : "колонию строгого режима № ") +
             n;
    case 2:
      return (form == 0   ? "женская колония № "
              : form == 1 ? "женской колонии № "
                          : "женскую колонию № ") +
             n;
    case 3:
      return (form == 0 ? "тюрьма № " : form == 1 ? "тюрьме № " : "тюрьму № ") +
             n;
    case 4:
      return (form == 0   ? "колония особого режима № "
              : form == 1 ? "колонии особого режима № "
                          : "колонию особого режима № ") +
             n;
    default:
      return (form == 1 ? "учреждении УЯ-64/" : "учреждение УЯ-64/") + n;
  }
}

struct Country {
  const CountryDef* def = nullptr;
  std::vector<City> cities;  // cities[0] is the capital
  std::vector<Prison> prisons;
  int sec = 0;
  int base_prisoners = 100;
  int event_kind = 0, event_year = 2020, event_month = 1, event_city = 0;
  std::vector<int> people;
};

struct Relative {
  int role = 0;  // 0 spouse, 1 mother, 2 sister, 3 brother, 4 son, 5 daughter
  Name name;
};

struct Person {
  Name name;
  int country = 0, city = 0, prof = 0, charge = 0, charge2 = -1, art_part = 1;
  int years = 5, months = 0, regime = 1, prison = 0, prison2 = 0;
  int court = 0, appcourt = 0, appeal_res = 0, reduced_years = 0;
  int64_t arrest = 0, trial = 0, verdict = 0, appeal = 0, transfer = 0,
          release = 0;
  bool released = false;
  int release_kind = 0, health = -1, outlet = 0, birth_year = 1980, kids = 0;
  Name lawyer, judge;
  std::vector<Relative> rels;
};

struct Org {
  string en, ru_nom, ru_gen, domain;
  bool the = false;  // takes "the" in running English text
};

struct World {
  std::vector<Country> countries;
  std::vector<Person> people;
  std::vector<Org> orgs;
};

bool Contains(const std::vector<City>& v, const string& en) {
  for (const City& c : v)
    if (c.en == en) return true;
  return false;
}

string Initials(string_view s) {
  string out;
  bool start = true;
  for (char c : s) {
    if (c == ' ' || c == '-') {
      start = true;
    } else {
      if (start && c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c + 32));
      start = false;
    }
  }
  return out;
}

World BuildWorld(uint64_t seed) {
  Rng r(SplitMix64(seed ^ 0x5EED5EED5EEDULL));
  World w;
  // Countries, cities, prisons.
  for (const CountryDef& d : kCountries) {
    Country c;
    c.def = &d;
    const bool ca = d.style != kSlav;
    while (c.cities.size() < 14) {
      const LC& a = ca ? r.Pick(kCaCity1) : r.Pick(kSlCity1);
      const LC& b = ca ? r.Pick(kCaCity2) : r.Pick(kSlCity2);
      City city{string(a.en) + string(b.en), string(a.ru) + string(b.ru)};
      bool taken = Contains(c.cities, city.en);
      for (const Country& o : w.countries) taken = taken || Contains(o.cities, city.en);
      if (!taken) c.cities.push_back(std::move(city));
    }
    std::vector<int> used;
    for (int i = 0; i < 10; ++i) {
      Prison p;
      p.type = i == 0 ? 2 : i == 1 ? 3 : r.Chance(0.08) ? 2 : r.Range(0, 5);
      if (p.type == 2 && i > 1) p.type = 0;
      int num;
      do {
        num = r.Range(1, 78);
      } while (std::find(used.begin(), used.end(), num) != used.end());
      used.push_back(num);
      p.num = num;
      p.city = r.Range(1, static_cast<int>(c.cities.size()) - 1);
      c.prisons.push_back(p);
    }
    c.sec = static_cast<int>(r.Below(std::size(kSecs)));
    c.base_prisoners = r.Range(60, 1500);
    c.event_kind = r.Range(0, 2);
    c.event_year = r.Range(2016, 2022);
    c.event_month = r.Range(1, 12);
    c.event_city = r.Range(0, 6);
    w.countries.push_back(std::move(c));
  }
  // Organisations.
  for (int i = 0; i < 48; ++i) {
    Org o;
    const uint64_t k = r.Below(100);
    if (k < 40) {
      o.en = string(r.Pick(kOrgW1)) + " " + string(r.Pick(kOrgW2)) + " " +
             string(r.Pick(kOrgT));
      o.the = r.Chance(0.5);
    } else if (k < 75) {
      o.en = string(r.Pick(kOrgT2)) + " for " + string(r.Pick(kOrgCause));
      o.the = true;
    } else {
      o.en = string(r.Pick(kCountries).adj) + " " + string(r.Pick(kOrgT3));
      o.the = true;
    }
    const LC& t = r.Pick(kRuOrgType);
    const string_view word = r.Pick(kRuOrgWord);
    o.ru_nom = string(t.en) + " «" + string(word) + "»";
    o.ru_gen = string(t.ru) + " «" + string(word) + "»";
    o.domain = Initials(o.en) + (r.Chance(0.7) ? ".org" : ".net");
    w.orgs.push_back(std::move(o));
  }
  // Detained people.
  const int64_t first = DaysFromCivil(2014, 1, 1);
  const int64_t last = DaysFromCivil(2024, 9, 30);
  for (int i = 0; i < 3000; ++i) {
    Person p;
    p.country = static_cast<int>(r.Below(w.countries.size()));
    const Country& c = w.countries[p.country];
    const int style = c.def->style;
    const bool female = r.Chance(0.27);
    const Family fam = MakeFamily(r, style);
    p.name = NameFromFamily(r, fam, style, female);
    p.city = static_cast<int>(r.Skewed(c.cities.size()));
    p.prof = static_cast<int>(r.Below(std::size(kProfs)));
    p.charge = static_cast<int>(r.Below(std::size(kCharges)));
    if (r.Chance(0.35)) p.charge2 = static_cast<int>(r.Below(std::size(kCharges)));
    if (p.charge2 == p.charge) p.charge2 = -1;
    p.art_part = r.Range(1, 4);
    const int maxy = kCharges[p.charge].maxy;
    p.years = std::min(maxy + 2, r.Range(1, 4) + r.Range(0, 4) + r.Range(0, 4));
    p.months = r.Chance(0.2) ? 6 : 0;
    p.regime = female ? 0 : (r.Chance(0.15) ? 2 : r.Range(0, 1));
    std::vector<int> fit;
    for (size_t j = 0; j < c.prisons.size(); ++j) {
      const bool womens = c.prisons[j].type == 2;
      if (womens == female || c.prisons[j].type == 3) fit.push_back(static_cast<int>(j));
    }
    p.prison = fit[r.Below(fit.size())];
    p.prison2 = fit[r.Below(fit.size())];
    p.court = kCharges[p.charge].article == 275 ? 4 : r.Range(0, 3);
    p.appcourt = r.Range(0, 2);
    p.appeal_res = r.Chance(0.2) ? 1 : 0;
    p.reduced_years = std::max(1, p.years - r.Range(1, 3));
    p.arrest = first + static_cast<int64_t>(r.Below(static_cast<uint64_t>(last - first)));
    p.trial = p.arrest + r.Range(45, 380);
    p.verdict = p.trial + r.Range(5, 150);
    p.appeal = p.verdict + r.Range(30, 160);
    p.transfer = p.appeal + r.Range(15, 90);
    p.released = r.Chance(0.3);
    p.release_kind = r.Range(0, 4);
    p.release = p.transfer + r.Range(30, std::max(60, p.years * 365 - 300));
    p.health = r.Chance(0.45) ? static_cast<int>(r.Below(std::size(kIllnesses))) : -1;
    p.outlet = static_cast<int>(r.Below(std::size(kOutlets)));
    p.birth_year = r.Range(1950, 2002);
    p.kids = r.Chance(0.3) ? 0 : r.Range(1, 5);
    p.lawyer = MakeName(r, style, r.Chance(0.4));
    p.judge = MakeName(r, style, r.Chance(0.3));
    // Relatives share the family name.
    const int nrel = r.Range(1, 3);
    for (int j = 0; j < nrel; ++j) {
      Relative rel;
      rel.role = j == 0 && r.Chance(0.6) ? 0 : r.Range(1, 5);
      bool rf;
      switch (rel.role) {
        case 0: rf = !female; break;
        case 1:
        case 2:
        case 5: rf = true; break;
        default: rf = false;
      }
      rel.name = NameFromFamily(r, fam, style, rf);
      p.rels.push_back(std::move(rel));
    }
    w.countries[p.country].people.push_back(i);
    w.people.push_back(std::move(p));
  }
  return w;
}

int Stage(const Person& p, int64_t day) {
  if (p.released && day >= p.release) return 5;
  if (day >= p.transfer) return 4;
  if (day >= p.appeal) return 3;
  if (day >= p.verdict) return 2;
  if (day >= p.trial) return 1;
  return 0;
}

// ---------------------------------------------------------------------------
// Sentence templates
//
// Syntax: [a|b|c] picks one alternative (nestable); {KEY} or {KEY.case} is a
// slot filled from the document context; <m/f> picks by the gender of the
// subject, <X:m/f> by the gender of role X (J judge, L lawyer, Q speaker,
// R relative, O other detainee).
// ---------------------------------------------------------------------------

using Tpls = std::vector<string_view>;

enum Topic {
  kBio,
  kArrest,
  kCharge,
  kTrial,
  kSentence,
  kAppeal,
  kTransfer,
  kHealth,
  kIll,
  kRelease,
  kCall,
  kQuote,
  kNumbers,
  kFiller,
  kMethod,
  kRecommend,
  kDeclPoint,
  kTopicCount
};

const Tpls kEnBio = {
    "{P}, {AGE}, is {APROF} from {CITY}[ who has worked for {OUTLET} for many years| known for <his/her> reporting on {TOPIC}| and <a father/a mother> of {KIDS}| who has long campaigned on {TOPIC}|].",
    "Born in {BORN} in {XCITY}, {S} [studied law|graduated in journalism|trained as an engineer|studied history at {CAPITAL} State University|worked as a teacher] before becoming {APROF}[ in {YEAR}|].",
    "[Before <his/her> arrest|Prior to <his/her> detention|Until <his/her> arrest], {S} [worked as|was employed as] {APROF}[ in {CITY}| at {OUTLET}|] and [wrote about|documented|campaigned on|spoke out about] {TOPIC}.",
    "{S} had [previously been|already been] [detained|fined|questioned|summoned by {SEC}] [{N2} times|several times|twice|in {YEAR}] [over <his/her> work|over <his/her> publications|for taking part in peaceful protests|for <his/her> online posts].",
    "[Colleagues|Friends|Neighbours|Former students] describe {S} as [a principled|a courageous|a meticulous|a soft-spoken|an outspoken] [person|professional|critic] [who never advocated violence|who was respected in the community|who helped anyone who asked|].",
    "<He/She> [is|has been] [a member of|a volunteer with|a co-founder of|an adviser to] {ORG2}[ since {YEAR}|].",
    "{S}'s [reporting|posts|videos|articles] on {TOPIC} [attracted|drew] [tens of thousands of views|wide public attention|the anger of local officials][ in {YEAR}|].",
    "<He/She> is married and has {KIDS}.",
    "<He/She> lives with <his/her> elderly [mother|parents] in {CITY}[ and is their main carer|].",
    "In {YEAR}, {S} [ran unsuccessfully for the local council in {CITY}|organised a petition on {TOPIC}|founded a small legal aid clinic in {CITY}|published a book about {TOPIC}].",
};

const Tpls kRuBio = {
    "{P}, {BORN} года рождения, — {PROF} из города {CITY}.",
    "{PROF} {P} ({AGE}) живёт в городе {CITY}[ и воспитывает детей|].",
    "До ареста {S} <работал/работала> [в издании {OUTLET}|в городе {CITY}|по специальности] и [<писал/писала> {TOPIC}|<выступал/выступала> против произвола властей|<занимался/занималась> правозащитной деятельностью].",
    "Ранее {S} [уже|неоднократно] <задерживался/задерживалась> [за участие в мирных акциях|за свои публикации|по административным делам|за посты в социальных сетях].",
    "Коллеги [характеризуют|описывают] {S.acc} как <принципиального и честного человека/принципиальную и честную женщину>[, который никогда не призывал к насилию/, которая никогда не призывала к насилию|].",
    "У {P.gen} [двое детей|трое детей|пожилая мать|больной отец], которые остались без поддержки.",
    "[Публикации|Видео|Посты] {P.gen} {TOPIC} [набирали десятки тысяч просмотров|вызывали недовольство местных чиновников|широко обсуждались в социальных сетях].",
    "В {YEAR} году {S} [<основал/основала> небольшую юридическую приёмную в городе {CITY}|<собрал/собрала> подписи под петицией против произвола местных властей|<опубликовал/опубликовала> книгу {TOPIC}].",
};

const Tpls kEnArrest = {
    "{P} was [arrested|detained|taken into custody] [on {ADATE}|in {AMONTH}] by [officers of {SEC}|police officers|masked security officers|plain-clothes officers][ after a search of <his/her> home| at <his/her> workplace| at the airport in {CAPITAL}| while returning from {XCITY}|].",
    "On {ADATE}, [plain-clothes officers|masked police officers|officers of {SEC}|unidentified men in civilian clothes] [detained|seized|arrested] {P} [outside <his/her> home in {CITY}|in central {CITY}|at a checkpoint near {XCITY}|at the railway station in {XCITY}|at a café in {CITY}].",
    "<His/Her> family [was not informed of <his/her> whereabouts for {DAYS}|learned of the arrest only from social media|was told nothing about <his/her> whereabouts for several days].",
    "Police searched <his/her> [apartment|home|office|parents' house|summer house] and [confiscated|seized|took away] [laptops, phones and notebooks|computer equipment and documents|books, leaflets and a hard drive|electronic devices and savings in cash|<his/her> passport and mobile phones].",
    "{S} was [initially|first] held [for {DAYS} |]in a temporary detention facility in {CITY} before being [transferred|moved|taken] to {SIZO}.",
    "The [arrest|detention] [came|took place] [days after|shortly after|two weeks after|a month after] <he/she> [published|posted|shared|released] [an article|a video|a social media post|an investigation|a poem|an open letter] about {TOPIC}.",
    "According to [<his/her> lawyer|relatives|{ORG}|local media|witnesses|a source close to the family], {S} was [detained without a warrant|not shown any warrant|handcuffed and driven away in an unmarked car|denied access to a lawyer for {DAYS}|questioned for {N2} hours without a lawyer].",
    "{P} is one of [at least|more than|around|nearly] {N} people [detained|arrested|prosecuted] [since {YEAR}|in connection with {EVENT}|in the crackdown that followed {EVENT}].",
    "[Officers|Investigators] [did not explain|refused to explain|gave no reason for] the [arrest|detention] at the time[, and <his/her> phone was switched off within hours|].",
    "On the day of <his/her> arrest, [{N2} other activists|several of <his/her> colleagues|<his/her> brother|two relatives] were also [detained|questioned|summoned for questioning] in {CITY}.",
    "A court in {CITY} [ordered|authorised|sanctioned] <his/her> [pre-trial detention|detention] for [two months|an initial period of two months|{N2} months] [two days later|the following day|on {DATE}].",
    "Requests to [release {S} on bail|place <him/her> under house arrest|replace detention with a travel ban] were [rejected|denied|refused] [repeatedly|{N2} times|without explanation].",
};

const Tpls kRuArrest = {
    "{ADATE} в городе {CITY} <был задержан/была задержана> {PROF} {P}.",
    "{PROF} {P} <был задержан/была задержана> {ADATE} сотрудниками {SEC.gen}[ у своего дома| на рабочем месте| в аэропорту города {CAPITAL}| на блокпосту недалеко от города {XCITY}|].",
    "[В квартире|В доме|В офисе|В доме родителей] {P.gen} [прошёл обыск|провели обыск], были изъяты [ноутбуки и телефоны|компьютерная техника и документы|книги, листовки и жёсткий диск|паспорт и мобильные телефоны].",
    "Родственники в течение {DAYS} не знали о местонахождении {P.gen}.",
    "По данным {ORG.gen}, {S} <был помещён/была помещена> в {SIZO}[ города {CITY}|].",
    "Задержание произошло [через несколько дней|вскоре|через две недели] после того, как <он/она> [<опубликовал/опубликовала> статью|<выложил/выложила> видео|<написал/написала> пост в социальных сетях] {TOPIC}.",
    "По словам [адвоката|родственников|очевидцев], {S.acc} [задержали без ордера|увезли в неизвестном направлении на машине без номеров|в течение {DAYS} не допускали к адвокату].",
    "{P} — <один/одна> из [более чем|около|не менее чем] {N.ppl}, задержанных [после {EVENT}|с {YEAR} года].",
    "Суд города {CITY} [санкционировал|избрал] <ему/ей> меру пресечения в виде заключения под стражу сроком на два месяца.",
    "[Ходатайства|Просьбы] защиты о [домашнем аресте|освобождении под залог|изменении меры пресечения] были [отклонены|отвергнуты] судом.",
    "В тот же день в городе {CITY} были [задержаны|допрошены] [ещё несколько активистов|коллеги {P.gen}|родственники {P.gen}].",
};

const Tpls kEnCharge = {
    "<He/She> [was charged with|faces charges of|is accused of|stands accused of] {CHARGE} under {ART}[, which carries a penalty of up to {MAXY} in prison|, punishable by up to {MAXY} of imprisonment|].",
    "The [prosecution|investigators|authorities] [claim|allege|maintain] that {S} [used social media to|sought to|conspired with others to] [incite|organise|finance] [unrest|mass riots|extremist activity] — [an accusation|a claim] <his/her> [supporters|lawyer|family] [reject|describe as fabricated|call absurd].",
    "[Initially|At first], {S} was [questioned|summoned] as a witness, but [two weeks|a month|{DAYS}] later <his/her> status was changed to that of a suspect.",
    "The charges [relate to|are based on|stem from] [a series of posts|an interview|a speech|messages in a private chat group|a small donation|a peaceful rally|a satirical video] [from {YEAR}|published on {DATE}|at a rally in {CITY}|shared with {N2} friends].",
    "In {MONTH}, [investigators|prosecutors] [brought additional charges of|added charges of|also charged <him/her> with] {CHARGE2}.",
    "[Investigators|The prosecutor's office] [classified the case as secret|refused to disclose the case materials to the defence|extended <his/her> pre-trial detention {N2} times].",
    "<His/Her> lawyer {LAWYER} [said|told {ORG}|told reporters] that the case file [contains no evidence of any crime|consists mainly of <his/her> published texts|relies on the testimony of anonymous witnesses|was based on a linguistic report by an unqualified expert].",
    "[Independent|Forensic] [linguists|experts] [who reviewed|who examined] the [posts|texts|videos] [found no calls to violence|found nothing unlawful|concluded that they were protected speech].",
    "{ART_S} [has been widely criticised for its vague wording|is frequently used to prosecute peaceful critics|has repeatedly been used against journalists and bloggers] in {COUNTRY}.",
    "The [indictment|case file] [runs to|comprises] {N2} volumes, [but|yet] the defence [was given|received] only {DAYS} to study it.",
};

const Tpls kRuCharge = {
    "<Ему/Ей> [предъявлено обвинение|предъявили обвинение] в {CHARGE} ({ART.abbr})[, за что грозит до {MAXY} лишения свободы|].",
    "Уголовное дело [возбуждено|было возбуждено] по {ART}[ — {CHARGE2}|].",
    "Следствие [утверждает|считает], что {S} [через социальные сети|в своих публикациях|на встречах с единомышленниками] [<призывал/призывала> к массовым беспорядкам|<распространял/распространяла> ложную информацию|<финансировал/финансировала> экстремистскую деятельность].",
    "Защита и родственники [называют|считают] обвинения [сфабрикованными|абсурдными|политически мотивированными].",
    "[Сначала|Первоначально] {S} <проходил/проходила> по делу как свидетель, однако [через две недели|через месяц|вскоре] <его/её> статус изменили на подозреваемого.",
    "В {MONTH} <ему/ей> предъявили дополнительное обвинение в {CHARGE2}.",
    "Адвокат {LAWYER} <L:заявил/заявила>, что [в деле нет доказательств вины|обвинение строится на показаниях засекреченных свидетелей|материалы дела состоят в основном из публикаций <подзащитного/подзащитной>].",
    "[Независимые|Привлечённые защитой] лингвисты не нашли в [публикациях|текстах|видео] {P.gen} [призывов к насилию|признаков экстремизма|ничего противозаконного].",
    "Материалы дела [засекречены|не были предоставлены защите в полном объёме], а срок содержания под стражей [неоднократно продлевался|продлевался уже несколько раз].",
};

const Tpls kEnTrial = {
    "The trial [of {P}|] [began|opened|started] [on {TDATE}|in {TMONTH}] [at|before] {COURT}[ behind closed doors| and was closed to the public| in the absence of independent observers| in a cramped courtroom|].",
    "[Journalists, diplomats and relatives|Independent observers|Foreign diplomats|Members of the public] were [not allowed to attend|barred from|prevented from attending] the [hearings|trial|proceedings].",
    "Judge {JUDGE} [rejected|dismissed|refused] [all|most|several] [defence motions|motions filed by the defence|requests to summon defence witnesses|requests to examine the evidence].",
    "[During the hearings|In court|At the trial], {S} [pleaded not guilty|denied all charges|refused to testify|stated that <his/her> confession had been obtained under duress|said <he/she> was being punished for <his/her> words].",
    "[Key|Several|Prosecution] witnesses [retracted their testimony|said they had been pressured by investigators|failed to appear in court|turned out to be police officers].",
    "The prosecutor [requested|demanded|asked the court to impose] {PROSTERM} in a {REGIME} colony[ for {S}|].",
    "The [hearings|trial] [lasted|took] [only|less than|just] {N2} [days|weeks|sessions].",
    "{S} [appeared|was brought to court] [in a glass cage|in handcuffs|in a metal cage|via video link from {SIZO}][ and looked visibly thinner|].",
    "In <his/her> final statement, {S} [said|declared|told the court] that <he/she> [had committed no crime|would not ask for mercy|loved <his/her> country|had only done <his/her> job].",
};

const Tpls kRuTrial = {
    "Судебный процесс по делу {P.gen} [начался|стартовал] {TDATE} в {COURT.loc}[ в закрытом режиме| за закрытыми дверями| без допуска независимых наблюдателей|].",
    "[Журналистов и дипломатов|Родственников и наблюдателей|Представителей посольств] не [пустили|допустили] в зал суда.",
    "{JUDGE} <J:отклонил/отклонила> [все|большинство] ходатайств защиты[, в том числе о вызове свидетелей|].",
    "В суде {S} [вину не <признал/признала>|<отказался/отказалась> от дачи показаний|<заявил/заявила>, что признательные показания были получены под давлением].",
    "[Ключевые свидетели|Свидетели обвинения] [отказались от своих показаний|заявили о давлении со стороны следователей|не явились в суд].",
    "Прокурор [запросил|потребовал] для {P.gen} {PROSTERM} лишения свободы[ в колонии {REGIME}|].",
    "{S.acc} доставляли на заседания [в наручниках|в металлической клетке|по видеосвязи из {SIZO}].",
    "В последнем слове {S} <заявил/заявила>, что [не <совершал/совершала> никакого преступления|не будет просить о помиловании|лишь <выполнял/выполняла> свою работу].",
};

const Tpls kEnSentence = {
    "On {VDATE}, {COURT} [sentenced|jailed] {P} to {TERM} in a {REGIME} colony[ on charges of {CHARGE}| for {CHARGE}|].",
    "{P} was [found guilty|convicted] of {CHARGE} and sentenced to {TERM} [of imprisonment|in prison|in a {REGIME} penal colony].",
    "In addition to the prison term, the court [banned <him/her> from|imposed a ban on] [journalistic activity|using social media|holding public office|leaving the country|teaching] for {N2} years.",
    "The court also [ordered|imposed] a fine of {MONEY}[ and confiscated <his/her> property|].",
    "[The verdict|The sentence] was [handed down|announced|delivered] after [a trial lasting {N2} months|{N2} hearings|a closed trial|a trial marred by procedural violations].",
    "[Observers|Relatives|Rights groups|Diplomats present in court] [described the verdict as|called the verdict|described the sentence as|called the sentence] [disproportionate|politically motivated|a travesty of justice|a message to all critics|predictable].",
    "The sentence was [harsher than|close to|slightly lower than] what the prosecution had requested.",
    "{P} was sentenced to {TERM} in a {REGIME} colony, [the harshest sentence handed down|one of the longest sentences imposed] [in connection with {EVENT}|on {APROF} in {COUNTRY} in recent years|this year].",
    "[{N2} co-defendants|Two other defendants] [received|were given] [suspended sentences|prison terms of up to {MAXY}|similar sentences] in the same case.",
};

const Tpls kRuSentence = {
    "{VDATE} {COURT} [приговорил|осудил] {P.acc} к {TERM.dat} [лишения свободы|заключения][ с отбыванием наказания в колонии {REGIME}| в колонии {REGIME}|].",
    "{P} <был приговорён/была приговорена> к {TERM.dat} лишения свободы[ в колонии {REGIME}| по обвинению в {CHARGE}|].",
    "Кроме того, суд запретил <ему/ей> [заниматься журналистской деятельностью|пользоваться интернетом|занимать государственные должности|выезжать за границу] в течение {N2Y} после освобождения.",
    "Суд также назначил штраф в размере, эквивалентном {USD} долларам США.",
    "[Правозащитники|Наблюдатели|Родственники] [назвали|считают] приговор [несправедливым|политически мотивированным|чрезмерно суровым|сигналом для всех несогласных].",
    "Приговор был вынесен [после закрытого процесса|по итогам процесса, длившегося несколько месяцев|после процесса с многочисленными нарушениями].",
    "По этому же делу [ещё двое обвиняемых|несколько человек] [получили условные сроки|были приговорены к срокам до {MAXY}].",
};

const Tpls kEnAppeal = {
    "{P}'s lawyers [filed an appeal|appealed the verdict|lodged an appeal] with {APPCOURT}, which {APRES} on {APDATE}.",
    "On {APDATE}, {APPCOURT} {APRES} in the case of {P}[ after a hearing that lasted less than an hour| without examining new evidence| without the defendant being present|].",
    "A cassation appeal [is pending before|was rejected by|has been submitted to] the Supreme Court.",
    "<His/Her> defence [has submitted|intends to submit|submitted] a complaint to {UN}.",
    "[In {MONTH}, |]{UN} [found|concluded] that {S}'s detention was arbitrary and [called for <his/her> immediate release|requested the authorities to release <him/her>|recommended compensation].",
    "The appeal hearing was [postponed|adjourned] {N2} times[ because of the absence of a prosecutor| at the request of the prosecution|].",
};

const Tpls kRuAppeal = {
    "{APDATE} {APPCOURT} рассмотрел апелляционную жалобу по делу {P.gen} и {APRES}.",
    "Защита {P.gen} обжаловала приговор, однако {APPCOURT} {APRES}.",
    "Кассационная жалоба [находится на рассмотрении в Верховном суде|была отклонена Верховным судом|подана в Верховный суд].",
    "Адвокаты намерены обратиться {UN}.",
    "Рассмотрение апелляции [несколько раз откладывалось|откладывалось по просьбе обвинения|было перенесено из-за неявки прокурора].",
};

const Tpls kEnTransfer = {
    "In {XMONTH}, {P} was transferred [from {SIZO} |]to {PRISON} in {PCITY}[, some {KM} from <his/her> family's home|, far from <his/her> family|].",
    "<His/Her> family did not know where <he/she> was for {DAYS} during the transfer[, a practice known as 'etap'|, which took place without notice|].",
    "{S} is currently [held|serving <his/her> sentence|being held] in {PRISON}[ in {PCITY}|].",
    "[Later|In {MONTH}|Recently], <he/she> was moved to {PRISON2}[ in {PCITY2}|][, a facility known for its harsh conditions|, without explanation|, reportedly as punishment for complaints|].",
    "{PRISON} [is located|lies] [in a remote desert area|in a former mining town|about {KM} from {CAPITAL}|on the outskirts of {PCITY}] and is [notorious|known] for [its harsh regime|abuse of prisoners|overcrowding].",
    "[Relatives|<His/Her> mother|<His wife/Her husband>] [must travel|have to make a journey of|face a journey of] [{KM}|more than a day] [to see <him/her>|for a short visit] [once every three months|twice a year|when visits are permitted].",
};

const Tpls kRuTransfer = {
    "В {XMONTH} {P} <был этапирован/была этапирована> в {PRISON.dir}[ в городе {PCITY}|].",
    "В течение {DAYS} родственники не знали, где находится {S}[ — <его/её> этапировали без уведомления семьи|].",
    "Сейчас {S} [содержится|отбывает наказание] в {PRISON.loc}[ в городе {PCITY}|].",
    "[Позднее|В {MONTH}|Недавно] <его/её> перевели в {PRISON2.dir}[ в городе {PCITY2}|][ без объяснения причин|].",
    "Место заключения находится в {KM} от дома семьи, и родственники могут навещать {S.acc} лишь [раз в три месяца|дважды в год|при наличии разрешения администрации].",
};

const Tpls kEnHealth = {
    "{S} suffers from {HEALTH}[ and has not received adequate treatment| and requires regular medication|, which has worsened in custody|].",
    "<His/Her> [health|condition] has [deteriorated|worsened significantly] [since <his/her> arrest|in detention|over the past months]; <he/she> has lost {KG}.",
    "The [prison administration|colony administration|prison authorities] [refused|failed] to [transfer <him/her> to a hospital|allow an independent doctor to examine <him/her>|provide the medicines sent by <his/her> family].",
    "{REL} said that during [the last visit|a recent visit|a short visit on {DATE}] {S} [looked exhausted|could barely walk|complained of chest pain|had visible bruises|was pale and had difficulty speaking].",
    "In {MONTH}, {S} [went on|began|declared] a hunger strike [in protest against|to protest] [<his/her> conditions of detention|the denial of medical care|the ban on family visits|<his/her> placement in a punishment cell][ and ended it after {DAYS}|].",
    "[Doctors|Medical experts] [consulted by|who spoke to] {ORG} [warned|said] that without [proper treatment|surgery|specialist care], {S}'s [life|health] [could be at risk|may be in danger].",
    "[Requests|Petitions] for {S}'s release on health grounds have been [rejected|ignored] [{N2} times|repeatedly].",
};

const Tpls kRuHealth = {
    "{S} страдает от {HEALTH}[, однако не получает необходимого лечения|, и в заключении <его/её> состояние ухудшилось|].",
    "За время заключения {S} <похудел/похудела> на {KG}.",
    "Администрация [колонии|учреждения] [отказывается|отказалась] [передавать лекарства, которые привозят родственники|допустить к <нему/ней> независимого врача|перевести <его/её> в больницу].",
    "{REL} <R:рассказал/рассказала>, что во время последнего свидания {S} [<выглядел измождённым/выглядела измождённой>|с трудом <мог/могла> ходить|<жаловался/жаловалась> на боли в сердце].",
    "В {MONTH} {S} <объявил/объявила> голодовку в знак протеста против [условий содержания|отказа в медицинской помощи|запрета на свидания с родственниками].",
    "Врачи, с которыми [поговорили|связались] представители {ORG.gen}, [предупреждают|считают], что без [надлежащего лечения|операции] жизнь {P.gen} может оказаться под угрозой.",
};

const Tpls kEnIll = {
    "{S} [reported|told <his/her> lawyer|alleged] that <he/she> had been [beaten|tortured|subjected to electric shocks|threatened with violence against <his/her> family|forced to stand for hours|suffocated with a plastic bag] [during interrogation|in the first days after arrest|by officers of {SEC}|by other inmates at the instigation of the administration].",
    "<He/She> has been placed in [a punishment cell|solitary confinement|the disciplinary unit (ShIZO)] [{N2} times|repeatedly|for {DAYS}] [for minor alleged violations|for failing to greet a guard|for not keeping <his/her> hands behind <his/her> back|for an unbuttoned collar].",
    "[Lawyers|Family members|Relatives] have been [denied visits|refused access] [for months|since {MONTH}|for {DAYS}].",
    "<His/Her> letters [are withheld|do not reach <his/her> family|are heavily censored], and phone calls have been [banned|restricted|suspended].",
    "No [investigation|criminal case|inquiry] into the [allegations of ill-treatment|torture allegations|complaints] has been [opened|carried out|launched][, despite {N2} complaints|].",
    "{S} [is reportedly kept|has been kept] in a cell [with no heating|with {N2} other prisoners|without natural light|under round-the-clock video surveillance].",
    "The administration [labelled|registered] {S} as [prone to extremism|prone to escape|a 'malicious violator' of the prison regime], [which|a designation that] [results in|leads to] [additional restrictions|stricter supervision|the loss of parcels and visits].",
};

const Tpls kRuIll = {
    "По словам адвоката, {S} <подвергся/подверглась> [избиениям|пыткам|психологическому давлению] [во время допросов|в первые дни после задержания|со стороны сотрудников {SEC.gen}].",
    "<Его/Её> [неоднократно|несколько раз] помещали в штрафной изолятор (ШИЗО) [за незначительные нарушения|по надуманным предлогам|за то, что <он/она> не <поздоровался/поздоровалась> с сотрудником].",
    "Письма [от <него/неё>|<ему/ей>] [не доходят|задерживаются цензурой], телефонные звонки [запрещены|ограничены].",
    "Жалобы на [пытки|жестокое обращение] [не расследуются|остаются без ответа].",
    "Адвокатов не допускают к {P.dat} [в течение {DAYS}|уже несколько месяцев].",
    "Администрация поставила {S.acc} на профилактический учёт как <склонного/склонную> [к экстремизму|к побегу], что влечёт [дополнительные ограничения|лишение посылок и свиданий].",
};

const Tpls kEnRelease = {
    "{P} was released on {RDATE} {RKIND}.",
    "After <his/her> release, {S} [remains under administrative supervision|is banned from leaving the country|must report to the police every week|is barred from working as {APROF}].",
    "[Upon release|After <his/her> release|Speaking after <his/her> release], <he/she> [said|told journalists] that <he/she> [did not regret anything|would continue <his/her> work|had been pressured to write a petition for pardon|had spent months in solitary confinement].",
    "{S}'s conviction [has not been overturned|still stands], and <he/she> [continues to seek|is seeking] [full rehabilitation|compensation|an acquittal].",
    "[Despite|Notwithstanding] <his/her> release, [at least {N} people|many others] [remain|are still] behind bars in {COUNTRY} [on politically motivated charges|for their peaceful activities].",
};

const Tpls kRuRelease = {
    "{RDATE} {P} <вышел/вышла> на свободу {RKIND}.",
    "После освобождения {S} находится под административным надзором[ и не может покидать город {CITY}| и <обязан/обязана> еженедельно отмечаться в полиции|].",
    "Судимость с {P.gen} не снята, и <он/она> [добивается|продолжает добиваться] [полной реабилитации|компенсации].",
    "Несмотря на освобождение {P.gen}, в {COUNTRY.loc} за решёткой остаются [не менее|более] {N.ppl}.",
};

const Tpls kEnCall = {
    "{ORG} [calls on|urges] the {CADJ} authorities to [immediately and unconditionally release|release|quash the conviction of|drop all charges against] {P} and [all other|other] [political prisoners|persons detained solely for exercising their human rights|detained journalists].",
    "We [call for|demand] [an independent investigation into|a prompt, thorough and impartial investigation into] [the allegations of torture|<his/her> treatment in custody|the circumstances of <his/her> arrest].",
    "[Pending <his/her> release|Until <he/she> is released], the authorities must [ensure|guarantee] that {S} [has access to adequate medical care|can see <his/her> lawyer and family regularly|is not subjected to torture or other ill-treatment].",
    "[The international community|The European Union|Partners of {COUNTRY}|Diplomatic missions in {CAPITAL}] [should|must] [raise the case of {P}|press for the release of {S}|monitor the case of {S} closely] [in all bilateral contacts|at the upcoming human rights dialogue|publicly and privately|at the highest level].",
    "The [charges|conviction|case] against {S} [must be dropped|should be quashed|must be reviewed] and <he/she> [must be|should be] [compensated|fully rehabilitated|allowed to resume <his/her> work].",
    "[We|The undersigned organisations] [stand in solidarity with|express our support for] {S} and <his/her> family.",
    "[The authorities|{COUNTRY}] must [end|stop] the [persecution|harassment|criminalisation] of [journalists|human rights defenders|peaceful critics|civil society activists] and [bring the country's legislation into line with|comply with|respect] [international human rights standards|international obligations|the Constitution].",
};

const Tpls kRuCall = {
    "{ORG} призывает власти {COUNTRY.gen} [немедленно и безусловно освободить|освободить] {P.acc} и [всех политических заключённых|других заключённых, преследуемых за мирную деятельность].",
    "Мы требуем провести [независимое|незамедлительное и беспристрастное] расследование [сообщений о пытках|обстоятельств задержания] {P.gen}.",
    "До освобождения {P.gen} власти обязаны обеспечить <ему/ей> доступ к [адвокату|медицинской помощи|родственникам].",
    "[Международные партнёры {COUNTRY.gen}|Дипломатические представительства в городе {CAPITAL}|Международные организации] должны [поднимать вопрос об освобождении {P.gen}|добиваться освобождения {P.gen}] [на всех переговорах|на предстоящем диалоге по правам человека|публично и в частных беседах].",
    "Власти {COUNTRY.gen} должны прекратить преследование [журналистов|правозащитников|мирных критиков] и привести законодательство в соответствие с [международными стандартами|международными обязательствами страны].",
    "Мы выражаем солидарность с {P.ins} и <его/её> семьёй.",
};

const Tpls kEnQuote = {
    "\"{QUOTE},\" said {SPEAKER}, {SROLE} at {ORG}.",
    "\"{QUOTE},\" {SPEAKER}, {SROLE} at {ORG}, [told {AGENCY}|said in a statement|wrote on social media].",
    "{SPEAKER}, {SROLE} at {ORG}, said: \"{QUOTE}.\"",
    "\"[{QUOTE}|I have not been allowed to see <him/her> for [months|{DAYS}|almost a year]],\" {REL} [told reporters|told {AGENCY}|said in a video message].",
    "\"{QUOTE},\" said <his/her> lawyer, {LAWYER}.",
};

const Tpls kRuQuote = {
    "«{QUOTE}», — <Q:заявил/заявила> {SPEAKER}, {SROLE} {ORG.gen}.",
    "«{QUOTE}», — <Q:сказал/сказала> {SPEAKER} в интервью {AGENCY}.",
    "{SPEAKER}, {SROLE} {ORG.gen}, <Q:отметил/отметила>: «{QUOTE}».",
    "«[{QUOTE}|Нам не дают видеться с <ним/ней> уже несколько месяцев]», — <R:рассказал/рассказала> {REL}.",
    "«{QUOTE}», — <L:заявил/заявила> адвокат {LAWYER}.",
};

const Tpls kEnQuoteBody = {
    "[This verdict|The sentence|This case] [shows|demonstrates] that [the authorities are determined to silence all critical voices|there is no independent judiciary in {COUNTRY}|peaceful dissent is treated as a crime]",
    "{S} has done nothing but [exercise <his/her> right to freedom of expression|report the truth|defend the rights of others|speak out against injustice]",
    "We are [deeply concerned|alarmed|extremely worried] about [<his/her> health|<his/her> safety|the conditions in which <he/she> is being held]",
    "[Every day|Each day] {S} spends [in prison|behind bars] is [an injustice|a disgrace|a violation of international law]",
    "[The authorities|They] [want to|are trying to] [make an example of|break] {S}",
    "We [will not stop|will continue] [fighting|campaigning|calling] for <his/her> release",
    "[Nobody|No one] should be [jailed|imprisoned|punished] for [a social media post|doing their job|peaceful criticism]",
    "[The case|This trial] was [fabricated|political|a farce] from [the very beginning|day one]"
};

const Tpls kRuQuoteBody = {
    "[Этот приговор|Это дело] [показывает|демонстрирует], что [власти намерены заставить замолчать всех критиков|в стране нет независимого суда|мирное инакомыслие стало преступлением]",
    "{S} лишь <пользовался/пользовалась> своим правом на свободу слова",
    "Мы [глубоко обеспокоены|крайне встревожены] [состоянием <его/её> здоровья|условиями, в которых <его/её> содержат]",
    "Каждый день, который {S} проводит [в заключении|за решёткой], — это [несправедливость|нарушение международного права]",
    "Мы будем добиваться освобождения {P.gen}",
    "Никого нельзя [сажать|лишать свободы] за [пост в социальных сетях|свою работу|мирную критику]",
    "Дело было [сфабриковано|политическим] с самого начала"
};

const Tpls kEnNumbers = {
    "According to {ORG2}, [at least|more than|about] {N} people [are currently|remain] [imprisoned|behind bars|in detention] [on politically motivated charges|for political reasons] in {COUNTRY}.",
    "Since {YEAR}, [the authorities|courts in {COUNTRY}] have [convicted|detained|prosecuted] [over|more than] {N} [people|activists|journalists, bloggers and activists] [on extremism-related charges|for their online activity|in politically motivated cases].",
    "{N2} journalists [are currently in prison|have been detained this year|remain behind bars] in {COUNTRY}, [according to|says] {ORG2}.",
    "Of the {N} people detained [during|after] {EVENT}, {N2} [have been sentenced|remain in custody|were released without charge][, according to official data|, according to {ORG2}|].",
    "[The number of|The total number of] political prisoners in {COUNTRY} has [doubled|tripled|grown by {PCTG} percent] since {YEAR}[, according to {ORG2}|].",
    "[Official statistics|Court data|Government figures] [show|indicate] that [only|fewer than] {PCT} percent of criminal trials in {COUNTRY} end in acquittal.",
    "{ORG2} [has documented|recorded] {N} cases of [torture and ill-treatment|arbitrary detention|politically motivated prosecution] [since {YEAR}|in {YEAR} alone|over the past {N2} years].",
};

const Tpls kRuNumbers = {
    "По данным {ORG2.gen}, в {COUNTRY.loc} [в настоящее время|сейчас] [находятся в заключении|остаются за решёткой] [не менее|более|около] {N.ppl} [по политически мотивированным делам|за мирную деятельность].",
    "С {YEAR} года [суды|власти] {COUNTRY.gen} [осудили|привлекли к уголовной ответственности] более {N.ppl} [по статьям об экстремизме|за публикации в интернете].",
    "Из {N.ppl}, задержанных после {EVENT}, {N2} [уже осуждены|остаются под стражей].",
    "По данным {ORG2.gen}, с {YEAR} года зафиксировано более {N.cases} [пыток|произвольных задержаний|политически мотивированного преследования].",
    "[Доля|Процент] оправдательных приговоров в {COUNTRY.loc} [не превышает|составляет менее] {PCT} %.",
};

const Tpls kEnFiller = {
    "[The right to a fair trial|Freedom of expression|Freedom of peaceful assembly|Freedom of association|The presumption of innocence|Judicial independence|The absolute prohibition of torture|The right to legal counsel] [is|remains] [a cornerstone of|fundamental to|indispensable to|essential for] [the rule of law|a democratic society|any functioning justice system|public trust in institutions].",
    "{COUNTRY} [is a party to|has ratified|acceded to] the International Covenant on Civil and Political Rights, which [guarantees|protects|enshrines] [the rights to freedom of expression and a fair trial|the right to liberty and security of person|freedom of thought, conscience and religion].",
    "[Courts|Judges] in {COUNTRY} [lack independence|routinely side with the prosecution|rarely acquit defendants|are subordinate to the executive], [and|while] [acquittal rates remain below {PCT} percent|defence lawyers are often treated as adversaries of the state|judicial appointments are controlled by the presidential administration].",
    "The use of [vague|overly broad|ill-defined] [extremism|anti-terrorism|public order|'false information'] [legislation|laws|provisions] [to target|against] [critics|journalists|civil society|religious minorities] [is incompatible with|violates|runs counter to] [international standards|the country's obligations under international law|the Constitution of {COUNTRY}].",
    "[Independent|Domestic and international] [monitors|observers|human rights groups] [have documented|report|have recorded] [a pattern of|systematic|widespread] [arbitrary arrests|pressure on defence lawyers|reprisals against relatives of activists|torture in pre-trial detention|surveillance of journalists].",
    "[Civil society|Independent media|Human rights defenders] in {COUNTRY} [have been under growing pressure|have faced mounting restrictions|have operated in an increasingly hostile environment] [since {YEAR}|over the past {N2} years|in recent years].",
    "[Lawyers who take on political cases|Defence lawyers in politically sensitive cases] [risk|face] [disbarment|harassment|criminal prosecution themselves|losing their licences].",
    "[The authorities|Officials] [deny|reject claims] that there are political prisoners in {COUNTRY}[ and describe those convicted as ordinary criminals| and insist that the courts are independent|].",
    "[The government|The Ministry of Foreign Affairs|The Prosecutor General's Office|The press service of {SEC}] [has not responded|did not respond] to [requests for comment|a request for comment|written questions from {ORG}].",
    "[A new law|Amendments] adopted in {YEAR} [expanded|broadened] the [definition of extremism|powers of the security services|grounds for blocking websites|list of 'foreign agents'], [further restricting|further narrowing] [the space for independent voices|freedom of expression online|the work of non-governmental organisations].",
    "[International|European] [partners|institutions] have [repeatedly|consistently] [expressed concern about|criticised|raised questions about] the [human rights situation|state of the judiciary|treatment of detainees] in {COUNTRY}.",
    "[Confessions|Statements] obtained under [duress|torture|pressure] [are routinely admitted|continue to be admitted|are still accepted] as evidence in {CADJ} courts.",
    "[Pre-trial detention|Detention on remand] is [used|applied] [almost automatically|as a rule|as a means of pressure] in [politically sensitive|high-profile|extremism-related] cases.",
    "The {CADJ} Constitution [guarantees|formally guarantees|proclaims] [freedom of speech|the independence of judges|the right to peaceful assembly], [but|yet] [these guarantees are rarely respected in practice|in practice this right is heavily restricted|implementation remains weak].",
    "[Access to information|Access to case files|Trial monitoring] [remains|is] [severely restricted|limited|difficult] for [independent observers|journalists|diplomats].",
    "[Online platforms|Social media networks|Messaging apps] are [routinely blocked|periodically throttled|closely monitored] in {COUNTRY}, [especially|particularly] [during protests|around elections|in times of unrest].",
    "[Legal|Humanitarian|Practical] [aid|support|assistance] for detainees and their families [is provided|has been provided] by [a handful of|several|a small number of] [organisations|volunteer lawyers|grassroots groups][ despite the risks|, often at great personal risk|].",
    "[Families of political prisoners|Relatives of detainees] [often face|report] [dismissal from work|social stigma|visits from the police|pressure to stay silent].",
};

const Tpls kRuFiller = {
    "[Право на справедливое судебное разбирательство|Свобода выражения мнений|Свобода мирных собраний|Презумпция невиновности|Независимость судебной власти|Абсолютный запрет пыток] [является|остаётся] [основой|краеугольным камнем|неотъемлемой частью] [верховенства права|демократического общества|любой правовой системы].",
    "{COUNTRY} является участником Международного пакта о гражданских и политических правах, который гарантирует [свободу выражения мнений|право на справедливый суд|право на свободу и личную неприкосновенность].",
    "Суды в {COUNTRY.loc} [не являются независимыми|практически не выносят оправдательных приговоров|подчинены исполнительной власти].",
    "Размытые формулировки [антиэкстремистского|антитеррористического|уголовного] законодательства [используются|применяются] для преследования [критиков власти|журналистов|гражданских активистов|верующих].",
    "Адвокаты, которые берутся за политические дела, [рискуют лишиться лицензии|подвергаются давлению|сами становятся объектами преследования].",
    "Власти [отрицают наличие политических заключённых в стране|утверждают, что суды в стране независимы].",
    "[Министерство иностранных дел не ответило|Генеральная прокуратура не ответила|Пресс-служба {SEC.gen} не ответила] на запрос о комментарии.",
    "[Независимые наблюдатели|Правозащитники] [фиксируют|документируют] [систематические|массовые] [произвольные задержания|случаи давления на адвокатов|преследования родственников активистов].",
    "[Принятые|Вступившие в силу] в {YEAR} году поправки [расширили|ещё больше расширили] [понятие экстремизма|полномочия спецслужб|основания для блокировки сайтов], [ограничив|сузив] пространство для независимых голосов.",
    "Признательные показания, полученные под давлением, [по-прежнему|до сих пор] принимаются судами в качестве доказательств.",
    "Заключение под стражу [в качестве меры пресечения|до суда] [применяется практически автоматически|используется как способ давления] по политически мотивированным делам.",
    "[Социальные сети|Мессенджеры|Независимые сайты] в {COUNTRY.loc} [регулярно блокируются|находятся под постоянным контролем][, особенно во время протестов|].",
    "Родственники политических заключённых [часто теряют работу|подвергаются давлению|получают предупреждения от полиции].",
};

const Tpls kEnMethod = {
    "This report is based on {N2} [interviews|in-depth interviews] with [former prisoners|relatives of detainees|defence lawyers|journalists] conducted [in {YEAR}|remotely and in person|between {MONTH} and {DMONTH}].",
    "[The research team|{ORG}] [also reviewed|analysed|examined] [court verdicts|case files|official statements|media reports] [in {N2} cases|relating to {N} individuals|published since {YEAR}].",
    "[Names of some interviewees|Some identifying details] have been [withheld|changed] [for their safety|at their request|to protect them from reprisals].",
    "[Requests for information|Letters] were sent to [the Prosecutor General's Office|the Ministry of Justice|the penitentiary service|{SEC}], [but no reply had been received at the time of writing|which replied that the information was confidential|and their responses are reflected in this report].",
    "{ORG} [is grateful to|thanks] [the families|the lawyers|partner organisations] who [shared information|agreed to speak|made this research possible].",
};

const Tpls kRuMethod = {
    "Доклад основан на {N2} интервью с [бывшими заключёнными|родственниками задержанных|адвокатами], проведённых в {YEAR} году.",
    "[Также были изучены|Также были проанализированы] [приговоры судов|материалы уголовных дел|официальные заявления|публикации в СМИ].",
    "Имена некоторых собеседников [не раскрываются|изменены] в целях их безопасности.",
    "Запросы были направлены в [Генеральную прокуратуру|Министерство юстиции|пенитенциарную службу], однако [ответа на момент публикации не поступило|в предоставлении информации было отказано].",
};

const Tpls kEnRecommend = {
    "To the authorities of {COUNTRY}: [immediately and unconditionally release|release] all persons detained [solely for exercising their rights to freedom of expression, assembly and association|for their peaceful activities].",
    "To the authorities of {COUNTRY}: [ensure|guarantee] [prompt, impartial and effective investigations into all allegations of torture|access to independent medical care for all prisoners|regular access to lawyers and family visits].",
    "To the authorities of {COUNTRY}: [repeal or amend|review] [{ART_S} of the Criminal Code|the provisions on extremism|the law on 'false information'] [in line with|to bring it into conformity with] international standards.",
    "To the penitentiary service: [end the practice of|stop] [transferring prisoners to remote facilities as punishment|placing prisoners in punishment cells for minor infractions|restricting correspondence].",
    "To the international community: [raise|continue to raise] [individual cases|the issue of political prisoners] in all dialogues with {COUNTRY} and [monitor trials|attend hearings|support independent civil society].",
    "To the European Union and its Member States: [make|link] [further cooperation|trade preferences|financial assistance] [conditional on|to] [concrete human rights improvements|the release of political prisoners].",
    "To the UN human rights mechanisms: [request|seek] [access to places of detention|a country visit|information on individual cases] in {COUNTRY}.",
};

const Tpls kRuRecommend = {
    "Властям {COUNTRY.gen}: [немедленно и безусловно освободить|освободить] всех лиц, лишённых свободы за мирное осуществление своих прав.",
    "Властям {COUNTRY.gen}: [обеспечить|гарантировать] [эффективное расследование всех заявлений о пытках|доступ заключённых к независимой медицинской помощи|регулярные свидания с адвокатами и родственниками].",
    "Властям {COUNTRY.gen}: [пересмотреть|отменить] [положения законодательства об экстремизме|статьи о распространении ложной информации] в соответствии с международными стандартами.",
    "Пенитенциарной службе: прекратить [практику этапирования заключённых в отдалённые колонии в качестве наказания|помещение заключённых в ШИЗО за незначительные нарушения|ограничение переписки].",
    "Международному сообществу: [поднимать|продолжать поднимать] вопрос о политических заключённых в диалоге с властями {COUNTRY.gen}.",
};

const Tpls kEnDeclPoint = {
    "Calls on the authorities of {COUNTRY} to [release immediately and unconditionally|release] {P} and all other [political prisoners|human rights defenders|journalists] detained [for their peaceful activities|on politically motivated charges];",
    "Condemns the [use of torture|persecution of journalists|misuse of extremism legislation|harassment of defence lawyers] in {COUNTRY};",
    "Expresses [deep|serious] concern about [the health of {P}|the conditions of detention in {PRISON}|the lack of fair trial guarantees in {COUNTRY}];",
    "Calls on the Commission and the Member States to [raise these cases|make the release of political prisoners a condition for closer cooperation|closely monitor the trials] in [their relations with|the human rights dialogue with] {COUNTRY};",
    "Urges the {CADJ} authorities to [guarantee|ensure] [independent medical care|access to lawyers|regular family visits] for all detainees;",
    "Calls for [an independent international investigation|a prompt and impartial investigation] into [allegations of torture in {COUNTRY}|the events of {EVYEAR}];",
};

const Tpls kEmpty = {};

const Tpls& Templates(bool ru, Topic t) {
  switch (t) {
    case kBio: return ru ? kRuBio : kEnBio;
    case kArrest: return ru ? kRuArrest : kEnArrest;
    case kCharge: return ru ? kRuCharge : kEnCharge;
    case kTrial: return ru ? kRuTrial : kEnTrial;
    case kSentence: return ru ? kRuSentence : kEnSentence;
    case kAppeal: return ru ? kRuAppeal : kEnAppeal;
    case kTransfer: return ru ? kRuTransfer : kEnTransfer;
    case kHealth: return ru ? kRuHealth : kEnHealth;
    case kIll: return ru ? kRuIll : kEnIll;
    case kRelease: return ru ? kRuRelease : kEnRelease;
    case kCall: return ru ? kRuCall : kEnCall;
    case kQuote: return ru ? kRuQuote : kEnQuote;
    case kNumbers: return ru ? kRuNumbers : kEnNumbers;
    case kFiller: return ru ? kRuFiller : kEnFiller;
    case kMethod: return ru ? kRuMethod : kEnMethod;
    case kRecommend: return ru ? kRuRecommend : kEnRecommend;
    case kDeclPoint: return kEnDeclPoint;
    default: return kEmpty;
  }
}

const Tpls kEnTopics = {
    "corruption in the customs service",
    "land seizures in {XCITY}",
    "police abuse",
    "the rights of migrant workers",
    "environmental damage caused by mining near {XCITY}",
    "the situation of political prisoners",
    "election fraud",
    "the demolition of homes in {CAPITAL}",
    "torture in pre-trial detention",
    "forced labour in the cotton fields",
    "the water crisis in the {XCITY} region",
    "restrictions on religious freedom",
    "the misuse of public funds",
    "labour rights at the {XCITY} oil field",
    "the treatment of conscripts in the army",
    "price rises and unpaid wages",
    "the closure of independent schools",
    "the new law on public assemblies",
};
const Tpls kRuTopics = {
    "о коррупции в таможенной службе",
    "об изъятии земель в городе {XCITY}",
    "о насилии со стороны полиции",
    "о правах трудовых мигрантов",
    "об экологическом ущербе от добычи золота близ города {XCITY}",
    "о положении политических заключённых",
    "о фальсификации выборов",
    "о сносе жилья в городе {CAPITAL}",
    "о пытках в следственных изоляторах",
    "о принудительном труде на хлопковых полях",
    "о нехватке воды в регионе",
    "об ограничениях свободы вероисповедания",
    "о нецелевом расходовании бюджетных средств",
    "о нарушении трудовых прав нефтяников",
    "о дедовщине в армии",
    "о задержках зарплат",
};

// Titles by stage (0 arrested ... 5 released) and generic ones.
const Tpls kEnTitles[6] = {
    {"{COUNTRY}: [Release|Free] detained {PROF} {P}",
     "{CADJ} {PROF} {P} detained [in {CITY}|by {SEC}|after critical posts]",
     "Concern over detention of {CADJ} {PROF} {P}",
     "{COUNTRY}: {PROF} {P} held incommunicado"},
    {"Trial of {CADJ} {PROF} {P} opens [behind closed doors|in {CITY}]",
     "{COUNTRY}: Unfair trial of {P} must end",
     "{COUNTRY}: {PROF} {P} on trial for {CHARGE}"},
    {"{CADJ} court jails {PROF} {P} for {TERM}",
     "{COUNTRY}: {PROF} {P} sentenced to {TERM} in {REGIME} colony",
     "{COUNTRY}: Conviction of {P} is a blow to free expression"},
    {"{COUNTRY}: Appeal court {APRES_T} for {P}",
     "{COUNTRY}: {P}'s appeal rejected"},
    {"Jailed {CADJ} {PROF} {P} moved to [remote|distant] prison",
     "{COUNTRY}: Fears for health of imprisoned {PROF} {P}",
     "{COUNTRY}: {P} held in {PRISON}, family denied visits"},
    {"{CADJ} {PROF} {P} released [from prison|after years behind bars]",
     "{COUNTRY}: {P} freed, but conviction stands"},
};
const Tpls kEnTitlesGeneric = {
    "Joint statement on the case of {P}",
    "{COUNTRY}: End the persecution of [journalists|human rights defenders|peaceful critics]",
    "Political prisoners in {COUNTRY}: the case of {P}",
    "{COUNTRY}: [Mounting|Growing] pressure on [civil society|independent media|lawyers]",
};
const Tpls kRuTitles[6] = {
    {"В {COUNTRY.loc} <задержан/задержана> {PROF} {P}",
     "{COUNTRY}: {PROF} {P} <помещён/помещена> в СИЗО",
     "Заявление в связи с задержанием {PROF.gen} {P.gen}"},
    {"Начался суд по делу {PROF.gen} {P.gen}",
     "{COUNTRY}: процесс над {P.ins} проходит за закрытыми дверями"},
    {"{COUNTRY}: {PROF} {P} <приговорён/приговорена> к {TERM.dat} лишения свободы",
     "Суд приговорил {P.acc} к {TERM.dat} колонии"},
    {"Апелляционный суд рассмотрел жалобу по делу {P.gen}",
     "{COUNTRY}: приговор {P.dat} вступил в силу"},
    {"{P} <этапирован/этапирована> в {PRISON.dir}",
     "Родственники {P.gen} обеспокоены <его/её> здоровьем"},
    {"{P} <вышел/вышла> на свободу",
     "{COUNTRY}: {PROF} {P} <освобождён/освобождена>"},
};
const Tpls kRuTitlesGeneric = {
    "{COUNTRY}: освободите {PROF.acc} {P.acc}!",
    "Совместное заявление правозащитных организаций о деле {P.gen}",
    "Политические заключённые в {COUNTRY.loc}: дело {P.gen}",
};
const Tpls kEnTitleDecl = {
    "Written declaration on the [detention|imprisonment|persecution] of [human rights defenders|journalists|political prisoners] in {COUNTRY}",
    "Written declaration on the case of {P} in {COUNTRY}",
};
const Tpls kEnTitleReport = {
    "[Behind Bars|Silenced|Punished for Speaking|Justice Denied|No Room for Dissent|Walls of Silence]: [Political Prisoners|The Prosecution of Journalists|Conditions of Detention|Torture and Impunity] in {COUNTRY}[, {DOCYEAR}|]",
    "{COUNTRY}: [Annual|Monitoring|Thematic] report on [political prisoners|conditions of detention|fair trial violations][ {DOCYEAR}|]",
};
const Tpls kRuTitleReport = {
    "[За решёткой|Наказание за слово|Правосудие под контролем|Без права на защиту]: [политические заключённые|преследование журналистов|условия содержания в местах лишения свободы] в {COUNTRY.loc}[, {DOCYEAR}|]",
    "Доклад о [политических заключённых|нарушениях права на справедливый суд|условиях содержания заключённых] в {COUNTRY.loc} за {DOCYEAR} год",
};

const Tpls kEnOtherIntro = {
    "[{ORG} is also concerned about the case of|Another case documented by {ORG} is that of|The statement also highlights the case of] {P}, {APROF} from {CITY}.",
    "The case of {P}, {APROF} from {CITY}, [is also of concern|follows a similar pattern|has drawn less attention].",
    "[In a separate case|In another case|Separately], {P}, {APROF} from {CITY}, [remains in custody|is also being prosecuted|faces similar accusations].",
};
const Tpls kRuOtherIntro = {
    "Вызывает беспокойство и положение {P.gen}, {PROF.gen} из города {CITY}.",
    "{ORG} также следит за делом {P.gen}, {PROF.gen} из города {CITY}.",
    "[По другому делу|Кроме того,|Также] преследованию подвергается {PROF} {P} из города {CITY}.",
};

// ---------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------

enum Kind { kNgo, kNews, kDecl, kReport };
enum BlockType { kPara, kHeading, kItem, kLine };

struct Block {
  BlockType type = kPara;
  std::vector<string> s;  // sentences (kPara) or a single text
};

struct Doc {
  Kind kind = kNgo;
  bool ru = false;
  string title;
  int64_t day = 0;
  int person = 0;
  int org = 0;
  std::vector<string> pre;  // header lines below the date
  std::vector<Block> body;
  std::vector<string> related;  // related headlines (HTML sidebar)
  string author;
};

size_t Bytes(const Doc& d) {
  size_t n = d.title.size() + 40;
  for (const string& s : d.pre) n += s.size() + 1;
  for (const Block& b : d.body) {
    n += 2;
    for (const string& s : b.s) n += s.size() + 1;
  }
  return n;
}

Block MakeLine(BlockType t, string s) {
  Block b;
  b.type = t;
  b.s.push_back(std::move(s));
  return b;
}

string Cleanup(string_view s) {
  string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    if ((c == ',' || c == '.' || c == ';' || c == ':') && !out.empty() &&
        out.back() == ' ')
      out.pop_back();
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Expands templates in the context of one document.
class Builder {
 public:
  Builder(const World& w, Rng& r, bool ru) : w_(w), r_(r), ru_(ru) {
    us_ = !ru && r_.Chance(0.35);
  }

  void SetDay(int64_t day) {
    day_ = day;
    year_ = CivilFromDays(day).y;
  }
  void SetOrg(int org) { org_ = org; }
  void SetSubject(int idx) {
    cur_ = &w_.people[idx];
    other_ = nullptr;
  }
  void SetOther(int idx) { other_ = &w_.people[idx]; }
  bool us() const { return us_; }
  int64_t day() const { return day_; }

  void AddSpeaker() {
    Speaker s;
    s.name = MakeName(r_, RandomStyle(), r_.Chance(0.45));
    s.role = static_cast<int>(r_.Below(std::size(kSpeakerRoles)));
    speakers_.push_back(std::move(s));
  }

  int RandomStyle() {
    if (ru_) return r_.Chance(0.6) ? r_.Range(kKyr, kKaz) : kSlav;
    const uint64_t k = r_.Below(100);
    if (k < 40) return r_.Range(kKyr, kKaz);
    if (k < 55) return kSlav;
    if (k < 88) return kWest;
    return kArab;
  }

  string Sentence(Topic t) { return SentenceFrom(Templates(ru_, t), t); }

  // n sentences from distinct templates of topic t, in template order (the
  // templates of a topic are listed roughly chronologically).
  std::vector<string> Sentences(Topic t, int n) {
    const Tpls& ts = Templates(ru_, t);
    const Person* key = GenericTopic(t) ? nullptr : cur_;
    std::vector<size_t> fresh, stale;
    for (size_t i = 0; i < ts.size(); ++i)
      (Used(key, ts[i].data()) ? stale : fresh).push_back(i);
    std::vector<size_t> pick;
    for (int i = 0; i < n && !(fresh.empty() && stale.empty()); ++i) {
      std::vector<size_t>& from = fresh.empty() ? stale : fresh;
      const size_t k = r_.Below(from.size());
      pick.push_back(from[k]);
      from.erase(from.begin() + static_cast<std::ptrdiff_t>(k));
    }
    std::sort(pick.begin(), pick.end());
    std::vector<string> out;
    for (size_t i : pick) {
      used_.emplace_back(key, ts[i].data());
      out.push_back(Finish(ExpandRaw(ts[i]), true));
    }
    return out;
  }

  // Headline-style sentence naming the subject for the lead paragraph.
  string Lead(Topic t) {
    const Tpls& ts = Templates(ru_, t);
    const size_t n = (t == kArrest || t == kSentence || t == kAppeal) ? 2 : 1;
    const size_t k = r_.Below(n);
    used_.emplace_back(cur_, ts[k].data());
    return Finish(ExpandRaw(ts[k]), true);
  }

  static bool GenericTopic(int t) {
    return t == kFiller || t == kNumbers || t == kMethod || t == kRecommend ||
           t == kDeclPoint;
  }

  string SentenceFrom(const Tpls& ts, int topic) {
    if (ts.empty()) return {};
    const Person* key = GenericTopic(topic) ? nullptr : cur_;
    size_t k = r_.Below(ts.size());
    for (size_t tries = 0; tries < ts.size() && Used(key, ts[k].data());
         ++tries)
      k = (k + 1) % ts.size();
    used_.emplace_back(key, ts[k].data());
    return Finish(ExpandRaw(ts[k]), true);
  }

  string Title(Kind k) {
    const Tpls* list;
    if (k == kReport) {
      list = ru_ ? &kRuTitleReport : &kEnTitleReport;
    } else if (k == kDecl) {
      list = &kEnTitleDecl;
    } else if (k == kNgo && r_.Chance(0.3)) {
      list = ru_ ? &kRuTitlesGeneric : &kEnTitlesGeneric;
    } else {
      const int st = Stage(*cur_, day_);
      list = ru_ ? &kRuTitles[st] : &kEnTitles[st];
    }
    return Finish(ExpandRaw((*list)[r_.Below(list->size())]), false);
  }

  string Expand(string_view tpl) { return Finish(ExpandRaw(tpl), true); }

  string DayText(int64_t d, bool allow_short = true) {
    const Ymd t = CivilFromDays(d);
    const bool with_year = !(allow_short && t.y == year_ && r_.Chance(0.4));
    if (!ru_) return EnDate(d, us_, with_year);
    string s = std::to_string(t.d) + " " + string(kRuMonthsGen[t.m - 1]);
    if (with_year) s += " " + std::to_string(t.y) + " года";
    return s;
  }

 private:
  struct Speaker {
    Name name;
    int role = 0;
  };

  bool Used(const Person* p, const char* t) const {
    for (const auto& u : used_)
      if (u.first == p && u.second == t) return true;
    return false;
  }

  string ExpandRaw(string_view tpl) {
    if (speakers_.empty()) AddSpeaker();
    speaker_ = &speakers_[r_.Below(speakers_.size())];
    rel_ = cur_->rels.empty() ? nullptr : &cur_->rels[r_.Below(cur_->rels.size())];
    string s;
    s.reserve(tpl.size() + 64);
    Run(tpl, s);
    return s;
  }

  static string Finish(string_view raw, bool sentence) {
    string s = CapFirst(Cleanup(raw));
    if (!sentence)
      while (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  }

  bool RoleFemale(char role) const {
    switch (role) {
      case 'J': return cur_->judge.female;
      case 'L': return cur_->lawyer.female;
      case 'Q': return speaker_ && speaker_->name.female;
      case 'R': return rel_ && rel_->name.female;
      case 'O': return other_ && other_->name.female;
      default: return cur_->name.female;
    }
  }

  void Run(string_view t, string& out) {
    size_t i = 0;
    while (i < t.size()) {
      const char c = t[i];
      if (c == '[') {
        size_t starts[48], ends[48];
        size_t n = 0, seg = i + 1, j = i;
        int depth = 0;
        for (; j < t.size(); ++j) {
          if (t[j] == '[') {
            ++depth;
          } else if (t[j] == ']') {
            if (--depth == 0) break;
          } else if (t[j] == '|' && depth == 1 && n < 47) {
            starts[n] = seg;
            ends[n] = j;
            ++n;
            seg = j + 1;
          }
        }
        starts[n] = seg;
        ends[n] = j;
        ++n;
        const size_t k = r_.Below(n);
        Run(t.substr(starts[k], ends[k] - starts[k]), out);
        i = j + 1;
      } else if (c == '{') {
        const size_t j = t.find('}', i);
        Slot(t.substr(i + 1, j - i - 1), out);
        i = j + 1;
      } else if (c == '<') {
        const size_t j = t.find('>', i);
        string_view body = t.substr(i + 1, j - i - 1);
        char role = 'S';
        if (body.size() > 2 && body[1] == ':') {
          role = body[0];
          body = body.substr(2);
        }
        const size_t slash = body.find('/');
        out += RoleFemale(role) ? body.substr(slash + 1) : body.substr(0, slash);
        i = j + 1;
      } else {
        out.push_back(c);
        ++i;
      }
    }
  }

  const Country& country() const { return w_.countries[cur_->country]; }
  const string& CityName(int idx) const {
    const City& c = country().cities[static_cast<size_t>(idx)];
    return ru_ ? c.ru : c.en;
  }

  string NameText(const Name& n, Case cs, bool short_form) {
    // The first mention of a person is always the full name.
    if (std::find(mentioned_.begin(), mentioned_.end(), &n) == mentioned_.end()) {
      mentioned_.push_back(&n);
      short_form = false;
    }
    if (!ru_) {
      if (!short_form) return FullEn(n);
      const uint64_t k = r_.Below(100);
      if (k < 45) return n.sur_en;
      if (k < 80) return string(n.female ? "Ms " : "Mr ") + n.sur_en;
      return FullEn(n);
    }
    if (short_form && r_.Chance(0.6)) return DeclineSurname(n.sur_ru, n.female, cs);
    return FullRu(n, cs);
  }

  string Years(int y, int months, Case cs) {
    if (ru_) {
      string s = std::to_string(y) + " ";
      if (cs == kDat) {
        s += RuGenCount(y, "году", "годам");
        if (months) s += " и 6 месяцам";
      } else if (cs == kGen) {
        s += RuGenCount(y, "года", "лет");
        if (months) s += " и 6 месяцев";
      } else {
        s += RuPlural(y, "год", "года", "лет");
        if (months) s += " и 6 месяцев";
      }
      return s;
    }
    const bool words = y <= 12 && r_.Chance(0.4);
    if (words && months && r_.Chance(0.5))
      return string(kEnNumWords[y]) + " and a half years";
    string s = words ? string(kEnNumWords[y]) : std::to_string(y);
    s += y == 1 ? " year" : " years";
    if (months) s += words ? " and six months" : " and 6 months";
    return s;
  }

  string SmallNum(int n) {
    if (!ru_ && n <= 12 && r_.Chance(0.5)) return string(kEnNumWords[n]);
    return std::to_string(n);
  }

  string MonthText(int64_t d) {
    const Ymd t = CivilFromDays(d);
    const bool with_year = !(t.y == year_ && r_.Chance(0.4));
    if (!ru_) {
      string s(kEnMonths[t.m - 1]);
      if (with_year) s += " " + std::to_string(t.y);
      return s;
    }
    string s(kRuMonthsLoc[t.m - 1]);
    if (with_year) s += " " + std::to_string(t.y) + " года";
    return s;
  }

  int64_t RandomPastDay() {
    const int64_t lo = cur_->arrest;
    const int64_t hi = std::max(lo + 1, day_ - 1);
    return lo + static_cast<int64_t>(r_.Below(static_cast<uint64_t>(hi - lo)));
  }

  string EventText() {
    const Country& c = country();
    const string y = std::to_string(c.event_year);
    const string& city = CityName(c.event_city);
    if (ru_) {
      switch (c.event_kind) {
        case 0:
          return "протестов в " + string(kRuMonthsLoc[c.event_month - 1]) +
                 " " + y + " года";
        case 1: return "президентских выборов " + y + " года";
        default:
          return "беспорядков в городе " + city + " в " +
                 string(kRuMonthsLoc[c.event_month - 1]) + " " + y + " года";
      }
    }
    switch (c.event_kind) {
      case 0:
        return "the " + string(kEnMonths[c.event_month - 1]) + " " + y +
               " protests";
      case 1: return "the " + y + " presidential election";
      default:
        return "the unrest in " + city + " in " +
               string(kEnMonths[c.event_month - 1]) + " " + y;
    }
  }

  string CourtText(Case cs) {
    const string& city = CityName(cur_->city);
    const int t = cur_->court;
    if (!ru_) {
      switch (t) {
        case 0: return "the " + city + " City Court";
        case 1: return "the " + city + " Regional Court";
        case 2: return "the " + city + " District Court";
        case 3: return "the Military Court of " + city;
        default: return "the Supreme Court of " + string(country().def->en);
      }
    }
    static constexpr string_view kForms[5][3] = {
        {"суд", "суда", "суде"},
        {"областной суд", "областного суда", "областном суде"},
        {"районный суд", "районного суда", "районном суде"},
        {"военный суд", "военного суда", "военном суде"},
        {"Верховный суд", "Верховного суда", "Верховном суде"}};
    const int f = cs == kGen ? 1 : cs == kIns ? 2 : 0;
    string s(kForms[t][f]);
    if (t < 4) s += " города " + city;
    return s;
  }

  string RelText() {
    if (!rel_) return ru_ ? "родственники" : "relatives";
    const bool sf = cur_->name.female;
    if (ru_) {
      static constexpr string_view kRoles[] = {"", "мать", "сестра",
                                               "брат", "сын", "дочь"};
      string s = rel_->role == 0 ? (sf ? "её муж" : "его жена")
                                 : string(sf ? "её " : "его ") +
                                       string(kRoles[rel_->role]);
      return s + " " + FullRu(rel_->name);
    }
    static constexpr string_view kRoles[] = {"", "mother", "sister",
                                             "brother", "son", "daughter"};
    string s = rel_->role == 0 ? (sf ? "her husband" : "his wife")
                               : string(sf ? "her " : "his ") +
                                     string(kRoles[rel_->role]);
    return s + ", " + FullEn(rel_->name) + ",";
  }

  string ArtText(bool abbr, bool short_form) {
    const int a = kCharges[cur_->charge].article;
    const string art = std::to_string(a), part = std::to_string(cur_->art_part);
    if (ru_) {
      if (abbr || r_.Chance(0.5)) return "ч. " + part + " ст. " + art + " УК";
      return "части " + part + " статьи " + art + " Уголовного кодекса";
    }
    if (short_form) return "Article " + art;
    switch (r_.Below(3)) {
      case 0: return "Article " + art + ", Part " + part + ", of the Criminal Code";
      case 1: return "Article " + art + "(" + part + ") of the Criminal Code";
      default: return "Part " + part + " of Article " + art + " of the Criminal Code";
    }
  }

  static Case ParseCase(string_view mod) {
    if (mod == "gen") return kGen;
    if (mod == "dat") return kDat;
    if (mod == "acc") return kAcc;
    if (mod == "ins") return kIns;
    if (mod == "loc") return kIns;  // used as locative marker for courts
    return kNom;
  }

  void Slot(string_view key, string& out) {
    string_view mod;
    if (const size_t dot = key.find('.'); dot != string_view::npos) {
      mod = key.substr(dot + 1);
      key = key.substr(0, dot);
    }
    const Person& p = *cur_;
    const Country& c = country();
    const Case cs = ParseCase(mod);
    switch (key[0]) {
      case 'A':
        if (key == "ADATE") { out += DayText(p.arrest); return; }
        if (key == "AMONTH") { out += MonthText(p.arrest); return; }
        if (key == "APDATE") { out += DayText(p.appeal); return; }
        if (key == "AGE") {
          const int age = year_ - p.birth_year;
          out += std::to_string(age);
          if (ru_) out += " " + string(RuPlural(age, "год", "года", "лет"));
          return;
        }
        if (key == "APROF") {
          out += string(kProfs[p.prof].art) + " " + string(kProfs[p.prof].en);
          return;
        }
        if (key == "AGENCY") {
          const Agency& a = r_.Pick(kAgencies);
          out += ru_ ? "агентству «" + string(a.ru) + "»" : string(a.en);
          return;
        }
        if (key == "ART") { out += ArtText(mod == "abbr", false); return; }
        if (key == "ART_S") { out += ArtText(false, true); return; }
        if (key == "APPCOURT") {
          const string& cap = CityName(0);
          if (ru_) {
            out += p.appcourt == 0 ? "Верховный суд" : "апелляционный суд города " + cap;
          } else {
            out += p.appcourt == 0   ? string("the Supreme Court")
                   : p.appcourt == 1 ? "the " + cap + " Court of Appeal"
                                     : "the appeals chamber of the " +
                                           CityName(p.city) + " Regional Court";
          }
          return;
        }
        if (key == "APRES" || key == "APRES_T") {
          const bool title = key == "APRES_T";
          if (ru_) {
            out += p.appeal_res == 0
                       ? string(r_.Chance(0.5) ? "оставил приговор без изменений"
                                               : "оставил приговор в силе")
                       : "сократил срок заключения до " +
                             Years(p.reduced_years, 0, kGen);
          } else if (title) {
            out += p.appeal_res == 0 ? "upholds sentence" : "reduces sentence";
          } else {
            out += p.appeal_res == 0
                       ? string(r_.Chance(0.5) ? "upheld the sentence"
                                               : "left the verdict unchanged")
                       : "reduced the sentence to " + Years(p.reduced_years, 0, kNom);
          }
          return;
        }
        break;
      case 'B':
        if (key == "BORN") { out += std::to_string(p.birth_year); return; }
        break;
      case 'C':
        if (key == "CITY") { out += CityName(p.city); return; }
        if (key == "CAPITAL") { out += CityName(0); return; }
        if (key == "COUNTRY") {
          out += ru_ ? (cs == kGen ? c.def->ru_gen
                        : mod == "loc" ? c.def->ru_loc
                                       : c.def->ru)
                     : c.def->en;
          return;
        }
        if (key == "CADJ") { out += c.def->adj; return; }
        if (key == "CHARGE" || key == "CHARGE2") {
          int ch = p.charge;
          if (key == "CHARGE2") {
            ch = p.charge2 >= 0 ? p.charge2 : (p.charge + 1 + static_cast<int>(r_.Below(5))) %
                                                  static_cast<int>(std::size(kCharges));
          }
          out += ru_ ? kCharges[ch].ru : kCharges[ch].en;
          return;
        }
        if (key == "COURT") { out += CourtText(mod == "loc" ? kIns : cs); return; }
        break;
      case 'D':
        if (key == "DATE") { out += DayText(RandomPastDay()); return; }
        if (key == "DAYS") {
          const int n = r_.Range(2, 45);
          out += std::to_string(n);
          out += ru_ ? string(" ") + string(RuGenCount(n, "дня", "дней")) : " days";
          return;
        }
        if (key == "DMONTH") { out += MonthText(day_ - r_.Range(10, 60)); return; }
        if (key == "DOCYEAR") { out += std::to_string(year_); return; }
        break;
      case 'E':
        if (key == "EVENT") { out += EventText(); return; }
        if (key == "EVYEAR") { out += std::to_string(c.event_year); return; }
        break;
      case 'H':
        if (key == "HEALTH") {
          const LC& h = p.health >= 0 ? kIllnesses[p.health] : r_.Pick(kIllnesses);
          out += ru_ ? h.ru : h.en;
          return;
        }
        break;
      case 'J':
        if (key == "JUDGE") {
          out += ru_ ? "судья " + FullRu(p.judge) : FullEn(p.judge);
          return;
        }
        break;
      case 'K':
        if (key == "KM") {
          const int n = r_.Range(4, 40) * 50;
          out += FormatNum(n, ru_) + (ru_ ? " километрах" : " kilometres");
          return;
        }
        if (key == "KG") {
          const int n = r_.Range(5, 30);
          out += std::to_string(n);
          out += ru_ ? " " + string(RuPlural(n, "килограмм", "килограмма", "килограммов"))
                     : (r_.Chance(0.5) ? " kilograms" : " kg");
          return;
        }
        if (key == "KIDS") {
          const int k = std::max(1, p.kids);
          if (k == 1) {
            out += r_.Chance(0.5) ? "a young son" : "a daughter";
          } else {
            out += string(kEnNumWords[k]) + " children";
          }
          return;
        }
        break;
      case 'L':
        if (key == "LAWYER") {
          out += ru_ ? FullRu(p.lawyer, cs) : FullEn(p.lawyer);
          return;
        }
        break;
      case 'M':
        if (key == "MONTH") { out += MonthText(RandomPastDay()); return; }
        if (key == "MAXY") {
          const int n = kCharges[p.charge].maxy;
          out += ru_ ? std::to_string(n) + " " + string(RuGenCount(n, "года", "лет"))
                     : std::to_string(n) + " years";
          return;
        }
        if (key == "MONEY") {
          out += FormatNum(r_.Range(5, 300) * 1000L, false) + " " +
                 string(c.def->currency) + "s";
          return;
        }
        break;
      case 'N':
        if (key == "N") {
          const long n = c.base_prisoners * r_.Range(85, 115) / 100;
          out += FormatNum(n, ru_);
          if (ru_ && mod == "ppl") out += " " + string(RuGenCount(n, "человека", "человек"));
          if (ru_ && mod == "cases") out += " " + string(RuGenCount(n, "случая", "случаев"));
          return;
        }
        if (key == "N2") { out += SmallNum(r_.Range(2, 12)); return; }
        if (key == "N2Y") { out += Years(r_.Range(2, 5), 0, kGen); return; }
        break;
      case 'O':
        if (key == "ORG" || key == "ORG2") {
          int o = org_;
          if (key == "ORG2") {
            o = static_cast<int>(r_.Below(w_.orgs.size()));
            if (o == org_) o = (o + 1) % static_cast<int>(w_.orgs.size());
          }
          const Org& org = w_.orgs[static_cast<size_t>(o)];
          if (!ru_ && org.the) out += "the ";
          out += ru_ ? (cs == kGen ? org.ru_gen : org.ru_nom) : org.en;
          return;
        }
        if (key == "OUTLET") {
          out += ru_ ? kOutlets[p.outlet].ru : kOutlets[p.outlet].en;
          return;
        }
        break;
      case 'P':
        if (key == "P") { out += NameText(p.name, cs, false); return; }
        if (key == "P2") {
          const Person* o = other_;
          if (!o) {
            const auto& ppl = c.people;
            o = &w_.people[static_cast<size_t>(ppl[r_.Below(ppl.size())])];
          }
          out += NameText(o->name, cs, false);
          return;
        }
        if (key == "PROF") {
          const Prof& pr = kProfs[p.prof];
          if (!ru_) {
            out += pr.en;
          } else if (p.name.female) {
            out += cs == kGen ? pr.ru_f_gen : cs == kAcc ? pr.ru_f_acc : pr.ru_f;
          } else {
            out += (cs == kGen || cs == kAcc) ? pr.ru_m_gen : pr.ru_m;
          }
          return;
        }
        if (key == "PRISON" || key == "PRISON2") {
          const Prison& pr = c.prisons[static_cast<size_t>(key == "PRISON" ? p.prison : p.prison2)];
          out += ru_ ? PrisonRu(pr, mod == "loc" ? 1 : mod == "dir" ? 2 : 0) : PrisonEn(pr);
          return;
        }
        if (key == "PCITY" || key == "PCITY2") {
          const Prison& pr = c.prisons[static_cast<size_t>(key == "PCITY" ? p.prison : p.prison2)];
          out += CityName(pr.city);
          return;
        }
        if (key == "PROSTERM") {
          out += Years(p.years + r_.Range(0, 3), 0, ru_ ? kAcc : kNom);
          return;
        }
        if (key == "PCT") { out += std::to_string(r_.Range(1, 3)); return; }
        if (key == "PCTG") { out += std::to_string(r_.Range(20, 250)); return; }
        break;
      case 'Q':
        if (key == "QUOTE") {
          const Tpls& q = ru_ ? kRuQuoteBody : kEnQuoteBody;
          Run(q[r_.Below(q.size())], out);
          return;
        }
        break;
      case 'R':
        if (key == "REL") { out += RelText(); return; }
        if (key == "RDATE") { out += DayText(p.release); return; }
        if (key == "REGIME") {
          static constexpr LC kRegimes[] = {{"general-regime", "общего режима"},
                                            {"strict-regime", "строгого режима"},
                                            {"special-regime", "особого режима"}};
          out += ru_ ? kRegimes[p.regime].ru : kRegimes[p.regime].en;
          return;
        }
        if (key == "RKIND") {
          static constexpr LC kKinds[] = {
              {"after serving <his/her> full sentence", "после полного отбытия срока"},
              {"under an amnesty", "по амнистии"},
              {"after a presidential pardon", "после помилования"},
              {"after the sentence was commuted to a suspended term",
               "после замены реального срока условным"},
              {"on parole", "по условно-досрочному освобождению"}};
          Run(ru_ ? kKinds[p.release_kind].ru : kKinds[p.release_kind].en, out);
          return;
        }
        break;
      case 'S':
        if (key == "S") { out += NameText(p.name, cs, true); return; }
        if (key == "SEC") {
          const SecDef& s = kSecs[c.sec];
          out += ru_ ? (cs == kGen ? s.ru_gen : s.ru) : s.en;
          return;
        }
        if (key == "SIZO") {
          const int n = p.city + 1;
          if (ru_) {
            out += r_.Chance(0.7) ? "СИЗО-" + std::to_string(n) : "СИЗО № " + std::to_string(n);
          } else {
            out += r_.Chance(0.7) ? "SIZO-" + std::to_string(n)
                                  : "pre-trial detention centre No. " + std::to_string(n);
          }
          return;
        }
        if (key == "SPEAKER") {
          out += ru_ ? FullRu(speaker_->name) : FullEn(speaker_->name);
          return;
        }
        if (key == "SROLE") {
          out += ru_ ? kSpeakerRoles[speaker_->role].ru : kSpeakerRoles[speaker_->role].en;
          return;
        }
        break;
      case 'T':
        if (key == "TERM") { out += Years(p.years, p.months, cs == kDat ? kDat : kAcc); return; }
        if (key == "TERM2") { out += Years(p.reduced_years, 0, cs == kDat ? kDat : kAcc); return; }
        if (key == "TDATE") { out += DayText(p.trial); return; }
        if (key == "TMONTH") { out += MonthText(p.trial); return; }
        if (key == "TOPIC") {
          const Tpls& t = ru_ ? kRuTopics : kEnTopics;
          Run(t[r_.Below(t.size())], out);
          return;
        }
        break;
      case 'U':
        if (key == "UN") {
          const LC& u = r_.Pick(kUnBodies);
          out += ru_ ? u.ru : u.en;
          return;
        }
        if (key == "USD") { out += FormatNum(r_.Range(5, 200) * 100L, true); return; }
        break;
      case 'V':
        if (key == "VDATE") { out += DayText(p.verdict); return; }
        break;
      case 'X':
        if (key == "XCITY") {
          out += CityName(static_cast<int>(r_.Below(c.cities.size())));
          return;
        }
        if (key == "XDATE") { out += DayText(p.transfer); return; }
        if (key == "XMONTH") { out += MonthText(p.transfer); return; }
        break;
      case 'Y':
        if (key == "YEAR") { out += std::to_string(r_.Range(std::max(2008, year_ - 12), std::max(2009, year_ - 1))); return; }
        break;
      default: break;
    }
    out += "{" + string(key) + "}";  // unknown slot: keep visible
  }

  const World& w_;
  Rng& r_;
  bool ru_;
  bool us_ = false;
  const Person* cur_ = nullptr;
  const Person* other_ = nullptr;
  int64_t day_ = 0;
  int year_ = 2020;
  int org_ = 0;
  std::vector<Speaker> speakers_;
  const Speaker* speaker_ = nullptr;
  const Relative* rel_ = nullptr;
  std::vector<std::pair<const Person*, const char*>> used_;
  std::vector<const Name*> mentioned_;
};

Block Para(Builder& b, Topic t, int n) {
  Block bl;
  bl.s = b.Sentences(t, n);
  return bl;
}

Topic LeadTopic(int stage) {
  static constexpr Topic kLead[] = {kArrest,  kTrial,    kSentence,
                                    kAppeal,  kTransfer, kRelease};
  return kLead[stage];
}

std::vector<Topic> Story(int st, const Person& p, Rng& r) {
  std::vector<Topic> v = {kBio, kArrest, kCharge};
  if (st >= 1) v.push_back(kTrial);
  if (st >= 2) v.push_back(kSentence);
  if (st >= 3) v.push_back(kAppeal);
  if (st == 4) v.push_back(kTransfer);
  if (st != 5 && (p.health >= 0 || r.Chance(0.3))) v.push_back(kHealth);
  if (st != 5 && r.Chance(0.6)) v.push_back(kIll);
  if (st == 5) v.push_back(kRelease);
  return v;
}

int64_t DocDayFor(const Person& p, Rng& r) {
  const int64_t cap = DaysFromCivil(2025, 6, 30);
  const int64_t hi = std::max(p.arrest + 3, std::min(cap, p.arrest + 1600));
  return p.arrest + 3 + static_cast<int64_t>(r.Below(static_cast<uint64_t>(hi - p.arrest - 3) + 1));
}

int PickPerson(const World& w, Rng& r, size_t country) {
  const auto& ppl = w.countries[country].people;
  return ppl[r.Skewed(ppl.size())];
}

// Another detainee from the same country who was already arrested by `day`.
int PickOther(const World& w, Rng& r, const Doc& d, std::vector<int>& taken) {
  const Person& p = w.people[static_cast<size_t>(d.person)];
  const auto& ppl = w.countries[static_cast<size_t>(p.country)].people;
  for (int tries = 0; tries < 20; ++tries) {
    const int o = ppl[r.Skewed(ppl.size())];
    if (w.people[static_cast<size_t>(o)].arrest + 3 > d.day) continue;
    if (std::find(taken.begin(), taken.end(), o) != taken.end()) continue;
    taken.push_back(o);
    return o;
  }
  return -1;
}

// Adds paragraphs about other detainees, then context, until `limit` bytes.
void FillUntil(Doc& d, const World& w, Rng& r, Builder& b, size_t limit,
               int max_sent) {
  std::vector<int> taken = {d.person};
  int others = r.Range(0, 3);
  while (Bytes(d) < limit) {
    if (others > 0) {
      --others;
      const int o = PickOther(w, r, d, taken);
      if (o < 0) continue;
      b.SetSubject(o);
      const Person& op = w.people[static_cast<size_t>(o)];
      const int st = Stage(op, d.day);
      Block bl;
      bl.s.push_back(b.SentenceFrom(d.ru ? kRuOtherIntro : kEnOtherIntro, -1));
      const auto story = Story(st, op, r);
      std::vector<size_t> picks;
      const int extra = r.Range(0, max_sent - 1);
      for (int i = 0; i < extra; ++i) picks.push_back(r.Below(story.size()));
      std::sort(picks.begin(), picks.end());
      for (size_t i : picks) bl.s.push_back(b.Sentence(story[i]));
      bl.s.push_back(b.Sentence(LeadTopic(st)));
      d.body.push_back(std::move(bl));
      continue;
    }
    d.body.push_back(Para(b, r.Chance(0.6) ? kFiller : kNumbers, r.Range(1, max_sent)));
  }
  b.SetSubject(d.person);
}

Builder MakeBuilder(const World& w, Rng& r, const Doc& d) {
  Builder b(w, r, d.ru);
  b.SetDay(d.day);
  b.SetOrg(d.org);
  b.SetSubject(d.person);
  return b;
}

void InitDoc(Doc& d, const World& w, Rng& r, Kind kind, bool ru) {
  d.kind = kind;
  d.ru = ru;
  d.person = PickPerson(w, r, r.Below(w.countries.size()));
  d.day = DocDayFor(w.people[static_cast<size_t>(d.person)], r);
  d.org = static_cast<int>(r.Skewed(w.orgs.size()));
}

size_t Reserve(size_t target, size_t reserve) {
  return target > reserve + 600 ? target - reserve : 600;
}

void BuildNgo(Doc& d, const World& w, Rng& r, size_t target) {
  Builder b = MakeBuilder(w, r, d);
  const Person& p = w.people[static_cast<size_t>(d.person)];
  const int st = Stage(p, d.day);
  const Org& o = w.orgs[static_cast<size_t>(d.org)];
  d.title = b.Title(kNgo);
  const bool joint = r.Chance(0.3);
  d.pre.push_back(d.ru ? CapFirst(o.ru_nom) : o.en);
  if (d.ru) {
    d.pre.push_back(joint ? "Совместное заявление" : r.Chance(0.5) ? "Заявление" : "Пресс-релиз");
  } else {
    d.pre.push_back(joint ? "Joint statement" : r.Chance(0.5) ? "Public statement" : "Press release");
    if (r.Chance(0.4))
      d.pre.push_back("Index: " + Upper(Initials(o.en)) + " " + std::to_string(r.Range(10, 99)) +
                      "/" + Pad(r.Range(1, 9999), 4) + "/" + std::to_string(CivilFromDays(d.day).y));
  }
  const size_t limit = Reserve(target, 650);
  Block lead;
  lead.s.push_back(b.Lead(LeadTopic(st)));
  if (r.Chance(0.5)) lead.s.push_back(b.Sentence(kBio));
  if (r.Chance(0.6)) lead.s.push_back(b.Sentence(kCall));
  d.body.push_back(std::move(lead));
  bool quoted = false;
  for (Topic t : Story(st, p, r)) {
    if (Bytes(d) >= limit) break;
    d.body.push_back(Para(b, t, r.Range(2, 4)));
    if (!quoted && r.Chance(0.3)) {
      d.body.push_back(Para(b, kQuote, 1));
      quoted = true;
    }
  }
  FillUntil(d, w, r, b, limit, 4);
  if (!quoted) d.body.push_back(Para(b, kQuote, 1));
  d.body.push_back(Para(b, kCall, r.Range(2, 3)));
  if (joint) {
    d.body.push_back(MakeLine(kHeading, d.ru ? "Подписали:" : "Signed by:"));
    const int n = r.Range(3, 10);
    for (int i = 0; i < n; ++i) {
      const Org& s = w.orgs[r.Below(w.orgs.size())];
      d.body.push_back(MakeLine(kLine, d.ru ? CapFirst(s.ru_nom) : s.en));
    }
  }
  const Name contact = MakeName(r, b.RandomStyle(), r.Chance(0.5));
  const string phone = "+9" + std::to_string(r.Range(10, 98)) + " " +
                       std::to_string(r.Range(100, 999)) + " " +
                       std::to_string(r.Range(100, 999)) + " " +
                       std::to_string(r.Range(100, 999));
  if (d.ru) {
    d.body.push_back(MakeLine(kLine, "Контакты для СМИ: " + FullRu(contact) + ", press@" + o.domain + ", тел. " + phone));
  } else {
    d.body.push_back(MakeLine(kLine, "For more information, please contact " + FullEn(contact) +
                                         " at press@" + o.domain + " or " + phone + "."));
  }
}

void BuildNews(Doc& d, const World& w, Rng& r, size_t target) {
  Builder b = MakeBuilder(w, r, d);
  const Person& p = w.people[static_cast<size_t>(d.person)];
  const Country& c = w.countries[static_cast<size_t>(p.country)];
  const int st = Stage(p, d.day);
  const Agency& ag = r.Pick(kAgencies);
  d.title = b.Title(kNews);
  const Name author = MakeName(r, b.RandomStyle(), r.Chance(0.5));
  d.author = d.ru ? FullRu(author) : FullEn(author);
  d.pre.push_back(d.ru ? "Автор: " + d.author : "By " + d.author);
  const City& city = c.cities[static_cast<size_t>(r.Chance(0.6) ? p.city : 0)];
  string dateline;
  if (d.ru) {
    const Ymd t = CivilFromDays(d.day);
    dateline = Upper(city.ru) + ", " + std::to_string(t.d) + " " +
               string(kRuMonthsGen[t.m - 1]) + " " + std::to_string(t.y) +
               " г. (" + string(ag.ru) + ") — ";
  } else {
    dateline = Upper(city.en) + ", " + EnDate(d.day, b.us()) + " (" +
               string(r.Chance(0.5) ? ag.abbr : ag.en) + ") — ";
  }
  Block lead;
  lead.s.push_back(dateline + b.Lead(LeadTopic(st)));
  d.body.push_back(std::move(lead));
  const size_t limit = Reserve(target, 250);
  const auto story = Story(st, p, r);
  size_t k = 0;
  for (Topic t : story) {
    if (Bytes(d) >= limit) break;
    d.body.push_back(Para(b, t, r.Range(1, 3)));
    if (++k == 2) d.body.push_back(Para(b, kQuote, 1));
  }
  FillUntil(d, w, r, b, limit, 3);
  if (k < 2) d.body.push_back(Para(b, kQuote, 1));
  if (d.ru) {
    d.body.push_back(MakeLine(kLine, r.Chance(0.5) ? "(" + string(ag.ru) + ")"
                                                   : "При использовании материалов ссылка на агентство «" +
                                                         string(ag.ru) + "» обязательна."));
  } else if (r.Chance(0.6)) {
    const Name ed = MakeName(r, kWest, r.Chance(0.5));
    d.body.push_back(MakeLine(kLine, "(Reporting by " + d.author + "; Editing by " + FullEn(ed) + ")"));
  } else {
    d.body.push_back(MakeLine(kLine, "© " + std::to_string(CivilFromDays(d.day).y) + " " +
                                         string(ag.en) + ". All rights reserved."));
  }
}

bool LowerableWord(string_view w) {
  static constexpr string_view kWords[] = {
      "The",     "On",        "In",       "His",       "Her",      "He",
      "She",     "According", "Since",    "Police",    "During",   "After",
      "Prior",   "Before",    "Until",    "Initially", "At",       "Officers",
      "Investigators", "Requests", "A",   "An",        "Journalists", "Independent",
      "Several", "Two",       "Relatives", "Lawyers",  "Family",   "No",
      "Later",   "Recently",  "Courts",   "Judges",    "Civil",    "Freedom",
      "Official", "Doctors",  "Medical",  "Of",        "Key",      "Observers",
      "Confessions", "Pre-trial", "Detention", "Access", "Amendments", "Online",
      "Social",  "Families",  "Legal",    "Colleagues", "Friends", "Born"};
  for (string_view k : kWords)
    if (w == k) return true;
  return false;
}

string Whereas(string s) {
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.pop_back();
  const size_t sp = s.find_first_of(" ,");
  if (sp != string::npos && LowerableWord(string_view(s).substr(0, sp)) && s[0] >= 'A' && s[0] <= 'Z')
    s[0] = static_cast<char>(s[0] + 32);
  return "whereas " + s + ";";
}

string Letters(int i) {
  string s;
  if (i >= 26) s.push_back(static_cast<char>('A' + i / 26 - 1));
  s.push_back(static_cast<char>('A' + i % 26));
  return s;
}

string Mep(Rng& r) {
  const uint64_t k = r.Below(100);
  const int style = k < 84 ? kWest : k < 93 ? kArab : kSlav;
  const bool female = r.Chance(0.42);
  const Name n = MakeName(r, style, female);
  return string(female ? (r.Chance(0.8) ? "Ms " : "Mrs ") : "Mr ") + n.given_en + " " +
         Upper(n.sur_en) + ", " + string(r.Pick(kEuCountries)) + ", " +
         string(r.Pick(kGroups)) + " ;";
}

void BuildDecl(Doc& d, const World& w, Rng& r, size_t target) {
  Builder b = MakeBuilder(w, r, d);
  const Person& p = w.people[static_cast<size_t>(d.person)];
  const int st = Stage(p, d.day);
  d.title = b.Title(kDecl);
  const int year = CivilFromDays(d.day).y;
  d.pre.push_back("Written declaration " + Pad(r.Range(1, 120), 4) + "/" + std::to_string(year));
  d.pre.push_back("submitted under Rule 136 of the Rules of Procedure");
  string authors = "Authors: ";
  const int na = r.Range(2, 5);
  for (int i = 0; i < na; ++i) {
    const Name n = MakeName(r, r.Chance(0.85) ? kWest : kSlav, r.Chance(0.4));
    if (i) authors += ", ";
    authors += FullEn(n);
  }
  d.pre.push_back(authors);
  d.pre.push_back("Lapse date: " + EnDate(d.day + 91, b.us()));
  d.body.push_back(MakeLine(kLine, "The European Parliament,"));
  const auto story = Story(st, p, r);
  const size_t half = target / 2;
  int letter = 0;
  d.body.push_back(MakeLine(kLine, Letters(letter++) + ". " + Whereas(b.Lead(kArrest))));
  for (Topic t : story) {
    if (t == kArrest || (t == kBio && r.Chance(0.5))) continue;
    d.body.push_back(MakeLine(kLine, Letters(letter++) + ". " + Whereas(b.Sentence(t))));
    if (Bytes(d) >= half) break;
  }
  for (int i = 0; i < 3 && Bytes(d) < half; ++i)
    d.body.push_back(MakeLine(kLine, Letters(letter++) + ". " + Whereas(b.Sentence(r.Chance(0.5) ? kFiller : kNumbers))));
  const int np = r.Range(2, 4);
  int num = 1;
  for (int i = 0; i < np; ++i)
    d.body.push_back(MakeLine(kLine, std::to_string(num++) + ". " + b.Sentence(kDeclPoint)));
  d.body.push_back(MakeLine(kLine, std::to_string(num) +
                                       ". Instructs its President to forward this declaration, together with the names of the signatories, to the Council, the Commission and the Government and Parliament of " +
                                       string(w.countries[static_cast<size_t>(p.country)].def->en) + "."));
  d.body.push_back(MakeLine(kHeading, r.Chance(0.5) ? "Signatories" : "List of signatories"));
  const size_t now = Bytes(d);
  int n = now < target ? static_cast<int>((target - now) / 42) : 0;
  n = std::clamp(n, 5, 120);
  for (int i = 0; i < n; ++i) d.body.push_back(MakeLine(kLine, Mep(r)));
}

void BuildReport(Doc& d, const World& w, Rng& r, size_t target) {
  Builder b = MakeBuilder(w, r, d);
  const Org& o = w.orgs[static_cast<size_t>(d.org)];
  const bool ru = d.ru;
  d.title = b.Title(kReport);
  d.pre.push_back(ru ? "Доклад" : (r.Chance(0.5) ? "Report" : "Monitoring report"));
  d.pre.push_back(ru ? "Подготовлен: " + CapFirst(o.ru_nom) : "Published by " + o.en);
  d.body.push_back(MakeLine(kHeading, ru ? "1. Введение" : "1. Introduction"));
  d.body.push_back(Para(b, kNumbers, r.Range(2, 3)));
  d.body.push_back(Para(b, kFiller, r.Range(2, 3)));
  d.body.push_back(MakeLine(kHeading, ru ? "2. Методология" : "2. Methodology"));
  d.body.push_back(Para(b, kMethod, r.Range(2, 4)));
  d.body.push_back(MakeLine(kHeading, ru ? "3. Правовая база" : "3. Legal framework"));
  d.body.push_back(Para(b, kFiller, r.Range(2, 4)));
  d.body.push_back(MakeLine(kHeading, ru ? "4. Отдельные случаи" : "4. Individual cases"));
  const size_t limit = Reserve(target, 1100);
  std::vector<int> taken = {d.person};
  int person = d.person;
  for (int k = 1; k <= 8 && person >= 0; ++k) {
    b.SetSubject(person);
    const Person& p = w.people[static_cast<size_t>(person)];
    const int st = Stage(p, d.day);
    const string name = ru ? FullRu(p.name) : FullEn(p.name);
    d.body.push_back(MakeLine(kHeading, "4." + std::to_string(k) + " " + name));
    const auto story = Story(st, p, r);
    for (Topic t : story) {
      d.body.push_back(Para(b, t, r.Range(1, 3)));
      if (Bytes(d) >= limit) break;
    }
    if (Bytes(d) >= limit) break;
    person = PickOther(w, r, d, taken);
  }
  b.SetSubject(d.person);
  d.body.push_back(MakeLine(kHeading, ru ? "5. Условия содержания" : "5. Conditions of detention"));
  d.body.push_back(Para(b, kFiller, r.Range(1, 2)));
  d.body.push_back(MakeLine(kHeading, ru ? "6. Рекомендации" : "6. Recommendations"));
  const int nr = r.Range(3, 5);
  for (int i = 0; i < nr; ++i) d.body.push_back(MakeLine(kItem, b.Sentence(kRecommend)));
}

void AddRelated(Doc& d, const World& w, Rng& r) {
  const int n = r.Range(3, 5);
  for (int i = 0; i < n; ++i) {
    Builder b(w, r, d.ru);
    const int idx = static_cast<int>(r.Below(w.people.size()));
    const Person& p = w.people[static_cast<size_t>(idx)];
    b.SetDay(p.arrest + r.Range(5, 900));
    b.SetOrg(static_cast<int>(r.Below(w.orgs.size())));
    b.SetSubject(idx);
    d.related.push_back(b.Title(kNews));
  }
}

Doc BuildDoc(const World& w, Rng& r, bool ru, bool html) {
  Doc d;
  const uint64_t k = r.Below(100);
  Kind kind = k < 35 ? kNgo : k < 70 ? kNews : k < 82 ? kDecl : kReport;
  if (ru && kind == kDecl) kind = kNgo;
  InitDoc(d, w, r, kind, ru);
  size_t target = 1024 + r.Below(3000) + r.Below(3000) + (r.Chance(0.3) ? r.Below(5000) : 0);
  if (kind == kReport) target = std::max<size_t>(target, 5000 + r.Below(4000));
  if (kind == kDecl) target = std::max<size_t>(target, 2500);
  target = std::min<size_t>(target, 11000);
  if (html) target = target > 6900 ? target - 5800 : 900 + r.Below(1500);
  switch (kind) {
    case kNgo: BuildNgo(d, w, r, target); break;
    case kNews: BuildNews(d, w, r, target); break;
    case kDecl: BuildDecl(d, w, r, target); break;
    case kReport: BuildReport(d, w, r, target); break;
  }
  AddRelated(d, w, r);
  return d;
}

// Near-duplicate: new title, one sentence replaced (boilerplate changes at
// render time).
void MutateNearDup(Doc& d, const World& w, Rng& r) {
  Builder b = MakeBuilder(w, r, d);
  switch (r.Below(4)) {
    case 0: d.title = b.Title(d.kind); break;
    case 1:
      d.title = string(d.ru ? r.Pick(std::initializer_list<string_view>{"ОБНОВЛЕНО: ", "Заявление: ", "Пресс-релиз: "})
                            : r.Pick(std::initializer_list<string_view>{"UPDATE: ", "Statement: ", "Press release: "})) +
                d.title;
      break;
    case 2: d.title += d.ru ? " (обновлено)" : " (updated)"; break;
    default: d.title = Upper(d.title.substr(0, 1)) + d.title.substr(1) + (d.ru ? " — заявление" : " — statement");
  }
  std::vector<size_t> paras;
  for (size_t i = 0; i < d.body.size(); ++i)
    if (d.body[i].type == kPara && d.body[i].s.size() >= 2) paras.push_back(i);
  if (paras.empty()) {
    d.body.push_back(Para(b, kFiller, 1));
    return;
  }
  Block& bl = d.body[paras[r.Below(paras.size())]];
  const size_t si = 1 + r.Below(bl.s.size() - 1);  // keep datelines intact
  bl.s[si] = b.Sentence(r.Chance(0.5) ? kFiller : kNumbers);
}

// ---------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------

string JoinSentences(const Block& b) {
  string s;
  for (const string& x : b.s) {
    if (!s.empty()) s.push_back(' ');
    s += x;
  }
  return s;
}

string Wrap(const string& text, size_t width) {
  string out, line;
  size_t line_len = 0, pos = 0;
  while (pos < text.size()) {
    size_t sp = text.find(' ', pos);
    if (sp == string::npos) sp = text.size();
    const string_view word(text.data() + pos, sp - pos);
    const size_t wl = CodePoints(word);
    if (line_len > 0 && line_len + 1 + wl > width) {
      out += line;
      out.push_back('\n');
      line.clear();
      line_len = 0;
    }
    if (line_len > 0) {
      line.push_back(' ');
      ++line_len;
    }
    line.append(word);
    line_len += wl;
    pos = sp + 1;
  }
  out += line;
  return out;
}

string RenderTxt(const Doc& d, const World& w, Rng& r) {
  const bool crlf = r.Chance(0.08);
  const bool wrap = r.Chance(0.2);
  const size_t width = static_cast<size_t>(r.Range(66, 80));
  const string bullet = r.Pick(std::initializer_list<string_view>{"- ", "* ", "• "}).data();
  string o;
  o.reserve(Bytes(d) + 512);
  o += d.title + "\n";
  if (r.Chance(0.12)) o += string(std::min<size_t>(CodePoints(d.title), 72), '=') + "\n";
  o += FormatDocDate(d.day, d.ru, r) + "\n";
  const SiteDef& site = kSites[d.ru ? 8 + r.Below(5) : r.Below(8)];
  if (r.Chance(0.25)) {
    const uint64_t k = r.Below(3);
    if (d.ru) {
      o += k == 0 ? "Источник: " + string(site.name) + "\n"
           : k == 1 ? "Перепечатано с сайта https://" + string(site.domain) + "/\n"
                    : "Материал опубликован с разрешения редакции.\n";
    } else {
      o += k == 0 ? "Source: " + string(site.name) + "\n"
           : k == 1 ? "Reposted from https://" + string(site.domain) + "/\n"
                    : "[Unofficial translation]\n";
    }
  }
  for (const string& p : d.pre) o += p + "\n";
  o += "\n";
  BlockType prev = kPara;
  bool first = true;
  for (const Block& b : d.body) {
    const bool grouped = !first && b.type == prev && (b.type == kLine || b.type == kItem);
    if (!first && !grouped) o += "\n";
    switch (b.type) {
      case kPara: {
        const string text = JoinSentences(b);
        o += wrap ? Wrap(text, width) : text;
        o += "\n";
        break;
      }
      case kHeading: o += b.s[0] + "\n"; break;
      case kItem: o += bullet + (wrap ? Wrap(b.s[0], width) : b.s[0]) + "\n"; break;
      case kLine: o += b.s[0] + "\n"; break;
    }
    prev = b.type;
    first = false;
  }
  const int post = r.Range(0, 2);
  const uint64_t first_k = r.Below(4);
  for (int i = 0; i < post; ++i) {
    o += "\n";
    const uint64_t k = (first_k + static_cast<uint64_t>(i)) % 4;
    const string& country = string(w.countries[static_cast<size_t>(w.people[static_cast<size_t>(d.person)].country)].def->en);
    if (d.ru) {
      o += k == 0 ? "Поделиться: Facebook | Telegram | ВКонтакте | Email\n"
           : k == 1 ? "Теги: политзаключённые, права человека, суды\n"
           : k == 2 ? "Все материалы по теме: https://" + string(site.domain) + "/tag/politzek/\n"
                    : "Версия для печати\n";
    } else {
      o += k == 0 ? "Share this: Facebook | X | Telegram | Email\n"
           : k == 1 ? "Tags: " + country + ", political prisoners, fair trial, detention\n"
           : k == 2 ? "This statement is also available in Russian.\n"
                    : "Print this page | Back to top\n";
    }
  }
  if (!crlf) return o;
  string c;
  c.reserve(o.size() + o.size() / 40);
  for (char ch : o) {
    if (ch == '\n') c.push_back('\r');
    c.push_back(ch);
  }
  return c;
}

string Slug(const string& title) {
  string s;
  for (char c : title) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      s.push_back(c);
    } else if (c >= 'A' && c <= 'Z') {
      s.push_back(static_cast<char>(c + 32));
    } else if (!s.empty() && s.back() != '-') {
      s.push_back('-');
    }
    if (s.size() > 70) break;
  }
  while (!s.empty() && s.back() == '-') s.pop_back();
  return s.empty() ? "article" : s;
}

string RenderHtml(const Doc& d, const World& w, Rng& r) {
  const bool ru = d.ru;
  string site_name, domain;
  if (d.kind != kNews && r.Chance(0.55)) {
    const Org& o = w.orgs[static_cast<size_t>(d.org)];
    site_name = ru ? CapFirst(o.ru_nom) : o.en;
    domain = o.domain;
  } else {
    const SiteDef& s = kSites[ru ? 8 + r.Below(5) : r.Below(8)];
    site_name = string(s.name);
    domain = string(s.domain);
  }
  const int style = r.Range(0, 2);
  static constexpr string_view kArticleCls[] = {"entry-content", "article__body", "post-body col-md-8"};
  static constexpr string_view kTitleCls[] = {"entry-title", "article__title", "post-title h2"};
  const Ymd t = CivilFromDays(d.day);
  const string iso = IsoDate(d.day) + "T" + Pad(r.Range(6, 22), 2) + ":" + Pad(r.Range(0, 59), 2) + ":00" +
                     (r.Chance(0.5) ? "+00:00" : "+0" + std::to_string(r.Range(3, 6)) + ":00");
  const string slug = Slug(d.title) + "-" + std::to_string(r.Range(1000, 99999));
  const string url = "https://www." + domain + "/" + (ru ? "news/" : "en/") + std::to_string(t.y) + "/" + Pad(t.m, 2) + "/" + slug;
  string desc;
  for (const Block& b : d.body) {
    if (b.type == kPara) {
      desc = b.s[0];
      break;
    }
  }
  if (desc.empty() && d.body.size() > 1) desc = d.body[1].s[0];
  if (CodePoints(desc) > 160) {
    size_t cut = 0, cps = 0;
    while (cut < desc.size() && cps < 155) {
      ++cut;
      while (cut < desc.size() && (static_cast<unsigned char>(desc[cut]) & 0xC0) == 0x80) ++cut;
      ++cps;
    }
    desc = desc.substr(0, cut) + "…";
  }
  const string color1 = "#" + Hex(r.Next24(), 6), color2 = "#" + Hex(r.Next24(), 6);
  string o;
  o.reserve(Bytes(d) + 6000);
  o += "<!DOCTYPE html>\n<html lang=\"";
  o += ru ? "ru" : "en";
  o += "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  o += "<title>" + Esc(d.title) + " | " + Esc(site_name) + "</title>\n";
  o += "<meta name=\"description\" content=\"" + Esc(desc) + "\">\n";
  o += "<meta property=\"og:site_name\" content=\"" + Esc(site_name) + "\">\n";
  o += "<meta property=\"og:type\" content=\"article\">\n";
  o += "<meta property=\"og:title\" content=\"" + Esc(d.title) + "\">\n";
  o += "<meta property=\"og:url\" content=\"" + url + "\">\n";
  o += "<meta property=\"og:image\" content=\"https://www." + domain + "/uploads/" + std::to_string(t.y) + "/" + Hex(r.Next24(), 6) + ".jpg\">\n";
  o += "<meta property=\"article:published_time\" content=\"" + iso + "\">\n";
  if (r.Chance(0.5)) o += "<meta property=\"article:modified_time\" content=\"" + IsoDate(d.day + r.Range(0, 3)) + "T12:00:00+00:00\">\n";
  o += "<meta property=\"article:section\" content=\"" + string(ru ? "Новости" : (d.kind == kNews ? "News" : "Statements")) + "\">\n";
  o += "<meta name=\"twitter:card\" content=\"summary_large_image\">\n";
  o += "<link rel=\"canonical\" href=\"" + url + "\">\n";
  o += "<link rel=\"stylesheet\" href=\"/static/css/main." + Hex(r.Next24(), 6) + ".css\">\n";
  o += "<link rel=\"icon\" href=\"/favicon.ico\">\n";
  o += "<style>\nbody{margin:0;font-family:Georgia,'Times New Roman',serif;color:#222;background:#fff}\n";
  o += ".site-header{background:" + color1 + ";padding:12px 24px}.site-header a{color:#fff;text-decoration:none}\n";
  o += ".nav ul{list-style:none;margin:0;padding:0;display:flex;gap:18px}.nav li a:hover{text-decoration:underline}\n";
  o += ".cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#111;color:#eee;padding:14px;font-size:14px;z-index:999}\n";
  o += "." + string(kArticleCls[style]).substr(0, string(kArticleCls[style]).find(' ')) + " p{line-height:1.6;margin:0 0 1em}\n";
  o += ".share a{display:inline-block;margin-right:8px;padding:4px 10px;border-radius:3px;background:" + color2 + ";color:#fff}\n";
  o += ".site-footer{background:#f4f4f4;padding:24px;font-size:13px;color:#666}\n";
  o += "@media (max-width:640px){.nav ul{display:none}.nav.open ul{display:block}}\n</style>\n";
  o += "<script async src=\"https://stats." + domain + "/t.js\" data-site=\"" + Hex(r.Next24(), 6) + "\"></script>\n";
  o += "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"";
  o += d.kind == kNews ? "NewsArticle" : "Article";
  o += "\",\"headline\":\"" + JsonEsc(d.title) + "\",\"datePublished\":\"" + iso + "\",";
  if (!d.author.empty()) o += "\"author\":{\"@type\":\"Person\",\"name\":\"" + JsonEsc(d.author) + "\"},";
  o += "\"publisher\":{\"@type\":\"Organization\",\"name\":\"" + JsonEsc(site_name) + "\"},\"mainEntityOfPage\":\"" + url + "\"}</script>\n";
  o += "</head>\n<body class=\"single single-post postid-" + std::to_string(r.Range(1000, 99999)) + "\">\n";
  o += "<div id=\"cookie-banner\" class=\"cookie-banner\" role=\"dialog\">";
  o += ru ? "Мы используем файлы cookie, чтобы улучшить работу сайта. Продолжая пользоваться сайтом, вы соглашаетесь с <a href=\"/privacy/\">политикой конфиденциальности</a>. <button id=\"cc-accept\" type=\"button\">Принять</button> <button id=\"cc-settings\" type=\"button\">Настройки</button>"
          : "We use cookies to improve your experience on our website. By continuing to browse, you agree to our <a href=\"/privacy/\">privacy policy</a>. <button id=\"cc-accept\" type=\"button\">Accept all</button> <button id=\"cc-settings\" type=\"button\">Manage preferences</button>";
  o += "</div>\n<header class=\"site-header\">\n<a class=\"logo\" href=\"/\">" + Esc(site_name) + "</a>\n";
  o += "<nav class=\"nav\" aria-label=\"Main\"><button class=\"menu-toggle\" aria-expanded=\"false\">" + string(ru ? "Меню" : "Menu") + "</button><ul>";
  static constexpr string_view kNavEn[] = {"Home", "News", "Statements", "Reports", "Campaigns", "Regions", "About us", "Donate", "Contact"};
  static constexpr string_view kNavRu[] = {"Главная", "Новости", "Заявления", "Доклады", "Кампании", "Регионы", "О нас", "Поддержать", "Контакты"};
  static constexpr string_view kNavHref[] = {"/", "/news/", "/statements/", "/reports/", "/campaigns/", "/regions/", "/about/", "/donate/", "/contact/"};
  for (size_t i = 0; i < std::size(kNavEn); ++i)
    o += "<li><a href=\"" + string(kNavHref[i]) + "\">" + string(ru ? kNavRu[i] : kNavEn[i]) + "</a></li>";
  o += "</ul></nav>\n<form class=\"search\" action=\"/search/\"><input type=\"search\" name=\"q\" placeholder=\"" +
       string(ru ? "Поиск" : "Search") + "\"></form>\n</header>\n";
  o += "<div class=\"breadcrumbs\"><a href=\"/\">" + string(ru ? "Главная" : "Home") + "</a> &raquo; <a href=\"/news/\">" +
       string(ru ? "Новости" : (d.kind == kNews ? "News" : "Statements")) + "</a></div>\n";
  o += "<main id=\"content\" class=\"container\">\n<article class=\"post type-post\">\n";
  o += "<header class=\"entry-header\"><h1 class=\"" + string(kTitleCls[style]) + "\">" + Esc(d.title) + "</h1>\n";
  o += "<div class=\"entry-meta\"><time datetime=\"" + iso + "\">" + Esc(FormatDocDate(d.day, ru, r)) + "</time>";
  if (!d.author.empty()) o += " <span class=\"byline\">" + string(ru ? "Автор: " : "By ") + Esc(d.author) + "</span>";
  o += "</div></header>\n<div class=\"" + string(kArticleCls[style]) + "\">\n";
  for (const string& p : d.pre) {
    if (!d.author.empty() && p.find(d.author) != string::npos) continue;
    o += "<p class=\"doc-meta\"><em>" + Esc(p) + "</em></p>\n";
  }
  bool in_list = false;
  for (const Block& b : d.body) {
    if (b.type != kItem && in_list) {
      o += "</ul>\n";
      in_list = false;
    }
    switch (b.type) {
      case kPara: o += "<p>" + Esc(JoinSentences(b)) + "</p>\n"; break;
      case kHeading: o += "<h2>" + Esc(b.s[0]) + "</h2>\n"; break;
      case kItem:
        if (!in_list) {
          o += "<ul>\n";
          in_list = true;
        }
        o += "<li>" + Esc(b.s[0]) + "</li>\n";
        break;
      case kLine: o += "<p class=\"line\">" + Esc(b.s[0]) + "</p>\n"; break;
    }
  }
  if (in_list) o += "</ul>\n";
  o += "</div>\n<footer class=\"entry-footer\"><span class=\"tags\">" + string(ru ? "Теги: " : "Tags: ") +
       "<a href=\"/tag/political-prisoners/\">" + string(ru ? "политзаключённые" : "political prisoners") + "</a>, <a href=\"/tag/" +
       Lower(w.countries[static_cast<size_t>(w.people[static_cast<size_t>(d.person)].country)].def->en) + "/\">" +
       Esc(string(ru ? w.countries[static_cast<size_t>(w.people[static_cast<size_t>(d.person)].country)].def->ru
                     : w.countries[static_cast<size_t>(w.people[static_cast<size_t>(d.person)].country)].def->en)) +
       "</a></span></footer>\n</article>\n";
  o += "<div class=\"share\"><span>" + string(ru ? "Поделиться:" : "Share:") + "</span> ";
  o += "<a href=\"https://www.facebook.com/sharer/sharer.php?u=" + url + "\" rel=\"nofollow\">Facebook</a>";
  o += "<a href=\"https://twitter.com/intent/tweet?url=" + url + "\" rel=\"nofollow\">X</a>";
  o += "<a href=\"https://t.me/share/url?url=" + url + "\" rel=\"nofollow\">Telegram</a>";
  o += "<a href=\"mailto:?subject=" + Slug(d.title) + "\">Email</a></div>\n";
  if (!d.related.empty()) {
    o += "<section class=\"related\"><h3>" + string(ru ? "Читайте также" : "Related") + "</h3><ul>\n";
    for (const string& rel : d.related)
      o += "<li><a href=\"/news/" + Slug(rel) + "/\">" + Esc(rel) + "</a></li>\n";
    o += "</ul></section>\n";
  }
  o += "<section id=\"comments\" class=\"comments\"><h3>" + string(ru ? "Комментарии" : "Comments") + "</h3>\n";
  const int nc = r.Range(0, 2);
  static constexpr string_view kCommentsEn[] = {"Free them all!", "Shame on this court.", "Thank you for reporting on this.", "Stay strong, we are with you.", "How long will the world keep silent?"};
  static constexpr string_view kCommentsRu[] = {"Свободу политзаключённым!", "Позор такому суду.", "Спасибо, что пишете об этом.", "Держитесь, мы с вами.", "Сколько это будет продолжаться?"};
  for (int i = 0; i < nc; ++i) {
    const Name cn = MakeName(r, ru ? r.Range(kKyr, kSlav) : kWest, r.Chance(0.5));
    o += "<div class=\"comment\"><span class=\"comment-author\">" + Esc(cn.given_en) + "</span> <p>" +
         string(ru ? r.Pick(kCommentsRu) : r.Pick(kCommentsEn)) + "</p></div>\n";
  }
  o += "<form class=\"comment-form\" method=\"post\" action=\"/wp-comments-post.php\"><h4>" +
       string(ru ? "Оставить комментарий" : "Leave a reply") + "</h4>\n";
  o += "<label>" + string(ru ? "Имя" : "Name") + " <input type=\"text\" name=\"author\" required></label>\n";
  o += "<label>Email <input type=\"email\" name=\"email\" required></label>\n";
  o += "<label>" + string(ru ? "Комментарий" : "Comment") + " <textarea name=\"comment\" rows=\"6\"></textarea></label>\n";
  o += "<button type=\"submit\">" + string(ru ? "Отправить" : "Post comment") + "</button></form>\n</section>\n";
  o += "</main>\n<aside class=\"sidebar\"><div class=\"newsletter\"><h3>" +
       string(ru ? "Подпишитесь на рассылку" : "Subscribe to our newsletter") +
       "</h3><form action=\"/subscribe/\" method=\"post\"><input type=\"email\" name=\"email\" placeholder=\"email@example.com\"><button>" +
       string(ru ? "Подписаться" : "Subscribe") + "</button></form></div></aside>\n";
  o += "<footer class=\"site-footer\"><p>&copy; " + std::to_string(t.y) + " " + Esc(site_name) + ". " +
       string(ru ? "Все права защищены." : "All rights reserved.") + "</p>\n<p><a href=\"/privacy/\">" +
       string(ru ? "Политика конфиденциальности" : "Privacy policy") + "</a> | <a href=\"/terms/\">" +
       string(ru ? "Условия использования" : "Terms of use") + "</a> | <a href=\"/rss/\">RSS</a></p></footer>\n";
  o += "<script>(function(){var b=document.getElementById('cookie-banner');if(localStorage.getItem('cc_ok')==='1'){b.style.display='none';}"
       "document.getElementById('cc-accept').addEventListener('click',function(){localStorage.setItem('cc_ok','1');b.style.display='none';});})();</script>\n";
  o += "<script>document.querySelector('.menu-toggle').addEventListener('click',function(e){var n=document.querySelector('.nav');"
       "n.classList.toggle('open');e.target.setAttribute('aria-expanded',n.classList.contains('open'));});</script>\n";
  o += "</body>\n</html>\n";
  return o;
}

constexpr size_t kMaxFile = 12 * 1024;

string Render(Doc& d, const World& w, Rng& r, bool html) {
  for (;;) {
    string s = html ? RenderHtml(d, w, r) : RenderTxt(d, w, r);
    if (s.size() <= kMaxFile || d.body.size() <= 4) return s;
    // Too long: drop a paragraph from the middle of the body and retry.
    size_t victim = d.body.size() / 2;
    for (size_t i = victim; i + 2 < d.body.size(); ++i) {
      if (d.body[i].type == kPara) {
        victim = i;
        break;
      }
    }
    d.body.erase(d.body.begin() + static_cast<std::ptrdiff_t>(victim));
  }
}

// ---------------------------------------------------------------------------
// Command line and main loop
// ---------------------------------------------------------------------------

struct Options {
  string out;
  double mb = 100;
  uint64_t seed = 42;
  double html = 0.3, ru = 0.15, dup = 0.03;
};

void Usage(FILE* f) {
  std::fprintf(f,
               "usage: corpus_gen --out DIR [--mb 100] [--seed 42] [--html-ratio 0.3]\n"
               "                  [--ru-ratio 0.15] [--dup-ratio 0.03]\n"
               "Writes a deterministic synthetic corpus (txt/html, en/ru) of about --mb MiB\n"
               "into DIR/NNN/doc_NNNNNN.{txt,html}. --dup-ratio of the files are exact\n"
               "duplicates of earlier files and the same fraction again near-duplicates.\n");
}

bool ParseDouble(const char* s, double& v) {
  char* end = nullptr;
  errno = 0;
  v = std::strtod(s, &end);
  return errno == 0 && end != s && *end == '\0';
}

bool ParseArgs(int argc, char** argv, Options& o) {
  for (int i = 1; i < argc; ++i) {
    const string_view a = argv[i];
    if (a == "-h" || a == "--help") {
      Usage(stdout);
      std::exit(0);
    }
    if (i + 1 >= argc) {
      std::fprintf(stderr, "corpus_gen: missing value for %s\n", argv[i]);
      return false;
    }
    const char* v = argv[++i];
    bool ok = true;
    if (a == "--out") {
      o.out = v;
    } else if (a == "--mb") {
      ok = ParseDouble(v, o.mb) && o.mb > 0 && o.mb <= 1e6;
    } else if (a == "--seed") {
      char* end = nullptr;
      errno = 0;
      o.seed = std::strtoull(v, &end, 10);
      ok = errno == 0 && end != v && *end == '\0';
    } else if (a == "--html-ratio") {
      ok = ParseDouble(v, o.html) && o.html >= 0 && o.html <= 1;
    } else if (a == "--ru-ratio") {
      ok = ParseDouble(v, o.ru) && o.ru >= 0 && o.ru <= 1;
    } else if (a == "--dup-ratio") {
      ok = ParseDouble(v, o.dup) && o.dup >= 0 && o.dup <= 0.5;
    } else {
      std::fprintf(stderr, "corpus_gen: unknown option %s\n", argv[i - 1]);
      return false;
    }
    if (!ok) {
      std::fprintf(stderr, "corpus_gen: invalid value for %s: %s\n", argv[i - 1], v);
      return false;
    }
  }
  if (o.out.empty()) {
    std::fprintf(stderr, "corpus_gen: --out DIR is required\n");
    return false;
  }
  return true;
}

struct PoolEntry {
  Doc doc;
  string bytes;
  bool html = false;
};

}  // namespace

int main(int argc, char** argv) {
  Options opt;
  if (!ParseArgs(argc, argv, opt)) {
    Usage(stderr);
    return 2;
  }
  namespace fs = std::filesystem;
  const auto t0 = std::chrono::steady_clock::now();
  std::error_code ec;
  fs::create_directories(opt.out, ec);
  if (ec) {
    std::fprintf(stderr, "corpus_gen: cannot create %s: %s\n", opt.out.c_str(), ec.message().c_str());
    return 1;
  }
  if (fs::directory_iterator(opt.out, ec) != fs::directory_iterator())
    std::fprintf(stderr, "corpus_gen: warning: %s is not empty; existing files may remain\n", opt.out.c_str());

  const World world = BuildWorld(opt.seed);
  const uint64_t target = static_cast<uint64_t>(opt.mb * 1048576.0);
  constexpr size_t kPoolCap = 256;
  std::vector<PoolEntry> pool;
  uint64_t total = 0, files = 0, n_html = 0, n_ru = 0, n_exact = 0, n_near = 0;
  string dir;
  while (total < target) {
    const uint64_t i = files;
    Rng r(SplitMix64(opt.seed * 0x9E3779B97F4A7C15ULL + SplitMix64(i + 1)));
    string bytes;
    bool html = false, ru = false;
    const double u = r.Real();
    if (u < opt.dup && !pool.empty()) {
      const PoolEntry& e = pool[r.Below(pool.size())];
      bytes = e.bytes;
      html = e.html;
      ru = e.doc.ru;
      ++n_exact;
    } else if (u < 2 * opt.dup && !pool.empty()) {
      const PoolEntry& e = pool[r.Below(pool.size())];
      Doc d = e.doc;
      MutateNearDup(d, world, r);
      html = r.Chance(e.html ? 0.75 : 0.25);
      ru = d.ru;
      bytes = Render(d, world, r, html);
      ++n_near;
    } else {
      html = r.Chance(opt.html);
      ru = r.Chance(opt.ru);
      Doc d = BuildDoc(world, r, ru, html);
      bytes = Render(d, world, r, html);
      PoolEntry e{std::move(d), bytes, html};
      if (pool.size() < kPoolCap) {
        pool.push_back(std::move(e));
      } else if (r.Chance(0.5)) {
        pool[r.Below(kPoolCap)] = std::move(e);
      }
    }
    if (i % 1000 == 0) {
      dir = opt.out + "/" + Pad(static_cast<int>(i / 1000), 3);
      fs::create_directories(dir, ec);
      if (ec) {
        std::fprintf(stderr, "corpus_gen: cannot create %s: %s\n", dir.c_str(), ec.message().c_str());
        return 1;
      }
    }
    const string path = dir + "/doc_" + Pad(static_cast<int>(i), 6) + (html ? ".html" : ".txt");
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f || std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size() || std::fclose(f) != 0) {
      std::fprintf(stderr, "corpus_gen: cannot write %s: %s\n", path.c_str(), std::strerror(errno));
      return 1;
    }
    total += bytes.size();
    ++files;
    n_html += html;
    n_ru += ru;
  }
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("corpus_gen: %llu files, %llu bytes (%.2f MiB) in %s; html=%llu txt=%llu ru=%llu exact_dups=%llu near_dups=%llu; seed=%llu; %.2fs\n",
              static_cast<unsigned long long>(files), static_cast<unsigned long long>(total),
              static_cast<double>(total) / 1048576.0, opt.out.c_str(),
              static_cast<unsigned long long>(n_html), static_cast<unsigned long long>(files - n_html),
              static_cast<unsigned long long>(n_ru), static_cast<unsigned long long>(n_exact),
              static_cast<unsigned long long>(n_near), static_cast<unsigned long long>(opt.seed), secs);
  return 0;
}
