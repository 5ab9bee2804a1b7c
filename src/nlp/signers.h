// Organisations that sign a document: the block after a "Signatories:" or
// "Signed by" heading of a joint statement, one organisation a line, or the
// list that follows the cue on the same line ("Signed by: A, B and C.").
//
// The cues are data (data/lexicons/signing_cues.txt). A line of the block is
// a signer when it is short and reads as a name, not a sentence; persons in
// a block (members of parliament signing a declaration) are left to the
// person extractor, which reports them with role "signatory".
#ifndef DOSSIER_NLP_SIGNERS_H_
#define DOSSIER_NLP_SIGNERS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::nlp {

struct Signer {
  std::string name;             // as written, bullets and punctuation trimmed
  uint32_t start = 0, end = 0;  // half-open byte span of the name in the text
};

// Signing organisations in `text`, in order of appearance.
std::vector<Signer> FindSigners(std::string_view text);

}  // namespace dossier::nlp

#endif  // DOSSIER_NLP_SIGNERS_H_
