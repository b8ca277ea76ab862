#include "exports/handlers.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "app/app.hpp"
#include "audit/audit.hpp"
#include "core/errors.hpp"
#include "core/json_input.hpp"
#include "core/pagination.hpp"
#include "core/query_params.hpp"
#include "exports/job.hpp"
#include "http/file_response.hpp"
#include "jobs/queue.hpp"
#include "numbers/filter.hpp"
#include "projects/access.hpp"

namespace numbase::exports {
namespace json = boost::json;
namespace {

// One export as the API shows it. Everyone sees their own; exports.all sees every export.
constexpr const char* kExportJson =
    "json_build_object('id', e.id, 'job_id', e.job_id,"
    " 'status', CASE WHEN e.removed_at IS NOT NULL THEN 'expired' WHEN j.status = 'running' THEN 'processing'"
    "   ELSE j.status END,"
    " 'format', e.format, 'delimiter', e.delimiter, 'language', e.language, 'filters', e.filters,"
    " 'filename', e.filename, 'row_count', e.row_count, 'file_size', e.file_size,"
    " 'progress_done', j.progress_done, 'progress_total', j.progress_total, 'error', j.error,"
    " 'created_by', e.created_by, 'created_by_username', u.username, 'created_at', api_ts(e.created_at),"
    " 'started_at', api_ts(j.started_at), 'completed_at', api_ts(j.finished_at), 'expires_at', api_ts(e.expires_at),"
    " 'download_url', CASE WHEN j.status = 'completed' AND e.removed_at IS NULL"
    "   THEN '/api/v1/exports/' || e.id || '/download' END)";

constexpr const char* kExportFrom =
    " FROM exports e JOIN jobs j ON j.id = e.job_id LEFT JOIN users u ON u.id = e.created_by";

std::int64_t export_id(http::RequestContext& ctx) {
  auto id = parse_id(ctx.req.path_param("id"));
  if (!id) throw not_found("Export not found");
  return *id;
}

}  // namespace

http::Response create_export(http::RequestContext& ctx) {
  auto body = parse_json_object(ctx.req.body, true);
  FieldReader f(body);
  auto format = f.string("format", false).value_or("csv");
  if (format != "csv" && format != "xlsx") f.fail("format", "must be csv or xlsx");
  auto delimiter = f.string("delimiter", false).value_or(";");
  if (delimiter != ";" && delimiter != ",") f.fail("delimiter", "must be ; or ,");
  auto language = f.string("language", false).value_or("ru");
  if (language != "ru" && language != "en") f.fail("language", "must be ru or en");
  // The contract puts project_id beside the filters; both places are accepted.
  json::object filters;
  if (const auto* v = body.if_contains("filters"); v && !v->is_null()) {
    if (v->is_object()) filters = v->as_object();
    else f.fail("filters", "must be an object with the numbers list's filters");
  }
  if (const auto* v = body.if_contains("project_id"); v && !v->is_null()) filters["project_id"] = *v;
  std::vector<FieldIssue> issues;
  auto filter = numbers::Filter::from_json(filters, issues);
  for (auto& i : issues) f.fail("filters." + i.field.substr(i.field.find('.') + 1), i.issue);
  f.finish();

  const auto& me = ctx.principal();
  auto conn = ctx.app.pool.acquire();
  if (filter.project_id) projects::require_project(*conn, me, *filter.project_id);
  auto id = db::transaction(*conn, [&](db::Connection& c) {
    auto job_id = jobs::enqueue(c, kJobKind, {}, me.id);
    auto stamp = c.exec("SELECT to_char(now() AT TIME ZONE 'Europe/Moscow', 'YYYY-MM-DD_HH24MI')").str(0, 0);
    auto id = c.query(
                   "INSERT INTO exports (job_id, format, delimiter, language, filters, filename, created_by)"
                   " VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7) RETURNING id",
                   job_id, format, delimiter, language, json::serialize(filter.json()),
                   "numbers_" + stamp + "." + format, me.id)
                  .i64(0, 0);
    c.query("UPDATE jobs SET payload = $2::jsonb WHERE id = $1", job_id,
            json::serialize(json::object{{"export_id", id}}));
    audit::record(c, ctx.actor(), "create", "export", std::to_string(id),
                  {{"format", format}, {"filters", filter.json()}, {"job_id", job_id}});
    return id;
  });
  auto r = conn->query(std::string("SELECT ") + kExportJson + "::text" + kExportFrom + " WHERE e.id = $1", id);
  return http::Response::raw_json(201, r.str(0, 0));
}

http::Response list_exports(http::RequestContext& ctx) {
  QueryParams q(ctx.req);
  auto limit = q.integer("limit", 1, 200).value_or(50);
  auto offset = q.integer("offset", 0, INT64_MAX).value_or(0);
  q.finish();
  const auto& me = ctx.principal();
  auto conn = ctx.app.pool.acquire();
  auto r = conn->query(
      std::string("WITH f AS (SELECT id, created_at FROM exports WHERE $1 OR created_by = $2)"
                  " SELECT (SELECT count(*) FROM f), (SELECT coalesce(json_agg(x.o ORDER BY x.created_at DESC, x.id DESC),"
                  " '[]') FROM (SELECT ") +
          kExportJson + " AS o, e.created_at, e.id" + kExportFrom +
          " WHERE e.id IN (SELECT id FROM f ORDER BY created_at DESC, id DESC LIMIT $3 OFFSET $4)) x)::text",
      me.can("exports.all"), me.id, limit, offset);
  return http::Response::json(
      json::object{{"data", json::parse(r.view(0, 1))}, {"pagination", offset_pagination(r.i64(0, 0), limit, offset)}});
}

http::Response get_export(http::RequestContext& ctx) {
  const auto id = export_id(ctx);
  const auto& me = ctx.principal();
  auto conn = ctx.app.pool.acquire();
  auto r = conn->query(std::string("SELECT ") + kExportJson + "::text" + kExportFrom +
                           " WHERE e.id = $1 AND ($2 OR e.created_by = $3)",
                       id, me.can("exports.all"), me.id);
  if (r.empty()) throw not_found("Export not found");
  return http::Response::raw_json(200, r.str(0, 0));
}

http::Response download_export(http::RequestContext& ctx) {
  const auto id = export_id(ctx);
  const auto& me = ctx.principal();
  auto conn = ctx.app.pool.acquire();
  auto r = conn->query(
      "SELECT e.format, e.filename, j.status, e.removed_at IS NOT NULL FROM exports e JOIN jobs j ON j.id = e.job_id"
      " WHERE e.id = $1 AND ($2 OR e.created_by = $3)",
      id, me.can("exports.all"), me.id);
  if (r.empty()) throw not_found("Export not found");
  if (r.boolean(0, 3)) throw ApiError(410, "GONE", "The export file was removed after its retention period");
  if (r.str(0, 2) != "completed") throw conflict("The export is not ready (" + r.str(0, 2) + ")");
  // Someone removed from a project since may no longer take its numbers away.
  if (!projects::sees_all_projects(me) &&
      conn->query("SELECT 1 FROM exports e WHERE e.id = $1 AND (e.project_ids IS NULL OR EXISTS ("
                  "  SELECT 1 FROM unnest(e.project_ids) p(id) WHERE NOT EXISTS ("
                  "    SELECT 1 FROM project_members m WHERE m.project_id = p.id AND m.user_id = $2)))",
                  id, me.id)
          .rows() > 0)
    throw not_found("Export not found");
  const auto format = r.str(0, 0);
  audit::record(*conn, ctx.actor(), "download", "export", std::to_string(id));
  return http::file_response(export_path(ctx.app.config.files_dir(), id, format),
                             format == "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                                              : "text/csv; charset=utf-8",
                             r.str(0, 1));
}

}  // namespace numbase::exports
