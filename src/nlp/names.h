// Name normalisation shared by in-document coreference and cross-document
// resolution.
#ifndef DOSSIER_NLP_NAMES_H_
#define DOSSIER_NLP_NAMES_H_

#include <string>
#include <string_view>

namespace dossier::nlp {

// A matching key for one name token or a whole name, equal for the usual
// spelling and transliteration variants: Cyrillic is romanised (BGN/PCGN),
// diacritics dropped, and English spellings of Slavic and Turkic sounds
// folded (zh/dzh/j -> j, kh -> h, "yev"/"iev" -> "ev", double letters
// single): "Temirbayev", "Temirbaev" and "Темирбаев" share the key "temirbaev".
std::string NameKey(std::string_view name);

// A Latin word in lower case without its diacritics ("Héctor" -> "hector",
// "Çelik" -> "celik"), for looking it up in word lists; other scripts come
// back lower-cased.
std::string FoldLatin(std::string_view word);

// Writes a name in the case the field uses: all-caps parts become
// capitalised ("KOWAL" -> "Kowal", "O'DONOVAN" -> "O'Donovan",
// "DUVAL-ROCHE" -> "Duval-Roche"); mixed-case parts and
// particles stay as written ("Van den").
std::string NameCase(std::string_view name);

// The stem of a Cyrillic name without its case ending, equal for every
// form: "Темирбаева", "Темирбаеву" -> "Темирбаев"; "Мамая" -> "Мамай".
// Words in other scripts come back unchanged.
std::string CyrillicNameStem(std::string_view word);

// Strips a possessive ending ("Temirbayev's", "Temirbaev’s").
std::string_view StripPossessive(std::string_view word);

}  // namespace dossier::nlp

#endif  // DOSSIER_NLP_NAMES_H_
