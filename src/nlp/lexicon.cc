#include "nlp/lexicon.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <unordered_map>

#include "nlp/names.h"

#include "base/embedded_data.h"
#include "base/text.h"

namespace dossier::nlp {

std::vector<std::string> DataLines(std::string_view name) {
  std::vector<std::string> out;
  auto data = data::Find(name);
  if (!data) return out;
  for (auto line : Split(*data, '\n')) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    auto t = TrimView(line);
    if (t.empty() || t.front() == '#') continue;
    out.emplace_back(line);
  }
  return out;
}

namespace {

size_t WordCount(std::string_view s) {
  size_t n = 0;
  for (auto w : Split(s, ' ')) n += !w.empty();
  return n;
}

// The translations of a gettext catalogue (.mo): msgid -> msgstr; empty
// when the file is missing or not one.
std::unordered_map<std::string, std::string> ReadMoCatalogue(const std::string& path) {
  std::unordered_map<std::string, std::string> out;
  std::ifstream in(path, std::ios::binary);
  if (!in) return out;
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto word = [&](size_t at, bool swap) -> uint32_t {
    if (at + 4 > data.size()) return 0;
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      uint32_t b = static_cast<unsigned char>(data[at + (swap ? 3 - i : i)]);
      v |= b << (8 * i);
    }
    return v;
  };
  const uint32_t magic = word(0, false);
  bool swap = false;
  if (magic == 0xde120495) swap = true;
  else if (magic != 0x950412de) return out;
  uint32_t n = word(8, swap), originals = word(12, swap), translations = word(16, swap);
  auto entry = [&](uint32_t table, uint32_t i) -> std::string {
    uint32_t len = word(table + 8 * i, swap), off = word(table + 8 * i + 4, swap);
    if (static_cast<size_t>(off) + len > data.size()) return "";
    return data.substr(off, len);
  };
  for (uint32_t i = 0; i < n && i < 100000; ++i) {
    std::string id = entry(originals, i), tr = entry(translations, i);
    if (!id.empty() && !tr.empty()) out.emplace(std::move(id), std::move(tr));
  }
  return out;
}

// The case forms of a Russian country name, nominative first: "Турция",
// "Турции", "Турцию", "Турцией"; "Нидерланды", "Нидерландов"; "Южная
// Корея", "Южной Кореи". The last word declines as a noun, a word before
// it in -ая/-ий/-ый as an adjective.
std::vector<std::string> RussianCaseForms(const std::string& name) {
  auto words = Split(name, ' ');
  if (words.empty() || words.size() > 3) return {name};
  auto noun_forms = [](std::string_view w) -> std::vector<std::string> {
    std::string s(w);
    auto ends = [&](std::string_view e) { return s.size() > e.size() + 2 && s.ends_with(e); };
    auto stem = [&](size_t n) { return s.substr(0, s.size() - n); };
    if (ends("ия")) return {s, stem(4) + "ии", stem(4) + "ию", stem(4) + "ией"};
    if (ends("ья")) return {s, stem(4) + "ьи", stem(4) + "ью", stem(4) + "ьей"};
    if (ends("ь")) return {s, stem(2) + "и", stem(2) + "ью"};
    if (ends("ы")) return {s, stem(2) + "ов", stem(2) + "ам", stem(2) + "ах"};
    if (ends("а")) {
      std::string st = stem(2);
      bool velar = st.ends_with("к") || st.ends_with("г") || st.ends_with("х") ||
                   st.ends_with("ж") || st.ends_with("ш") || st.ends_with("ч") ||
                   st.ends_with("щ");
      return {s, st + (velar ? "и" : "ы"), st + "е", st + "у", st + "ой"};
    }
    if (ends("я")) return {s, stem(2) + "и", stem(2) + "е", stem(2) + "ю", stem(2) + "ей"};
    if (ends("о") || ends("е") || ends("и") || ends("у") || ends("ю")) return {s};  // indeclinable
    static const std::string kConsonants = "бвгджзклмнпрстфхцчшщй";
    std::string last = s.substr(s.size() >= 2 ? s.size() - 2 : 0);
    if (kConsonants.find(last) != std::string::npos) {
      if (last == "й") return {s, stem(2) + "я", stem(2) + "ю", stem(2) + "ем", stem(2) + "е"};
      return {s, s + "а", s + "у", s + "ом", s + "е"};
    }
    return {s};
  };
  auto noun = noun_forms(words.back());
  if (words.size() == 1) return noun;
  // The adjective agrees in the same case, form by form.
  std::string adj(words.front());
  std::vector<std::string> adj_forms;
  if (adj.ends_with("ая")) {
    std::string st = adj.substr(0, adj.size() - 4);
    adj_forms = {adj, st + "ой", st + "ую", st + "ой", st + "ой"};
  } else if (adj.ends_with("ий") || adj.ends_with("ый")) {
    std::string st = adj.substr(0, adj.size() - 4);
    adj_forms = {adj, st + "ого", st + "ому", st + "ым", st + "ом"};
  } else {
    adj_forms.assign(noun.size(), adj);
  }
  std::string middle;
  for (size_t i = 1; i + 1 < words.size(); ++i) middle += std::string(words[i]) + " ";
  std::vector<std::string> out;
  for (size_t i = 0; i < noun.size(); ++i) {
    out.push_back(adj_forms[std::min(i, adj_forms.size() - 1)] + " " + middle + noun[i]);
  }
  return out;
}

void SortLongestFirst(std::vector<std::string>* v) {
  std::sort(v->begin(), v->end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
}

EventType ParseType(std::string_view s) {
  static const std::pair<std::string_view, EventType> kTypes[] = {
      {"arrest", EventType::kArrest}, {"charge", EventType::kCharge},
      {"trial", EventType::kTrial}, {"sentence", EventType::kSentence},
      {"ruling", EventType::kRuling}, {"transfer", EventType::kTransfer},
      {"release", EventType::kRelease}, {"ill_treatment", EventType::kIllTreatment},
      {"health", EventType::kHealth}, {"disappearance", EventType::kDisappearance},
      {"death", EventType::kDeath}, {"call", EventType::kCall}};
  for (const auto& [name, t] : kTypes) {
    if (name == s) return t;
  }
  return EventType::kCall;
}

}  // namespace

std::string_view EventTypeName(EventType t) {
  switch (t) {
    case EventType::kArrest: return "arrest";
    case EventType::kCharge: return "charge";
    case EventType::kTrial: return "trial";
    case EventType::kSentence: return "sentence";
    case EventType::kRuling: return "ruling";
    case EventType::kTransfer: return "transfer";
    case EventType::kRelease: return "release";
    case EventType::kIllTreatment: return "ill_treatment";
    case EventType::kHealth: return "health";
    case EventType::kDisappearance: return "disappearance";
    case EventType::kDeath: return "death";
    case EventType::kCall: return "call";
  }
  return "call";
}

const Lexicon& Lexicon::Get() {
  static const Lexicon* lexicon = new Lexicon();
  return *lexicon;
}

Lexicon::Lexicon() {
  for (auto& l : DataLines("lexicons/honorifics.txt")) honorifics.insert(ToLower(l));
  for (auto& l : DataLines("lexicons/person_titles.tsv")) {
    auto cols = Split(l, '\t');
    if (cols.size() < 2) continue;
    std::string key = ToLower(cols[0]);
    if (cols.size() >= 3 && !cols[2].empty()) title_base[key] = ToLower(cols[2]);
    max_title_words = std::max(max_title_words, WordCount(key));
    if (size_t space = key.rfind(' '); space != std::string::npos) {
      title_last_words.insert(key.substr(space + 1));
    }
    person_titles[key] = std::string(cols[1]);
  }
  for (auto& l : DataLines("lexicons/given_names.txt")) given_names.insert(ToLower(l));
  for (auto& l : DataLines("lexicons/groups.txt")) groups.insert(ToLower(l));
  for (auto& l : DataLines("lexicons/surnames.txt")) surnames.insert(ToLower(l));
  for (auto& l : DataLines("lexicons/organisations.txt")) organisations.insert(ToLower(l));
  for (auto& l : DataLines("lexicons/name_particles.txt")) particles.insert(ToLower(l));
  for (auto& l : DataLines("lexicons/surname_endings.txt")) surname_endings.push_back(ToLower(l));
  for (auto& l : DataLines("lexicons/given_name_endings.txt")) {
    given_name_endings.push_back(ToLower(l));
  }
  SortLongestFirst(&surname_endings);
  SortLongestFirst(&given_name_endings);
  surname_ending_index_ = IndexEndings(surname_endings);
  given_name_ending_index_ = IndexEndings(given_name_endings);
  for (auto& l : DataLines("lexicons/org_heads.txt")) org_heads.insert(ToLower(l));
  for (auto& l : DataLines("lexicons/org_acronyms.txt")) {
    org_acronyms.insert(std::string(TrimView(l)));
  }
  for (auto& l : DataLines("lexicons/facilities.tsv")) {
    auto cols = Split(l, '\t');
    if (cols.size() < 2) continue;
    std::string key = ToLower(cols[0]);
    max_facility_words = std::max(max_facility_words, WordCount(key));
    facility_first_words.insert(key.substr(0, key.find(' ')));
    facility_heads[key] = std::string(cols[1]);
  }
  for (auto& l : DataLines("lexicons/events.tsv")) {
    auto cols = Split(l, '\t');
    if (cols.size() < 3) continue;
    Trigger t;
    t.type = ParseType(cols[0]);
    const std::string phrase = ToLower(cols[1]);  // outlives the views Split returns
    for (auto w : Split(phrase, ' ')) {
      if (!w.empty()) t.words.emplace_back(w);
    }
    t.kind = cols[2] == "verb"      ? TriggerKind::kVerb
             : cols[2] == "intrans" ? TriggerKind::kIntransitive
             : cols[2] == "list"    ? TriggerKind::kList
                                    : TriggerKind::kNoun;
    if (!t.words.empty()) triggers.push_back(std::move(t));
  }
  // Longer triggers first so that "taken into custody" wins over shorter ones.
  std::stable_sort(triggers.begin(), triggers.end(), [](const Trigger& a, const Trigger& b) {
    return a.words.size() > b.words.size();
  });
  for (size_t i = 0; i < triggers.size(); ++i) {
    const std::string& w = triggers[i].words.front();
    if (w.back() == '~') prefix_triggers.push_back(i);
    else triggers_by_first_word[w].push_back(i);
  }
  for (size_t i : prefix_triggers) {
    std::string_view prefix = triggers[i].words.front();
    prefix.remove_suffix(1);  // '~'
    if (prefix.size() >= 2) prefix_triggers_by_start[PrefixKey(prefix)].push_back(i);
    else short_prefix_triggers.push_back(i);
  }
  // Countries from Debian's iso-codes, then the project's variants.
  auto add_country = [this](const std::string& name, const std::string& code) {
    std::string key = ToLower(name);
    if (key.empty()) return;
    countries.emplace(key, code);
    max_country_words = std::max(max_country_words, WordCount(key));
  };
  // Russian names, in all their cases, from the same package's translations.
  auto russian = ReadMoCatalogue("/usr/share/locale/ru/LC_MESSAGES/iso_3166-1.mo");
  auto add_russian = [&](const std::string& english, const std::string& code) {
    auto it = russian.find(english);
    if (it == russian.end()) return;
    for (const auto& form : RussianCaseForms(it->second)) add_country(form, code);
  };
  std::ifstream in("/usr/share/iso-codes/json/iso_3166-1.json");
  if (in) {
    try {
      auto j = nlohmann::json::parse(in);
      for (const auto& c : j.at("3166-1")) {
        std::string code = c.value("alpha_2", "");
        if (code.empty()) continue;
        std::string name = c.value("name", "");
        country_names[code] = c.value("common_name", name);
        add_country(name, code);
        add_russian(name, code);
        if (c.contains("common_name")) {
          add_country(c["common_name"], code);
          add_russian(c["common_name"], code);
        }
        if (c.contains("official_name")) add_country(c["official_name"], code);
        // "Korea, Republic of" -> also "Republic of Korea"
        size_t comma = name.find(", ");
        if (comma != std::string::npos) {
          add_country(name.substr(comma + 2) + " " + name.substr(0, comma), code);
        }
      }
    } catch (const std::exception&) {
      // Without iso-codes only the project's own variants are known.
    }
  }
  // Subdivisions (ISO 3166-2): cities and regions, by their core name.
  std::ifstream in2("/usr/share/iso-codes/json/iso_3166-2.json");
  if (in2) {
    try {
      static const std::unordered_set<std::string> kTypeWords = {
          "oblast'", "oblast", "oblysy", "oblasy", "viloyati", "viloyat", "shaary", "region",
          "province", "krai", "kray", "respublika", "gorod", "shahri", "city", "district",
          "raion", "rayon", "governorate", "state", "prefecture", "county"};
      auto j = nlohmann::json::parse(in2);
      std::unordered_map<std::string, int> seen;
      std::vector<std::pair<std::string, std::string>> cores;
      for (const auto& s : j.at("3166-2")) {
        std::string name = s.value("name", ""), code = s.value("code", "");
        std::vector<std::string> words;
        for (auto w : Split(name, ' ')) {
          if (!w.empty() && !kTypeWords.count(ToLower(w))) words.emplace_back(w);
        }
        if (words.empty() || words.size() > 3) continue;
        std::string core;
        for (const auto& w : words) core += (core.empty() ? "" : " ") + w;
        if (Utf8Length(core) < 4) continue;
        std::string key = NameKey(core);
        ++seen[key];
        cores.emplace_back(key, code);
      }
      for (auto& [key, code] : cores) {
        if (seen[key] == 1) regions.emplace(key, code);  // ambiguous names stay out
      }
    } catch (const std::exception&) {
    }
  }
  for (auto& l : DataLines("lexicons/cities.tsv")) {
    auto cols = Split(l, '\t');
    if (cols.size() < 2) continue;
    std::vector<std::string> keys = {NameKey(cols[0])};
    // Russian city names decline: "Кемерово", "Кемерова"; both are keyed
    // by their stem too.
    if (cols[0].size() >= 2 && static_cast<unsigned char>(cols[0][0]) >= 0xD0) {
      std::string lower = ToLower(cols[0]);
      keys.push_back(NameKey(CyrillicNameStem(lower)));
      // Neuter names lose their -о: "Кемерово" -> "Кемерова", "Кемерове".
      if (lower.ends_with("о")) keys.push_back(NameKey(lower.substr(0, lower.size() - 2)));
    }
    // "-": a region of the world, of no one country.
    std::string code = cols[1] == "-" ? "" : std::string(cols[1]);
    for (const auto& key : keys) {
      auto [it, added] = cities.emplace(key, code);
      if (!added && it->second != code) it->second.clear();  // two countries
    }
    max_city_words = std::max(max_city_words, WordCount(ToLower(cols[0])));
    std::string first = ToLower(cols[0].substr(0, cols[0].find(' ')));
    city_first_words.insert(first);
    // Russian names decline: the first word is looked up by its stem too.
    city_first_words.insert(CyrillicNameStem(first));
  }
  for (auto& l : DataLines("lexicons/countries_extra.tsv")) {
    auto cols = Split(l, '\t');
    if (cols.size() < 2) continue;
    countries[ToLower(cols[0])] = std::string(cols[1]);
    max_country_words = std::max(max_country_words, WordCount(ToLower(cols[0])));
    // (A Russian name in its other cases too: "Кыргызстана", "Беларуси".)
    if (static_cast<unsigned char>(cols[0][0]) >= 0xD0 && cols[0].find(' ') == std::string::npos) {
      for (const auto& form : RussianCaseForms(std::string(cols[0]))) {
        countries.emplace(ToLower(form), std::string(cols[1]));
      }
    }
  }
}

Lexicon::EndingIndex Lexicon::IndexEndings(const std::vector<std::string>& endings) {
  EndingIndex index(256);
  for (const auto& e : endings) {
    if (e.empty()) continue;
    index[static_cast<unsigned char>(e.back())].push_back({e, Utf8Length(e)});
  }
  return index;
}

// True when some ending ends `w` and leaves at least `min_stem` code points.
bool Lexicon::HasEnding(const EndingIndex& index, std::string_view w, size_t min_stem) {
  if (w.empty()) return false;
  size_t length = 0;  // of w in code points, computed on the first match
  for (const auto& e : index[static_cast<unsigned char>(w.back())]) {
    if (!w.ends_with(e.text)) continue;
    if (length == 0) length = Utf8Length(w);
    if (length >= e.length + min_stem) return true;
  }
  return false;
}

bool Lexicon::HasSurnameEnding(std::string_view w) const {
  return HasEnding(surname_ending_index_, w, 3);
}

bool Lexicon::HasGivenNameEnding(std::string_view w) const {
  return HasEnding(given_name_ending_index_, w, 2);
}

}  // namespace dossier::nlp
