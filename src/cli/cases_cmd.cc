// The case commands: resolve, person (explain, merge, split, overrides),
// persons, timeline and calls.
#include <fstream>
#include <map>
#include <set>

#include <fmt/ranges.h>

#include "base/files.h"
#include "cli/common.h"
#include "engine/timeline_svg.h"

namespace dossier::cli {

void PrintResolveSummary(const engine::ResolveReport& r) {
  std::cout << fmt::format(
      "cases: {} person{} and {} event{} from {} mention{} in {} document{}{}{}\n", r.persons,
      r.persons == 1 ? "" : "s", r.events, r.events == 1 ? "" : "s", r.document_persons,
      r.document_persons == 1 ? "" : "s", r.documents, r.documents == 1 ? "" : "s",
      r.conflicts ? fmt::format(", {} with conflicting claims", r.conflicts) : "",
      r.overrides ? fmt::format(", {} override{}", r.overrides, r.overrides == 1 ? "" : "s") : "");
}

namespace {

std::string Dash(const std::string& s) { return s.empty() ? "-" : s; }

std::string Join(const json& arr, const char* sep = ", ") {
  std::string out;
  for (const auto& v : arr) {
    if (!v.is_string()) continue;
    if (!out.empty()) out += sep;
    out += v.get<std::string>();
  }
  return out;
}

std::string TypeWords(const std::string& type) {
  std::string t = type;
  for (auto& c : t)
    if (c == '_') c = '-';
  return t;
}

// One source line: where a fact comes from.
std::string SourceLine(const json& s) {
  return fmt::format("#{} {} ({}, {})", s.value("doc_id", 0),
                     Shorten(s.value("title", std::string()), 60),
                     Dash(s.value("publisher", std::string())),
                     Dash(s.value("published", std::string())));
}

void PrintTimeline(const json& profile, bool quotes) {
  const json& events = profile["events"];
  if (events.empty()) {
    std::cout << "  (no events)\n";
    return;
  }
  for (const auto& e : events) {
    std::string date = e.value("date", std::string());
    std::string what = TypeWords(e.value("type", std::string()));
    std::string detail = e.value("detail", std::string());
    std::string place = e.value("place", std::string());
    std::string country = e.value("country", std::string());
    std::string where = place.empty() ? country : (country.empty() ? place : place + ", " + country);
    int n = e.value("corroboration", 0);
    std::string head = fmt::format("  {:<10}  {:<13} {}", date.empty() ? "undated" : date, what,
                                   detail.empty() ? "" : detail);
    if (!where.empty()) head += (detail.empty() ? "" : " ") + std::string("[") + where + "]";
    if (e.value("certainty", std::string()) == "alleged") head += " (alleged)";
    std::string reviewed;
    if (e.contains("review") && e["review"].value("status", std::string("pending")) != "pending") {
      reviewed = fmt::format("  [{} by {}]", e["review"].value("status", std::string()),
                             e["review"].value("by", std::string()));
    }
    std::cout << head << fmt::format("  — {} source{}{}\n", n, n == 1 ? "" : "s", reviewed);
    for (const auto& c : e["conflicts"]) {
      std::string claims;
      for (const auto& cl : c["claims"]) {
        if (!claims.empty()) claims += " vs ";
        claims += cl.value("value", std::string());
      }
      std::cout << fmt::format("      ! sources disagree on the {}: {}\n",
                               c.value("field", std::string()), claims);
    }
    for (const auto& s : e["sources"]) {
      std::cout << "      " << SourceLine(s) << "\n";
      if (quotes) std::cout << "        “" << Shorten(s.value("quote", std::string()), 220) << "”\n";
    }
  }
}

void PrintProfile(const json& p, bool quotes) {
  std::cout << fmt::format("#{} {}\n", p.value("id", 0), p.value("name", std::string()));
  json others = json::array();
  for (const auto& n : p["names"])
    if (n != p["name"]) others.push_back(n);
  auto row = [](const char* k, const std::string& v) {
    std::cout << fmt::format("{:<12}{}\n", k, Dash(v));
  };
  row("Also", Join(others));
  row("Roles", Join(p["roles"]));
  if (!p["titles"].empty()) row("Described", Join(p["titles"], "; "));
  row("Countries", Join(p["countries"]));
  std::string status = p.value("status", std::string("unknown"));
  std::string since = p.value("status_date", std::string());
  row("Status", status + (since.empty() ? "" : " since " + since) + " (as of " +
                    Dash(p.value("as_of", std::string())) + ")");
  std::cout << fmt::format("{:<12}{} document{}\n", "Sources", p["documents"].size(),
                           p["documents"].size() == 1 ? "" : "s");
  for (const auto& d : p["documents"]) {
    std::cout << fmt::format("{:<12}{} as “{}” ({})\n", "", SourceLine(d),
                             d.value("name", std::string()), d.value("role", std::string()));
  }
  if (p.contains("review") && p["review"].value("status", std::string("pending")) != "pending")
    row("Reviewed", p["review"].value("status", std::string()) + " by " +
                        p["review"].value("by", std::string()));
  std::cout << "\nTimeline\n";
  PrintTimeline(p, quotes);
  if (p.contains("rejected_events") && !p["rejected_events"].empty()) {
    std::cout << "\nRejected by review\n";
    for (const auto& r : p["rejected_events"]) {
      std::cout << fmt::format("  {:<10}  {:<13} #{} by {}\n", Dash(r.value("date", std::string())),
                               TypeWords(r.value("type", std::string())), r.value("id", 0),
                               r["review"].value("by", std::string()));
      for (const auto& s : r["sources"]) std::cout << "      " << SourceLine(s) << "\n";
    }
  }
  if (!p["calls"].empty()) {
    std::cout << "\nCalls for action\n";
    for (const auto& c : p["calls"]) {
      std::cout << fmt::format("  {} — {}\n", Dash(c.value("organization", std::string())),
                               SourceLine(c));
      if (quotes) std::cout << "    “" << Shorten(c.value("quote", std::string()), 220) << "”\n";
    }
  }
}

}  // namespace

struct CaseCommands::Impl {
  Globals* g = nullptr;
  CLI::App* resolve = nullptr;
  bool resolve_json = false;

  CLI::App* person = nullptr;
  std::string person_query;
  bool person_json = false, person_no_quotes = false;
  CLI::App* explain = nullptr;
  CLI::App* merge = nullptr;
  CLI::App* split = nullptr;
  CLI::App* overrides = nullptr;
  std::string a, b, note;
  std::vector<int64_t> split_docs;

  CLI::App* persons = nullptr;
  store::PersonFilter filter;
  std::string sort = "name";
  bool persons_json = false;

  CLI::App* timeline = nullptr;
  std::string timeline_query, timeline_format = "text", timeline_out;

  CLI::App* calls = nullptr;
  std::string calls_person;
  bool calls_json = false;

  CLI::App* review = nullptr;
  CLI::App* review_event = nullptr;
  CLI::App* review_person = nullptr;
  std::string review_target, review_action, review_by = "(cli)";
  engine::EventDecision decision;

  CLI::App* export_cmd = nullptr;
  std::string export_format = "json", export_out;

  int RunReview() {
    auto opened = OpenEngine(*g, false);
    if (!opened.ok()) return Fail(opened.status());
    auto& eng = **opened;
    if (*review_person) {
      auto p = OnePerson(eng, review_target);
      if (!p.ok()) return Fail(p.status());
      Status s = eng.ReviewPerson(p->id, review_action, decision.note, review_by);
      if (!s.ok()) return Fail(s);
      std::cout << fmt::format("#{} {}: {}\n", p->id, p->name,
                               review_action == "reject" ? "rejected" : "confirmed");
      return kExitOk;
    }
    int64_t id = 0;
    try {
      id = std::stoll(review_target[0] == '#' ? review_target.substr(1) : review_target);
    } catch (...) {
      return Fail(InvalidArgumentError("give the event's id (see `dossier person NAME --json`)"));
    }
    decision.action = review_action;
    auto now = eng.ReviewEvent(id, decision, review_by);
    if (!now.ok()) return Fail(now.status());
    auto e = eng.GetEvent(*now);
    if (!e.ok()) return Fail(e.status());
    std::cout << fmt::format("event #{}: {} {} of {} ({})\n", e->id, e->type,
                             e->date.empty() ? "undated" : e->date, e->person,
                             e->review.empty() ? "pending" : e->review);
    return kExitOk;
  }
  CLI::App* import_cmd = nullptr;
  std::string import_path;

  int RunExport() {
    auto opened = OpenEngine(*g, false);
    if (!opened.ok()) return Fail(opened.status());
    if (export_format == "csv") {
      if (export_out.empty() || export_out == "-")
        return Fail(InvalidArgumentError("--format csv writes one file per table: give -o DIR"));
      Status s = (*opened)->ExportCsv(export_out);
      if (!s.ok()) return Fail(s);
      std::cout << "wrote documents.csv, persons.csv, events.csv, sources.csv, calls.csv to "
                << export_out << "\n";
      return kExitOk;
    }
    if (export_out.empty() || export_out == "-") {
      Status s = (*opened)->Export(export_format, std::cout);
      return s.ok() ? kExitOk : Fail(s);
    }
    // Written beside the target and renamed: never a half-written export.
    std::string tmp = export_out + ".tmp";
    {
      std::ofstream f(tmp, std::ios::binary);
      if (!f) return Fail(UnavailableError(export_out + ": cannot write"));
      Status s = (*opened)->Export(export_format, f);
      f.close();
      if (!s.ok() || !f) {
        std::filesystem::remove(tmp);
        return Fail(s.ok() ? UnavailableError(export_out + ": write failed") : s);
      }
    }
    std::error_code ec;
    std::filesystem::rename(tmp, export_out, ec);
    if (ec) return Fail(UnavailableError(export_out + ": " + ec.message()));
    std::cerr << "wrote " << export_out << "\n";
    return kExitOk;
  }

  int RunImport() {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (import_path != "-") {
      file.open(import_path, std::ios::binary);
      if (!file) return Fail(NotFoundError(import_path + ": cannot open"));
      in = &file;
    }
    auto opened = OpenEngine(*g, true);
    if (!opened.ok()) return Fail(opened.status());
    auto r = (*opened)->Import(*in, import_path);
    if (!r.ok()) return Fail(r.status());
    std::cout << fmt::format("imported {} documents, {} overrides and {} review decisions into {}\n",
                             r->documents, r->overrides, r->reviews, DbPath(*g));
    PrintResolveSummary(r->cases);
    return kExitOk;
  }

  // The one person a query names, or a failure listing the candidates.
  Result<store::PersonRow> OnePerson(engine::Engine& eng, const std::string& query) {
    DOSSIER_ASSIGN_OR_RETURN(auto found, eng.FindPersons(query));
    if (found.empty()) return NotFoundError("no person matches \"" + query + "\"");
    if (found.size() > 1) {
      std::string msg = "\"" + query + "\" matches " + std::to_string(found.size()) +
                        " persons; give the id:";
      for (size_t i = 0; i < found.size() && i < 20; ++i)
        msg += "\n  #" + std::to_string(found[i].id) + " " + found[i].name + " (" +
               found[i].status + ", " + std::to_string(found[i].sources) + " documents)";
      return FailedPreconditionError(msg);
    }
    return found[0];
  }

  int RunResolve() {
    auto opened = OpenEngine(*g, false);
    if (!opened.ok()) return Fail(opened.status());
    auto r = (*opened)->Resolve();
    if (!r.ok()) return Fail(r.status());
    if (resolve_json) {
      std::cout << json{{"documents", r->documents},       {"document_persons", r->document_persons},
                        {"persons", r->persons},           {"events", r->events},
                        {"source_events", r->source_events}, {"conflicts", r->conflicts},
                        {"overrides", r->overrides}}
                       .dump(2)
                << "\n";
    } else {
      PrintResolveSummary(*r);
    }
    return kExitOk;
  }

  int RunPerson() {
    auto opened = OpenEngine(*g, false);
    if (!opened.ok()) return Fail(opened.status());
    auto& eng = **opened;
    if (*overrides) {
      auto list = eng.ListOverrides();
      if (!list.ok()) return Fail(list.status());
      if (list->empty()) std::cout << "no overrides\n";
      for (const auto& o : *list) {
        std::cout << fmt::format("{:>4}  {:<5}  doc {} “{}”  ~  doc {} “{}”  {}  {}\n", o.id,
                                 o.kind == resolve::Override::Kind::kMerge ? "merge" : "split",
                                 o.a.doc_id, o.a.key, o.b.doc_id, o.b.key, o.created_at, o.note);
      }
      return kExitOk;
    }
    if (*explain || *merge) {
      auto pa = OnePerson(eng, a);
      if (!pa.ok()) return Fail(pa.status());
      auto pb = OnePerson(eng, b);
      if (!pb.ok()) return Fail(pb.status());
      if (*explain) {
        auto text = eng.ExplainPersons(pa->id, pb->id);
        if (!text.ok()) return Fail(text.status());
        std::cout << *text;
        return kExitOk;
      }
      auto id = eng.MergePersons(pa->id, pb->id, note);
      if (!id.ok()) return Fail(id.status());
      std::cout << fmt::format("merged #{} {} and #{} {} into #{} (a merge override, kept across "
                               "re-extraction)\n",
                               pa->id, pa->name, pb->id, pb->name, *id);
      return kExitOk;
    }
    if (*split) {
      auto p = OnePerson(eng, a);
      if (!p.ok()) return Fail(p.status());
      Status s = eng.SplitPerson(p->id, split_docs, note);
      if (!s.ok()) return Fail(s);
      std::cout << fmt::format("split #{} {}: its mentions in document{} {} are now another "
                               "person (a split override, kept across re-extraction)\n",
                               p->id, p->name, split_docs.size() == 1 ? "" : "s",
                               fmt::format("{}", fmt::join(split_docs, ", ")));
      return kExitOk;
    }
    if (person_query.empty()) {
      std::cerr << "dossier: person: give a name or an id (or explain/merge/split/overrides)\n";
      return kExitUsage;
    }
    auto p = OnePerson(eng, person_query);
    if (!p.ok()) return Fail(p.status());
    json profile = json::parse(p->json);
    if (person_json) std::cout << profile.dump(2) << "\n";
    else PrintProfile(profile, !person_no_quotes);
    return kExitOk;
  }

  int RunPersons() {
    if (sort == "name") filter.sort = store::PersonFilter::Sort::kName;
    else if (sort == "latest") filter.sort = store::PersonFilter::Sort::kLatest;
    else if (sort == "events") filter.sort = store::PersonFilter::Sort::kEvents;
    else if (sort == "sources") filter.sort = store::PersonFilter::Sort::kSources;
    else return Fail(InvalidArgumentError("--sort must be name, latest, events or sources"));
    if (filter.limit < 1) return Fail(InvalidArgumentError("--limit must be positive"));
    auto opened = OpenEngine(*g, false);
    if (!opened.ok()) return Fail(opened.status());
    auto rows = (*opened)->ListPersons(filter);
    if (!rows.ok()) return Fail(rows.status());
    auto total = (*opened)->CountPersons(filter);
    if (!total.ok()) return Fail(total.status());
    if (persons_json) {
      json arr = json::array();
      for (const auto& r : *rows) {
        arr.push_back({{"id", r.id},           {"name", r.name},         {"status", r.status},
                       {"status_date", r.status_date}, {"as_of", r.as_of},
                       {"countries", r.countries}, {"roles", r.roles},
                       {"event_types", r.event_types}, {"first_date", r.first_date},
                       {"last_date", r.last_date}, {"events", r.events}, {"sources", r.sources}});
      }
      std::cout << json{{"total", *total}, {"persons", arr}}.dump(2) << "\n";
      return kExitOk;
    }
    if (rows->empty()) {
      std::cout << "no persons\n";
      return kExitOk;
    }
    std::cout << fmt::format("{:>5}  {:<28}  {:<11}  {:<10}  {:<9}  {:<10}  {:>6}  {:>7}\n", "ID",
                             "NAME", "STATUS", "SINCE", "COUNTRY", "ROLE", "EVENTS", "SOURCES");
    for (const auto& r : *rows) {
      std::cout << fmt::format("{:>5}  {:<28}  {:<11}  {:<10}  {:<9}  {:<10}  {:>6}  {:>7}\n",
                               r.id, Shorten(r.name, 28), r.status, Dash(r.status_date),
                               Dash(fmt::format("{}", fmt::join(r.countries, " "))),
                               r.roles.empty() ? "-" : r.roles[0], r.events, r.sources);
    }
    if (*total > static_cast<int64_t>(rows->size()))
      std::cout << fmt::format("({} of {} persons; --limit/--offset for more)\n", rows->size(), *total);
    return kExitOk;
  }

  int RunTimeline() {
    if (timeline_format != "text" && timeline_format != "json" && timeline_format != "svg")
      return Fail(InvalidArgumentError("--format must be text, json or svg"));
    auto opened = OpenEngine(*g, false);
    if (!opened.ok()) return Fail(opened.status());
    auto p = OnePerson(**opened, timeline_query);
    if (!p.ok()) return Fail(p.status());
    json profile = json::parse(p->json);
    std::string out;
    if (timeline_format == "json") {
      json t{{"id", profile["id"]}, {"name", profile["name"]}, {"status", profile["status"]},
             {"status_date", profile["status_date"]}, {"as_of", profile["as_of"]},
             {"events", profile["events"]}};
      out = t.dump(2) + "\n";
    } else if (timeline_format == "svg") {
      out = engine::RenderTimelineSvg(profile);
    } else {
      std::cout << fmt::format("#{} {} — {}\n", p->id, p->name, p->status);
      PrintTimeline(profile, true);
      return kExitOk;
    }
    if (timeline_out.empty() || timeline_out == "-") {
      std::cout << out;
      return kExitOk;
    }
    Status written = WriteFileAtomic(timeline_out, out);
    if (!written.ok()) return Fail(written);
    std::cout << "wrote " << timeline_out << "\n";
    return kExitOk;
  }

  int RunCalls() {
    auto opened = OpenEngine(*g, false);
    if (!opened.ok()) return Fail(opened.status());
    int64_t only = 0;
    if (!calls_person.empty()) {
      auto p = OnePerson(**opened, calls_person);
      if (!p.ok()) return Fail(p.status());
      only = p->id;
    }
    auto orgs = (*opened)->ListOrganisations(only);
    if (!orgs.ok()) return Fail(orgs.status());
    if (calls_json) {
      json arr = json::array();
      for (const auto& o : *orgs) {
        json docs = json::array(), calls = json::array();
        for (const auto& d : o.documents)
          docs.push_back({{"doc_id", d.doc_id}, {"title", d.title}, {"published", d.published},
                          {"how", d.how}});
        for (const auto& c : o.calls) calls.push_back(json::parse(c));
        arr.push_back({{"organization", o.name}, {"documents", docs}, {"calls", calls}});
      }
      std::cout << arr.dump(2) << "\n";
      return kExitOk;
    }
    if (orgs->empty()) {
      std::cout << "no organisations\n";
      return kExitOk;
    }
    for (const auto& o : *orgs) {
      std::cout << o.name << "\n";
      for (const auto& d : o.documents) {
        std::cout << fmt::format("  {:<7}#{} {} ({})\n", d.how, d.doc_id, Shorten(d.title, 60),
                                 d.published.empty() ? "-" : d.published);
      }
      for (const auto& cs : o.calls) {
        json c = json::parse(cs);
        std::cout << fmt::format("  call   for #{} {} — {}\n", c.value("person_id", int64_t{0}),
                                 c.value("person", std::string()), SourceLine(c));
        std::cout << "    “" << Shorten(c.value("quote", std::string()), 220) << "”\n";
      }
    }
    return kExitOk;
  }
};

CaseCommands::CaseCommands(CLI::App* app, Globals* globals) : impl_(std::make_unique<Impl>()) {
  Impl& i = *impl_;
  i.g = globals;
  i.resolve = app->add_subcommand(
      "resolve", "Re-resolve persons and events across documents (ingest does it too)");
  i.resolve->add_flag("--json", i.resolve_json, "Print JSON");

  i.person = app->add_subcommand("person", "A person's profile and cited timeline");
  i.person->add_option("query", i.person_query, "Name in any spelling or script, or id (#12)");
  i.person->add_flag("--json", i.person_json, "Print the profile as JSON");
  i.person->add_flag("--no-quotes", i.person_no_quotes, "Sources without their quotes");
  i.explain = i.person->add_subcommand("explain", "Why two persons are (not) one");
  i.explain->add_option("a", i.a, "Person (name or id)")->required();
  i.explain->add_option("b", i.b, "Person (name or id)")->required();
  i.merge = i.person->add_subcommand("merge", "Record that two persons are one (kept for good)");
  i.merge->add_option("a", i.a, "Person (name or id)")->required();
  i.merge->add_option("b", i.b, "Person (name or id)")->required();
  i.merge->add_option("--note", i.note, "Why (kept with the decision)");
  i.split = i.person->add_subcommand(
      "split", "Record that a person's mentions in some documents are someone else");
  i.split->add_option("person", i.a, "Person (name or id)")->required();
  i.split->add_option("--docs", i.split_docs, "Document ids whose mentions move out")
      ->required()
      ->delimiter(',');
  i.split->add_option("--note", i.note, "Why (kept with the decision)");
  i.overrides = i.person->add_subcommand("overrides", "List merge and split decisions");

  i.persons = app->add_subcommand("persons", "List persons with filters");
  i.persons->add_option("--country", i.filter.country, "ISO country code (KG, RU, ...)");
  i.persons->add_option("--status", i.filter.status,
                        "detained, sentenced, released, deceased, disappeared, unknown");
  i.persons->add_option("--role", i.filter.role, "subject, official, lawyer, relative, signatory, other");
  i.persons->add_option("--event", i.filter.event_type, "Has an event of this type (arrest, ...)");
  i.persons->add_option("--from", i.filter.from, "Has events on or after YYYY[-MM[-DD]]");
  i.persons->add_option("--to", i.filter.to, "Has events on or before YYYY[-MM[-DD]]");
  i.persons->add_option("--sort", i.sort, "name (default), latest, events or sources");
  i.persons->add_option("-n,--limit", i.filter.limit, "Number of rows (default 50)");
  i.persons->add_option("--offset", i.filter.offset, "Skip this many rows");
  i.persons->add_flag("--json", i.persons_json, "Print JSON");

  i.timeline = app->add_subcommand("timeline", "A person's dated, cited timeline");
  i.timeline->add_option("query", i.timeline_query, "Name in any spelling, or id")->required();
  i.timeline->add_option("--format", i.timeline_format, "text (default), json or svg");
  i.timeline->add_option("-o,--out", i.timeline_out, "Write to this file");

  i.calls = app->add_subcommand(
      "calls", "Organisations: the documents each issued or signed, and their calls for action");
  i.calls->add_option("--person", i.calls_person, "Only calls about this person");
  i.calls->add_flag("--json", i.calls_json, "Print JSON");

  i.review = app->add_subcommand("review", "Record a review decision (kept across re-extraction)");
  i.review->require_subcommand(1);
  i.review_event = i.review->add_subcommand("event", "Confirm, correct or reject a case event");
  i.review_event->add_option("id", i.review_target, "Event id")->required();
  i.review_event->add_option("action", i.review_action, "confirm, correct or reject")
      ->required()
      ->check(CLI::IsMember({"confirm", "correct", "reject"}));
  i.review_event->add_option("--type", i.decision.type, "correct: the event type");
  i.review_event->add_option("--date", i.decision.date, "correct: the date, YYYY[-MM[-DD]]");
  i.review_event->add_option("--detail", i.decision.detail, "correct: the detail");
  i.review_event->add_option("--person", i.decision.person_id, "correct: move it to this person id");
  i.review_person = i.review->add_subcommand("person", "Confirm or reject a case person");
  i.review_person->add_option("person", i.review_target, "Person (name or id)")->required();
  i.review_person->add_option("action", i.review_action, "confirm or reject")
      ->required()
      ->check(CLI::IsMember({"confirm", "reject"}));
  for (CLI::App* sub : {i.review_event, i.review_person}) {
    sub->add_option("--note", i.decision.note, "Why (kept with the decision)");
    sub->add_option("--by", i.review_by, "Who decides (default \"(cli)\")");
  }
  AddExportCommands(app);
}

CaseCommands::~CaseCommands() = default;

void CaseCommands::AddExportCommands(CLI::App* app) {
  Impl& i = *impl_;
  i.export_cmd = app->add_subcommand("export", "Export documents, persons, events and sources");
  i.export_cmd->add_option("--format", i.export_format,
                           "json (default; for import), jsonl, csv (one file per table) or "
                           "huridocs (HURIDOCS Events Standard Formats)");
  i.export_cmd->add_option("-o,--out", i.export_out, "File (directory for csv); default stdout");
  i.import_cmd = app->add_subcommand("import", "Load a JSON export into an empty database");
  i.import_cmd->add_option("file", i.import_path, "Export file (dossier export --format json); - for stdin")
      ->required();
}

std::optional<int> CaseCommands::Run() {
  Impl& i = *impl_;
  if (*i.resolve) return i.RunResolve();
  if (*i.person) return i.RunPerson();
  if (*i.persons) return i.RunPersons();
  if (*i.timeline) return i.RunTimeline();
  if (*i.calls) return i.RunCalls();
  if (*i.review) return i.RunReview();
  if (*i.export_cmd) return i.RunExport();
  if (*i.import_cmd) return i.RunImport();
  return std::nullopt;
}

}  // namespace dossier::cli
