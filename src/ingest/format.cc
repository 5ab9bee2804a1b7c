#include "ingest/format.h"

#include <array>
#include <cstring>

#include "base/text.h"

namespace dossier::ingest {
namespace {

struct Magic {
  std::string_view bytes;
  std::string_view what;
};

constexpr std::array<Magic, 14> kRejected = {{
    {"PK\x03\x04", "ZIP archive (DOCX, XLSX, ODT and EPUB are ZIP files)"},
    {"\x89PNG", "PNG image"},
    {"\xFF\xD8\xFF", "JPEG image"},
    {"GIF8", "GIF image"},
    {"\xD0\xCF\x11\xE0", "OLE2 document (old Word/Excel)"},
    {"\x1F\x8B", "gzip archive"},
    {"BZh", "bzip2 archive"},
    {"\xFD" "7zXZ", "xz archive"},
    {"7z\xBC\xAF", "7-Zip archive"},
    {"Rar!", "RAR archive"},
    {"\x7F" "ELF", "executable"},
    {"SQLite format 3", "SQLite database"},
    {"{\\rtf", "RTF document"},
    {std::string_view("II*\0", 4), "TIFF image"},
}};

bool LooksLikeHtml(std::string_view head) {
  // Skip a BOM and leading white space; markup starts with a tag.
  head = head.substr(0, 4096);
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  while (!head.empty() && std::isspace(static_cast<unsigned char>(head[0]))) head.remove_prefix(1);
  if (!head.starts_with("<")) return false;
  std::string lower = AsciiLower(head);
  std::string_view s(lower);
  if (s.starts_with("<!doctype html") || s.starts_with("<html") ||
      s.starts_with("<head") || s.starts_with("<body")) {
    return true;
  }
  if (s.starts_with("<?xml") && s.find("<html") != std::string_view::npos) return true;
  // A fragment: starts with a tag and holds common block tags.
  int tags = 0;
  for (const char* t : {"<p>", "<p ", "<div", "<br", "<span", "<a ", "<h1",
                        "<h2", "<table", "<ul", "<meta", "<title"}) {
    if (s.find(t) != std::string_view::npos) ++tags;
  }
  return tags >= 2;
}

}  // namespace

Result<Format> DetectFormat(std::string_view bytes, std::string_view name) {
  if (bytes.empty()) return InvalidArgumentError("empty file");
  // PDF: the header may be preceded by up to 1 KiB of junk.
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) {
    return Format::kPdf;
  }
  for (const auto& m : kRejected) {
    if (bytes.starts_with(m.bytes)) {
      return InvalidArgumentError("unsupported format: " + std::string(m.what));
    }
  }
  // UTF-16/32 with a BOM is text (HTML inside is detected after decoding).
  bool utf16 = bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF");
  if (!utf16) {
    // Binary data has NUL bytes or many C0 controls.
    std::string_view head = bytes.substr(0, 8192);
    size_t controls = 0;
    for (unsigned char c : head) {
      if (c == 0) return InvalidArgumentError("unsupported format: binary data (NUL bytes)");
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
        ++controls;
      }
    }
    if (controls * 20 > head.size()) {
      return InvalidArgumentError("unsupported format: binary data");
    }
  }
  if (LooksLikeHtml(bytes)) return Format::kHtml;
  std::string lname = AsciiLower(name);
  if ((lname.ends_with(".html") || lname.ends_with(".htm") ||
       lname.ends_with(".xhtml")) &&
      bytes.substr(0, 65536).find('<') != std::string_view::npos) {
    return Format::kHtml;
  }
  return Format::kText;
}

}  // namespace dossier::ingest
