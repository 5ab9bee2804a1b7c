#include "ingest/ingest.h"

#include "base/hash.h"
#include "base/text.h"
#include "ingest/encoding.h"
#include "ingest/format.h"
#include "ingest/html_cleaner.h"
#include "ingest/language.h"
#include "ingest/metadata.h"
#include "ingest/near_dup.h"
#include "ingest/pdf_extractor.h"
#include "ingest/text_cleaner.h"

namespace dossier::ingest {

Result<Document> BuildDocument(std::string bytes, const IngestOptions& options) {
  Document doc;
  doc.source_path = options.source_path;
  DOSSIER_ASSIGN_OR_RETURN(doc.format, DetectFormat(bytes, options.source_path));
  doc.sha256 = Sha256Hex(bytes);
  DeclaredMeta declared;
  declared.url = options.url;
  std::string html_lang;

  // HTML is cleaned the same way whether its bytes said so or decoding
  // revealed it (a UTF-16 file holding a page).
  auto clean_html = [&](const std::string& html) {
    doc.format = Format::kHtml;
    HtmlResult r = CleanHtml(html);
    doc.clean = std::move(r.clean);
    declared.title = r.meta.title;
    declared.preferred_title = !r.meta.og_title.empty() ? r.meta.og_title : r.meta.h1;
    declared.published = r.meta.published;
    declared.published_source = "html-meta";
    declared.publisher = r.meta.site_name;
    if (declared.url.empty()) declared.url = r.meta.url;
    html_lang = r.meta.lang;
  };

  switch (doc.format) {
    case Format::kPdf: {
      DOSSIER_ASSIGN_OR_RETURN(PdfResult pdf, ExtractPdf(bytes));
      doc.encoding = "binary";
      doc.clean = std::move(pdf.clean);
      declared.title = pdf.title;
      declared.fallback_published = pdf.creation_date;
      if (LooksLikeOrganisation(pdf.author)) declared.publisher = pdf.author;
      break;
    }
    case Format::kHtml: {
      DOSSIER_ASSIGN_OR_RETURN(Decoded dec, DecodeToUtf8(bytes, SniffHtmlCharset(bytes)));
      doc.encoding = dec.encoding;
      clean_html(dec.text);
      break;
    }
    case Format::kText: {
      DOSSIER_ASSIGN_OR_RETURN(Decoded dec, DecodeToUtf8(bytes));
      doc.encoding = dec.encoding;
      auto inner = DetectFormat(dec.text, options.source_path);
      if (doc.encoding.starts_with("UTF-16") && inner.ok() && *inner == Format::kHtml) {
        clean_html(dec.text);
      } else {
        doc.clean = CleanPlainText(dec.text);
      }
      break;
    }
  }
  if (TrimView(doc.clean.text).empty()) {
    return InvalidArgumentError("no text content after cleaning");
  }
  InferMetadata(doc.clean.text, declared, &doc.meta);
  LanguageGuess lang = DetectLanguage(doc.clean.text);
  if (!lang.code.empty()) {
    doc.meta.language = {lang.code, lang.reliable ? "cld2" : "cld2-unreliable"};
  } else if (!html_lang.empty()) {
    doc.meta.language = {html_lang.substr(0, 2), "html-lang"};
  }
  doc.minhash = MinHashSignature(doc.clean.text);
  doc.original = std::move(bytes);
  return doc;
}

}  // namespace dossier::ingest
