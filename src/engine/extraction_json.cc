#include "engine/extraction_json.h"

namespace dossier::engine {

using json = nlohmann::ordered_json;

namespace {
json NullIfEmpty(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }
}  // namespace

json ExtractionToJson(const std::string& id, const Document& doc, const nlp::Extraction& x) {
  json j;
  j["id"] = id;
  j["title"] = NullIfEmpty(doc.meta.title.value);
  j["published"] = NullIfEmpty(doc.meta.published.value);
  j["publisher"] = NullIfEmpty(doc.meta.publisher.value);
  j["language"] = NullIfEmpty(doc.meta.language.value);
  j["anchor_date"] = NullIfEmpty(x.anchor_date);
  j["anchor_inferred"] = x.anchor_inferred;
  json persons = json::array();
  for (const auto& p : x.persons) {
    json o{{"name", p.name}, {"variants", p.variants}, {"role", nlp::RoleName(p.role)}};
    if (!p.title.empty()) o["title"] = p.title;
    if (!p.country.empty()) o["country"] = p.country;
    if (!p.group.empty()) o["group"] = p.group;
    persons.push_back(std::move(o));
  }
  j["persons"] = std::move(persons);
  // Calls for action are listed apart from the events that happened to a
  // person (the shared scorer reads "events" only).
  json events = json::array(), calls = json::array();
  for (const auto& e : x.events) {
    json o{{"type", nlp::EventTypeName(e.type)},
           {"person", x.persons[e.person].name},
           {"date", NullIfEmpty(e.date)},
           {"place", NullIfEmpty(e.place)},
           {"country", NullIfEmpty(e.country)},
           {"detail", NullIfEmpty(e.detail)},
           {"certainty", e.alleged ? "alleged" : "reported"},
           {"quote", e.quote},
           {"start", e.quote_start},
           {"end", e.quote_end}};
    if (!e.duration.empty()) o["duration"] = e.duration;
    if (!e.organization.empty()) o["organization"] = e.organization;
    (e.type == nlp::EventType::kCall ? calls : events).push_back(std::move(o));
  }
  j["events"] = std::move(events);
  j["calls"] = std::move(calls);
  json mentions = json::array();
  for (const auto& m : x.mentions) {
    json o{{"type", nlp::MentionTypeName(m.type)}, {"text", m.text}, {"start", m.start},
           {"end", m.end}};
    if (!m.country.empty()) o["country"] = m.country;
    if (!m.region.empty()) o["region"] = m.region;
    mentions.push_back(std::move(o));
  }
  j["mentions"] = std::move(mentions);
  json figures = json::array();
  for (const auto& f : x.figures) {
    figures.push_back({{"count", f.count}, {"what", f.what}, {"country", NullIfEmpty(f.country)},
                       {"date", NullIfEmpty(f.date)}, {"quote", f.quote}, {"start", f.start},
                       {"end", f.end}});
  }
  j["figures"] = std::move(figures);
  json signers = json::array();
  for (const auto& s : x.signers) signers.push_back({{"name", s.name}, {"start", s.start}, {"end", s.end}});
  j["signers"] = std::move(signers);
  json times = json::array();
  for (const auto& t : x.times) {
    times.push_back({{"text", t.text}, {"type", nlp::TimexTypeName(t.type)}, {"value", t.value},
                     {"start", t.start}, {"end", t.end}});
  }
  j["times"] = std::move(times);
  return j;
}

}  // namespace dossier::engine
