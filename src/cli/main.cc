// dossier: the command-line interface. Maps engine results to output and
// Status codes to exit codes (0 ok, 1 failure, 2 usage).
#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "base/files.h"
#include "base/text.h"
#include "cli/common.h"
#include "cli/progress.h"
#include "engine/engine.h"
#include "engine/extraction_json.h"
#include "search/query_parser.h"

namespace dossier::cli {
namespace {

const char* OutcomeName(engine::IngestOutcome o) {
  switch (o) {
    case engine::IngestOutcome::kAdded: return "added";
    case engine::IngestOutcome::kDuplicate: return "duplicate";
    case engine::IngestOutcome::kFailed: return "failed";
  }
  return "failed";
}

// ---- ingest ---------------------------------------------------------------

struct IngestArgs {
  std::vector<std::string> paths;
  bool json = false;
  bool quiet = false;
  bool verbose = false;
  std::string url;
};

int RunIngest(const Globals& g, const IngestArgs& a) {
  std::vector<std::string> missing;
  auto files = ExpandPaths(a.paths, &missing);
  auto opened = OpenEngine(g, /*create=*/true);
  if (!opened.ok()) return Fail(opened.status());
  auto& eng = *opened.value();
  engine::IngestFileOptions opts;
  if (!a.url.empty()) {
    if (files.size() != 1) {
      std::cerr << "dossier: --url applies to a single document\n";
      return kExitUsage;
    }
    opts.url = a.url;
  }
  int64_t total_bytes = 0;
  for (const auto& f : files) {
    std::error_code ec;
    if (f != "-") total_bytes += static_cast<int64_t>(std::filesystem::file_size(f, ec));
  }
  std::vector<engine::IngestReport> reports;
  for (const auto& m : missing) {
    engine::IngestReport r;
    r.path = m;
    r.error = NotFoundError("no such file or directory");
    std::cerr << "dossier: " << m << ": " << r.error.message() << "\n";
    reports.push_back(r);
  }
  ProgressBar bar(stderr, static_cast<int64_t>(files.size()), total_bytes, !a.quiet);
  auto start = std::chrono::steady_clock::now();
  int64_t done_bytes = 0, done = 0;
  bool per_file = !a.json && !a.quiet && (a.verbose || files.size() <= 50);
  for (const auto& f : files) {
    auto r = eng.IngestFile(f, opts);
    done_bytes += r.bytes;
    ++done;
    if (r.outcome == engine::IngestOutcome::kFailed) {
      bar.Finish();
      std::cerr << "dossier: " << f << ": " << r.error.message() << "\n";
    } else if (per_file) {
      bar.Finish();
      if (r.outcome == engine::IngestOutcome::kAdded) {
        std::cout << fmt::format("added      #{:<5} {:<4} {:<3} {:<10} {}\n", r.id, r.format,
                                 r.language.empty() ? "-" : r.language,
                                 r.published.empty() ? "-" : r.published,
                                 Shorten(r.title.empty() ? f : r.title, 60));
        for (const auto& n : r.near_duplicates) {
          std::cout << fmt::format("           near-duplicate of #{} (similarity {:.2f})\n",
                                   n.id, n.similarity);
        }
      } else {
        std::cout << fmt::format("unchanged  #{:<5} {} (same content already stored)\n", r.id, f);
      }
    }
    bar.Update(done, done_bytes);
    reports.push_back(std::move(r));
  }
  bar.Finish();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  int added = 0, dups = 0, failed = 0, near = 0;
  for (const auto& r : reports) {
    added += r.outcome == engine::IngestOutcome::kAdded;
    dups += r.outcome == engine::IngestOutcome::kDuplicate;
    failed += r.outcome == engine::IngestOutcome::kFailed;
    near += r.near_duplicates.empty() ? 0 : 1;
  }
  if (a.json) {
    json out;
    out["database"] = DbPath(g);
    out["files"] = reports.size();
    out["added"] = added;
    out["duplicates"] = dups;
    out["failed"] = failed;
    out["near_duplicates"] = near;
    out["bytes"] = done_bytes;
    out["seconds"] = secs;
    json items = json::array();
    for (const auto& r : reports) {
      json j;
      j["path"] = r.path;
      j["status"] = OutcomeName(r.outcome);
      if (r.outcome == engine::IngestOutcome::kFailed) {
        j["error"] = r.error.message();
      } else {
        j["id"] = r.id;
        j["format"] = r.format;
        j["language"] = r.language;
        j["published"] = r.published;
        j["title"] = r.title;
        json nd = json::array();
        for (const auto& n : r.near_duplicates) nd.push_back({{"id", n.id}, {"similarity", n.similarity}});
        j["near_duplicates"] = nd;
      }
      items.push_back(j);
    }
    out["documents"] = items;
    std::cout << out.dump(2) << "\n";
  } else {
    std::cout << fmt::format(
        "{} file{}: {} added, {} already stored, {} failed; {} near-duplicate{} linked "
        "({} in {:.2f} s) -> {}\n",
        reports.size(), reports.size() == 1 ? "" : "s", added, dups, failed, near,
        near == 1 ? "" : "s", HumanBytes(done_bytes), secs, DbPath(g));
  }
  if (added > 0) {
    auto cases = eng.Resolve();
    if (!cases.ok()) return Fail(cases.status());
    if (!a.json) PrintResolveSummary(*cases);
  }
  return failed > 0 ? kExitFailure : kExitOk;
}

// ---- search ---------------------------------------------------------------

struct SearchArgs {
  std::vector<std::string> words;
  search::SearchRequest req;
  bool json = false;
};

int RunSearch(const Globals& g, SearchArgs& a) {
  std::string q;
  for (const auto& w : a.words) {
    if (!q.empty()) q.push_back(' ');
    // Arguments with spaces were quoted phrases on the shell.
    bool phrase = w.find(' ') != std::string::npos && w.find('"') == std::string::npos &&
                  a.words.size() > 1;
    q += phrase ? "\"" + w + "\"" : w;
  }
  a.req.query = q;
  bool tty = isatty(fileno(stdout)) != 0;
  if (a.json) {
    a.req.highlight.open = "<b>";
    a.req.highlight.close = "</b>";
  } else if (tty) {
    a.req.highlight.open = "\033[1;33m";
    a.req.highlight.close = "\033[0m";
  }
  auto opened = OpenEngine(g, /*create=*/false);
  if (!opened.ok()) return Fail(opened.status());
  auto page = (*opened)->Search(a.req);
  if (!page.ok()) return Fail(page.status());
  if (a.json) {
    json out;
    out["query"] = q;
    out["total"] = page->total;
    json hits = json::array();
    for (const auto& h : page->hits) {
      hits.push_back({{"id", h.id}, {"score", h.score}, {"title", h.title},
                      {"published", h.published}, {"publisher", h.publisher},
                      {"language", h.language}, {"source", h.source_path},
                      {"snippet", h.snippet}});
    }
    out["hits"] = hits;
    std::cout << out.dump(2) << "\n";
    return kExitOk;
  }
  std::cout << fmt::format("{} {} {}", page->total,
                           page->total == 1 ? "document matches" : "documents match", q);
  if (page->total > static_cast<int64_t>(page->hits.size())) {
    std::cout << fmt::format(" (showing {}-{})", a.req.offset + 1,
                             a.req.offset + static_cast<int>(page->hits.size()));
  }
  std::cout << "\n";
  for (const auto& h : page->hits) {
    std::cout << fmt::format("\n#{}  {}\n", h.id, h.title.empty() ? h.source_path : h.title);
    std::string meta;
    for (const auto* part : {&h.published, &h.publisher, &h.language}) {
      if (part->empty()) continue;
      if (!meta.empty()) meta += " · ";
      meta += *part;
    }
    std::cout << fmt::format("    {}  score {:.3g}\n", meta.empty() ? "-" : meta, h.score);
    std::string snip = CollapseSpaces(h.snippet);
    std::cout << "    " << snip << "\n";
  }
  return kExitOk;
}

// ---- extract / reextract ----------------------------------------------------

struct ExtractArgs {
  std::vector<std::string> paths;
  bool json = false;
  std::string out_dir;
  std::string published;
};

void PrintExtractionSummary(const std::string& path, const engine::Extracted& e) {
  const auto& x = e.extraction;
  const auto& m = e.doc.meta;
  std::cout << fmt::format("== {}\n   {} | {} | {} | {}{}\n", path,
                           m.title.value.empty() ? "(no title)" : Shorten(m.title.value, 80),
                           m.published.value.empty() ? "no date" : m.published.value,
                           m.publisher.value.empty() ? "no publisher" : m.publisher.value,
                           m.language.value.empty() ? "?" : m.language.value,
                           x.anchor_inferred ? fmt::format(" (date inferred: {})", x.anchor_date) : "");
  std::cout << fmt::format("   {} persons, {} events, {} time expressions, {} figures\n",
                           x.persons.size(), x.events.size(), x.times.size(), x.figures.size());
  for (const auto& p : x.persons) {
    std::string forms;
    for (const auto& v : p.variants) forms += (forms.empty() ? "" : ", ") + v;
    std::cout << fmt::format("   person  {:<28} {:<9}{}{}\n", p.name, nlp::RoleName(p.role),
                             forms.empty() ? "" : " also: " + forms,
                             p.country.empty() ? "" : " [" + p.country + " " + p.group + "]");
  }
  for (const auto& ev : x.events) {
    std::cout << fmt::format("   event   {:<13} {:<10} {:<24} {}{}\n", nlp::EventTypeName(ev.type),
                             ev.date.empty() ? "-" : ev.date,
                             Shorten(x.persons[ev.person].name, 24),
                             ev.detail.empty() ? "" : "(" + ev.detail + ") ",
                             "\"" + Shorten(ev.quote, 110) + "\"");
  }
  for (const auto& f : x.figures) {
    std::cout << fmt::format("   figure  {} {}\n", f.count, f.what);
  }
  if (!x.signers.empty()) {
    std::string names;
    for (const auto& s : x.signers) names += (names.empty() ? "" : "; ") + s.name;
    std::cout << "   signed  " << names << "\n";
  }
}

int RunExtract(const ExtractArgs& a) {
  std::vector<std::string> missing;
  auto files = ExpandPaths(a.paths, &missing);
  int failed = 0;
  for (const auto& m : missing) {
    std::cerr << "dossier: " << m << ": no such file or directory\n";
    ++failed;
  }
  if (!a.out_dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(a.out_dir, ec);
    if (ec) {
      std::cerr << "dossier: " << a.out_dir << ": cannot create directory: " << ec.message() << "\n";
      return kExitFailure;
    }
  }
  if (!a.published.empty() && !search::IsValidDateFilter(a.published)) {
    return Fail(InvalidArgumentError("--published: use YYYY, YYYY-MM or YYYY-MM-DD"));
  }
  engine::ExtractOptions opts;
  opts.published = a.published;
  json all = json::array();
  size_t extracted = 0;
  for (const auto& f : files) {
    auto r = engine::ExtractFile(f, opts);
    if (!r.ok()) {
      std::cerr << "dossier: " << r.status().message() << "\n";
      ++failed;
      continue;
    }
    if (!a.out_dir.empty()) {
      json j = engine::ExtractionToJson(r->id, r->doc, r->extraction);
      Status s = WriteFileAtomic((std::filesystem::path(a.out_dir) / (r->id + ".json")).string(),
                                 j.dump(2) + "\n");
      if (!s.ok()) {
        std::cerr << "dossier: " << s.message() << "\n";
        ++failed;
      } else {
        ++extracted;
      }
    } else if (a.json) {
      all.push_back(engine::ExtractionToJson(r->id, r->doc, r->extraction));
    } else {
      PrintExtractionSummary(f, *r);
    }
  }
  if (a.json && a.out_dir.empty()) {
    std::cout << (all.size() == 1 ? all[0].dump(2) : all.dump(2)) << "\n";
  } else if (!a.out_dir.empty()) {
    std::cout << fmt::format("{} document{} extracted to {}{}\n", extracted,
                             extracted == 1 ? "" : "s", a.out_dir,
                             failed ? fmt::format(", {} failed", failed) : "");
  }
  return failed ? kExitFailure : kExitOk;
}

int RunReextract(const Globals& g, bool quiet) {
  auto opened = OpenEngine(g, false);
  if (!opened.ok()) return Fail(opened.status());
  auto stats = (*opened)->Stats();
  if (!stats.ok()) return Fail(stats.status());
  ProgressBar bar(stderr, stats->documents, 0, !quiet);
  auto r = (*opened)->Reextract([&](int64_t done, int64_t) { bar.Update(done, 0); });
  bar.Finish();
  if (!r.ok()) return Fail(r.status());
  std::cout << fmt::format("{} documents re-extracted, {} failed\n", r->updated, r->failed);
  auto cases = (*opened)->Resolve();
  if (!cases.ok()) return Fail(cases.status());
  PrintResolveSummary(*cases);
  return r->failed ? kExitFailure : kExitOk;
}

// ---- show / list / stats / rm --------------------------------------------

json MetaJson(const Document& d) {
  auto prov = [](const Provenanced& p) {
    return json{{"value", p.value.empty() ? json(nullptr) : json(p.value)},
                {"source", p.source}};
  };
  return json{{"title", prov(d.meta.title)},
              {"published", prov(d.meta.published)},
              {"publisher", prov(d.meta.publisher)},
              {"language", prov(d.meta.language)}};
}

int RunShow(const Globals& g, int64_t id, bool as_json, bool original, bool no_text) {
  auto opened = OpenEngine(g, false);
  if (!opened.ok()) return Fail(opened.status());
  auto doc = (*opened)->GetDocument(id, original);
  if (!doc.ok()) return Fail(doc.status());
  if (original) {
    std::cout.write(doc->original.data(), static_cast<std::streamsize>(doc->original.size()));
    return kExitOk;
  }
  auto near = (*opened)->GetNearDuplicates(id);
  if (!near.ok()) return Fail(near.status());
  if (as_json) {
    json j;
    j["id"] = doc->id;
    j["sha256"] = doc->sha256;
    j["source"] = doc->source_path;
    j["format"] = FormatName(doc->format);
    j["encoding"] = doc->encoding;
    j["url"] = doc->meta.url;
    j["ingested_at"] = doc->ingested_at;
    j["meta"] = MetaJson(*doc);
    json nd = json::array();
    for (const auto& n : *near) nd.push_back({{"id", n.id}, {"similarity", n.similarity}});
    j["near_duplicates"] = nd;
    j["pages"] = doc->clean.map.page_starts();
    json runs = json::array();
    for (const auto& r : doc->clean.map.runs()) runs.push_back({r.clean, r.source, r.length});
    j["offset_map"] = runs;
    auto extraction = (*opened)->GetExtraction(id);
    if (!extraction.ok()) return Fail(extraction.status());
    j["extraction"] = extraction->empty() ? json(nullptr) : json::parse(*extraction);
    if (!no_text) j["text"] = doc->clean.text;
    std::cout << j.dump(2) << "\n";
    return kExitOk;
  }
  auto line = [](const char* k, const Provenanced& p) {
    std::cout << fmt::format("{:<11}{}{}\n", k, p.value.empty() ? "-" : p.value,
                             p.source.empty() ? "" : "  (" + p.source + ")");
  };
  std::cout << fmt::format("{:<11}#{}\n", "Document", doc->id);
  line("Title", doc->meta.title);
  line("Published", doc->meta.published);
  line("Publisher", doc->meta.publisher);
  line("Language", doc->meta.language);
  std::cout << fmt::format("{:<11}{} ({}, {})\n", "Source", doc->source_path,
                           FormatName(doc->format), doc->encoding);
  if (!doc->meta.url.empty()) std::cout << fmt::format("{:<11}{}\n", "URL", doc->meta.url);
  std::cout << fmt::format("{:<11}{}\n", "SHA-256", doc->sha256);
  std::cout << fmt::format("{:<11}{}\n", "Ingested", doc->ingested_at);
  for (const auto& n : *near) {
    std::cout << fmt::format("{:<11}#{} (similarity {:.2f})\n", "Near-dup", n.id, n.similarity);
  }
  if (!no_text) std::cout << "\n" << doc->clean.text << "\n";
  return kExitOk;
}

int RunList(const Globals& g, const store::ListOptions& o, bool as_json) {
  auto opened = OpenEngine(g, false);
  if (!opened.ok()) return Fail(opened.status());
  auto docs = (*opened)->ListDocuments(o);
  if (!docs.ok()) return Fail(docs.status());
  if (as_json) {
    json arr = json::array();
    for (const auto& d : *docs) {
      arr.push_back({{"id", d.id}, {"title", d.title}, {"published", d.published},
                     {"publisher", d.publisher}, {"language", d.language},
                     {"format", FormatName(d.format)}, {"source", d.source_path},
                     {"bytes", d.original_size}, {"clean_bytes", d.clean_size},
                     {"sha256", d.sha256}, {"ingested_at", d.ingested_at}});
    }
    std::cout << arr.dump(2) << "\n";
    return kExitOk;
  }
  if (docs->empty()) {
    std::cout << "no documents\n";
    return kExitOk;
  }
  std::cout << fmt::format("{:>5}  {:<10}  {:<4}  {:<4}  {:<24}  {}\n", "ID", "PUBLISHED",
                           "LANG", "FMT", "PUBLISHER", "TITLE");
  for (const auto& d : *docs) {
    std::cout << fmt::format("{:>5}  {:<10}  {:<4}  {:<4}  {:<24}  {}\n", d.id,
                             d.published.empty() ? "-" : d.published,
                             d.language.empty() ? "-" : d.language, FormatName(d.format),
                             Shorten(d.publisher.empty() ? "-" : d.publisher, 24),
                             Shorten(d.title.empty() ? d.source_path : d.title, 70));
  }
  return kExitOk;
}

int RunStats(const Globals& g, bool as_json) {
  auto opened = OpenEngine(g, false);
  if (!opened.ok()) return Fail(opened.status());
  auto s = (*opened)->Stats();
  if (!s.ok()) return Fail(s.status());
  if (as_json) {
    auto pairs = [](const std::vector<std::pair<std::string, int64_t>>& v) {
      json o = json::object();
      for (const auto& [k, n] : v) o[k] = n;
      return o;
    };
    json j{{"database", DbPath(g)},
           {"schema_version", s->schema_version},
           {"documents", s->documents},
           {"original_bytes", s->original_bytes},
           {"clean_bytes", s->clean_bytes},
           {"file_bytes", s->file_bytes},
           {"near_duplicate_pairs", s->near_duplicate_pairs},
           {"earliest_published", s->earliest_published},
           {"latest_published", s->latest_published},
           {"formats", pairs(s->by_format)},
           {"languages", pairs(s->by_language)},
           {"publishers", pairs(s->by_publisher)}};
    std::cout << j.dump(2) << "\n";
    return kExitOk;
  }
  auto join = [](const std::vector<std::pair<std::string, int64_t>>& v) {
    std::string out;
    for (const auto& [k, n] : v) {
      if (!out.empty()) out += ", ";
      out += fmt::format("{} {}", k, n);
    }
    return out.empty() ? std::string("-") : out;
  };
  std::cout << fmt::format("{:<16}{} (schema v{}, {})\n", "Database", DbPath(g),
                           s->schema_version, HumanBytes(s->file_bytes));
  std::cout << fmt::format("{:<16}{}\n", "Documents", s->documents);
  std::cout << fmt::format("{:<16}{} original, {} clean text\n", "Size",
                           HumanBytes(s->original_bytes), HumanBytes(s->clean_bytes));
  std::cout << fmt::format("{:<16}{}\n", "Formats", join(s->by_format));
  std::cout << fmt::format("{:<16}{}\n", "Languages", join(s->by_language));
  std::cout << fmt::format("{:<16}{}\n", "Publishers", join(s->by_publisher));
  std::cout << fmt::format("{:<16}{} to {}\n", "Published",
                           s->earliest_published.empty() ? "-" : s->earliest_published,
                           s->latest_published.empty() ? "-" : s->latest_published);
  std::cout << fmt::format("{:<16}{}\n", "Near-duplicates", s->near_duplicate_pairs);
  return kExitOk;
}

int RunRm(const Globals& g, const std::vector<int64_t>& ids) {
  auto opened = OpenEngine(g, false);
  if (!opened.ok()) return Fail(opened.status());
  int rc = kExitOk;
  for (int64_t id : ids) {
    Status s = (*opened)->RemoveDocument(id);
    if (!s.ok()) {
      std::cerr << "dossier: " << s.message() << "\n";
      rc = kExitFailure;
    } else {
      std::cout << "removed #" << id << "\n";
    }
  }
  auto cases = (*opened)->Resolve();
  if (!cases.ok()) return Fail(cases.status());
  return rc;
}

int Main(int argc, char** argv) {
  CLI::App app{"Dossier: a cited case database of human-rights documents"};
  app.require_subcommand(1);
  app.fallthrough();
  Globals g;
  app.add_option("--db", g.db, "Database file (default: $DOSSIER_DB, else ./dossier.db)");
  app.set_version_flag("--version", "dossier 0.1.0");

  IngestArgs ia;
  auto* ingest = app.add_subcommand("ingest", "Add documents (txt, HTML, PDF) to the database");
  ingest->add_option("paths", ia.paths, "Files or directories (recursively); - for stdin")->required();
  ingest->add_flag("--json", ia.json, "Print a machine-readable summary");
  ingest->add_flag("-q,--quiet", ia.quiet, "Only the summary and errors; no progress bar");
  ingest->add_flag("-v,--verbose", ia.verbose, "A line per file even for large batches");
  ingest->add_option("--url", ia.url, "Where the (single) document was published");

  SearchArgs sa;
  auto* search = app.add_subcommand("search", "Full-text search with BM25 ranking");
  search->add_option("query", sa.words,
                     "Words (all required), \"phrases\", OR, NOT/-word, prefix*, (groups)")
      ->required();
  search->add_option("--lang", sa.req.filters.language, "Only documents in this language (en, ru, ...)");
  search->add_option("--publisher", sa.req.filters.publisher, "Publisher contains this text");
  search->add_option("--from", sa.req.filters.date_from, "Published on or after YYYY[-MM[-DD]]");
  search->add_option("--to", sa.req.filters.date_to, "Published on or before YYYY[-MM[-DD]]");
  search->add_option("-n,--limit", sa.req.limit, "Number of hits (default 10)");
  search->add_option("--offset", sa.req.offset, "Skip this many hits");
  search->add_flag("--json", sa.json, "Print JSON");

  int64_t show_id = 0;
  bool show_json = false, show_original = false, show_no_text = false;
  auto* show = app.add_subcommand("show", "Show a document's metadata and clean text");
  show->add_option("id", show_id, "Document id")->required();
  show->add_flag("--json", show_json, "Print JSON (with the offset map)");
  show->add_flag("--original", show_original, "Write the original bytes to stdout");
  show->add_flag("--no-text", show_no_text, "Metadata only");

  store::ListOptions lo;
  bool list_json = false;
  auto* list = app.add_subcommand("list", "List stored documents");
  list->add_option("-n,--limit", lo.limit, "Number of rows (default 50)");
  list->add_option("--offset", lo.offset, "Skip this many rows");
  list->add_flag("--newest", lo.newest_first, "Newest publication date first");
  list->add_flag("--json", list_json, "Print JSON");

  bool stats_json = false;
  auto* stats = app.add_subcommand("stats", "Summarise the database");
  stats->add_flag("--json", stats_json, "Print JSON");

  ExtractArgs xa;
  auto* extract = app.add_subcommand(
      "extract", "Clean and extract persons, events, dates (no database needed)");
  extract->add_option("paths", xa.paths, "Files or directories; - for stdin")->required();
  extract->add_flag("--json", xa.json, "One JSON object per document (see docs/extraction.md)");
  extract->add_option("--out", xa.out_dir, "Write <id>.json per document into this directory");
  extract->add_option("--published", xa.published, "Publication date YYYY[-MM[-DD]] to resolve dates against");

  bool reextract_quiet = false;
  auto* reextract = app.add_subcommand("reextract", "Re-run extraction over all stored documents");
  reextract->add_flag("-q,--quiet", reextract_quiet, "No progress bar");

  std::vector<int64_t> rm_ids;
  auto* rm = app.add_subcommand("rm", "Remove documents");
  rm->add_option("ids", rm_ids, "Document ids")->required();

  CaseCommands cases(&app, &g);
  ServeCommands web(&app, &g);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? kExitOk : kExitUsage;
  }
  if (*ingest) return RunIngest(g, ia);
  if (*extract) return RunExtract(xa);
  if (*reextract) return RunReextract(g, reextract_quiet);
  if (*search) return RunSearch(g, sa);
  if (*show) return RunShow(g, show_id, show_json, show_original, show_no_text);
  if (*list) {
    if (lo.limit < 1) return Fail(InvalidArgumentError("--limit must be positive"));
    return RunList(g, lo, list_json);
  }
  if (*stats) return RunStats(g, stats_json);
  if (*rm) return RunRm(g, rm_ids);
  if (auto rc = cases.Run()) return *rc;
  if (auto rc = web.Run()) return *rc;
  return kExitUsage;
}

}  // namespace
}  // namespace dossier::cli

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  try {
    return dossier::cli::Main(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "dossier: internal error: " << e.what() << "\n";
    return 1;
  }
}
