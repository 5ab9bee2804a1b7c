// The extraction pipeline of the nlp module: from a clean text to persons,
// organisations, places, facilities, time expressions, case events and
// figures, each with the byte span it came from.
//
// Usage:
//   nlp::DocumentContext ctx{"2022-03-31", "en"};
//   nlp::Extraction x = nlp::Extract(doc.clean.text, ctx);
//
// Extract() is deterministic and thread-safe; lexicons are loaded once on
// first use (nlp/lexicon.h).
#ifndef DOSSIER_NLP_EXTRACTOR_H_
#define DOSSIER_NLP_EXTRACTOR_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/lexicon.h"
#include "nlp/signers.h"
#include "nlp/timex.h"

namespace dossier::nlp {

enum class MentionType { kPerson, kOrganization, kLocation, kFacility };
std::string_view MentionTypeName(MentionType t);

struct Mention {
  MentionType type = MentionType::kPerson;
  uint32_t start = 0, end = 0;  // half-open byte span in the clean text
  std::string text;
  std::string country;  // ISO 3166-1 alpha-2 for countries, demonyms and regions
  std::string region;   // ISO 3166-2 for known cities and regions ("KG-GB")
  int person = -1;      // index into Extraction::persons for person mentions
};

enum class Role { kSubject, kOfficial, kLawyer, kRelative, kSignatory, kOther };
std::string_view RoleName(Role r);

struct Person {
  std::string name;                   // canonical full name
  std::vector<std::string> variants;  // every other form used in the text
  Role role = Role::kOther;
  std::string country;  // from a signatory list ("Italy" -> IT)
  std::string group;    // political group of a signatory ("SOC")
  std::string title;    // function named in the text ("former president")
};

struct Event {
  EventType type = EventType::kArrest;
  int person = -1;      // index into Extraction::persons
  std::string date;     // YYYY[-MM[-DD]] or "" (the event's own date)
  std::string place;    // facility or place named for the event
  std::string country;  // ISO code
  std::string detail;   // e.g. "11 years 2 months", "annulled"
  std::string duration; // ISO 8601 for sentence terms, e.g. "P11Y2M"
  std::string organization;  // who calls, for kCall
  bool alleged = false;
  uint32_t quote_start = 0, quote_end = 0;
  std::string quote;
};

struct Figure {
  int64_t count = 0;
  std::string what;
  std::string country;
  std::string date;
  uint32_t start = 0, end = 0;
  std::string quote;
};

struct DocumentContext {
  std::string published;  // YYYY[-MM[-DD]] or ""
  std::string language;   // "en", "ru", ...
};

struct Extraction {
  std::vector<Mention> mentions;
  std::vector<Person> persons;
  std::vector<Event> events;
  std::vector<TimeExpr> times;
  std::vector<Figure> figures;
  std::vector<Signer> signers;  // organisations that signed the document
  std::string anchor_date;      // the date relative expressions use
  bool anchor_inferred = false; // true when guessed from the content
};

Extraction Extract(std::string_view text, const DocumentContext& context);

}  // namespace dossier::nlp

#endif  // DOSSIER_NLP_EXTRACTOR_H_
