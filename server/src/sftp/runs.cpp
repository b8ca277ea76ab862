#include "sftp/runs.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "app/app.hpp"
#include "audit/audit.hpp"
#include "core/errors.hpp"
#include "core/json_input.hpp"
#include "core/pagination.hpp"
#include "core/query_params.hpp"
#include "jobs/queue.hpp"
#include "sftp/settings.hpp"

namespace numbase::sftp {
namespace json = boost::json;
namespace {

// A run as the API shows it; its status is its job's ("scheduled" while queued).
constexpr const char* kRunJson =
    "json_build_object('id', r.id, 'type', r.direction, 'schedule_id', r.schedule_id, 'schedule_name', s.name,"
    " 'sftp_config_id', r.config_id, 'sftp_host', c.host, 'sftp_config_name', c.name, 'remote_path', r.remote_path,"
    " 'trigger', r.trigger, 'status', CASE j.status WHEN 'queued' THEN 'scheduled' ELSE j.status END,"
    " 'job_id', r.job_id, 'attempts', j.attempts, 'error', j.error,"
    " 'next_attempt_at', CASE WHEN j.status = 'queued' AND j.attempts > 0 THEN api_ts(j.run_after) END,"
    " 'progress_done', j.progress_done, 'progress_total', j.progress_total,"
    " 'files_seen', r.files_seen, 'files_taken', r.files_taken, 'files_skipped', r.files_skipped, 'bytes', r.bytes,"
    " 'requested_by', r.requested_by, 'requested_by_username', u.username,"
    " 'created_at', api_ts(r.created_at), 'started_at', api_ts(j.started_at), 'completed_at', api_ts(j.finished_at)";

constexpr const char* kRunFrom =
    " FROM sftp_runs r JOIN jobs j ON j.id = r.job_id JOIN sftp_configs c ON c.id = r.config_id"
    " LEFT JOIN sftp_schedules s ON s.id = r.schedule_id LEFT JOIN users u ON u.id = r.requested_by";

// A run's files, each with its import's own outcome (or the export it uploaded).
constexpr const char* kFilesJson =
    "(SELECT coalesce(json_agg(json_build_object('name', f.name, 'size', f.size, 'modified_at', api_ts(f.modified_at),"
    "   'action', f.action, 'reason', f.reason,"
    "   'import', CASE WHEN i.id IS NOT NULL THEN json_build_object('id', i.id, 'job_id', i.job_id,"
    "     'status', CASE ij.status WHEN 'running' THEN 'processing' ELSE ij.status END,"
    "     'total_rows', i.total_rows, 'imported_rows', i.imported_rows,"
    "     'duplicate_rows', i.duplicates_in_file + i.already_in_project, 'failed_rows', i.failed_rows, 'error', ij.error,"
    "     'error_report_url', CASE WHEN ij.status = 'completed' AND (i.failed_rows > 0 OR i.in_other_projects > 0)"
    "       THEN '/api/v1/imports/' || i.id || '/errors' END) END,"
    "   'export', CASE WHEN e.id IS NOT NULL THEN json_build_object('id', e.id, 'row_count', e.row_count,"
    "     'file_size', e.file_size) END) ORDER BY f.name, f.id), '[]')"
    " FROM sftp_run_files f LEFT JOIN imports i ON i.id = f.import_id LEFT JOIN jobs ij ON ij.id = i.job_id"
    " LEFT JOIN exports e ON e.id = f.export_id WHERE f.run_id = r.id)";

std::int64_t run_id(http::RequestContext& ctx) {
  auto id = parse_id(ctx.req.path_param("id"));
  if (!id) throw not_found("SFTP run not found");
  return *id;
}

}  // namespace

std::int64_t queue_run(db::Connection& conn, const RunRequest& r) {
  const auto job_id = jobs::enqueue(conn, kJobKind, {}, r.requested_by);
  const auto id = conn.query("INSERT INTO sftp_runs (job_id, schedule_id, config_id, direction, settings, remote_path,"
                             " trigger, requested_by) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8) RETURNING id",
                             job_id, r.schedule_id, r.config_id, r.direction, json::serialize(r.settings),
                             settings_remote_path(r.direction, r.settings), r.trigger, r.requested_by)
                      .i64(0, 0);
  conn.query("UPDATE jobs SET payload = $2::jsonb WHERE id = $1", job_id, json::serialize(json::object{{"run_id", id}}));
  return id;
}

std::optional<std::string> run_json(db::Connection& conn, std::int64_t id, bool with_files) {
  auto r = conn.query(std::string("SELECT ") + kRunJson + (with_files ? std::string(", 'files', ") + kFilesJson : "") +
                          ")::text" + kRunFrom + " WHERE r.id = $1",
                      id);
  if (r.empty()) return std::nullopt;
  return r.str(0, 0);
}

http::Response list_runs(http::RequestContext& ctx) {
  QueryParams q(ctx.req);
  auto schedule_id = q.integer("schedule_id", 1, INT64_MAX);
  auto config_id = q.integer("config_id", 1, INT64_MAX);
  auto limit = q.integer("limit", 1, 200).value_or(50);
  auto offset = q.integer("offset", 0, 1000000).value_or(0);
  q.finish();
  auto conn = ctx.app.pool.acquire();
  auto r = conn->query(
      std::string("WITH f AS (SELECT id, created_at FROM sftp_runs WHERE ($1::bigint IS NULL OR schedule_id = $1)"
                  "   AND ($2::bigint IS NULL OR config_id = $2))"
                  " SELECT (SELECT count(*) FROM f), (SELECT coalesce(json_agg(x.o ORDER BY x.created_at DESC, x.id DESC),"
                  " '[]') FROM (SELECT ") +
          kRunJson + ") AS o, r.created_at, r.id" + kRunFrom +
          " WHERE r.id IN (SELECT id FROM f ORDER BY created_at DESC, id DESC LIMIT $3 OFFSET $4)) x)::text",
      schedule_id, config_id, limit, offset);
  return http::Response::json(
      json::object{{"data", json::parse(r.view(0, 1))}, {"pagination", offset_pagination(r.i64(0, 0), limit, offset)}});
}

http::Response get_run(http::RequestContext& ctx) {
  const auto id = run_id(ctx);
  auto conn = ctx.app.pool.acquire();
  auto text = run_json(*conn, id, true);
  if (!text) throw not_found("SFTP run not found");
  return http::Response::raw_json(200, *text);
}

// A one-off run (contract 10.2): the host, the direction, and the same settings as a schedule's,
// given beside them; for an export `remote_path` is the file to write.
http::Response create_run(http::RequestContext& ctx) {
  auto body = parse_json_object(ctx.req.body);
  FieldReader f(body);
  auto type = f.string("type", true);
  if (type && *type != "import" && *type != "export") f.fail("type", "must be import or export");
  auto config_id = f.integer("sftp_config_id", true);
  auto remote_path = f.string("remote_path", true);
  if (remote_path && !valid_remote_path(*remote_path)) f.fail("remote_path", "must be a path of up to 1000 characters");
  f.finish();
  auto conn = ctx.app.pool.acquire();
  std::vector<FieldIssue> issues;
  json::object settings;
  json::object given = body;
  if (*type == "import") {
    if (!given.contains("target") && !given.contains("project_id")) given["target"] = "pool";
    settings = read_import_settings(*conn, given, "body", issues);
  } else {
    const auto slash = remote_path->rfind('/');
    given["remote_directory"] = slash == std::string::npos ? "." : (slash == 0 ? "/" : remote_path->substr(0, slash));
    given["filename_template"] = slash == std::string::npos ? *remote_path : remote_path->substr(slash + 1);
    settings = read_export_settings(*conn, given, "body", issues);
  }
  for (auto& i : issues) {
    i.field = i.field.substr(5);  // "body.x" is the request's own field x
    if (i.field == "remote_directory" || i.field == "filename_template") i.field = "remote_path";
  }
  if (!issues.empty()) throw validation_error(issues);
  const auto& me = ctx.principal();
  auto text = db::transaction(*conn, [&](db::Connection& c) {
    auto host = c.query("SELECT is_active FROM sftp_configs WHERE id = $1 FOR SHARE", *config_id);
    if (host.empty()) throw validation_error("sftp_config_id", "no such host");
    if (!host.boolean(0, 0)) throw conflict("The host is switched off", {{"sftp_config_id", "is inactive"}});
    const auto id = queue_run(c, {*config_id, std::nullopt, *type, settings, "manual", me.id});
    audit::record(c, ctx.actor(), "run", "sftp_run", std::to_string(id),
                  {{"type", *type}, {"sftp_config_id", *config_id}, {"remote_path", *remote_path}});
    return *run_json(c, id, false);
  });
  return http::Response::raw_json(201, text);
}

}  // namespace numbase::sftp
