#include "ingest/text_cleaner.h"

#include <string>
#include <unordered_map>
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
  bool furniture = false;  // a running header or footer, dropped
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

// The shape of a line for comparing running headers and footers: digits
// folded ("Page 2 of 4" ~ "Page 3 of 4"), white space collapsed.
std::string LineShape(std::string_view line) {
  std::string shape;
  bool space = false;
  for (char c : TrimView(line)) {
    if (c == ' ' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !shape.empty()) shape.push_back(' ');
    space = false;
    shape.push_back(c >= '0' && c <= '9' ? '#' : c);
  }
  return shape;
}

// Running headers and footers of a document copied out of a PDF: a line
// that comes back, with other page numbers perhaps, at least twice and far
// apart ("CATOP | Trial Monitoring Report", "Page 2 of 4", a document code).
// They are dropped so that the sentence a page break cut goes on.
void MarkRunningFurniture(std::vector<RawLine>* raw) {
  std::unordered_map<std::string, std::vector<size_t>> at;
  auto gap = [&](size_t k) {
    const auto& r = (*raw)[k];
    return r.empty || r.blank;
  };
  for (size_t k = 0; k < raw->size(); ++k) {
    const auto& r = (*raw)[k];
    if (r.empty || r.blank) continue;
    // Headers and footers stand on their own, between gaps or page breaks;
    // a line of running text does not.
    bool alone_before = k == 0 || gap(k - 1) || r.page_start;
    bool alone_after = k + 1 == raw->size() || gap(k + 1) || (*raw)[k + 1].page_start;
    if (!alone_before || !alone_after) continue;
    auto t = TrimView(r.text);
    if (t.size() < 6 || Utf8Length(t) > 120) continue;
    at[LineShape(t)].push_back(k);
  }
  for (const auto& [shape, lines] : at) {
    if (lines.size() < 2) continue;
    // Far apart: a page of text between two of them.
    bool apart = false;
    for (size_t i = 1; i < lines.size(); ++i) apart = apart || lines[i] - lines[i - 1] >= 15;
    if (!apart) continue;
    for (size_t k : lines) {
      (*raw)[k].blank = true;
      (*raw)[k].furniture = true;
    }
  }
  for (auto& r : *raw) {
    auto t = TrimView(r.text);
    // "Page 2 of 4", "2/4" standing on a line of their own.
    if (!r.empty && !r.blank && (t.starts_with("Page ") || t.starts_with("page ")) &&
        t.find(" of ") != std::string_view::npos && t.size() < 20) {
      r.blank = true;
      r.furniture = true;
      continue;
    }
    // A footer laid out in columns, its page number last: "Annual report
    // on trial monitoring – 2022        Page 4 of 9".
    size_t wide = t.rfind("   ");
    if (!r.empty && !r.blank && wide != std::string_view::npos && Utf8Length(t) < 200) {
      auto tail = TrimView(t.substr(wide));
      if (IsPageNumberLine(tail) && PageWordLength(ToLower(tail)) > 0) {
        r.blank = true;
        r.furniture = true;
      }
    }
  }
}

// Builds reflow lines; `soft_single_blank` treats one empty line between two
// text lines as a mere line break (text copied out of a PDF).
std::vector<Line> ToLines(const std::vector<RawLine>& raw, bool soft_single_blank) {
  std::vector<Line> lines;
  size_t gap_empty = 0;
  bool gap_blank = false;
  bool page = false;
  bool furniture = false;
  for (const auto& r : raw) {
    page = page || r.page_start;
    if (r.empty || r.blank) {
      if (r.empty) ++gap_empty;
      if (r.blank) gap_blank = true;
      furniture = furniture || r.furniture;
      continue;
    }
    Line l;
    l.text = r.text;
    l.source = r.offset;
    l.page_start = page;
    bool had_gap = gap_empty > 0 || gap_blank;
    l.paragraph_before =
        !lines.empty() && (soft_single_blank ? (gap_blank || gap_empty >= 2) : had_gap);
    // A page break with its header and footer inside a sentence: "...
    // presided over by Judge Ivan | footer | header | Fictionov, ...".
    if (furniture && !lines.empty()) {
      auto prev = TrimView(lines.back().text);
      size_t i = prev.size();
      char32_t last = prev.empty() ? '.' : PrevCodePoint(prev, &i);
      if (IsLetter(last) || last == ',' || last == '-') l.paragraph_before = false;
    }
    lines.push_back(l);
    gap_empty = 0;
    gap_blank = false;
    page = false;
    furniture = false;
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
  MarkRunningFurniture(&raw);
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
