#include "model/document.h"

namespace dossier {

std::string_view FormatName(Format f) {
  switch (f) {
    case Format::kText: return "text";
    case Format::kHtml: return "html";
    case Format::kPdf: return "pdf";
  }
  return "unknown";
}

}  // namespace dossier
