#include "users/roles.hpp"

#include <boost/json/parse.hpp>

#include <algorithm>
#include <set>

#include "app/app.hpp"
#include "audit/audit.hpp"
#include "core/errors.hpp"
#include "core/json_input.hpp"
#include "core/query_params.hpp"
#include "core/utf8.hpp"

namespace numbase::users {
namespace json = boost::json;

const std::vector<PermissionInfo>& permission_catalog() {
  static const std::vector<PermissionInfo> catalog = {
      {"projects.read", "projects"},        {"projects.update", "projects"},
      {"projects.settings", "projects"},    {"projects.create", "projects"},
      {"projects.delete", "projects"},      {"projects.purge", "projects"},
      {"projects.members", "projects"},     {"projects.all", "projects"},
      {"phone_numbers.read", "numbers"},    {"phone_numbers.update", "numbers"},
      {"phone_numbers.reassign", "numbers"}, {"phone_numbers.create", "numbers"},
      {"imports.create", "files"},          {"imports.read", "files"},
      {"exports.create", "files"},          {"exports.read", "files"},
      {"projects.get_base", "distribution"}, {"pool.read", "distribution"},
      {"distribution.manage", "distribution"}, {"conversion.read", "conversion"},
      {"conversion.manage", "conversion"},  {"providers.read", "dictionaries"},
      {"providers.manage", "dictionaries"}, {"geo.read", "dictionaries"},
      {"geo.manage", "dictionaries"},       {"statuses.read", "dictionaries"},
      {"statuses.manage", "dictionaries"},  {"users.read", "administration"},
      {"users.manage", "administration"},   {"roles.read", "administration"},
      {"roles.manage", "administration"},   {"audit.read", "administration"},
      {"softphone.manage", "administration"}, {"sftp.manage", "administration"},
  };
  return catalog;
}

bool is_known_permission(std::string_view code) {
  const auto& c = permission_catalog();
  return std::any_of(c.begin(), c.end(), [&](const PermissionInfo& p) { return p.code == code; });
}

namespace {

constexpr const char* kRoleJson =
    "json_build_object('id', r.id, 'name', r.name, 'description', r.description, 'permissions', r.permissions,"
    " 'built_in', r.built_in, 'users', (SELECT count(*) FROM users u WHERE u.role_id = r.id AND u.is_active))::text";

std::int64_t role_id(http::RequestContext& ctx) {
  auto id = parse_id(ctx.req.path_param("id"));
  if (!id) throw not_found("Role not found");
  return *id;
}

struct RoleFields {
  std::optional<std::string> name, description;
  std::optional<std::vector<std::string>> permissions;
};

RoleFields read_role(const json::object& body, bool creating) {
  FieldReader f(body);
  RoleFields r;
  r.name = f.string("name", creating);
  r.description = f.string("description", false);
  if (r.name) {
    const auto& n = *r.name;
    const bool blank_edge = !n.empty() && (n.front() == ' ' || n.back() == ' ');
    const bool control = std::any_of(n.begin(), n.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; });
    if (n.empty() || utf8_length(n) > 50 || blank_edge || control)
      f.fail("name", "must be 1 to 50 characters, without spaces at the ends");
  }
  if (r.description && utf8_length(*r.description) > 500) f.fail("description", "must be at most 500 characters");
  if (const auto* p = body.if_contains("permissions")) {
    if (!p->is_array() || p->as_array().size() > 200) {
      f.fail("permissions", "must be an array of permission codes");
    } else {
      std::set<std::string> codes;
      for (const auto& v : p->as_array()) {
        if (!v.is_string() || !is_known_permission(v.as_string())) {
          f.fail("permissions", "contains an unknown permission (see GET /permissions)");
          break;
        }
        codes.emplace(v.as_string());
      }
      r.permissions = std::vector<std::string>(codes.begin(), codes.end());
    }
  } else if (creating) {
    f.fail("permissions", "is required");
  }
  f.finish();
  return r;
}

json::value role_json(db::Connection& c, std::int64_t id) {
  auto r = c.query(std::string("SELECT ") + kRoleJson + " FROM roles r WHERE r.id = $1", id);
  if (r.empty()) throw not_found("Role not found");
  return json::parse(r.view(0, 0));
}

void refuse_duplicate_name(db::Connection& c, const std::string& name, std::int64_t except) {
  if (!c.query("SELECT 1 FROM roles WHERE lower(name) = lower($1) AND id <> $2", name, except).empty())
    throw conflict("A role with this name exists", {{"name", "already exists"}});
}

}  // namespace

http::Response list_roles(http::RequestContext& ctx) {
  auto conn = ctx.app.pool.acquire();
  auto r = conn->exec(std::string("SELECT ") + kRoleJson + " FROM roles r ORDER BY r.id");
  json::array data;
  for (int i = 0; i < r.rows(); ++i) data.push_back(json::parse(r.view(i, 0)));
  return http::Response::json(json::object{{"data", std::move(data)}});
}

http::Response list_permissions(http::RequestContext&) {
  json::array data;
  for (const auto& p : permission_catalog())
    data.push_back(json::object{{"code", p.code}, {"group", p.group}});
  return http::Response::json(json::object{{"data", std::move(data)}});
}

http::Response create_role(http::RequestContext& ctx) {
  auto r = read_role(parse_json_object(ctx.req.body), true);
  auto conn = ctx.app.pool.acquire();
  auto role = db::transaction(*conn, [&](db::Connection& c) {
    refuse_duplicate_name(c, *r.name, 0);
    const auto id = c.query("INSERT INTO roles (name, description, permissions) VALUES ($1, $2, $3::text[]) RETURNING id",
                            *r.name, r.description.value_or(""), *r.permissions)
                        .i64(0, 0);
    auto created = role_json(c, id);
    audit::record(c, ctx.actor(), "create", "role", std::to_string(id),
                  {{"name", {{"old", nullptr}, {"new", created.at("name")}}},
                   {"permissions", {{"old", nullptr}, {"new", created.at("permissions")}}}});
    return created;
  });
  return http::Response::json(201, role);
}

http::Response update_role(http::RequestContext& ctx) {
  const auto id = role_id(ctx);
  auto r = read_role(parse_json_object(ctx.req.body), false);
  auto conn = ctx.app.pool.acquire();
  auto role = db::transaction(*conn, [&](db::Connection& c) {
    auto before = role_json(c, id);
    const auto& b = before.as_object();
    const bool administrator = b.at("built_in").as_bool() && b.at("name").as_string() == "administrator";
    if (administrator && (r.permissions || r.name))
      throw conflict("The administrator role always holds every permission and keeps its name");
    if (b.at("built_in").as_bool() && r.name && *r.name != b.at("name").as_string())
      throw conflict("A built-in role keeps its name", {{"name", "a built-in role keeps its name"}});
    if (r.name) refuse_duplicate_name(c, *r.name, id);
    c.query("UPDATE roles SET name = coalesce($2, name), description = coalesce($3, description),"
            " permissions = coalesce($4::text[], permissions) WHERE id = $1",
            id, r.name, r.description, r.permissions);
    auto after = role_json(c, id);
    audit::Changes changes;
    for (const char* k : {"name", "description", "permissions"}) changes.add(k, b.at(k), after.at(k));
    if (!changes.empty()) audit::record(c, ctx.actor(), "update", "role", std::to_string(id), changes.json());
    return after;
  });
  return http::Response::json(role);
}

http::Response delete_role(http::RequestContext& ctx) {
  const auto id = role_id(ctx);
  auto conn = ctx.app.pool.acquire();
  db::transaction(*conn, [&](db::Connection& c) {
    auto before = role_json(c, id);
    if (before.at("built_in").as_bool()) throw conflict("A built-in role cannot be deleted");
    const auto holders = c.query("SELECT count(*) FROM users WHERE role_id = $1", id).i64(0, 0);
    if (holders > 0)
      throw conflict("The role is held by " + std::to_string(holders) + " user(s): give them another role first",
                     {{"role", "is held by users"}});
    c.query("DELETE FROM roles WHERE id = $1", id);
    audit::record(c, ctx.actor(), "delete", "role", std::to_string(id),
                  {{"name", {{"old", before.at("name")}, {"new", nullptr}}},
                   {"permissions", {{"old", before.at("permissions")}, {"new", nullptr}}}});
  });
  return http::Response::json(json::object{{"deleted", true}});
}

}  // namespace numbase::users
