// Accounts, sessions, API tokens and the audit log. Passwords are hashed
// with argon2id (libargon2, RFC 9106 parameters for constrained memory:
// t=3, m=64 MiB, p=1); session cookies and API tokens are 256-bit random
// secrets of which only the SHA-256 is stored.
#include <argon2.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <chrono>

#include "base/calendar.h"
#include "base/hash.h"
#include "engine/engine.h"

namespace dossier::engine {
namespace {

constexpr uint32_t kArgonTime = 3;
constexpr uint32_t kArgonMemoryKib = 64 * 1024;
constexpr uint32_t kArgonLanes = 1;
constexpr size_t kSaltBytes = 16, kHashBytes = 32;

const char* const kRoles[] = {"viewer", "editor", "admin"};

int RoleRank(const std::string& role) {
  for (int i = 0; i < 3; ++i)
    if (role == kRoles[i]) return i;
  return -1;
}

Result<std::string> RandomHex(size_t bytes) {
  std::string raw(bytes, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), static_cast<int>(bytes)) != 1)
    return InternalError("no random bytes from the system");
  static const char* kHex = "0123456789abcdef";
  std::string out;
  for (unsigned char c : raw) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out;
}

Result<std::string> HashPassword(const std::string& password) {
  DOSSIER_ASSIGN_OR_RETURN(std::string salt, RandomHex(kSaltBytes));
  size_t len = argon2_encodedlen(kArgonTime, kArgonMemoryKib, kArgonLanes, kSaltBytes * 2,
                                 kHashBytes, Argon2_id);
  std::string encoded(len, '\0');
  int rc = argon2id_hash_encoded(kArgonTime, kArgonMemoryKib, kArgonLanes, password.data(),
                                 password.size(), salt.data(), salt.size(), kHashBytes,
                                 encoded.data(), encoded.size());
  if (rc != ARGON2_OK) return InternalError(std::string("argon2: ") + argon2_error_message(rc));
  encoded.resize(encoded.find('\0') == std::string::npos ? encoded.size() : encoded.find('\0'));
  return encoded;
}

bool VerifyPassword(const std::string& encoded, const std::string& password) {
  return argon2id_verify(encoded.c_str(), password.data(), password.size()) == ARGON2_OK;
}

Status ValidateName(const std::string& name) {
  if (name.empty() || name.size() > 64)
    return InvalidArgumentError("a user name has 1 to 64 characters");
  for (char c : name) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == '-';
    if (!ok) return InvalidArgumentError("a user name has only letters, digits, '.', '_' and '-'");
  }
  return Status::Ok();
}

Status ValidatePassword(const std::string& password) {
  if (password.size() < 8) return InvalidArgumentError("a password has at least 8 characters");
  if (password.size() > 1024) return InvalidArgumentError("a password has at most 1024 characters");
  return Status::Ok();
}

Status ValidateRole(const std::string& role) {
  if (RoleRank(role) < 0) return InvalidArgumentError("role must be viewer, editor or admin");
  return Status::Ok();
}

User ToUser(const store::UserRow& r) { return User{r.id, r.name, r.role, r.created_at}; }

}  // namespace

bool RoleAllows(const std::string& role, const std::string& needed) {
  int have = RoleRank(role), need = RoleRank(needed);
  return have >= 0 && need >= 0 && have >= need;
}

Result<User> Engine::AddUser(const std::string& name, const std::string& password,
                             const std::string& role) {
  DOSSIER_RETURN_IF_ERROR(ValidateName(name));
  DOSSIER_RETURN_IF_ERROR(ValidatePassword(password));
  DOSSIER_RETURN_IF_ERROR(ValidateRole(role));
  DOSSIER_ASSIGN_OR_RETURN(std::string hash, HashPassword(password));
  store::UserRow row{0, name, role, hash, ""};
  DOSSIER_ASSIGN_OR_RETURN(row.id, store_->AddUser(row));
  DOSSIER_ASSIGN_OR_RETURN(row, store_->GetUserById(row.id));
  return ToUser(row);
}

Status Engine::SetPassword(const std::string& name, const std::string& password) {
  DOSSIER_RETURN_IF_ERROR(ValidatePassword(password));
  DOSSIER_ASSIGN_OR_RETURN(store::UserRow row, store_->GetUser(name));
  DOSSIER_ASSIGN_OR_RETURN(row.password_hash, HashPassword(password));
  DOSSIER_RETURN_IF_ERROR(store_->UpdateUser(row));
  // A new password ends every session of the old one.
  return store_->DeleteUserSessions(row.id);
}

Status Engine::SetRole(const std::string& name, const std::string& role) {
  DOSSIER_RETURN_IF_ERROR(ValidateRole(role));
  DOSSIER_ASSIGN_OR_RETURN(store::UserRow row, store_->GetUser(name));
  if (row.role == "admin" && role != "admin") {
    DOSSIER_ASSIGN_OR_RETURN(auto users, store_->ListUsers());
    int admins = 0;
    for (const auto& u : users) admins += u.role == "admin";
    if (admins <= 1) return FailedPreconditionError("the last admin cannot lose the admin role");
  }
  row.role = role;
  return store_->UpdateUser(row);
}

Status Engine::RemoveUser(const std::string& name) {
  DOSSIER_ASSIGN_OR_RETURN(store::UserRow row, store_->GetUser(name));
  if (row.role == "admin") {
    DOSSIER_ASSIGN_OR_RETURN(auto users, store_->ListUsers());
    int admins = 0;
    for (const auto& u : users) admins += u.role == "admin";
    if (admins <= 1) return FailedPreconditionError("the last admin cannot be removed");
  }
  return store_->DeleteUser(name);
}

Result<std::vector<User>> Engine::ListUsers() {
  DOSSIER_ASSIGN_OR_RETURN(auto rows, store_->ListUsers());
  std::vector<User> out;
  for (const auto& r : rows) out.push_back(ToUser(r));
  return out;
}

Result<User> Engine::CheckPassword(const std::string& name, const std::string& password) {
  auto row = store_->GetUser(name);
  if (!row.ok() && row.status().code() != StatusCode::kNotFound) return row.status();
  // Hash anyway when there is no such user, so that timing does not tell.
  static const std::string kDummy = [] {
    auto h = HashPassword("dossier-no-such-user");
    return h.ok() ? *h : std::string();
  }();
  bool good = VerifyPassword(row.ok() ? row->password_hash : kDummy, password);
  if (!row.ok() || !good) return UnauthenticatedError("wrong user name or password");
  return ToUser(*row);
}

Result<Session> Engine::StartSession(const User& user, int hours) {
  Session s;
  s.user = user;
  DOSSIER_ASSIGN_OR_RETURN(s.secret, RandomHex(32));
  DOSSIER_ASSIGN_OR_RETURN(s.csrf, RandomHex(32));
  s.expires_at = UtcTimestamp(std::chrono::hours(hours));
  DOSSIER_RETURN_IF_ERROR(
      store_->PutSession({Sha256Hex(s.secret), user.id, s.csrf, "", s.expires_at}));
  return s;
}

Result<Session> Engine::FindSession(const std::string& secret) {
  if (secret.empty()) return UnauthenticatedError("not signed in");
  DOSSIER_ASSIGN_OR_RETURN(auto row, store_->GetSession(Sha256Hex(secret)));
  if (!row || row->expires_at < UtcTimestamp())
    return UnauthenticatedError("the session has ended; sign in again");
  DOSSIER_ASSIGN_OR_RETURN(store::UserRow u, store_->GetUserById(row->user_id));
  return Session{ToUser(u), secret, row->csrf, row->expires_at};
}

Status Engine::EndSession(const std::string& secret) {
  return store_->DeleteSession(Sha256Hex(secret));
}

Result<ApiToken> Engine::CreateToken(const User& user, const std::string& name) {
  if (name.empty() || name.size() > 100) return InvalidArgumentError("a token name has 1 to 100 characters");
  ApiToken t;
  t.name = name;
  DOSSIER_ASSIGN_OR_RETURN(std::string hex, RandomHex(32));
  t.secret = "dsr_" + hex;
  DOSSIER_ASSIGN_OR_RETURN(t.id, store_->AddToken({0, user.id, name, Sha256Hex(t.secret), ""}));
  return t;
}

Result<User> Engine::FindTokenUser(const std::string& secret) {
  DOSSIER_ASSIGN_OR_RETURN(auto row, store_->FindToken(Sha256Hex(secret)));
  if (!row) return UnauthenticatedError("unknown API token");
  DOSSIER_ASSIGN_OR_RETURN(store::UserRow u, store_->GetUserById(row->user_id));
  return ToUser(u);
}

Result<std::vector<ApiToken>> Engine::ListTokens(const User& user) {
  DOSSIER_ASSIGN_OR_RETURN(auto rows, store_->ListTokens(user.id));
  std::vector<ApiToken> out;
  for (const auto& r : rows) out.push_back({r.id, r.name, r.created_at, ""});
  return out;
}

Status Engine::RevokeToken(const User& user, int64_t id) { return store_->DeleteToken(user.id, id); }

Status Engine::Audit(const std::string& user, const std::string& action, const std::string& target,
                     const std::string& detail) {
  return store_->AppendAudit({0, "", user, action, target, detail});
}

Result<std::vector<store::AuditRow>> Engine::ListAudit(int limit, int offset) {
  return store_->ListAudit(limit, offset);
}

Result<int64_t> Engine::CountAudit() { return store_->CountAudit(); }

}  // namespace dossier::engine
