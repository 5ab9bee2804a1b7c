// dossier serve and dossier user: the web server and its accounts.
#include <signal.h>
#include <unistd.h>

#include <thread>

#include "api/server.h"
#include "cli/common.h"

namespace dossier::cli {
namespace {

// Reads a password: from stdin with --password-stdin (first line), else
// from the terminal without echo.
Result<std::string> ReadPassword(bool from_stdin, const std::string& prompt) {
  std::string pw;
  if (from_stdin || !isatty(STDIN_FILENO)) {
    if (!std::getline(std::cin, pw)) return InvalidArgumentError("no password on standard input");
    if (!pw.empty() && pw.back() == '\r') pw.pop_back();
    return pw;
  }
  std::string first;
  for (int round = 0; round < 2; ++round) {
    std::cerr << (round == 0 ? prompt : "Again: ") << std::flush;
    if (system("stty -echo 2>/dev/null") != 0) {}
    std::getline(std::cin, pw);
    if (system("stty echo 2>/dev/null") != 0) {}
    std::cerr << "\n";
    if (round == 0) first = pw;
  }
  if (pw != first) return InvalidArgumentError("the two passwords differ");
  return pw;
}

}  // namespace

struct ServeCommands::Impl {
  Globals* g = nullptr;
  CLI::App* serve = nullptr;
  std::string listen = "127.0.0.1:8080";
  int threads = 16;
  CLI::App *user = nullptr, *user_add = nullptr, *user_passwd = nullptr, *user_role = nullptr,
           *user_rm = nullptr, *user_list = nullptr;
  std::string name, role = "viewer";
  bool password_stdin = false;

  int RunServe() {
    api::ServerOptions o;
    o.db_path = DbPath(*g);
    o.threads = threads;
    auto colon = listen.rfind(':');
    if (colon == std::string::npos) return Fail(InvalidArgumentError("--listen is HOST:PORT"));
    o.host = listen.substr(0, colon);
    try {
      o.port = std::stoi(listen.substr(colon + 1));
    } catch (...) {
      return Fail(InvalidArgumentError("--listen is HOST:PORT, e.g. 127.0.0.1:8080"));
    }
    auto engine = OpenEngine(*g, true);
    if (!engine.ok()) return Fail(engine.status());
    auto users = (*engine)->ListUsers();
    if (!users.ok()) return Fail(users.status());
    if (users->empty()) {
      std::cerr << "dossier: no accounts yet; create one first:\n"
                << "  dossier user add admin --role admin\n";
      return kExitFailure;
    }
    auto server = api::Server::Create(o);
    if (!server.ok()) return Fail(server.status());
    // SIGINT/SIGTERM stop the server; a thread waits for them.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    api::Server* srv = server->get();
    std::thread waiter([set, srv] {
      int sig = 0;
      sigwait(&set, &sig);
      srv->Stop();
    });
    std::cerr << "dossier: serving " << o.db_path << " on http://" << listen << "/ (Ctrl-C stops)\n";
    Status s = srv->Run();
    if (!s.ok()) {
      pthread_kill(waiter.native_handle(), SIGTERM);
      waiter.join();
      return Fail(s);
    }
    waiter.join();
    return kExitOk;
  }

  int RunUser() {
    auto opened = OpenEngine(*g, true);
    if (!opened.ok()) return Fail(opened.status());
    engine::Engine& eng = **opened;
    if (*user_list) {
      auto users = eng.ListUsers();
      if (!users.ok()) return Fail(users.status());
      for (const auto& u : *users) std::cout << fmt::format("{:<24} {:<7} since {}\n", u.name, u.role, u.created_at);
      return kExitOk;
    }
    if (*user_add) {
      auto pw = ReadPassword(password_stdin, "Password for " + name + ": ");
      if (!pw.ok()) return Fail(pw.status());
      auto u = eng.AddUser(name, *pw, role);
      if (!u.ok()) return Fail(u.status());
      (void)eng.Audit("(cli)", "add user", "user " + name, role);
      std::cout << "added " << u->name << " (" << u->role << ")\n";
      return kExitOk;
    }
    if (*user_passwd) {
      auto pw = ReadPassword(password_stdin, "New password for " + name + ": ");
      if (!pw.ok()) return Fail(pw.status());
      Status s = eng.SetPassword(name, *pw);
      if (!s.ok()) return Fail(s);
      (void)eng.Audit("(cli)", "change password", "user " + name);
      std::cout << "password changed for " << name << "; their sessions are ended\n";
      return kExitOk;
    }
    if (*user_role) {
      Status s = eng.SetRole(name, role);
      if (!s.ok()) return Fail(s);
      (void)eng.Audit("(cli)", "change role", "user " + name, role);
      std::cout << name << " is now " << role << "\n";
      return kExitOk;
    }
    if (*user_rm) {
      Status s = eng.RemoveUser(name);
      if (!s.ok()) return Fail(s);
      (void)eng.Audit("(cli)", "remove user", "user " + name);
      std::cout << "removed " << name << "\n";
      return kExitOk;
    }
    std::cerr << "dossier: user: give add, passwd, role, rm or list\n";
    return kExitUsage;
  }
};

ServeCommands::ServeCommands(CLI::App* app, Globals* globals) : impl_(std::make_unique<Impl>()) {
  Impl& i = *impl_;
  i.g = globals;
  i.serve = app->add_subcommand("serve", "Serve the web UI and the JSON API (docs/api.md)");
  i.serve->add_option("--listen", i.listen, "HOST:PORT to listen on (default 127.0.0.1:8080)");
  i.serve->add_option("--threads", i.threads, "Worker threads (default 16)")->check(CLI::Range(1, 256));
  i.user = app->add_subcommand("user", "Manage the accounts of the web app");
  i.user_add = i.user->add_subcommand("add", "Add an account (asks for the password)");
  i.user_add->add_option("name", i.name, "User name")->required();
  i.user_add->add_option("--role", i.role, "viewer, editor or admin (default viewer)");
  i.user_add->add_flag("--password-stdin", i.password_stdin, "Read the password from standard input");
  i.user_passwd = i.user->add_subcommand("passwd", "Change a password");
  i.user_passwd->add_option("name", i.name, "User name")->required();
  i.user_passwd->add_flag("--password-stdin", i.password_stdin, "Read the password from standard input");
  i.user_role = i.user->add_subcommand("role", "Change a role");
  i.user_role->add_option("name", i.name, "User name")->required();
  i.user_role->add_option("role", i.role, "viewer, editor or admin")->required();
  i.user_rm = i.user->add_subcommand("rm", "Remove an account");
  i.user_rm->add_option("name", i.name, "User name")->required();
  i.user_list = i.user->add_subcommand("list", "List the accounts");
  i.user->require_subcommand(1);
}

ServeCommands::~ServeCommands() = default;

std::optional<int> ServeCommands::Run() {
  if (*impl_->serve) return impl_->RunServe();
  if (*impl_->user) return impl_->RunUser();
  return std::nullopt;
}

}  // namespace dossier::cli
