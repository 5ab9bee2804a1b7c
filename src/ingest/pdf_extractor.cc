#include "ingest/pdf_extractor.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <map>
#include <memory>

#include "base/text.h"
#include "ingest/reflow.h"

namespace dossier::ingest {
namespace {

std::string ToStd(const poppler::ustring& u) {
  auto bytes = u.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

void SilencePoppler(const std::string&, void*) {}

// Groups positioned words into lines by their vertical centre.
std::vector<PdfLine> PageLines(const poppler::page& page) {
  struct Word {
    std::string text;
    poppler::rectf box;
    bool space_after;
    double size;
    std::string font;
  };
  std::vector<Word> words;
  for (auto& tb : page.text_list(poppler::page::text_list_include_font)) {
    bool font_info = tb.has_font_info();
    words.push_back({ToStd(tb.text()), tb.bbox(), tb.has_space_after(),
                     font_info ? tb.get_font_size() : tb.bbox().height(),
                     font_info ? tb.get_font_name() : std::string()});
  }
  std::vector<PdfLine> lines;
  std::vector<std::vector<const Word*>> groups;
  for (const auto& w : words) {
    double cy = w.box.y() + w.box.height() / 2;
    bool placed = false;
    for (size_t g = 0; g < groups.size() && !placed; ++g) {
      const Word* f = groups[g].front();
      double fcy = f->box.y() + f->box.height() / 2;
      if (std::abs(fcy - cy) < std::max(2.0, 0.5 * std::min(f->box.height(), w.box.height()))) {
        groups[g].push_back(&w);
        placed = true;
      }
    }
    if (!placed) groups.push_back({&w});
  }
  for (auto& g : groups) {
    std::sort(g.begin(), g.end(),
              [](const Word* a, const Word* b) { return a->box.x() < b->box.x(); });
    PdfLine l;
    l.top = 1e9;
    l.left = 1e9;
    for (size_t i = 0; i < g.size(); ++i) {
      const Word* w = g[i];
      if (i > 0) {
        const Word* p = g[i - 1];
        double gap = w->box.x() - (p->box.x() + p->box.width());
        if (p->space_after || gap > 0.15 * w->size) l.text.push_back(' ');
      }
      l.text += w->text;
      l.top = std::min(l.top, w->box.y());
      l.bottom = std::max(l.bottom, w->box.y() + w->box.height());
      l.left = std::min(l.left, w->box.x());
      l.font_size = std::max(l.font_size, w->size);
      if (i == 0) l.font = w->font;
    }
    lines.push_back(std::move(l));
  }
  std::sort(lines.begin(), lines.end(),
            [](const PdfLine& a, const PdfLine& b) { return a.top < b.top; });
  return lines;
}

// Digits replaced by '#', spaces collapsed, lower case: the shape of a
// header or footer that repeats with a changing page number.
std::string Shape(std::string_view s) {
  std::string out;
  for (char c : CollapseSpaces(s)) out.push_back(std::isdigit(static_cast<unsigned char>(c)) ? '#' : c);
  return ToLower(out);
}

std::string FormatDate(time_t t) {
  if (t <= 0) return "";
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

}  // namespace

CleanText LayoutPdfPages(const std::vector<std::vector<PdfLine>>& pages,
                         double page_height) {
  // Headers and footers: the first and last two lines of a page whose shape
  // recurs on at least half of the pages (and on two pages at least).
  std::map<std::string, int> shape_pages;
  for (const auto& p : pages) {
    std::vector<std::string> seen;
    for (size_t i = 0; i < p.size(); ++i) {
      if (i >= 2 && i + 2 < p.size()) continue;
      auto s = Shape(p[i].text);
      if (std::find(seen.begin(), seen.end(), s) == seen.end()) {
        seen.push_back(s);
        ++shape_pages[s];
      }
    }
  }
  size_t repeat_min = std::max<size_t>(2, (pages.size() + 1) / 2);

  std::vector<std::string> texts;  // storage the Line views point into
  struct Kept { size_t text; bool para; bool page; };
  std::vector<Kept> kept;
  // Typical line gap from all pages, for paragraph breaks.
  std::vector<double> gaps;
  for (const auto& p : pages) {
    for (size_t i = 1; i < p.size(); ++i) {
      double g = p[i].top - p[i - 1].bottom;
      if (g > -1) gaps.push_back(g);
    }
  }
  std::sort(gaps.begin(), gaps.end());
  double median_gap = gaps.empty() ? 2.0 : gaps[gaps.size() / 2];

  texts.reserve(pages.size() * 64);
  for (size_t pi = 0; pi < pages.size(); ++pi) {
    const auto& p = pages[pi];
    bool first_on_page = true;
    const PdfLine* prev = nullptr;
    for (size_t i = 0; i < p.size(); ++i) {
      const auto& l = p[i];
      bool edge = i < 2 || i + 2 >= p.size();
      bool in_margin = page_height > 0 &&
                       (l.bottom < 0.12 * page_height || l.top > 0.88 * page_height);
      if (edge && (in_margin || p.size() <= 4)) {
        auto s = Shape(l.text);
        if ((pages.size() >= 2 && shape_pages[s] >= static_cast<int>(repeat_min)) ||
            IsPageNumberLine(l.text)) {
          continue;
        }
      }
      bool para = false;
      if (prev) {
        double gap = l.top - prev->bottom;
        para = gap > median_gap + 0.6 * std::max(1.0, prev->bottom - prev->top);
        // A larger or smaller font starts a new block (headings).
        if (std::abs(l.font_size - prev->font_size) > 1.0) para = true;
        // So does a change of typeface (a bold heading over body text).
        if (!l.font.empty() && !prev->font.empty() && l.font != prev->font) para = true;
      }
      texts.push_back(l.text);
      kept.push_back({texts.size() - 1, para, first_on_page});
      first_on_page = false;
      prev = &l;
    }
  }
  std::vector<Line> lines;
  lines.reserve(kept.size());
  for (const auto& k : kept) {
    Line line;
    line.text = texts[k.text];
    line.paragraph_before = k.para;
    line.page_start = k.page;
    lines.push_back(line);
  }
  ReflowOptions options;
  options.wrapped = true;
  return Reflow(lines, options);
}

Result<PdfResult> ExtractPdf(std::string_view bytes) {
  poppler::set_debug_error_function(SilencePoppler, nullptr);
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
      bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return InvalidArgumentError("damaged or unreadable PDF");
  if (doc->is_locked()) return InvalidArgumentError("encrypted PDF (password required)");
  PdfResult r;
  r.pages = doc->pages();
  r.title = CollapseSpaces(ToStd(doc->info_key("Title")));
  r.author = CollapseSpaces(ToStd(doc->info_key("Author")));
  r.creation_date = FormatDate(doc->info_date_t("CreationDate"));
  std::vector<std::vector<PdfLine>> pages;
  double page_height = 0;
  for (int i = 0; i < r.pages; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) {
      pages.emplace_back();
      continue;
    }
    page_height = std::max(page_height, page->page_rect().height());
    pages.push_back(PageLines(*page));
  }
  r.clean = LayoutPdfPages(pages, page_height);
  if (TrimView(r.clean.text).empty()) {
    return InvalidArgumentError("PDF has no extractable text (scanned images need OCR)");
  }
  return r;
}

}  // namespace dossier::ingest
