// TempDir: a fresh directory under the system temp dir for one test,
// removed with everything in it on destruction.
#ifndef DOSSIER_TESTS_UNIT_TEMP_DIR_H_
#define DOSSIER_TESTS_UNIT_TEMP_DIR_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <random>
#include <string>

namespace dossier::testing {

class TempDir {
 public:
  TempDir() {
    static std::atomic<int> counter{0};
    std::random_device rd;
    for (int attempt = 0; attempt < 100; ++attempt) {
      std::filesystem::path p =
          std::filesystem::temp_directory_path() /
          ("dossier_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++) +
           "_" + std::to_string(rd()));
      std::error_code ec;
      if (std::filesystem::create_directory(p, ec)) {
        path_ = p;
        return;
      }
    }
    ADD_FAILURE() << "cannot create a temporary directory";
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace dossier::testing

#endif  // DOSSIER_TESTS_UNIT_TEMP_DIR_H_
