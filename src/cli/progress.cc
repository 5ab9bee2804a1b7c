#include "cli/progress.h"

#include <unistd.h>

#include <string>

namespace dossier::cli {

ProgressBar::ProgressBar(std::FILE* out, int64_t total_files, int64_t total_bytes,
                         bool enabled)
    : out_(out),
      total_files_(total_files),
      total_bytes_(total_bytes),
      active_(enabled && isatty(fileno(out)) != 0),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_ - std::chrono::seconds(1)) {}

void ProgressBar::Update(int64_t files_done, int64_t bytes_done) {
  if (!active_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(100) && files_done < total_files_) return;
  last_draw_ = now;
  Draw(files_done, bytes_done);
}

void ProgressBar::Draw(int64_t files_done, int64_t bytes_done) {
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  double frac = total_bytes_ > 0 ? static_cast<double>(bytes_done) / static_cast<double>(total_bytes_)
                                 : (total_files_ > 0 ? static_cast<double>(files_done) / static_cast<double>(total_files_) : 1.0);
  constexpr int kWidth = 24;
  int filled = static_cast<int>(frac * kWidth);
  std::string bar(static_cast<size_t>(filled), '#');
  bar.append(static_cast<size_t>(kWidth - filled), '.');
  double rate = elapsed > 0 ? static_cast<double>(files_done) / elapsed : 0;
  double mbps = elapsed > 0 ? static_cast<double>(bytes_done) / 1e6 / elapsed : 0;
  double eta = frac > 0 && frac < 1 ? elapsed * (1 - frac) / frac : 0;
  int eta_s = static_cast<int>(eta);
  std::fprintf(out_, "\r[%s] %lld/%lld files  %.1f/%.1f MB  %.0f files/s  %.1f MB/s  ETA %d:%02d ",
               bar.c_str(), static_cast<long long>(files_done),
               static_cast<long long>(total_files_), static_cast<double>(bytes_done) / 1e6,
               static_cast<double>(total_bytes_) / 1e6, rate, mbps, eta_s / 60, eta_s % 60);
  std::fflush(out_);
}

void ProgressBar::Finish() {
  if (!active_) return;
  std::fprintf(out_, "\r\033[K");
  std::fflush(out_);
}

}  // namespace dossier::cli
