#include "softphone/integrations.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <set>
#include <vector>

#include "app/app.hpp"
#include "audit/audit.hpp"
#include "core/errors.hpp"
#include "core/json_input.hpp"
#include "core/query_params.hpp"
#include "core/utf8.hpp"
#include "core/hex.hpp"
#include "core/secrets.hpp"

namespace numbase::softphone {
namespace json = boost::json;
namespace {

constexpr const char* kOutcomes[] = {"answered", "no_answer", "busy", "failed"};

// As the API shows it: never the secrets, only which of them are set.
std::string integration_sql(const std::string& where) {
  return "SELECT json_build_object('id', i.id, 'name', i.name, 'kind', i.kind, 'token', i.token,"
         " 'extensions', i.extensions, 'outcomes', i.outcomes, 'api_url', i.api_url, 'is_active', i.is_active,"
         " 'unlinked_project_id', i.unlinked_project_id,"
         " 'last_event_at', api_ts(i.last_event_at), 'signature_failures', i.signature_failures,"
         " 'calls_today', (SELECT count(*) FROM calls c WHERE c.integration_id = i.id"
         "   AND c.started_at >= numbase_day(now())::timestamp AT TIME ZONE 'Europe/Moscow'),"
         " 'unlinked_calls', (SELECT count(*) FROM calls c WHERE c.integration_id = i.id AND NOT c.linked"
         "   AND c.started_at >= numbase_day(now())::timestamp AT TIME ZONE 'Europe/Moscow'),"
         " 'created_at', api_ts(i.created_at), 'updated_at', api_ts(i.updated_at))::text"
         " FROM softphone_integrations i " + where;
}

// The webhook's absolute address as the PBX must call it (the host the administrator used).
std::string webhook_url(const http::RequestContext& ctx, const json::object& i) {
  const auto host = ctx.req.header("host").value_or("localhost");
  const auto proto = ctx.req.header("x-forwarded-proto").value_or("http");
  if (i.at("kind").as_string() == "numbase") return proto + "://" + host + "/api/v1/softphone/events";
  return proto + "://" + host + "/api/v1/softphone/webhook/" + std::string(i.at("token").as_string());
}

json::object shown(const http::RequestContext& ctx, std::string_view text) {
  auto o = json::parse(text).as_object();
  o["webhook_url"] = webhook_url(ctx, o);
  o.erase("token");
  return o;
}

std::int64_t integration_id(http::RequestContext& ctx) {
  auto id = parse_id(ctx.req.path_param("id"));
  if (!id) throw not_found("Integration not found");
  return *id;
}

struct Fields {
  std::optional<std::string> name, kind, api_url;
  std::optional<json::object> secrets, extensions, outcomes;
  std::optional<bool> active;
  bool unlinked_project_given = false;            // (null: leave such calls unlinked)
  std::optional<std::int64_t> unlinked_project;   // where numbers of unknown phones are made
};

Fields read_fields(db::Connection& c, const json::object& body, bool creating, const std::string& current_kind) {
  FieldReader f(body);
  Fields out;
  out.name = f.string("name", creating);
  out.kind = f.string("kind", creating);
  out.active = f.boolean("is_active", false);
  out.api_url = f.string("api_url", false);
  if (out.api_url && (out.api_url->size() > 500 || !(out.api_url->rfind("https://", 0) == 0 || out.api_url->rfind("http://", 0) == 0) ||
                      out.api_url->find_first_of(" \t\r\n") != std::string::npos))
    f.fail("api_url", "must be an http(s) address up to 500 characters");
  if (out.name && (out.name->empty() || utf8_length(*out.name) > 100)) f.fail("name", "must be 1 to 100 characters");
  if (out.kind && *out.kind != "numbase" && *out.kind != "zadarma" && *out.kind != "mango")
    f.fail("kind", "must be numbase, zadarma or mango");
  const std::string kind = out.kind.value_or(current_kind);
  auto object = [&](const char* key) -> std::optional<json::object> {
    const auto* v = body.if_contains(key);
    if (!v) return std::nullopt;
    if (!v->is_object() || v->as_object().size() > 1000) {
      f.fail(key, "must be an object");
      return std::nullopt;
    }
    return v->as_object();
  };
  out.secrets = object("secrets");
  if (creating && !out.secrets) f.fail("secrets", "is required");
  if (out.secrets) {
    const std::vector<const char*> needed =
        kind == "mango" ? std::vector<const char*>{"api_key", "api_salt"} : std::vector<const char*>{"secret"};
    // Zadarma's API key (its "user key") only makes click-to-call possible.
    const std::vector<const char*> optional = kind == "zadarma" ? std::vector<const char*>{"api_key"} : std::vector<const char*>{};
    auto named = [&](const std::vector<const char*>& keys, std::string_view k) {
      return std::find_if(keys.begin(), keys.end(), [&](const char* n) { return k == n; }) != keys.end();
    };
    for (const auto& [k, v] : *out.secrets) {
      if (!named(needed, k) && !named(optional, k)) f.fail("secrets." + std::string(k), "is not a secret of this kind");
      else if (!v.is_string() || v.as_string().size() < 8 || v.as_string().size() > 500)
        f.fail("secrets." + std::string(k), "is required: 8 to 500 characters");
    }
    for (const char* key : needed)
      if (!out.secrets->contains(key)) f.fail(std::string("secrets.") + key, "is required: 8 to 500 characters");
  }
  out.extensions = object("extensions");
  if (out.extensions) {
    // The active users among those named, in one query.
    std::vector<std::int64_t> named;
    for (const auto& [ext, user] : *out.extensions)
      if (user.is_int64() && user.as_int64() > 0) named.push_back(user.as_int64());
    std::set<std::int64_t> active;
    auto r = c.query("SELECT id FROM users WHERE id = ANY($1::bigint[]) AND is_active", named);
    for (int i = 0; i < r.rows(); ++i) active.insert(r.i64(i, 0));
    for (const auto& [ext, user] : *out.extensions)
      if (ext.empty() || ext.size() > 50 || !user.is_int64() || !active.count(user.as_int64()))
        f.fail("extensions." + std::string(ext), "must name an active user by id");
  }
  if (const auto* v = body.if_contains("unlinked_project_id")) {
    out.unlinked_project_given = true;
    if (v->is_int64() && v->as_int64() > 0 &&
        !c.query("SELECT 1 FROM projects WHERE id = $1 AND deleted_at IS NULL", v->as_int64()).empty())
      out.unlinked_project = v->as_int64();
    else if (!v->is_null())
      f.fail("unlinked_project_id", "must be a project id, or null to leave such calls unlinked");
  }
  out.outcomes = object("outcomes");
  if (out.outcomes)
    for (const auto& [outcome, status] : *out.outcomes) {
      const bool known = std::find(std::begin(kOutcomes), std::end(kOutcomes), outcome) != std::end(kOutcomes);
      const bool id_ok = status.is_int64() && status.as_int64() > 0 && status.as_int64() < 32768;
      if (!known) f.fail("outcomes." + std::string(outcome), "must be answered, no_answer, busy or failed");
      else if (!status.is_null() &&
               (!id_ok || c.query("SELECT 1 FROM number_statuses WHERE id = $1", id_ok ? status.as_int64() : 0).empty()))
        f.fail("outcomes." + std::string(outcome), "must be a status id, or null to leave the status");
    }
  f.finish();
  return out;
}

}  // namespace

std::optional<std::int64_t> mapped_id(const json::object& map, const std::optional<std::string>& key) {
  if (!key) return std::nullopt;
  const auto* v = map.if_contains(*key);
  return v && v->is_int64() ? std::optional<std::int64_t>(v->as_int64()) : std::nullopt;
}

std::optional<Integration> load_integration(db::Connection& conn, const SecretBox& box, std::int64_t id) {
  auto r = conn.query("SELECT name, kind, encode(secrets, 'hex'), extensions::text, outcomes::text, is_active, api_url"
                      " FROM softphone_integrations WHERE id = $1",
                      id);
  if (r.empty()) return std::nullopt;
  const auto sealed = from_hex(r.view(0, 2));
  const auto opened = sealed ? box.open(*sealed) : std::nullopt;
  if (!opened) return std::nullopt;
  Integration i;
  i.id = id;
  i.name = r.str(0, 0);
  i.kind = r.str(0, 1);
  i.secrets = json::parse(*opened).as_object();
  i.extensions = json::parse(r.view(0, 3)).as_object();
  i.outcomes = json::parse(r.view(0, 4)).as_object();
  i.active = r.boolean(0, 5);
  if (!r.is_null(0, 6)) i.api_url = r.str(0, 6);
  return i;
}

http::Response list_integrations(http::RequestContext& ctx) {
  auto conn = ctx.app.pool.acquire();
  auto r = conn->exec(integration_sql("ORDER BY i.id"));
  json::array data;
  for (int i = 0; i < r.rows(); ++i) data.push_back(shown(ctx, r.view(i, 0)));
  return http::Response::json(json::object{{"data", std::move(data)}});
}

http::Response get_integration(http::RequestContext& ctx) {
  const auto id = integration_id(ctx);
  auto conn = ctx.app.pool.acquire();
  auto r = conn->query(integration_sql("WHERE i.id = $1"), id);
  if (r.empty()) throw not_found("Integration not found");
  return http::Response::json(shown(ctx, r.view(0, 0)));
}

http::Response create_integration(http::RequestContext& ctx) {
  auto body = parse_json_object(ctx.req.body);
  auto conn = ctx.app.pool.acquire();
  auto f = read_fields(*conn, body, true, "");
  // Defaults as a caller would set them: a talk puts the number in work, no answer says so.
  json::object outcomes = f.outcomes.value_or(json::object{});
  if (!f.outcomes) {
    auto r = conn->exec("SELECT (SELECT id FROM number_statuses WHERE code = 'in_progress'),"
                        " (SELECT id FROM number_statuses WHERE code = 'no_answer')");
    if (!r.is_null(0, 0)) outcomes["answered"] = r.i64(0, 0);
    if (!r.is_null(0, 1)) outcomes["no_answer"] = outcomes["busy"] = r.i64(0, 1);
  }
  auto created = db::transaction(*conn, [&](db::Connection& c) {
    const auto sealed = ctx.app.secrets.seal(json::serialize(*f.secrets));
    const auto id = c.query("INSERT INTO softphone_integrations (name, kind, secrets, token, extensions, outcomes, is_active, api_url,"
                            " unlinked_project_id)"
                            " VALUES ($1, $2, decode($3, 'hex'), $4, $5::jsonb, $6::jsonb, coalesce($7, true), $8, $9) RETURNING id",
                            *f.name, *f.kind, to_hex(sealed), random_hex(18),
                            json::serialize(f.extensions.value_or(json::object{})), json::serialize(outcomes), f.active,
                            f.api_url, f.unlinked_project)
                        .i64(0, 0);
    audit::record(c, ctx.actor(), "create", "softphone_integration", std::to_string(id),
                  {{"name", {{"old", nullptr}, {"new", *f.name}}}, {"kind", {{"old", nullptr}, {"new", *f.kind}}},
                   {"secrets", "[redacted]"},
                   {"unlinked_project_id", {{"old", nullptr},
                                            {"new", f.unlinked_project ? json::value(*f.unlinked_project) : json::value(nullptr)}}}});
    return std::pair{id, c.query(integration_sql("WHERE i.id = $1"), id).str(0, 0)};
  });
  ctx.app.integrations.forget(created.first);  // an event for it a moment ago found none
  return http::Response::json(201, shown(ctx, created.second));
}

http::Response update_integration(http::RequestContext& ctx) {
  const auto id = integration_id(ctx);
  auto body = parse_json_object(ctx.req.body);
  auto conn = ctx.app.pool.acquire();
  auto current = conn->query("SELECT kind FROM softphone_integrations WHERE id = $1", id);
  if (current.empty()) throw not_found("Integration not found");
  if (body.contains("kind")) throw validation_error("kind", "cannot change: make another integration");
  auto f = read_fields(*conn, body, false, current.str(0, 0));
  auto updated = db::transaction(*conn, [&](db::Connection& c) {
    auto before = json::parse(c.query(integration_sql("WHERE i.id = $1 FOR UPDATE OF i"), id).view(0, 0)).as_object();
    std::optional<std::string> sealed;
    if (f.secrets) sealed = to_hex(ctx.app.secrets.seal(json::serialize(*f.secrets)));
    c.query("UPDATE softphone_integrations SET name = coalesce($2, name),"
            " secrets = coalesce(decode($3, 'hex'), secrets), extensions = coalesce($4::jsonb, extensions),"
            " outcomes = coalesce($5::jsonb, outcomes), is_active = coalesce($6, is_active),"
            " api_url = coalesce($7, api_url),"
            " unlinked_project_id = CASE WHEN $8 THEN $9 ELSE unlinked_project_id END, updated_at = now()"
            " WHERE id = $1",
            id, f.name, sealed,
            f.extensions ? std::optional<std::string>(json::serialize(*f.extensions)) : std::nullopt,
            f.outcomes ? std::optional<std::string>(json::serialize(*f.outcomes)) : std::nullopt, f.active, f.api_url,
            f.unlinked_project_given, f.unlinked_project);
    auto after_text = c.query(integration_sql("WHERE i.id = $1"), id).str(0, 0);
    auto after = json::parse(after_text).as_object();
    audit::Changes changes;
    for (const char* k : {"name", "extensions", "outcomes", "api_url", "is_active", "unlinked_project_id"})
      changes.add(k, before.at(k), after.at(k));
    if (f.secrets) changes.add_redacted("secrets");
    if (!changes.empty()) audit::record(c, ctx.actor(), "update", "softphone_integration", std::to_string(id), changes.json());
    return after_text;
  });
  ctx.app.integrations.forget(id);
  return http::Response::json(shown(ctx, updated));
}

http::Response delete_integration(http::RequestContext& ctx) {
  const auto id = integration_id(ctx);
  auto conn = ctx.app.pool.acquire();
  db::transaction(*conn, [&](db::Connection& c) {
    auto r = c.query("DELETE FROM softphone_integrations WHERE id = $1 RETURNING name", id);
    if (r.empty()) throw not_found("Integration not found");
    audit::record(c, ctx.actor(), "delete", "softphone_integration", std::to_string(id),
                  {{"name", {{"old", r.str(0, 0)}, {"new", nullptr}}}});
    c.query("DELETE FROM call_events WHERE integration_id = $1", id);  // its calls are gone too
  });
  ctx.app.integrations.forget(id);
  return http::Response::json(json::object{{"deleted", true}});
}

}  // namespace numbase::softphone
