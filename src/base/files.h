// Small file-system helpers. All return Status values naming the path.
#ifndef DOSSIER_BASE_FILES_H_
#define DOSSIER_BASE_FILES_H_

#include <string>
#include <vector>

#include "base/status.h"

namespace dossier {

// Reads a whole file (or standard input when path is "-").
Result<std::string> ReadFileBytes(const std::string& path,
                                  size_t max_bytes = size_t{1} << 30);

// Writes atomically: a temporary file in the same directory, then rename.
Status WriteFileAtomic(const std::string& path, std::string_view bytes);

// Expands files and directories (recursively, sorted, hidden entries skipped)
// into a list of regular files. "-" is kept as is. Paths that do not exist
// are returned in `missing`.
std::vector<std::string> ExpandPaths(const std::vector<std::string>& inputs,
                                     std::vector<std::string>* missing);

}  // namespace dossier

#endif  // DOSSIER_BASE_FILES_H_
