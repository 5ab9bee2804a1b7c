#include "nlp/names.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <unordered_map>

#include "base/hash.h"
#include "base/text.h"

namespace dossier::nlp {
namespace {

icu::Transliterator* Romaniser() {
  thread_local std::unique_ptr<icu::Transliterator> t = [] {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> r(icu::Transliterator::createInstance(
        "Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, err));
    if (U_FAILURE(err)) {
      err = U_ZERO_ERROR;
      r.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower",
                                                  UTRANS_FORWARD, err));
    }
    return r;
  }();
  return t.get();
}

// `s` in UTF-8 through an ICU transliterator.
std::string Transliterate(icu::Transliterator* t, std::string_view s) {
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  t->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

void ReplaceAll(std::string* s, std::string_view from, std::string_view to) {
  size_t p = 0;
  while ((p = s->find(from, p)) != std::string::npos) {
    s->replace(p, from.size(), to);
    p += to.size();
  }
}

}  // namespace

std::string_view StripPossessive(std::string_view w) {
  if (w.ends_with("'s") || w.ends_with("'S")) return w.substr(0, w.size() - 2);
  if (w.ends_with("\u2019s")) return w.substr(0, w.size() - 4);
  return w;
}

std::string NameKey(std::string_view name) {
  std::string latin;
  bool ascii = true;
  for (char c : name) ascii = ascii && (static_cast<unsigned char>(c) < 0x80);
  if (ascii) {
    latin = AsciiLower(name);  // nothing to romanise: skip ICU (the hot path)
  } else if (auto* t = Romaniser()) {
    // ICU transliteration is the cost of a non-ASCII name; the same names
    // recur through a document and a collection, so remember them (per
    // thread, bounded).
    thread_local BoundedMemo<std::string> seen(50000);
    latin = seen.Get(name, [&] { return Transliterate(t, name); });
  } else {
    latin = ToLower(name);
  }
  std::string s;
  for (char c : latin) {
    if ((c >= 'a' && c <= 'z') || c == ' ') s.push_back(c);
    else if (c == '-') s.push_back(' ');
  }
  ReplaceAll(&s, "dzh", "j");
  ReplaceAll(&s, "zh", "j");
  ReplaceAll(&s, "dj", "j");
  ReplaceAll(&s, "kh", "h");
  ReplaceAll(&s, "ph", "f");
  ReplaceAll(&s, "w", "v");
  ReplaceAll(&s, "ck", "k");
  ReplaceAll(&s, "x", "ks");    // "Alexei" = "Aleksei" = "Алексей"
  ReplaceAll(&s, "tch", "ch");  // "Tchernov" = "Chernov"
  ReplaceAll(&s, "ou", "u");    // "Kourosh" = "Kurosh", "Oumarov" = "Umarov"
  ReplaceAll(&s, "yu", "iu");
  ReplaceAll(&s, "ya", "ia");
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == 'y') {
      bool prev_vowel = i > 0 && IsVowel(s[i - 1]);
      bool next_vowel = i + 1 < s.size() && IsVowel(s[i + 1]);
      // Dropped between vowels ("Temirbayev" = "Temirbaev") and before a
      // vowel at the start of a word ("Yelena" = "Elena"); a vowel glide
      // before a consonant is an "i" ("Aygul" = "Aigul" = "Айгуль").
      if ((prev_vowel && (next_vowel || i + 1 == s.size() || s[i + 1] == ' ')) ||
          (next_vowel && (i == 0 || s[i - 1] == ' ')))
        continue;
      c = 'i';
    }
    if (!out.empty() && out.back() == c && c != ' ') continue;  // double letters
    out.push_back(c);
  }
  ReplaceAll(&out, "iev", "ev");
  ReplaceAll(&out, "ie", "e");
  return std::string(TrimView(out));
}

std::string FoldLatin(std::string_view word) {
  bool ascii = true;
  for (char c : word) ascii = ascii && (static_cast<unsigned char>(c) < 0x80);
  if (ascii) return AsciiLower(word);
  size_t i = 0;
  char32_t c0 = NextCodePoint(word, &i);
  if (c0 >= 0x370) return ToLower(word);  // Greek, Cyrillic and beyond: not Latin
  thread_local std::unique_ptr<icu::Transliterator> t = [] {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> r(
        icu::Transliterator::createInstance("Latin-ASCII; Lower", UTRANS_FORWARD, err));
    if (U_FAILURE(err)) r.reset();
    return r;
  }();
  if (!t) return ToLower(word);
  thread_local BoundedMemo<std::string> seen(20000);
  return seen.Get(word, [&] { return Transliterate(t.get(), word); });
}

std::string NameCase(std::string_view name) {
  std::string out;
  size_t i = 0;
  while (i < name.size()) {
    // One part: up to a space or hyphen.
    size_t e = i;
    while (e < name.size() && name[e] != ' ' && name[e] != '-') ++e;
    std::string_view part = name.substr(i, e - i);
    size_t letters = 0, upper = 0;
    for (size_t k = 0; k < part.size();) {
      char32_t c = NextCodePoint(part, &k);
      if (IsLetter(c)) {
        ++letters;
        upper += IsUpper(c);
      }
    }
    if (letters >= 2 && letters == upper) {
      std::string t = ToTitle(part);  // "O'loughlin"
      // Re-capitalise after an elided one-letter prefix: O', D', L'.
      size_t apo = t.find('\'');
      size_t apo2 = t.find("\u2019");
      size_t a = std::min(apo, apo2);
      if (a != std::string::npos && a == 1) {
        size_t after = a + (a == apo ? 1 : 3);
        if (after < t.size()) {
          size_t k = after;
          NextCodePoint(t, &k);
          std::string rest = ToUpper(t.substr(after, k - after));
          t = t.substr(0, after) + rest + t.substr(k);
        }
      }
      out += t;
    } else {
      out.append(part);
    }
    if (e < name.size()) out.push_back(name[e]);
    i = e + 1;
  }
  return out;
}

std::string CyrillicNameStem(std::string_view w) {
  size_t i = 0;
  char32_t first = w.empty() ? 0 : NextCodePoint(w, &i);
  if (first < 0x400 || first > 0x4FF) return std::string(w);  // only Cyrillic declines here
  static const char* kEndings[] = {"ыми", "ами", "ого", "ому", "ий", "ый", "ая", "ым", "ом",
                                   "ой", "ую", "ей", "у", "е", "а", "ю", "я"};
  static const std::string kVowels = "аеёиоуыэюяь";
  // Names in -ай/-ей/-ой: "Мамая", "Мамаю", "Мамаем" -> "Мамай".
  for (std::string_view e : {"ем", "я", "ю", "е"}) {
    if (!w.ends_with(e) || Utf8Length(w) < Utf8Length(e) + 3) continue;
    std::string_view stem = w.substr(0, w.size() - e.size());
    size_t q = stem.size();
    char32_t last = PrevCodePoint(stem, &q);
    if (last == U'а' || last == U'е' || last == U'о') return std::string(stem) + "й";
  }
  for (const char* end : kEndings) {
    std::string_view e(end);
    if (!w.ends_with(e) || Utf8Length(w) < Utf8Length(e) + 3) continue;
    std::string_view stem = w.substr(0, w.size() - e.size());
    size_t k = stem.size();
    char32_t last = PrevCodePoint(stem, &k);
    std::string last_utf8;
    AppendUtf8(last, &last_utf8);
    if (kVowels.find(last_utf8) != std::string::npos) continue;
    return std::string(stem);
  }
  return std::string(w);
}

}  // namespace dossier::nlp
