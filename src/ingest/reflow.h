// Reflow: turns hard-wrapped lines (PDF text, text copied out of a PDF)
// into paragraphs, undoing end-of-line hyphenation.
#ifndef DOSSIER_INGEST_REFLOW_H_
#define DOSSIER_INGEST_REFLOW_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "model/clean_text.h"

namespace dossier::ingest {

struct Line {
  std::string_view text;  // one physical line (may carry outer white space)
  uint32_t source = CleanTextBuilder::kNoSource;  // offset of text[0]
  bool paragraph_before = false;  // a known paragraph break precedes it
  bool page_start = false;        // first line of a new page
};

struct ReflowOptions {
  // True: lines are wrapped at a width and are joined unless the layout says
  // otherwise. False: every line break is kept (only paragraph breaks and
  // white space are normalised).
  bool wrapped = true;
};

// Decides whether the lines of a plain text are hard-wrapped.
bool LooksHardWrapped(const std::vector<Line>& lines);

CleanText Reflow(const std::vector<Line>& lines, const ReflowOptions& options);

// Decides whether "left-" + "right" at a line end is one word split by
// hyphenation (returns true: join without the hyphen) or a hyphenated
// compound (false). `lowercase_document` (the whole text, lower-cased) is
// searched for evidence of either form;
// then a word list (/usr/share/dict) is consulted when installed.
bool IsSoftHyphenation(std::string_view left, std::string_view right,
                       std::string_view lowercase_document);

// True for a line holding only a page number: "2", "- 3 -", "Page 4 of 9",
// "4/9", "стр. 5 из 12". Used for PDF pages and for text copied from them.
bool IsPageNumberLine(std::string_view line);

// The length of the word for "page" a lower-case text starts with ("page",
// "p.", "стр.", "страница", "seite"), 0 if none.
size_t PageWordLength(std::string_view lower);

// True when `lower_word` is a common (lower-case) word of the installed
// English word list (/usr/share/dict, package wbritish): proper nouns of
// the list do not count. False when no list is installed.
bool IsDictionaryWord(std::string_view lower_word);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_REFLOW_H_
