#include "nlp/russian.h"

#include <hunspell.hxx>

#include <algorithm>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "base/hash.h"
#include "base/text.h"
#include "nlp/lexicon.h"

namespace dossier::nlp {
namespace {

constexpr const char* kAffix = "/usr/share/hunspell/ru_RU.aff";
constexpr const char* kDictionary = "/usr/share/hunspell/ru_RU.dic";

bool IsCyrillic(std::string_view w) {
  size_t i = 0;
  char32_t c = w.empty() ? 0 : NextCodePoint(w, &i);
  return c >= 0x400 && c <= 0x4FF;
}

// The dictionary, loaded once; Hunspell objects are not safe for
// concurrent use, so calls are serialised and their answers cached.
class Dictionary {
 public:
  static Dictionary& Get() {
    static Dictionary* d = new Dictionary();
    return *d;
  }

  bool Spell(std::string_view word) {
    std::lock_guard<std::mutex> lock(mu_);
    if (!hunspell_) return false;
    auto it = spell_cache_.find(word);
    if (it != spell_cache_.end()) return it->second;
    if (spell_cache_.size() > 200000) spell_cache_.clear();  // bounded memory
    bool ok = hunspell_->spell(std::string(word));
    spell_cache_.emplace(std::string(word), ok);
    return ok;
  }

 private:
  Dictionary() {
    if (FILE* f = std::fopen(kDictionary, "r")) {
      std::fclose(f);
      hunspell_ = std::make_unique<Hunspell>(kAffix, kDictionary);
    }
  }

  std::mutex mu_;
  std::unique_ptr<Hunspell> hunspell_;
  StringMap<bool> spell_cache_;
};

const StringMap<char>& GivenNames() {
  static const auto* names = [] {
    auto* m = new StringMap<char>();
    for (const auto& line : DataLines("lexicons/given_names_cyrillic.tsv")) {
      auto cols = Split(line, '\t');
      if (cols.size() < 2 || cols[1].empty()) continue;
      auto [it, added] = m->emplace(std::string(cols[0]), cols[1][0]);
      if (!added && it->second != cols[1][0]) it->second = 0;  // either gender
    }
    return m;
  }();
  return *names;
}

// Grammatical cases as bits.
enum : unsigned { kNom = 1, kGen = 2, kDat = 4, kAcc = 8, kIns = 16, kPre = 32, kAll = 63 };

struct Reading {
  std::string nominative;
  char gender;     // 'm', 'f' or 0 (either)
  unsigned cases;  // the cases this form can be in
  int quality;     // how sure: a known given name beats an ending
};

bool EndsWith(std::string_view w, std::string_view e) {
  return w.size() > e.size() && w.ends_with(e);
}

std::string Stem(std::string_view w, std::string_view ending) {
  return std::string(w.substr(0, w.size() - ending.size()));
}

bool EndsWithConsonant(std::string_view w) {
  if (w.empty()) return false;
  size_t i = w.size();
  char32_t c = PrevCodePoint(w, &i);
  static const std::u32string kVowels = U"аеёиоуыэюяьъйАЕЁИОУЫЭЮЯЬЪЙ";
  return c >= 0x400 && c <= 0x4FF && kVowels.find(c) == std::u32string::npos;
}

// Readings of a word as a given name: the nominative it declines from,
// when that is a known name.
void GivenReadings(std::string_view w, std::vector<Reading>* out) {
  const auto& names = GivenNames();
  if (auto it = names.find(w); it != names.end()) {
    // Names that do not decline stand in every case: "Алсу", "Айгерим",
    // "Жибек" (a woman's name ending in a hard consonant), "Нелли".
    bool indeclinable = false;
    for (std::string_view e : {"у", "ю", "и", "е", "о", "э"}) {
      indeclinable = indeclinable || EndsWith(w, e);
    }
    if (it->second == 'f' && EndsWithConsonant(w)) indeclinable = true;
    out->push_back({std::string(w), it->second, indeclinable ? kAll : kNom, 4});
  }
  struct Rule {
    std::string_view ending, replacement;
    unsigned cases;
  };
  static const Rule kRules[] = {
      // Masculine: Иван, Игорь, Дмитрий.
      {"а", "", kGen | kAcc}, {"у", "", kDat}, {"ом", "", kIns}, {"ем", "", kIns}, {"е", "", kPre},
      {"я", "й", kGen | kAcc}, {"ю", "й", kDat}, {"ем", "й", kIns}, {"е", "й", kPre},
      {"и", "й", kPre}, {"я", "ь", kGen | kAcc}, {"ю", "ь", kDat}, {"ем", "ь", kIns},
      {"е", "ь", kPre},
      // In -а/-я (Марина, Никита, Мария, Наталья).
      {"ы", "а", kGen}, {"и", "а", kGen}, {"е", "а", kDat | kPre}, {"у", "а", kAcc},
      {"ой", "а", kIns}, {"ою", "а", kIns}, {"и", "я", kGen | kDat | kPre}, {"е", "я", kDat | kPre},
      {"ю", "я", kAcc}, {"ей", "я", kIns}, {"ью", "ь", kIns}, {"и", "ь", kGen | kDat | kPre}};
  for (const auto& r : kRules) {
    if (!EndsWith(w, r.ending)) continue;
    std::string nom = Stem(w, r.ending) + std::string(r.replacement);
    auto it = names.find(nom);
    if (it == names.end()) continue;
    out->push_back({nom, it->second, r.cases, 4});
  }
}

// Readings as a patronymic: "Витальевича" -> "Витальевич" (genitive).
void PatronymicReadings(std::string_view w, std::vector<Reading>* out) {
  struct Rule {
    std::string_view ending, replacement;
    char gender;
    unsigned cases;
  };
  static const Rule kRules[] = {
      {"вич", "вич", 'm', kNom},   {"вича", "вич", 'm', kGen | kAcc}, {"вичу", "вич", 'm', kDat},
      {"вичем", "вич", 'm', kIns}, {"виче", "вич", 'm', kPre},       {"ьич", "ьич", 'm', kNom},
      {"ьича", "ьич", 'm', kGen | kAcc}, {"ьичу", "ьич", 'm', kDat}, {"ьичем", "ьич", 'm', kIns},
      {"вна", "вна", 'f', kNom},   {"вны", "вна", 'f', kGen},        {"вне", "вна", 'f', kDat | kPre},
      {"вну", "вна", 'f', kAcc},   {"вной", "вна", 'f', kIns},       {"чна", "чна", 'f', kNom},
      {"чны", "чна", 'f', kGen},   {"чне", "чна", 'f', kDat | kPre}, {"чну", "чна", 'f', kAcc},
      {"чной", "чна", 'f', kIns}};
  for (const auto& r : kRules) {
    if (Utf8Length(w) < Utf8Length(r.ending) + 3 || !w.ends_with(r.ending)) continue;
    out->push_back({Stem(w, r.ending) + std::string(r.replacement), r.gender, r.cases, 4});
  }
}

// Readings as a surname, by its ending.
void SurnameReadings(std::string_view w, std::vector<Reading>* out) {
  if (Utf8Length(w) < 4) return;
  struct Rule {
    std::string_view ending, replacement;
    char gender;
    unsigned cases;
  };
  // Adjectival surnames: Загорский / Загорская.
  static const Rule kAdjectival[] = {
      {"ский", "ский", 'm', kNom}, {"ского", "ский", 'm', kGen | kAcc}, {"скому", "ский", 'm', kDat},
      {"ским", "ский", 'm', kIns}, {"ском", "ский", 'm', kPre},         {"ская", "ская", 'f', kNom},
      {"ской", "ская", 'f', kGen | kDat | kIns | kPre}, {"скую", "ская", 'f', kAcc},
      {"цкий", "цкий", 'm', kNom}, {"цкого", "цкий", 'm', kGen | kAcc}, {"цкому", "цкий", 'm', kDat},
      {"цким", "цкий", 'm', kIns}, {"цком", "цкий", 'm', kPre},         {"цкая", "цкая", 'f', kNom},
      {"цкой", "цкая", 'f', kGen | kDat | kIns | kPre}, {"цкую", "цкая", 'f', kAcc}};
  for (const auto& r : kAdjectival) {
    if (!EndsWith(w, r.ending)) continue;
    out->push_back({Stem(w, r.ending) + std::string(r.replacement), r.gender, r.cases, 2});
    return;
  }
  // Possessive surnames: Петров / Петрова, Ильин / Ильина.
  for (std::string_view suffix : {"ов", "ев", "ёв", "ин", "ын"}) {
    struct Form {
      std::string_view ending;  // after the suffix
      char gender;
      unsigned cases;
      bool feminine_base;  // the nominative is suffix + "а"
    };
    static const Form kForms[] = {
        {"", 'm', kNom, false},        {"а", 'm', kGen | kAcc, false}, {"у", 'm', kDat, false},
        {"ым", 'm', kIns, false},      {"е", 'm', kPre, false},        {"а", 'f', kNom, true},
        {"ой", 'f', kGen | kDat | kIns | kPre, true}, {"у", 'f', kAcc, true}};
    for (const auto& f : kForms) {
      std::string ending = std::string(suffix) + std::string(f.ending);
      if (!EndsWith(w, ending) || Utf8Length(w) < Utf8Length(ending) + 2) continue;
      std::string base = Stem(w, f.ending);
      out->push_back({f.feminine_base ? base + "а" : base, f.gender, f.cases, 2});
    }
    if (!out->empty()) return;
  }
  // Indeclinable: Бондаренко, Шевченко, Черных, Гоголадзе, Церетели.
  for (std::string_view e : {"ко", "о", "их", "ых", "дзе", "швили", "ия", "и", "у", "ю", "э", "е"}) {
    if (EndsWith(w, e)) {
      out->push_back({std::string(w), 0, kAll, 1});
      return;
    }
  }
  // In -а/-я: Сковорода, Сковороды, Сковороде, Сковороду, Сковородой.
  struct Rule2 {
    std::string_view ending, replacement;
    unsigned cases;
  };
  static const Rule2 kFeminineDeclension[] = {{"а", "а", kNom}, {"я", "я", kNom}, {"ы", "а", kGen},
                                              {"ой", "а", kIns}};
  for (const auto& r : kFeminineDeclension) {
    if (!EndsWith(w, r.ending)) continue;
    std::string base = Stem(w, r.ending);
    if (!EndsWithConsonant(base)) continue;
    // "Курбацевича", "Ковальчука", "Акопяна": masculine surnames in the
    // genitive; these never take -а in the nominative.
    bool masculine_suffix = false;
    for (std::string_view e : {"ич", "ук", "юк", "ян", "ец", "як"}) {
      masculine_suffix = masculine_suffix || base.ends_with(e);
    }
    if (masculine_suffix) continue;
    out->push_back({base + std::string(r.replacement), 0, r.cases, 1});
  }
  // Ending in a consonant: Курбацевич, Акопян; women's forms do not decline.
  if (EndsWithConsonant(w)) {
    out->push_back({std::string(w), 0, kNom, 1});
    out->push_back({std::string(w), 'f', kAll, 1});
  }
  static const Rule2 kConsonant[] = {{"а", "", kGen | kAcc}, {"у", "", kDat}, {"ом", "", kIns},
                                     {"ем", "", kIns}, {"е", "", kPre},    {"я", "ь", kGen | kAcc},
                                     {"ю", "ь", kDat}, {"ем", "ь", kIns},  {"я", "й", kGen | kAcc},
                                     {"ю", "й", kDat}, {"ем", "й", kIns}};
  for (const auto& r : kConsonant) {
    if (!EndsWith(w, r.ending)) continue;
    std::string base = Stem(w, r.ending);
    if (r.replacement.empty() && !EndsWithConsonant(base)) continue;
    if (Utf8Length(base) < 3) continue;
    out->push_back({base + std::string(r.replacement), 'm', r.cases, 1});
  }
}

// Turkic patronymic words: "Асанбек уулу" (son of Asanbek), "Жыргал
// кызы"; the father's name before them does not decline.
bool IsTurkicPatronymic(std::string_view l) {
  return l == "уулу" || l == "улы" || l == "кызы" || l == "оглы" || l == "угли" || l == "кизи" ||
         l == "гызы";
}

}  // namespace

bool IsRussianCommonWord(std::string_view lower_word) {
  if (!IsCyrillic(lower_word)) return false;
  // Hunspell converts every word to UTF-16 and tries its affixes: memoised
  // per thread, as the words of a language recur.
  thread_local BoundedMemo<bool> known(100000);
  return known.Get(lower_word, [&] { return Dictionary::Get().Spell(lower_word); });
}

char CyrillicGivenNameGender(std::string_view name) {
  if (!IsCyrillic(name)) return 0;
  // Asked for many words of a text: memoised per thread.
  thread_local BoundedMemo<char> genders(100000);
  return genders.Get(name, [&] {
    std::vector<Reading> readings;
    GivenReadings(name, &readings);
    char g = 0;
    for (const auto& r : readings) {
      if (g && r.gender != g) return char{0};
      g = r.gender;
    }
    return g;
  });
}

bool IsCyrillicPatronymic(std::string_view word) {
  if (!IsCyrillic(word)) return false;
  // The endings are lower case in any capitalised word: no case mapping.
  static constexpr std::string_view kEndings[] = {
      "вич", "вича", "вичу", "вичем", "виче", "ьич", "ьича", "ьичу", "ьичем", "вна", "вны",
      "вне", "вну", "вной", "чна", "чны", "чне", "чну", "чной"};
  for (std::string_view e : kEndings) {
    // Three letters of stem at least: two bytes each in Cyrillic.
    if (word.size() >= e.size() + 6 && word.ends_with(e)) return true;
  }
  return false;
}

namespace {
std::vector<std::string> ReadNominative(const std::vector<std::string>& parts, char gender,
                                        char* gender_out);
}  // namespace

std::vector<std::string> NominativeName(const std::vector<std::string>& parts, char gender,
                                        char* gender_out) {
  if (gender_out) *gender_out = 0;
  bool cyrillic = !parts.empty();
  for (const auto& p : parts) cyrillic = cyrillic && IsCyrillic(p);
  if (!cyrillic) return parts;
  // The same names come back in every sentence: memoised per thread.
  struct Read {
    std::vector<std::string> parts;
    char gender;
  };
  thread_local StringMap<Read> cache;
  std::string key(1, gender ? gender : '-');
  for (const auto& p : parts) (key += ' ') += p;
  if (auto it = cache.find(key); it != cache.end()) {
    if (gender_out) *gender_out = it->second.gender;
    return it->second.parts;
  }
  char read = 0;
  auto out = ReadNominative(parts, gender, &read);
  if (cache.size() > 50000) cache.clear();  // bounded memory
  cache.emplace(std::move(key), Read{out, read});
  if (gender_out) *gender_out = read;
  return out;
}

namespace {
std::vector<std::string> ReadNominative(const std::vector<std::string>& parts, char gender,
                                        char* gender_out) {
  // Readings of every part.
  std::vector<std::vector<Reading>> readings(parts.size());
  std::vector<bool> fixed(parts.size(), false);  // does not decline here
  for (size_t i = 0; i < parts.size(); ++i) {
    const std::string& w = parts[i];
    std::string lower = ToLower(w);
    if (IsTurkicPatronymic(lower)) {
      fixed[i] = true;
      if (i > 0) fixed[i - 1] = true;
      if (lower == "кызы" || lower == "гызы" || lower == "кизи") gender = gender ? gender : 'f';
      if (lower == "уулу" || lower == "улы" || lower == "оглы" || lower == "угли") {
        gender = gender ? gender : 'm';
      }
    }
    if (Utf8Length(w) <= 2) fixed[i] = true;  // an initial
  }
  for (size_t i = 0; i < parts.size(); ++i) {
    if (fixed[i]) continue;
    GivenReadings(parts[i], &readings[i]);
    PatronymicReadings(parts[i], &readings[i]);
    SurnameReadings(parts[i], &readings[i]);
  }
  // The case and gender the parts agree on best; the nominative and the
  // known gender win ties.
  int best_score = -1000;
  unsigned best_case = kNom;
  char best_gender = 0;
  for (unsigned c = kNom; c <= kPre; c <<= 1) {
    for (char g : {'m', 'f'}) {
      int score = 0;
      for (size_t i = 0; i < parts.size(); ++i) {
        if (fixed[i]) continue;
        int q = -3;  // nothing reads this part so
        for (const auto& r : readings[i]) {
          if ((r.cases & c) && (!r.gender || r.gender == g)) q = std::max(q, r.quality);
        }
        score += q;
      }
      score *= 4;
      if (c == kNom) score += 2;
      if (gender && g == gender) score += 3;
      if (score > best_score) {
        best_score = score;
        best_case = c;
        best_gender = g;
      }
    }
  }
  std::vector<std::string> out = parts;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (fixed[i]) continue;
    const Reading* pick = nullptr;
    for (const auto& r : readings[i]) {
      if ((r.cases & best_case) && (!r.gender || r.gender == best_gender) &&
          (!pick || r.quality > pick->quality)) {
        pick = &r;
      }
    }
    if (pick) out[i] = pick->nominative;
  }
  if (gender_out) *gender_out = best_gender;
  return out;
}
}  // namespace

}  // namespace dossier::nlp
