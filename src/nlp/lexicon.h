// Lexicons of the language and the domain, loaded once from the data files
// compiled into the binary (data/lexicons/, see its README) and from
// Debian's iso-codes (country names and codes).
//
// Thread safety: Lexicon::Get() returns an immutable shared instance.
#ifndef DOSSIER_NLP_LEXICON_H_
#define DOSSIER_NLP_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dossier::nlp {

enum class EventType {
  kArrest, kCharge, kTrial, kSentence, kRuling, kTransfer, kRelease,
  kIllTreatment, kHealth, kDisappearance, kDeath, kCall,
};
std::string_view EventTypeName(EventType t);

enum class TriggerKind { kVerb, kIntransitive, kNoun, kList };

struct Trigger {
  EventType type;
  std::vector<std::string> words;  // lower case; a trailing '~' is a prefix
  TriggerKind kind;
};

class Lexicon {
 public:
  static const Lexicon& Get();

  // All keys are lower case (ICU full case folding of the entry).
  std::unordered_set<std::string> honorifics;
  std::unordered_map<std::string, std::string> person_titles;  // -> role
  size_t max_title_words = 1;
  std::unordered_set<std::string> given_names;
  std::unordered_set<std::string> particles;
  std::vector<std::string> surname_endings;     // longest first
  std::vector<std::string> given_name_endings;  // longest first
  std::unordered_set<std::string> org_heads;
  std::unordered_set<std::string> org_acronyms;  // upper case as written
  std::unordered_map<std::string, std::string> facility_heads;  // -> kind
  size_t max_facility_words = 1;
  std::vector<Trigger> triggers;  // longest first
  // Indexes into `triggers`: by exact first word, and those whose first
  // word is a prefix ("задержан~"); both keep the longest-first order.
  std::unordered_map<std::string, std::vector<size_t>> triggers_by_first_word;
  std::vector<size_t> prefix_triggers;
  // Lower-case country name, demonym or code -> ISO 3166-1 alpha-2.
  std::unordered_map<std::string, std::string> countries;
  size_t max_country_words = 1;
  // NameKey of a subdivision's core name ("Bishkek" from "Bishkek Shaary",
  // "Osh" from "Gorod Osh") -> ISO 3166-2 code ("KG-GB").
  std::unordered_map<std::string, std::string> regions;
  // ISO code -> English short name.
  std::unordered_map<std::string, std::string> country_names;

  bool HasSurnameEnding(std::string_view lower_word) const;
  bool HasGivenNameEnding(std::string_view lower_word) const;

 private:
  Lexicon();
};

}  // namespace dossier::nlp

#endif  // DOSSIER_NLP_LEXICON_H_
