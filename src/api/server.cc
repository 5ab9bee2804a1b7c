#include "api/server.h"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <iostream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "base/embedded_data.h"
#include "base/text.h"
#include "engine/engine.h"
#include "engine/extraction_json.h"
#include "engine/timeline_svg.h"

namespace dossier::api {
namespace {

using json = nlohmann::ordered_json;
using Clock = std::chrono::steady_clock;

constexpr const char* kCookie = "dossier_session";
constexpr int kMaxLimit = 200;

// ---- Errors -------------------------------------------------------------------

// An API failure: the status code and the error body's code.
struct ApiError {
  int status;
  std::string code;
  std::string message;
};

ApiError FromStatus(const Status& s) {
  switch (s.code()) {
    case StatusCode::kInvalidArgument: return {400, "bad_request", s.message()};
    case StatusCode::kNotFound: return {404, "not_found", s.message()};
    case StatusCode::kAlreadyExists: return {409, "conflict", s.message()};
    case StatusCode::kFailedPrecondition: return {409, "conflict", s.message()};
    case StatusCode::kUnauthenticated: return {401, "unauthenticated", s.message()};
    case StatusCode::kPermissionDenied: return {403, "forbidden", s.message()};
    default: return {500, "internal", s.message()};
  }
}

void SendError(httplib::Response& res, const ApiError& e) {
  res.status = e.status;
  json body{{"error", {{"code", e.code}, {"message", e.message}}}};
  res.set_content(body.dump(), "application/json");
}

void SendJson(httplib::Response& res, const json& body, int status = 200) {
  res.status = status;
  res.set_content(body.dump(), "application/json");
}

// ---- Engines ------------------------------------------------------------------

// One Engine (one database connection) per concurrent request.
class EnginePool {
 public:
  explicit EnginePool(std::string path) : path_(std::move(path)) {}

  Result<std::unique_ptr<engine::Engine>> Take() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!free_.empty()) {
        auto e = std::move(free_.back());
        free_.pop_back();
        return e;
      }
    }
    return engine::Engine::Open({path_, false});
  }
  void Give(std::unique_ptr<engine::Engine> e) {
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back(std::move(e));
  }

 private:
  std::string path_;
  std::mutex mu_;
  std::vector<std::unique_ptr<engine::Engine>> free_;
};

// ---- Login rate limit -----------------------------------------------------------

// At most kMaxFailures failed logins per (address, user name) in kWindow.
class LoginLimiter {
 public:
  static constexpr int kMaxFailures = 5;
  static constexpr std::chrono::minutes kWindow{10};

  bool Blocked(const std::string& key) {
    std::lock_guard<std::mutex> lock(mu_);
    auto& q = failures_[key];
    Expire(&q);
    return static_cast<int>(q.size()) >= kMaxFailures;
  }
  void Fail(const std::string& key) {
    std::lock_guard<std::mutex> lock(mu_);
    auto& q = failures_[key];
    Expire(&q);
    q.push_back(Clock::now());
  }
  void Succeed(const std::string& key) {
    std::lock_guard<std::mutex> lock(mu_);
    failures_.erase(key);
  }

 private:
  static void Expire(std::deque<Clock::time_point>* q) {
    while (!q->empty() && Clock::now() - q->front() > kWindow) q->pop_front();
  }
  std::mutex mu_;
  std::map<std::string, std::deque<Clock::time_point>> failures_;
};

// ---- Helpers --------------------------------------------------------------------

std::string CookieValue(const httplib::Request& req, const std::string& name) {
  std::string header = req.get_header_value("Cookie");
  for (auto part : Split(header, ';')) {
    auto kv = TrimView(part);
    if (kv.size() > name.size() && kv.substr(0, name.size()) == name && kv[name.size()] == '=')
      return std::string(kv.substr(name.size() + 1));
  }
  return "";
}

std::string HtmlEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

// Snippet markers that cannot occur in clean text.
constexpr const char* kOpen = "\x01";
constexpr const char* kClose = "\x02";

std::string SnippetHtml(const std::string& snippet) {
  std::string out;
  for (char c : HtmlEscape(snippet)) {
    if (c == kOpen[0]) out += "<mark>";
    else if (c == kClose[0]) out += "</mark>";
    else out += c;
  }
  return out;
}

// Adds s16/e16 to every object with start/end in `j`, recursively.
void AddUtf16(json* j, const std::vector<uint32_t>& at) {
  if (j->is_array()) {
    for (auto& x : *j) AddUtf16(&x, at);
  } else if (j->is_object()) {
    if (j->contains("start") && j->contains("end") && (*j)["start"].is_number() &&
        (*j)["end"].is_number()) {
      size_t s = std::min<size_t>((*j)["start"].get<size_t>(), at.size() - 1);
      size_t e = std::min<size_t>((*j)["end"].get<size_t>(), at.size() - 1);
      (*j)["s16"] = at[s];
      (*j)["e16"] = at[e];
    }
    for (auto& [k, v] : j->items())
      if (v.is_structured()) AddUtf16(&v, at);
  }
}

int IntParam(const httplib::Request& req, const char* name, int def, int lo, int hi) {
  if (!req.has_param(name)) return def;
  const std::string v = req.get_param_value(name);
  char* end = nullptr;
  long x = std::strtol(v.c_str(), &end, 10);
  if (v.empty() || *end != '\0') throw ApiError{400, "bad_request", std::string(name) + " must be a number"};
  return static_cast<int>(std::clamp<long>(x, lo, hi));
}

std::string Param(const httplib::Request& req, const char* name) {
  return req.has_param(name) ? req.get_param_value(name) : "";
}

// The `review` filter: "" (any) or one of `states`.
std::string ReviewParam(const httplib::Request& req, std::initializer_list<const char*> states) {
  std::string v = Param(req, "review");
  if (v.empty()) return v;
  std::string all;
  for (const char* st : states) {
    if (v == st) return v;
    all += all.empty() ? st : std::string(", ") + st;
  }
  throw ApiError{400, "bad_request", "review is one of " + all};
}

int64_t PathId(const httplib::Request& req, size_t i = 1) {
  return std::stoll(req.matches[static_cast<int>(i)].str());
}

template <typename T>
T Unwrap(Result<T> r) {
  if (!r.ok()) throw FromStatus(r.status());
  return std::move(*r);
}

void Check(const Status& s) {
  if (!s.ok()) throw FromStatus(s);
}

json Page(json items, int64_t total, int offset, int limit) {
  return json{{"items", std::move(items)}, {"total", total}, {"offset", offset}, {"limit", limit}};
}

json UserJson(const engine::User& u) {
  return json{{"name", u.name}, {"role", u.role}, {"created_at", u.created_at}};
}

json PersonSummary(const store::PersonRow& p) {
  return json{{"id", p.id},
              {"name", p.name},
              {"status", p.status},
              {"status_date", p.status_date},
              {"countries", p.countries},
              {"roles", p.roles},
              {"event_types", p.event_types},
              {"event_count", p.events},
              {"source_count", p.sources},
              {"first_date", p.first_date},
              {"last_date", p.last_date},
              {"review", p.review.empty() ? "pending" : p.review}};
}

std::string ContentType(const std::string& path) {
  if (path.ends_with(".html")) return "text/html; charset=utf-8";
  if (path.ends_with(".js") || path.ends_with(".mjs")) return "text/javascript; charset=utf-8";
  if (path.ends_with(".css")) return "text/css; charset=utf-8";
  if (path.ends_with(".svg")) return "image/svg+xml";
  if (path.ends_with(".png")) return "image/png";
  if (path.ends_with(".ico")) return "image/x-icon";
  return "application/octet-stream";
}

}  // namespace

// ---- The server -------------------------------------------------------------------

// What a handler gets: the parsed request, its engine and who is asking.
struct Call {
  const httplib::Request& req;
  httplib::Response& res;
  engine::Engine& eng;
  engine::User user;
  json body;  // parsed JSON body (null when none)
};

struct Server::Impl {
  ServerOptions options;
  httplib::Server http;
  EnginePool pool;
  LoginLimiter limiter;
  std::atomic<int> port{0};

  explicit Impl(const ServerOptions& o) : options(o), pool(o.db_path) {}

  void Log(const std::string& line) {
    if (options.access_log) options.access_log(line);
    else std::cerr << line << "\n";
  }

  // Wraps a handler: engine, authentication, CSRF, role, JSON body, errors,
  // access log. `role` empty: no authentication.
  httplib::Server::Handler Route(const std::string& role, std::function<void(Call&)> fn) {
    return [this, role, fn](const httplib::Request& req, httplib::Response& res) {
      auto started = Clock::now();
      std::string who = "-";
      try {
        auto eng = Unwrap(pool.Take());
        struct Return {
          EnginePool* pool;
          std::unique_ptr<engine::Engine>* e;
          ~Return() { pool->Give(std::move(*e)); }
        } give_back{&pool, &eng};
        Call call{req, res, *eng, {}, nullptr};
        if (!role.empty()) {
          Authenticate(call);
          who = call.user.name;
          if (!engine::RoleAllows(call.user.role, role))
            throw ApiError{403, "forbidden", "this needs the " + role + " role"};
        }
        if (req.get_header_value("Content-Type").starts_with("application/json")) {
          if (req.body.size() > options.max_json_bytes)
            throw ApiError{413, "payload_too_large", "JSON bodies are limited to 1 MB"};
          call.body = json::parse(req.body, nullptr, false);
          if (call.body.is_discarded()) throw ApiError{400, "bad_request", "the body is not valid JSON"};
        }
        fn(call);
      } catch (const ApiError& e) {
        SendError(res, e);
      } catch (const std::exception& e) {
        SendError(res, {500, "internal", "internal error"});
        Log(json{{"level", "error"}, {"path", req.path}, {"what", e.what()}}.dump());
      }
      double ms = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
      // Paths only: queries can hold names, and bodies are never logged.
      Log(json{{"ts", std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::system_clock::now().time_since_epoch()).count()},
               {"method", req.method},
               {"path", req.path},
               {"status", res.status},
               {"ms", std::round(ms * 100) / 100},
               {"bytes", res.body.size()},
               {"user", who},
               {"remote", req.remote_addr}}
              .dump());
    };
  }

  void Authenticate(Call& c) {
    std::string auth = c.req.get_header_value("Authorization");
    if (auth.starts_with("Bearer ")) {
      c.user = Unwrap(c.eng.FindTokenUser(auth.substr(7)));
      return;  // tokens are not sent by browsers on their own: no CSRF
    }
    std::string secret = CookieValue(c.req, kCookie);
    if (secret.empty()) throw ApiError{401, "unauthenticated", "sign in first"};
    engine::Session s = Unwrap(c.eng.FindSession(secret));
    c.user = s.user;
    const std::string& m = c.req.method;
    if (m == "POST" || m == "PUT" || m == "PATCH" || m == "DELETE") {
      std::string sent = c.req.get_header_value("X-CSRF-Token");
      if (sent.empty() || sent.size() != s.csrf.size() ||
          ConstantTimeDiff(sent, s.csrf) != 0)
        throw ApiError{403, "forbidden", "CSRF token missing or wrong"};
    }
  }

  static int ConstantTimeDiff(const std::string& a, const std::string& b) {
    unsigned char diff = 0;
    for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff;
  }

  void Audit(Call& c, const std::string& action, const std::string& target,
             const std::string& detail = "") {
    Check(c.eng.Audit(c.user.name, action, target, detail));
  }

  void Routes();
  void Static();
};

void Server::Impl::Routes() {
  auto& s = http;
  s.Get("/healthz", Route("", [](Call& c) { SendJson(c.res, {{"ok", true}}); }));

  // -- Sessions
  s.Post("/api/v1/login", Route("", [this](Call& c) {
    if (!c.body.is_object()) throw ApiError{400, "bad_request", "send {\"username\", \"password\"}"};
    std::string name = c.body.value("username", ""), password = c.body.value("password", "");
    std::string key = c.req.remote_addr + "|" + name;
    if (limiter.Blocked(key))
      throw ApiError{429, "too_many_requests", "too many failed sign-ins; try again in 10 minutes"};
    auto user = c.eng.CheckPassword(name, password);
    if (!user.ok()) {
      limiter.Fail(key);
      (void)c.eng.Audit(name.empty() ? "-" : name, "login failed", "session", c.req.remote_addr);
      throw FromStatus(user.status());
    }
    limiter.Succeed(key);
    engine::Session session = Unwrap(c.eng.StartSession(*user, options.session_hours));
    c.user = *user;
    Audit(c, "login", "session", c.req.remote_addr);
    c.res.set_header("Set-Cookie", std::string(kCookie) + "=" + session.secret +
                                       "; HttpOnly; SameSite=Strict; Path=/; Max-Age=" +
                                       std::to_string(options.session_hours * 3600));
    SendJson(c.res, {{"user", UserJson(*user)}, {"csrf_token", session.csrf}});
  }));
  s.Post("/api/v1/logout", Route("viewer", [](Call& c) {
    std::string secret = CookieValue(c.req, kCookie);
    if (!secret.empty()) Check(c.eng.EndSession(secret));
    c.res.set_header("Set-Cookie", std::string(kCookie) + "=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0");
    SendJson(c.res, {{"ok", true}});
  }));
  s.Get("/api/v1/me", Route("viewer", [](Call& c) {
    json out{{"user", UserJson(c.user)}};
    std::string secret = CookieValue(c.req, kCookie);
    if (!secret.empty()) {
      auto session = c.eng.FindSession(secret);
      if (session.ok()) out["csrf_token"] = session->csrf;
    }
    SendJson(c.res, out);
  }));

  // -- Tokens
  s.Get("/api/v1/tokens", Route("viewer", [](Call& c) {
    json items = json::array();
    for (const auto& t : Unwrap(c.eng.ListTokens(c.user)))
      items.push_back({{"id", t.id}, {"name", t.name}, {"created_at", t.created_at}});
    SendJson(c.res, {{"items", items}});
  }));
  s.Post("/api/v1/tokens", Route("viewer", [this](Call& c) {
    std::string name = c.body.is_object() ? c.body.value("name", "") : "";
    engine::ApiToken t = Unwrap(c.eng.CreateToken(c.user, name));
    Audit(c, "create token", "token #" + std::to_string(t.id), name);
    SendJson(c.res, {{"id", t.id}, {"name", t.name}, {"token", t.secret}}, 201);
  }));
  s.Delete(R"(/api/v1/tokens/(\d+))", Route("viewer", [this](Call& c) {
    Check(c.eng.RevokeToken(c.user, PathId(c.req)));
    Audit(c, "revoke token", "token #" + std::to_string(PathId(c.req)));
    SendJson(c.res, {{"ok", true}});
  }));

  // -- Documents
  s.Get("/api/v1/documents", Route("viewer", [](Call& c) {
    store::ListOptions o;
    o.offset = IntParam(c.req, "offset", 0, 0, INT32_MAX);
    o.limit = IntParam(c.req, "limit", 20, 1, kMaxLimit);
    o.newest_first = Param(c.req, "sort") == "newest";
    json items = json::array();
    for (const auto& d : Unwrap(c.eng.ListDocuments(o))) {
      items.push_back({{"id", d.id},
                       {"title", d.title},
                       {"published", d.published},
                       {"publisher", d.publisher},
                       {"language", d.language},
                       {"format", std::string(FormatName(d.format))},
                       {"bytes", d.original_size}});
    }
    int64_t total = Unwrap(c.eng.Stats()).documents;
    SendJson(c.res, Page(std::move(items), total, o.offset, o.limit));
  }));
  s.Post("/api/v1/documents", Route("editor", [this](Call& c) {
    if (!c.req.is_multipart_form_data())
      throw ApiError{400, "bad_request", "upload files as multipart/form-data in the field 'file'"};
    json results = json::array();
    bool added = false;
    auto range = c.req.files.equal_range("file");
    if (range.first == range.second) throw ApiError{400, "bad_request", "no field 'file' in the upload"};
    for (auto it = range.first; it != range.second; ++it) {
      const auto& f = it->second;
      std::string name = f.filename.empty() ? "upload" : f.filename;
      engine::IngestReport r = c.eng.IngestBytes(f.content, name, {});
      json one{{"file", name}};
      switch (r.outcome) {
        case engine::IngestOutcome::kAdded:
          one["status"] = "added";
          added = true;
          break;
        case engine::IngestOutcome::kDuplicate: one["status"] = "unchanged"; break;
        case engine::IngestOutcome::kFailed:
          one["status"] = "failed";
          one["error"] = r.error.message();
          break;
      }
      if (r.id) one["id"] = r.id;
      one["title"] = r.title;
      if (r.outcome == engine::IngestOutcome::kAdded)
        Audit(c, "upload document", "document #" + std::to_string(r.id), name);
      results.push_back(std::move(one));
    }
    if (added) Check(c.eng.Resolve().status());
    SendJson(c.res, {{"results", results}}, added ? 201 : 200);
  }));
  s.Get(R"(/api/v1/documents/(\d+))", Route("viewer", [](Call& c) {
    int64_t id = PathId(c.req);
    Document d = Unwrap(c.eng.GetDocument(id));
    std::string x = Unwrap(c.eng.GetExtraction(id));
    json extraction = x.empty() ? json::object() : json::parse(x, nullptr, false);
    if (extraction.is_discarded()) extraction = json::object();
    AddUtf16(&extraction, Utf16Offsets(d.clean.text));
    SendJson(c.res, {{"id", d.id},
                     {"title", d.meta.title.value},
                     {"published", d.meta.published.value},
                     {"publisher", d.meta.publisher.value},
                     {"language", d.meta.language.value},
                     {"format", std::string(FormatName(d.format))},
                     {"source", d.source_path},
                     {"url", d.meta.url},
                     {"text", d.clean.text},
                     {"extraction", std::move(extraction)}});
  }));
  s.Delete(R"(/api/v1/documents/(\d+))", Route("editor", [this](Call& c) {
    int64_t id = PathId(c.req);
    Check(c.eng.RemoveDocument(id));
    Check(c.eng.Resolve().status());
    Audit(c, "remove document", "document #" + std::to_string(id));
    SendJson(c.res, {{"ok", true}});
  }));

  // -- Search
  s.Get("/api/v1/search", Route("viewer", [](Call& c) {
    search::SearchRequest r;
    r.query = Param(c.req, "q");
    if (TrimView(r.query).empty()) throw ApiError{400, "bad_request", "give a query in q"};
    r.filters.country = Param(c.req, "country");
    r.filters.publisher = Param(c.req, "publisher");
    r.filters.language = Param(c.req, "language");
    r.filters.event_type = Param(c.req, "event_type");
    r.filters.date_from = Param(c.req, "from");
    r.filters.date_to = Param(c.req, "to");
    r.offset = IntParam(c.req, "offset", 0, 0, INT32_MAX);
    r.limit = IntParam(c.req, "limit", 20, 1, kMaxLimit);
    r.highlight.open = kOpen;
    r.highlight.close = kClose;
    r.highlight.snippet_tokens = 32;
    r.facets = true;
    SearchPage page = Unwrap(c.eng.Search(r));
    json items = json::array();
    for (const auto& h : page.hits) {
      items.push_back({{"id", h.id},
                       {"title", h.title},
                       {"published", h.published},
                       {"publisher", h.publisher},
                       {"language", h.language},
                       {"score", h.score},
                       {"snippet", SnippetHtml(h.snippet)}});
    }
    json facets{{"country", json::object()}, {"publisher", json::object()},
                {"language", json::object()}, {"event_type", json::object()}};
    for (const auto& f : page.facets) facets[f.facet][f.value] = f.count;
    json out = Page(std::move(items), page.total, r.offset, r.limit);
    out["facets"] = std::move(facets);
    SendJson(c.res, out);
  }));

  // -- Persons
  s.Get("/api/v1/persons", Route("viewer", [](Call& c) {
    int offset = IntParam(c.req, "offset", 0, 0, INT32_MAX);
    int limit = IntParam(c.req, "limit", 20, 1, kMaxLimit);
    std::string q(TrimView(Param(c.req, "q")));
    store::PersonFilter f;
    f.country = Param(c.req, "country");
    f.status = Param(c.req, "status");
    f.role = Param(c.req, "role");
    f.event_type = Param(c.req, "event_type");
    f.from = Param(c.req, "from");
    f.to = Param(c.req, "to");
    f.review = ReviewParam(c.req, {"pending", "confirmed", "rejected"});
    std::string sort = Param(c.req, "sort");
    if (sort.empty()) f.sort = q.empty() ? store::PersonFilter::Sort::kName : store::PersonFilter::Sort::kSources;
    else if (sort == "name") f.sort = store::PersonFilter::Sort::kName;
    else if (sort == "last" || sort == "latest") f.sort = store::PersonFilter::Sort::kLatest;
    else if (sort == "events") f.sort = store::PersonFilter::Sort::kEvents;
    else if (sort == "sources") f.sort = store::PersonFilter::Sort::kSources;
    else throw ApiError{400, "bad_request", "sort is name, last, events or sources"};
    json items = json::array();
    int64_t total = 0;
    if (!q.empty()) {
      // The best matches of any spelling, with the other filters.
      std::vector<store::PersonRow> rows = Unwrap(c.eng.FindPersons(q, f));
      total = static_cast<int64_t>(rows.size());
      for (size_t i = static_cast<size_t>(offset); i < rows.size() && items.size() < static_cast<size_t>(limit); ++i)
        items.push_back(PersonSummary(rows[i]));
    } else {
      f.offset = offset;
      f.limit = limit;
      total = Unwrap(c.eng.CountPersons(f));
      for (const auto& p : Unwrap(c.eng.ListPersons(f))) items.push_back(PersonSummary(p));
    }
    SendJson(c.res, Page(std::move(items), total, offset, limit));
  }));
  s.Get(R"(/api/v1/persons/(\d+))", Route("viewer", [](Call& c) {
    store::PersonRow p = Unwrap(c.eng.GetPerson(PathId(c.req)));
    c.res.set_content(p.json, "application/json");
  }));
  s.Get(R"(/api/v1/persons/(\d+)/timeline\.svg)", Route("viewer", [](Call& c) {
    store::PersonRow p = Unwrap(c.eng.GetPerson(PathId(c.req)));
    c.res.set_content(engine::RenderTimelineSvg(json::parse(p.json)), "image/svg+xml");
  }));
  s.Get(R"(/api/v1/persons/(\d+)/explain/(\d+))", Route("viewer", [](Call& c) {
    SendJson(c.res, {{"text", Unwrap(c.eng.ExplainPersons(PathId(c.req, 1), PathId(c.req, 2)))}});
  }));
  s.Post(R"(/api/v1/persons/(\d+)/merge)", Route("editor", [this](Call& c) {
    int64_t a = PathId(c.req);
    int64_t b = c.body.is_object() ? c.body.value("other", int64_t{0}) : 0;
    if (!b) throw ApiError{400, "bad_request", "give the other person's id in 'other'"};
    int64_t merged = Unwrap(c.eng.MergePersons(a, b, c.body.value("note", "")));
    Audit(c, "merge persons", "person #" + std::to_string(a) + " + #" + std::to_string(b));
    SendJson(c.res, {{"id", merged}});
  }));
  s.Post(R"(/api/v1/persons/(\d+)/split)", Route("editor", [this](Call& c) {
    int64_t p = PathId(c.req);
    if (!c.body.is_object() || !c.body.contains("doc_ids") || !c.body["doc_ids"].is_array())
      throw ApiError{400, "bad_request", "give the documents to split off in 'doc_ids'"};
    std::vector<int64_t> docs;
    for (const auto& d : c.body["doc_ids"]) {
      if (!d.is_number_integer()) throw ApiError{400, "bad_request", "doc_ids are numbers"};
      docs.push_back(d.get<int64_t>());
    }
    Check(c.eng.SplitPerson(p, docs, c.body.value("note", "")));
    Audit(c, "split person", "person #" + std::to_string(p), json(docs).dump());
    SendJson(c.res, {{"ok", true}});
  }));
  s.Post(R"(/api/v1/persons/(\d+)/review)", Route("editor", [](Call& c) {
    if (!c.body.is_object()) throw ApiError{400, "bad_request", "send {\"action\"}"};
    Check(c.eng.ReviewPerson(PathId(c.req), c.body.value("action", ""), c.body.value("note", ""),
                             c.user.name));
    SendJson(c.res, {{"ok", true}});
  }));

  // -- Events and review
  s.Get("/api/v1/events", Route("viewer", [](Call& c) {
    store::EventFilter f;
    f.offset = IntParam(c.req, "offset", 0, 0, INT32_MAX);
    f.limit = IntParam(c.req, "limit", 20, 1, kMaxLimit);
    if (!Param(c.req, "person").empty()) f.person_id = IntParam(c.req, "person", 0, 0, INT32_MAX);
    f.type = Param(c.req, "type");
    f.review = ReviewParam(c.req, {"pending", "confirmed", "corrected", "rejected"});
    json items = json::array();
    for (const auto& e : Unwrap(c.eng.ListEvents(f))) items.push_back(json::parse(e.json));
    SendJson(c.res, Page(std::move(items), Unwrap(c.eng.CountEvents(f)), f.offset, f.limit));
  }));
  s.Post(R"(/api/v1/events/(\d+)/review)", Route("editor", [](Call& c) {
    if (!c.body.is_object()) throw ApiError{400, "bad_request", "send {\"action\", ...}"};
    engine::EventDecision d;
    d.action = c.body.value("action", "");
    d.type = c.body.value("type", "");
    d.date = c.body.value("date", "");
    d.detail = c.body.value("detail", "");
    d.person_id = c.body.value("person_id", int64_t{0});
    d.note = c.body.value("note", "");
    int64_t id = Unwrap(c.eng.ReviewEvent(PathId(c.req), d, c.user.name));
    c.res.set_content(Unwrap(c.eng.GetEvent(id)).json, "application/json");
  }));
  s.Get("/api/v1/review", Route("viewer", [](Call& c) {
    std::string kind = Param(c.req, "kind");
    if (kind.empty()) kind = "event";
    int offset = IntParam(c.req, "offset", 0, 0, INT32_MAX);
    int limit = IntParam(c.req, "limit", 20, 1, kMaxLimit);
    json items = json::array();
    int64_t total = 0;
    if (kind == "event") {
      store::EventFilter f;
      f.review = "pending";
      f.offset = offset;
      f.limit = limit;
      total = Unwrap(c.eng.CountEvents(f));
      for (const auto& e : Unwrap(c.eng.ListEvents(f))) {
        json ej = json::parse(e.json);
        ej["person"] = e.person;
        items.push_back(std::move(ej));
      }
    } else if (kind == "person" || kind == "merge") {
      // Merges: persons made of several documents' persons with more than
      // one spelling.
      store::PersonFilter f;
      f.review = "pending";
      f.merged = kind == "merge" ? 1 : 0;
      f.offset = offset;
      f.limit = limit;
      total = Unwrap(c.eng.CountPersons(f));
      for (const auto& p : Unwrap(c.eng.ListPersons(f))) {
        json pj = json::parse(p.json);
        json item = PersonSummary(p);
        item["names"] = pj["names"];
        item["documents"] = pj["documents"];
        items.push_back(std::move(item));
      }
    } else {
      throw ApiError{400, "bad_request", "kind is event, person or merge"};
    }
    SendJson(c.res, Page(std::move(items), total, offset, limit));
  }));

  // -- Calls and exports
  s.Get("/api/v1/calls", Route("viewer", [](Call& c) {
    int64_t only = 0;
    if (!Param(c.req, "person").empty()) only = IntParam(c.req, "person", 0, 0, INT32_MAX);
    json out = json::array();
    for (const auto& o : Unwrap(c.eng.ListOrganisations(only))) {
      json docs = json::array(), calls = json::array();
      for (const auto& d : o.documents)
        docs.push_back({{"doc_id", d.doc_id}, {"title", d.title}, {"published", d.published},
                        {"how", d.how}});
      for (const auto& cl : o.calls) calls.push_back(json::parse(cl));
      out.push_back({{"organization", o.name}, {"documents", docs}, {"calls", calls}});
    }
    SendJson(c.res, {{"items", out}});
  }));
  s.Get("/api/v1/export", Route("viewer", [](Call& c) {
    std::string format = Param(c.req, "format");
    if (format.empty()) format = "json";
    if (format != "json" && format != "jsonl" && format != "huridocs")
      throw ApiError{400, "bad_request", "format is json, jsonl or huridocs"};
    std::ostringstream out;
    Check(c.eng.Export(format, out));
    std::string ext = format == "jsonl" ? "jsonl" : "json";
    c.res.set_header("Content-Disposition",
                     "attachment; filename=\"dossier-" + format + "." + ext + "\"");
    c.res.set_content(out.str(), format == "jsonl" ? "application/x-ndjson" : "application/json");
  }));

  // -- Users and audit (admin)
  s.Get("/api/v1/users", Route("admin", [](Call& c) {
    json items = json::array();
    for (const auto& u : Unwrap(c.eng.ListUsers())) items.push_back(UserJson(u));
    SendJson(c.res, {{"items", items}});
  }));
  s.Post("/api/v1/users", Route("admin", [this](Call& c) {
    if (!c.body.is_object()) throw ApiError{400, "bad_request", "send {\"name\", \"password\", \"role\"}"};
    engine::User u = Unwrap(c.eng.AddUser(c.body.value("name", ""), c.body.value("password", ""),
                                          c.body.value("role", "viewer")));
    Audit(c, "add user", "user " + u.name, u.role);
    SendJson(c.res, UserJson(u), 201);
  }));
  s.Patch(R"(/api/v1/users/([A-Za-z0-9._-]+))", Route("admin", [this](Call& c) {
    if (!c.body.is_object()) throw ApiError{400, "bad_request", "send {\"role\"} or {\"password\"}"};
    std::string name = c.req.matches[1].str();
    if (c.body.contains("role")) {
      Check(c.eng.SetRole(name, c.body.value("role", "")));
      Audit(c, "change role", "user " + name, c.body.value("role", ""));
    }
    if (c.body.contains("password")) {
      Check(c.eng.SetPassword(name, c.body.value("password", "")));
      Audit(c, "change password", "user " + name);
    }
    SendJson(c.res, {{"ok", true}});
  }));
  s.Delete(R"(/api/v1/users/([A-Za-z0-9._-]+))", Route("admin", [this](Call& c) {
    std::string name = c.req.matches[1].str();
    Check(c.eng.RemoveUser(name));
    Audit(c, "remove user", "user " + name);
    SendJson(c.res, {{"ok", true}});
  }));
  s.Get("/api/v1/audit", Route("admin", [](Call& c) {
    int offset = IntParam(c.req, "offset", 0, 0, INT32_MAX);
    int limit = IntParam(c.req, "limit", 50, 1, kMaxLimit);
    json items = json::array();
    for (const auto& a : Unwrap(c.eng.ListAudit(limit, offset))) {
      items.push_back({{"id", a.id}, {"at", a.at}, {"user", a.user}, {"action", a.action},
                       {"target", a.target}, {"detail", a.detail}});
    }
    SendJson(c.res, Page(std::move(items), Unwrap(c.eng.CountAudit()), offset, limit));
  }));
}

// Static files of the UI (data/web/), and index.html for every other
// non-API path (client-side routes).
void Server::Impl::Static() {
  http.Get(R"(/(.*))", [this](const httplib::Request& req, httplib::Response& res) {
    std::string path = req.matches[1].str();
    if (path.starts_with("api/")) {
      return SendError(res, {404, "not_found", "no such API route: " + req.path});
    }
    if (path.empty() || path.find("..") != std::string::npos) path = "index.html";
    auto data = data::Find("web/" + path);
    if (!data) {
      path = "index.html";
      data = data::Find("web/index.html");
    }
    if (!data) return SendError(res, {404, "not_found", "the UI is not built into this binary"});
    res.set_content(std::string(*data), ContentType(path).c_str());
    res.set_header("Cache-Control", path == "index.html" ? "no-cache" : "max-age=300");
  });
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() = default;

Result<std::unique_ptr<Server>> Server::Create(const ServerOptions& options) {
  // Fail early on a database that cannot be opened.
  DOSSIER_RETURN_IF_ERROR(engine::Engine::Open({options.db_path, false}).status());
  auto impl = std::make_unique<Impl>(options);
  auto& h = impl->http;
  const int threads = std::max(1, options.threads);
  h.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  // Small JSON answers must not wait for Nagle's delayed ACK (~40 ms).
  h.set_tcp_nodelay(true);
  h.set_payload_max_length(options.max_upload_bytes);
  h.set_read_timeout(options.timeout_seconds, 0);
  h.set_write_timeout(options.timeout_seconds, 0);
  h.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                         {"X-Frame-Options", "DENY"},
                         {"Referrer-Policy", "no-referrer"},
                         {"Content-Security-Policy",
                          "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                          "frame-ancestors 'none'"}});
  Impl* raw = impl.get();
  h.set_error_handler([raw](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    if (res.status == 413) {
      SendError(res, {413, "payload_too_large", "the request body is too large"});
    } else if (res.status == 404) {
      SendError(res, {404, "not_found", "no such route: " + req.path});
    } else if (res.status >= 400) {
      SendError(res, {res.status, res.status >= 500 ? "internal" : "bad_request",
                      "the request failed (HTTP " + std::to_string(res.status) + ")"});
    }
    (void)raw;
  });
  impl->Routes();
  impl->Static();
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Status Server::Run() {
  auto& h = impl_->http;
  int port = impl_->options.port;
  if (port == 0) {
    port = h.bind_to_any_port(impl_->options.host);
    if (port < 0) return UnavailableError("cannot listen on " + impl_->options.host);
  } else if (!h.bind_to_port(impl_->options.host, port)) {
    return UnavailableError("cannot listen on " + impl_->options.host + ":" + std::to_string(port) +
                            " (in use, or not an address of this machine)");
  }
  impl_->port = port;
  if (!h.listen_after_bind()) return UnavailableError("the server stopped with an error");
  return Status::Ok();
}

void Server::Stop() { impl_->http.stop(); }

int Server::port() const { return impl_->port; }

}  // namespace dossier::api
