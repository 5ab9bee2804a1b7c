// The HTTP server of `dossier serve`: the JSON API under /api/v1 (see
// docs/api.md) and the browser UI compiled in from data/web/, on
// cpp-httplib. The top of the module stack: it uses the engine and nothing
// uses it but the CLI.
//
// Every request borrows one Engine (one SQLite connection) from a pool, so
// requests run in parallel on the server's threads; SQLite serialises the
// writes.
#ifndef DOSSIER_API_SERVER_H_
#define DOSSIER_API_SERVER_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "base/status.h"

namespace dossier::api {

struct ServerOptions {
  std::string db_path;
  std::string host = "127.0.0.1";
  int port = 8080;
  int threads = 16;  // a kept-alive connection holds a thread
  size_t max_upload_bytes = size_t{32} << 20;  // whole request, uploads
  size_t max_json_bytes = size_t{1} << 20;     // JSON request bodies
  int timeout_seconds = 30;
  int session_hours = 12;
  // Access log lines (JSON, one per request); stderr when unset.
  std::function<void(const std::string&)> access_log;
};

class Server {
 public:
  static Result<std::unique_ptr<Server>> Create(const ServerOptions& options);
  ~Server();
  // Listens and serves until Stop() (from another thread or a signal
  // handler's thread). Fails when the address cannot be bound.
  Status Run();
  void Stop();
  int port() const;  // the bound port (after Run started; useful with port 0)

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dossier::api

#endif  // DOSSIER_API_SERVER_H_
