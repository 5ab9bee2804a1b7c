// Review decisions: an editor confirms, corrects or rejects a case event or
// a case person. Decisions are stored against the document spans they judge
// (see store::ReviewRow) and applied by every resolution (cases.cc,
// ApplyReviews), so re-extraction and re-resolution never undo them.
#include <nlohmann/json.hpp>

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

}  // namespace

Result<store::EventRow> Engine::GetEvent(int64_t event_id) {
  DOSSIER_ASSIGN_OR_RETURN(auto events, store_->ListEvents(0));
  for (auto& e : events)
    if (e.id == event_id) return std::move(e);
  return NotFoundError("no event with id " + std::to_string(event_id));
}

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
  DOSSIER_ASSIGN_OR_RETURN(store::EventRow event, GetEvent(event_id));
  json ej = json::parse(event.json, nullptr, false);
  if (!ej.is_object()) return InternalError("event " + std::to_string(event_id) + " is unreadable");
  std::vector<store::ReviewRow> rows;
  for (const auto& s : ej["sources"]) {
    store::ReviewRow r;
    r.kind = "event";
    r.doc_id = s.value("doc_id", int64_t{0});
    r.start = s.value("start", 0u);
    r.event_type = s.value("key_type", event.type);
    r.action = d.action;
    r.fields = fields.dump();
    r.user = user;
    r.note = d.note;
    rows.push_back(std::move(r));
  }
  std::string detail = d.action + (fields.empty() ? "" : " " + fields.dump());
  DOSSIER_RETURN_IF_ERROR(store_->PutReviews(
      rows, {0, "", user, "review event", "event #" + std::to_string(event_id), detail}));
  DOSSIER_RETURN_IF_ERROR(Resolve().status());
  if (d.action == "reject") return int64_t{0};
  // The event as it now stands: the one holding its first source.
  DOSSIER_ASSIGN_OR_RETURN(auto events, store_->ListEvents(0));
  const auto& first = rows.front();
  for (const auto& e : events)
    for (const auto& [doc, start, end] : e.sources)
      if (doc == first.doc_id && start == first.start) return e.id;
  return int64_t{0};
}

Status Engine::ReviewPerson(int64_t person_id, const std::string& action, const std::string& note,
                            const std::string& user) {
  if (action != "confirm" && action != "reject")
    return InvalidArgumentError("action must be confirm or reject");
  DOSSIER_RETURN_IF_ERROR(store_->GetPerson(person_id).status());
  DOSSIER_ASSIGN_OR_RETURN(store::CaseIds ids, store_->GetCaseIds());
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
    r.note = note;
    rows.push_back(std::move(r));
  }
  if (rows.empty()) return NotFoundError("no person with id " + std::to_string(person_id));
  DOSSIER_RETURN_IF_ERROR(store_->PutReviews(
      rows, {0, "", user, "review person", "person #" + std::to_string(person_id), action}));
  return Resolve().status();
}

}  // namespace dossier::engine
