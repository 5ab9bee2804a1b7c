// Review decisions: an editor confirms, corrects or rejects a case event or
// a case person. Decisions are stored against the document spans they judge
// (see store::ReviewRow) and applied by every resolution (cases.cc,
// ApplyReviews), so re-extraction and re-resolution never undo them.
// Decisions that change no resolution (confirmations, person reviews) are
// marked in the derived tables at once; the others re-resolve.
#include <map>
#include <tuple>

#include <nlohmann/json.hpp>

#include "base/calendar.h"
#include "engine/engine.h"

namespace dossier::engine {
namespace {

using json = nlohmann::json;

const char* const kEventTypes[] = {"arrest",  "charge",        "trial",  "sentence",
                                   "ruling",  "transfer",      "release", "ill_treatment",
                                   "health",  "disappearance", "death"};

bool IsEventType(const std::string& t) {
  for (const char* k : kEventTypes)
    if (t == k) return true;
  return false;
}

bool IsDate(const std::string& d) {
  if (d.size() != 4 && d.size() != 7 && d.size() != 10) return false;
  for (size_t i = 0; i < d.size(); ++i) {
    bool dash = i == 4 || i == 7;
    if (dash ? d[i] != '-' : (d[i] < '0' || d[i] > '9')) return false;
  }
  return true;
}

// The review object of a decision, as resolution writes it (cases.cc,
// ReviewJson) for an uncorrected decision.
std::string ReviewMarkJson(const std::string& status, const std::string& user,
                           const std::string& at, const std::string& note) {
  return nlohmann::ordered_json{{"status", status}, {"by", user}, {"at", at}, {"note", note}}.dump();
}

}  // namespace

Result<int64_t> Engine::ReviewEvent(int64_t event_id, const EventDecision& d,
                                    const std::string& user) {
  if (d.action != "confirm" && d.action != "correct" && d.action != "reject")
    return InvalidArgumentError("action must be confirm, correct or reject");
  json fields = json::object();
  if (d.action == "correct") {
    if (!d.type.empty()) {
      if (!IsEventType(d.type)) return InvalidArgumentError("unknown event type '" + d.type + "'");
      fields["type"] = d.type;
    }
    if (!d.date.empty()) {
      if (!IsDate(d.date)) return InvalidArgumentError("a date is YYYY, YYYY-MM or YYYY-MM-DD");
      fields["date"] = d.date;
    }
    if (!d.detail.empty()) fields["detail"] = d.detail;
    if (d.person_id) {
      DOSSIER_RETURN_IF_ERROR(store_->GetPerson(d.person_id).status());
      fields["person_id"] = d.person_id;
    }
    if (fields.empty()) return InvalidArgumentError("a correction changes type, date, detail or person");
  }
  DOSSIER_ASSIGN_OR_RETURN(store::EventRow event, store_->GetEvent(event_id));
  json ej = json::parse(event.json, nullptr, false);
  if (!ej.is_object() || !ej.contains("sources") || ej["sources"].empty())
    return InternalError("event " + std::to_string(event_id) + " is unreadable");
  // The decisions the sources have now: a correction is kept by a
  // confirmation, and completed (not replaced) by another correction.
  DOSSIER_ASSIGN_OR_RETURN(std::vector<store::ReviewRow> existing, store_->ListReviews());
  std::map<std::tuple<int64_t, uint32_t, std::string>, const store::ReviewRow*> current;
  for (const auto& r : existing)
    if (r.kind == "event") current[{r.doc_id, r.start, r.event_type}] = &r;
  const std::string at = UtcTimestamp();
  std::vector<store::ReviewRow> rows;
  for (const auto& s : ej["sources"]) {
    store::ReviewRow r;
    r.kind = "event";
    r.doc_id = s.value("doc_id", int64_t{0});
    r.start = s.value("start", 0u);
    // "key_type" in profiles resolved before schema v5.
    r.event_type = s.value("extracted_type", s.value("key_type", event.type));
    r.action = d.action;
    r.fields = fields.dump();
    r.user = user;
    r.at = at;
    r.note = d.note;
    auto it = current.find({r.doc_id, r.start, r.event_type});
    if (it != current.end() && it->second->action == "correct") {
      if (d.action == "confirm") continue;
      if (d.action == "correct") {
        json merged = json::parse(it->second->fields, nullptr, false);
        if (!merged.is_object()) merged = json::object();
        merged.update(fields);
        r.fields = merged.dump();
      }
    }
    rows.push_back(std::move(r));
  }
  std::string detail = d.action + (fields.empty() ? "" : " " + fields.dump());
  const store::AuditRow audit{0, "", user, "review event", "event #" + std::to_string(event_id),
                              detail};
  // A confirmation changes no resolution: it is marked in place, unless it
  // brings a rejected event back.
  if (d.action == "confirm" && event.review != "rejected") {
    store::ReviewMark mark{store::ReviewMark::Kind::kEvent, event_id, "confirmed",
                           ReviewMarkJson("confirmed", user, at, d.note)};
    // A corrected event stays corrected, as resolution would leave it.
    bool corrected = event.review == "corrected";
    DOSSIER_RETURN_IF_ERROR(store_->PutReviews(rows, audit, corrected ? nullptr : &mark));
    return event_id;
  }
  if (rows.empty()) return event_id;
  DOSSIER_RETURN_IF_ERROR(store_->PutReviews(rows, audit, nullptr));
  DOSSIER_RETURN_IF_ERROR(Resolve().status());
  // The event as it now stands (rejected events keep an id too): the one
  // holding the first source's span with its extracted type.
  const auto& first = rows.front();
  DOSSIER_ASSIGN_OR_RETURN(std::vector<int64_t> ids,
                           store_->FindEventsBySource(first.doc_id, first.start));
  for (int64_t id : ids) {
    DOSSIER_ASSIGN_OR_RETURN(store::EventRow e, store_->GetEvent(id));
    json j = json::parse(e.json, nullptr, false);
    if (!j.is_object()) continue;
    for (const auto& s : j["sources"]) {
      if (s.value("doc_id", int64_t{0}) == first.doc_id && s.value("start", 0u) == first.start &&
          s.value("extracted_type", std::string()) == first.event_type)
        return id;
    }
  }
  return NotFoundError("event " + std::to_string(event_id) + " is gone after the review");
}

Status Engine::ReviewPerson(int64_t person_id, const std::string& action, const std::string& note,
                            const std::string& user) {
  if (action != "confirm" && action != "reject")
    return InvalidArgumentError("action must be confirm or reject");
  DOSSIER_RETURN_IF_ERROR(store_->GetPerson(person_id).status());
  DOSSIER_ASSIGN_OR_RETURN(store::CaseIds ids, store_->GetCaseIds());
  const std::string at = UtcTimestamp();
  std::vector<store::ReviewRow> rows;
  for (const auto& [key, pid] : ids.person_refs) {
    if (pid != person_id) continue;
    store::ReviewRow r;
    r.kind = "person";
    r.doc_id = key.doc_id;
    r.ref_key = key.key;
    r.action = action;
    r.fields = "{}";
    r.user = user;
    r.at = at;
    r.note = note;
    rows.push_back(std::move(r));
  }
  if (rows.empty()) return NotFoundError("no person with id " + std::to_string(person_id));
  // Person decisions change no resolution: every document person of this
  // one gets the decision, which is marked in place.
  const std::string status = action == "reject" ? "rejected" : "confirmed";
  store::ReviewMark mark{store::ReviewMark::Kind::kPerson, person_id, status,
                         ReviewMarkJson(status, user, at, note)};
  return store_->PutReviews(
      rows, {0, "", user, "review person", "person #" + std::to_string(person_id), action}, &mark);
}

}  // namespace dossier::engine
