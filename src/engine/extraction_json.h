// The JSON form of a document's extraction: the shape of
// ../shared/eval/SCHEMA.md (persons, events, mentions, times, figures and
// the document's title/published/publisher/language), plus the fields
// Dossier adds (roles' countries and groups, ISO durations, certainty,
// quote offsets, the anchor date and whether it was inferred).
#ifndef DOSSIER_ENGINE_EXTRACTION_JSON_H_
#define DOSSIER_ENGINE_EXTRACTION_JSON_H_

#include <nlohmann/json.hpp>
#include <string>

#include "model/document.h"
#include "nlp/extractor.h"

namespace dossier::engine {

// Bumped whenever the extraction changes in a way worth re-running.
inline constexpr int kExtractorVersion = 1;

nlohmann::ordered_json ExtractionToJson(const std::string& id, const Document& doc,
                                        const nlp::Extraction& x);

}  // namespace dossier::engine

#endif  // DOSSIER_ENGINE_EXTRACTION_JSON_H_
