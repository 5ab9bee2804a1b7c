// Shared by the CLI's command files: globals, exit codes, output helpers.
#ifndef DOSSIER_CLI_COMMON_H_
#define DOSSIER_CLI_COMMON_H_

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "base/text.h"
#include "engine/engine.h"

namespace dossier::cli {

using json = nlohmann::ordered_json;

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

struct Globals {
  std::string db;
};

inline std::string DbPath(const Globals& g) {
  if (!g.db.empty()) return g.db;
  if (const char* env = std::getenv("DOSSIER_DB"); env && *env) return env;
  return "dossier.db";
}

inline int Fail(const Status& s) {
  std::cerr << "dossier: " << s.message() << "\n";
  return s.code() == StatusCode::kInvalidArgument ? kExitUsage : kExitFailure;
}

inline Result<std::unique_ptr<engine::Engine>> OpenEngine(const Globals& g, bool create) {
  engine::EngineOptions o;
  o.db_path = DbPath(g);
  o.create_if_missing = create;
  return engine::Engine::Open(o);
}

inline std::string HumanBytes(int64_t b) {
  if (b < 1024) return fmt::format("{} B", b);
  if (b < 1024 * 1024) return fmt::format("{:.1f} KB", static_cast<double>(b) / 1024);
  if (b < int64_t{1} << 30) return fmt::format("{:.1f} MB", static_cast<double>(b) / 1048576);
  return fmt::format("{:.2f} GB", static_cast<double>(b) / 1073741824.0);
}

inline std::string Shorten(std::string_view s, size_t max_chars) {
  std::string out;
  size_t n = 0;
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    NextCodePoint(s, &i);
    if (++n >= max_chars && i < s.size()) {
      out += "…";
      break;
    }
    out.append(s.substr(start, i - start));
  }
  return out;
}

void PrintResolveSummary(const engine::ResolveReport& r);

// The case commands (cli/cases_cmd.cc): resolve, person, persons,
// timeline, calls, export, import.
class CaseCommands {
 public:
  CaseCommands(CLI::App* app, Globals* globals);
  ~CaseCommands();
  // The exit code when one of these commands was given.
  std::optional<int> Run();

 private:
  void AddExportCommands(CLI::App* app);
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The web commands (cli/serve_cmd.cc): serve, user.
class ServeCommands {
 public:
  ServeCommands(CLI::App* app, Globals* globals);
  ~ServeCommands();
  std::optional<int> Run();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_COMMON_H_
