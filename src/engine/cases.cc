// The case layer of the engine: runs resolution over the stored
// extractions and keeps the case tables, profiles and overrides.
#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "base/text.h"
#include "engine/engine.h"
#include "nlp/names.h"
#include "resolve/resolver.h"

namespace dossier::engine {
namespace {

using json = nlohmann::ordered_json;

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string Precision(const std::string& date) {
  switch (date.size()) {
    case 10: return "day";
    case 7: return "month";
    case 4: return "year";
    default: return "unknown";
  }
}

// Everything resolution reads, gathered from the store.
struct Collection {
  resolve::ResolveInput input;
  std::unordered_map<int64_t, size_t> doc_index;  // doc id -> input.docs index
  // Review decisions (see ApplyReviews): per input event, the index of its
  // decision in `reviews` (-1: none) and the type extraction gave it.
  std::vector<store::ReviewRow> reviews;
  std::vector<int> event_review;
  std::vector<std::string> extracted_type;
  std::map<resolve::RefKey, int> ref_review;
  // Rejected source events, out of resolution, with their decision.
  std::vector<std::pair<resolve::SourceEvent, int>> rejected;
  // UTF-16 offsets of the quotes, by (doc id << 32 | UTF-8 offset); only
  // when loaded with the texts (for the profiles).
  std::unordered_map<uint64_t, uint32_t> utf16;
};

uint64_t SpanKey(int64_t doc_id, uint32_t offset) {
  return static_cast<uint64_t>(doc_id) << 32 | offset;
}

// Rejected source events grouped into events with ids: the sources an
// earlier resolution gave one event id keep it together (unless a case
// event has it now); others are events of their own with new ids.
struct RejectedEvent {
  int64_t id = 0;
  size_t person = 0;            // index into the resolution's persons
  std::vector<size_t> sources;  // indices into Collection::rejected
};

// Applies the stored review decisions to the collection before resolution:
// rejected events leave it (kept aside to show them as rejected), corrected
// ones take the editor's type, date, detail and person. `person_of` maps
// document persons to the case persons of the previous resolution, to find
// the person an event is moved to.
void ApplyReviews(std::vector<store::ReviewRow> reviews,
                  const std::vector<std::pair<resolve::RefKey, int64_t>>& person_of,
                  Collection* c) {
  c->reviews = std::move(reviews);
  c->event_review.clear();
  c->extracted_type.clear();
  c->ref_review.clear();
  c->rejected.clear();
  std::map<std::tuple<int64_t, uint32_t, std::string>, int> by_span;
  for (size_t i = 0; i < c->reviews.size(); ++i) {
    const auto& r = c->reviews[i];
    if (r.kind == "event") by_span[{r.doc_id, r.start, r.event_type}] = static_cast<int>(i);
    else c->ref_review[{r.doc_id, r.ref_key}] = static_cast<int>(i);
  }
  std::map<int64_t, int> ref_of_person;  // a document person of each case person
  std::map<resolve::RefKey, int> ref_index;
  for (size_t i = 0; i < c->input.refs.size(); ++i)
    ref_index[{c->input.refs[i].doc_id, resolve::PersonKey(c->input.refs[i])}] = static_cast<int>(i);
  for (const auto& [key, pid] : person_of) {
    auto it = ref_index.find(key);
    if (it != ref_index.end() && !ref_of_person.count(pid)) ref_of_person[pid] = it->second;
  }
  std::vector<resolve::SourceEvent> kept;
  for (auto& e : c->input.events) {
    auto it = by_span.find({e.doc_id, e.start, e.type});
    int review = it == by_span.end() ? -1 : it->second;
    std::string type = e.type;
    if (review >= 0) {
      const auto& r = c->reviews[static_cast<size_t>(review)];
      if (r.action == "reject") {
        c->rejected.emplace_back(e, review);
        continue;
      }
      if (r.action == "correct") {
        json f = json::parse(r.fields, nullptr, false);
        if (f.is_object()) {
          if (f.value("type", "") != "") e.type = f.value("type", "");
          if (f.contains("date") && f["date"].is_string()) e.date = f["date"].get<std::string>();
          if (f.contains("detail") && f["detail"].is_string()) e.detail = f["detail"].get<std::string>();
          int64_t pid = f.value("person_id", int64_t{0});
          if (auto p = ref_of_person.find(pid); pid && p != ref_of_person.end()) e.ref = p->second;
        }
      }
    }
    kept.push_back(std::move(e));
    c->event_review.push_back(review);
    c->extracted_type.push_back(std::move(type));
  }
  c->input.events = std::move(kept);
}

json ReviewJson(const Collection& c, int review, const std::string& status) {
  if (review < 0) return json{{"status", "pending"}};
  const auto& r = c.reviews[static_cast<size_t>(review)];
  json j{{"status", status}, {"by", r.user}, {"at", r.at}, {"note", r.note}};
  if (r.action == "correct") j["fields"] = json::parse(r.fields, nullptr, false);
  return j;
}

// Reads only what resolution needs from an extraction (persons, events,
// calls, mentions), skipping times and figures.
json ParseForResolution(const std::string& text) {
  json::parser_callback_t skip = [](int depth, json::parse_event_t event, json& parsed) {
    if (depth == 1 && event == json::parse_event_t::key) {
      const auto& k = parsed.get_ref<const std::string&>();
      return k != "times" && k != "figures";
    }
    return true;
  };
  return json::parse(text, skip, /*allow_exceptions=*/false);
}

Status AddExtraction(const store::ExtractionRecord& r, Collection* c) {
  json j = ParseForResolution(r.json);
  if (j.is_discarded() || !j.is_object()) {
    return DataLossError("document " + std::to_string(r.doc_id) + ": stored extraction is not JSON");
  }
  resolve::ResolveInput& in = c->input;
  c->doc_index[r.doc_id] = in.docs.size();
  // The country a document is about: the one its places name most.
  std::map<std::string, int> countries;
  std::string country;
  if (auto it = j.find("mentions"); it != j.end() && it->is_array()) {
    for (const auto& m : *it) {
      std::string c = Str(m, "country");
      if (Str(m, "type") == "location" && !c.empty() && ++countries[c] > countries[country])
        country = c;
    }
  }
  in.docs.push_back({r.doc_id, r.title, r.publisher, r.published, country, 0});
  std::unordered_map<std::string, int> by_name;
  const size_t first_event = in.events.size();
  if (auto it = j.find("persons"); it != j.end() && it->is_array()) {
    for (const auto& p : *it) {
      resolve::PersonRef ref;
      ref.doc_id = r.doc_id;
      ref.name = Str(p, "name");
      if (ref.name.empty()) continue;
      if (auto v = p.find("variants"); v != p.end() && v->is_array())
        for (const auto& x : *v)
          if (x.is_string()) ref.variants.push_back(x.get<std::string>());
      ref.role = Str(p, "role");
      ref.title = Str(p, "title");
      ref.country = Str(p, "country");
      by_name.emplace(ref.name, static_cast<int>(in.refs.size()));
      in.refs.push_back(std::move(ref));
    }
  }
  for (const char* list : {"events", "calls"}) {
    auto it = j.find(list);
    if (it == j.end() || !it->is_array()) continue;
    for (const auto& e : *it) {
      auto p = by_name.find(Str(e, "person"));
      if (p == by_name.end()) continue;
      resolve::SourceEvent s;
      s.ref = p->second;
      s.doc_id = r.doc_id;
      s.type = Str(e, "type");
      s.date = Str(e, "date");
      s.place = Str(e, "place");
      s.country = Str(e, "country");
      s.detail = Str(e, "detail");
      s.duration = Str(e, "duration");
      s.organization = Str(e, "organization");
      s.alleged = Str(e, "certainty") == "alleged";
      s.start = e.value("start", 0u);
      s.end = e.value("end", 0u);
      s.quote = Str(e, "quote");
      in.events.push_back(std::move(s));
    }
  }
  if (!r.text.empty()) {
    std::vector<uint32_t> at = Utf16Offsets(r.text);
    for (size_t i = first_event; i < in.events.size(); ++i) {
      for (uint32_t offset : {in.events[i].start, in.events[i].end})
        c->utf16[SpanKey(r.doc_id, offset)] = at[std::min<size_t>(offset, r.text.size())];
    }
  }
  return Status::Ok();
}

// Adds the UTF-16 offsets of a quote (s16/e16), when they are known.
void AddUtf16(const Collection& c, const resolve::SourceEvent& s, json* o) {
  auto a = c.utf16.find(SpanKey(s.doc_id, s.start));
  auto b = c.utf16.find(SpanKey(s.doc_id, s.end));
  if (a == c.utf16.end() || b == c.utf16.end()) return;
  (*o)["s16"] = a->second;
  (*o)["e16"] = b->second;
}

// `extracted_type`: the type extraction gave the source event (a review
// decision names the source by it; a correction may change the type).
json SourceJson(const Collection& c, const resolve::SourceEvent& s,
                const std::string& extracted_type) {
  const resolve::SourceDoc& d = c.input.docs[c.doc_index.at(s.doc_id)];
  json o{{"doc_id", s.doc_id}, {"title", d.title},   {"publisher", d.publisher}, {"extracted_type", extracted_type},
         {"published", d.published}, {"date", s.date}, {"detail", s.detail},
         {"certainty", s.alleged ? "alleged" : "reported"},
         {"quote", s.quote}, {"start", s.start}, {"end", s.end}};
  AddUtf16(c, s, &o);
  if (!s.duration.empty()) o["duration"] = s.duration;
  if (!s.place.empty()) o["place"] = s.place;
  return o;
}

json EventJson(const Collection& c, const resolve::CaseEvent& e, int64_t person_id) {
  json sources = json::array();
  // The event's review: corrected if a source was corrected, confirmed if
  // one was confirmed, else pending.
  int review = -1;
  std::string status = "pending";
  for (int s : e.sources) {
    sources.push_back(SourceJson(c, c.input.events[static_cast<size_t>(s)],
                                 c.extracted_type[static_cast<size_t>(s)]));
    int r = c.event_review[static_cast<size_t>(s)];
    if (r < 0) continue;
    const std::string st = c.reviews[static_cast<size_t>(r)].action == "correct" ? "corrected" : "confirmed";
    if (review < 0 || st == "corrected") review = r, status = st;
  }
  json conflicts = json::array();
  for (const auto& cf : e.conflicts) {
    json claims = json::array();
    for (const auto& cl : cf.claims) claims.push_back({{"value", cl.value}, {"sources", cl.sources}});
    conflicts.push_back({{"field", cf.field}, {"claims", std::move(claims)}});
  }
  return json{{"id", e.id},
              {"person_id", person_id},
              {"type", e.type},
              {"date", e.date},
              {"precision", Precision(e.date)},
              {"place", e.place},
              {"country", e.country},
              {"detail", e.detail},
              {"duration", e.duration},
              {"certainty", e.alleged ? "alleged" : "reported"},
              {"corroboration", e.corroboration},
              {"conflicts", std::move(conflicts)},
              {"review", ReviewJson(c, review, status)},
              {"sources", std::move(sources)}};
}

json CallJson(const Collection& c, const resolve::SourceEvent& s) {
  const resolve::SourceDoc& d = c.input.docs[c.doc_index.at(s.doc_id)];
  json o{{"doc_id", s.doc_id},     {"title", d.title},       {"publisher", d.publisher},
         {"published", d.published}, {"organization", s.organization},
         {"detail", s.detail},     {"quote", s.quote},       {"start", s.start},
         {"end", s.end}};
  AddUtf16(c, s, &o);
  return o;
}

// A rejected event, in the shape of a case event.
json RejectedEventJson(const Collection& c, const RejectedEvent& r, int64_t person_id) {
  const resolve::SourceEvent& first = c.rejected[r.sources.front()].first;
  std::string date, place, country, detail, duration;
  bool alleged = true;
  json sources = json::array();
  for (size_t i : r.sources) {
    const resolve::SourceEvent& s = c.rejected[i].first;
    sources.push_back(SourceJson(c, s, s.type));
    for (auto [field, value] : {std::pair{&date, &s.date}, std::pair{&place, &s.place},
                                std::pair{&country, &s.country}, std::pair{&detail, &s.detail},
                                std::pair{&duration, &s.duration}}) {
      if (field->empty()) *field = *value;
    }
    alleged = alleged && s.alleged;
  }
  return json{{"id", r.id},
              {"person_id", person_id},
              {"type", first.type},
              {"date", date},
              {"precision", Precision(date)},
              {"place", place},
              {"country", country},
              {"detail", detail},
              {"duration", duration},
              {"certainty", alleged ? "alleged" : "reported"},
              {"corroboration", 0},
              {"conflicts", json::array()},
              {"review", ReviewJson(c, c.rejected[r.sources.front()].second, "rejected")},
              {"sources", std::move(sources)}};
}

// Groups the rejected source events (see RejectedEvent) after AssignIds.
std::vector<RejectedEvent> GroupRejected(const Collection& c, const resolve::Resolution& res,
                                         const resolve::PreviousIds& prev,
                                         int64_t* next_event_id) {
  std::vector<int> person_of_ref(c.input.refs.size(), -1);
  for (size_t p = 0; p < res.persons.size(); ++p)
    for (int r : res.persons[p].refs) person_of_ref[static_cast<size_t>(r)] = static_cast<int>(p);
  std::map<resolve::EventSourceKey, int64_t> old_id(prev.event_sources.begin(),
                                                   prev.event_sources.end());
  // (earlier id or 0, person, first source) -> sources
  std::map<std::tuple<int64_t, size_t, size_t>, std::vector<size_t>> groups;
  std::map<std::pair<int64_t, size_t>, size_t> first_of;
  for (size_t i = 0; i < c.rejected.size(); ++i) {
    const resolve::SourceEvent& s = c.rejected[i].first;
    int person = s.ref >= 0 ? person_of_ref[static_cast<size_t>(s.ref)] : -1;
    if (person < 0) continue;
    auto it = old_id.find({s.doc_id, s.start, s.type, res.persons[static_cast<size_t>(person)].id});
    int64_t id = it == old_id.end() ? 0 : it->second;
    size_t p = static_cast<size_t>(person);
    size_t first = id ? first_of.emplace(std::pair{id, p}, i).first->second : i;
    groups[{id, p, first}].push_back(i);
  }
  std::set<int64_t> used;
  for (const auto& e : res.events) used.insert(e.id);
  std::vector<RejectedEvent> out;
  for (auto& [key, sources] : groups) {
    auto [id, person, first] = key;
    if (!id || !used.insert(id).second) id = (*next_event_id)++;
    out.push_back({id, person, std::move(sources)});
  }
  return out;
}

std::string NameKeys(const std::vector<std::string>& names) {
  std::set<std::string> keys;
  for (const auto& n : names) keys.insert(nlp::NameKey(n));
  std::string out = "|";
  for (const auto& k : keys) out += k + "|";
  return out;
}

// Builds the rows the store keeps from a resolution.
store::CaseSet BuildCaseSet(const Collection& c, const resolve::Resolution& res,
                            const std::vector<RejectedEvent>& rejected_events) {
  store::CaseSet set;
  const auto& in = c.input;
  std::vector<std::vector<const RejectedEvent*>> rejected_of(res.persons.size());
  for (const auto& r : rejected_events) rejected_of[r.person].push_back(&r);
  for (size_t pi = 0; pi < res.persons.size(); ++pi) {
    const resolve::CasePerson& p = res.persons[pi];
    store::PersonRow row;
    row.id = p.id;
    row.name = p.name;
    row.status = p.status;
    row.status_date = p.status_date;
    row.as_of = p.as_of;
    row.countries = p.countries;
    row.roles = p.roles;
    row.keys = NameKeys(p.names);
    std::set<std::string> types;
    std::set<int64_t> docs;
    json events = json::array();
    for (int ei : p.events) {
      const auto& e = res.events[static_cast<size_t>(ei)];
      types.insert(e.type);
      for (int s : e.sources) docs.insert(in.events[static_cast<size_t>(s)].doc_id);
      if (!e.date.empty()) {
        if (row.first_date.empty() || e.date < row.first_date) row.first_date = e.date;
        if (e.date > row.last_date) row.last_date = e.date;
      }
      json ej = EventJson(c, e, p.id);
      std::string review = ej["review"]["status"];
      store::EventRow er{e.id, p.id, e.type, e.date, ej.dump(), {},
                         review == "pending" ? "" : review, p.name};
      for (int s : e.sources) {
        const auto& src = in.events[static_cast<size_t>(s)];
        er.sources.emplace_back(src.doc_id, src.start, src.end);
      }
      set.events.push_back(std::move(er));
      events.push_back(std::move(ej));
    }
    for (int ci : p.calls) {
      const auto& s = in.events[static_cast<size_t>(ci)];
      json cj = CallJson(c, s);
      cj["person_id"] = p.id;
      cj["person"] = p.name;
      set.calls.push_back({s.doc_id, p.id, s.organization, cj.dump()});
    }
    row.event_types.assign(types.begin(), types.end());
    row.events = static_cast<int64_t>(p.events.size());
    json documents = json::array();
    std::set<int64_t> doc_seen;
    for (int r : p.refs) {
      const auto& ref = in.refs[static_cast<size_t>(r)];
      set.person_refs.push_back({{ref.doc_id, resolve::PersonKey(ref)}, p.id});
      docs.insert(ref.doc_id);
      if (!doc_seen.insert(ref.doc_id).second) continue;
      const auto& d = in.docs[c.doc_index.at(ref.doc_id)];
      documents.push_back({{"doc_id", d.id}, {"title", d.title}, {"publisher", d.publisher},
                           {"published", d.published}, {"name", ref.name}, {"role", ref.role}});
    }
    row.sources = static_cast<int64_t>(docs.size());
    // The person's review: rejected if a document person was rejected,
    // confirmed if one was confirmed.
    int person_review = -1;
    for (int r : p.refs) {
      const auto& ref = in.refs[static_cast<size_t>(r)];
      auto it = c.ref_review.find({ref.doc_id, resolve::PersonKey(ref)});
      if (it == c.ref_review.end()) continue;
      if (person_review < 0 || c.reviews[static_cast<size_t>(it->second)].action == "reject")
        person_review = it->second;
    }
    if (person_review >= 0)
      row.review = c.reviews[static_cast<size_t>(person_review)].action == "reject" ? "rejected"
                                                                                   : "confirmed";
    json rejected = json::array();
    for (const RejectedEvent* r : rejected_of[pi]) {
      json rj = RejectedEventJson(c, *r, p.id);
      store::EventRow er{r->id,     p.id, rj["type"].get<std::string>(),
                         rj["date"].get<std::string>(), rj.dump(), {}, "rejected", p.name};
      for (size_t i : r->sources) {
        const auto& src = c.rejected[i].first;
        er.sources.emplace_back(src.doc_id, src.start, src.end);
      }
      set.events.push_back(std::move(er));
      rejected.push_back(std::move(rj));
    }
    std::set<std::string> spellings;
    for (const auto& d : documents) spellings.insert(d.value("name", std::string()));
    row.merged = documents.size() > 1 && spellings.size() > 1;
    json calls = json::array();
    for (int ci : p.calls) calls.push_back(CallJson(c, in.events[static_cast<size_t>(ci)]));
    json profile{{"id", p.id},
                 {"name", p.name},
                 {"names", p.names},
                 {"roles", p.roles},
                 {"titles", p.titles},
                 {"countries", p.countries},
                 {"status", p.status},
                 {"status_date", p.status_date},
                 {"as_of", p.as_of},
                 {"documents", std::move(documents)},
                 {"events", std::move(events)},
                 {"rejected_events", std::move(rejected)},
                 {"review", person_review < 0 ? json{{"status", "pending"}}
                                              : ReviewJson(c, person_review, row.review)},
                 {"calls", std::move(calls)}};
    row.json = profile.dump();
    set.persons.push_back(std::move(row));
  }
  return set;
}

// Near-duplicate documents form one source group (union of the pairs).
void GroupNearDuplicates(const std::vector<std::pair<int64_t, int64_t>>& pairs, Collection* c) {
  std::map<int64_t, int64_t> parent;
  std::function<int64_t(int64_t)> find = [&](int64_t x) {
    auto it = parent.find(x);
    if (it == parent.end() || it->second == x) return x;
    return it->second = find(it->second);
  };
  for (const auto& [a, b] : pairs) {
    int64_t ra = find(a), rb = find(b);
    if (ra != rb) parent[std::max(ra, rb)] = std::min(ra, rb);
  }
  for (auto& d : c->input.docs) {
    int64_t root = find(d.id);
    d.group = root == d.id && !parent.count(d.id) ? 0 : root;
  }
}

// With `texts`, also the UTF-16 offsets of the quotes (for profiles).
Result<Collection> LoadCollection(store::Store* store, bool texts = false) {
  Collection c;
  DOSSIER_RETURN_IF_ERROR(store->ForEachExtraction(
      [&](const store::ExtractionRecord& r) { return AddExtraction(r, &c); }, texts));
  DOSSIER_ASSIGN_OR_RETURN(auto pairs, store->ListNearDuplicatePairs());
  GroupNearDuplicates(pairs, &c);
  DOSSIER_ASSIGN_OR_RETURN(c.input.overrides, store->ListOverrides());
  ApplyReviews({}, {}, &c);  // no decisions; ResolveWith applies them
  return c;
}

// The document persons of a stored case person: indices into the
// collection's refs and their keys.
struct PersonRefs {
  std::vector<int> refs;
  std::set<resolve::RefKey> keys;
};

Result<PersonRefs> RefsOfPerson(const store::CaseIds& ids, const Collection& c, int64_t person) {
  std::set<resolve::RefKey> stored;
  for (const auto& [k, id] : ids.person_refs)
    if (id == person) stored.insert(k);
  PersonRefs out;
  for (size_t i = 0; i < c.input.refs.size(); ++i) {
    const auto& r = c.input.refs[i];
    resolve::RefKey key{r.doc_id, resolve::PersonKey(r)};
    if (!stored.count(key)) continue;
    out.refs.push_back(static_cast<int>(i));
    out.keys.insert(std::move(key));
  }
  if (out.refs.empty()) return NotFoundError("no person with id " + std::to_string(person));
  return out;
}

// True when the override links a document person of `a` with one of `b`.
bool Links(const resolve::Override& o, const PersonRefs& a, const PersonRefs& b) {
  return (a.keys.count(o.a) && b.keys.count(o.b)) || (a.keys.count(o.b) && b.keys.count(o.a));
}

resolve::Override MakeOverride(resolve::Override::Kind kind, resolve::RefKey a, resolve::RefKey b,
                               const std::string& note) {
  resolve::Override o;
  o.kind = kind;
  o.a = std::move(a);
  o.b = std::move(b);
  o.note = note;
  return o;
}

}  // namespace

Result<ResolveReport> Engine::Resolve() {
  DOSSIER_ASSIGN_OR_RETURN(store::CaseIds ids, store_->GetCaseIds());
  resolve::PreviousIds prev{std::move(ids.person_refs), std::move(ids.event_sources)};
  return ResolveWith(prev, ids.next_person_id, ids.next_event_id);
}

Result<ResolveReport> Engine::ResolveWith(const resolve::PreviousIds& prev, int64_t next_person_id,
                                          int64_t next_event_id) {
  DOSSIER_ASSIGN_OR_RETURN(Collection c, LoadCollection(store_.get(), /*texts=*/true));
  DOSSIER_ASSIGN_OR_RETURN(auto reviews, store_->ListReviews());
  ApplyReviews(std::move(reviews), prev.person_refs, &c);
  resolve::Resolution res = resolve::Resolve(c.input);
  resolve::AssignIds(c.input, prev, &next_person_id, &next_event_id, &res);
  std::vector<RejectedEvent> rejected = GroupRejected(c, res, prev, &next_event_id);
  DOSSIER_RETURN_IF_ERROR(store_->ReplaceCases(BuildCaseSet(c, res, rejected)));
  ResolveReport report;
  report.documents = static_cast<int64_t>(c.input.docs.size());
  report.document_persons = static_cast<int64_t>(c.input.refs.size());
  report.persons = static_cast<int64_t>(res.persons.size());
  report.events = static_cast<int64_t>(res.events.size());
  report.source_events = static_cast<int64_t>(c.input.events.size());
  report.overrides = static_cast<int64_t>(c.input.overrides.size());
  for (const auto& e : res.events) report.conflicts += !e.conflicts.empty();
  return report;
}

Result<std::vector<store::PersonRow>> Engine::FindPersons(const std::string& query) {
  store::PersonFilter f;
  f.sort = store::PersonFilter::Sort::kSources;
  return FindPersons(query, f);
}

Result<std::vector<store::PersonRow>> Engine::FindPersons(const std::string& query,
                                                         store::PersonFilter filter) {
  filter.limit = 1000000;
  filter.offset = 0;
  std::string q(TrimView(query));
  if (q.starts_with("#")) q = q.substr(1);
  if (!q.empty() && q.size() < 19 &&
      std::all_of(q.begin(), q.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
    filter.id = std::stoll(q);
    return store_->ListPersons(filter);
  }
  std::string key = nlp::NameKey(q);
  if (key.empty()) return std::vector<store::PersonRow>{};
  // Every word of the query must be a word of one spelling (or its start,
  // for Russian case forms).
  std::vector<std::string> words;
  for (auto w : Split(key, ' '))
    if (!w.empty()) words.emplace_back(w);
  filter.key = words.size() == 1 ? words[0] : key;
  DOSSIER_ASSIGN_OR_RETURN(auto rows, store_->ListPersons(filter));
  std::vector<std::pair<int, store::PersonRow>> ranked;
  for (auto& r : rows) {
    int best = 0;
    for (auto spelling : Split(r.keys, '|')) {
      if (spelling.empty()) continue;
      std::vector<std::string_view> tokens = Split(spelling, ' ');
      int score = 2;
      for (const auto& w : words) {
        bool exact = std::find(tokens.begin(), tokens.end(), w) != tokens.end();
        bool prefix = std::any_of(tokens.begin(), tokens.end(), [&](std::string_view t) {
          return t.starts_with(w) && t.size() <= w.size() + 2;
        });
        if (!exact) score = prefix ? std::min(score, 1) : 0;
      }
      best = std::max(best, score);
    }
    if (best > 0) ranked.emplace_back(best, std::move(r));
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<store::PersonRow> out;
  int top = ranked.empty() ? 0 : ranked[0].first;
  for (auto& [score, r] : ranked)
    if (score == top) out.push_back(std::move(r));
  return out;
}

Result<store::PersonRow> Engine::GetPerson(int64_t id) { return store_->GetPerson(id); }

Result<std::vector<store::PersonRow>> Engine::ListPersons(const store::PersonFilter& filter) {
  return store_->ListPersons(filter);
}

Result<int64_t> Engine::CountPersons(const store::PersonFilter& filter) {
  return store_->CountPersons(filter);
}

Result<std::vector<store::EventRow>> Engine::ListEvents(const store::EventFilter& filter) {
  return store_->ListEvents(filter);
}

Result<int64_t> Engine::CountEvents(const store::EventFilter& filter) {
  return store_->CountEvents(filter);
}

Result<store::EventRow> Engine::GetEvent(int64_t event_id) { return store_->GetEvent(event_id); }

Result<std::vector<store::CallRow>> Engine::ListCalls() { return store_->ListCalls(); }

Result<std::vector<Organisation>> Engine::ListOrganisations(int64_t person_id) {
  std::set<int64_t> person_docs;
  if (person_id) {
    DOSSIER_ASSIGN_OR_RETURN(store::PersonRow p, store_->GetPerson(person_id));
    json pj = json::parse(p.json, nullptr, false);
    if (pj.is_object() && pj.contains("documents"))
      for (const auto& d : pj["documents"]) person_docs.insert(d.value("doc_id", int64_t{0}));
  }
  // One organisation however its name is cased or spaced.
  std::map<std::string, Organisation> by_key;
  auto org = [&](const std::string& name) -> Organisation& {
    std::string key = ToLower(CollapseSpaces(name));
    Organisation& o = by_key[key];
    if (o.name.empty()) o.name = CollapseSpaces(name);
    return o;
  };
  std::map<int64_t, std::vector<std::string>> signers_of;
  DOSSIER_RETURN_IF_ERROR(store_->ForEachExtraction([&](const store::ExtractionRecord& r) {
    if (person_id && !person_docs.count(r.doc_id)) return Status::Ok();
    OrganisationDocument d{r.doc_id, r.title, r.published, "issued"};
    if (!r.publisher.empty()) org(r.publisher).documents.push_back(d);
    json x = json::parse(r.json, nullptr, false);
    if (!x.is_object() || !x.contains("signers")) return Status::Ok();
    d.how = "signed";
    for (const auto& s : x["signers"]) {
      signers_of[r.doc_id].push_back(s.value("name", std::string()));
      Organisation& o = org(s.value("name", std::string()));
      bool issued = !o.documents.empty() && o.documents.back().doc_id == r.doc_id;
      if (!issued) o.documents.push_back(d);
    }
    return Status::Ok();
  }, /*with_text=*/false));
  DOSSIER_ASSIGN_OR_RETURN(std::vector<store::CallRow> calls, store_->ListCalls());
  for (const auto& c : calls) {
    if (person_id && c.person_id != person_id) continue;
    std::string name = c.organization;
    if (name.empty()) {
      json j = json::parse(c.json, nullptr, false);
      if (j.is_object()) name = j.value("publisher", std::string());
    }
    if (!name.empty()) {
      org(name).calls.push_back(c.json);
    } else if (auto it = signers_of.find(c.doc_id); it != signers_of.end()) {
      // "We, the undersigned organisations, call on ...": the signers' call.
      for (const auto& s : it->second) org(s).calls.push_back(c.json);
    } else {
      org("(unknown organisation)").calls.push_back(c.json);
    }
  }
  std::vector<Organisation> out;
  for (auto& [key, o] : by_key) out.push_back(std::move(o));
  return out;
}

Result<std::vector<resolve::Override>> Engine::ListOverrides() { return store_->ListOverrides(); }

Result<std::string> Engine::ExplainPersons(int64_t a, int64_t b) {
  DOSSIER_ASSIGN_OR_RETURN(store::PersonRow pa, store_->GetPerson(a));
  DOSSIER_ASSIGN_OR_RETURN(store::PersonRow pb, store_->GetPerson(b));
  DOSSIER_ASSIGN_OR_RETURN(Collection c, LoadCollection(store_.get()));
  DOSSIER_ASSIGN_OR_RETURN(store::CaseIds ids, store_->GetCaseIds());
  DOSSIER_ASSIGN_OR_RETURN(PersonRefs ra, RefsOfPerson(ids, c, a));
  DOSSIER_ASSIGN_OR_RETURN(PersonRefs rb, RefsOfPerson(ids, c, b));
  auto ref = [&](int i) -> const resolve::PersonRef& { return c.input.refs[static_cast<size_t>(i)]; };
  auto pair_line = [&](int x, int y) {
    return "doc " + std::to_string(ref(x).doc_id) + " \"" + ref(x).name + "\" ~ doc " +
           std::to_string(ref(y).doc_id) + " \"" + ref(y).name + "\"";
  };
  std::string out = "#" + std::to_string(a) + " " + pa.name + "  vs  #" + std::to_string(b) +
                    " " + pb.name + "\n";
  // The pairs to explain: within one person, each document person against
  // the first; between two, every pair from different documents.
  std::vector<std::pair<int, int>> pairs;
  if (a == b) {
    for (size_t i = 1; i < ra.refs.size(); ++i) pairs.emplace_back(ra.refs[0], ra.refs[i]);
  } else {
    for (int x : ra.refs)
      for (int y : rb.refs)
        if (ref(x).doc_id != ref(y).doc_id) pairs.emplace_back(x, y);
  }
  std::vector<resolve::Explanation> explained = resolve::ExplainPairs(c.input, pairs);
  if (a == b) {
    out += "the same person; its document persons were joined because:\n";
    for (size_t i = 0; i < pairs.size(); ++i) {
      out += "  " + pair_line(pairs[i].first, pairs[i].second) + ": score " +
             std::to_string(static_cast<int>(explained[i].score)) + "\n";
      for (const auto& reason : explained[i].reasons) out += "    " + reason + "\n";
    }
    return out;
  }
  if (pairs.empty()) {
    out += "not merged: they are distinct persons of the same document(s)\n";
    return out;
  }
  size_t best = 0;
  for (size_t i = 1; i < pairs.size(); ++i)
    if (explained[i].score > explained[best].score) best = i;
  out += "best pair: " + pair_line(pairs[best].first, pairs[best].second) + "\n";
  for (const auto& reason : explained[best].reasons) out += "  " + reason + "\n";
  out += fmt::format("score {:.1f} (merge at {:.1f})\n", explained[best].score,
                     resolve::kMergeThreshold);
  bool split = std::any_of(c.input.overrides.begin(), c.input.overrides.end(), [&](const auto& o) {
    return o.kind == resolve::Override::Kind::kSplit && Links(o, ra, rb);
  });
  if (split) out += "kept apart by a split override\n";
  else if (explained[best].same) out += "the pair would merge, but another name of one person contradicts the other's\n";
  else out += "not merged: the evidence is below the threshold\n";
  return out;
}

Result<int64_t> Engine::MergePersons(int64_t a, int64_t b, const std::string& note) {
  if (a == b) return InvalidArgumentError("cannot merge a person with itself");
  DOSSIER_ASSIGN_OR_RETURN(Collection c, LoadCollection(store_.get()));
  DOSSIER_ASSIGN_OR_RETURN(store::CaseIds ids, store_->GetCaseIds());
  DOSSIER_ASSIGN_OR_RETURN(PersonRefs ra, RefsOfPerson(ids, c, a));
  DOSSIER_ASSIGN_OR_RETURN(PersonRefs rb, RefsOfPerson(ids, c, b));
  // Lift split overrides between the two, then link them.
  std::vector<int64_t> remove;
  for (const auto& o : c.input.overrides)
    if (o.kind == resolve::Override::Kind::kSplit && Links(o, ra, rb)) remove.push_back(o.id);
  resolve::Override o = MakeOverride(resolve::Override::Kind::kMerge, *ra.keys.begin(),
                                     *rb.keys.begin(), note);
  DOSSIER_RETURN_IF_ERROR(store_->ChangeOverrides({o}, remove));
  DOSSIER_RETURN_IF_ERROR(Resolve().status());
  DOSSIER_ASSIGN_OR_RETURN(ids, store_->GetCaseIds());
  for (const auto& [k, id] : ids.person_refs)
    if (k == o.a) return id;
  return NotFoundError("merged person not found after resolution");
}

Status Engine::SplitPerson(int64_t person, const std::vector<int64_t>& doc_ids,
                           const std::string& note) {
  DOSSIER_ASSIGN_OR_RETURN(Collection c, LoadCollection(store_.get()));
  DOSSIER_ASSIGN_OR_RETURN(store::CaseIds ids, store_->GetCaseIds());
  DOSSIER_ASSIGN_OR_RETURN(PersonRefs refs, RefsOfPerson(ids, c, person));
  std::set<int64_t> docs(doc_ids.begin(), doc_ids.end());
  std::set<resolve::RefKey> moved, kept;
  for (const auto& k : refs.keys) (docs.count(k.doc_id) ? moved : kept).insert(k);
  if (moved.empty()) {
    return InvalidArgumentError("person " + std::to_string(person) +
                                " is not named in the given documents");
  }
  if (kept.empty()) {
    return InvalidArgumentError("person " + std::to_string(person) +
                                " is named only in the given documents; nothing would remain");
  }
  // Merge overrides across the cut would undo the split: remove them.
  std::vector<int64_t> remove;
  for (const auto& o : c.input.overrides) {
    if (o.kind == resolve::Override::Kind::kMerge && (moved.count(o.a) != 0) != (moved.count(o.b) != 0))
      remove.push_back(o.id);
  }
  // Every moved document person stays apart from every kept one; the moved
  // ones are held together.
  std::vector<resolve::Override> add;
  for (const auto& m : moved)
    for (const auto& k : kept) add.push_back(MakeOverride(resolve::Override::Kind::kSplit, m, k, note));
  for (auto it = std::next(moved.begin()); it != moved.end(); ++it)
    add.push_back(MakeOverride(resolve::Override::Kind::kMerge, *moved.begin(), *it, note));
  DOSSIER_RETURN_IF_ERROR(store_->ChangeOverrides(add, remove));
  return Resolve().status();
}

}  // namespace dossier::engine
