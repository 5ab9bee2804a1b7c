// Russian words and names: which capitalised words are common words (from
// Debian's hunspell-ru dictionary), and the nominative of a declined
// personal name.
//
// Russian declines names: a text may only ever say "задержали Олега
// Витальевича Загорского" (genitive) or "Вере Галиевой" (dative), while
// a case file wants "Олег Витальевич Загорский" and "Вера Галиева".
// NominativeName reads the case and gender the parts of a name agree on
// (given names from data/lexicons/given_names_cyrillic.tsv and the
// dictionary, patronymics and surnames by their endings) and writes every
// part in the nominative.
//
// Thread-safe; the dictionary is loaded on first use. Without hunspell-ru
// installed, IsCommonWord is always false and names are read by their
// endings and the given-name list alone.
#ifndef DOSSIER_NLP_RUSSIAN_H_
#define DOSSIER_NLP_RUSSIAN_H_

#include <string>
#include <string_view>
#include <vector>

namespace dossier::nlp {

// True when the lower-case Cyrillic word is a common word of Russian:
// "вскоре", "адвокат", "сам", also "кузнецов" (genitive plural of
// "кузнец"). Proper names the dictionary only knows capitalised ("марина",
// "бишкек") are not common words.
bool IsRussianCommonWord(std::string_view lower_word);

// 'm' or 'f' for a Cyrillic given name in any case ("Марина", "Марию" ->
// 'f'), 0 when it is not a known given name (or names of either gender).
char CyrillicGivenNameGender(std::string_view name);

// True for a patronymic in any case: "Витальевич", "Олеговича",
// "Юрьевной", "Ильинична".
bool IsCyrillicPatronymic(std::string_view word);

// The parts of a Cyrillic personal name in the nominative: "Олега
// Загорского" -> {"Олег", "Загорский"}, "Галиевой" -> {"Галиева"}. `gender` ('m', 'f' or 0) decides what the endings leave
// open ("Галиева" alone is a woman, or a man in the genitive); the gender
// read is stored in `*gender_out` when it is not null. Parts that are not
// Cyrillic, and names the rules cannot read, come back as they are.
std::vector<std::string> NominativeName(const std::vector<std::string>& parts, char gender,
                                        char* gender_out = nullptr);

}  // namespace dossier::nlp

#endif  // DOSSIER_NLP_RUSSIAN_H_
