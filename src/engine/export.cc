// Exports (JSON, JSON Lines, CSV tables, HURIDOCS Events Standard Formats)
// and the import of a JSON export into an empty database.
#include <openssl/evp.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "base/files.h"
#include "engine/engine.h"
#include "engine/extraction_json.h"
#include "ingest/near_dup.h"

namespace dossier::engine {
namespace {

using json = nlohmann::ordered_json;

constexpr const char* kExportFormat = "dossier-export";
constexpr int kExportVersion = 2;  // 2: review decisions

std::string Base64(std::string_view bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
  int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                          reinterpret_cast<const unsigned char*>(bytes.data()),
                          static_cast<int>(bytes.size()));
  out.resize(static_cast<size_t>(n));
  return out;
}

Result<std::string> Unbase64(std::string_view text) {
  if (text.size() % 4 != 0) return InvalidArgumentError("bad base64 length");
  std::string out(3 * text.size() / 4 + 1, '\0');
  int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                          reinterpret_cast<const unsigned char*>(text.data()),
                          static_cast<int>(text.size()));
  if (n < 0) return InvalidArgumentError("bad base64");
  size_t pad = 0;
  if (!text.empty() && text.back() == '=') ++pad;
  if (text.size() > 1 && text[text.size() - 2] == '=') ++pad;
  out.resize(static_cast<size_t>(n) - pad);
  return out;
}

json Prov(const Provenanced& p) { return json{{"value", p.value}, {"source", p.source}}; }

Provenanced ReadProv(const json& j) {
  return {j.value("value", std::string()), j.value("source", std::string())};
}

json DocumentJson(const Document& d, const std::string& extraction, bool full) {
  json j{{"id", d.id},
         {"sha256", d.sha256},
         {"source", d.source_path},
         {"format", FormatName(d.format)},
         {"encoding", d.encoding},
         {"url", d.meta.url},
         {"ingested_at", d.ingested_at},
         {"title", Prov(d.meta.title)},
         {"published", Prov(d.meta.published)},
         {"publisher", Prov(d.meta.publisher)},
         {"language", Prov(d.meta.language)}};
  if (!full) return j;
  j["text"] = d.clean.text;
  j["offset_map"] = Base64(d.clean.map.Serialize());
  std::string sig;
  for (uint64_t v : d.minhash)
    for (int b = 0; b < 8; ++b) sig.push_back(static_cast<char>(v >> (8 * b)));
  j["minhash"] = Base64(sig);
  j["original"] = Base64(d.original);
  j["extraction"] = extraction.empty() ? json(nullptr) : json::parse(extraction);
  return j;
}

json ReviewJson(const store::ReviewRow& r) {
  json fields = json::parse(r.fields, nullptr, false);
  return json{{"id", r.id},           {"kind", r.kind},   {"doc_id", r.doc_id},
              {"start", r.start},     {"event_type", r.event_type}, {"ref_key", r.ref_key},
              {"action", r.action},   {"fields", fields.is_discarded() ? json::object() : fields},
              {"user", r.user},       {"at", r.at},       {"note", r.note}};
}

store::ReviewRow ReadReview(const json& j) {
  store::ReviewRow r;
  r.id = j.value("id", int64_t{0});
  r.kind = j.value("kind", std::string());
  r.doc_id = j.value("doc_id", int64_t{0});
  r.start = j.value("start", 0u);
  r.event_type = j.value("event_type", std::string());
  r.ref_key = j.value("ref_key", std::string());
  r.action = j.value("action", std::string());
  r.fields = j.value("fields", json::object()).dump();
  r.user = j.value("user", std::string());
  r.at = j.value("at", std::string());
  r.note = j.value("note", std::string());
  return r;
}

json OverrideJson(const resolve::Override& o) {
  return json{{"id", o.id},
              {"kind", o.kind == resolve::Override::Kind::kMerge ? "merge" : "split"},
              {"a", {{"doc_id", o.a.doc_id}, {"key", o.a.key}}},
              {"b", {{"doc_id", o.b.doc_id}, {"key", o.b.key}}},
              {"created_at", o.created_at},
              {"note", o.note}};
}

// CSV field quoting (RFC 4180).
std::string Csv(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += "\"\"";
    else out.push_back(c);
  }
  return out + "\"";
}

std::string CsvRow(const std::vector<std::string>& fields) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out.push_back(',');
    out += Csv(fields[i]);
  }
  return out + "\r\n";
}

std::string JoinWith(const json& arr, const char* sep) {
  std::string out;
  for (const auto& v : arr) {
    if (!v.is_string()) continue;
    if (!out.empty()) out += sep;
    out += v.get<std::string>();
  }
  return out;
}

// HURIDOCS act types for our event types (Micro-thesaurus "Types of Acts",
// in words, with our type alongside for systems that map codes).
const char* HuridocsActType(const std::string& type) {
  static const std::map<std::string, const char*> kTypes = {
      {"arrest", "Arrest"},
      {"charge", "Prosecution"},
      {"trial", "Trial"},
      {"sentence", "Sentencing"},
      {"ruling", "Judicial decision"},
      {"transfer", "Transfer"},
      {"release", "Release"},
      {"ill_treatment", "Torture and ill-treatment"},
      {"health", "Denial of medical care or health in detention"},
      {"disappearance", "Enforced disappearance"},
      {"death", "Death in custody or killing"},
  };
  auto it = kTypes.find(type);
  return it == kTypes.end() ? "Other" : it->second;
}

}  // namespace

Status Engine::Export(const std::string& format, std::ostream& out) {
  if (format != "json" && format != "jsonl" && format != "huridocs") {
    return InvalidArgumentError("unknown export format \"" + format +
                                "\" (json, jsonl, csv, huridocs)");
  }
  store::ListOptions lo;
  lo.limit = 1 << 30;
  DOSSIER_ASSIGN_OR_RETURN(auto docs, store_->ListDocuments(lo));
  DOSSIER_ASSIGN_OR_RETURN(auto overrides, store_->ListOverrides());
  DOSSIER_ASSIGN_OR_RETURN(auto pairs, store_->ListNearDuplicatePairs());
  store::PersonFilter all;
  all.limit = 1 << 30;
  DOSSIER_ASSIGN_OR_RETURN(auto persons, store_->ListPersons(all));
  DOSSIER_ASSIGN_OR_RETURN(auto events, store_->ListEvents(store::EventFilter{}));
  DOSSIER_ASSIGN_OR_RETURN(auto reviews, store_->ListReviews());
  DOSSIER_ASSIGN_OR_RETURN(store::CaseIds ids, store_->GetCaseIds());
  std::map<int64_t, std::vector<std::pair<int64_t, std::string>>> refs_of;
  for (const auto& [k, id] : ids.person_refs) refs_of[id].emplace_back(k.doc_id, k.key);

  if (format == "huridocs") {
    json sources = json::array(), people = json::array(), evs = json::array();
    for (const auto& d : docs) {
      sources.push_back({{"source_record_number", "D" + std::to_string(d.id)},
                         {"title", d.title},
                         {"source_name", d.publisher},
                         {"date_of_source_material", d.published},
                         {"language", d.language},
                         {"type_of_source_material", FormatName(d.format)}});
    }
    std::map<int64_t, std::string> names;
    for (const auto& p : persons) {
      names[p.id] = p.name;
      json profile = json::parse(p.json);
      json other = json::array();
      for (const auto& n : profile["names"])
        if (n != profile["name"]) other.push_back(n);
      people.push_back({{"person_record_number", "P" + std::to_string(p.id)},
                        {"name", p.name},
                        {"other_names", other},
                        {"citizenship", p.countries},
                        {"occupation", profile["titles"]},
                        {"status", p.status},
                        {"status_date", p.status_date}});
    }
    for (const auto& e : events) {
      if (e.review == "rejected") continue;  // not an event, by review
      json ej = json::parse(e.json);
      json info = json::array();
      std::set<int64_t> seen;
      for (const auto& s : ej["sources"]) {
        int64_t doc = s.value("doc_id", int64_t{0});
        info.push_back({{"source_record_number", "D" + std::to_string(doc)},
                        {"date_of_source_material", s.value("published", std::string())},
                        {"reliability_of_information", s.value("certainty", std::string())},
                        {"quote", s.value("quote", std::string())},
                        {"start", s.value("start", 0)},
                        {"end", s.value("end", 0)}});
        seen.insert(doc);
      }
      std::string date = e.date;
      json act{{"act_record_number", "A" + std::to_string(e.id)},
               {"victim", "P" + std::to_string(e.person_id)},
               {"type_of_act", HuridocsActType(e.type)},
               {"dossier_type", e.type},
               {"start_date", date},
               {"date_type", ej.value("precision", std::string())},
               {"place", ej.value("place", std::string())},
               {"country", ej.value("country", std::string())},
               {"detail", ej.value("detail", std::string())},
               {"sentence_term", ej.value("duration", std::string())},
               {"status_of_information", ej["conflicts"].empty() ? "consistent" : "conflicting"}};
      evs.push_back({{"event_record_number", "E" + std::to_string(e.id)},
                     {"event_title", std::string(HuridocsActType(e.type)) + ": " + names[e.person_id]},
                     {"start_date", date},
                     {"geographical_term", ej.value("country", std::string())},
                     {"local_geographical_area", ej.value("place", std::string())},
                     {"acts", json::array({act})},
                     {"information", info},
                     {"number_of_sources", seen.size()}});
    }
    json root{{"standard", "HURIDOCS Events Standard Formats"},
              {"generator", "dossier"},
              {"events", evs},
              {"persons", people},
              {"sources", sources}};
    out << root.dump(2) << "\n";
    return out.good() ? Status::Ok() : UnavailableError("write failed");
  }

  auto person_json = [&](const store::PersonRow& p) {
    json j = json::parse(p.json);
    json refs = json::array();
    for (const auto& [doc, key] : refs_of[p.id]) refs.push_back({{"doc_id", doc}, {"key", key}});
    j["refs"] = refs;
    return j;
  };
  auto document = [&](const DocumentSummary& s) -> Result<json> {
    DOSSIER_ASSIGN_OR_RETURN(Document d, store_->GetDocument(s.id, true));
    DOSSIER_ASSIGN_OR_RETURN(std::string x, store_->GetExtraction(s.id));
    return DocumentJson(d, x, true);
  };
  if (format == "jsonl") {
    out << json{{"kind", "header"}, {"format", kExportFormat}, {"version", kExportVersion}}.dump()
        << "\n";
    for (const auto& s : docs) {
      DOSSIER_ASSIGN_OR_RETURN(json d, document(s));
      out << json{{"kind", "document"}, {"document", d}}.dump() << "\n";
    }
    for (const auto& [a, b] : pairs)
      out << json{{"kind", "near_duplicate"}, {"a", a}, {"b", b}}.dump() << "\n";
    for (const auto& o : overrides)
      out << json{{"kind", "override"}, {"override", OverrideJson(o)}}.dump() << "\n";
    for (const auto& r : reviews)
      out << json{{"kind", "review"}, {"review", ReviewJson(r)}}.dump() << "\n";
    for (const auto& p : persons)
      out << json{{"kind", "person"}, {"person", person_json(p)}}.dump() << "\n";
    for (const auto& e : events)
      out << json{{"kind", "event"}, {"event", json::parse(e.json)}}.dump() << "\n";
    return out.good() ? Status::Ok() : UnavailableError("write failed");
  }
  // json: one object, written document by document to bound memory.
  out << "{\"format\":\"" << kExportFormat << "\",\"version\":" << kExportVersion
      << ",\"documents\":[";
  for (size_t i = 0; i < docs.size(); ++i) {
    DOSSIER_ASSIGN_OR_RETURN(json d, document(docs[i]));
    out << (i ? ",\n" : "\n") << d.dump();
  }
  json near = json::array();
  for (const auto& [a, b] : pairs) near.push_back({a, b});
  json ov = json::array();
  for (const auto& o : overrides) ov.push_back(OverrideJson(o));
  json rv = json::array();
  for (const auto& r : reviews) rv.push_back(ReviewJson(r));
  json ps = json::array();
  for (const auto& p : persons) ps.push_back(person_json(p));
  json es = json::array();
  for (const auto& e : events) es.push_back(json::parse(e.json));
  out << "],\n\"near_duplicates\":" << near.dump() << ",\n\"overrides\":" << ov.dump()
      << ",\n\"reviews\":" << rv.dump() << ",\n\"persons\":" << ps.dump()
      << ",\n\"events\":" << es.dump() << "}\n";
  return out.good() ? Status::Ok() : UnavailableError("write failed");
}

Status Engine::ExportCsv(const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return UnavailableError(dir + ": " + ec.message());
  store::ListOptions lo;
  lo.limit = 1 << 30;
  DOSSIER_ASSIGN_OR_RETURN(auto docs, store_->ListDocuments(lo));
  store::PersonFilter all;
  all.limit = 1 << 30;
  DOSSIER_ASSIGN_OR_RETURN(auto persons, store_->ListPersons(all));
  DOSSIER_ASSIGN_OR_RETURN(auto events, store_->ListEvents(store::EventFilter{}));
  DOSSIER_ASSIGN_OR_RETURN(auto calls, store_->ListCalls());
  std::map<std::string, std::string> files;
  std::string& d = files["documents.csv"];
  d = CsvRow({"id", "title", "published", "publisher", "language", "format", "source", "url",
              "sha256", "ingested_at"});
  for (const auto& s : docs) {
    DOSSIER_ASSIGN_OR_RETURN(Document doc, store_->GetDocument(s.id, false));
    d += CsvRow({std::to_string(s.id), s.title, s.published, s.publisher, s.language,
                 std::string(FormatName(s.format)), s.source_path, doc.meta.url, s.sha256,
                 s.ingested_at});
  }
  std::string& p = files["persons.csv"];
  p = CsvRow({"id", "name", "other_names", "roles", "countries", "status", "status_date",
              "as_of", "first_event", "last_event", "events", "documents"});
  for (const auto& r : persons) {
    json j = json::parse(r.json);
    json other = json::array();
    for (const auto& n : j["names"])
      if (n != j["name"]) other.push_back(n);
    p += CsvRow({std::to_string(r.id), r.name, JoinWith(other, "; "), JoinWith(j["roles"], "; "),
                 JoinWith(j["countries"], "; "), r.status, r.status_date, r.as_of, r.first_date,
                 r.last_date, std::to_string(r.events), std::to_string(r.sources)});
  }
  std::string& e = files["events.csv"];
  e = CsvRow({"id", "person_id", "type", "date", "precision", "place", "country", "detail",
              "duration", "certainty", "corroboration", "conflicts", "review"});
  std::string& s = files["sources.csv"];
  s = CsvRow({"event_id", "doc_id", "date", "detail", "certainty", "quote", "start", "end"});
  for (const auto& r : events) {
    if (r.review == "rejected") continue;  // not an event, by review
    json j = json::parse(r.json);
    std::string conflicts;
    for (const auto& c : j["conflicts"]) {
      std::string values;
      for (const auto& cl : c["claims"]) values += (values.empty() ? "" : " vs ") + cl.value("value", std::string());
      conflicts += (conflicts.empty() ? "" : "; ") + c.value("field", std::string()) + ": " + values;
    }
    e += CsvRow({std::to_string(r.id), std::to_string(r.person_id), r.type, r.date,
                 j.value("precision", std::string()), j.value("place", std::string()),
                 j.value("country", std::string()), j.value("detail", std::string()),
                 j.value("duration", std::string()), j.value("certainty", std::string()),
                 std::to_string(j.value("corroboration", 0)), conflicts,
                 r.review.empty() ? "pending" : r.review});
    for (const auto& src : j["sources"]) {
      s += CsvRow({std::to_string(r.id), std::to_string(src.value("doc_id", int64_t{0})),
                   src.value("date", std::string()), src.value("detail", std::string()),
                   src.value("certainty", std::string()), src.value("quote", std::string()),
                   std::to_string(src.value("start", 0)), std::to_string(src.value("end", 0))});
    }
  }
  std::string& c = files["calls.csv"];
  c = CsvRow({"doc_id", "person_id", "person", "organization", "quote", "start", "end"});
  for (const auto& r : calls) {
    json j = json::parse(r.json);
    c += CsvRow({std::to_string(r.doc_id), std::to_string(r.person_id),
                 j.value("person", std::string()), r.organization, j.value("quote", std::string()),
                 std::to_string(j.value("start", 0)), std::to_string(j.value("end", 0))});
  }
  // BOM: spreadsheets then read UTF-8. Each table is written atomically.
  for (const auto& [name, content] : files) {
    DOSSIER_RETURN_IF_ERROR(
        WriteFileAtomic((std::filesystem::path(dir) / name).string(), "\xEF\xBB\xBF" + content));
  }
  return Status::Ok();
}

Result<ImportReport> Engine::Import(std::istream& in, const std::string& name) {
  json root = json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return InvalidArgumentError(name + ": not valid JSON");
  if (!root.is_object() || root.value("format", std::string()) != kExportFormat) {
    return InvalidArgumentError(name + ": not a dossier JSON export (dossier export --format json)");
  }
  if (root.value("version", 0) > kExportVersion) {
    return InvalidArgumentError(name + ": export version " +
                                std::to_string(root.value("version", 0)) +
                                " is newer than this dossier reads");
  }
  DOSSIER_ASSIGN_OR_RETURN(store::StoreStats stats, store_->GetStats());
  if (stats.documents > 0) {
    return FailedPreconditionError("import needs an empty database; " + std::to_string(stats.documents) +
                                   " documents are stored");
  }
  ImportReport report;
  // Near-duplicate links are stored with the later document of each pair.
  std::map<int64_t, std::vector<int64_t>> near_of;
  std::map<int64_t, std::vector<uint64_t>> signatures;
  for (const auto& p : root.value("near_duplicates", json::array())) {
    if (p.is_array() && p.size() == 2) near_of[p[1].get<int64_t>()].push_back(p[0].get<int64_t>());
  }
  for (const auto& j : root.value("documents", json::array())) {
    Document d;
    d.id = j.value("id", int64_t{0});
    std::string where = name + ": document " + std::to_string(d.id);
    if (d.id <= 0) return InvalidArgumentError(where + ": missing id");
    d.sha256 = j.value("sha256", std::string());
    d.source_path = j.value("source", std::string());
    std::string format = j.value("format", std::string("text"));
    d.format = format == "html" ? Format::kHtml : format == "pdf" ? Format::kPdf : Format::kText;
    d.encoding = j.value("encoding", std::string());
    d.meta.url = j.value("url", std::string());
    d.ingested_at = j.value("ingested_at", std::string());
    d.meta.title = ReadProv(j.value("title", json::object()));
    d.meta.published = ReadProv(j.value("published", json::object()));
    d.meta.publisher = ReadProv(j.value("publisher", json::object()));
    d.meta.language = ReadProv(j.value("language", json::object()));
    d.clean.text = j.value("text", std::string());
    auto map_bytes = Unbase64(j.value("offset_map", std::string()));
    if (!map_bytes.ok()) return map_bytes.status().WithContext(where + ": offset_map");
    auto map = OffsetMap::Deserialize(*map_bytes);
    if (!map) return DataLossError(where + ": damaged offset map");
    d.clean.map = std::move(*map);
    auto sig = Unbase64(j.value("minhash", std::string()));
    if (!sig.ok()) return sig.status().WithContext(where + ": minhash");
    for (size_t i = 0; i + 8 <= sig->size(); i += 8) {
      uint64_t v = 0;
      for (int b = 0; b < 8; ++b) v |= static_cast<uint64_t>(static_cast<uint8_t>((*sig)[i + b])) << (8 * b);
      d.minhash.push_back(v);
    }
    auto original = Unbase64(j.value("original", std::string()));
    if (!original.ok()) return original.status().WithContext(where + ": original");
    d.original = std::move(*original);
    if (j.contains("extraction") && j["extraction"].is_object()) {
      d.extraction_json = j["extraction"].dump();
      d.extractor_version = kExtractorVersion;
    }
    std::vector<NearDuplicate> near;
    for (int64_t other : near_of[d.id])
      near.push_back({other, ingest::EstimateSimilarity(d.minhash, signatures[other])});
    if (near_of.size() > 0) signatures[d.id] = d.minhash;
    auto id = store_->PutDocument(d, ingest::LshBandKeys(d.minhash), near);
    if (!id.ok()) return id.status().WithContext(where);
    ++report.documents;
  }
  std::vector<resolve::Override> overrides;
  for (const auto& o : root.value("overrides", json::array())) {
    resolve::Override r;
    r.id = o.value("id", int64_t{0});
    r.kind = o.value("kind", std::string()) == "split" ? resolve::Override::Kind::kSplit
                                                        : resolve::Override::Kind::kMerge;
    r.a = {o["a"].value("doc_id", int64_t{0}), o["a"].value("key", std::string())};
    r.b = {o["b"].value("doc_id", int64_t{0}), o["b"].value("key", std::string())};
    r.created_at = o.value("created_at", std::string());
    r.note = o.value("note", std::string());
    overrides.push_back(std::move(r));
  }
  DOSSIER_RETURN_IF_ERROR(store_->ChangeOverrides(overrides, {}));
  report.overrides = static_cast<int64_t>(overrides.size());
  std::vector<store::ReviewRow> reviews;
  for (const auto& r : root.value("reviews", json::array())) reviews.push_back(ReadReview(r));
  if (!reviews.empty()) {
    DOSSIER_RETURN_IF_ERROR(store_->PutReviews(
        reviews, {0, "", "(import)", "import reviews", name, std::to_string(reviews.size())},
        nullptr));
  }
  report.reviews = static_cast<int64_t>(reviews.size());
  // The case ids of the export are kept: resolution starts from them.
  resolve::PreviousIds previous;
  int64_t max_person = 0, max_event = 0;
  for (const auto& p : root.value("persons", json::array())) {
    int64_t id = p.value("id", int64_t{0});
    max_person = std::max(max_person, id);
    for (const auto& r : p.value("refs", json::array()))
      previous.person_refs.push_back({{r.value("doc_id", int64_t{0}), r.value("key", std::string())}, id});
  }
  for (const auto& e : root.value("events", json::array())) {
    int64_t id = e.value("id", int64_t{0});
    max_event = std::max(max_event, id);
    for (const auto& s : e.value("sources", json::array())) {
      previous.event_sources.push_back({{s.value("doc_id", int64_t{0}), s.value("start", 0u),
                                         e.value("type", std::string()),
                                         e.value("person_id", int64_t{0})},
                                        id});
    }
  }
  DOSSIER_ASSIGN_OR_RETURN(report.cases, ResolveWith(previous, max_person + 1, max_event + 1));
  return report;
}

}  // namespace dossier::engine
