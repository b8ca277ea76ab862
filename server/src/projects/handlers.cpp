#include "projects/handlers.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value_to.hpp>

#include <map>

#include "app/app.hpp"
#include "audit/audit.hpp"
#include "core/errors.hpp"
#include "core/pagination.hpp"
#include "core/json_input.hpp"
#include "core/query_params.hpp"
#include "core/sql_where.hpp"
#include "jobs/queue.hpp"
#include "projects/access.hpp"
#include "projects/settings.hpp"

namespace numbase::projects {
namespace json = boost::json;
namespace {

// One project as the list shows it, counters included ("today" is the business day).
constexpr const char* kProjectJson =
    "json_build_object('id', p.id, 'name', p.name, 'tag', p.tag, 'type', p.type, 'is_active', p.is_active,"
    " 'status', CASE WHEN p.deleted_at IS NOT NULL THEN 'deleted' WHEN p.is_active THEN 'active' ELSE 'paused' END,"
    " 'daily_limit', p.daily_limit, 'description', p.description,"
    " 'priority', p.priority, 'oldest_first', p.oldest_first, 'sites_mode', p.sites_mode, 'sites', to_json(p.sites),"
    " 'receive_again_after_days', p.receive_again_after_days,"
    " 'return_unworked_after_days', p.return_unworked_after_days,"
    " 'provider_ids', coalesce((SELECT json_agg(x.provider_id ORDER BY x.provider_id) FROM project_providers x"
    "                           WHERE x.project_id = p.id), '[]'),"
    " 'geo_ids', coalesce((SELECT json_agg(x.geo_id ORDER BY x.geo_id) FROM project_geo x WHERE x.project_id = p.id), '[]'),"
    " 'weekdays', coalesce((SELECT json_agg(DISTINCT x.weekday ORDER BY x.weekday) FROM project_schedule x"
    "                       WHERE x.project_id = p.id), '[]'),"
    " 'received_today', coalesce(d.received, 0), 'duplicates_today', coalesce(d.duplicates, 0),"
    " 'received_total', p.received_total, 'last_received_at', api_ts(p.last_received_at),"
    " 'created_by', p.created_by, 'created_at', api_ts(p.created_at), 'updated_at', api_ts(p.updated_at))";

constexpr const char* kProjectFrom =
    " FROM projects p LEFT JOIN project_daily_counters d ON d.project_id = p.id AND d.day = numbase_day(now())";

// Sort keys the list accepts, and their SQL.
const std::map<std::string, std::string> kSorts = {
    {"id", "p.id"},
    {"name", "lower(p.name)"},
    {"created_at", "p.created_at"},
    {"daily_limit", "p.daily_limit"},
    {"received_today", "coalesce(d.received, 0)"},
    {"received_total", "p.received_total"},
    {"duplicates_today", "coalesce(d.duplicates, 0)"},
    {"last_received_at", "p.last_received_at"},
};

std::int64_t id_param(http::RequestContext& ctx, const char* name = "id") {
  auto id = parse_id(ctx.req.path_param(name));
  if (!id) throw not_found("Project not found");
  return *id;
}

// The project with its settings, members and conversion figures.
json::value load_project(db::Connection& conn, std::int64_t id) {
  auto r = conn.query(std::string("SELECT ") + kProjectJson + "::text" + kProjectFrom + " WHERE p.id = $1", id);
  if (r.empty()) throw not_found("Project not found");
  auto project = json::parse(r.view(0, 0)).as_object();
  auto settings = settings_json(conn, id);
  project["schedule"] = settings["schedule"];
  auto extra = conn.query(
      "SELECT json_build_object("
      " 'providers', coalesce((SELECT json_agg(json_build_object('id', v.id, 'code', v.code, 'name', v.name) ORDER BY v.code)"
      "   FROM project_providers x JOIN providers v ON v.id = x.provider_id WHERE x.project_id = $1), '[]'),"
      " 'geo', coalesce((SELECT json_agg(json_build_object('id', g.id, 'name', g.name, 'name_en', g.name_en,"
      "   'country', g.country, 'region', g.region, 'timezone', g.timezone) ORDER BY g.country, g.name)"
      "   FROM project_geo x JOIN geo g ON g.id = x.geo_id WHERE x.project_id = $1), '[]'),"
      " 'conversion_stats', (SELECT json_build_object("
      "     'total_numbers', coalesce(sum(c.count), 0),"
      "     'processed', coalesce(sum(c.count) FILTER (WHERE s.is_processed), 0),"
      "     'successful', coalesce(sum(c.count) FILTER (WHERE s.is_success), 0),"
      "     'failed', coalesce(sum(c.count) FILTER (WHERE s.is_final AND NOT s.is_success), 0),"
      "     'conversion_rate', CASE WHEN coalesce(sum(c.count) FILTER (WHERE s.is_processed), 0) = 0 THEN 0"
      "       ELSE round(sum(c.count) FILTER (WHERE s.is_success)::numeric"
      "                  / sum(c.count) FILTER (WHERE s.is_processed), 4) END)"
      "   FROM project_status_counters c JOIN number_statuses s ON s.id = c.status_id WHERE c.project_id = $1),"
      " 'deleted_at', api_ts(p.deleted_at), 'deleted_by', p.deleted_by, 'delete_reason', p.delete_reason,"
      " 'purge_job_id', p.purge_job_id)::text FROM projects p WHERE p.id = $1",
      id);
  const auto extra_fields = json::parse(extra.view(0, 0));
  for (const auto& [k, v] : extra_fields.as_object()) project[k] = v;
  return project;
}

struct ProjectFields {
  std::optional<std::string> name, tag, type, description;
  std::optional<bool> is_active;
  std::optional<std::int64_t> daily_limit;
  // distribution
  std::optional<std::int64_t> priority;
  std::optional<bool> oldest_first;
  std::optional<std::string> sites_mode;
  std::optional<std::string> sites;  // a JSON array of domains
  bool has_receive_again = false, has_return_unworked = false;
  std::optional<std::int64_t> receive_again_after_days, return_unworked_after_days;
};

// The distribution fields; absent keys keep their value, sites are stored as domains.
constexpr const char* kUpdateDistributionFields =
    "UPDATE projects SET priority = coalesce($2, priority), oldest_first = coalesce($3, oldest_first),"
    " sites_mode = coalesce($4, sites_mode),"
    " sites = CASE WHEN $5::jsonb IS NULL THEN sites ELSE ARRAY(SELECT DISTINCT d"
    "   FROM jsonb_array_elements_text($5::jsonb) AS s(v), site_domain(s.v) AS d WHERE d IS NOT NULL ORDER BY d) END,"
    " receive_again_after_days = CASE WHEN $6 THEN $7::integer ELSE receive_again_after_days END,"
    " return_unworked_after_days = CASE WHEN $8 THEN $9::integer ELSE return_unworked_after_days END"
    " WHERE id = $1";

const char* const kDistributionKeys[] = {"priority", "oldest_first", "sites_mode", "sites",
                                         "receive_again_after_days", "return_unworked_after_days"};

void read_days(FieldReader& f, const json::object& body, const char* key, bool& has, std::optional<std::int64_t>& v) {
  has = body.contains(key);
  if (!has || body.at(key).is_null()) return;
  v = f.integer(key, false);
  if (v && (*v < 1 || *v > 3650)) f.fail(key, "must be from 1 to 3650 days, or null for never");
}

void read_distribution_fields(FieldReader& f, const json::object& body, ProjectFields& p) {
  p.priority = f.integer("priority", false);
  if (p.priority && (*p.priority < -1000 || *p.priority > 1000)) f.fail("priority", "must be from -1000 to 1000");
  p.oldest_first = f.boolean("oldest_first", false);
  p.sites_mode = f.string("sites_mode", false);
  if (p.sites_mode && *p.sites_mode != "include" && *p.sites_mode != "exclude")
    f.fail("sites_mode", "must be include or exclude");
  if (const auto* v = body.if_contains("sites"); v && !v->is_null()) {
    bool ok = v->is_array() && v->as_array().size() <= 10000;
    if (ok)
      for (const auto& e : v->as_array()) ok = ok && e.is_string() && e.as_string().size() <= 253;
    if (ok) p.sites = json::serialize(*v);
    else f.fail("sites", "must be a list of at most 10000 domains, each at most 253 characters");
  }
  read_days(f, body, "receive_again_after_days", p.has_receive_again, p.receive_again_after_days);
  read_days(f, body, "return_unworked_after_days", p.has_return_unworked, p.return_unworked_after_days);
}

void save_distribution_fields(db::Connection& c, std::int64_t id, const ProjectFields& p) {
  c.query(kUpdateDistributionFields, id, p.priority, p.oldest_first, p.sites_mode, p.sites, p.has_receive_again,
          p.receive_again_after_days, p.has_return_unworked, p.return_unworked_after_days);
}

ProjectFields read_fields(FieldReader& f, const json::object& body, bool creating) {
  ProjectFields p;
  p.name = f.string("name", creating);
  p.tag = f.string("tag", false);
  p.type = f.string("type", false);
  p.description = f.string("description", false);
  p.is_active = f.boolean("is_active", false);
  p.daily_limit = f.integer("daily_limit", false);
  if (p.name && (p.name->empty() || p.name->size() > 255)) f.fail("name", "must be 1-255 characters");
  if (p.tag && p.tag->size() > 50) f.fail("tag", "must be at most 50 characters");
  if (p.type && p.type->size() > 50) f.fail("type", "must be at most 50 characters");
  if (p.description && p.description->size() > 5000) f.fail("description", "must be at most 5000 characters");
  if (p.daily_limit && (*p.daily_limit < 0 || *p.daily_limit > 100'000'000))
    f.fail("daily_limit", "must be from 0 (no limit) to 100000000");
  read_distribution_fields(f, body, p);
  return p;
}

}  // namespace

http::Response list_projects(http::RequestContext& ctx) {
  const auto& me = ctx.principal();
  QueryParams q(ctx.req);
  auto status = q.one_of("status", {"active", "paused", "deleted", "all"});
  auto provider = q.integer("provider_id", 1, INT64_MAX);
  auto geo = q.integer("geo_id", 1, INT64_MAX);
  auto tag = q.string("tag");
  auto search = q.string("search");
  auto sort = q.string("sort").value_or("-id");
  auto limit = q.integer("limit", 1, 1000).value_or(50);
  auto offset = q.integer("offset", 0, INT64_MAX).value_or(0);
  const bool desc = !sort.empty() && sort[0] == '-';
  auto sort_it = kSorts.find(desc ? sort.substr(1) : sort);
  if (sort_it == kSorts.end())
    q.fail("sort", "must be one of id, name, created_at, daily_limit, received_today, received_total, "
                   "duplicates_today, last_received_at, with - for descending");
  q.finish();

  SqlWhere w;
  // Deleted projects are shown to those who may delete them.
  const bool may_see_deleted = me.can("projects.delete");
  const std::string st = status.value_or("current");
  if (st == "active") w.add("p.deleted_at IS NULL AND p.is_active");
  else if (st == "paused") w.add("p.deleted_at IS NULL AND NOT p.is_active");
  else if (st == "deleted" && may_see_deleted) w.add("p.deleted_at IS NOT NULL");
  else if (st == "all" && may_see_deleted) {}
  else w.add("p.deleted_at IS NULL");
  if (auto m = member_filter(me))
    w.add("EXISTS (SELECT 1 FROM project_members m WHERE m.project_id = p.id AND m.user_id = " + w.bind(*m) + ")");
  if (provider)
    w.add("EXISTS (SELECT 1 FROM project_providers x WHERE x.project_id = p.id AND x.provider_id = " + w.bind(*provider) + ")");
  if (geo) w.add("EXISTS (SELECT 1 FROM project_geo x WHERE x.project_id = p.id AND x.geo_id = " + w.bind(*geo) + ")");
  if (tag) w.add("p.tag = " + w.bind(*tag));
  if (search) {
    auto s = w.bind(*search);
    w.add("(p.name ILIKE '%' || " + s + " || '%' OR p.tag ILIKE '%' || " + s + " || '%' OR p.id::text = " + s + ")");
  }

  auto conn = ctx.app.pool.acquire();
  auto total = conn->exec("SELECT count(*)" + std::string(kProjectFrom) + w.sql(), w.params()).i64(0, 0);
  auto params = w.params();
  params.push_back(db::to_param(limit));
  params.push_back(db::to_param(offset));
  const std::string order = sort_it->second + (desc ? " DESC NULLS LAST" : " ASC NULLS FIRST") + ", p.id" + (desc ? " DESC" : "");
  auto rows = conn->exec("SELECT " + std::string(kProjectJson) + "::text" + kProjectFrom + w.sql() + " ORDER BY " +
                             order + " LIMIT $" + std::to_string(params.size() - 1) + " OFFSET $" +
                             std::to_string(params.size()),
                         params);
  json::array data;
  for (int i = 0; i < rows.rows(); ++i) data.push_back(json::parse(rows.view(i, 0)));
  return http::Response::json(json::object{
      {"data", std::move(data)},
      {"pagination", offset_pagination(total, limit, offset)}});
}

http::Response list_deleted_projects(http::RequestContext& ctx) {
  QueryParams q(ctx.req);
  auto limit = q.integer("limit", 1, 1000).value_or(50);
  auto offset = q.integer("offset", 0, INT64_MAX).value_or(0);
  q.finish();
  auto conn = ctx.app.pool.acquire();
  auto total = conn->exec("SELECT count(*) FROM projects WHERE deleted_at IS NOT NULL").i64(0, 0);
  auto rows = conn->query(
      "SELECT json_build_object('id', p.id, 'name', p.name, 'tag', p.tag, 'deleted_at', api_ts(p.deleted_at),"
      " 'deleted_by', u.username, 'deleted_by_id', p.deleted_by, 'reason', p.delete_reason,"
      " 'numbers', (SELECT coalesce(sum(c.count), 0) FROM project_status_counters c WHERE c.project_id = p.id),"
      " 'purge', CASE WHEN j.id IS NULL THEN NULL ELSE json_build_object('job_id', j.id, 'status', j.status,"
      "   'progress_done', j.progress_done, 'progress_total', j.progress_total) END)::text"
      " FROM projects p LEFT JOIN users u ON u.id = p.deleted_by LEFT JOIN jobs j ON j.id = p.purge_job_id"
      " WHERE p.deleted_at IS NOT NULL ORDER BY p.deleted_at DESC, p.id DESC LIMIT $1 OFFSET $2",
      limit, offset);
  json::array data;
  for (int i = 0; i < rows.rows(); ++i) data.push_back(json::parse(rows.view(i, 0)));
  return http::Response::json(json::object{
      {"data", std::move(data)},
      {"pagination", offset_pagination(total, limit, offset)}});
}

http::Response get_project(http::RequestContext& ctx) {
  const auto id = id_param(ctx);
  auto conn = ctx.app.pool.acquire();
  require_project(*conn, ctx.principal(), id, ctx.principal().can("projects.delete"));
  return http::Response::json(load_project(*conn, id));
}

http::Response create_project(http::RequestContext& ctx) {
  auto body = parse_json_object(ctx.req.body);
  FieldReader f(body);
  auto p = read_fields(f, body, true);
  std::vector<FieldIssue> issues;
  auto settings = read_settings(body, issues);
  for (auto& i : issues) f.fail(i.field, i.issue);
  f.finish();

  auto conn = ctx.app.pool.acquire();
  auto project = db::transaction(*conn, [&](db::Connection& c) {
    std::vector<FieldIssue> problems;
    validate_settings(c, settings, p.is_active.value_or(true), problems);
    if (!problems.empty()) throw validation_error(problems);
    auto id = c.query(
                   "INSERT INTO projects (name, tag, type, is_active, daily_limit, description, created_by)"
                   " VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                   *p.name, p.tag.value_or(""), p.type.value_or(""), p.is_active.value_or(true),
                   p.daily_limit.value_or(0), p.description.value_or(""), ctx.principal().id)
                  .i64(0, 0);
    save_settings(c, id, settings);
    save_distribution_fields(c, id, p);
    auto created = load_project(c, id);
    json::object changes;
    for (const char* k : {"name", "tag", "type", "is_active", "daily_limit", "description", "provider_ids", "geo_ids",
                          "schedule"})
      changes[k] = json::object{{"old", nullptr}, {"new", created.at(k)}};
    for (const char* k : kDistributionKeys) changes[k] = json::object{{"old", nullptr}, {"new", created.at(k)}};
    audit::record(c, ctx.actor(), "create", "project", std::to_string(id), changes);
    return created;
  });
  return http::Response::json(201, project);
}

http::Response update_project(http::RequestContext& ctx) {
  const auto id = id_param(ctx);
  auto body = parse_json_object(ctx.req.body);
  FieldReader f(body);
  auto p = read_fields(f, body, false);
  f.finish();
  // What a project receives (active flag, daily limit, distribution) is the administrators',
  // or a role's with projects.settings; its name and description are its members' too.
  if (!ctx.principal().can("projects.settings")) {
    std::vector<FieldIssue> settings;
    for (const char* key : {"is_active", "daily_limit"})
      if (body.contains(key)) settings.push_back({key, "only an administrator may change it"});
    for (const char* key : kDistributionKeys)
      if (body.contains(key)) settings.push_back({key, "only an administrator may change it"});
    if (!settings.empty())
      throw ApiError(403, "FORBIDDEN", "What a project receives is changed by administrators", std::move(settings));
  }

  auto conn = ctx.app.pool.acquire();
  auto project = db::transaction(*conn, [&](db::Connection& c) {
    require_project(c, ctx.principal(), id, false, true);
    auto before = load_project(c, id).as_object();
    if (p.is_active.value_or(false) && !before.at("is_active").as_bool()) {
      std::vector<FieldIssue> problems;
      validate_settings(c, {json::value_to<std::vector<std::int64_t>>(before.at("provider_ids")),
                            json::value_to<std::vector<std::int64_t>>(before.at("geo_ids")), {}},
                        true, problems);
      if (!problems.empty()) throw validation_error(problems);
    }
    c.query(
        "UPDATE projects SET name = coalesce($2, name), tag = coalesce($3, tag), type = coalesce($4, type),"
        " is_active = coalesce($5, is_active), daily_limit = coalesce($6, daily_limit),"
        " description = coalesce($7, description), updated_at = now() WHERE id = $1",
        id, p.name, p.tag, p.type, p.is_active, p.daily_limit, p.description);
    save_distribution_fields(c, id, p);
    auto after = load_project(c, id).as_object();
    audit::Changes changes;
    for (const char* k : {"name", "tag", "type", "is_active", "daily_limit", "description"})
      changes.add(k, before.at(k), after.at(k));
    for (const char* k : kDistributionKeys)
      changes.add(k, before.at(k), after.at(k));
    if (!changes.empty()) audit::record(c, ctx.actor(), "update", "project", std::to_string(id), changes.json());
    return after;
  });
  return http::Response::json(project);
}

http::Response put_project_settings(http::RequestContext& ctx) {
  const auto id = id_param(ctx);
  auto body = parse_json_object(ctx.req.body);
  std::vector<FieldIssue> issues;
  for (const char* key : {"provider_ids", "geo_ids", "schedule"})
    if (!body.contains(key)) issues.push_back({key, "is required"});
  auto settings = read_settings(body, issues);
  if (!issues.empty()) throw validation_error(issues);

  auto conn = ctx.app.pool.acquire();
  auto project = db::transaction(*conn, [&](db::Connection& c) {
    require_project(c, ctx.principal(), id, false, true);
    const bool active = c.query("SELECT is_active FROM projects WHERE id = $1", id).boolean(0, 0);
    std::vector<FieldIssue> problems;
    validate_settings(c, settings, active, problems);
    if (!problems.empty()) throw validation_error(problems);
    auto changes = save_settings(c, id, settings);
    if (!changes.empty()) {
      c.query("UPDATE projects SET updated_at = now() WHERE id = $1", id);
      audit::record(c, ctx.actor(), "update", "project", std::to_string(id), changes);
    }
    return load_project(c, id);
  });
  return http::Response::json(project);
}

http::Response delete_project(http::RequestContext& ctx) {
  const auto id = id_param(ctx);
  auto body = parse_json_object(ctx.req.body, /*allow_empty=*/true);
  FieldReader f(body);
  auto reason = f.string("reason", false);
  if (reason && reason->size() > 1000) f.fail("reason", "must be at most 1000 characters");
  f.finish();
  auto conn = ctx.app.pool.acquire();
  db::transaction(*conn, [&](db::Connection& c) {
    require_project(c, ctx.principal(), id, false, true);
    c.query("UPDATE projects SET deleted_at = now(), deleted_by = $2, delete_reason = $3, updated_at = now() WHERE id = $1",
            id, ctx.principal().id, reason);
    audit::Changes changes;
    changes.add("status", "current", "deleted");
    if (reason) changes.add("delete_reason", nullptr, json::value(*reason));
    audit::record(c, ctx.actor(), "delete", "project", std::to_string(id), changes.json());
  });
  return http::Response::json(json::object{{"message", "Project moved to deleted"}, {"id", id}});
}

http::Response restore_project(http::RequestContext& ctx) {
  const auto id = id_param(ctx);
  auto conn = ctx.app.pool.acquire();
  db::transaction(*conn, [&](db::Connection& c) {
    auto r = c.query("SELECT deleted_at IS NOT NULL, purge_job_id IS NOT NULL FROM projects WHERE id = $1 FOR UPDATE", id);
    if (r.empty()) throw not_found("Project not found");
    if (!r.boolean(0, 0)) throw conflict("The project is not deleted");
    if (r.boolean(0, 1)) throw conflict("The project is being deleted permanently and cannot be restored");
    c.query("UPDATE projects SET deleted_at = NULL, deleted_by = NULL, delete_reason = NULL, updated_at = now() WHERE id = $1", id);
    audit::Changes changes;
    changes.add("status", "deleted", "current");
    audit::record(c, ctx.actor(), "restore", "project", std::to_string(id), changes.json());
  });
  return http::Response::json(json::object{{"message", "Project restored"}, {"id", id}});
}

http::Response purge_project(http::RequestContext& ctx) {
  const auto id = id_param(ctx);
  auto conn = ctx.app.pool.acquire();
  auto job = db::transaction(*conn, [&](db::Connection& c) {
    auto r = c.query(
        "SELECT deleted_at IS NOT NULL, purge_job_id, name,"
        " (SELECT coalesce(sum(count), 0) FROM project_status_counters WHERE project_id = $1)"
        " FROM projects WHERE id = $1 FOR UPDATE",
        id);
    if (r.empty()) throw not_found("Project not found");
    if (!r.boolean(0, 0)) throw conflict("Delete the project first; only deleted projects can be deleted permanently");
    if (!r.is_null(0, 1)) return r.i64(0, 1);  // already under way
    auto job_id = jobs::enqueue(c, "project_purge", {{"project_id", id}, {"name", r.str(0, 2)}}, ctx.principal().id,
                                r.i64(0, 3));
    c.query("UPDATE projects SET purge_job_id = $2 WHERE id = $1", id, job_id);
    audit::record(c, ctx.actor(), "purge_requested", "project", std::to_string(id),
                  {{"job_id", job_id}, {"numbers", r.i64(0, 3)}});
    return job_id;
  });
  return http::Response::json(202, json::object{{"message", "Permanent deletion started"}, {"id", id}, {"job_id", job}});
}

http::Response list_members(http::RequestContext& ctx) {
  const auto id = id_param(ctx);
  auto conn = ctx.app.pool.acquire();
  require_project(*conn, ctx.principal(), id, true);
  // Members see one another (to hand numbers over); addresses are for who manages members.
  const bool emails = ctx.principal().can("projects.members");
  auto r = conn->query(
      "SELECT coalesce(json_agg(json_build_object('user_id', u.id, 'username', u.username,"
      " 'email', CASE WHEN $2 THEN u.email END,"
      " 'status', CASE WHEN u.is_active THEN 'active' ELSE 'inactive' END, 'added_at', api_ts(m.added_at))"
      " ORDER BY u.username), '[]')::text FROM project_members m JOIN users u ON u.id = m.user_id WHERE m.project_id = $1",
      id, emails);
  return http::Response::json(json::object{{"data", json::parse(r.view(0, 0))}});
}

http::Response add_member(http::RequestContext& ctx) {
  const auto id = id_param(ctx);
  auto body = parse_json_object(ctx.req.body);
  FieldReader f(body);
  auto user_id = f.integer("user_id", true);
  f.finish();
  auto conn = ctx.app.pool.acquire();
  db::transaction(*conn, [&](db::Connection& c) {
    require_project(c, ctx.principal(), id, false, true);
    if (c.query("SELECT 1 FROM users WHERE id = $1", *user_id).empty()) throw validation_error("user_id", "unknown user");
    auto r = c.query(
        "INSERT INTO project_members (project_id, user_id, added_by) VALUES ($1, $2, $3)"
        " ON CONFLICT DO NOTHING RETURNING 1",
        id, *user_id, ctx.principal().id);
    if (!r.empty())
      audit::record(c, ctx.actor(), "add_member", "project", std::to_string(id),
                    {{"user_id", json::object{{"old", nullptr}, {"new", *user_id}}}});
  });
  return list_members(ctx);
}

http::Response remove_member(http::RequestContext& ctx) {
  const auto id = id_param(ctx);
  auto user_id = parse_id(ctx.req.path_param("user_id"));
  if (!user_id) throw not_found("Member not found");
  auto conn = ctx.app.pool.acquire();
  db::transaction(*conn, [&](db::Connection& c) {
    require_project(c, ctx.principal(), id, true, true);
    auto r = c.query("DELETE FROM project_members WHERE project_id = $1 AND user_id = $2 RETURNING 1", id, *user_id);
    if (r.empty()) throw not_found("Member not found");
    audit::record(c, ctx.actor(), "remove_member", "project", std::to_string(id),
                  {{"user_id", json::object{{"old", *user_id}, {"new", nullptr}}}});
  });
  return http::Response::json(json::object{{"message", "Member removed"}});
}

}  // namespace numbase::projects
