// Lexicons of the language and the domain, loaded once from the data files
// compiled into the binary (data/lexicons/, see its README) and from
// Debian's iso-codes (country names and codes).
//
// Thread safety: Lexicon::Get() returns an immutable shared instance.
#ifndef DOSSIER_NLP_LEXICON_H_
#define DOSSIER_NLP_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/hash.h"

namespace dossier::nlp {

enum class EventType {
  kArrest, kCharge, kTrial, kSentence, kRuling, kTransfer, kRelease,
  kIllTreatment, kHealth, kDisappearance, kDeath, kCall,
};
std::string_view EventTypeName(EventType t);

enum class TriggerKind { kVerb, kIntransitive, kNoun, kList };

// Sets and maps of strings that std::string_view looks up.
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

struct Trigger {
  EventType type;
  std::vector<std::string> words;  // lower case; a trailing '~' is a prefix
  TriggerKind kind;
};

// Lines of an embedded data file (data/<name>) without comments and blank
// lines; empty when there is no such file.
std::vector<std::string> DataLines(std::string_view name);

class Lexicon {
 public:
  static const Lexicon& Get();

  // All keys are lower case (ICU full case folding of the entry).
  StringSet honorifics;
  StringMap<std::string> person_titles;  // -> role
  // An inflected title -> the title it inflects ("журналиста" ->
  // "журналист"), from the third column of person_titles.tsv.
  StringMap<std::string> title_base;
  size_t max_title_words = 1;
  // The last word of every key of `person_titles` with two or more words.
  StringSet title_last_words;
  StringSet given_names;
  StringSet surnames;  // frequent family names that come first or are words
  StringSet groups;  // community names that are no person alone ("Christian")
  StringSet organisations;  // names of organisations without a head word
  StringSet particles;
  std::vector<std::string> surname_endings;     // longest first
  std::vector<std::string> given_name_endings;  // longest first
  StringSet org_heads;
  StringSet org_acronyms;  // upper case as written
  StringMap<std::string> facility_heads;  // -> kind
  size_t max_facility_words = 1;
  // The first word of every key of `facility_heads`.
  StringSet facility_first_words;
  std::vector<Trigger> triggers;  // longest first
  // Indexes into `triggers`: by exact first word, and those whose first
  // word is a prefix ("задержан~"); both keep the longest-first order.
  StringMap<std::vector<size_t>> triggers_by_first_word;
  std::vector<size_t> prefix_triggers;
  // `prefix_triggers` by the first two bytes of their prefix (PrefixKey);
  // those with a shorter prefix are in `short_prefix_triggers`.
  std::unordered_map<uint16_t, std::vector<size_t>> prefix_triggers_by_start;
  std::vector<size_t> short_prefix_triggers;
  static uint16_t PrefixKey(std::string_view s) {
    return static_cast<uint16_t>(static_cast<unsigned char>(s[0]) << 8 |
                                 static_cast<unsigned char>(s[1]));
  }
  // Lower-case country name, demonym or code -> ISO 3166-1 alpha-2.
  StringMap<std::string> countries;
  size_t max_country_words = 1;
  // NameKey of a subdivision's core name ("Bishkek" from "Bishkek Shaary",
  // "Osh" from "Gorod Osh") -> ISO 3166-2 code ("KG-GB").
  StringMap<std::string> regions;
  // NameKey of a known city ("bishkek", also from "Бишкек") -> ISO 3166-1
  // code, or "" when cities of several countries share the name (Tripoli).
  StringMap<std::string> cities;
  size_t max_city_words = 1;
  // The lower-case first word of every city name, ASCII-folded, to reject
  // most words before computing a NameKey.
  StringSet city_first_words;
  // ISO code -> English short name.
  std::unordered_map<std::string, std::string> country_names;

  bool HasSurnameEnding(std::string_view lower_word) const;
  bool HasGivenNameEnding(std::string_view lower_word) const;

 private:
  // Endings grouped by their last byte, each with its length in code points.
  struct Ending {
    std::string text;
    size_t length;
  };
  using EndingIndex = std::vector<std::vector<Ending>>;
  static EndingIndex IndexEndings(const std::vector<std::string>& endings);
  static bool HasEnding(const EndingIndex& index, std::string_view w, size_t min_stem);

  Lexicon();

  EndingIndex surname_ending_index_, given_name_ending_index_;
};

}  // namespace dossier::nlp

#endif  // DOSSIER_NLP_LEXICON_H_
