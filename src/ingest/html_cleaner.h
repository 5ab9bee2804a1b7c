// HTML cleaning: the main content of a page without navigation, scripts,
// banners, share and comment blocks, plus the metadata the page declares.
#ifndef DOSSIER_INGEST_HTML_CLEANER_H_
#define DOSSIER_INGEST_HTML_CLEANER_H_

#include <string>
#include <string_view>

#include "model/clean_text.h"

namespace dossier::ingest {

struct HtmlMeta {
  std::string title;      // <title>
  std::string og_title;   // og:title / twitter:title
  std::string h1;         // first <h1> of the main content
  std::string published;  // raw value of a publication-date meta or <time>
  std::string site_name;  // og:site_name, publisher, application-name
  std::string url;        // canonical or og:url
  std::string lang;       // <html lang>
};

struct HtmlResult {
  CleanText clean;  // map points into the UTF-8 html given
  HtmlMeta meta;
};

// `html` is decoded UTF-8. Never fails: malformed HTML is parsed the way a
// browser would (gumbo implements the HTML5 parsing algorithm).
HtmlResult CleanHtml(std::string_view html);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_HTML_CLEANER_H_
