#include "engine/engine.h"

#include <algorithm>
#include <filesystem>

#include "base/files.h"
#include "base/hash.h"
#include "engine/extraction_json.h"
#include "ingest/ingest.h"
#include "ingest/near_dup.h"

namespace dossier::engine {

nlp::Extraction ExtractDocument(Document* doc, const std::string& id,
                                const std::string& published_override, bool serialize) {
  nlp::DocumentContext ctx;
  ctx.published = published_override.empty() ? doc->meta.published.value : published_override;
  ctx.language = doc->meta.language.value;
  nlp::Extraction x = nlp::Extract(doc->clean.text, ctx);
  if (serialize) {
    doc->extraction_json = ExtractionToJson(id, *doc, x).dump();
    doc->extractor_version = kExtractorVersion;
  }
  return x;
}

Result<Extracted> ExtractFile(const std::string& path, const ExtractOptions& options) {
  DOSSIER_ASSIGN_OR_RETURN(std::string bytes, ReadFileBytes(path, options.max_bytes));
  ingest::IngestOptions io;
  io.source_path = path;
  auto built = ingest::BuildDocument(std::move(bytes), io);
  if (!built.ok()) return built.status().WithContext(path);
  Extracted out;
  out.doc = std::move(built).value();
  if (!options.published.empty()) out.doc.meta.published = {options.published, "option"};
  out.id = std::filesystem::path(path).stem().string();
  out.extraction = ExtractDocument(&out.doc, out.id, options.published, /*serialize=*/false);
  return out;
}

Result<std::unique_ptr<Engine>> Engine::Open(const EngineOptions& options) {
  store::StoreOptions so;
  so.path = options.db_path;
  so.create_if_missing = options.create_if_missing;
  DOSSIER_ASSIGN_OR_RETURN(std::unique_ptr<store::Store> st, store::OpenStore(so));
  return std::unique_ptr<Engine>(new Engine(std::move(st)));
}

IngestReport Engine::IngestFile(const std::string& path, const IngestFileOptions& options) {
  auto bytes = ReadFileBytes(path, options.max_bytes);
  if (!bytes.ok()) {
    IngestReport r;
    r.path = path;
    r.error = bytes.status();
    return r;
  }
  return IngestBytes(std::move(bytes).value(), path, options);
}

IngestReport Engine::IngestBytes(std::string bytes, const std::string& path,
                                 const IngestFileOptions& options) {
  IngestReport r;
  r.path = path;
  r.bytes = static_cast<int64_t>(bytes.size());
  auto fail = [&](const Status& s) {
    r.outcome = IngestOutcome::kFailed;
    r.error = s;
    return r;
  };
  ingest::IngestOptions io;
  io.source_path = path;
  io.url = options.url;
  // Cheap check first: identical bytes are already stored (no cleaning).
  auto existing = store_->FindByHash(Sha256Hex(bytes));
  if (!existing.ok()) return fail(existing.status());
  if (existing->has_value()) {
    r.outcome = IngestOutcome::kDuplicate;
    r.id = **existing;
    auto stored = store_->GetDocument(r.id, /*with_original=*/false);
    if (stored.ok()) {
      r.title = stored->meta.title.value;
      r.format = std::string(FormatName(stored->format));
      r.language = stored->meta.language.value;
      r.published = stored->meta.published.value;
    }
    return r;
  }
  auto built = ingest::BuildDocument(std::move(bytes), io);
  if (!built.ok()) return fail(built.status());
  Document& doc = built.value();
  ExtractDocument(&doc, std::filesystem::path(path).stem().string());
  r.title = doc.meta.title.value;
  r.format = std::string(FormatName(doc.format));
  r.language = doc.meta.language.value;
  r.published = doc.meta.published.value;
  auto keys = ingest::LshBandKeys(doc.minhash);
  auto candidates = store_->FindByBandKeys(keys);
  if (!candidates.ok()) return fail(candidates.status());
  for (const auto& [id, sig] : *candidates) {
    double sim = ingest::EstimateSimilarity(doc.minhash, sig);
    if (sim >= ingest::kNearDuplicateThreshold) r.near_duplicates.push_back({id, sim});
  }
  std::sort(r.near_duplicates.begin(), r.near_duplicates.end(),
            [](const NearDuplicate& a, const NearDuplicate& b) { return a.similarity > b.similarity; });
  auto id = store_->PutDocument(doc, keys, r.near_duplicates);
  if (!id.ok()) {
    if (id.status().code() == StatusCode::kAlreadyExists) {
      // Stored by a concurrent writer between the check and the insert.
      auto again = store_->FindByHash(doc.sha256);
      if (again.ok() && again->has_value()) {
        r.outcome = IngestOutcome::kDuplicate;
        r.id = **again;
        r.near_duplicates.clear();
        return r;
      }
    }
    return fail(id.status());
  }
  r.outcome = IngestOutcome::kAdded;
  r.id = *id;
  return r;
}

Result<SearchPage> Engine::Search(const search::SearchRequest& request) {
  return search::Search(*store_, request);
}

Result<Document> Engine::GetDocument(int64_t id, bool with_original) {
  return store_->GetDocument(id, with_original);
}

Result<std::vector<NearDuplicate>> Engine::GetNearDuplicates(int64_t id) {
  return store_->GetNearDuplicates(id);
}

Result<std::vector<DocumentSummary>> Engine::ListDocuments(const store::ListOptions& options) {
  return store_->ListDocuments(options);
}

Status Engine::RemoveDocument(int64_t id) { return store_->DeleteDocument(id); }

Result<store::StoreStats> Engine::Stats() { return store_->GetStats(); }

Result<ReextractReport> Engine::Reextract(const std::function<void(int64_t, int64_t)>& progress) {
  ReextractReport report;
  DOSSIER_ASSIGN_OR_RETURN(store::StoreStats stats, store_->GetStats());
  store::ListOptions lo;
  lo.limit = 500;
  for (lo.offset = 0;; lo.offset += lo.limit) {
    DOSSIER_ASSIGN_OR_RETURN(auto page, store_->ListDocuments(lo));
    if (page.empty()) break;
    for (const auto& summary : page) {
      ++report.documents;
      auto doc = store_->GetDocument(summary.id, /*with_original=*/false);
      if (!doc.ok()) {
        ++report.failed;
        continue;
      }
      ExtractDocument(&doc.value(), std::to_string(summary.id));
      Status s = store_->PutExtraction(summary.id, doc->extractor_version, doc->extraction_json);
      if (s.ok()) ++report.updated;
      else ++report.failed;
      if (progress) progress(report.documents, stats.documents);
    }
  }
  return report;
}

Result<std::string> Engine::GetExtraction(int64_t id) { return store_->GetExtraction(id); }

}  // namespace dossier::engine
