// A one-line progress bar on a terminal: files, MB, rate and ETA.
#ifndef DOSSIER_CLI_PROGRESS_H_
#define DOSSIER_CLI_PROGRESS_H_

#include <chrono>
#include <cstdint>
#include <cstdio>

namespace dossier::cli {

class ProgressBar {
 public:
  // Draws only when `out` is a terminal and `enabled`.
  ProgressBar(std::FILE* out, int64_t total_files, int64_t total_bytes, bool enabled);
  // Called after each file; redraws at most ten times a second.
  void Update(int64_t files_done, int64_t bytes_done);
  // Clears the line.
  void Finish();

 private:
  void Draw(int64_t files_done, int64_t bytes_done);
  std::FILE* out_;
  int64_t total_files_, total_bytes_;
  bool active_;
  std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_PROGRESS_H_
