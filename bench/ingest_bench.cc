// Benchmark runner: ingest throughput (docs/s, MB/s, peak RSS) on a corpus
// directory and search latency (p50/p99) over a fixed query set.
//
//   corpus_gen --out /tmp/corpus --mb 100 --seed 42
//   ingest_bench --corpus /tmp/corpus [--db /tmp/bench.db] [--rounds 20]
//                [--no-store]   (only the clean and extract phases)
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "base/files.h"
#include "engine/engine.h"
#include "ingest/ingest.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

long PeakRssMb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024;
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t i = static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

// A fixed query set: single words, phrases, boolean, prefix, filters.
struct Query {
  const char* text;
  const char* lang;
  const char* from;
};
const Query kQueries[] = {
    {"arrested", "", ""},
    {"sentenced prison", "", ""},
    {"\"penal colony\"", "", ""},
    {"torture OR beaten", "", ""},
    {"release NOT pardon", "", ""},
    {"detain*", "", ""},
    {"hunger strike", "", "2022"},
    {"journalist", "en", ""},
    {"задержан", "ru", ""},
    {"\"human rights defender\" court", "", ""},
    {"appeal upheld", "", ""},
    {"hospital", "", "2023-06"},
};

}  // namespace

int main(int argc, char** argv) {
  std::string corpus, db = "/tmp/dossier-bench.db";
  int rounds = 20;
  bool store = true;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--no-store") store = false;
    else if (a == "--corpus" && i + 1 < argc) corpus = argv[++i];
    else if (a == "--db" && i + 1 < argc) db = argv[++i];
    else if (a == "--rounds" && i + 1 < argc) rounds = std::stoi(argv[++i]);
    else {
      std::fprintf(stderr,
                   "usage: ingest_bench --corpus DIR [--db PATH] [--rounds N] [--no-store]\n");
      return 2;
    }
  }
  if (corpus.empty()) {
    std::fprintf(stderr, "ingest_bench: --corpus is required\n");
    return 2;
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix);
  auto files = dossier::ExpandPaths({corpus}, nullptr);

  // 1. Cleaning alone (no storage): read + detect + decode + clean + meta.
  int64_t bytes = 0;
  auto t0 = Clock::now();
  for (const auto& f : files) {
    auto data = dossier::ReadFileBytes(f);
    if (!data.ok()) continue;
    bytes += static_cast<int64_t>(data->size());
    dossier::ingest::IngestOptions o;
    o.source_path = f;
    auto doc = dossier::ingest::BuildDocument(std::move(data).value(), o);
    (void)doc;
  }
  auto t1 = Clock::now();
  double clean_s = Seconds(t0, t1);
  double mb = static_cast<double>(bytes) / 1e6;
  std::printf("corpus             %zu files, %.1f MB\n", files.size(), mb);
  std::printf("clean (no store)   %.0f docs/s, %.2f MB/s\n",
              static_cast<double>(files.size()) / clean_s, mb / clean_s);

  // 1b. Cleaning and extraction (persons, events, times), one core.
  int64_t words = 0;
  long rss_before = PeakRssMb();
  t0 = Clock::now();
  for (const auto& f : files) {
    auto r = dossier::engine::ExtractFile(f, {});
    if (!r.ok()) continue;
    bool in_word = false;
    for (char c : r->doc.clean.text) {
      bool w = !(c == ' ' || c == '\n');
      words += w && !in_word;
      in_word = w;
    }
  }
  t1 = Clock::now();
  double extract_s = Seconds(t0, t1);
  std::printf("clean + extract    %.0f docs/s, %.2f MB/s, %.0f words/s per core (peak RSS %ld MB, was %ld)\n",
              static_cast<double>(files.size()) / extract_s, mb / extract_s,
              static_cast<double>(words) / extract_s, PeakRssMb(), rss_before);
  if (!store) return 0;

  // 2. Full ingest into a fresh SQLite database.
  dossier::engine::EngineOptions eo;
  eo.db_path = db;
  auto eng = dossier::engine::Engine::Open(eo);
  if (!eng.ok()) {
    std::fprintf(stderr, "ingest_bench: %s\n", eng.status().ToString().c_str());
    return 1;
  }
  int added = 0, dups = 0, failed = 0;
  t0 = Clock::now();
  for (const auto& f : files) {
    auto r = (*eng)->IngestFile(f, {});
    added += r.outcome == dossier::engine::IngestOutcome::kAdded;
    dups += r.outcome == dossier::engine::IngestOutcome::kDuplicate;
    failed += r.outcome == dossier::engine::IngestOutcome::kFailed;
  }
  t1 = Clock::now();
  double ingest_s = Seconds(t0, t1);
  std::printf("ingest (store)     %.0f docs/s, %.2f MB/s  (%d added, %d duplicates, %d failed, %.1f s)\n",
              static_cast<double>(files.size()) / ingest_s, mb / ingest_s, added, dups,
              failed, ingest_s);
  std::printf("peak RSS           %ld MB\n", PeakRssMb());

  // 3. Search latency.
  std::vector<double> lat;
  int64_t hits = 0;
  for (int r = 0; r < rounds; ++r) {
    for (const auto& q : kQueries) {
      dossier::search::SearchRequest req;
      req.query = q.text;
      req.filters.language = q.lang;
      req.filters.date_from = q.from;
      req.limit = 10;
      auto s0 = Clock::now();
      auto page = (*eng)->Search(req);
      auto s1 = Clock::now();
      if (!page.ok()) {
        std::fprintf(stderr, "query %s failed: %s\n", q.text, page.status().ToString().c_str());
        return 1;
      }
      hits += page->total;
      lat.push_back(Seconds(s0, s1) * 1000);
    }
  }
  std::printf("search             %zu queries: p50 %.2f ms, p99 %.2f ms (%lld total matches per round)\n",
              lat.size(), Percentile(lat, 0.5), Percentile(lat, 0.99),
              static_cast<long long>(hits / std::max(rounds, 1)));
  std::printf("database           %.1f MB\n",
              static_cast<double>(std::filesystem::file_size(db)) / 1e6);
  return 0;
}
