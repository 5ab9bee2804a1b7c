// Unit tests of the ingest module: format and encoding detection, plain
// text and HTML cleaning, dates, metadata, language, near-duplicates and
// the BuildDocument pipeline. All texts are invented for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/hash.h"
#include "base/text.h"
#include "ingest/dates.h"
#include "ingest/encoding.h"
#include "ingest/format.h"
#include "ingest/html_cleaner.h"
#include "ingest/ingest.h"
#include "ingest/language.h"
#include "ingest/metadata.h"
#include "ingest/near_dup.h"
#include "ingest/text_cleaner.h"

namespace dossier::ingest {
namespace {

bool Contains(std::string_view hay, std::string_view needle) {
  return hay.find(needle) != std::string_view::npos;
}

// UTF-8 -> windows-1251 for Russian text (ASCII, А..я, Ё, ё, №).
std::string ToCp1251(std::string_view utf8) {
  std::string out;
  for (size_t i = 0; i < utf8.size();) {
    char32_t c = NextCodePoint(utf8, &i);
    if (c < 0x80) out.push_back(static_cast<char>(c));
    else if (c >= 0x410 && c <= 0x44F) out.push_back(static_cast<char>(0xC0 + (c - 0x410)));
    else if (c == 0x401) out.push_back(static_cast<char>(0xA8));
    else if (c == 0x451) out.push_back(static_cast<char>(0xB8));
    else if (c == 0x2116) out.push_back(static_cast<char>(0xB9));
    else ADD_FAILURE() << "no windows-1251 byte for U+" << std::hex << static_cast<int>(c);
  }
  return out;
}

// UTF-8 -> ISO-8859-1.
std::string ToLatin1(std::string_view utf8) {
  std::string out;
  for (size_t i = 0; i < utf8.size();) {
    char32_t c = NextCodePoint(utf8, &i);
    EXPECT_LT(c, 0x100u);
    out.push_back(static_cast<char>(c));
  }
  return out;
}

std::string ToUtf16(std::u16string_view s, bool little_endian) {
  std::string out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
  for (char16_t u : s) {
    char lo = static_cast<char>(u & 0xFF), hi = static_cast<char>(u >> 8);
    if (little_endian) {
      out.push_back(lo);
      out.push_back(hi);
    } else {
      out.push_back(hi);
      out.push_back(lo);
    }
  }
  return out;
}

// Every clean byte that has a source offset equals the source byte there.
void ExpectMapMatchesSource(const CleanText& ct, std::string_view source) {
  size_t mapped = 0;
  for (uint32_t i = 0; i < ct.text.size(); ++i) {
    auto s = ct.map.ToSource(i);
    if (!s) continue;
    ++mapped;
    ASSERT_LT(*s, source.size()) << "clean offset " << i;
    ASSERT_EQ(ct.text[i], source[*s]) << "clean offset " << i;
  }
  EXPECT_GT(mapped, 0u);
}

// ---------------------------------------------------------------------------
// DetectFormat

TEST(DetectFormatTest, Pdf) {
  auto r = DetectFormat("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, Format::kPdf);
  // Up to 1 KiB of junk may precede the header.
  std::string junk(500, 'x');
  auto j = DetectFormat(junk + "%PDF-1.4\n");
  ASSERT_TRUE(j.ok());
  EXPECT_EQ(*j, Format::kPdf);
}

TEST(DetectFormatTest, Html) {
  for (std::string_view html : {
           "<!DOCTYPE html>\n<html><head><title>x</title></head><body>y</body></html>",
           "<!doctype HTML><p>lower-case doctype</p>",
           "\xEF\xBB\xBF  \n<html lang=\"en\"><body>text</body></html>",
           "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"></html>",
           "<div class=\"story\"><p>A fragment with a paragraph.</p><p>Two.</p></div>",
       }) {
    auto r = DetectFormat(html);
    ASSERT_TRUE(r.ok()) << html;
    EXPECT_EQ(*r, Format::kHtml) << html;
  }
}

TEST(DetectFormatTest, PlainText) {
  for (std::string_view text : {
           "Court Upholds Sentence\n\nThe court in Northtown upheld the sentence.\n",
           "Use <b> for bold and 3 < 4 in maths.",
           "Приговор оставлен без изменений.\r\n",
           "\tIndented text with a form feed\f between pages.",
       }) {
    auto r = DetectFormat(text);
    ASSERT_TRUE(r.ok()) << text;
    EXPECT_EQ(*r, Format::kText) << text;
  }
}

TEST(DetectFormatTest, FileNameIsOnlyATieBreaker) {
  std::string_view text = "Use <b>bold</b> sparingly.";
  EXPECT_EQ(*DetectFormat(text, "notes.txt"), Format::kText);
  EXPECT_EQ(*DetectFormat(text, "page.HTML"), Format::kHtml);
  EXPECT_EQ(*DetectFormat("No markup at all.", "page.html"), Format::kText);
  // Content wins over a misleading name.
  EXPECT_EQ(*DetectFormat("%PDF-1.5\n", "report.txt"), Format::kPdf);
}

TEST(DetectFormatTest, RejectsBinaryFormatsNamingThem) {
  struct Case {
    std::string bytes;
    std::string word;
  };
  const std::vector<Case> cases = {
      {std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), "PNG"},
      {std::string("PK\x03\x04\x14\0\x06\0", 8), "ZIP"},
      {std::string("\xFF\xD8\xFF\xE0\0\x10JFIF", 10), "JPEG"},
      {std::string("\x1F\x8B\x08\0", 4), "gzip"},
      {std::string("SQLite format 3\0", 16), "SQLite"},
      {std::string("plain start\0then binary", 23), "NUL"},
      {std::string("\x01\x02\x03\x04\x05\x06\x07\x08 some text", 18), "binary"},
  };
  for (const auto& c : cases) {
    auto r = DetectFormat(c.bytes);
    ASSERT_FALSE(r.ok()) << c.word;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument) << c.word;
    EXPECT_TRUE(Contains(r.status().message(), c.word)) << r.status().message();
  }
}

TEST(DetectFormatTest, EmptyIsRejected) {
  auto r = DetectFormat("");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(Contains(r.status().message(), "empty"));
}

TEST(DetectFormatTest, Utf16WithBomIsText) {
  auto r = DetectFormat(ToUtf16(u"Hello, world", true));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(*r, Format::kText);
}

// Regression: the TIFF magic in format.cc is written "II*\0" but stored in a
// std::string_view built from a C string, so it is cut at the NUL to "II*":
// any text that starts with "II*" is rejected as a "TIFF image".
TEST(DetectFormatTest, TextStartingWithIIStarIsNotTiff) {
  auto r = DetectFormat("II* The second part of the report covers the appeal.\n");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(*r, Format::kText);
  // A real little-endian TIFF header is still rejected.
  EXPECT_FALSE(DetectFormat(std::string("II*\0\x08\0\0\0", 8)).ok());
}

// ---------------------------------------------------------------------------
// DecodeToUtf8

TEST(DecodeTest, Utf8AndAscii) {
  auto a = DecodeToUtf8("plain ascii");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text, "plain ascii");
  EXPECT_EQ(a->encoding, "ASCII");

  auto u = DecodeToUtf8("Суд в Нортауне, café");
  ASSERT_TRUE(u.ok());
  EXPECT_EQ(u->text, "Суд в Нортауне, café");
  EXPECT_EQ(u->encoding, "UTF-8");
}

TEST(DecodeTest, Utf8BomIsStripped) {
  auto r = DecodeToUtf8("\xEF\xBB\xBFПриговор");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "Приговор");
  EXPECT_EQ(r->encoding, "UTF-8");
}

TEST(DecodeTest, Utf16Boms) {
  auto le = DecodeToUtf8(ToUtf16(u"Суд в Нортауне\r\nline two", true));
  ASSERT_TRUE(le.ok()) << le.status().ToString();
  EXPECT_EQ(le->text, "Суд в Нортауне\nline two");
  EXPECT_EQ(le->encoding, "UTF-16LE");

  auto be = DecodeToUtf8(ToUtf16(u"Grüße aus Nordstadt", false));
  ASSERT_TRUE(be.ok()) << be.status().ToString();
  EXPECT_EQ(be->text, "Grüße aus Nordstadt");
  EXPECT_EQ(be->encoding, "UTF-16BE");
}

const char kRussian[] =
    "Районный суд Нортауна приговорил учителя истории Ивана Фиктионова к шести "
    "годам лишения свободы. Защита считает приговор незаконным и намерена "
    "обжаловать его в областном суде. Правозащитники называют дело "
    "политически мотивированным и требуют немедленного освобождения учителя.";

TEST(DecodeTest, Windows1251Russian) {
  std::string bytes = ToCp1251(kRussian);
  ASSERT_FALSE(IsValidUtf8(bytes));
  auto r = DecodeToUtf8(bytes);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->text, kRussian);
  EXPECT_TRUE(Contains(AsciiLower(r->encoding), "1251")) << r->encoding;
}

TEST(DecodeTest, DeclaredCharsetIsUsed) {
  std::string bytes = ToCp1251("Короткий текст: суд.");
  auto r = DecodeToUtf8(bytes, "windows-1251");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->text, "Короткий текст: суд.");
  EXPECT_EQ(r->encoding, "windows-1251");
  // A false "utf-8" declaration is ignored.
  auto f = DecodeToUtf8(ToCp1251(kRussian), "utf-8");
  ASSERT_TRUE(f.ok());
  EXPECT_EQ(f->text, kRussian);
}

TEST(DecodeTest, Latin1French) {
  const std::string french =
      "La Ligue fictive pour la défense des libertés dénonce la détention "
      "arbitraire de Mme Hélène Vardier, arrêtée à Lyonnel le 8 mars 2023. "
      "Ses avocats déclarent que la procédure était irrégulière et que "
      "l'accusée n'a pas été informée des charges retenues contre elle. "
      "Elle a été placée en garde à vue pendant quarante-huit heures.";
  std::string bytes = ToLatin1(french);
  ASSERT_FALSE(IsValidUtf8(bytes));
  auto r = DecodeToUtf8(bytes);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->text, french) << r->encoding;
  EXPECT_TRUE(Contains(r->text, "défense"));
  EXPECT_FALSE(r->encoding.empty());
}

TEST(DecodeTest, NewlinesNormalised) {
  auto r = DecodeToUtf8("one\r\ntwo\rthree\n\r\nfour");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "one\ntwo\nthree\n\nfour");
}

TEST(DecodeTest, OutputIsNfc) {
  auto r = DecodeToUtf8("Caf" "e\u0301 and Й");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "Café and Й");
  auto d = DecodeToUtf8("\u0418\u0306");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "\u0419");
}

TEST(DecodeTest, SniffHtmlCharset) {
  EXPECT_EQ(SniffHtmlCharset("<html><head><meta charset=\"windows-1251\"></head>"),
            "windows-1251");
  EXPECT_EQ(SniffHtmlCharset("<meta http-equiv=\"Content-Type\" "
                             "content=\"text/html; charset=ISO-8859-1\">"),
            "iso-8859-1");
  EXPECT_EQ(SniffHtmlCharset("<html><body>no charset</body></html>"), "");
}

// ---------------------------------------------------------------------------
// CleanPlainText

TEST(CleanPlainTextTest, KeepsParagraphsAndJoinsHardWrappedLines) {
  const std::string text =
      "Court Upholds Sentence Against Northtown Teacher\n"
      "\n"
      "The regional court in Northtown on Tuesday upheld the six-year sentence\n"
      "handed down to Ivan Fictionov, a history teacher who had criticised the\n"
      "local administration in a series of posts on a neighbourhood forum. His\n"
      "lawyer, Marta Quellberg, said the defence would appeal to the supreme\n"
      "court.\n"
      "\n"
      "Observers from the Lindqvist Legal Aid Centre said the hearing lasted\n"
      "less than an hour and that the judge refused to hear two witnesses for\n"
      "the defence.\n";
  CleanText ct = CleanPlainText(text);
  EXPECT_EQ(ct.text,
            "Court Upholds Sentence Against Northtown Teacher\n\n"
            "The regional court in Northtown on Tuesday upheld the six-year sentence "
            "handed down to Ivan Fictionov, a history teacher who had criticised the "
            "local administration in a series of posts on a neighbourhood forum. His "
            "lawyer, Marta Quellberg, said the defence would appeal to the supreme "
            "court.\n\n"
            "Observers from the Lindqvist Legal Aid Centre said the hearing lasted "
            "less than an hour and that the judge refused to hear two witnesses for "
            "the defence.");
  ExpectMapMatchesSource(ct, text);
  size_t p = ct.text.find("Marta");
  ASSERT_NE(p, std::string::npos);
  EXPECT_EQ(ct.map.ToSource(static_cast<uint32_t>(p)), text.find("Marta"));
}

// A PDF copied to text keeps its running header and footer between pages,
// inside a sentence: they go, and the sentence goes on.
TEST(CleanPlainTextTest, DropsRunningHeadersAndJoinsTheSentenceTheyCut) {
  std::string page_text;
  for (int i = 0; i < 8; ++i) {
    page_text += "The monitors of the Lindqvist Legal Aid Centre attended every hearing of\n"
                 "the case in the regional court and spoke with the lawyers afterwards.\n";
  }
  const std::string text =
      "Trial monitoring report\n\n" + page_text +
      "The trial, held in the small hall of the court, was presided over by Judge Ivan\n\n"
      "LLAC report 2024 Page 1 of 2\n\f"
      "LLAC | Trial monitoring: Northtown case\n\n"
      "Fictionov, who refused to hear the witnesses of the defence.\n\n" + page_text +
      "The appeal was heard in March by the supreme court of the country.\n\n"
      "LLAC report 2024 Page 2 of 2\n\f"
      "LLAC | Trial monitoring: Northtown case\n\n"
      "Annex: the list of hearings attended by the monitors of the centre.\n";
  CleanText ct = CleanPlainText(text);
  EXPECT_EQ(ct.text.find("LLAC report"), std::string::npos) << ct.text;
  EXPECT_EQ(ct.text.find("Trial monitoring: Northtown"), std::string::npos) << ct.text;
  EXPECT_NE(ct.text.find("by Judge Ivan Fictionov, who refused"), std::string::npos) << ct.text;
  // Lines of running text that repeat are text, not furniture.
  EXPECT_NE(ct.text.find("afterwards. The monitors"), std::string::npos) << ct.text;
  ExpectMapMatchesSource(ct, text);
}

// A footer met once, laid out in columns with its page number last.
TEST(CleanPlainTextTest, DropsAColumnFooterEndingInAPageNumber) {
  const std::string text =
      "The hearing of Aibar Tokenov was adjourned in May 2022 and again in June, when the\n"
      "judges moved the case to the regional court in Port\n\n"
      "Annual report on trial monitoring \u2013 2022                      Page 4 of 9\n\n"
      "Tashabad, where he fell ill on 3 July 2022.\n\n"
      "Results        2021        2022        2023\n";
  CleanText ct = CleanPlainText(text);
  EXPECT_EQ(ct.text.find("Annual report"), std::string::npos) << ct.text;
  EXPECT_NE(ct.text.find("in Port Tashabad, where"), std::string::npos) << ct.text;
  EXPECT_NE(ct.text.find("Results"), std::string::npos) << ct.text;  // a table row stays
  ExpectMapMatchesSource(ct, text);
}

TEST(CleanPlainTextTest, UnwrappedTextKeepsItsLines) {
  const std::string text =
      "This statement was adopted unanimously by the members of the board.\n"
      "It will be sent to the ministry of justice and to the regional court.\n"
      "Copies are available on request from the secretariat of the centre.\n";
  CleanText ct = CleanPlainText(text);
  EXPECT_EQ(ct.text,
            "This statement was adopted unanimously by the members of the board.\n"
            "It will be sent to the ministry of justice and to the regional court.\n"
            "Copies are available on request from the secretariat of the centre.");
}

TEST(CleanPlainTextTest, UndoesHyphenationButKeepsCompounds) {
  const std::string text =
      "The prosecutor asked for the pre-trial custody of the journalist to be\n"
      "extended, arguing that he might leave the country. The defence said deten-\n"
      "tion was unnecessary because the journalist had surrendered his passport\n"
      "and reported to the police every week during the entire pre-\n"
      "trial investigation, which had lasted more than eleven months by then.\n";
  CleanText ct = CleanPlainText(text);
  EXPECT_TRUE(Contains(ct.text, "The defence said detention was unnecessary")) << ct.text;
  EXPECT_TRUE(Contains(ct.text, "during the entire pre-trial investigation")) << ct.text;
  EXPECT_FALSE(Contains(ct.text, "deten-")) << ct.text;
  EXPECT_FALSE(Contains(ct.text, "\n")) << ct.text;  // one paragraph
  ExpectMapMatchesSource(ct, text);
  // "tion" maps to the next line of the source.
  size_t p = ct.text.find("detention");
  ASSERT_NE(p, std::string::npos);
  EXPECT_EQ(ct.map.ToSource(static_cast<uint32_t>(p + 5)), text.find("tion was"));
}

TEST(CleanPlainTextTest, ReflowsPdfCopyPasteWithBlankLineAfterEveryLine) {
  const std::string text =
      "The commission visited three detention facilities in the northern region\n"
      "\n"
      "and spoke with forty-two detainees, including several women held without\n"
      "\n"
      "charge for more than a year. Conditions in two of the facilities were\n"
      "\n"
      "found to be inhuman and degrading by the visiting medical experts.\n"
      " \n"
      "In its conclusions the commission recommends that the government close\n"
      "\n"
      "the facility at Grey Lake and allow independent monitors regular access\n"
      "\n"
      "to all places of detention in the region without any prior notice.\n"
      " \n";
  CleanText ct = CleanPlainText(text);
  EXPECT_EQ(ct.text,
            "The commission visited three detention facilities in the northern region "
            "and spoke with forty-two detainees, including several women held without "
            "charge for more than a year. Conditions in two of the facilities were "
            "found to be inhuman and degrading by the visiting medical experts.\n\n"
            "In its conclusions the commission recommends that the government close "
            "the facility at Grey Lake and allow independent monitors regular access "
            "to all places of detention in the region without any prior notice.");
  ExpectMapMatchesSource(ct, text);
}

TEST(CleanPlainTextTest, DropsLonePageNumberLines) {
  const std::string text =
      "The first part of the report describes the arrests in the capital.\n"
      "\n"
      "- 2 -\n"
      "\n"
      "The second part covers the trials held in the provinces last year.\n"
      "\n"
      "Page 3 of 9\n"
      "\n"
      "The third part lists the recommendations made to the authorities.\n"
      "\n"
      "14\n";
  CleanText ct = CleanPlainText(text);
  EXPECT_EQ(ct.text,
            "The first part of the report describes the arrests in the capital.\n\n"
            "The second part covers the trials held in the provinces last year.\n\n"
            "The third part lists the recommendations made to the authorities.");
}

TEST(CleanPlainTextTest, KeepsListItemsOnTheirOwnLines) {
  const std::string text =
      "The committee calls on the authorities of the region to take the following\n"
      "steps without any further delay and to report on the progress made:\n"
      "- release all persons detained for peaceful protest;\n"
      "- close the criminal case against the teachers' union;\n"
      "- allow lawyers to visit their clients in custody.\n"
      "The committee will review the situation at its next session in spring\n"
      "and will publish its findings together with the replies it received.\n";
  CleanText ct = CleanPlainText(text);
  for (std::string_view item : {"- release all persons detained for peaceful protest;",
                                "- close the criminal case against the teachers' union;",
                                "- allow lawyers to visit their clients in custody."}) {
    size_t p = ct.text.find(item);
    ASSERT_NE(p, std::string::npos) << item << "\n---\n" << ct.text;
    EXPECT_EQ(ct.text[p - 1], '\n') << item;
    EXPECT_EQ(ct.text[p + item.size()], '\n') << item;
  }
  EXPECT_TRUE(Contains(ct.text, "take the following steps without")) << ct.text;
  EXPECT_TRUE(Contains(ct.text, "in spring and will publish")) << ct.text;
}

TEST(CleanPlainTextTest, EmptyInput) {
  EXPECT_EQ(CleanPlainText("").text, "");
  EXPECT_EQ(CleanPlainText("\n\n  \n").text, "");
}

// ---------------------------------------------------------------------------
// CleanHtml

const char kNewsPage[] = R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Northtown Courier | Teacher Sentenced in Northtown</title>
<meta property="og:title" content="Teacher Sentenced to Six Years in Northtown">
<meta property="og:site_name" content="Northtown Courier">
<meta property="article:published_time" content="2023-03-05T10:15:00+00:00">
<link rel="canonical" href="https://courier.example.org/news/teacher-sentenced">
<style>body { font-family: serif; } .hidden-style-marker { color: red; }</style>
<script>var trackingMarker = "script-marker";</script>
</head>
<body>
<nav class="site-nav"><a href="/">Home</a> <a href="/world">World news section</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
<article>
<h1>Teacher sentenced in Northtown</h1>
<p>The regional court in Northtown sentenced history teacher Ivan Fictionov to six years in a prison colony on Tuesday, after a trial that lasted only three days.</p>
<div class="share-buttons"><a href="#">Share on social networks</a></div>
<p>His lawyer, Marta Quellberg, said the verdict was &quot;written in advance&quot; &amp; that the defence would appeal, because two witnesses were never heard.</p>
<p>Observers from the Lindqvist Legal Aid Centre, who attended every hearing, described the proceedings as a grave violation of fair trial standards.</p>
<form class="comment-form"><label>Your comment</label><textarea>Leave a comment here</textarea><button>Post comment</button></form>
</article>
<aside class="related">Related: other stories you may like</aside>
<footer>Copyright 2023 Northtown Courier. All rights reserved.</footer>
<script>console.log("footer-script-marker");</script>
</body>
</html>
)";

TEST(CleanHtmlTest, RemovesBoilerplateAndKeepsArticleInOrder) {
  HtmlResult r = CleanHtml(kNewsPage);
  const std::string& t = r.clean.text;
  for (std::string_view gone :
       {"Home", "World news section", "cookies", "Share on", "Leave a comment",
        "Your comment", "Post comment", "Related", "Copyright", "trackingMarker",
        "script-marker", "font-family", "hidden-style-marker", "Northtown Courier |"}) {
    EXPECT_FALSE(Contains(t, gone)) << gone << "\n---\n" << t;
  }
  size_t h = t.find("Teacher sentenced in Northtown");
  size_t p1 = t.find("The regional court in Northtown sentenced");
  size_t p2 = t.find("His lawyer, Marta Quellberg");
  size_t p3 = t.find("Observers from the Lindqvist Legal Aid Centre");
  ASSERT_NE(h, std::string::npos) << t;
  ASSERT_NE(p1, std::string::npos) << t;
  ASSERT_NE(p2, std::string::npos) << t;
  ASSERT_NE(p3, std::string::npos) << t;
  EXPECT_LT(h, p1);
  EXPECT_LT(p1, p2);
  EXPECT_LT(p2, p3);
  // Paragraphs are separated by exactly one empty line.
  EXPECT_TRUE(Contains(t, "only three days.\n\nHis lawyer")) << t;
  EXPECT_FALSE(Contains(t, "\n\n\n"));
  EXPECT_EQ(t.front(), 'T');
  EXPECT_NE(t.back(), '\n');
}

TEST(CleanHtmlTest, DecodesEntities) {
  HtmlResult r = CleanHtml(kNewsPage);
  EXPECT_TRUE(Contains(r.clean.text,
                       "the verdict was \"written in advance\" & that the defence would appeal"))
      << r.clean.text;
}

TEST(CleanHtmlTest, ReadsMeta) {
  HtmlResult r = CleanHtml(kNewsPage);
  EXPECT_EQ(r.meta.title, "Northtown Courier | Teacher Sentenced in Northtown");
  EXPECT_EQ(r.meta.og_title, "Teacher Sentenced to Six Years in Northtown");
  EXPECT_EQ(r.meta.site_name, "Northtown Courier");
  EXPECT_EQ(r.meta.published, "2023-03-05T10:15:00+00:00");
  EXPECT_EQ(r.meta.url, "https://courier.example.org/news/teacher-sentenced");
  EXPECT_EQ(r.meta.lang, "en");
  EXPECT_EQ(r.meta.h1, "Teacher sentenced in Northtown");
}

TEST(CleanHtmlTest, OffsetMapPointsIntoHtml) {
  const std::string html = kNewsPage;
  HtmlResult r = CleanHtml(html);
  ExpectMapMatchesSource(r.clean, html);
  // A plain text node (no entities) maps exactly, start to end.
  const std::string para =
      "Observers from the Lindqvist Legal Aid Centre, who attended every hearing, "
      "described the proceedings as a grave violation of fair trial standards.";
  size_t c = r.clean.text.find(para);
  ASSERT_NE(c, std::string::npos);
  auto s = r.clean.map.ToSource(static_cast<uint32_t>(c));
  ASSERT_TRUE(s.has_value());
  EXPECT_EQ(*s, html.find(para));
  auto e = r.clean.map.ToSource(static_cast<uint32_t>(c + para.size() - 1));
  ASSERT_TRUE(e.has_value());
  EXPECT_EQ(*e, html.find(para) + para.size() - 1);
}

TEST(CleanHtmlTest, LineBreaksAndLists) {
  const std::string html =
      "<html><body><div><p>Address:<br>12 Quay Street<br>Northtown</p>"
      "<ul><li>first item</li><li>second item</li></ul>"
      "<p>After <b>bold</b> and <i>italic</i> words.</p></div></body></html>";
  HtmlResult r = CleanHtml(html);
  EXPECT_EQ(r.clean.text,
            "Address:\n12 Quay Street\nNorthtown\n\nfirst item\nsecond item\n\n"
            "After bold and italic words.");
}

TEST(CleanHtmlTest, BoilerplateClassAndIdTokens) {
  struct Case {
    const char* attr;
    bool dropped;
  };
  const std::vector<Case> cases = {
      {"class=\"cookie-banner\"", true},   {"id=\"comments\"", true},
      {"class=\"comments-area\"", true},   {"class=\"share_buttons\"", true},
      {"class=\"breadcrumbs\"", true},     {"class=\"site-footer\"", true},
      {"class=\"x newsletter\"", true},    {"class=\"commentary\"", false},
      {"class=\"shareholders\"", false},   {"class=\"downloads\"", false},
      {"class=\"article-body\"", false},   {"class=\"entry-content\"", false},
  };
  for (const auto& c : cases) {
    std::string html = std::string(
                           "<html><body><main><p>Visible paragraph that stays in the text of "
                           "the page about the hearing.</p><div ") +
                       c.attr + "><p>MARKER text in the block</p></div></main></body></html>";
    std::string t = CleanHtml(html).clean.text;
    EXPECT_TRUE(Contains(t, "Visible paragraph")) << c.attr;
    EXPECT_EQ(!Contains(t, "MARKER"), c.dropped) << c.attr << "\n---\n" << t;
  }
}

TEST(CleanHtmlTest, DropsHiddenAndAriaHiddenBlocks) {
  const std::string html =
      "<html><body><main>"
      "<p>Visible paragraph about the hearing in the regional court of Northtown.</p>"
      "<div hidden>hidden-attribute-marker</div>"
      "<div aria-hidden=\"true\">aria-hidden-marker</div>"
      "<div style=\"display: none\">display-none-marker</div>"
      "<div role=\"navigation\">role-navigation-marker</div>"
      "</main></body></html>";
  HtmlResult r = CleanHtml(html);
  EXPECT_TRUE(Contains(r.clean.text, "Visible paragraph")) << r.clean.text;
  EXPECT_FALSE(Contains(r.clean.text, "marker")) << r.clean.text;
}

TEST(CleanHtmlTest, MalformedHtmlDoesNotFail) {
  HtmlResult r = CleanHtml("<p>Unclosed <b>bold <p>next &amp paragraph");
  EXPECT_TRUE(Contains(r.clean.text, "Unclosed bold")) << r.clean.text;
  EXPECT_TRUE(Contains(r.clean.text, "next & paragraph")) << r.clean.text;
  EXPECT_EQ(CleanHtml("").clean.text, "");
}

// ---------------------------------------------------------------------------
// Dates

std::string Only(std::string_view text) {
  auto d = FindDates(text);
  if (d.size() != 1) return "<" + std::to_string(d.size()) + " dates>";
  return d[0].Value();
}

TEST(DatesTest, MonthFromName) {
  EXPECT_EQ(MonthFromName("March"), 3);
  EXPECT_EQ(MonthFromName("MARCH"), 3);
  EXPECT_EQ(MonthFromName("Jan"), 1);
  EXPECT_EQ(MonthFromName("Sept."), 9);
  EXPECT_EQ(MonthFromName("Dec."), 12);
  EXPECT_EQ(MonthFromName("января"), 1);
  EXPECT_EQ(MonthFromName("марта"), 3);
  EXPECT_EQ(MonthFromName("марте"), 3);
  EXPECT_EQ(MonthFromName("мая"), 5);
  EXPECT_EQ(MonthFromName("Декабрь"), 12);
  EXPECT_EQ(MonthFromName("mars"), 3);
  EXPECT_EQ(MonthFromName("août"), 8);
  EXPECT_EQ(MonthFromName("décembre"), 12);
  EXPECT_EQ(MonthFromName("März"), 3);
  EXPECT_EQ(MonthFromName("Juni"), 6);
  EXPECT_EQ(MonthFromName("mayo"), 5);
  EXPECT_EQ(MonthFromName("agosto"), 8);
  EXPECT_EQ(MonthFromName("word"), 0);
  EXPECT_EQ(MonthFromName("ma"), 0);
  EXPECT_EQ(MonthFromName("mayor"), 0);
  EXPECT_EQ(MonthFromName("marching"), 0);
  EXPECT_EQ(MonthFromName("масса"), 0);
  EXPECT_EQ(MonthFromName(""), 0);
}

TEST(DatesTest, DayMonthYear) {
  auto d = FindDates("The hearing took place on 31 March 2022 in Northtown.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].Value(), "2022-03-31");
  EXPECT_EQ(d[0].year, 2022);
  EXPECT_EQ(d[0].month, 3);
  EXPECT_EQ(d[0].day, 31);
  std::string_view text = "The hearing took place on 31 March 2022 in Northtown.";
  EXPECT_EQ(text.substr(d[0].start, d[0].end - d[0].start), "31 March 2022");
}

TEST(DatesTest, MonthDayYear) {
  EXPECT_EQ(Only("Published March 5, 2023 by the desk"), "2023-03-05");
  EXPECT_EQ(Only("on Sept. 12th, 2021"), "2021-09-12");
}

TEST(DatesTest, DayRangeIsMonthPrecision) {
  EXPECT_EQ(Only("The session of 25-27 November 2022 adopted"), "2022-11");
  EXPECT_EQ(Only("held 25\u201327 November 2022"), "2022-11");
}

TEST(DatesTest, RussianFrenchGerman) {
  std::string_view ru = "Москва, 5 марта 2023 г. Суд постановил";
  auto d = FindDates(ru);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].Value(), "2023-03-05");
  EXPECT_EQ(ru.substr(d[0].start, d[0].end - d[0].start), "5 марта 2023 г.");
  EXPECT_EQ(Only("Paris, le 8 mars 2023"), "2023-03-08");
  EXPECT_EQ(Only("Berlin, 5. März 2023"), "2023-03-05");
}

TEST(DatesTest, NumericForms) {
  EXPECT_EQ(Only("Filed 2022-06-27 at noon"), "2022-06-27");
  EXPECT_EQ(Only("Filed 2022/06/27"), "2022-06-27");
  EXPECT_EQ(Only("Дата: 05.03.2023"), "2023-03-05");
  EXPECT_EQ(Only("Case 12-34-56"), "<0 dates>");
  EXPECT_EQ(Only("Room 2022-6-27"), "<0 dates>");  // not zero-padded
}

TEST(DatesTest, AmbiguousMay) {
  EXPECT_EQ(Only("the court may 2021 decide"), "<0 dates>");
  EXPECT_EQ(Only("the report of May 2021 said"), "2021-05");
  EXPECT_EQ(Only("In March 2023 the court"), "2023-03");
}

TEST(DatesTest, NeedsYearAndMonth) {
  EXPECT_TRUE(FindDates("on 5 March the court met").empty());
  EXPECT_TRUE(FindDates("in 2023 the court met").empty());
  EXPECT_TRUE(FindDates("").empty());
  EXPECT_TRUE(FindDates("31 March 1850").empty());  // outside 1900..2100
}

TEST(DatesTest, SeveralDatesInOrder) {
  auto d = FindDates("Arrested on 2 June 2021, tried on 14 March 2022 and released May 2023.");
  ASSERT_EQ(d.size(), 3u);
  EXPECT_EQ(d[0].Value(), "2021-06-02");
  EXPECT_EQ(d[1].Value(), "2022-03-14");
  EXPECT_EQ(d[2].Value(), "2023-05");
  EXPECT_LT(d[0].end, d[1].start);
  EXPECT_LT(d[1].end, d[2].start);
}

TEST(DatesTest, ParseDateValue) {
  EXPECT_EQ(ParseDateValue("2023-03-05T10:00:00Z"), "2023-03-05");
  EXPECT_EQ(ParseDateValue("  2023-03-05"), "2023-03-05");
  EXPECT_EQ(ParseDateValue("2023-03"), "2023-03");
  EXPECT_EQ(ParseDateValue("Sun, 05 Mar 2023 10:00:00 GMT"), "2023-03-05");
  EXPECT_EQ(ParseDateValue("31 March 2022"), "2022-03-31");
  EXPECT_EQ(ParseDateValue("5 марта 2023 г."), "2023-03-05");
  EXPECT_EQ(ParseDateValue("not a date"), "");
  EXPECT_EQ(ParseDateValue(""), "");
}

// Regression: dates.h says ParseDateValue parses ISO 8601 and dates may be
// stored at year precision ("YYYY"), but a year-only value such as a
// <meta name="dcterms.date" content="2023"> is rejected: the ISO branch
// requires a month (`d.month >= 1`), and FindDates needs a month too.
TEST(DatesTest, ParseDateValueYearOnly) {
  EXPECT_EQ(ParseDateValue("2023"), "2023");
}

// Regression: FindDates' tokenizer takes any Unicode decimal digit (u_isdigit) as
// a number but converts it with std::stoi, which only reads ASCII digits.
// A fullwidth "２０２３" or an Arabic-Indic "٣" in a text makes FindDates (and
// ParseDateValue, InferMetadata, BuildDocument) throw std::invalid_argument;
// `dossier ingest` then stops with "internal error: stoi" and the rest of
// the batch is not ingested.
TEST(DatesTest, NonAsciiDigitsDoNotThrow) {
  EXPECT_NO_THROW(FindDates("Annual report \uFF12\uFF10\uFF12\uFF13"));
  EXPECT_NO_THROW(FindDates("\u062A\u0642\u0631\u064A\u0631 \u0663 pages"));
  EXPECT_NO_THROW(ParseDateValue("\u0662\u0660\u0662\u0663-\u0660\u0663-\u0660\u0665"));
}

TEST(DatesTest, DateFromUrl) {
  EXPECT_EQ(DateFromUrl("https://news.example.org/2023/03/05/court-upholds-sentence"),
            "2023-03-05");
  EXPECT_EQ(DateFromUrl("https://news.example.org/world/2023-03-05-court"), "2023-03-05");
  EXPECT_EQ(DateFromUrl("https://news.example.org/archive/20230305/story.html"), "2023-03-05");
  EXPECT_EQ(DateFromUrl("https://news.example.org/2022/11/story"), "2022-11");
  EXPECT_EQ(DateFromUrl("https://news.example.org/story/12345"), "");
  EXPECT_EQ(DateFromUrl("https://news.example.org/2023/13/01/x"), "");
}

// ---------------------------------------------------------------------------
// Metadata

const char kLongBody[] =
    "The regional court in Northtown sentenced history teacher Ivan Fictionov to "
    "six years in a prison colony on Tuesday. The charges related to posts he had "
    "written on a neighbourhood forum, in which he criticised the local "
    "administration for the state of the schools. His lawyer said the defence "
    "would appeal the verdict to the supreme court.";

TEST(MetadataTest, TitleFromFirstShortLine) {
  std::string text = std::string("Court Upholds Sentence Against Teacher\n\n") + kLongBody;
  DocumentMeta meta;
  InferMetadata(text, {}, &meta);
  EXPECT_EQ(meta.title.value, "Court Upholds Sentence Against Teacher");
  EXPECT_EQ(meta.title.source, "text");
}

TEST(MetadataTest, TitleSkipsLogoAndNavigationLines) {
  std::string text = std::string(
                         "Logo of the Northtown Courier\n\n"
                         "Northtown Courier logo\n\n"
                         "Home | News | Statements | Contact\n\n"
                         "News / Statements | 31 March 2022 | Print\n\n"
                         "Teacher Sentenced to Six Years\n\n") +
                     kLongBody;
  DocumentMeta meta;
  InferMetadata(text, {}, &meta);
  EXPECT_EQ(meta.title.value, "Teacher Sentenced to Six Years");
}

TEST(MetadataTest, TitleIsFirstLineOfAMultiLineParagraph) {
  std::string text = std::string(
                         "Teacher Sentenced to Six Years\n"
                         "A subtitle with more detail about the case\n\n") +
                     kLongBody;
  DocumentMeta meta;
  InferMetadata(text, {}, &meta);
  EXPECT_EQ(meta.title.value, "Teacher Sentenced to Six Years");
}

TEST(MetadataTest, NoTitleWhenTextStartsWithBody) {
  DocumentMeta meta;
  InferMetadata(kLongBody, {}, &meta);
  EXPECT_FALSE(meta.title.known()) << meta.title.value;
}

TEST(MetadataTest, DeclaredTitles) {
  DocumentMeta a;
  DeclaredMeta da;
  da.preferred_title = "  Teacher   Sentenced ";
  da.title = "Courier | Something else";
  InferMetadata(kLongBody, da, &a);
  EXPECT_EQ(a.title.value, "Teacher Sentenced");
  EXPECT_EQ(a.title.source, "html-meta");

  DocumentMeta b;
  DeclaredMeta db;
  db.title = "Northtown Courier | Teacher Sentenced to Six Years";
  db.publisher = "Northtown Courier";
  InferMetadata(kLongBody, db, &b);
  EXPECT_EQ(b.title.value, "Teacher Sentenced to Six Years");
  EXPECT_EQ(b.title.source, "declared");

  DocumentMeta c;
  DeclaredMeta dc;
  dc.title = "Teacher Sentenced to Six Years - Northtown Courier";
  dc.publisher = "Northtown Courier";
  InferMetadata(kLongBody, dc, &c);
  EXPECT_EQ(c.title.value, "Teacher Sentenced to Six Years");
}

TEST(MetadataTest, DateLineParagraph) {
  std::string text = std::string("Teacher Sentenced\n\n31 March 2022\n\n") + kLongBody;
  DocumentMeta meta;
  InferMetadata(text, {}, &meta);
  EXPECT_EQ(meta.title.value, "Teacher Sentenced");  // the date line is not a title
  EXPECT_EQ(meta.published.value, "2022-03-31");
  EXPECT_EQ(meta.published.source, "dateline");
}

TEST(MetadataTest, AMonthHeadingYieldsToTheDayBelowIt) {
  // A weekly digest: the week it covers, then the day it was issued.
  for (const char* head : {"Weekly Digest\n\nThe week of 8\u201314 April 2024\n\n15 April 2024\n\n",
                           "\u0418\u0442\u043e\u0433\u0438 \u043d\u0435\u0434\u0435\u043b\u0438: "
                           "8\u201314 \u0430\u043f\u0440\u0435\u043b\u044f 2024 \u0433\u043e\u0434\u0430\n\n"
                           "15 \u0430\u043f\u0440\u0435\u043b\u044f 2024\n\n"}) {
    DocumentMeta meta;
    InferMetadata(std::string(head) + kLongBody, {}, &meta);
    EXPECT_EQ(meta.published.value, "2024-04-15") << head;
  }
}

TEST(MetadataTest, NewsDateline) {
  std::string text = std::string("Teacher Sentenced\n\nTASHABAD, 2 June 2025 (Agency) \u2014 ") +
                     kLongBody;
  DocumentMeta meta;
  InferMetadata(text, {}, &meta);
  EXPECT_EQ(meta.published.value, "2025-06-02");
  EXPECT_EQ(meta.published.source, "dateline");
  // The wire agency named in the dateline is the publisher when the text
  // names no issuer.
  EXPECT_EQ(meta.publisher.value, "Agency");
  EXPECT_EQ(meta.publisher.source, "dateline");
}

TEST(MetadataTest, BracketedDatelineOfAPressRelease) {
  std::string text = std::string("Experts Alarmed\n\nGENEVA (9 September 2024) \u2013 ") + kLongBody;
  DocumentMeta meta;
  InferMetadata(text, {}, &meta);
  EXPECT_EQ(meta.published.value, "2024-09-09");
}

TEST(MetadataTest, DatesOfAdoptionSignaturesAndLiveBlogs) {
  DocumentMeta adopted;
  InferMetadata(std::string("TEXTS ADOPTED\n\nNorthland, the case of a teacher\n\nEuropean "
                            "Parliament resolution of 14 September 2023 on Northland, the case "
                            "of a teacher\n\n") + kLongBody,
                {}, &adopted);
  EXPECT_EQ(adopted.published.value, "2023-09-14");
  // A heading that a PDF copy joined to the signature line below it.
  DocumentMeta signed_off;
  InferMetadata(std::string("JOINT SUBMISSION\n\nNorthland: the detention of a teacher and "
                            "the death in custody of a student Submitted by the Northtown Legal "
                            "Initiative and the Coalition for Detainees, Northtown, 20 June "
                            "2023\n\n") + kLongBody,
                {}, &signed_off);
  EXPECT_EQ(signed_off.published.value, "2023-06-20");
  DocumentMeta blog;
  InferMetadata(std::string("The Ledger\n\nLIVE | Protests: a rapper sentenced\n\nTuesday 13 "
                            "December 2022\nLast updated 18:47 local time\n\n") + kLongBody,
                {}, &blog);
  EXPECT_EQ(blog.published.value, "2022-12-13");
}

TEST(MetadataTest, YearlessWireDatelineTakesItsYearFromTheText) {
  // The latest year written is 2018; 2 March fell on a Thursday in 2023.
  std::string text =
      "Blogger Jailed\n\nTASHABAD, March 2 (Agency) - A court on Thursday sentenced a "
      "blogger to eight years in prison, his lawyer said. He was first arrested in 2016 and "
      "fined in 2018 for posts about corruption in the regional administration.\n\n" +
      std::string(kLongBody);
  DocumentMeta meta;
  InferMetadata(text, {}, &meta);
  EXPECT_EQ(meta.published.value, "2023-03-02");
  EXPECT_EQ(meta.published.source, "dateline, year inferred");
  EXPECT_EQ(meta.publisher.value, "Agency");
  // The day it was said on wins over the day of the events told: 14 May
  // was a Tuesday in 2019, a Sunday in 2017.
  std::string said =
      "Teacher On Hunger Strike\n\nDUBAI, May 14 (Agency) - A teacher jailed in 2016 was taken "
      "to hospital on Sunday, his family said on Tuesday.\n\n" + std::string(kLongBody);
  DocumentMeta m2;
  InferMetadata(said, {}, &m2);
  EXPECT_EQ(m2.published.value, "2019-05-14");
  // Of the years that fit the weekday (2 March was a Thursday in 2017 and
  // 2023), the one the text counts to: jailed in 2012, eleven years on.
  std::string counted =
      "Editor Moved\n\nTASHABAD, March 2 (Agency) - An editor jailed in 2012 was moved to a "
      "prison hospital, his lawyer said on Thursday. \"He has spent 11 years behind bars,\" "
      "the lawyer added.\n\n" + std::string(kLongBody);
  DocumentMeta m4;
  InferMetadata(counted, {}, &m4);
  EXPECT_EQ(m4.published.value, "2023-03-02");
  // Without a weekday, the latest year written.
  std::string plain = "Note\n\nТАРАЗ, 14 ноября (Агентство) \u2014 Суд в 2021 году оштрафовал "
                      "активиста.\n\n" + std::string(kLongBody);
  DocumentMeta m3;
  InferMetadata(plain, {}, &m3);
  EXPECT_EQ(m3.published.value, "2021-11-14");
}

TEST(MetadataTest, DateInsideAHeadingIsNotThePublicationDate) {
  std::string text = std::string(
                         "Report on the Northtown Trials\n\n"
                         "2. The aftermath of the November 2022 protests\n\n") +
                     kLongBody;
  DocumentMeta meta;
  InferMetadata(text, {}, &meta);
  EXPECT_FALSE(meta.published.known()) << meta.published.value;
}

TEST(MetadataTest, DateInBodyTextIsNotThePublicationDate) {
  std::string text = std::string("Report on the Northtown Trials\n\n") + kLongBody +
                     " The appeal hearing is scheduled for 14 September 2025, the court said.";
  DocumentMeta meta;
  InferMetadata(text, {}, &meta);
  EXPECT_FALSE(meta.published.known()) << meta.published.value;
}

TEST(MetadataTest, LabelledDate) {
  std::string text = std::string("Teacher Sentenced\n\n") + kLongBody +
                     "\n\nThis page was last updated on 7 April 2024 after the appeal was "
                     "lodged with the supreme court by the defence team of the teacher, and "
                     "the lawyers said they expected a first hearing within two months.";
  DocumentMeta meta;
  InferMetadata(text, {}, &meta);
  EXPECT_EQ(meta.published.value, "2024-04-07");
}

TEST(MetadataTest, DeclaredDateThenUrlThenTextThenFallback) {
  std::string text = std::string("Teacher Sentenced\n\n31 March 2022\n\n") + kLongBody;
  {
    DeclaredMeta d;
    d.published = "2023-03-05T10:00:00Z";
    d.published_source = "html-meta";
    d.url = "https://x.example.org/2021/01/02/story";
    DocumentMeta m;
    InferMetadata(text, d, &m);
    EXPECT_EQ(m.published.value, "2023-03-05");
    EXPECT_EQ(m.published.source, "html-meta");
    EXPECT_EQ(m.url, d.url);
  }
  {
    DeclaredMeta d;
    d.url = "https://x.example.org/2021/01/02/story";
    DocumentMeta m;
    InferMetadata(text, d, &m);
    EXPECT_EQ(m.published.value, "2021-01-02");
    EXPECT_EQ(m.published.source, "url");
  }
  {
    DeclaredMeta d;
    d.fallback_published = "2019-12-01";
    DocumentMeta m;
    InferMetadata(text, d, &m);
    EXPECT_EQ(m.published.value, "2022-03-31");  // the text wins over PDF info
    DocumentMeta n;
    InferMetadata(kLongBody, d, &n);
    EXPECT_EQ(n.published.value, "2019-12-01");
    EXPECT_EQ(n.published.source, "pdf-info");
  }
}

TEST(MetadataTest, FindIssuer) {
  EXPECT_EQ(FindIssuer("Statement on the Northtown Verdict\n\n"
                       "The Example Rights Watch, a network of lawyers, calls on the "
                       "authorities to release the teacher immediately."),
            "Example Rights Watch");
  EXPECT_EQ(FindIssuer("Example Committee is deeply concerned about the sentence handed "
                       "down to the teacher in Northtown."),
            "Example Committee");
  EXPECT_EQ(FindIssuer("Resolution of the Fourth Congress of the Northtown Teachers Union, "
                       "adopted in the spring.\n\nThe delegates demand the release."),
            "Northtown Teachers Union");
  EXPECT_EQ(FindIssuer("Ivan Fictionov is a history teacher from Northtown."), "");
  EXPECT_EQ(FindIssuer(""), "");
}

TEST(MetadataTest, PublisherFromDeclaredOrText) {
  std::string text = std::string("Statement\n\nThe Example Rights Watch, a network of lawyers, "
                                 "calls on the authorities to act.\n\n") +
                     kLongBody;
  DocumentMeta a;
  InferMetadata(text, {}, &a);
  EXPECT_EQ(a.publisher.value, "Example Rights Watch");
  EXPECT_EQ(a.publisher.source, "text");

  DeclaredMeta d;
  d.publisher = " Northtown   Courier ";
  DocumentMeta b;
  InferMetadata(text, d, &b);
  EXPECT_EQ(b.publisher.value, "Northtown Courier");
  EXPECT_EQ(b.publisher.source, "declared");
}

TEST(MetadataTest, LooksLikeOrganisation) {
  EXPECT_TRUE(LooksLikeOrganisation("Example Rights Watch"));
  EXPECT_TRUE(LooksLikeOrganisation("Lindqvist Legal Aid Centre"));
  EXPECT_TRUE(LooksLikeOrganisation("Комитет защиты учителей"));
  EXPECT_FALSE(LooksLikeOrganisation("Ivan Fictionov"));
  EXPECT_FALSE(LooksLikeOrganisation(""));
}

// ---------------------------------------------------------------------------
// Language

TEST(LanguageTest, English) {
  auto g = DetectLanguage(
      "The regional court sentenced the history teacher to six years in a prison "
      "colony. His lawyer said the defence would appeal, because the judge had "
      "refused to hear the witnesses who could have confirmed his alibi.");
  EXPECT_EQ(g.code, "en");
  EXPECT_TRUE(g.reliable);
}

TEST(LanguageTest, Russian) {
  auto g = DetectLanguage(kRussian);
  EXPECT_EQ(g.code, "ru");
  EXPECT_TRUE(g.reliable);
}

TEST(LanguageTest, EmptyIsUnknown) {
  auto g = DetectLanguage("");
  EXPECT_EQ(g.code, "");
  EXPECT_FALSE(g.reliable);
}

// ---------------------------------------------------------------------------
// Near-duplicates

const std::vector<std::string> kSentences = {
    "The regional court in Northtown sentenced history teacher Ivan Fictionov to six years in a prison colony on Tuesday.",
    "The charges related to posts he had written on a neighbourhood forum about the state of local schools.",
    "Prosecutors argued that the posts insulted officials and spread false information about the budget.",
    "His lawyer, Marta Quellberg, said that the defence had not been allowed to call two key witnesses.",
    "The hearing lasted less than an hour and the judge read the verdict from a prepared text.",
    "Relatives of the teacher waited outside the building because the courtroom was declared full.",
    "Observers from the Lindqvist Legal Aid Centre were refused entry without any explanation.",
    "Former pupils gathered in the square with handwritten signs asking for their teacher to be freed.",
    "Police officers photographed the gathering but did not detain anyone that afternoon.",
    "The teacher has been held in pre-trial custody since his arrest in the autumn of last year.",
    "During that time he lost weight and complained of untreated problems with his heart.",
    "The prison administration denied that he had been refused medical care at any point.",
    "Several teachers' unions in neighbouring countries have written letters in his support.",
    "A petition calling for his release has collected more than twelve thousand signatures.",
    "The ministry of education declined to comment on the case when asked by journalists.",
    "Quellberg said the defence would appeal to the supreme court within the ten days allowed.",
    "She added that her client remained calm and was reading history books in his cell.",
    "International observers have repeatedly criticised the use of vague laws against critics.",
    "The Lindqvist centre said it would document the case in its annual report on fair trials.",
    "Local journalists who covered the trial reported pressure from officials to drop the story.",
    "One newspaper editor said she had received anonymous phone calls late at night.",
    "The teacher's wife thanked everyone who had come to the court to show their solidarity.",
    "She said the family would continue to speak publicly until he is released from prison.",
    "The next hearing before the supreme court has not yet been scheduled by the registry.",
};

std::string JoinSentences(const std::vector<std::string>& s) {
  std::string out;
  for (const auto& x : s) {
    if (!out.empty()) out += ' ';
    out += x;
  }
  return out;
}

size_t WordCount(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool sp = c == ' ';
    if (!sp && !in) ++n;
    in = !sp;
  }
  return n;
}

TEST(NearDupTest, SignatureShapeAndDeterminism) {
  std::string text = JoinSentences(kSentences);
  ASSERT_GE(WordCount(text), 300u);
  auto a = MinHashSignature(text);
  auto b = MinHashSignature(text);
  ASSERT_EQ(a.size(), static_cast<size_t>(kMinHashSize));
  EXPECT_EQ(a, b);
  EXPECT_DOUBLE_EQ(EstimateSimilarity(a, b), 1.0);
  // Case and punctuation do not matter: words are lower-cased letter runs.
  std::string shouted = ToUpper(text);
  EXPECT_EQ(MinHashSignature(shouted), a);
  std::string spaced;
  for (char c : text) spaced += (c == ' ' ? std::string("  \n") : std::string(1, c));
  EXPECT_EQ(MinHashSignature(spaced), a);
}

TEST(NearDupTest, ShortTextsHaveNoSignature) {
  EXPECT_TRUE(MinHashSignature("").empty());
  EXPECT_TRUE(MinHashSignature("only seven words in this short text").empty());
  EXPECT_EQ(MinHashSignature("now there are eight words in this text").size(),
            static_cast<size_t>(kMinHashSize));
  EXPECT_EQ(EstimateSimilarity({}, {}), 0.0);
  EXPECT_EQ(EstimateSimilarity(MinHashSignature(JoinSentences(kSentences)), {}), 0.0);
}

TEST(NearDupTest, OneChangedSentenceIsStillSimilar) {
  std::vector<std::string> edited = kSentences;
  edited[12] = "Teachers' unions abroad have also sent letters supporting him.";
  auto a = MinHashSignature(JoinSentences(kSentences));
  auto b = MinHashSignature(JoinSentences(edited));
  double sim = EstimateSimilarity(a, b);
  EXPECT_GT(sim, 0.8);
  EXPECT_LT(sim, 1.0);
  // Similar signatures share most LSH bands.
  auto ka = LshBandKeys(a), kb = LshBandKeys(b);
  size_t shared = 0;
  for (size_t i = 0; i < ka.size(); ++i) shared += ka[i] == kb[i];
  EXPECT_GE(shared, 1u);
}

TEST(NearDupTest, UnrelatedTextsAreDissimilar) {
  const std::string other =
      "The botanical garden opened a new greenhouse for tropical orchids this spring. "
      "Visitors can walk along a raised path above the ponds and watch the gardeners "
      "at work. The collection includes more than four hundred species, many of them "
      "donated by private growers from across the continent. Guided tours start every "
      "hour, and children under twelve enter free of charge on weekends. The cafe near "
      "the entrance serves soup made from vegetables grown in the kitchen garden. "
      "Volunteers are welcome to help with planting in the autumn months.";
  auto a = MinHashSignature(JoinSentences(kSentences));
  auto b = MinHashSignature(other);
  ASSERT_EQ(b.size(), static_cast<size_t>(kMinHashSize));
  EXPECT_LT(EstimateSimilarity(a, b), 0.3);
}

TEST(NearDupTest, LshBandKeys) {
  auto sig = MinHashSignature(JoinSentences(kSentences));
  auto keys = LshBandKeys(sig);
  ASSERT_EQ(keys.size(), static_cast<size_t>(kLshBands));
  EXPECT_EQ(keys.size(), 16u);
  EXPECT_EQ(keys, LshBandKeys(sig));
  for (uint64_t k : keys) EXPECT_LT(k, uint64_t{1} << 63);  // fit SQLite integers
  // Keys differ between bands even for equal rows.
  std::vector<uint64_t> flat(kMinHashSize, 42);
  auto fk = LshBandKeys(flat);
  ASSERT_EQ(fk.size(), 16u);
  EXPECT_NE(fk[0], fk[1]);
  EXPECT_TRUE(LshBandKeys({}).empty());
  EXPECT_TRUE(LshBandKeys({1, 2, 3}).empty());
}

// ---------------------------------------------------------------------------
// BuildDocument

TEST(BuildDocumentTest, Html) {
  std::string html = kNewsPage;
  IngestOptions o;
  o.source_path = "pages/teacher.html";
  auto r = BuildDocument(html, o);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const Document& d = *r;
  EXPECT_EQ(d.format, Format::kHtml);
  EXPECT_EQ(d.source_path, "pages/teacher.html");
  EXPECT_EQ(d.sha256, Sha256Hex(html));
  EXPECT_EQ(d.original, html);
  EXPECT_EQ(d.encoding, "ASCII");
  EXPECT_EQ(d.meta.title.value, "Teacher Sentenced to Six Years in Northtown");
  EXPECT_EQ(d.meta.title.source, "html-meta");
  EXPECT_EQ(d.meta.published.value, "2023-03-05");
  EXPECT_EQ(d.meta.published.source, "html-meta");
  EXPECT_EQ(d.meta.publisher.value, "Northtown Courier");
  EXPECT_EQ(d.meta.language.value, "en");
  EXPECT_EQ(d.meta.url, "https://courier.example.org/news/teacher-sentenced");
  EXPECT_EQ(d.minhash.size(), static_cast<size_t>(kMinHashSize));
  EXPECT_TRUE(Contains(d.clean.text, "Marta Quellberg"));
  EXPECT_FALSE(Contains(d.clean.text, "cookies"));
  ExpectMapMatchesSource(d.clean, html);
}

TEST(BuildDocumentTest, PlainText) {
  std::string text = std::string("Court Upholds Sentence Against Teacher\n\n31 March 2022\n\n") +
                     kLongBody + "\n";
  auto r = BuildDocument(text, {"notes/teacher.txt", ""});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->format, Format::kText);
  EXPECT_EQ(r->encoding, "ASCII");
  EXPECT_EQ(r->meta.title.value, "Court Upholds Sentence Against Teacher");
  EXPECT_EQ(r->meta.published.value, "2022-03-31");
  EXPECT_EQ(r->meta.language.value, "en");
  EXPECT_EQ(r->sha256, Sha256Hex(text));
  EXPECT_EQ(r->original, text);
  EXPECT_EQ(r->clean.text.substr(0, 38), "Court Upholds Sentence Against Teacher");
}

TEST(BuildDocumentTest, Windows1251Text) {
  std::string text = std::string("Приговор учителю\n\n") + kRussian + "\n";
  auto r = BuildDocument(ToCp1251(text), {"ru.txt", ""});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(Contains(AsciiLower(r->encoding), "1251")) << r->encoding;
  EXPECT_EQ(r->meta.title.value, "Приговор учителю");
  EXPECT_EQ(r->meta.language.value, "ru");
  EXPECT_TRUE(Contains(r->clean.text, "Ивана Фиктионова"));
  EXPECT_EQ(r->original, ToCp1251(text));
}

TEST(BuildDocumentTest, UrlGivesDateWhenTextHasNone) {
  IngestOptions o;
  o.source_path = "story.txt";
  o.url = "https://news.example.org/2024/02/12/teacher";
  auto r = BuildDocument(std::string("Teacher Sentenced\n\n") + kLongBody, o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->meta.published.value, "2024-02-12");
  EXPECT_EQ(r->meta.published.source, "url");
  EXPECT_EQ(r->meta.url, o.url);
}

TEST(BuildDocumentTest, InvalidInputs) {
  auto png = BuildDocument(std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), {"img.png", ""});
  ASSERT_FALSE(png.ok());
  EXPECT_EQ(png.status().code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(Contains(png.status().message(), "PNG")) << png.status().message();

  auto empty = BuildDocument("", {"empty.txt", ""});
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.status().code(), StatusCode::kInvalidArgument);

  auto blank = BuildDocument(" \n\t\n ", {"blank.txt", ""});
  ASSERT_FALSE(blank.ok());
  EXPECT_EQ(blank.status().code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(Contains(blank.status().message(), "no text")) << blank.status().message();

  auto html = BuildDocument("<html><body><nav>Menu only</nav><script>x()</script></body></html>",
                            {"empty.html", ""});
  ASSERT_FALSE(html.ok());
  EXPECT_EQ(html.status().code(), StatusCode::kInvalidArgument);
}

// Regression (see DatesTest.NonAsciiDigitsDoNotThrow): BuildDocument must
// fail with a Status, never throw.
TEST(BuildDocumentTest, FullwidthDigitsDoNotThrow) {
  std::string text = std::string("Annual Report \uFF12\uFF10\uFF12\uFF13\n\n") + kLongBody;
  Result<Document> r = InternalError("not built");
  EXPECT_NO_THROW(r = BuildDocument(text, {"report.txt", ""}));
  EXPECT_TRUE(r.ok()) << r.status().ToString();
}

TEST(BuildDocumentTest, Utf16Html) {
  std::u16string page =
      u"<!DOCTYPE html><html><head><title>Nordstadt Kurier | Urteil</title></head>"
      u"<body><p>Das Gericht in Nordstadt verurteilte den Lehrer zu sechs Jahren Haft "
      u"in einer Strafkolonie.</p></body></html>";
  // By name, and by content alone (no file name).
  for (const char* name : {"page.htm", "page"}) {
    auto r = BuildDocument(ToUtf16(page, true), {name, ""});
    ASSERT_TRUE(r.ok()) << name << ": " << r.status().ToString();
    EXPECT_EQ(r->format, Format::kHtml) << name;
    EXPECT_EQ(r->encoding, "UTF-16LE") << name;
    EXPECT_TRUE(Contains(r->clean.text, "Das Gericht in Nordstadt")) << r->clean.text;
    EXPECT_FALSE(Contains(r->clean.text, "<p>")) << name;
  }
}

std::u16string Utf8ToUtf16(std::string_view s) {
  std::u16string out;
  for (size_t i = 0; i < s.size();) {
    char32_t c = NextCodePoint(s, &i);
    EXPECT_LT(c, 0x10000u);
    out.push_back(static_cast<char16_t>(c));
  }
  return out;
}

// Regression: BuildDocument's kText branch re-routes UTF-16 text that turns out to
// be HTML to CleanHtml, but only copies <title> and og:site_name into the
// declared metadata: og:title/h1, article:published_time, the canonical URL
// and <html lang> are dropped, so the same page yields other metadata in
// UTF-16 than in UTF-8 (here: no publication date, <title> instead of
// og:title, no URL).
TEST(BuildDocumentTest, Utf16HtmlKeepsDeclaredMetadata) {
  auto utf8 = BuildDocument(kNewsPage, {"page", ""});
  auto utf16 = BuildDocument(ToUtf16(Utf8ToUtf16(kNewsPage), true), {"page", ""});
  ASSERT_TRUE(utf8.ok());
  ASSERT_TRUE(utf16.ok()) << utf16.status().ToString();
  EXPECT_EQ(utf16->format, Format::kHtml);
  EXPECT_EQ(utf16->meta.title.value, utf8->meta.title.value);
  EXPECT_EQ(utf16->meta.published.value, "2023-03-05");
  EXPECT_EQ(utf16->meta.published.value, utf8->meta.published.value);
  EXPECT_EQ(utf16->meta.url, utf8->meta.url);
  EXPECT_EQ(utf16->clean.text, utf8->clean.text);
}

}  // namespace
}  // namespace dossier::ingest
