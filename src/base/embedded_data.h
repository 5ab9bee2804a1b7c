// Data files (lexicons, patterns) compiled into the binary from data/.
// Names are paths relative to data/, e.g. "lexicons/honorifics.txt".
#ifndef DOSSIER_BASE_EMBEDDED_DATA_H_
#define DOSSIER_BASE_EMBEDDED_DATA_H_

#include <optional>
#include <string_view>

namespace dossier::data {

// The bytes of an embedded data file, or nullopt when there is none.
std::optional<std::string_view> Find(std::string_view name);

}  // namespace dossier::data

#endif  // DOSSIER_BASE_EMBEDDED_DATA_H_
