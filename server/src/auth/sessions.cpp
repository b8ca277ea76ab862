#include "auth/sessions.hpp"

#include <sodium.h>

#include <boost/json/parse.hpp>
#include <chrono>

namespace numbase::auth {
namespace {

constexpr const char* kInsertToken =
    "INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at, ip, user_agent)"
    " VALUES ($1, $2::uuid, decode($3, 'hex'), now() + make_interval(secs => $4), $5::inet, $6)";

constexpr const char* kFindToken =
    "SELECT t.id, t.user_id, t.family_id, t.used_at IS NOT NULL, t.revoked_at IS NOT NULL,"
    " t.expires_at <= now(), u.is_active, u.username, r.name"
    " FROM refresh_tokens t JOIN users u ON u.id = t.user_id JOIN roles r ON r.id = u.role_id"
    " WHERE t.token_hash = decode($1, 'hex') FOR UPDATE OF t";

constexpr const char* kRevokeFamily =
    "UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1::uuid AND revoked_at IS NULL";

constexpr const char* kPrincipal =
    "SELECT u.id, u.username, r.name, array_to_json(r.permissions)::text"
    " FROM users u JOIN roles r ON r.id = u.role_id"
    " WHERE u.id = $1 AND u.is_active"
    "   AND NOT EXISTS (SELECT 1 FROM refresh_tokens t WHERE t.family_id = $2::uuid AND t.revoked_at IS NOT NULL)";

std::int64_t now_seconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string random_token() {
  unsigned char raw[32];
  randombytes_buf(raw, sizeof raw);
  return base64url(std::string_view(reinterpret_cast<char*>(raw), sizeof raw));
}

std::string token_hash_hex(const std::string& token) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(token.data()), token.size());
  char hex[sizeof digest * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

Tokens issue(db::Connection& conn, const App& app, const SessionUser& user, const std::string& family,
             const audit::Actor& from) {
  Tokens t;
  t.refresh_token = random_token();
  conn.query(kInsertToken, user.id, family, token_hash_hex(t.refresh_token),
             static_cast<std::int64_t>(app.config.refresh_ttl.count()), from.ip, from.user_agent);
  const std::int64_t now = now_seconds();
  t.expires_in = app.config.access_ttl.count();
  t.access_token = app.signer.sign({{"sub", std::to_string(user.id)},
                                    {"name", user.username},
                                    {"role", user.role},
                                    {"sid", family},
                                    {"iat", now},
                                    {"exp", now + t.expires_in}});
  return t;
}

}  // namespace

Tokens start_session(db::Connection& conn, const App& app, const SessionUser& user, const audit::Actor& from) {
  auto family = conn.exec("SELECT gen_random_uuid()::text").str(0, 0);
  return issue(conn, app, user, family, from);
}

Refreshed rotate_session(db::Connection& conn, const App& app, const std::string& refresh_token,
                         const audit::Actor& from) {
  auto r = conn.query(kFindToken, token_hash_hex(refresh_token));
  if (r.empty()) return {RefreshOutcome::Unknown, std::nullopt, std::nullopt};
  const auto id = r.i64(0, 0);
  const auto user_id = r.i64(0, 1);
  const auto family = r.str(0, 2);
  const bool used = r.boolean(0, 3), revoked = r.boolean(0, 4), expired = r.boolean(0, 5), active = r.boolean(0, 6);
  if (used) {
    revoke_family(conn, family);
    return {RefreshOutcome::Reused, std::nullopt, user_id};
  }
  if (revoked || expired || !active) return {RefreshOutcome::Expired, std::nullopt, user_id};
  conn.query("UPDATE refresh_tokens SET used_at = now() WHERE id = $1", id);
  auto tokens = issue(conn, app, {user_id, r.str(0, 7), r.str(0, 8)}, family, from);
  return {RefreshOutcome::Rotated, std::move(tokens), user_id};
}

std::optional<std::int64_t> revoke_by_refresh_token(db::Connection& conn, const std::string& refresh_token) {
  auto r = conn.query("SELECT family_id::text, user_id FROM refresh_tokens WHERE token_hash = decode($1, 'hex')",
                      token_hash_hex(refresh_token));
  if (r.empty()) return std::nullopt;
  revoke_family(conn, r.str(0, 0));
  return r.i64(0, 1);
}

void revoke_family(db::Connection& conn, const std::string& family_id) { conn.query(kRevokeFamily, family_id); }

void revoke_user_sessions(db::Connection& conn, std::int64_t user_id) {
  conn.query("UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL", user_id);
}

std::optional<Principal> authenticate(db::Connection& conn, const App& app, const std::string& authorization) {
  constexpr std::string_view scheme = "Bearer ";
  if (authorization.size() <= scheme.size() || authorization.compare(0, scheme.size(), scheme) != 0)
    return std::nullopt;
  auto claims = app.signer.verify(std::string_view(authorization).substr(scheme.size()), now_seconds());
  if (!claims) return std::nullopt;
  const auto* sub = claims->if_contains("sub");
  const auto* sid = claims->if_contains("sid");
  if (!sub || !sub->is_string() || !sid || !sid->is_string()) return std::nullopt;
  auto r = conn.query(kPrincipal, std::string(sub->as_string()), std::string(sid->as_string()));
  if (r.empty()) return std::nullopt;
  Principal p;
  p.id = r.i64(0, 0);
  p.username = r.str(0, 1);
  p.role = r.str(0, 2);
  const auto permissions = boost::json::parse(r.view(0, 3));
  for (const auto& v : permissions.as_array()) p.permissions.emplace_back(v.as_string());
  p.session_id = std::string(sid->as_string());
  return p;
}

}  // namespace numbase::auth
