#include "auth/handlers.hpp"

#include <boost/json/parse.hpp>

#include "app/app.hpp"
#include "audit/audit.hpp"
#include "auth/login_limit.hpp"
#include "auth/passwords.hpp"
#include "auth/sessions.hpp"
#include "core/errors.hpp"
#include "core/json_input.hpp"

namespace numbase::auth {
namespace json = boost::json;
namespace {

constexpr const char* kFindUser =
    "SELECT u.id, u.username, u.password_hash, u.is_active, r.name, array_to_json(r.permissions)::text"
    " FROM users u JOIN roles r ON r.id = u.role_id WHERE lower(u.username) = lower($1)";

json::object token_body(const Tokens& t) {
  return {{"access_token", t.access_token},
          {"refresh_token", t.refresh_token},
          {"token_type", "Bearer"},
          {"expires_in", t.expires_in}};
}

}  // namespace

http::Response login(http::RequestContext& ctx) {
  auto body = parse_json_object(ctx.req.body);
  FieldReader f(body);
  auto username = f.string("username", true);
  auto password = f.string("password", true);
  // Nothing is written for a name no account can have (and an audit row stays small).
  if (username && username->size() > kMaxUsernameLength) f.fail("username", "must be at most 150 characters");
  if (password && password->size() > 1024) f.fail("password", "must be at most 1024 characters");
  f.finish();

  auto actor = ctx.actor();
  auto conn = ctx.app.pool.acquire();
  auto r = conn->query(kFindUser, *username);

  // Too many failures: refuse without looking at the password.
  if (auto wait = blocked_for(*conn, *username, actor.ip, r.empty() ? std::nullopt : r.opt_i64(0, 0))) {
    db::transaction(*conn, [&](db::Connection& c) { record_blocked(c, actor, *username); });
    ApiError e(429, "TOO_MANY_ATTEMPTS", "Too many failed sign-in attempts; try again later");
    e.retry_after = *wait;
    throw e;
  }

  bool ok = false;
  if (r.empty()) {
    verify_dummy_password(*password);
  } else {
    ok = verify_password(r.str(0, 2), *password) && r.boolean(0, 3);
  }
  if (!ok) {
    db::transaction(*conn, [&](db::Connection& c) {
      record_failure(c, *username, actor.ip);
      audit::record(c, actor, "login_failed", "user", r.empty() ? std::nullopt : r.opt_str(0, 0),
                    {{"username", *username}});
    });
    throw ApiError(401, "INVALID_CREDENTIALS", "Invalid username or password");
  }

  SessionUser user{r.i64(0, 0), r.str(0, 1), r.str(0, 4)};
  actor.type = "user";
  actor.user_id = user.id;
  actor.username = user.username;
  auto tokens = db::transaction(*conn, [&](db::Connection& c) {
    auto t = start_session(c, ctx.app, user, actor);
    c.query("UPDATE users SET last_login_at = now() WHERE id = $1", user.id);
    audit::record(c, actor, "login", "user", std::to_string(user.id));
    return t;
  });
  auto out = token_body(tokens);
  out["user"] = json::object{{"id", user.id},
                             {"username", user.username},
                             {"role", user.role},
                             {"permissions", json::parse(r.view(0, 5))}};
  return http::Response::json(out);
}

http::Response refresh(http::RequestContext& ctx) {
  auto body = parse_json_object(ctx.req.body);
  FieldReader f(body);
  auto token = f.string("refresh_token", true);
  f.finish();

  auto actor = ctx.actor();
  auto conn = ctx.app.pool.acquire();
  auto result = db::transaction(*conn, [&](db::Connection& c) {
    auto res = rotate_session(c, ctx.app, *token, actor);
    if (res.user_id) {
      actor.type = "user";
      actor.user_id = res.user_id;
    }
    if (res.outcome == RefreshOutcome::Reused)
      audit::record(c, actor, "refresh_token_reuse", "user", std::to_string(*res.user_id),
                    {{"revoked", "the whole session family"}});
    else if (res.outcome == RefreshOutcome::Rotated)
      audit::record(c, actor, "token_refresh", "user", std::to_string(*res.user_id));
    return res;
  });
  if (result.outcome != RefreshOutcome::Rotated)
    throw ApiError(401, "INVALID_REFRESH_TOKEN", "The refresh token is invalid, expired or revoked");
  return http::Response::json(token_body(*result.tokens));
}

http::Response logout(http::RequestContext& ctx) {
  auto body = parse_json_object(ctx.req.body, /*allow_empty=*/true);
  FieldReader f(body);
  auto token = f.string("refresh_token", false);
  f.finish();

  auto conn = ctx.app.pool.acquire();
  if (!ctx.user) {
    const auto& auth = ctx.req.header("authorization");
    if (auth) ctx.user = authenticate(*conn, ctx.app, *auth);
  }
  if (!token && !ctx.user) throw unauthorized("Send the refresh token or an access token to sign out");

  auto actor = ctx.actor();
  bool revoked = db::transaction(*conn, [&](db::Connection& c) {
    std::optional<std::int64_t> owner;
    if (token) {
      owner = revoke_by_refresh_token(c, *token);
    } else {
      revoke_family(c, ctx.user->session_id);
      owner = ctx.user->id;
    }
    if (!owner) return false;
    if (!ctx.user) {
      actor.type = "user";
      actor.user_id = owner;
    }
    audit::record(c, actor, "logout", "user", std::to_string(*owner));
    return true;
  });
  if (!revoked) throw ApiError(401, "INVALID_REFRESH_TOKEN", "The refresh token is invalid, expired or revoked");
  return http::Response::json(json::object{{"message", "Logged out successfully"}});
}

http::Response me(http::RequestContext& ctx) {
  const auto& p = ctx.principal();
  auto conn = ctx.app.pool.acquire();
  auto r = conn->query(
      "SELECT json_build_object('id', u.id, 'username', u.username, 'email', u.email, 'role', $2::text,"
      " 'status', CASE WHEN u.is_active THEN 'active' ELSE 'inactive' END,"
      " 'last_login_at', api_ts(u.last_login_at), 'created_at', api_ts(u.created_at))::text"
      " FROM users u WHERE u.id = $1",
      p.id, p.role);
  if (r.empty()) throw unauthorized();
  json::array perms;
  for (const auto& s : p.permissions) perms.emplace_back(s);
  return http::Response::json(json::object{{"user", json::parse(r.view(0, 0))}, {"role", p.role}, {"permissions", perms}});
}

}  // namespace numbase::auth
