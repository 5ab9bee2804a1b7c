#include "engine/timeline_svg.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/calendar.h"
#include "base/text.h"

namespace dossier::engine {

using json = nlohmann::ordered_json;

namespace {

// ---- Page geometry (px) ----------------------------------------------------

constexpr double kWidth = 1000;
constexpr double kMarginX = 40;     // left/right text margin
constexpr double kAxisLeft = 70;    // where the time scale starts
constexpr double kAxisRight = 930;  // and ends
constexpr double kLabelMinX = 20;   // labels stay inside these
constexpr double kLabelMaxX = kWidth - 20;
constexpr double kLabelMaxWidth = 150;  // a label line is cut past this
constexpr double kMarkerR = 6.5;        // marker "radius"
constexpr double kMarkerRowStep = 20;   // stacked markers above the axis
constexpr double kLaneGap = 10;         // between label lanes
constexpr double kCompactLaneGap = 4;   // between one-line label lanes
constexpr int kMaxFullLanes = 7;        // more, and labels go one-line
constexpr double kLabelGap = 10;        // between labels in one lane
constexpr double kLineFactor = 1.35;    // line height / font size
constexpr std::string_view kInk = "#111111";
constexpr std::string_view kInk2 = "#3a3a3a";  // secondary text
constexpr std::string_view kInk3 = "#555555";  // tertiary text
constexpr std::string_view kWarn = "#9a1b1b";  // conflict notes

std::string Num(double v) {
  if (std::abs(v) < 0.05) v = 0;  // no "-0.0"
  return fmt::format("{:.1f}", v);
}

// ---- JSON access that tolerates null, absent and mistyped fields ----------

const json& Field(const json& obj, std::string_view key) {
  static const json kNull;
  if (!obj.is_object()) return kNull;
  auto it = obj.find(key);
  return it == obj.end() ? kNull : *it;
}

std::string AsText(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer() || v.is_number_unsigned()) return v.dump();
  if (v.is_number_float()) return v.dump();
  return "";
}

std::string Str(const json& obj, std::string_view key) {
  return std::string(TrimView(AsText(Field(obj, key))));
}

std::vector<std::string> StrList(const json& obj, std::string_view key) {
  std::vector<std::string> out;
  const json& a = Field(obj, key);
  if (!a.is_array()) {
    std::string s = Str(obj, key);
    if (!s.empty()) out.push_back(std::move(s));
    return out;
  }
  for (const auto& v : a) {
    std::string s(TrimView(AsText(v)));
    if (!s.empty() && std::find(out.begin(), out.end(), s) == out.end()) {
      out.push_back(std::move(s));
    }
  }
  return out;
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const auto& p : parts) {
    if (p.empty()) continue;
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

// ---- Text: escaping and width estimates -----------------------------------

// Escapes for XML text and attribute values; drops characters XML 1.0 cannot
// carry, turns line breaks and tabs into spaces and bad UTF-8 into U+FFFD.
std::string EscapeXml(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (size_t i = 0; i < s.size();) {
    char32_t c = NextCodePoint(s, &i);
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      case '\t':
      case '\n':
      case '\r':
        out += ' ';
        break;
      default:
        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xFFFE || c == 0xFFFF ||
            (c >= 0xD800 && c < 0xE000)) {
          break;
        }
        AppendUtf8(c, &out);
    }
  }
  return out;
}

// Advance width of one code point in ems, for a generic sans-serif face. It
// errs wide (DejaVu Sans, the usual fallback, is a broad face) so that the
// laid-out text fits in whatever font the viewer picks.
double CharEm(char32_t c) {
  if (c < 0x80) {
    if (c == ' ') return 0.32;
    if (std::string_view("ijl|!.,:;'`").find(static_cast<char>(c)) != std::string_view::npos) {
      return 0.3;
    }
    if (std::string_view("frtI()[]{}/\\-\"").find(static_cast<char>(c)) != std::string_view::npos) {
      return 0.42;
    }
    if (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '@' || c == '%') return 0.92;
    if (c >= '0' && c <= '9') return 0.64;
    if (c >= 'A' && c <= 'Z') return 0.72;
    if (c >= 'a' && c <= 'z') return 0.61;
    return 0.64;
  }
  if ((c >= 0x0300 && c < 0x0370) || (c >= 0x200B && c <= 0x200F) || c == 0xFE0F) return 0;
  if (c == 0x00B7 || c == 0x2019 || c == 0x2018) return 0.32;
  if (c == 0x2014 || c == 0x2026 || c == 0x26A0) return 1.0;
  if (c == 0x2013) return 0.5;
  if ((c >= 0x1100 && c < 0x1160) || (c >= 0x2E80 && c < 0xA4D0) || (c >= 0xAC00 && c < 0xD7A4) ||
      (c >= 0xF900 && c < 0xFB00) || (c >= 0xFF00 && c < 0xFF61) || c >= 0x20000) {
    return 1.0;  // CJK, Hangul, full-width forms
  }
  if (c >= 0x0400 && c < 0x0530) {  // Cyrillic
    if (std::u32string_view(U"ЖШЩЮМжшщюмЫы").find(c) != std::u32string_view::npos) return 0.95;
    return IsUpper(c) ? 0.74 : 0.64;
  }
  if (c >= 0x0590 && c < 0x0700) return 0.6;  // Hebrew, Arabic
  return IsUpper(c) ? 0.74 : 0.66;
}

double TextWidth(std::string_view s, double size, bool bold = false) {
  double em = 0;
  for (size_t i = 0; i < s.size();) em += CharEm(NextCodePoint(s, &i));
  return em * size * (bold ? 1.1 : 1.0);
}

// Cuts `s` to fit `max_width`, ending in "…".
std::string Ellipsize(std::string_view s, double max_width, double size, bool bold = false) {
  if (TextWidth(s, size, bold) <= max_width) return std::string(s);
  const double budget = max_width - TextWidth("…", size, bold);
  std::string out;
  double w = 0;
  for (size_t i = 0; i < s.size();) {
    const size_t start = i;
    const char32_t c = NextCodePoint(s, &i);
    w += CharEm(c) * size * (bold ? 1.1 : 1.0);
    if (w > budget) break;
    out.append(s.substr(start, i - start));
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out + "…";
}

// Breaks `s` into lines no wider than `max_width` (at spaces; a word longer
// than a line is split between code points).
std::vector<std::string> Wrap(std::string_view s, double max_width, double size,
                              bool bold = false) {
  std::vector<std::string> lines;
  std::string line;
  auto flush = [&] {
    if (!line.empty()) lines.push_back(std::move(line));
    line.clear();
  };
  for (std::string_view word : Split(s, ' ')) {
    if (word.empty()) continue;
    std::string candidate = line.empty() ? std::string(word) : line + " " + std::string(word);
    if (TextWidth(candidate, size, bold) <= max_width) {
      line = std::move(candidate);
      continue;
    }
    flush();
    std::string piece;
    for (size_t i = 0; i < word.size();) {
      const size_t start = i;
      NextCodePoint(word, &i);
      std::string next = piece + std::string(word.substr(start, i - start));
      if (!piece.empty() && TextWidth(next, size, bold) > max_width) {
        lines.push_back(std::move(piece));
        piece = std::string(word.substr(start, i - start));
      } else {
        piece = std::move(next);
      }
    }
    line = std::move(piece);
  }
  flush();
  return lines;
}

std::string CapitalizeFirst(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::string Humanize(std::string s) {
  std::replace(s.begin(), s.end(), '_', ' ');
  return s;
}

// ---- Dates -----------------------------------------------------------------

enum class Precision { kNone, kYear, kMonth, kDay };

struct Date {
  Precision precision = Precision::kNone;
  int year = 0, month = 0, day = 0;
  int64_t first = 0;  // days since 1970-01-01 of the first day covered
  int64_t end = 0;    // one past the last day covered
};

bool Digits(std::string_view s, size_t pos, size_t n, int* out) {
  if (pos + n > s.size()) return false;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = v;
  return true;
}

// Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a time after the date is ignored).
Date ParseDate(std::string_view s) {
  s = TrimView(s);
  if (s.size() > 10 && (s[10] == 'T' || s[10] == ' ')) s = s.substr(0, 10);
  Date d;
  if (!Digits(s, 0, 4, &d.year) || d.year < 1) return {};
  if (s.size() == 4) {
    d.precision = Precision::kYear;
    d.first = DaysFromCivil(d.year, 1, 1);
    d.end = DaysFromCivil(d.year + 1, 1, 1);
    return d;
  }
  if (s.size() < 7 || s[4] != '-' || !Digits(s, 5, 2, &d.month) || d.month < 1 || d.month > 12) {
    return {};
  }
  if (s.size() == 7) {
    d.precision = Precision::kMonth;
    d.first = DaysFromCivil(d.year, d.month, 1);
    d.end = d.first + DaysInMonth(d.year, d.month);
    return d;
  }
  if (s.size() != 10 || s[7] != '-' || !Digits(s, 8, 2, &d.day) || d.day < 1 ||
      d.day > DaysInMonth(d.year, d.month)) {
    return {};
  }
  d.precision = Precision::kDay;
  d.first = DaysFromCivil(d.year, d.month, d.day);
  d.end = d.first + 1;
  return d;
}

constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::string FormatDate(const Date& d) {
  switch (d.precision) {
    case Precision::kDay:
      return fmt::format("{} {} {}", d.day, kMonths[d.month - 1], d.year);
    case Precision::kMonth:
      return fmt::format("{} {}", kMonths[d.month - 1], d.year);
    case Precision::kYear:
      return fmt::format("{}", d.year);
    case Precision::kNone:
      break;
  }
  return "";
}

// "2 Nov 2021" for a parseable date, the text itself otherwise.
std::string FormatDateText(std::string_view raw) {
  const Date d = ParseDate(raw);
  return d.precision == Precision::kNone ? std::string(TrimView(raw)) : FormatDate(d);
}

// "P11Y2M" -> "11 years 2 months"; "" when it is not an ISO 8601 period.
std::string FormatDuration(std::string_view iso) {
  if (iso.size() < 3 || iso[0] != 'P') return "";
  std::vector<std::string> parts;
  int n = 0;
  bool have = false, time = false;
  for (char c : iso.substr(1)) {
    if (c >= '0' && c <= '9') {
      n = n * 10 + (c - '0');
      have = true;
      continue;
    }
    if (c == 'T') {
      time = true;
      continue;
    }
    if (!have) return "";
    std::string_view unit;
    if (c == 'Y')
      unit = "year";
    else if (c == 'M')
      unit = time ? "minute" : "month";
    else if (c == 'W')
      unit = "week";
    else if (c == 'D')
      unit = "day";
    else if (c == 'H')
      unit = "hour";
    else
      return "";
    parts.push_back(fmt::format("{} {}{}", n, unit, n == 1 ? "" : "s"));
    n = 0;
    have = false;
  }
  return have ? "" : Join(parts, " ");
}

// ---- Event categories --------------------------------------------------------

enum class Category { kDetention, kJudicial, kHarm, kRelease, kOther };
enum class Shape { kSquare, kDiamond, kTriangle, kCircle, kInvertedTriangle };

struct CategoryStyle {
  std::string_view name;
  std::string_view legend;
  std::string_view colour;  // Paul Tol's colour-blind-safe "vibrant" scheme
  Shape shape;
};

const CategoryStyle& StyleOf(Category c) {
  static const std::array<CategoryStyle, 5> kStyles = {{
      {"detention", "Detention (arrest, transfer)", "#EE7733", Shape::kSquare},
      {"judicial", "Judicial (charge, trial, sentence, ruling)", "#0077BB", Shape::kDiamond},
      {"harm", "Harm (ill-treatment, health, disappearance, death)", "#CC3311", Shape::kTriangle},
      {"release", "Release", "#009988", Shape::kCircle},
      {"other", "Other", "#888888", Shape::kInvertedTriangle},
  }};
  return kStyles[static_cast<size_t>(c)];
}

Category CategoryOf(std::string_view type) {
  if (type == "arrest" || type == "transfer") return Category::kDetention;
  if (type == "charge" || type == "trial" || type == "sentence" || type == "ruling") {
    return Category::kJudicial;
  }
  if (type == "ill_treatment" || type == "health" || type == "disappearance" || type == "death") {
    return Category::kHarm;
  }
  if (type == "release") return Category::kRelease;
  return Category::kOther;
}

std::string TypeLabel(std::string_view type) {
  if (type.empty()) return "Event";
  if (type == "ill_treatment") return "Ill-treatment";
  return CapitalizeFirst(Humanize(std::string(type)));
}

// One marker shape centred on (cx, cy); alleged events get a dashed outline
// and a pale fill.
std::string MarkerSvg(Category cat, double cx, double cy, double r, bool alleged) {
  const CategoryStyle& st = StyleOf(cat);
  const std::string paint =
      alleged ? fmt::format(R"(fill="{}" fill-opacity="0.3" stroke="#111111" stroke-width="1.4" )"
                            R"(stroke-dasharray="2.5 1.8")",
                            st.colour)
              : fmt::format(R"(fill="{}" stroke="#111111" stroke-width="1")", st.colour);
  auto pts = [&](std::initializer_list<std::pair<double, double>> p) {
    std::vector<std::string> s;
    for (const auto& [x, y] : p) s.push_back(Num(cx + x * r) + "," + Num(cy + y * r));
    return Join(s, " ");
  };
  switch (st.shape) {
    case Shape::kSquare:
      return fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" {}/>)", Num(cx - 0.85 * r),
                         Num(cy - 0.85 * r), Num(1.7 * r), Num(1.7 * r), paint);
    case Shape::kDiamond:
      return fmt::format(R"(<polygon points="{}" {}/>)",
                         pts({{0, -1.2}, {1.2, 0}, {0, 1.2}, {-1.2, 0}}), paint);
    case Shape::kTriangle:
      return fmt::format(R"(<polygon points="{}" {}/>)",
                         pts({{0, -1.2}, {1.1, 0.85}, {-1.1, 0.85}}), paint);
    case Shape::kCircle:
      return fmt::format(R"(<circle cx="{}" cy="{}" r="{}" {}/>)", Num(cx), Num(cy), Num(r), paint);
    case Shape::kInvertedTriangle:
      return fmt::format(R"(<polygon points="{}" {}/>)",
                         pts({{0, 1.2}, {1.1, -0.85}, {-1.1, -0.85}}), paint);
  }
  return "";
}

// ---- The events, as drawn ---------------------------------------------------

struct LabelLine {
  std::string text;
  double size;
  bool bold;
  std::string_view colour;
};

struct Event {
  std::string id;
  std::string type;
  Category category = Category::kOther;
  std::string raw_date;
  Date date;
  std::string place, country, detail;
  bool alleged = false;
  int sources = 0;
  std::vector<std::string> conflict_fields;  // "date", "place", ...
  std::vector<std::string> conflict_notes;   // for the list
  std::string first_source;                  // "Publisher, published 31 Mar 2022"
  int number = 0;                            // 1-based, as in the list

  // Layout on the axis (dated events only).
  double x = 0, x1 = 0, x2 = 0;  // centre; bar ends for partial dates
  int row = 0;                   // marker row above the axis
  int lane = 0;                  // label lane below the axis
  bool anchor_right = false;     // label to the left of its leader
  double block_width = 0, block_height = 0;
  std::vector<LabelLine> label;
};

std::string SourceName(const json& src, size_t index) {
  std::string name = Str(src, "publisher");
  if (name.empty()) name = Str(src, "title");
  if (name.empty()) {
    const std::string doc = Str(src, "doc_id");
    name = doc.empty() ? fmt::format("source {}", index + 1) : "document " + doc;
  }
  return name;
}

Event ReadEvent(const json& e) {
  Event ev;
  ev.id = Str(e, "id");
  ev.type = AsciiLower(Str(e, "type"));
  ev.category = CategoryOf(ev.type);
  ev.raw_date = Str(e, "date");
  ev.date = ParseDate(ev.raw_date);
  ev.place = Str(e, "place");
  ev.country = Str(e, "country");
  ev.detail = Str(e, "detail");
  if (ev.detail.empty()) ev.detail = FormatDuration(Str(e, "duration"));
  ev.alleged = AsciiLower(Str(e, "certainty")) == "alleged";
  const json& srcs = Field(e, "sources");
  const json& corr = Field(e, "corroboration");
  if (corr.is_number_integer() || corr.is_number_unsigned()) {
    ev.sources = static_cast<int>(std::clamp<int64_t>(corr.get<int64_t>(), 0, 1000000));
  } else if (srcs.is_array()) {
    ev.sources = static_cast<int>(srcs.size());
  }
  if (srcs.is_array() && !srcs.empty()) {
    const json& s0 = srcs[0];
    std::string name = SourceName(s0, 0);
    const std::string published = FormatDateText(Str(s0, "published"));
    ev.first_source = published.empty() ? name : name + ", published " + published;
  }
  const json& conflicts = Field(e, "conflicts");
  if (conflicts.is_array()) {
    for (const json& c : conflicts) {
      if (!c.is_object()) continue;
      std::string field = Humanize(AsciiLower(Str(c, "field")));
      if (field.empty()) field = "details";
      if (std::find(ev.conflict_fields.begin(), ev.conflict_fields.end(), field) ==
          ev.conflict_fields.end()) {
        ev.conflict_fields.push_back(field);
      }
      std::vector<std::string> claims;
      const json& cl = Field(c, "claims");
      if (cl.is_array()) {
        for (const json& claim : cl) {
          std::string value = Str(claim, "value");
          if (field == "date") value = FormatDateText(value);
          if (value.empty()) value = "(none)";
          std::vector<std::string> who;
          const json& cs = Field(claim, "sources");
          if (cs.is_array()) {
            for (const json& si : cs) {
              if (si.is_number_integer() && srcs.is_array() && si.get<int64_t>() >= 0 &&
                  static_cast<size_t>(si.get<int64_t>()) < srcs.size()) {
                const auto k = static_cast<size_t>(si.get<int64_t>());
                who.push_back(SourceName(srcs[k], k));
              }
            }
          }
          claims.push_back(who.empty() ? "“" + value + "”"
                                       : "“" + value + "” (" + Join(who, ", ") + ")");
        }
      }
      ev.conflict_notes.push_back(fmt::format("⚠ Sources disagree on the {}{}{}", field,
                                              claims.empty() ? "" : ": ", Join(claims, " vs ")));
    }
  }
  return ev;
}

std::string SourcesText(int n) { return n == 1 ? "1 source" : fmt::format("{} sources", n); }

// The short note for a label: "⚠ conflicting dates", "... details", or both.
std::string ConflictSummary(const std::vector<std::string>& fields) {
  bool date = false, other = false;
  for (const auto& f : fields) (f == "date" ? date : other) = true;
  if (date && other) return "⚠ conflicting dates & details";
  return date ? "⚠ conflicting dates" : "⚠ conflicting details";
}

// A label of up to four lines: "2. Arrest", date and sources, detail,
// conflicts. A compact label, for crowded timelines, is the first line alone
// (the list below has the rest).
void BuildLabel(Event* ev, bool compact) {
  constexpr double kTitle = 12, kBody = 11;
  ev->label.clear();
  ev->block_width = ev->block_height = 0;
  auto add = [&](std::string text, double size, bool bold, std::string_view colour) {
    text = Ellipsize(text, kLabelMaxWidth, size, bold);
    ev->block_width = std::max(ev->block_width, TextWidth(text, size, bold));
    ev->block_height += size * kLineFactor;
    ev->label.push_back({std::move(text), size, bold, colour});
  };
  if (compact) {
    add(fmt::format("{}. {}{}", ev->number, TypeLabel(ev->type),
                    ev->conflict_fields.empty() ? "" : " ⚠"),
        kBody, true, kInk);
    return;
  }
  add(fmt::format("{}. {}", ev->number, TypeLabel(ev->type)), kTitle, true, kInk);
  add(FormatDate(ev->date) + (ev->sources > 0 ? " · " + SourcesText(ev->sources) : ""), kBody,
      false, kInk2);
  if (ev->alleged) {
    add(ev->detail.empty() ? "alleged" : "alleged: " + ev->detail, kBody, false, kInk2);
  } else if (!ev->detail.empty()) {
    add(ev->detail, kBody, false, kInk2);
  }
  if (!ev->conflict_fields.empty()) add(ConflictSummary(ev->conflict_fields), kBody, true, kWarn);
}

// ---- SVG output ------------------------------------------------------------

class Canvas {
 public:
  void Raw(std::string_view s) { out_ += s; }

  // One line of text; `attrs` are extra raw attributes.
  void Text(double x, double y, double size, std::string_view text, std::string_view attrs = "") {
    fmt::format_to(std::back_inserter(out_), R"(<text x="{}" y="{}" font-size="{}"{}{}>{}</text>)",
                   Num(x), Num(y), size, attrs.empty() ? "" : " ", attrs, EscapeXml(text));
    out_ += '\n';
  }

  void Line(double x1, double y1, double x2, double y2, std::string_view attrs) {
    fmt::format_to(std::back_inserter(out_), R"(<line x1="{}" y1="{}" x2="{}" y2="{}" {}/>)",
                   Num(x1), Num(y1), Num(x2), Num(y2), attrs);
    out_ += '\n';
  }

  const std::string& str() const { return out_; }

 private:
  std::string out_;
};

std::string TextAttrs(bool bold, std::string_view colour, std::string_view more = "") {
  std::string a = fmt::format(R"(fill="{}")", colour);
  if (bold) a += R"( font-weight="bold")";
  if (!more.empty()) {
    a += ' ';
    a += more;
  }
  return a;
}

// Draws wrapped text from (x, *y) on, advancing *y past it.
void Paragraph(Canvas* c, double x, double* y, double max_width, double size, std::string_view text,
               bool bold, std::string_view colour) {
  for (const auto& line : Wrap(text, max_width, size, bold)) {
    c->Text(x, *y, size, line, TextAttrs(bold, colour));
    *y += size * kLineFactor;
  }
}

// ---- Axis layout ------------------------------------------------------------

struct Axis {
  double d0 = 0, d1 = 1;  // days shown, padded
  double X(double day) const {
    return kAxisLeft + (day - d0) / (d1 - d0) * (kAxisRight - kAxisLeft);
  }
  double PxPerDay() const { return (kAxisRight - kAxisLeft) / (d1 - d0); }
};

Axis MakeAxis(const std::vector<Event*>& dated) {
  double lo = static_cast<double>(dated.front()->date.first), hi = lo;
  for (const Event* e : dated) {
    lo = std::min(lo, static_cast<double>(e->date.first));
    hi = std::max(hi, static_cast<double>(e->date.end));
  }
  if (hi - lo < 60) {  // at least two months wide
    const double mid = (lo + hi) / 2;
    lo = mid - 30;
    hi = mid + 30;
  }
  const double pad = std::max((hi - lo) * 0.04, 10.0);
  return {lo - pad, hi + pad};
}

// Stacks markers that would touch into rows above the axis (first fit; the
// events come ordered by their left edge).
void AssignMarkerRows(const std::vector<Event*>& dated) {
  std::vector<double> row_end;  // right edge of the last marker in each row
  for (Event* e : dated) {
    const double num_w = TextWidth(std::to_string(e->number), 10);
    const double l = std::min(e->x1, e->x - kMarkerR - 2);
    const double r = std::max(e->x2, e->x + kMarkerR + 3 + num_w) + 3;
    size_t row = 0;
    while (row < row_end.size() && row_end[row] > l) ++row;
    if (row == row_end.size()) row_end.push_back(0);
    row_end[row] = r;
    e->row = static_cast<int>(row);
  }
}

// Greedy lane assignment for the labels below the axis (the events come
// ordered by x). Each label hangs on a vertical leader from its marker, so
// besides not overlapping its own lane a label must not sit across the leader
// of a label further down, nor may its own leader run through a label nearer
// the axis. Going right to left with labels to the right of their leaders, a
// lane free of both always exists (the result is a staircase where labels
// crowd); a label that would run off the right edge sits left of its leader,
// and should then cover no leader still to come. Lanes are numbered from the
// axis down. O(n^2) in the number of events.
void AssignLabelLanes(const std::vector<Event*>& dated) {
  struct Placed {
    int lane;
    double text_l, text_r;  // the label's text
    double x;               // its leader
  };
  std::vector<Placed> placed;
  int max_lane = -1;
  for (auto it = dated.rbegin(); it != dated.rend(); ++it) {
    Event* e = *it;
    const double w = e->block_width;
    const size_t n_lanes = static_cast<size_t>(max_lane) + 2;  // one new lane at most
    int best_lane = -1, best_cross = 0;
    bool best_right = false;
    for (bool right : {false, true}) {
      const double tl = right ? e->x - 5 - w : e->x + 5;
      const double tr = right ? e->x - 5 : e->x + 5 + w;
      if (tl < kLabelMinX || tr > kLabelMaxX) continue;
      const double ml = std::min(tl, e->x - 2), mr = std::max(tr, e->x + 2);
      // Per lane: does a label there overlap this one; how many leaders
      // ending there run through this label; how many labels there does this
      // label's leader run through.
      std::vector<char> overlap(n_lanes, 0);
      std::vector<int> leaders_in(n_lanes, 0), labels_hit(n_lanes, 0);
      for (const Placed& p : placed) {
        const auto l = static_cast<size_t>(p.lane);
        const double pl = std::min(p.text_l, p.x - 2), pr = std::max(p.text_r, p.x + 2);
        if (ml < pr + kLabelGap && pl < mr + kLabelGap) overlap[l] = 1;
        if (p.x > tl - 3 && p.x < tr + 3) ++leaders_in[l];
        if (e->x > p.text_l - 3 && e->x < p.text_r + 3) ++labels_hit[l];
      }
      // Leaders still to come (to the left) can only pass through this label.
      int pending = 0;
      for (auto q = std::next(it); q != dated.rend(); ++q) {
        if ((*q)->x > tl - 3 && (*q)->x < tr + 3) ++pending;
      }
      // cross(lane) = leaders in lanes below + labels in lanes above + pending.
      std::vector<int> below(n_lanes + 1, 0);
      for (size_t l = n_lanes; l-- > 0;) below[l] = below[l + 1] + leaders_in[l];
      int above = 0;
      for (size_t l = 0; l < n_lanes; ++l) {
        const int cross = below[l + 1] + above + pending;
        above += labels_hit[l];
        if (overlap[l]) continue;
        const int lane = static_cast<int>(l);
        if (best_lane < 0 || cross < best_cross || (cross == best_cross && lane < best_lane)) {
          best_lane = lane;
          best_cross = cross;
          best_right = right;
        }
      }
    }
    if (best_lane < 0) best_lane = max_lane + 1;  // only for a label wider than the page
    e->lane = best_lane;
    e->anchor_right = best_right;
    max_lane = std::max(max_lane, best_lane);
    placed.push_back({best_lane, best_right ? e->x - 5 - w : e->x + 5,
                      best_right ? e->x - 5 : e->x + 5 + w, e->x});
  }
}

struct Tick {
  double x;
  std::string label;
  bool major;  // a year
};

std::vector<Tick> MakeTicks(const Axis& axis) {
  std::vector<Tick> ticks;
  const double px_year = axis.PxPerDay() * 365.25;
  int step = 1;
  for (int s : {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000}) {
    step = s;
    if (px_year * s >= 48) break;
  }
  int y0 = 0, m0 = 0, y1 = 0, m1 = 0, unused_day = 0;
  CivilFromDays(static_cast<int64_t>(std::floor(axis.d0)), &y0, &m0, &unused_day);
  CivilFromDays(static_cast<int64_t>(std::floor(axis.d1)), &y1, &m1, &unused_day);
  bool any_year = false;
  for (int y = y0; y <= y1 + 1; ++y) {
    const double day = static_cast<double>(DaysFromCivil(y, 1, 1));
    if (day < axis.d0 || day > axis.d1 || y % step != 0) continue;
    ticks.push_back({axis.X(day), std::to_string(y), true});
    any_year = true;
  }
  const double px_month = axis.PxPerDay() * 30.44;
  if (px_month >= 8) {
    const bool labelled = px_month >= 30;
    bool first = true;
    for (int y = y0, m = m0; y < y1 || (y == y1 && m <= m1); m == 12 ? (++y, m = 1) : ++m) {
      const double day = static_cast<double>(DaysFromCivil(y, m, 1));
      if (m == 1 || day < axis.d0 || day > axis.d1) continue;
      std::string label;
      if (labelled) {
        label = std::string(kMonths[m - 1]);
        if (!any_year && first) label += " " + std::to_string(y);
      }
      first = false;
      ticks.push_back({axis.X(day), std::move(label), false});
    }
  }
  std::stable_sort(ticks.begin(), ticks.end(),
                   [](const Tick& a, const Tick& b) { return a.x < b.x; });
  return ticks;
}

// ---- Sections --------------------------------------------------------------

void DrawLegend(Canvas* c, double* y, bool have_other, bool have_partial) {
  struct Item {
    std::string text;
    int kind;  // 0..4 category, 5 alleged, 6 bar
  };
  std::vector<Item> items;
  for (int k = 0; k < 4; ++k) items.push_back({std::string(StyleOf(Category(k)).legend), k});
  if (have_other) items.push_back({"Other", 4});
  items.push_back({"Alleged (dashed outline)", 5});
  if (have_partial) items.push_back({"Known only to the month or year (bar)", 6});
  constexpr double kSize = 11.5;
  double x = kMarginX;
  const double line_h = 20;
  for (const Item& it : items) {
    const double w = 22 + TextWidth(it.text, kSize) + 18;
    if (x + w > kWidth - kMarginX && x > kMarginX) {
      x = kMarginX;
      *y += line_h;
    }
    const double cy = *y - 4;
    if (it.kind < 5) {
      c->Raw(MarkerSvg(Category(it.kind), x + 7, cy, 5.5, false));
    } else if (it.kind == 5) {
      c->Raw(MarkerSvg(Category::kDetention, x + 7, cy, 5.5, true));
    } else {
      c->Raw(fmt::format(R"(<rect x="{}" y="{}" width="16" height="8" fill="#888888" )"
                         R"(fill-opacity="0.35" stroke="#555555" stroke-width="1"/>)",
                         Num(x - 1), Num(cy - 4)));
    }
    c->Raw("\n");
    c->Text(x + 20, *y, kSize, it.text, TextAttrs(false, kInk2));
    x += w;
  }
  *y += line_h;
}

void DrawChart(Canvas* c, double* y, const std::vector<Event*>& dated) {
  const Axis axis = MakeAxis(dated);
  for (Event* e : dated) {
    if (e->date.precision == Precision::kDay) {
      e->x = e->x1 = e->x2 = axis.X(static_cast<double>(e->date.first) + 0.5);
    } else {
      e->x1 = axis.X(static_cast<double>(e->date.first));
      e->x2 = axis.X(static_cast<double>(e->date.end));
      if (e->x2 - e->x1 < 4) {
        const double mid = (e->x1 + e->x2) / 2;
        e->x1 = mid - 2;
        e->x2 = mid + 2;
      }
      e->x = (e->x1 + e->x2) / 2;
    }
    BuildLabel(e, false);
  }
  // A bar's centre can lie right of a later day's point: lay out by position.
  std::vector<Event*> by_x = dated;
  std::stable_sort(by_x.begin(), by_x.end(), [](const Event* a, const Event* b) {
    return std::min(a->x1, a->x - kMarkerR) < std::min(b->x1, b->x - kMarkerR);
  });
  AssignMarkerRows(by_x);
  std::stable_sort(by_x.begin(), by_x.end(),
                   [](const Event* a, const Event* b) { return a->x < b->x; });
  AssignLabelLanes(by_x);
  auto count_lanes = [&] {
    int lanes = 0;
    for (const Event* e : dated) lanes = std::max(lanes, e->lane + 1);
    return lanes;
  };
  int lanes = count_lanes();
  const bool compact = lanes > kMaxFullLanes;
  if (compact) {
    for (Event* e : dated) BuildLabel(e, true);
    AssignLabelLanes(by_x);
    lanes = count_lanes();
  }
  const double lane_gap = compact ? kCompactLaneGap : kLaneGap;
  int rows = 0;
  for (const Event* e : dated) rows = std::max(rows, e->row + 1);
  std::vector<double> lane_h(static_cast<size_t>(lanes), 0);
  for (const Event* e : dated) {
    lane_h[e->lane] = std::max(lane_h[e->lane], e->block_height);
  }
  const double top = *y;
  const double axis_y = top + 14 + (rows - 1) * kMarkerRowStep + kMarkerR;
  std::vector<double> lane_top(static_cast<size_t>(lanes), 0);
  double ly = axis_y + 34;
  for (int i = 0; i < lanes; ++i) {
    lane_top[i] = ly;
    ly += lane_h[i] + lane_gap;
  }
  const std::vector<Tick> ticks = MakeTicks(axis);

  c->Raw("<g class=\"axis\">\n");
  for (const Tick& t : ticks) {
    if (t.major) {
      c->Line(t.x, top, t.x, axis_y, R"(stroke="#d0d0d0" stroke-width="1")");
      c->Line(t.x, axis_y, t.x, axis_y + 7, R"(stroke="#333333" stroke-width="1.2")");
    } else {
      c->Line(t.x, axis_y, t.x, axis_y + 5, R"(stroke="#666666" stroke-width="0.9")");
    }
  }
  c->Line(kAxisLeft - 10, axis_y, kAxisRight + 10, axis_y,
          R"(stroke="#333333" stroke-width="1.5")");
  c->Raw("</g>\n");

  // Leaders first, so that markers and text are drawn over them.
  c->Raw("<g class=\"leaders\">\n");
  for (const Event* e : dated) {
    c->Line(e->x, axis_y + kMarkerR + 1, e->x, lane_top[e->lane] + e->block_height - 2,
            R"(stroke="#9a9a9a" stroke-width="0.8")");
  }
  c->Raw("</g>\n");

  // Tick labels with a white halo where a leader runs behind them.
  constexpr std::string_view kHalo = R"(stroke="#ffffff" stroke-width="3" paint-order="stroke")";
  for (const Tick& t : ticks) {
    if (t.label.empty()) continue;
    c->Text(t.x, axis_y + (t.major ? 19 : 16), t.major ? 11.5 : 10, t.label,
            TextAttrs(t.major, t.major ? kInk : kInk3,
                      std::string(R"(text-anchor="middle" )") + std::string(kHalo)));
  }

  c->Raw("<g class=\"events\">\n");
  for (const Event* e : dated) {
    const CategoryStyle& st = StyleOf(e->category);
    const double cy = axis_y - e->row * kMarkerRowStep;
    const bool bar = e->date.precision != Precision::kDay;
    std::string attrs = fmt::format(
        R"(data-event-id="{}" data-date="{}" data-precision="{}" data-category="{}" data-x="{}")",
        EscapeXml(e->id), EscapeXml(e->raw_date),
        e->date.precision == Precision::kYear    ? "year"
        : e->date.precision == Precision::kMonth ? "month"
                                                 : "day",
        st.name, Num(e->x));
    if (bar) attrs += fmt::format(R"( data-x1="{}" data-x2="{}")", Num(e->x1), Num(e->x2));
    c->Raw(fmt::format("<g {}>\n", attrs));
    c->Raw(fmt::format(
        "<title>{}</title>\n",
        EscapeXml(fmt::format("{}. {}, {}", e->number, TypeLabel(e->type), FormatDate(e->date)))));
    if (bar) {
      c->Raw(fmt::format(
          R"(<rect class="span" x="{}" y="{}" width="{}" height="10" rx="2" fill="{}" )"
          R"(fill-opacity="{}" stroke="{}" stroke-width="1"{}/>)",
          Num(e->x1), Num(cy - 5), Num(e->x2 - e->x1), st.colour, e->alleged ? "0.15" : "0.35",
          st.colour, e->alleged ? R"( stroke-dasharray="3 2")" : ""));
      c->Raw("\n");
    }
    c->Raw(MarkerSvg(e->category, e->x, cy, kMarkerR, e->alleged));
    c->Raw("\n");
    c->Text(e->x + kMarkerR + 3, cy - 3, 10, std::to_string(e->number),
            TextAttrs(true, kInk, kHalo));
    c->Raw("</g>\n");
  }
  c->Raw("</g>\n");

  c->Raw("<g class=\"labels\">\n");
  for (const Event* e : dated) {
    double ty = lane_top[e->lane];
    const double tx = e->anchor_right ? e->x - 5 : e->x + 5;
    for (const LabelLine& l : e->label) {
      ty += l.size * kLineFactor;
      c->Text(tx, ty - l.size * (kLineFactor - 1) - 1, l.size, l.text,
              TextAttrs(l.bold, l.colour, e->anchor_right ? R"(text-anchor="end")" : ""));
    }
  }
  c->Raw("</g>\n");
  *y = ly + 4;
  if (compact) {
    c->Text(kMarginX, *y, 12,
            "Labels are shortened to fit; the list below gives every event in full.",
            TextAttrs(false, kInk3, R"(font-style="italic")"));
    *y += 22;
  }
}

void DrawList(Canvas* c, double* y, const std::vector<Event>& events) {
  constexpr double kHead = 13, kBody = 12;
  constexpr double kNumX = 66, kShapeX = 80, kTextX = 94;
  const double avail = kWidth - kMarginX - kTextX;
  c->Text(kMarginX, *y, 15, "Events", TextAttrs(true, kInk));
  *y += 22;
  c->Raw("<g class=\"event-list\">\n");
  for (const Event& e : events) {
    const std::string date =
        e.date.precision == Precision::kNone
            ? (e.raw_date.empty() ? "date unknown" : "date unknown (given as “" + e.raw_date + "”)")
            : FormatDate(e.date);
    const std::string head = date + " — " + TypeLabel(e.type);
    std::vector<std::string> rest_parts;
    if (!e.detail.empty()) rest_parts.push_back(e.detail);
    std::string where = Join({e.place, e.country}, ", ");
    if (!where.empty()) rest_parts.push_back(where);
    const std::string rest = Join(rest_parts, "; ");

    c->Text(kNumX, *y, kHead, fmt::format("{}.", e.number),
            TextAttrs(true, kInk, R"(text-anchor="end")"));
    c->Raw(MarkerSvg(e.category, kShapeX, *y - 4.5, 5, e.alleged));
    c->Raw("\n");
    const double head_w = TextWidth(head, kHead, true);
    const double rest_w = rest.empty() ? 0 : TextWidth(" — " + rest, kHead);
    if (head_w + rest_w <= avail) {
      c->Raw(fmt::format(R"(<text x="{}" y="{}" font-size="{}" fill="{}">)", Num(kTextX), Num(*y),
                         kHead, kInk));
      c->Raw(fmt::format(R"(<tspan font-weight="bold">{}</tspan>)", EscapeXml(head)));
      if (!rest.empty()) c->Raw(EscapeXml(" — " + rest));
      c->Raw("</text>\n");
      *y += kHead * kLineFactor;
    } else {
      Paragraph(c, kTextX, y, avail, kHead, head, true, kInk);
      if (!rest.empty()) Paragraph(c, kTextX, y, avail, kHead, rest, false, kInk);
    }
    std::vector<std::string> meta;
    meta.push_back(e.sources > 0 ? SourcesText(e.sources) : "no source cited");
    meta.push_back(e.alleged ? "alleged" : "reported");
    if (!e.first_source.empty()) meta.push_back("first source: " + e.first_source);
    Paragraph(c, kTextX, y, avail, kBody, Join(meta, " · "), false, kInk2);
    for (const auto& note : e.conflict_notes) {
      Paragraph(c, kTextX, y, avail, kBody, note, false, kWarn);
    }
    *y += 6;
  }
  c->Raw("</g>\n");
}

}  // namespace

std::string RenderTimelineSvg(const json& profile) {
  // The events: dated ones by date (stable), then the undated.
  std::vector<Event> events;
  const json& raw_events = Field(profile, "events");
  if (raw_events.is_array()) {
    for (const json& e : raw_events) {
      if (e.is_object()) events.push_back(ReadEvent(e));
    }
  }
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    const bool ad = a.date.precision != Precision::kNone, bd = b.date.precision != Precision::kNone;
    if (ad != bd) return ad;
    return ad && a.date.first < b.date.first;
  });
  std::vector<Event*> dated;
  bool have_other = false, have_partial = false;
  for (size_t i = 0; i < events.size(); ++i) {
    Event& e = events[i];
    e.number = static_cast<int>(i) + 1;
    if (e.date.precision == Precision::kNone) continue;
    dated.push_back(&e);
    have_other |= e.category == Category::kOther;
    have_partial |= e.date.precision != Precision::kDay;
  }

  std::string name = Str(profile, "name");
  const std::vector<std::string> names = StrList(profile, "names");
  if (name.empty() && !names.empty()) name = names.front();
  if (name.empty()) name = "Unnamed person";
  std::vector<std::string> aliases;
  for (const auto& n : names) {
    if (n != name) aliases.push_back(n);
  }
  const std::string status = Humanize(Str(profile, "status"));
  const std::string status_date = FormatDateText(Str(profile, "status_date"));
  const std::string as_of = FormatDateText(Str(profile, "as_of"));
  std::string status_line =
      status.empty() ? "Status unknown"
                     : "Status: " + status + (status_date.empty() ? "" : " since " + status_date);
  if (!as_of.empty()) status_line += " · as of " + as_of;
  const std::vector<std::string> roles = StrList(profile, "roles");
  const std::vector<std::string> countries = StrList(profile, "countries");
  std::vector<std::string> facts;
  if (!roles.empty()) {
    std::vector<std::string> r;
    for (const auto& role : roles) r.push_back(Humanize(role));
    facts.push_back((roles.size() == 1 ? "Role: " : "Roles: ") + Join(r, ", "));
  }
  if (!countries.empty()) {
    facts.push_back((countries.size() == 1 ? "Country: " : "Countries: ") + Join(countries, ", "));
  }
  const std::string id = Str(profile, "id");
  std::string id_slug;
  for (char ch : id) {
    if ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
        ch == '-' || ch == '_') {
      id_slug += ch;
    }
  }
  const std::string prefix = id_slug.empty() ? "timeline" : "timeline-" + id_slug;

  // The accessible summary.
  std::string desc =
      status.empty()
          ? "Status unknown."
          : CapitalizeFirst(status) + (status_date.empty() ? "" : " since " + status_date) + ".";
  if (events.empty()) {
    desc += " No events recorded.";
  } else {
    desc += fmt::format(" {} event{}", events.size(), events.size() == 1 ? "" : "s");
    if (!dated.empty()) {
      desc += fmt::format(", dated from {} to {}", FormatDate(dated.front()->date),
                          FormatDate(dated.back()->date));
    }
    const size_t undated = events.size() - dated.size();
    if (undated > 0) desc += fmt::format("; {} without a known date", undated);
    desc += ":";
    for (const Event& e : events) {
      desc +=
          fmt::format(" {}. {}{}{}{};", e.number,
                      e.date.precision == Precision::kNone ? "date unknown" : FormatDate(e.date),
                      ", " + TypeLabel(e.type), e.detail.empty() ? "" : ", " + e.detail,
                      e.alleged ? " (alleged)" : "");
    }
    desc.back() = '.';
  }
  if (!as_of.empty()) desc += " As of " + as_of + ".";

  Canvas body;
  double y = 40;
  const double text_w = kWidth - 2 * kMarginX;
  for (const auto& line : Wrap(name, text_w, 22, true)) {
    body.Text(kMarginX, y, 22, line, TextAttrs(true, kInk));
    y += 28;
  }
  y += 2;
  Paragraph(&body, kMarginX, &y, text_w, 14, status_line, false, kInk);
  if (!aliases.empty()) {
    Paragraph(&body, kMarginX, &y, text_w, 13, "Also known as: " + Join(aliases, "; "), false,
              kInk2);
  }
  if (!facts.empty()) Paragraph(&body, kMarginX, &y, text_w, 13, Join(facts, " · "), false, kInk2);
  y += 2;
  body.Line(kMarginX, y, kWidth - kMarginX, y, R"(stroke="#bbbbbb" stroke-width="1")");
  y += 22;

  if (dated.empty()) {
    body.Text(kWidth / 2, y + 10, 14, "No dated events",
              TextAttrs(false, kInk3, R"(text-anchor="middle" font-style="italic")"));
    y += 34;
  } else {
    DrawLegend(&body, &y, have_other, have_partial);
    y += 6;
    DrawChart(&body, &y, dated);
  }
  const size_t undated = events.size() - dated.size();
  if (undated > 0 && !dated.empty()) {
    body.Text(kMarginX, y, 12,
              fmt::format("{} event{} without a known date {} listed below.", undated,
                          undated == 1 ? "" : "s", undated == 1 ? "is" : "are"),
              TextAttrs(false, kInk3, R"(font-style="italic")"));
    y += 22;
  }
  body.Line(kMarginX, y, kWidth - kMarginX, y, R"(stroke="#bbbbbb" stroke-width="1")");
  y += 24;
  if (events.empty()) {
    body.Text(kMarginX, y, 13, "No events recorded.", TextAttrs(false, kInk3));
    y += 22;
  } else {
    DrawList(&body, &y, events);
  }

  const json& calls = Field(profile, "calls");
  if (calls.is_array() && !calls.empty()) {
    y += 8;
    body.Text(kMarginX, y, 15, "Calls for action", TextAttrs(true, kInk));
    y += 22;
    for (const json& call : calls) {
      std::string org = Str(call, "organization");
      if (org.empty()) org = "Unnamed organisation";
      std::string quote = Str(call, "quote");
      std::string text = org;
      if (!quote.empty()) text += ": “" + Ellipsize(quote, 1600, 12) + "”";
      const auto lines = Wrap(text, text_w - 14, 12);
      body.Text(kMarginX, y, 12, "•", TextAttrs(false, kInk));
      for (const auto& l : lines) {
        body.Text(kMarginX + 14, y, 12, l, TextAttrs(false, kInk2));
        y += 12 * kLineFactor;
      }
      y += 4;
    }
  }
  y += 10;
  body.Text(kMarginX, y, 10.5,
            "Dossier case timeline" + (id.empty() ? std::string() : " · person " + id) +
                (dated.empty() ? "" : " · numbers on the axis match the list") +
                (events.empty() ? "" : " · source counts are documents reporting the event") + ".",
            TextAttrs(false, kInk3));
  y += 18;

  const int height = static_cast<int>(std::ceil(y));
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  fmt::format_to(std::back_inserter(out),
                 R"(<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{w}" )"
                 R"(height="{h}" viewBox="0 0 {w} {h}" role="img" )"
                 R"(aria-labelledby="{p}-title {p}-desc" font-family="sans-serif" )"
                 R"(text-rendering="geometricPrecision">{nl})"
                 R"(<title id="{p}-title">{title}</title>{nl})"
                 R"(<desc id="{p}-desc">{desc}</desc>{nl})"
                 R"(<rect x="0" y="0" width="100%" height="100%" fill="#ffffff"/>{nl})",
                 fmt::arg("w", static_cast<int>(kWidth)), fmt::arg("h", height),
                 fmt::arg("p", prefix), fmt::arg("title", EscapeXml("Case timeline: " + name)),
                 fmt::arg("desc", EscapeXml(desc)), fmt::arg("nl", "\n"));
  out += body.str();
  out += "</svg>\n";
  return out;
}

}  // namespace dossier::engine
