// Inference of title, publication date and publisher from a clean text and
// whatever the format declared.
#ifndef DOSSIER_INGEST_METADATA_H_
#define DOSSIER_INGEST_METADATA_H_

#include <string>
#include <string_view>

#include "model/document.h"

namespace dossier::ingest {

// What the container format said (all optional).
struct DeclaredMeta {
  std::string title;            // <title>, PDF /Title
  std::string preferred_title;  // og:title or h1
  std::string published;        // a date value from meta tags
  std::string published_source; // e.g. "html-meta"
  std::string fallback_published;  // PDF creation date: used when the text has no date
  std::string publisher;        // og:site_name, PDF author when an organisation
  std::string url;
};

// Fills title, published and publisher of `meta` (each with its source).
void InferMetadata(std::string_view clean_text, const DeclaredMeta& declared,
                   DocumentMeta* meta);

// The issuing organisation named in the opening of a statement
// ("Amnesty International is deeply saddened...", "Congress of the X"),
// or "".
std::string FindIssuer(std::string_view clean_text);

// True when `name` looks like an organisation (has a head word such as
// Committee, International, Watch, Centre, Union; any supported language).
bool LooksLikeOrganisation(std::string_view name);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_METADATA_H_
