// Unit tests of the model module: OffsetMap and CleanTextBuilder.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "model/clean_text.h"
#include "model/document.h"

namespace dossier {
namespace {

// ---------------------------------------------------------------------------
// OffsetMap

TEST(OffsetMapTest, AppendMergesContinuingRuns) {
  OffsetMap m;
  m.Append(0, 10, 5);
  m.Append(5, 15, 3);  // continues both clean and source: merged
  ASSERT_EQ(m.runs().size(), 1u);
  EXPECT_EQ(m.runs()[0], (OffsetRun{0, 10, 8}));

  m.Append(8, 30, 2);  // source jumps: a new run
  m.Append(11, 32, 4);  // clean jumps (a synthesised byte at 10): a new run
  m.Append(15, 36, 0);  // empty: ignored
  ASSERT_EQ(m.runs().size(), 3u);
  EXPECT_EQ(m.runs()[1], (OffsetRun{8, 30, 2}));
  EXPECT_EQ(m.runs()[2], (OffsetRun{11, 32, 4}));
}

TEST(OffsetMapTest, ToSourceInsideAndOutsideRuns) {
  OffsetMap m;
  EXPECT_EQ(m.ToSource(0), std::nullopt);  // empty map
  m.Append(2, 100, 4);   // clean [2,6) -> source [100,104)
  m.Append(7, 50, 3);    // clean [7,10) -> source [50,53) (source may go back)
  EXPECT_EQ(m.ToSource(0), std::nullopt);
  EXPECT_EQ(m.ToSource(1), std::nullopt);
  EXPECT_EQ(m.ToSource(2), 100u);
  EXPECT_EQ(m.ToSource(5), 103u);
  EXPECT_EQ(m.ToSource(6), std::nullopt);  // gap: synthesised byte
  EXPECT_EQ(m.ToSource(7), 50u);
  EXPECT_EQ(m.ToSource(9), 52u);
  EXPECT_EQ(m.ToSource(10), std::nullopt);  // past the end
  EXPECT_EQ(m.ToSource(1000000), std::nullopt);
}

TEST(OffsetMapTest, TruncateDropsAndShortensRuns) {
  OffsetMap m;
  m.Append(0, 0, 5);
  m.Append(6, 10, 5);
  m.Truncate(8);
  ASSERT_EQ(m.runs().size(), 2u);
  EXPECT_EQ(m.runs()[1], (OffsetRun{6, 10, 2}));
  EXPECT_EQ(m.ToSource(7), 11u);
  EXPECT_EQ(m.ToSource(8), std::nullopt);
  m.Truncate(6);
  ASSERT_EQ(m.runs().size(), 1u);
  m.Truncate(0);
  EXPECT_TRUE(m.runs().empty());
}

TEST(OffsetMapTest, PageOf) {
  OffsetMap m;
  EXPECT_EQ(m.PageOf(0), std::nullopt);  // no pages
  m.page_starts() = {0, 100, 250};
  EXPECT_EQ(m.PageOf(0), 0u);
  EXPECT_EQ(m.PageOf(99), 0u);
  EXPECT_EQ(m.PageOf(100), 1u);
  EXPECT_EQ(m.PageOf(249), 1u);
  EXPECT_EQ(m.PageOf(250), 2u);
  EXPECT_EQ(m.PageOf(100000), 2u);
}

TEST(OffsetMapTest, SerializeDeserializeRoundTrip) {
  OffsetMap m;
  m.Append(0, 3, 10);
  m.Append(12, 40, 7);
  m.Append(21, 20, 5);  // backwards in the source: negative delta
  m.Append(300, 4000000000u, 200);  // large values
  m.page_starts() = {0, 19, 250, 400};
  std::string bytes = m.Serialize();
  auto back = OffsetMap::Deserialize(bytes);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(*back, m);
  EXPECT_EQ(back->runs(), m.runs());
  EXPECT_EQ(back->page_starts(), m.page_starts());
  EXPECT_EQ(back->ToSource(22), 21u);
  EXPECT_EQ(back->PageOf(300), 2u);
}

TEST(OffsetMapTest, EmptyMapRoundTrips) {
  OffsetMap empty;
  auto back = OffsetMap::Deserialize(empty.Serialize());
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(*back, empty);
  // No bytes at all (e.g. a NULL column) is an empty map too.
  auto none = OffsetMap::Deserialize("");
  ASSERT_TRUE(none.has_value());
  EXPECT_TRUE(none->runs().empty());
  EXPECT_TRUE(none->page_starts().empty());
}

TEST(OffsetMapTest, DeserializeGarbageIsNullopt) {
  EXPECT_EQ(OffsetMap::Deserialize("garbage"), std::nullopt);
  EXPECT_EQ(OffsetMap::Deserialize("M"), std::nullopt);
  EXPECT_EQ(OffsetMap::Deserialize(std::string("M\x02\x00\x00", 4)), std::nullopt);  // version 2
  EXPECT_EQ(OffsetMap::Deserialize("M\x01\xFF\xFF\xFF"), std::nullopt);  // endless varint
  EXPECT_EQ(OffsetMap::Deserialize(std::string("M\x01\x7F\x00", 4)), std::nullopt);  // 127 runs, no data

  OffsetMap m;
  m.Append(0, 5, 10);
  m.Append(20, 50, 10);
  m.page_starts() = {0, 15};
  std::string bytes = m.Serialize();
  // Every strict prefix beyond the header is truncated data.
  for (size_t n = 1; n < bytes.size(); ++n) {
    EXPECT_EQ(OffsetMap::Deserialize(bytes.substr(0, n)), std::nullopt) << "prefix " << n;
  }
}

// ---------------------------------------------------------------------------
// CleanTextBuilder

// Every clean byte that has a source offset equals the source byte there.
void ExpectMapMatchesSource(const CleanText& ct, std::string_view source) {
  for (uint32_t i = 0; i < ct.text.size(); ++i) {
    auto s = ct.map.ToSource(i);
    if (!s) continue;
    ASSERT_LT(*s, source.size()) << "clean offset " << i;
    EXPECT_EQ(ct.text[i], source[*s]) << "clean offset " << i;
  }
}

TEST(CleanTextBuilderTest, CollapsesWhiteSpace) {
  CleanTextBuilder b;
  b.Append("  Hello \t  world \u00A0 and\n more  ");
  CleanText ct = b.Finish();
  EXPECT_EQ(ct.text, "Hello world and more");
}

TEST(CleanTextBuilderTest, ParagraphAndLineBreaks) {
  CleanTextBuilder b;
  b.Append("First paragraph.");
  b.ParagraphBreak();
  b.Append("Second paragraph,");
  b.LineBreak();
  b.Append("second line.");
  b.ParagraphBreak();
  b.LineBreak();  // a line break does not weaken a pending paragraph break
  b.Append("Third.");
  b.LineBreak();
  b.ParagraphBreak();  // a paragraph break wins over a line break
  b.Append("Fourth.");
  EXPECT_EQ(b.Finish().text,
            "First paragraph.\n\nSecond paragraph,\nsecond line.\n\nThird.\n\nFourth.");
}

TEST(CleanTextBuilderTest, NoLeadingOrTrailingBreaks) {
  CleanTextBuilder b;
  b.ParagraphBreak();
  b.LineBreak();
  b.Space();
  b.Append("   ");
  b.Append("Only text");
  b.Space();
  b.ParagraphBreak();
  b.LineBreak();
  EXPECT_EQ(b.Finish().text, "Only text");

  CleanTextBuilder empty;
  empty.ParagraphBreak();
  empty.Append(" \n ");
  EXPECT_EQ(empty.Finish().text, "");
}

TEST(CleanTextBuilderTest, SpacesAreSoft) {
  CleanTextBuilder b;
  b.Append("a ");
  b.Space();
  b.Append(" b");
  b.Space();
  b.LineBreak();  // a space before a break is dropped
  b.Append("c");
  b.Append("d");  // adjacent pieces without white space join
  EXPECT_EQ(b.Finish().text, "a b\ncd");
}

TEST(CleanTextBuilderTest, DropsSoftHyphensAndControls) {
  const std::string src = "co\u00ADoperation\u200B and\x01 more";
  CleanTextBuilder b;
  b.Append(src, 0);
  CleanText ct = b.Finish();
  EXPECT_EQ(ct.text, "cooperation and more");
  ExpectMapMatchesSource(ct, src);
  EXPECT_EQ(ct.map.ToSource(2), 4u);  // "o" after the two-byte soft hyphen
}

TEST(CleanTextBuilderTest, OffsetsMapBackToSource) {
  // A source where the cleaner drops markup and white space.
  const std::string src =
      "<h1>  The   Verdict </h1>\n<p>Judge Quellberg read\n   the ruling.</p>"
      "<p>Приговор   вступил в силу.</p>";
  auto piece = [&](std::string_view text) {
    size_t at = src.find(text);
    EXPECT_NE(at, std::string::npos) << text;
    return std::pair<std::string_view, uint32_t>(std::string_view(src).substr(at, text.size()),
                                                 static_cast<uint32_t>(at));
  };
  CleanTextBuilder b;
  b.ParagraphBreak();
  auto [h, hs] = piece("  The   Verdict ");
  b.Append(h, hs);
  b.ParagraphBreak();
  auto [p1, p1s] = piece("Judge Quellberg read\n   the ruling.");
  b.Append(p1, p1s);
  b.ParagraphBreak();
  auto [p2, p2s] = piece("Приговор   вступил в силу.");
  b.Append(p2, p2s);
  CleanText ct = b.Finish();
  ASSERT_EQ(ct.text,
            "The Verdict\n\nJudge Quellberg read the ruling.\n\nПриговор вступил в силу.");

  ExpectMapMatchesSource(ct, src);
  // Every word start maps to the same word in the source.
  for (std::string_view word : {"The", "Verdict", "Judge", "Quellberg", "read", "the ruling.",
                                "Приговор", "вступил", "силу."}) {
    size_t start = ct.text.find(word);
    ASSERT_NE(start, std::string::npos) << word;
    auto s = ct.map.ToSource(static_cast<uint32_t>(start));
    ASSERT_TRUE(s.has_value()) << word;
    EXPECT_EQ(std::string_view(ct.text).substr(start, word.size()),
              std::string_view(src).substr(*s, word.size()))
        << word;
  }
  // Synthesised bytes (joining spaces, breaks) have no source.
  size_t nl = ct.text.find("\n\n");
  EXPECT_EQ(ct.map.ToSource(static_cast<uint32_t>(nl)), std::nullopt);
  EXPECT_EQ(ct.map.ToSource(static_cast<uint32_t>(nl + 1)), std::nullopt);
  // Every non-space byte is mapped.
  size_t mapped = 0, visible = 0;
  for (uint32_t i = 0; i < ct.text.size(); ++i) {
    if (ct.text[i] != ' ' && ct.text[i] != '\n') ++visible;
    if (ct.map.ToSource(i)) ++mapped;
  }
  EXPECT_EQ(mapped, visible);
}

TEST(CleanTextBuilderTest, UnmappedPiecesHaveNoSource) {
  CleanTextBuilder b;
  b.Append("mapped", 10);
  b.Space();
  b.Append("synthesised");
  CleanText ct = b.Finish();
  EXPECT_EQ(ct.text, "mapped synthesised");
  EXPECT_EQ(ct.map.ToSource(0), 10u);
  EXPECT_EQ(ct.map.ToSource(5), 15u);
  for (uint32_t i = 6; i < ct.text.size(); ++i) EXPECT_EQ(ct.map.ToSource(i), std::nullopt);
}

TEST(CleanTextBuilderTest, LastChar) {
  CleanTextBuilder b;
  EXPECT_EQ(b.LastChar(), 0u);
  b.Append("приговор");
  EXPECT_EQ(b.LastChar(), U'р');
  b.Append(" deten-");
  EXPECT_EQ(b.LastChar(), U'-');
  EXPECT_EQ(b.size(), std::string("приговор deten-").size());
}

TEST(CleanTextBuilderTest, TrimBackUndoesHyphenAndKeepsMap) {
  // Source: "deten-\ntion" hyphenated at a line end.
  const std::string src = "deten-\ntion follows";
  CleanTextBuilder b;
  b.Append("deten-", 0);
  b.TrimBack(1);
  b.Append("tion follows", 7);
  CleanText ct = b.Finish();
  EXPECT_EQ(ct.text, "detention follows");
  ExpectMapMatchesSource(ct, src);
  EXPECT_EQ(ct.map.ToSource(4), 4u);
  EXPECT_EQ(ct.map.ToSource(5), 7u);
  ASSERT_EQ(ct.map.runs().size(), 3u);  // "deten", "tion", "follows"
  EXPECT_EQ(ct.map.runs()[0], (OffsetRun{0, 0, 5}));
  EXPECT_EQ(ct.map.runs()[1], (OffsetRun{5, 7, 4}));

  CleanTextBuilder all;
  all.Append("ab", 0);
  all.TrimBack(10);  // more than written: clears
  EXPECT_EQ(all.size(), 0u);
  EXPECT_TRUE(all.Finish().map.runs().empty());
}

TEST(CleanTextBuilderTest, PageStarts) {
  CleanTextBuilder b;
  b.PageStart();
  b.Append("one");
  b.ParagraphBreak();
  b.PageStart();
  b.Append("two");
  CleanText ct = b.Finish();
  EXPECT_EQ(ct.text, "one\n\ntwo");
  EXPECT_EQ(ct.map.page_starts(), (std::vector<uint32_t>{0, 5}));
  EXPECT_EQ(ct.map.PageOf(0), 0u);
  EXPECT_EQ(ct.map.PageOf(2), 0u);
  EXPECT_EQ(ct.map.PageOf(static_cast<uint32_t>(ct.text.find("two"))), 1u);
  // A page that starts at the very end is clamped to the text size.
  CleanTextBuilder c;
  c.Append("x");
  c.ParagraphBreak();
  c.PageStart();
  EXPECT_EQ(c.Finish().map.page_starts(), (std::vector<uint32_t>{1}));
}

TEST(DocumentTest, FormatNames) {
  EXPECT_EQ(FormatName(Format::kText), "text");
  EXPECT_EQ(FormatName(Format::kHtml), "html");
  EXPECT_EQ(FormatName(Format::kPdf), "pdf");
  Provenanced p;
  EXPECT_FALSE(p.known());
  p.value = "2023";
  EXPECT_TRUE(p.known());
}

}  // namespace
}  // namespace dossier
