#include "sftp/schedules.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <spdlog/spdlog.h>

#include "app/app.hpp"
#include "audit/audit.hpp"
#include "core/errors.hpp"
#include "core/json_input.hpp"
#include "core/query_params.hpp"
#include "core/utf8.hpp"
#include "sftp/cron.hpp"
#include "sftp/runs.hpp"
#include "sftp/settings.hpp"

namespace numbase::sftp {
namespace json = boost::json;
namespace {

constexpr const char* kCronIssue =
    "must be a cron expression of five fields (minute hour day month weekday) or @hourly, @daily, @weekly, @monthly, "
    "@yearly";
constexpr const char* kZoneIssue = "must be an IANA time zone name, e.g. Europe/Moscow";

std::string schedule_sql(const std::string& where) {
  return "SELECT json_build_object('id', s.id, 'name', s.name, 'config_id', s.config_id, 'config_name', c.name,"
         " 'direction', s.direction, 'cron', s.cron, 'timezone', s.timezone, 'is_enabled', s.is_enabled,"
         " 'import', CASE WHEN s.direction = 'import' THEN s.settings END,"
         " 'export', CASE WHEN s.direction = 'export' THEN s.settings END,"
         " 'next_run_at', api_ts(s.next_run_at),"
         " 'last_run', (SELECT json_build_object('id', r.id, 'status', CASE j.status WHEN 'queued' THEN 'scheduled'"
         "   ELSE j.status END, 'created_at', api_ts(r.created_at), 'completed_at', api_ts(j.finished_at))"
         "   FROM sftp_runs r JOIN jobs j ON j.id = r.job_id WHERE r.schedule_id = s.id ORDER BY r.id DESC LIMIT 1),"
         " 'created_at', api_ts(s.created_at), 'updated_at', api_ts(s.updated_at))::text"
         " FROM sftp_schedules s JOIN sftp_configs c ON c.id = s.config_id " + where;
}

std::chrono::sys_seconds now_seconds() {
  return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

std::string iso(std::chrono::sys_seconds t) { return iso_time(t.time_since_epoch().count()); }

// The schedule as shown, with the next five times its expression names.
json::object shown(std::string_view text) {
  auto o = json::parse(text).as_object();
  json::array next;
  if (auto cron = Cron::parse(o.at("cron").as_string()); cron && o.at("is_enabled").as_bool())
    for (auto t : cron->next(now_seconds(), std::string(o.at("timezone").as_string()), 5)) next.emplace_back(iso(t));
  o["next_runs"] = std::move(next);
  return o;
}

std::int64_t schedule_id(http::RequestContext& ctx) {
  auto id = parse_id(ctx.req.path_param("id"));
  if (!id) throw not_found("SFTP schedule not found");
  return *id;
}

// The next run time, or null when disabled (or the expression names no time ever).
std::optional<std::string> next_run(const std::string& cron, const std::string& zone, bool enabled) {
  if (!enabled) return std::nullopt;
  auto t = Cron::parse(cron)->next_after(now_seconds(), zone);
  return t ? std::optional<std::string>(iso(*t)) : std::nullopt;
}

struct Fields {
  std::optional<std::string> name, direction, cron, timezone;
  std::optional<std::int64_t> config_id;
  std::optional<bool> enabled;
  std::optional<json::object> settings;
};

Fields read_fields(db::Connection& conn, const json::object& body, bool creating, const std::string& direction_now) {
  FieldReader f(body);
  Fields out;
  out.name = f.string("name", creating);
  if (out.name && (out.name->empty() || out.name->size() > 100 || !is_valid_utf8(*out.name)))
    f.fail("name", "must be 1 to 100 characters");
  out.config_id = f.integer("config_id", creating);
  if (out.config_id && conn.query("SELECT 1 FROM sftp_configs WHERE id = $1", *out.config_id).empty())
    f.fail("config_id", "no such host");
  out.direction = f.string("direction", creating);
  if (!creating && out.direction && *out.direction != direction_now)
    f.fail("direction", "cannot change: make another schedule");
  else if (out.direction && *out.direction != "import" && *out.direction != "export")
    f.fail("direction", "must be import or export");
  out.cron = f.string("cron", creating);
  if (out.cron && !Cron::parse(*out.cron)) f.fail("cron", kCronIssue);
  out.timezone = f.string("timezone", false);
  if (out.timezone && !known_time_zone(*out.timezone)) f.fail("timezone", kZoneIssue);
  out.enabled = f.boolean("is_enabled", false);
  const auto direction = out.direction.value_or(direction_now);
  const char* key = direction == "export" ? "export" : "import";
  std::vector<FieldIssue> issues;
  if (const auto* v = body.if_contains(key); v && !v->is_null()) {
    out.settings = direction == "export" ? read_export_settings(conn, *v, key, issues)
                                         : read_import_settings(conn, *v, key, issues);
  } else if (creating && (direction == "import" || direction == "export")) {
    f.fail(key, "is required");
  }
  for (auto& i : issues) f.fail(i.field, i.issue);
  f.finish();
  return out;
}

}  // namespace

int enqueue_due(db::Connection& conn, std::chrono::sys_seconds now) {
  return db::transaction(conn, [&](db::Connection& c) {
    auto due = c.query(
        "SELECT s.id, s.cron, s.timezone, s.config_id, s.direction, s.settings::text, s.created_by, c.is_active,"
        " EXISTS (SELECT 1 FROM sftp_runs r JOIN jobs j ON j.id = r.job_id WHERE r.schedule_id = s.id"
        "   AND j.status IN ('queued', 'running'))"
        " FROM sftp_schedules s JOIN sftp_configs c ON c.id = s.config_id"
        " WHERE s.is_enabled AND s.next_run_at <= to_timestamp($1) FOR UPDATE OF s SKIP LOCKED",
        static_cast<std::int64_t>(now.time_since_epoch().count()));
    int queued = 0;
    for (int i = 0; i < due.rows(); ++i) {
      const auto id = due.i64(i, 0);
      const auto cron = Cron::parse(due.view(i, 1));
      const auto zone = due.str(i, 2);
      if (!due.boolean(i, 7)) {
        spdlog::info("sftp schedule {}: its host is inactive, run skipped", id);
      } else if (due.boolean(i, 8)) {
        spdlog::info("sftp schedule {}: the previous run has not finished, run skipped", id);
      } else {
        queue_run(c, {due.i64(i, 3), id, due.str(i, 4), json::parse(due.view(i, 5)).as_object(), "schedule",
                      due.opt_i64(i, 6)});
        ++queued;
      }
      std::optional<std::int64_t> next;
      if (cron)
        if (auto t = cron->next_after(now, zone)) next = t->time_since_epoch().count();
      c.query("UPDATE sftp_schedules SET next_run_at = to_timestamp($2) WHERE id = $1", id, next);
    }
    return queued;
  });
}

http::Response list_schedules(http::RequestContext& ctx) {
  QueryParams q(ctx.req);
  auto config_id = q.integer("config_id", 1, INT64_MAX);
  q.finish();
  auto conn = ctx.app.pool.acquire();
  auto r = conn->query(schedule_sql("WHERE ($1::int IS NULL OR s.config_id = $1) ORDER BY lower(s.name), s.id"), config_id);
  json::array data;
  for (int i = 0; i < r.rows(); ++i) data.push_back(shown(r.view(i, 0)));
  return http::Response::json(json::object{{"data", std::move(data)}});
}

http::Response get_schedule(http::RequestContext& ctx) {
  const auto id = schedule_id(ctx);
  auto conn = ctx.app.pool.acquire();
  auto r = conn->query(schedule_sql("WHERE s.id = $1"), id);
  if (r.empty()) throw not_found("SFTP schedule not found");
  return http::Response::json(shown(r.view(0, 0)));
}

http::Response create_schedule(http::RequestContext& ctx) {
  auto body = parse_json_object(ctx.req.body);
  auto conn = ctx.app.pool.acquire();
  const auto f = read_fields(*conn, body, true, "");
  const auto zone = f.timezone.value_or("Europe/Moscow");
  const bool enabled = f.enabled.value_or(true);
  auto text = db::transaction(*conn, [&](db::Connection& c) {
    const auto id = c.query("INSERT INTO sftp_schedules (name, config_id, direction, cron, timezone, is_enabled, settings,"
                            " next_run_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::timestamptz, $9)"
                            " RETURNING id",
                            *f.name, *f.config_id, *f.direction, *f.cron, zone, enabled, json::serialize(*f.settings),
                            next_run(*f.cron, zone, enabled), ctx.principal().id)
                        .i64(0, 0);
    audit::record(c, ctx.actor(), "create", "sftp_schedule", std::to_string(id),
                  {{"name", {{"old", nullptr}, {"new", *f.name}}}, {"config_id", {{"old", nullptr}, {"new", *f.config_id}}},
                   {"direction", {{"old", nullptr}, {"new", *f.direction}}}, {"cron", {{"old", nullptr}, {"new", *f.cron}}},
                   {"timezone", {{"old", nullptr}, {"new", zone}}}, {"settings", {{"old", nullptr}, {"new", *f.settings}}}});
    return c.query(schedule_sql("WHERE s.id = $1"), id).str(0, 0);
  });
  return http::Response::json(201, shown(text));
}

http::Response update_schedule(http::RequestContext& ctx) {
  const auto id = schedule_id(ctx);
  auto body = parse_json_object(ctx.req.body);
  auto conn = ctx.app.pool.acquire();
  auto cur = conn->query("SELECT direction FROM sftp_schedules WHERE id = $1", id);
  if (cur.empty()) throw not_found("SFTP schedule not found");
  const auto f = read_fields(*conn, body, false, cur.str(0, 0));
  auto text = db::transaction(*conn, [&](db::Connection& c) {
    auto before_r = c.query("SELECT cron, timezone, is_enabled FROM sftp_schedules WHERE id = $1 FOR UPDATE", id);
    if (before_r.empty()) throw not_found("SFTP schedule not found");
    auto before = json::parse(c.query(schedule_sql("WHERE s.id = $1"), id).view(0, 0)).as_object();
    const auto cron = f.cron.value_or(before_r.str(0, 0));
    const auto zone = f.timezone.value_or(before_r.str(0, 1));
    const bool enabled = f.enabled.value_or(before_r.boolean(0, 2));
    c.query("UPDATE sftp_schedules SET name = coalesce($2, name), config_id = coalesce($3, config_id), cron = $4,"
            " timezone = $5, is_enabled = $6, settings = coalesce($7::jsonb, settings), next_run_at = $8::timestamptz,"
            " updated_at = now() WHERE id = $1",
            id, f.name, f.config_id, cron, zone, enabled,
            f.settings ? std::optional<std::string>(json::serialize(*f.settings)) : std::nullopt,
            next_run(cron, zone, enabled));
    auto text = c.query(schedule_sql("WHERE s.id = $1"), id).str(0, 0);
    auto after = json::parse(text).as_object();
    audit::Changes changes;
    for (const char* k : {"name", "config_id", "cron", "timezone", "is_enabled", "import", "export"})
      changes.add(k, before.at(k), after.at(k));
    if (!changes.empty()) audit::record(c, ctx.actor(), "update", "sftp_schedule", std::to_string(id), changes.json());
    return text;
  });
  return http::Response::json(shown(text));
}

http::Response delete_schedule(http::RequestContext& ctx) {
  const auto id = schedule_id(ctx);
  auto conn = ctx.app.pool.acquire();
  db::transaction(*conn, [&](db::Connection& c) {
    auto r = c.query("DELETE FROM sftp_schedules WHERE id = $1 RETURNING name", id);
    if (r.empty()) throw not_found("SFTP schedule not found");
    audit::record(c, ctx.actor(), "delete", "sftp_schedule", std::to_string(id),
                  {{"name", {{"old", r.str(0, 0)}, {"new", nullptr}}}});
  });
  return http::Response::json(json::object{{"deleted", true}});
}

http::Response run_schedule(http::RequestContext& ctx) {
  const auto id = schedule_id(ctx);
  const auto& me = ctx.principal();
  auto conn = ctx.app.pool.acquire();
  auto text = db::transaction(*conn, [&](db::Connection& c) {
    auto s = c.query("SELECT s.config_id, s.direction, s.settings::text, c.is_active, s.name FROM sftp_schedules s"
                     " JOIN sftp_configs c ON c.id = s.config_id WHERE s.id = $1 FOR UPDATE OF s",
                     id);
    if (s.empty()) throw not_found("SFTP schedule not found");
    if (!s.boolean(0, 3)) throw conflict("The schedule's host is switched off");
    if (!c.query("SELECT 1 FROM sftp_runs r JOIN jobs j ON j.id = r.job_id WHERE r.schedule_id = $1"
                 " AND j.status IN ('queued', 'running')",
                 id)
             .empty())
      throw conflict("A run of this schedule has not finished yet");
    const auto run = queue_run(c, {s.i64(0, 0), id, s.str(0, 1), json::parse(s.view(0, 2)).as_object(), "manual", me.id});
    audit::record(c, ctx.actor(), "run", "sftp_schedule", std::to_string(id),
                  {{"run_id", run}, {"name", s.str(0, 4)}});
    return *run_json(c, run, false);
  });
  return http::Response::raw_json(201, text);
}

http::Response cron_preview(http::RequestContext& ctx) {
  QueryParams q(ctx.req);
  auto expression = q.string("expression");
  auto zone = q.string("timezone").value_or("Europe/Moscow");
  q.finish();
  std::vector<FieldIssue> issues;
  auto cron = expression ? Cron::parse(*expression) : std::nullopt;
  if (!cron) issues.push_back({"cron", expression ? kCronIssue : "is required"});
  if (!known_time_zone(zone)) issues.push_back({"timezone", kZoneIssue});
  if (!issues.empty()) throw validation_error(issues);
  json::array next;
  for (auto t : cron->next(now_seconds(), zone, 5)) next.emplace_back(iso(t));
  return http::Response::json(json::object{{"next", std::move(next)}});
}

}  // namespace numbase::sftp
