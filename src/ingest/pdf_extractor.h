// PDF text extraction (poppler-cpp): lines rebuilt from positioned text
// boxes, running headers/footers and page numbers dropped, paragraphs
// re-flowed and end-of-line hyphenation undone.
#ifndef DOSSIER_INGEST_PDF_EXTRACTOR_H_
#define DOSSIER_INGEST_PDF_EXTRACTOR_H_

#include <string>
#include <string_view>

#include "base/status.h"
#include "model/clean_text.h"

namespace dossier::ingest {

struct PdfResult {
  CleanText clean;  // map has page starts but no source offsets
  std::string title;
  std::string author;
  std::string creation_date;  // "YYYY-MM-DD" from the info dictionary
  int pages = 0;
};

// Fails with InvalidArgument for a damaged, encrypted or image-only PDF.
Result<PdfResult> ExtractPdf(std::string_view bytes);

// One positioned line of a page, as the extractor sees it (exposed for
// tests of the layout rules).
struct PdfLine {
  std::string text;
  double top = 0, bottom = 0, left = 0;
  double font_size = 0;
  std::string font;  // font of the first word (bold headings differ)
};

// Rebuilds a clean text from pages of lines: drops repeated headers and
// footers and page numbers, marks paragraph breaks by vertical gaps.
CleanText LayoutPdfPages(const std::vector<std::vector<PdfLine>>& pages,
                         double page_height);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_PDF_EXTRACTOR_H_
