#include "base/files.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <system_error>

namespace dossier {

namespace fs = std::filesystem;

Result<std::string> ReadFileBytes(const std::string& path, size_t max_bytes) {
  std::string data;
  if (path == "-") {
    std::istreambuf_iterator<char> it(std::cin), end;
    data.assign(it, end);
    if (data.size() > max_bytes) {
      return InvalidArgumentError("standard input is larger than the limit of " +
                                  std::to_string(max_bytes) + " bytes");
    }
    return data;
  }
  std::error_code ec;
  auto st = fs::status(path, ec);
  if (ec || !fs::exists(st)) return NotFoundError(path + ": no such file");
  if (fs::is_directory(st)) return InvalidArgumentError(path + ": is a directory");
  auto size = fs::file_size(path, ec);
  if (!ec && size > max_bytes) {
    return InvalidArgumentError(path + ": file of " + std::to_string(size) +
                                " bytes exceeds the limit of " +
                                std::to_string(max_bytes) + " bytes");
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    return UnavailableError(path + ": cannot open: " + std::strerror(errno));
  }
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, n);
  bool failed = std::ferror(f);
  std::fclose(f);
  if (failed) return UnavailableError(path + ": read error");
  return data;
}

Status WriteFileAtomic(const std::string& path, std::string_view bytes) {
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return UnavailableError(path + ": cannot write");
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) return UnavailableError(path + ": write failed");
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) return UnavailableError(path + ": rename failed: " + ec.message());
  return Status::Ok();
}

std::vector<std::string> ExpandPaths(const std::vector<std::string>& inputs,
                                     std::vector<std::string>* missing) {
  std::vector<std::string> out;
  for (const auto& in : inputs) {
    if (in == "-") {
      out.push_back(in);
      continue;
    }
    std::error_code ec;
    auto st = fs::status(in, ec);
    if (ec || !fs::exists(st)) {
      if (missing) missing->push_back(in);
      continue;
    }
    if (!fs::is_directory(st)) {
      out.push_back(in);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(
        in, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      const auto name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file()) found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace dossier
