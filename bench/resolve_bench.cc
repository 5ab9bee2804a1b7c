// Benchmark: cross-document person resolution (resolve::Resolve) on a
// deterministic synthetic collection whose truth is known. Prints, per size,
// the wall time of Resolve, refs/s, peak RSS and the pairwise precision,
// recall and F1 of the clustering, then how time grows with size.
//
//   resolve_bench [--sizes 10000,30000,100000] [--seed 42] [--runs 3]
//
// The collection: N document persons (refs) drawn from N/4 humans, ~5 refs
// per document. Humans carry Central Asian / Slavic style names built from
// syllables (all fictional): given names from ~300 syllable combinations,
// surnames from ~3000 roots with -ov/-ev/-bayev/-bekov endings (female
// -ova/-eva) or a Kyrgyz patronymic (Asanbek uulu / kyzy), both drawn with
// a Zipf-like skew, so the commonest surname is carried by hundreds of
// people at 100k. Each mention spells the name its own way: as written,
// transliteration variants (yev/ev, zh/j, dzh/j, kh/h, double letters),
// surname first, initial + surname, surname alone, Cyrillic. Each ref has
// 0-3 events (arrest, sentence, release, health) with dates in 2015-2025 at
// varied precision, taken from the human's true timeline.
//
// Columns: persons = document persons (refs), humans = true humans among
// them, found = case persons Resolve made; time (wall) and cpu (process CPU
// time, for shared machines) of Resolve alone, the median of --runs runs up
// to 30k refs and one run above; peak RSS is the process high-water mark
// (sizes run in the order given). Pair P/R/F1 compare pairs of refs of one
// true human with pairs of refs of one case person.
//
// Randomness comes from std::mt19937_64 through the hand-written helpers in
// Rng (no standard distributions), so a seed gives the same collection
// everywhere.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "nlp/names.h"
#include "resolve/case.h"
#include "resolve/resolver.h"

namespace {

using dossier::resolve::PersonRef;
using dossier::resolve::ResolveInput;
using dossier::resolve::Resolution;
using dossier::resolve::SourceDoc;
using dossier::resolve::SourceEvent;
using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

// CPU time of the process: the machine may be shared, wall time is not
// enough on its own.
double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

long PeakRssMb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024;
}

// ---- Randomness ---------------------------------------------------------------

class Rng {
 public:
  explicit Rng(uint64_t seed) : gen_(seed) {}
  // Uniform in [0, n).
  uint64_t Below(uint64_t n) {
    const uint64_t limit = UINT64_MAX - UINT64_MAX % n;
    uint64_t x;
    do x = gen_();
    while (x >= limit);
    return x % n;
  }
  int Between(int lo, int hi) { return lo + static_cast<int>(Below(static_cast<uint64_t>(hi - lo + 1))); }
  double Real() { return static_cast<double>(gen_() >> 11) * 0x1.0p-53; }
  bool Chance(double p) { return Real() < p; }
  template <typename T>
  const T& Pick(const std::vector<T>& v) { return v[Below(v.size())]; }

 private:
  std::mt19937_64 gen_;
};

// Draws an index with weight 1/(rank + offset)^s: a few very common items
// and a long tail, like surnames in a population.
class Zipf {
 public:
  Zipf(size_t n, double offset, double s) : cum_(n) {
    double total = 0;
    for (size_t r = 0; r < n; ++r) cum_[r] = total += 1.0 / std::pow(static_cast<double>(r) + offset, s);
  }
  size_t Draw(Rng& rng) const {
    double x = rng.Real() * cum_.back();
    return static_cast<size_t>(std::upper_bound(cum_.begin(), cum_.end(), x) - cum_.begin());
  }

 private:
  std::vector<double> cum_;
};

// ---- Names ----------------------------------------------------------------------

// Names are kept in a phonetic alphabet, one character per sound, and
// rendered in Latin (with a spelling style) or Cyrillic:
//   Z ж  J дж  H х  S ш  C ч  T ц  W й  y ы  Q я  U ю; other letters as in
//   Latin. e after a vowel or at the start may be written "ye".
struct Style {
  bool ye = true;        // Temirbayev (or Temirbaev), Yerzhan (or Erzhan)
  bool zh_as_j = false;  // Janar (or Zhanar)
  bool dzh = false;      // Dzhumabek (or Jumabek)
  bool kh_as_h = false;  // Hasanov (or Khasanov)
  bool doubled = false;  // Assanov: one consonant between vowels doubled
};

bool IsVowelSound(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'Q' ||
         c == 'U';
}

std::string Latin(std::string_view p, const Style& st) {
  std::string out;
  bool doubled = false;
  for (size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    bool after_vowel = i > 0 && IsVowelSound(p[i - 1]);
    switch (c) {
      case 'e': out += (st.ye && (i == 0 || after_vowel)) ? "ye" : "e"; break;
      case 'Z': out += st.zh_as_j ? "j" : "zh"; break;
      case 'J': out += st.dzh ? "dzh" : "j"; break;
      case 'H': out += st.kh_as_h ? "h" : "kh"; break;
      case 'S': out += "sh"; break;
      case 'C': out += "ch"; break;
      case 'T': out += "ts"; break;
      case 'W': out += "y"; break;
      case 'Q': out += "ya"; break;
      case 'U': out += "yu"; break;
      default: {
        out += c;
        bool between = after_vowel && i + 1 < p.size() && IsVowelSound(p[i + 1]);
        if (st.doubled && !doubled && between && !IsVowelSound(c)) {
          out += c;
          doubled = true;
        }
      }
    }
  }
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::string Cyrillic(std::string_view p) {
  std::string out;
  for (size_t i = 0; i < p.size(); ++i) {
    char32_t c = 0;
    switch (p[i]) {
      case 'a': c = 0x430; break;  // а
      case 'b': c = 0x431; break;
      case 'v': c = 0x432; break;
      case 'g': c = 0x433; break;
      case 'd': c = 0x434; break;
      case 'e': c = 0x435; break;
      case 'Z': c = 0x436; break;  // ж
      case 'z': c = 0x437; break;
      case 'i': c = 0x438; break;
      case 'W': c = 0x439; break;  // й
      case 'k': c = 0x43A; break;
      case 'l': c = 0x43B; break;
      case 'm': c = 0x43C; break;
      case 'n': c = 0x43D; break;
      case 'o': c = 0x43E; break;
      case 'p': c = 0x43F; break;
      case 'r': c = 0x440; break;
      case 's': c = 0x441; break;
      case 't': c = 0x442; break;
      case 'u': c = 0x443; break;
      case 'f': c = 0x444; break;
      case 'H': c = 0x445; break;  // х
      case 'T': c = 0x446; break;  // ц
      case 'C': c = 0x447; break;  // ч
      case 'S': c = 0x448; break;  // ш
      case 'y': c = 0x44B; break;  // ы
      case 'U': c = 0x44E; break;  // ю
      case 'Q': c = 0x44F; break;  // я
      case 'J': c = 0x434; break;  // д + ж below
      default: continue;
    }
    if (i == 0) c -= 0x20;  // capital
    AppendUtf8(c, &out);
    if (p[i] == 'J') AppendUtf8(0x436, &out);
  }
  return out;
}

// Syllables (phonetic). Given names: start + optional middle + ending;
// surnames: two or three syllables + ending.
const std::vector<std::string> kGivenStart = {
    "nur", "a",  "aW", "ba",  "bak", "ta", "tal", "er", "as", "ku", "kur", "ma", "mar",
    "sa",  "ka", "kan", "bo", "da",  "dan", "zu", "al", "il", "ul", "Za",  "Ja", "Ha",
    "Sa",  "Co", "ra",  "ru", "ti",  "mu",  "e",  "gul", "to", "Ca"};
const std::vector<std::string> kGivenMiddle = {"ta", "la", "mi", "sa", "ri", "na", "da",
                                               "ke", "ny", "ro", "bi", "Ze"};
const std::vector<std::string> kMaleEnd = {"bek", "at", "an", "bol", "ur", "Zan", "lan",
                                           "mur", "dar", "tay", "kyt", "Han"};
const std::vector<std::string> kFemaleEnd = {"a", "gul", "ra", "na", "Zan", "ida", "ima",
                                             "ya", "ira", "lya", "nura"};
const std::vector<std::string> kSurname1 = {
    "te", "sa", "ku", "ba", "ta", "ma", "nu", "zu", "ka", "to", "ab", "du", "is", "Ja", "Za",
    "Ha", "Sa", "Ca", "er", "o",  "u",  "al", "es", "mo", "ri", "sy", "kal", "bur", "Su"};
const std::vector<std::string> kSurname2 = {
    "mir", "dyk", "sen", "kul", "rat", "man", "bar", "sul", "Sen", "raH", "ken", "lan",
    "tur", "zak", "mol", "ryk", "Zal", "Jan", "bol", "tem", "nat", "gaz", "Cin", "kyr"};
const std::vector<std::string> kSurname3 = {"a", "i", "u", "ba", "be", "ga", "da", "ta", "ra"};

bool Valid(const std::string& p) {
  // No vowel-initial syllable after a vowel, no ы after a vowel, no й
  // before a vowel: these would read differently in the two scripts.
  for (size_t i = 1; i < p.size(); ++i) {
    if (p[i] == 'y' && IsVowelSound(p[i - 1])) return false;
    if (p[i - 1] == 'W' && IsVowelSound(p[i])) return false;
    if (p[i] == 'H' && p[i - 1] == 'k') return false;
    if (IsVowelSound(p[i]) && IsVowelSound(p[i - 1]) && p[i] == p[i - 1]) return false;
  }
  return p.size() >= 4;
}

struct Vocabulary {
  std::vector<std::string> male, female, surnames;  // phonetic
};

Vocabulary MakeVocabulary(Rng& rng) {
  Vocabulary v;
  auto given = [&](const std::vector<std::string>& ends, std::vector<std::string>* out) {
    std::set<std::string> seen;
    while (out->size() < 150) {
      std::string p = rng.Pick(kGivenStart);
      if (rng.Chance(0.5)) p += rng.Pick(kGivenMiddle);
      p += rng.Pick(ends);
      if (Valid(p) && p.size() <= 9 && seen.insert(p).second) out->push_back(p);
    }
  };
  given(kMaleEnd, &v.male);
  given(kFemaleEnd, &v.female);
  std::set<std::string> seen;
  while (v.surnames.size() < 3000) {
    std::string p = rng.Pick(kSurname1) + rng.Pick(kSurname2);
    if (rng.Chance(0.4)) p += rng.Pick(kSurname3);
    double kind = rng.Real();
    if (kind < 0.2) p += "baev";  // -bayev
    else if (kind < 0.3) p += "bekov";
    else p += IsVowelSound(p.back()) ? "ev" : "ov";
    if (Valid(p) && seen.insert(p).second) v.surnames.push_back(p);
  }
  return v;
}

// ---- The collection -------------------------------------------------------------

const std::vector<std::string> kCountries = {"KG", "KZ", "UZ", "TJ", "TM", "RU", "AZ"};
const std::vector<int> kCountryWeight = {30, 25, 15, 10, 5, 10, 5};
const std::vector<std::string> kPublishers = {
    "Steppe Rights Monitor", "Freedom Watch Central", "Open Courts Bulletin",
    "Caspian Rights Network", "Detention Observer",  "Vesti Pravo Daily",
    "Kolonia Info",           "Mountain Legal Aid"};

struct TrueEvent {
  std::string type;
  int day;  // days since 2015-01-01
  std::string duration;
};

struct Human {
  std::string given, surname;  // phonetic
  std::string father;          // phonetic; set for "X uulu/kyzy" names
  bool female = false;
  std::string country, role, title;
  int facility = 0;
  std::vector<TrueEvent> events;
};

std::string DateOf(int day) {
  // 2015-01-01 + day, civil calendar.
  static const int kMonthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int y = 2015;
  for (;;) {
    int len = (y % 4 == 0) ? 366 : 365;
    if (day < len) break;
    day -= len;
    ++y;
  }
  int m = 0;
  for (;; ++m) {
    int len = kMonthDays[m] + (m == 1 && y % 4 == 0);
    if (day < len) break;
    day -= len;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m + 1, day + 1);
  return buf;
}

constexpr int kLastDay = 4017;  // 2025-12-31

struct Collection {
  ResolveInput input;
  std::vector<int> truth;  // human of each ref
  int humans = 0;          // humans with at least one ref
  std::string top_surname;
  int top_surname_humans = 0, top_surname_refs = 0;
  int namesakes = 0;  // humans whose full name another human also carries
};

// The written form of a human's name in one mention.
struct Mention {
  std::string name;
  std::vector<std::string> variants;
};

std::string GivenLatin(const Human& h, const Style& st) { return Latin(h.given, st); }

std::string SurnameLatin(const Human& h, const Style& st) {
  if (h.father.empty()) return Latin(h.surname, st);
  return Latin(h.father, st) + (h.female ? " kyzy" : " uulu");
}

std::string SurnameCyrillic(const Human& h) {
  if (h.father.empty()) return Cyrillic(h.surname);
  return Cyrillic(h.father) + (h.female ? " \u043A\u044B\u0437\u044B" : " \u0443\u0443\u043B\u0443");
}

std::string Upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

Style RandomStyle(Rng& rng) {
  Style st;
  st.ye = rng.Chance(0.5);
  st.zh_as_j = rng.Chance(0.4);
  st.dzh = rng.Chance(0.4);
  st.kh_as_h = rng.Chance(0.3);
  st.doubled = rng.Chance(0.25);
  return st;
}

Mention MakeMention(const Human& h, Rng& rng) {
  Mention m;
  const Style canonical;
  double r = rng.Real();
  Style st = r < 0.35 ? canonical : RandomStyle(rng);
  std::string given = GivenLatin(h, st), surname = SurnameLatin(h, st);
  std::string full = given + " " + surname;
  bool full_form = true;
  if (r < 0.55) {
    m.name = full;  // as written, or a transliteration variant
  } else if (r < 0.65) {
    m.name = surname + " " + given;
  } else if (r < 0.77) {
    // An initial: the first sound as written (B., Zh., Sh., Ya.).
    m.name = Latin(h.given.substr(0, 1), st) + ". " + surname;
    full_form = false;
  } else if (r < 0.85) {
    m.name = surname;
    full_form = false;
  } else if (r < 0.95) {
    std::string g = Cyrillic(h.given), s = SurnameCyrillic(h);
    m.name = rng.Chance(0.5) ? g + " " + s : s + " " + g;
  } else {
    m.name = Upper(surname) + " " + given;
  }
  // The other forms the document uses.
  if (full_form && rng.Chance(0.5)) m.variants.push_back(surname);
  if (!full_form && rng.Chance(0.3)) m.variants.push_back(full);
  if (rng.Chance(0.1)) m.variants.push_back(Cyrillic(h.given) + " " + SurnameCyrillic(h));
  if (!h.father.empty() && rng.Chance(0.2))  // Russified: Asanbekov
    m.variants.push_back(given + " " + Latin(h.father, st) + (h.female ? "ova" : "ov"));
  std::erase(m.variants, m.name);
  return m;
}

std::string DatePrecision(int day, Rng& rng) {
  double r = rng.Real();
  std::string d = DateOf(day);
  if (r < 0.60) return d;
  if (r < 0.80) return d.substr(0, 7);
  if (r < 0.90) return d.substr(0, 4);
  if (r < 0.95) return "";
  return DateOf(std::min(kLastDay, day + rng.Between(1, 3)));  // a source off by days
}

Collection Generate(int n, const Vocabulary& voc, uint64_t seed) {
  Rng rng(seed * 1000003 + static_cast<uint64_t>(n));
  Collection c;
  const int h_count = std::max(1, n / 4);
  Zipf surname_zipf(voc.surnames.size(), 10, 1.0);
  Zipf given_zipf(voc.male.size(), 10, 1.0);
  std::vector<int> cw_cum;
  for (int w : kCountryWeight) cw_cum.push_back((cw_cum.empty() ? 0 : cw_cum.back()) + w);
  auto country = [&] {
    int x = static_cast<int>(rng.Below(static_cast<uint64_t>(cw_cum.back())));
    return kCountries[static_cast<size_t>(std::upper_bound(cw_cum.begin(), cw_cum.end(), x) - cw_cum.begin())];
  };

  std::vector<Human> humans(static_cast<size_t>(h_count));
  for (auto& h : humans) {
    h.female = rng.Chance(0.3);
    h.given = (h.female ? voc.female : voc.male)[given_zipf.Draw(rng)];
    h.country = country();
    if (h.country == "KG" && rng.Chance(0.3)) {
      h.father = voc.male[given_zipf.Draw(rng)];
    } else {
      h.surname = voc.surnames[surname_zipf.Draw(rng)];
      if (h.female) h.surname += "a";
    }
    double role = rng.Real();
    if (role < 0.08) {
      h.role = "official";
      h.title = rng.Chance(0.5) ? "judge" : "prosecutor";
      continue;
    }
    h.role = role < 0.13 ? "lawyer" : "subject";
    if (h.role == "lawyer") continue;
    h.facility = rng.Between(1, 60);
    int arrest = rng.Between(0, kLastDay - 550);
    h.events.push_back({"arrest", arrest, ""});
    int end = kLastDay;
    if (rng.Chance(0.8)) {
      int sentence = arrest + rng.Between(60, 400);
      int years = rng.Between(2, 12);
      h.events.push_back({"sentence", sentence, "P" + std::to_string(years) + "Y"});
      if (rng.Chance(0.4)) {
        int release = sentence + rng.Between(200, 1500);
        if (release <= kLastDay) h.events.push_back({"release", end = release, ""});
      }
    }
    if (rng.Chance(0.3)) h.events.push_back({"health", rng.Between(arrest + 1, std::max(arrest + 1, end)), ""});
  }

  // Refs: most humans a few times, a few prominent ones many times.
  std::vector<int> who(static_cast<size_t>(n));
  const int prominent = std::max(1, h_count / 50);
  for (auto& w : who)
    w = rng.Chance(0.1) ? static_cast<int>(rng.Below(static_cast<uint64_t>(prominent)))
                        : static_cast<int>(rng.Below(static_cast<uint64_t>(h_count)));
  // Documents of ~5 refs, never the same human twice in one.
  std::vector<std::vector<int>> docs;
  std::vector<int> pending(who.begin(), who.end());
  size_t next = 0;
  std::vector<int> deferred;
  while (next < pending.size() || !deferred.empty()) {
    int size = rng.Between(1, 9);
    std::vector<int> doc;
    std::vector<int> carry;
    auto take = [&](int hm) {
      if (std::find(doc.begin(), doc.end(), hm) != doc.end()) carry.push_back(hm);
      else doc.push_back(hm);
    };
    for (int hm : deferred)
      if (static_cast<int>(doc.size()) < size) take(hm);
      else carry.push_back(hm);
    while (static_cast<int>(doc.size()) < size && next < pending.size()) take(pending[next++]);
    deferred = std::move(carry);
    if (doc.empty()) {  // only repeats left: one per document
      doc.push_back(deferred.back());
      deferred.pop_back();
    }
    docs.push_back(std::move(doc));
  }

  ResolveInput& in = c.input;
  std::vector<int> mentioned(humans.size(), 0);
  uint32_t offset = 0;
  for (size_t d = 0; d < docs.size(); ++d) {
    SourceDoc doc;
    doc.id = static_cast<int64_t>(d + 1);
    doc.title = "Report " + std::to_string(doc.id);
    doc.publisher = rng.Pick(kPublishers);
    doc.published = DateOf(rng.Between(0, kLastDay));
    std::unordered_map<std::string, int> countries;
    for (int hm : docs[d]) {
      const Human& h = humans[static_cast<size_t>(hm)];
      ++countries[h.country];
      ++mentioned[static_cast<size_t>(hm)];
      Mention m = MakeMention(h, rng);
      PersonRef ref;
      ref.doc_id = doc.id;
      ref.name = std::move(m.name);
      ref.variants = std::move(m.variants);
      ref.role = h.role;
      ref.title = h.title;
      double cr = rng.Real();
      ref.country = cr < 0.65 ? h.country : cr < 0.70 ? country() : "";
      const int ref_index = static_cast<int>(in.refs.size());
      in.refs.push_back(std::move(ref));
      c.truth.push_back(hm);
      // 0-3 of the human's events, as this document dates them.
      double er = rng.Real();
      size_t k = er < 0.25 ? 0 : er < 0.60 ? 1 : er < 0.85 ? 2 : 3;
      std::vector<TrueEvent> evs = h.events;
      for (size_t i = 0; i < evs.size(); ++i) std::swap(evs[i], evs[i + rng.Below(evs.size() - i)]);
      for (size_t i = 0; i < std::min(k, evs.size()); ++i) {
        SourceEvent e;
        e.ref = ref_index;
        e.doc_id = doc.id;
        e.type = evs[i].type;
        e.date = DatePrecision(evs[i].day, rng);
        if (e.type != "release" && rng.Chance(0.3))
          e.place = "Penal Colony No. " + std::to_string(h.facility);
        e.country = rng.Chance(0.8) ? h.country : "";
        if (e.type == "sentence" && rng.Chance(0.7))
          e.duration = rng.Chance(0.95) ? evs[i].duration : "P" + std::to_string(rng.Between(1, 15)) + "Y";
        e.start = offset;
        e.end = offset += 60;
        offset += 40;
        e.quote = e.type + " reported";
        in.events.push_back(std::move(e));
      }
    }
    int best = 0;
    for (const auto& k : kCountries)
      if (countries.count(k) && countries[k] > best) best = countries[k], doc.country = k;
    if (rng.Chance(0.2)) doc.country.clear();
    in.docs.push_back(std::move(doc));
  }

  // Collection figures: humans present, the commonest surname, namesakes.
  std::unordered_map<std::string, std::pair<int, int>> by_surname;  // humans, refs
  std::unordered_map<std::string, int> by_full;
  for (size_t i = 0; i < humans.size(); ++i) {
    if (!mentioned[i]) continue;
    ++c.humans;
    const Human& h = humans[i];
    std::string s = h.father.empty() ? h.surname : h.father + "/uulu";
    if (h.female && h.father.empty()) s.pop_back();  // -ova and -ov: one surname
    ++by_surname[s].first;
    by_surname[s].second += mentioned[i];
    ++by_full[h.given + " " + (h.father.empty() ? h.surname : h.father)];
  }
  for (const auto& [s, hr] : by_surname) {
    if (hr.first > c.top_surname_humans || (hr.first == c.top_surname_humans && s < c.top_surname)) {
      c.top_surname = s;
      c.top_surname_humans = hr.first;
      c.top_surname_refs = hr.second;
    }
  }
  for (size_t i = 0; i < humans.size(); ++i) {
    if (!mentioned[i]) continue;
    const Human& h = humans[i];
    c.namesakes += by_full[h.given + " " + (h.father.empty() ? h.surname : h.father)] > 1;
  }
  if (!c.top_surname.empty() && c.top_surname.find('/') == std::string::npos)
    c.top_surname = Latin(c.top_surname, Style{});
  return c;
}

// ---- Quality ----------------------------------------------------------------------

struct PairScore {
  double precision = 0, recall = 0, f1 = 0;
};

// Pairwise precision and recall: pairs of refs of one true human against
// pairs of refs of one resolved person, counted through cluster sizes.
PairScore ScorePairs(const std::vector<int>& truth, const Resolution& res) {
  auto pairs = [](int64_t c) { return c * (c - 1) / 2; };
  std::vector<int> resolved(truth.size(), -1);
  int64_t predicted = 0;
  for (size_t p = 0; p < res.persons.size(); ++p) {
    predicted += pairs(static_cast<int64_t>(res.persons[p].refs.size()));
    for (int r : res.persons[p].refs) resolved[static_cast<size_t>(r)] = static_cast<int>(p);
  }
  std::unordered_map<int, int64_t> true_sizes;
  std::unordered_map<uint64_t, int64_t> cells;
  for (size_t i = 0; i < truth.size(); ++i) {
    ++true_sizes[truth[i]];
    ++cells[(static_cast<uint64_t>(truth[i]) << 32) | static_cast<uint32_t>(resolved[i])];
  }
  int64_t actual = 0, both = 0;
  for (const auto& [h, s] : true_sizes) actual += pairs(s);
  for (const auto& [k, s] : cells) both += pairs(s);
  PairScore ps;
  ps.precision = predicted ? static_cast<double>(both) / static_cast<double>(predicted) : 1;
  ps.recall = actual ? static_cast<double>(both) / static_cast<double>(actual) : 1;
  ps.f1 = ps.precision + ps.recall > 0 ? 2 * ps.precision * ps.recall / (ps.precision + ps.recall) : 0;
  return ps;
}

// Share of Latin spellings whose matching key differs from the key of the
// canonical spelling: 0 when the generator's variants are ones NameKey folds.
double KeyMismatchRate(const Vocabulary& voc, Rng& rng) {
  int total = 0, differ = 0;
  for (const auto* list : {&voc.male, &voc.female, &voc.surnames}) {
    for (const auto& p : *list) {
      std::string key = dossier::nlp::NameKey(Latin(p, Style{}));
      ++total;
      differ += dossier::nlp::NameKey(Latin(p, RandomStyle(rng))) != key ||
                dossier::nlp::NameKey(Cyrillic(p)) != key;
    }
  }
  return total ? static_cast<double>(differ) / total : 0;
}

std::vector<int> ParseSizes(const std::string& s) {
  std::vector<int> out;
  size_t p = 0;
  while (p <= s.size()) {
    size_t e = s.find(',', p);
    if (e == std::string::npos) e = s.size();
    if (e > p) out.push_back(std::stoi(s.substr(p, e - p)));
    p = e + 1;
  }
  return out;
}

// 10000 -> "10k".
std::string Short(int64_t n) {
  char buf[32];
  if (n >= 1000 && n % 1000 == 0) std::snprintf(buf, sizeof buf, "%lldk", static_cast<long long>(n / 1000));
  else std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(n));
  return buf;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<int> sizes = {10000, 30000, 100000};
  uint64_t seed = 42;
  int runs = 3;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--sizes" && i + 1 < argc) sizes = ParseSizes(argv[++i]);
    else if (a == "--seed" && i + 1 < argc) seed = std::stoull(argv[++i]);
    else if (a == "--runs" && i + 1 < argc) runs = std::max(1, std::stoi(argv[++i]));
    else {
      std::fprintf(stderr, "usage: resolve_bench [--sizes 10000,30000,100000] [--seed N] [--runs N]\n");
      return 2;
    }
  }
  if (sizes.empty()) {
    std::fprintf(stderr, "resolve_bench: --sizes is empty\n");
    return 2;
  }
  Rng voc_rng(seed);
  const Vocabulary voc = MakeVocabulary(voc_rng);
  std::printf("vocabulary         %zu male + %zu female given names, %zu surnames; %.1f%% of variant spellings have another NameKey\n",
              voc.male.size(), voc.female.size(), voc.surnames.size(),
              100 * KeyMismatchRate(voc, voc_rng));
  std::printf("\n%-8s %-7s %-7s %-7s %-7s %-9s %-9s %-8s %-9s %-7s %-7s %-7s\n", "persons",
              "humans", "found", "docs", "events", "time", "cpu", "refs/s", "peak RSS", "pair P",
              "pair R", "pair F1");
  std::fflush(stdout);

  std::vector<std::string> notes;
  std::vector<double> times, cpu_times;
  for (int n : sizes) {
    auto g0 = Clock::now();
    Collection c = Generate(n, voc, seed);
    double gen_s = Seconds(g0, Clock::now());
    const int reps = n <= 30000 ? runs : 1;
    std::vector<double> t, cpu;
    Resolution res;
    for (int r = 0; r < reps; ++r) {
      res = {};
      auto t0 = Clock::now();
      double c0 = CpuSeconds();
      res = dossier::resolve::Resolve(c.input);
      cpu.push_back(CpuSeconds() - c0);
      t.push_back(Seconds(t0, Clock::now()));
    }
    std::sort(t.begin(), t.end());
    std::sort(cpu.begin(), cpu.end());
    double secs = t[t.size() / 2], cpu_secs = cpu[cpu.size() / 2];
    times.push_back(secs);
    cpu_times.push_back(cpu_secs);
    PairScore ps = ScorePairs(c.truth, res);
    auto fmt_secs = [](double x) {
      char buf[32];
      std::snprintf(buf, sizeof buf, x < 10 ? "%.3f s" : "%.1f s", x);
      return std::string(buf);
    };
    char rss_buf[32];
    std::snprintf(rss_buf, sizeof rss_buf, "%ld MB", PeakRssMb());
    std::printf("%-8d %-7d %-7zu %-7zu %-7zu %-9s %-9s %-8s %-9s %-7.3f %-7.3f %-7.3f\n", n,
                c.humans, res.persons.size(), c.input.docs.size(), c.input.events.size(),
                fmt_secs(secs).c_str(), fmt_secs(cpu_secs).c_str(),
                std::to_string(static_cast<int64_t>(n / secs)).c_str(), rss_buf, ps.precision, ps.recall,
                ps.f1);
    std::fflush(stdout);
    char note[256];
    std::snprintf(note, sizeof note,
                  "%-8d commonest surname %s: %d humans, %d refs; %d humans (%.1f%%) share their full name; generated in %.2f s",
                  n, c.top_surname.c_str(), c.top_surname_humans, c.top_surname_refs, c.namesakes,
                  c.humans ? 100.0 * c.namesakes / c.humans : 0.0, gen_s);
    notes.push_back(note);
  }
  if (sizes.size() >= 2 && times.front() > 0) {
    double input_ratio = static_cast<double>(sizes.back()) / sizes.front();
    std::printf("scaling %s -> %s: x%.1f time (x%.1f cpu) for x%.1f input (quadratic would be x%.0f)\n",
                Short(sizes.front()).c_str(), Short(sizes.back()).c_str(),
                times.back() / times.front(), cpu_times.back() / cpu_times.front(), input_ratio,
                input_ratio * input_ratio);
  }
  std::printf("\n");
  for (const auto& n : notes) std::printf("%s\n", n.c_str());
  return 0;
}
