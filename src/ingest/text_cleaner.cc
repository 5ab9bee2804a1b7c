#include "ingest/text_cleaner.h"

#include <vector>

#include "base/text.h"
#include "ingest/reflow.h"

namespace dossier::ingest {
namespace {

struct RawLine {
  std::string_view text;
  uint32_t offset;
  bool empty;       // nothing at all
  bool blank;       // only white space (but not empty)
  bool page_start;  // follows a form feed
};

std::vector<RawLine> SplitRawLines(std::string_view text) {
  std::vector<RawLine> out;
  size_t start = 0;
  bool page = false;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n' && text[i] != '\f') continue;
    std::string_view l = text.substr(start, i - start);
    RawLine r{l, static_cast<uint32_t>(start), l.empty(),
              !l.empty() && TrimView(l).empty(), page};
    out.push_back(r);
    page = i < text.size() && text[i] == '\f';
    start = i + 1;
  }
  // Page numbers standing alone between blank lines are layout, not text.
  for (size_t k = 0; k < out.size(); ++k) {
    bool alone = (k == 0 || out[k - 1].empty || out[k - 1].blank) &&
                 (k + 1 == out.size() || out[k + 1].empty || out[k + 1].blank);
    if (alone && !out[k].empty && !out[k].blank && IsPageNumberLine(out[k].text)) {
      out[k].blank = true;
    }
  }
  return out;
}

// Builds reflow lines; `soft_single_blank` treats one empty line between two
// text lines as a mere line break (text copied out of a PDF).
std::vector<Line> ToLines(const std::vector<RawLine>& raw, bool soft_single_blank) {
  std::vector<Line> lines;
  size_t gap_empty = 0;
  bool gap_blank = false;
  bool page = false;
  for (const auto& r : raw) {
    page = page || r.page_start;
    if (r.empty || r.blank) {
      if (r.empty) ++gap_empty;
      if (r.blank) gap_blank = true;
      continue;
    }
    Line l;
    l.text = r.text;
    l.source = r.offset;
    l.page_start = page;
    bool had_gap = gap_empty > 0 || gap_blank;
    l.paragraph_before =
        !lines.empty() && (soft_single_blank ? (gap_blank || gap_empty >= 2) : had_gap);
    lines.push_back(l);
    gap_empty = 0;
    gap_blank = false;
    page = false;
  }
  return lines;
}

// True when most text lines are followed by exactly one empty line and
// then more text: the "every line doubled" shape of PDF copy-paste.
// Evidence is a single empty line inside a sentence: the line before it
// does not end a sentence and the line after it goes on in lower case.
bool LooksDoubled(const std::vector<RawLine>& raw) {
  size_t single_gaps = 0, mid_sentence = 0;
  for (size_t i = 0; i + 2 < raw.size(); ++i) {
    if (raw[i].empty || raw[i].blank) continue;
    if (raw[i + 1].empty && !raw[i + 2].empty && !raw[i + 2].blank) {
      ++single_gaps;
      auto prev = TrimView(raw[i].text);
      auto next = TrimView(raw[i + 2].text);
      size_t k = prev.size(), j = 0;
      char32_t last = PrevCodePoint(prev, &k);
      char32_t first = NextCodePoint(next, &j);
      if ((IsLetter(last) || last == ',') && IsLower(first)) ++mid_sentence;
    }
  }
  return mid_sentence >= 2 && mid_sentence * 5 >= single_gaps;
}

}  // namespace

CleanText CleanPlainText(std::string_view text) {
  auto raw = SplitRawLines(text);
  std::vector<Line> lines;
  bool wrapped = false;
  if (LooksDoubled(raw)) {
    auto soft = ToLines(raw, /*soft_single_blank=*/true);
    if (LooksHardWrapped(soft)) {
      lines = std::move(soft);
      wrapped = true;
    }
  }
  if (lines.empty()) {
    lines = ToLines(raw, /*soft_single_blank=*/false);
    wrapped = LooksHardWrapped(lines);
  }
  ReflowOptions options;
  options.wrapped = wrapped;
  return Reflow(lines, options);
}

}  // namespace dossier::ingest
