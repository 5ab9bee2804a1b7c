// Unit tests of the base module: Status/Result, UTF-8 text helpers, file
// helpers and hashes.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "base/files.h"
#include "base/hash.h"
#include "base/status.h"
#include "base/text.h"
#include "temp_dir.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;

using ::dossier::testing::TempDir;

void WriteFile(const std::string& path, std::string_view bytes) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  ASSERT_TRUE(out.good()) << path;
}

// ---------------------------------------------------------------------------
// Status and Result

TEST(StatusTest, DefaultIsOk) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kOk);
  EXPECT_EQ(s.message(), "");
  EXPECT_EQ(s.ToString(), "OK");
  EXPECT_TRUE(Status::Ok().ok());
}

TEST(StatusTest, ErrorConstructorsSetCodeAndMessage) {
  struct Case {
    Status status;
    StatusCode code;
    std::string name;
  };
  const std::vector<Case> cases = {
      {InvalidArgumentError("m1"), StatusCode::kInvalidArgument, "InvalidArgument"},
      {NotFoundError("m2"), StatusCode::kNotFound, "NotFound"},
      {AlreadyExistsError("m3"), StatusCode::kAlreadyExists, "AlreadyExists"},
      {FailedPreconditionError("m4"), StatusCode::kFailedPrecondition, "FailedPrecondition"},
      {UnavailableError("m5"), StatusCode::kUnavailable, "Unavailable"},
      {DataLossError("m6"), StatusCode::kDataLoss, "DataLoss"},
      {UnimplementedError("m7"), StatusCode::kUnimplemented, "Unimplemented"},
      {InternalError("m8"), StatusCode::kInternal, "Internal"},
  };
  int i = 1;
  for (const auto& c : cases) {
    std::string msg = "m" + std::to_string(i++);
    EXPECT_FALSE(c.status.ok()) << c.name;
    EXPECT_EQ(c.status.code(), c.code) << c.name;
    EXPECT_EQ(c.status.message(), msg);
    EXPECT_EQ(StatusCodeName(c.code), c.name);
    EXPECT_EQ(c.status.ToString(), c.name + ": " + msg);
  }
  EXPECT_EQ(StatusCodeName(StatusCode::kOk), "OK");
}

TEST(StatusTest, WithContextPrefixesMessageAndKeepsCode) {
  Status s = NotFoundError("no such file");
  Status c = s.WithContext("reading /tmp/x");
  EXPECT_EQ(c.code(), StatusCode::kNotFound);
  EXPECT_EQ(c.message(), "reading /tmp/x: no such file");
  EXPECT_EQ(c.ToString(), "NotFound: reading /tmp/x: no such file");
  // The original is untouched.
  EXPECT_EQ(s.message(), "no such file");
  // Contexts nest outermost first.
  EXPECT_EQ(c.WithContext("ingest").message(), "ingest: reading /tmp/x: no such file");
}

TEST(StatusTest, WithContextOnOkStaysOk) {
  Status c = Status::Ok().WithContext("anything");
  EXPECT_TRUE(c.ok());
  EXPECT_EQ(c.message(), "");
}

TEST(ResultTest, HoldsValue) {
  Result<std::string> r(std::string("value"));
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r.status().ok());
  EXPECT_EQ(r.value(), "value");
  EXPECT_EQ(*r, "value");
  EXPECT_EQ(r->size(), 5u);
  std::string moved = std::move(r).value();
  EXPECT_EQ(moved, "value");
}

TEST(ResultTest, HoldsError) {
  Result<int> r(DataLossError("damaged"));
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kDataLoss);
  EXPECT_EQ(r.status().message(), "damaged");
}

// Helpers exercising the macros.
Result<int> ParsePositive(int x) {
  if (x <= 0) return InvalidArgumentError("not positive: " + std::to_string(x));
  return x;
}

Status CheckEven(int x) {
  if (x % 2 != 0) return FailedPreconditionError("odd: " + std::to_string(x));
  return Status::Ok();
}

int g_reached_end = 0;

Result<int> HalfOfPositiveEven(int x) {
  DOSSIER_ASSIGN_OR_RETURN(int v, ParsePositive(x));
  DOSSIER_RETURN_IF_ERROR(CheckEven(v));
  ++g_reached_end;
  return v / 2;
}

Status AssignTwice(int a, int b, int* sum) {
  // Two uses in one scope must not clash.
  DOSSIER_ASSIGN_OR_RETURN(int x, ParsePositive(a));
  DOSSIER_ASSIGN_OR_RETURN(int y, ParsePositive(b));
  *sum = x + y;
  return Status::Ok();
}

TEST(MacrosTest, AssignOrReturnAndReturnIfError) {
  g_reached_end = 0;
  auto ok = HalfOfPositiveEven(10);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(*ok, 5);
  EXPECT_EQ(g_reached_end, 1);

  auto neg = HalfOfPositiveEven(-4);
  EXPECT_FALSE(neg.ok());
  EXPECT_EQ(neg.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(neg.status().message(), "not positive: -4");

  auto odd = HalfOfPositiveEven(7);
  EXPECT_FALSE(odd.ok());
  EXPECT_EQ(odd.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(odd.status().message(), "odd: 7");
  EXPECT_EQ(g_reached_end, 1);  // early returns skipped the rest

  int sum = 0;
  EXPECT_TRUE(AssignTwice(2, 3, &sum).ok());
  EXPECT_EQ(sum, 5);
  Status s = AssignTwice(2, 0, &sum);
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(sum, 5);
}

// ---------------------------------------------------------------------------
// text.h

TEST(TextTest, Utf8LengthCountsCodePoints) {
  EXPECT_EQ(Utf8Length(""), 0u);
  EXPECT_EQ(Utf8Length("abc"), 3u);
  EXPECT_EQ(Utf8Length("Привет"), 6u);  // 12 bytes
  EXPECT_EQ(std::string("Привет").size(), 12u);
  EXPECT_EQ(Utf8Length("Суд, 2023"), 9u);
  EXPECT_EQ(Utf8Length("\xF0\x9F\x93\x9C"), 1u);  // U+1F4DC, 4 bytes
  // Invalid bytes count one each.
  EXPECT_EQ(Utf8Length("a\xFF" "b"), 3u);
}

TEST(TextTest, IsValidUtf8) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("Москва, café, \xF0\x9F\x93\x9C"));
  EXPECT_FALSE(IsValidUtf8("\xFF"));
  EXPECT_FALSE(IsValidUtf8("abc\xC3("));            // bad continuation
  EXPECT_FALSE(IsValidUtf8("truncated \xD0"));       // cut sequence
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));             // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));         // surrogate
  EXPECT_FALSE(IsValidUtf8("caf\xE9"));              // Latin-1 byte
}

TEST(TextTest, CodePointIterationAndAppend) {
  std::string s = "aЖ\xF0\x9F\x93\x9C";
  size_t i = 0;
  EXPECT_EQ(NextCodePoint(s, &i), U'a');
  EXPECT_EQ(i, 1u);
  EXPECT_EQ(NextCodePoint(s, &i), U'Ж');
  EXPECT_EQ(i, 3u);
  EXPECT_EQ(NextCodePoint(s, &i), U'\U0001F4DC');
  EXPECT_EQ(i, s.size());
  size_t j = s.size();
  EXPECT_EQ(PrevCodePoint(s, &j), U'\U0001F4DC');
  EXPECT_EQ(j, 3u);
  EXPECT_EQ(PrevCodePoint(s, &j), U'Ж');
  EXPECT_EQ(j, 1u);

  std::string bad = "\xFFx";
  size_t k = 0;
  EXPECT_EQ(NextCodePoint(bad, &k), U'\uFFFD');
  EXPECT_EQ(k, 1u);

  std::string out;
  for (char32_t c : {U'a', U'é', U'Ж', U'€', U'\U0001F4DC'}) AppendUtf8(c, &out);
  EXPECT_EQ(out, "aéЖ€\xF0\x9F\x93\x9C");
}

TEST(TextTest, Classification) {
  EXPECT_TRUE(IsLetter(U'Ж'));
  EXPECT_TRUE(IsLetter(U'é'));
  EXPECT_FALSE(IsLetter(U'5'));
  EXPECT_TRUE(IsUpper(U'Ж'));
  EXPECT_TRUE(IsLower(U'ж'));
  EXPECT_TRUE(IsDigit(U'7'));
  EXPECT_TRUE(IsSpace(U'\u00A0'));  // NBSP
  EXPECT_TRUE(IsSpace(U'\u2009'));  // thin space
  EXPECT_TRUE(IsSpace(U'\t'));
  EXPECT_FALSE(IsSpace(U'x'));
}

TEST(TextTest, CaseMappingCyrillic) {
  EXPECT_EQ(ToLower("ПРИГОВОР СУДА"), "приговор суда");
  EXPECT_EQ(ToUpper("приговор суда"), "ПРИГОВОР СУДА");
  EXPECT_EQ(ToLower("Ёлка"), "ёлка");
}

TEST(TextTest, CaseMappingLatinUsesRootLocale) {
  EXPECT_EQ(ToLower("INDIGO ISLAND"), "indigo island");
  // Non-ASCII input goes through ICU; the dotted/dotless i stays as in the
  // root locale (no Turkish rules).
  EXPECT_EQ(ToLower("ÎLE DES IRIS"), "île des iris");
  EXPECT_EQ(ToUpper("île des iris"), "ÎLE DES IRIS");
  EXPECT_EQ(ToUpper("élan"), "ÉLAN");
  // Full case mapping.
  EXPECT_EQ(ToUpper("straße"), "STRASSE");
  EXPECT_EQ(ToLower("\u0130stanbul"), "i\u0307stanbul");  // one to two code points
  // Final sigma depends on its context.
  EXPECT_EQ(ToLower("\u039F\u0394\u039F\u03A3 \u03A3"), "\u03BF\u03B4\u03BF\u03C2 \u03C3");
  // Malformed bytes become U+FFFD, as in ICU's conversion.
  EXPECT_EQ(ToLower("A\xFF\u00C9"), "a\uFFFD\u00E9");
}

TEST(TextTest, ToTitle) {
  EXPECT_EQ(ToTitle("VAN DEN BERG"), "Van Den Berg");
  EXPECT_EQ(ToTitle("van den berg"), "Van Den Berg");
  EXPECT_EQ(ToTitle("ИВАНОВ-ПЕТРОВ"), "Иванов-Петров");
  EXPECT_EQ(ToTitle(""), "");
}

TEST(TextTest, NormalizeNfc) {
  EXPECT_EQ(NormalizeNfc("e\u0301"), "\u00E9");
  EXPECT_EQ(NormalizeNfc("Cafe\u0301 noir"), "Caf\u00E9 noir");
  EXPECT_EQ(NormalizeNfc("\u0418\u0306"), "\u0419");  // И + breve = Й
  EXPECT_EQ(NormalizeNfc("already NFC: é"), "already NFC: é");
}

TEST(TextTest, TrimView) {
  EXPECT_EQ(TrimView("  hello  "), "hello");
  EXPECT_EQ(TrimView("\u00A0 hello world\u00A0\n"), "hello world");
  EXPECT_EQ(TrimView("\t\u2009x y\u3000"), "x y");
  EXPECT_EQ(TrimView("   "), "");
  EXPECT_EQ(TrimView(""), "");
  EXPECT_EQ(TrimView("Жук"), "Жук");
}

TEST(TextTest, CollapseSpaces) {
  EXPECT_EQ(CollapseSpaces("  a \t\n b\u00A0\u00A0c  "), "a b c");
  EXPECT_EQ(CollapseSpaces("one"), "one");
  EXPECT_EQ(CollapseSpaces(" \n "), "");
  EXPECT_EQ(CollapseSpaces("Суд   постановил"), "Суд постановил");
}

TEST(TextTest, Split) {
  auto parts = Split("a,,b,", ',');
  ASSERT_EQ(parts.size(), 4u);
  EXPECT_EQ(parts[0], "a");
  EXPECT_EQ(parts[1], "");
  EXPECT_EQ(parts[2], "b");
  EXPECT_EQ(parts[3], "");
  auto one = Split("", ',');
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0], "");
  auto words = Split("x y z", ' ');
  EXPECT_EQ(words, (std::vector<std::string_view>{"x", "y", "z"}));
}

TEST(TextTest, AsciiHelpers) {
  EXPECT_EQ(AsciiLower("MiXeD 123 Ж"), "mixed 123 Ж");
  EXPECT_TRUE(StartsWithIgnoreCase("Press Release: x", "press release"));
  EXPECT_FALSE(StartsWithIgnoreCase("Pre", "press"));
  EXPECT_TRUE(ContainsIgnoreCase("The Example WATCH", "watch"));
  EXPECT_FALSE(ContainsIgnoreCase("The Example", "watch"));
}

// ---------------------------------------------------------------------------
// files.h

TEST(FilesTest, ReadFileBytesReadsBinaryContent) {
  TempDir dir;
  std::string bytes("line one\r\n\0\xFF\xFEtail", 16);
  std::string path = dir.File("doc.bin");
  WriteFile(path, bytes);
  auto r = ReadFileBytes(path);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(*r, bytes);

  std::string empty = dir.File("empty.txt");
  WriteFile(empty, "");
  auto e = ReadFileBytes(empty);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(*e, "");
}

TEST(FilesTest, ReadFileBytesMissingFileIsNotFoundNamingPath) {
  TempDir dir;
  std::string path = dir.File("no_such_file.txt");
  auto r = ReadFileBytes(path);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_NE(r.status().message().find(path), std::string::npos) << r.status().message();
}

TEST(FilesTest, ReadFileBytesDirectoryIsInvalidArgument) {
  TempDir dir;
  auto r = ReadFileBytes(dir.path().string());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find(dir.path().string()), std::string::npos);
}

TEST(FilesTest, ReadFileBytesSizeLimit) {
  TempDir dir;
  std::string path = dir.File("ten.txt");
  WriteFile(path, "0123456789");
  auto over = ReadFileBytes(path, 9);
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(over.status().message().find(path), std::string::npos);
  auto exact = ReadFileBytes(path, 10);
  ASSERT_TRUE(exact.ok());
  EXPECT_EQ(*exact, "0123456789");
}

TEST(FilesTest, WriteFileAtomicWritesAndReplaces) {
  TempDir dir;
  std::string path = dir.File("out.txt");
  ASSERT_TRUE(WriteFileAtomic(path, "first").ok());
  EXPECT_EQ(*ReadFileBytes(path), "first");
  ASSERT_TRUE(WriteFileAtomic(path, std::string("se\0cond", 7)).ok());
  EXPECT_EQ(*ReadFileBytes(path), std::string("se\0cond", 7));
  // No temporary file is left behind.
  size_t entries = 0;
  for (const auto& e : fs::directory_iterator(dir.path())) {
    (void)e;
    ++entries;
  }
  EXPECT_EQ(entries, 1u);
  // A missing directory fails.
  EXPECT_FALSE(WriteFileAtomic(dir.File("missing/dir/out.txt"), "x").ok());
}

TEST(FilesTest, ExpandPathsRecursesSortedSkipsHiddenReportsMissing) {
  TempDir dir;
  WriteFile(dir.File("corpus/b.txt"), "b");
  WriteFile(dir.File("corpus/a.html"), "a");
  WriteFile(dir.File("corpus/sub/c.pdf"), "c");
  WriteFile(dir.File("corpus/sub/deeper/d.txt"), "d");
  WriteFile(dir.File("corpus/.hidden.txt"), "h");
  WriteFile(dir.File("corpus/.git/objects.txt"), "g");
  WriteFile(dir.File("corpus/sub/.cache/e.txt"), "e");
  WriteFile(dir.File("single.txt"), "s");

  std::vector<std::string> missing;
  auto files = ExpandPaths({dir.File("single.txt"), dir.File("corpus"), "-",
                            dir.File("nope.txt")},
                           &missing);
  std::vector<std::string> expected = {
      dir.File("single.txt"),
      dir.File("corpus/a.html"),
      dir.File("corpus/b.txt"),
      dir.File("corpus/sub/c.pdf"),
      dir.File("corpus/sub/deeper/d.txt"),
      "-",
  };
  EXPECT_EQ(files, expected);
  EXPECT_EQ(missing, std::vector<std::string>{dir.File("nope.txt")});

  // A null `missing` is allowed.
  auto again = ExpandPaths({dir.File("nope.txt")}, nullptr);
  EXPECT_TRUE(again.empty());
}

// ---------------------------------------------------------------------------
// hash.h

TEST(HashTest, Sha256Hex) {
  EXPECT_EQ(Sha256Hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex(""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  std::string with_nul("a\0b", 3);
  EXPECT_NE(Sha256Hex(with_nul), Sha256Hex("a"));
  EXPECT_EQ(Sha256Hex(with_nul).size(), 64u);
}

TEST(HashTest, Fnv1aAndMix) {
  EXPECT_EQ(Fnv1a64("word"), Fnv1a64("word"));
  EXPECT_NE(Fnv1a64("word"), Fnv1a64("Word"));
  EXPECT_NE(Fnv1a64("ab"), Fnv1a64("ba"));
  EXPECT_NE(Fnv1a64("word"), Fnv1a64("word", 1));
  EXPECT_EQ(Fnv1a64("word", 7), Fnv1a64("word", 7));
  EXPECT_NE(Mix64(1), Mix64(2));
  EXPECT_EQ(Mix64(0), 0u);
}

TEST(HashTest, BoundedMemoComputesOnceAndStaysBounded) {
  BoundedMemo<int> memo(2);
  int calls = 0;
  auto length = [&](std::string_view w) {
    return memo.Get(w, [&] {
      ++calls;
      return static_cast<int>(w.size());
    });
  };
  EXPECT_EQ(length("word"), 4);
  EXPECT_EQ(length("word"), 4);
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(length("words"), 5);
  EXPECT_EQ(calls, 2);
  EXPECT_EQ(length("third"), 5);  // full: emptied, then remembered
  EXPECT_EQ(calls, 3);
  EXPECT_EQ(length("word"), 4);   // forgotten with the rest
  EXPECT_EQ(calls, 4);
}

TEST(HashTest, ShortStringHashReadsEveryByteAndTheLength) {
  EXPECT_EQ(ShortStringHash("detained"), ShortStringHash(std::string("detained")));
  EXPECT_NE(ShortStringHash("detained"), ShortStringHash("detainee"));   // 8th byte
  EXPECT_NE(ShortStringHash("sentenced"), ShortStringHash("sentencea"));  // the tail
  EXPECT_NE(ShortStringHash(std::string_view("a\0", 2)), ShortStringHash("a"));  // length
  EXPECT_NE(ShortStringHash(""), ShortStringHash(std::string_view("\0", 1)));
  // Words that differ only past the first eight bytes.
  EXPECT_NE(ShortStringHash("imprisonment"), ShortStringHash("imprisonmenx"));
  StringHash h;
  EXPECT_EQ(h(std::string("word")), h(std::string_view("word")));
}

// Regression: hash.h promises 64-bit FNV-1a, but the offset basis in Fnv1a64 is
// 1469598103934665603 (a digit short of the standard 14695981039346656037 =
// 0xcbf29ce484222325), so no published FNV-1a vector matches. Fixing it
// changes every MinHash signature, so stored signatures would need a
// re-computation.
TEST(HashTest, Fnv1aMatchesPublishedTestVectors) {
  EXPECT_EQ(Fnv1a64(""), 0xcbf29ce484222325ULL);
  EXPECT_EQ(Fnv1a64("a"), 0xaf63dc4c8601ec8cULL);
  EXPECT_EQ(Fnv1a64("foobar"), 0x85944171f73967e8ULL);
}

}  // namespace
}  // namespace dossier
