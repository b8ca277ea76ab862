#pragma once
// Sign-in sessions: the access token (JWT, short-lived) and the refresh-token family behind
// it. Refresh tokens are random, stored only as SHA-256 hashes, and rotated on every use.
#include <cstdint>
#include <optional>
#include <string>

#include "app/app.hpp"
#include "db/connection.hpp"

namespace numbase::auth {

struct Tokens {
  std::string access_token;
  std::string refresh_token;
  std::int64_t expires_in = 0;  // seconds, of the access token
};

struct SessionUser {
  std::int64_t id;
  std::string username;
  std::string role;
};

// Starts a new refresh-token family for a user who just signed in.
Tokens start_session(db::Connection& conn, const App& app, const SessionUser& user, const audit::Actor& from);

enum class RefreshOutcome { Rotated, Unknown, Expired, Reused };
struct Refreshed {
  RefreshOutcome outcome;
  std::optional<Tokens> tokens;
  std::optional<std::int64_t> user_id;
};
// Exchanges a refresh token for a new pair. A token that was already used revokes its whole
// family (outcome Reused). Must run inside a transaction.
Refreshed rotate_session(db::Connection& conn, const App& app, const std::string& refresh_token,
                         const audit::Actor& from);

// Revokes the family a refresh token belongs to; returns the owner, if the token was known.
std::optional<std::int64_t> revoke_by_refresh_token(db::Connection& conn, const std::string& refresh_token);
void revoke_family(db::Connection& conn, const std::string& family_id);
// Revokes every live session of a user (deactivation, password change).
void revoke_user_sessions(db::Connection& conn, std::int64_t user_id);

// The user behind a bearer access token, or nullopt when the token is missing, malformed,
// forged, expired, its session revoked or the user deactivated.
std::optional<Principal> authenticate(db::Connection& conn, const App& app, const std::string& authorization);

}  // namespace numbase::auth
