// CleanText: the one canonical text of a document, with a map back to its
// source. Every span elsewhere in Dossier is a half-open byte range
// [start, end) into CleanText::text.
#ifndef DOSSIER_MODEL_CLEAN_TEXT_H_
#define DOSSIER_MODEL_CLEAN_TEXT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dossier {

// A run of `length` bytes copied verbatim from the source: clean bytes
// [clean, clean + length) equal source bytes [source, source + length).
struct OffsetRun {
  uint32_t clean = 0;
  uint32_t source = 0;
  uint32_t length = 0;
  bool operator==(const OffsetRun&) const = default;
};

// Maps clean-text offsets back to byte offsets in the decoded (UTF-8, NFC)
// source. Bytes the cleaner synthesised (joining spaces, paragraph breaks)
// have no source offset. PDF text has no byte source; its map is empty and
// `page_starts` tells on which page each clean offset lies.
class OffsetMap {
 public:
  // Runs must be appended in increasing clean order; adjacent runs that
  // continue each other are merged.
  void Append(uint32_t clean, uint32_t source, uint32_t length);

  // Drops every mapping at or after clean offset `size`.
  void Truncate(uint32_t size);

  // Source offset of the clean byte `clean`, if it was copied.
  std::optional<uint32_t> ToSource(uint32_t clean) const;

  // Page (0-based) holding clean offset `clean`, or nullopt without pages.
  std::optional<uint32_t> PageOf(uint32_t clean) const;

  const std::vector<OffsetRun>& runs() const { return runs_; }
  std::vector<uint32_t>& page_starts() { return page_starts_; }
  const std::vector<uint32_t>& page_starts() const { return page_starts_; }

  // Compact binary form for storage (varint deltas).
  std::string Serialize() const;
  static std::optional<OffsetMap> Deserialize(std::string_view bytes);

  bool operator==(const OffsetMap&) const = default;

 private:
  std::vector<OffsetRun> runs_;
  std::vector<uint32_t> page_starts_;
};

struct CleanText {
  std::string text;
  OffsetMap map;
};

// Builds a CleanText piece by piece, normalising white space: runs of
// spaces become one space, lines are trimmed, and paragraph breaks are a
// single empty line ("\n\n"). Pieces carry their source offset (or none).
class CleanTextBuilder {
 public:
  static constexpr uint32_t kNoSource = UINT32_MAX;

  // Appends text; white space inside it is collapsed. `source` is the byte
  // offset of text[0] in the source, or kNoSource.
  void Append(std::string_view text, uint32_t source = kNoSource);
  // A soft space between words (dropped at line starts and before breaks).
  void Space();
  // Ends the current line inside a paragraph.
  void LineBreak();
  // Ends the paragraph.
  void ParagraphBreak();
  // Records that a new page starts at the current position.
  void PageStart();

  size_t size() const { return out_.text.size(); }
  // The last non-space character written, or 0.
  char32_t LastChar() const;
  // Removes the last `n` bytes (used to undo a trailing hyphen).
  void TrimBack(size_t n);

  CleanText Finish();

 private:
  enum class Pending { kNone, kSpace, kLine, kParagraph };
  void Flush();
  CleanText out_;
  Pending pending_ = Pending::kNone;
};

}  // namespace dossier

#endif  // DOSSIER_MODEL_CLEAN_TEXT_H_
