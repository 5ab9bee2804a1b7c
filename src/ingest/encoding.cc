#include "ingest/encoding.h"

#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <memory>

#include "base/text.h"

namespace dossier::ingest {
namespace {

std::string NormalizeNewlines(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

// Converts with ICU; fails when the converter is unknown or when more than
// 1% of the output are substitution characters.
Result<std::string> Convert(std::string_view bytes, const std::string& charset) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(charset.c_str(), &err);
  if (U_FAILURE(err)) return InvalidArgumentError("unknown encoding " + charset);
  std::unique_ptr<UConverter, decltype(&ucnv_close)> guard(conv, ucnv_close);
  icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), conv, err);
  if (U_FAILURE(err)) {
    return InvalidArgumentError("cannot decode as " + charset + ": " + u_errorName(err));
  }
  int32_t bad = 0;
  for (int32_t i = 0; i < u.length(); ++i) {
    if (u.charAt(i) == 0xFFFD || u.charAt(i) == 0x1A) ++bad;
  }
  if (bad > 0 && bad * 100 > u.length()) {
    return InvalidArgumentError("text does not decode as " + charset);
  }
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string Detect(std::string_view bytes) {
  uchardet_t ud = uchardet_new();
  uchardet_handle_data(ud, bytes.data(), bytes.size());
  uchardet_data_end(ud);
  std::string cs = uchardet_get_charset(ud);
  uchardet_delete(ud);
  return cs;
}

}  // namespace

std::string SniffHtmlCharset(std::string_view bytes) {
  std::string head = AsciiLower(bytes.substr(0, 4096));
  size_t p = head.find("charset=");
  if (p == std::string::npos) return "";
  p += 8;
  while (p < head.size() && (head[p] == '"' || head[p] == '\'' || head[p] == ' ')) ++p;
  size_t e = p;
  while (e < head.size() && (std::isalnum(static_cast<unsigned char>(head[e])) ||
                             head[e] == '-' || head[e] == '_')) {
    ++e;
  }
  return head.substr(p, e - p);
}

Result<Decoded> DecodeToUtf8(std::string_view bytes, std::string_view declared) {
  Decoded d;
  std::string utf8;
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
    d.encoding = "UTF-8";
    utf8.assign(bytes);
    if (!IsValidUtf8(utf8)) {
      auto r = Convert(bytes, "UTF-8");
      if (!r.ok()) return r.status();
      utf8 = std::move(r).value();
    }
  } else if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    d.encoding = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    auto r = Convert(bytes.substr(2), d.encoding);
    if (!r.ok()) return r.status();
    utf8 = std::move(r).value();
  } else if (IsValidUtf8(bytes)) {
    bool ascii = true;
    for (unsigned char c : bytes) {
      if (c & 0x80) {
        ascii = false;
        break;
      }
    }
    d.encoding = ascii ? "ASCII" : "UTF-8";
    utf8.assign(bytes);
  } else {
    std::string cs(declared);
    if (cs == "utf-8" || cs == "utf8") cs.clear();  // declared but not true
    std::string guess = Detect(bytes);
    Result<std::string> r = InvalidArgumentError("no encoding");
    if (!cs.empty()) r = Convert(bytes, cs);
    if (!r.ok() && !guess.empty()) {
      cs = guess;
      r = Convert(bytes, cs);
    }
    if (!r.ok()) {
      cs = "windows-1252";
      r = Convert(bytes, cs);
    }
    if (!r.ok()) {
      return InvalidArgumentError("cannot determine the text encoding (" +
                                  r.status().message() + ")");
    }
    d.encoding = cs;
    utf8 = std::move(r).value();
  }
  d.text = NormalizeNfc(NormalizeNewlines(utf8));
  return d;
}

}  // namespace dossier::ingest
