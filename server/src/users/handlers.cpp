#include "users/handlers.hpp"

#include <boost/json/parse.hpp>

#include "app/app.hpp"
#include "audit/audit.hpp"
#include "auth/passwords.hpp"
#include "auth/sessions.hpp"
#include "core/errors.hpp"
#include "core/pagination.hpp"
#include "core/json_input.hpp"
#include "core/query_params.hpp"
#include "users/accounts.hpp"

namespace numbase::users {
namespace json = boost::json;
namespace {

// One user as the API shows it.
constexpr const char* kUserJson =
    "json_build_object('id', u.id, 'username', u.username, 'email', u.email, 'role', r.name,"
    " 'status', CASE WHEN u.is_active THEN 'active' ELSE 'inactive' END,"
    " 'last_login_at', api_ts(u.last_login_at), 'created_at', api_ts(u.created_at),"
    " 'updated_at', api_ts(u.updated_at))";

std::string select_user_sql(const char* where) {
  return std::string("SELECT ") + kUserJson + "::text FROM users u JOIN roles r ON r.id = u.role_id " + where;
}

std::int64_t user_id_param(http::RequestContext& ctx) {
  auto id = parse_id(ctx.req.path_param("id"));
  if (!id) throw not_found("User not found");
  return *id;
}

json::value load_user(db::Connection& conn, std::int64_t id) {
  auto r = conn.query(select_user_sql("WHERE u.id = $1"), id);
  if (r.empty()) throw not_found("User not found");
  return json::parse(r.view(0, 0));
}

}  // namespace

http::Response list_users(http::RequestContext& ctx) {
  QueryParams q(ctx.req);
  auto search = q.string("search");
  auto role = q.string("role");
  auto status = q.one_of("status", {"active", "inactive"});
  auto limit = q.integer("limit", 1, 500).value_or(100);
  auto offset = q.integer("offset", 0, INT64_MAX).value_or(0);
  q.finish();

  constexpr const char* kFilter =
      " WHERE ($1::text IS NULL OR u.username ILIKE '%' || $1 || '%' OR u.email ILIKE '%' || $1 || '%')"
      "   AND ($2::text IS NULL OR r.name = $2)"
      "   AND ($3::text IS NULL OR u.is_active = ($3 = 'active'))";
  auto conn = ctx.app.pool.acquire();
  auto total = conn->query(std::string("SELECT count(*) FROM users u JOIN roles r ON r.id = u.role_id") + kFilter,
                           search, role, status)
                   .i64(0, 0);
  auto rows = conn->query(std::string("SELECT coalesce(json_agg(x.doc ORDER BY x.id), '[]')::text FROM (SELECT u.id, ") +
                              kUserJson + " AS doc FROM users u JOIN roles r ON r.id = u.role_id" + kFilter +
                              " ORDER BY u.id LIMIT $4 OFFSET $5) x",
                          search, role, status, limit, offset);
  json::object out{{"data", json::parse(rows.view(0, 0))},
                   {"pagination", offset_pagination(total, limit, offset)}};
  return http::Response::json(out);
}

http::Response get_user(http::RequestContext& ctx) {
  auto conn = ctx.app.pool.acquire();
  return http::Response::json(load_user(*conn, user_id_param(ctx)));
}

http::Response create_user(http::RequestContext& ctx) {
  auto body = parse_json_object(ctx.req.body);
  FieldReader f(body);
  NewUser u;
  u.username = f.string("username", true).value_or("");
  u.email = f.string("email", false);
  u.password = f.string("password", true).value_or("");
  u.role = f.string("role", true).value_or("");
  auto status = f.string("status", false);
  if (status && *status != "active" && *status != "inactive") f.fail("status", "must be active or inactive");
  f.finish();
  u.active = status.value_or("active") == "active";

  auto conn = ctx.app.pool.acquire();
  auto user = db::transaction(*conn, [&](db::Connection& c) {
    auto id = create_account(c, u, ctx.actor());
    return load_user(c, id);
  });
  return http::Response::json(201, user);
}

http::Response update_user(http::RequestContext& ctx) {
  const auto id = user_id_param(ctx);
  auto body = parse_json_object(ctx.req.body);
  FieldReader f(body);
  auto email = f.string("email", false);
  auto role = f.string("role", false);
  auto password = f.string("password", false);
  auto status = f.string("status", false);
  if (status && *status != "active" && *status != "inactive") f.fail("status", "must be active or inactive");
  if (password && !auth::password_problem(*password).empty()) f.fail("password", auth::password_problem(*password));
  const bool clear_email = f.has("email") && body.at("email").is_null();
  if (email && !is_valid_email(*email)) f.fail("email", "must be a valid email address");
  f.finish();

  const auto& me = ctx.principal();
  if (id == me.id && status == std::string("inactive"))
    throw conflict("You cannot deactivate your own account");

  auto conn = ctx.app.pool.acquire();
  auto user = db::transaction(*conn, [&](db::Connection& c) {
    auto old = c.query(
        "SELECT u.email, r.name, u.is_active FROM users u JOIN roles r ON r.id = u.role_id WHERE u.id = $1 FOR UPDATE OF u",
        id);
    if (old.empty()) throw not_found("User not found");
    const auto old_email = old.opt_str(0, 0);
    const auto old_role = old.str(0, 1);
    const bool was_active = old.boolean(0, 2);

    std::optional<std::int64_t> role_id;
    if (role && *role != old_role) {
      if (id == me.id) throw conflict("You cannot change your own role");
      auto rr = c.query("SELECT id FROM roles WHERE name = $1", *role);
      if (rr.empty()) throw validation_error("role", "unknown role");
      role_id = rr.i64(0, 0);
    }
    if (email && !clear_email &&
        !c.query("SELECT 1 FROM users WHERE lower(email) = lower($1) AND id <> $2", *email, id).empty())
      throw conflict("A user with this email already exists", {{"email", "already exists"}});

    const auto new_email = clear_email ? std::nullopt : (email ? email : old_email);
    const bool now_active = status ? *status == "active" : was_active;
    c.query(
        "UPDATE users SET email = $2, role_id = coalesce($3, role_id), is_active = $4,"
        " password_hash = coalesce($5, password_hash), updated_at = now() WHERE id = $1",
        id, new_email, role_id, now_active,
        password ? std::optional<std::string>(auth::hash_password(*password)) : std::nullopt);

    audit::Changes changes;
    auto as_json = [](const std::optional<std::string>& s) { return s ? json::value(*s) : json::value(nullptr); };
    changes.add("email", as_json(old_email), as_json(new_email));
    if (role_id) changes.add("role", json::value(old_role), json::value(*role));
    changes.add("status", json::value(was_active ? "active" : "inactive"),
                json::value(now_active ? "active" : "inactive"));
    if (password) changes.add_redacted("password");
    if (!changes.empty()) audit::record(c, ctx.actor(), "update", "user", std::to_string(id), changes.json());
    // A deactivated user, or one whose password changed, is signed out everywhere.
    if ((was_active && !now_active) || password) auth::revoke_user_sessions(c, id);
    return load_user(c, id);
  });
  return http::Response::json(user);
}

http::Response deactivate_user(http::RequestContext& ctx) {
  const auto id = user_id_param(ctx);
  if (id == ctx.principal().id) throw conflict("You cannot deactivate your own account");
  auto conn = ctx.app.pool.acquire();
  auto user = db::transaction(*conn, [&](db::Connection& c) {
    auto r = c.query("SELECT is_active FROM users WHERE id = $1 FOR UPDATE", id);
    if (r.empty()) throw not_found("User not found");
    if (r.boolean(0, 0)) {
      c.query("UPDATE users SET is_active = false, updated_at = now() WHERE id = $1", id);
      audit::Changes changes;
      changes.add("status", "active", "inactive");
      audit::record(c, ctx.actor(), "delete", "user", std::to_string(id), changes.json());
      auth::revoke_user_sessions(c, id);
    }
    return load_user(c, id);
  });
  return http::Response::json(user);
}

}  // namespace numbase::users
