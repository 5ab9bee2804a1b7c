#include "model/clean_text.h"

#include <algorithm>

#include "base/text.h"

namespace dossier {

void OffsetMap::Append(uint32_t clean, uint32_t source, uint32_t length) {
  if (length == 0) return;
  if (!runs_.empty()) {
    auto& last = runs_.back();
    if (last.clean + last.length == clean && last.source + last.length == source) {
      last.length += length;
      return;
    }
  }
  runs_.push_back({clean, source, length});
}

void OffsetMap::Truncate(uint32_t size) {
  while (!runs_.empty() && runs_.back().clean >= size) runs_.pop_back();
  if (!runs_.empty() && runs_.back().clean + runs_.back().length > size) {
    runs_.back().length = size - runs_.back().clean;
  }
}

std::optional<uint32_t> OffsetMap::ToSource(uint32_t clean) const {
  auto it = std::upper_bound(
      runs_.begin(), runs_.end(), clean,
      [](uint32_t c, const OffsetRun& r) { return c < r.clean; });
  if (it == runs_.begin()) return std::nullopt;
  --it;
  if (clean >= it->clean + it->length) return std::nullopt;
  return it->source + (clean - it->clean);
}

std::optional<uint32_t> OffsetMap::PageOf(uint32_t clean) const {
  if (page_starts_.empty()) return std::nullopt;
  auto it = std::upper_bound(page_starts_.begin(), page_starts_.end(), clean);
  if (it == page_starts_.begin()) return 0;
  return static_cast<uint32_t>(it - page_starts_.begin() - 1);
}

namespace {
void PutVarint(uint64_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>(v | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}
bool GetVarint(std::string_view* in, uint64_t* v) {
  *v = 0;
  for (int shift = 0; shift < 64 && !in->empty(); shift += 7) {
    auto b = static_cast<uint8_t>(in->front());
    in->remove_prefix(1);
    *v |= static_cast<uint64_t>(b & 0x7F) << shift;
    if (!(b & 0x80)) return true;
  }
  return false;
}
// Zig-zag encoding for signed deltas.
uint64_t Zig(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
int64_t Zag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }
}  // namespace

std::string OffsetMap::Serialize() const {
  std::string out;
  out.push_back('M');
  out.push_back(1);  // format version
  PutVarint(runs_.size(), &out);
  int64_t clean = 0, source = 0;
  for (const auto& r : runs_) {
    PutVarint(Zig(static_cast<int64_t>(r.clean) - clean), &out);
    PutVarint(Zig(static_cast<int64_t>(r.source) - source), &out);
    PutVarint(r.length, &out);
    clean = r.clean;
    source = r.source;
  }
  PutVarint(page_starts_.size(), &out);
  uint32_t prev = 0;
  for (uint32_t p : page_starts_) {
    PutVarint(p - prev, &out);
    prev = p;
  }
  return out;
}

std::optional<OffsetMap> OffsetMap::Deserialize(std::string_view in) {
  OffsetMap m;
  if (in.empty()) return m;
  if (in.size() < 2 || in[0] != 'M' || in[1] != 1) return std::nullopt;
  in.remove_prefix(2);
  uint64_t n;
  if (!GetVarint(&in, &n) || n > in.size()) return std::nullopt;
  int64_t clean = 0, source = 0;
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t dc, ds, len;
    if (!GetVarint(&in, &dc) || !GetVarint(&in, &ds) || !GetVarint(&in, &len)) {
      return std::nullopt;
    }
    clean += Zag(dc);
    source += Zag(ds);
    m.runs_.push_back({static_cast<uint32_t>(clean), static_cast<uint32_t>(source),
                       static_cast<uint32_t>(len)});
  }
  if (!GetVarint(&in, &n) || n > in.size()) return std::nullopt;
  uint32_t prev = 0;
  for (uint64_t i = 0; i < n; ++i) {
    uint64_t d;
    if (!GetVarint(&in, &d)) return std::nullopt;
    prev += static_cast<uint32_t>(d);
    m.page_starts_.push_back(prev);
  }
  return m;
}

void CleanTextBuilder::Flush() {
  if (out_.text.empty()) {
    pending_ = Pending::kNone;
    return;
  }
  switch (pending_) {
    case Pending::kNone: break;
    case Pending::kSpace: out_.text.push_back(' '); break;
    case Pending::kLine: out_.text.push_back('\n'); break;
    case Pending::kParagraph: out_.text += "\n\n"; break;
  }
  pending_ = Pending::kNone;
}

void CleanTextBuilder::Append(std::string_view text, uint32_t source) {
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i;
    char32_t c = NextCodePoint(text, &i);
    if (IsSpace(c) || c == U'\u00AD' || c == U'\u200B' || c == U'\uFEFF' ||
        (c < 0x20) || (c >= 0x7F && c < 0xA0)) {
      if (IsSpace(c)) Space();
      continue;
    }
    // A run of ordinary characters.
    size_t end = i;
    while (end < text.size()) {
      size_t j = end;
      char32_t d = NextCodePoint(text, &j);
      if (IsSpace(d) || d == U'\u00AD' || d == U'\u200B' || d == U'\uFEFF' ||
          d < 0x20 || (d >= 0x7F && d < 0xA0)) {
        break;
      }
      end = j;
    }
    Flush();
    auto clean = static_cast<uint32_t>(out_.text.size());
    out_.text.append(text.substr(start, end - start));
    if (source != kNoSource) {
      out_.map.Append(clean, source + static_cast<uint32_t>(start),
                      static_cast<uint32_t>(end - start));
    }
    i = end;
  }
}

void CleanTextBuilder::Space() {
  if (pending_ == Pending::kNone) pending_ = Pending::kSpace;
}

void CleanTextBuilder::LineBreak() {
  if (pending_ != Pending::kParagraph) pending_ = Pending::kLine;
}

void CleanTextBuilder::ParagraphBreak() { pending_ = Pending::kParagraph; }

void CleanTextBuilder::PageStart() {
  out_.map.page_starts().push_back(static_cast<uint32_t>(
      out_.text.size() + (pending_ == Pending::kParagraph ? 2 : 0)));
}

char32_t CleanTextBuilder::LastChar() const {
  if (out_.text.empty()) return 0;
  size_t i = out_.text.size();
  return PrevCodePoint(out_.text, &i);
}

void CleanTextBuilder::TrimBack(size_t n) {
  n = std::min(n, out_.text.size());
  out_.text.resize(out_.text.size() - n);
  out_.map.Truncate(static_cast<uint32_t>(out_.text.size()));
}

CleanText CleanTextBuilder::Finish() {
  pending_ = Pending::kNone;
  auto& ps = out_.map.page_starts();
  for (auto& p : ps) p = std::min<uint32_t>(p, static_cast<uint32_t>(out_.text.size()));
  return std::move(out_);
}

}  // namespace dossier
