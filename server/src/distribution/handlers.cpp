#include "distribution/handlers.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "app/app.hpp"
#include "audit/audit.hpp"
#include "core/errors.hpp"
#include "core/pagination.hpp"
#include "core/query_params.hpp"
#include "distribution/engine.hpp"
#include "jobs/queue.hpp"
#include "projects/access.hpp"

namespace numbase::distribution {
namespace json = boost::json;
namespace {

constexpr const char* kRunJson =
    "json_build_object('id', r.id, 'trigger', r.trigger, 'project_id', r.project_id, 'started_by', r.started_by,"
    " 'started_by_name', u.username, 'job_id', r.job_id, 'now_at', api_ts(r.now_at),"
    " 'started_at', api_ts(r.started_at), 'finished_at', api_ts(r.finished_at), 'handed', r.handed,"
    " 'returned', r.returned, 'results', r.results)";
constexpr const char* kRunFrom = " FROM distribution_runs r LEFT JOIN users u ON u.id = r.started_by";

// Waiting numbers by supplier and region (with the region's time zone).
constexpr const char* kPoolBySupplierRegion = R"SQL(
SELECT coalesce(json_agg(json_build_object('provider_id', x.provider_id, 'provider_code', v.code,
         'geo_id', x.geo_id, 'geo_name', g.name, 'geo_name_en', g.name_en, 'timezone', g.timezone, 'count', x.n)
         ORDER BY x.n DESC, v.code, g.name), '[]')::text,
       coalesce(sum(x.n), 0)
  FROM (SELECT provider_id, geo_id, count(*) AS n FROM pool_numbers GROUP BY 1, 2) x
  LEFT JOIN providers v ON v.id = x.provider_id LEFT JOIN geo g ON g.id = x.geo_id
)SQL";

// Statement timestamps in the payload of a scheduled job tell when the last one was queued.
constexpr const char* kEnqueueScheduled = R"SQL(
SELECT NOT EXISTS (SELECT 1 FROM jobs WHERE kind = $1 AND status IN ('queued', 'running'))
   AND NOT EXISTS (SELECT 1 FROM jobs WHERE kind = $1 AND created_at > now() - $2::bigint * interval '1 minute')
)SQL";

}  // namespace

http::Response get_base(http::RequestContext& ctx) {
  auto id = parse_id(ctx.req.path_param("id"));
  if (!id) throw not_found("Project not found");
  const auto& me = ctx.principal();
  auto conn = ctx.app.pool.acquire();
  projects::require_project(*conn, me, *id);
  if (conn->query("SELECT is_active FROM projects WHERE id = $1", *id).boolean(0, 0) == false) {
    ProjectOutcome o{*id, "", 0, std::nullopt, "project_inactive"};
    auto j = outcome_json(o);
    j.erase("name");
    j["run_id"] = nullptr;
    return http::Response::json(j);
  }
  RunRequest request;
  request.trigger = "get_base";
  request.project_id = *id;
  request.started_by = me.id;
  auto result = run(*conn, request, ctx.actor());
  ProjectOutcome o{*id, "", 0, std::nullopt, "pool_empty"};
  if (!result.projects.empty()) o = result.projects.front();
  auto j = outcome_json(o);
  j.erase("name");
  j["run_id"] = result.run_id;
  return http::Response::json(j);
}

http::Response create_run(http::RequestContext& ctx) {
  const auto& me = ctx.principal();
  auto conn = ctx.app.pool.acquire();
  auto job_id = db::transaction(*conn, [&](db::Connection& c) {
    auto job = jobs::enqueue(c, kJobKind, {{"trigger", "manual"}}, me.id);
    audit::record(c, ctx.actor(), "create", "distribution_job", std::to_string(job));
    return job;
  });
  return http::Response::json(202, json::object{{"job_id", job_id}});
}

http::Response list_runs(http::RequestContext& ctx) {
  QueryParams q(ctx.req);
  auto limit = q.integer("limit", 1, 200).value_or(50);
  auto offset = q.integer("offset", 0, 1000000000).value_or(0);
  q.finish();
  auto conn = ctx.app.pool.acquire();
  auto r = conn->query(std::string("SELECT (SELECT count(*) FROM distribution_runs),"
                                   " (SELECT coalesce(json_agg(x.o ORDER BY x.id DESC), '[]') FROM (SELECT ") +
                           kRunJson + " AS o, r.id" + kRunFrom +
                           " ORDER BY r.id DESC LIMIT $1 OFFSET $2) x)::text",
                       limit, offset);
  return http::Response::json(
      json::object{{"data", json::parse(r.view(0, 1))}, {"pagination", offset_pagination(r.i64(0, 0), limit, offset)}});
}

http::Response get_run(http::RequestContext& ctx) {
  auto id = parse_id(ctx.req.path_param("id"));
  if (!id) throw not_found("Run not found");
  auto conn = ctx.app.pool.acquire();
  auto r = conn->query(std::string("SELECT ") + kRunJson + "::text" + kRunFrom + " WHERE r.id = $1", *id);
  if (r.empty()) throw not_found("Run not found");
  return http::Response::raw_json(200, r.str(0, 0));
}

http::Response pool_summary(http::RequestContext& ctx) {
  const auto& me = ctx.principal();
  auto conn = ctx.app.pool.acquire();
  json::object out;
  std::optional<std::vector<std::int64_t>> only;
  if (projects::sees_all_projects(me)) {
    auto r = conn->exec(kPoolBySupplierRegion);
    out["data"] = json::parse(r.view(0, 0));
    out["waiting"] = r.i64(0, 1);
  } else {
    // Managers see only what their projects can take.
    auto r = conn->query("SELECT project_id FROM project_members WHERE user_id = $1", me.id);
    only.emplace();
    for (int i = 0; i < r.rows(); ++i) only->push_back(r.i64(i, 0));
    out["data"] = json::array();
    out["waiting"] = nullptr;
  }
  json::array projects;
  for (const auto& o : preview(*conn, std::nullopt, only)) {
    auto j = outcome_json(o);
    j["can_take"] = o.handed;
    j.erase("handed");
    projects.push_back(std::move(j));
  }
  out["projects"] = std::move(projects);
  return http::Response::json(out);
}

json::object run_job(jobs::JobContext& job) {
  RunRequest request;
  if (const auto* t = job.payload.if_contains("trigger"); t && t->is_string()) request.trigger = t->as_string();
  if (request.trigger != "schedule") request.trigger = "manual";
  request.started_by = job.requested_by;
  request.job_id = job.id;
  audit::Actor system;
  system.on_behalf_of = job.requested_by;
  job.progress(0, std::nullopt);
  auto result = run(job.conn, request, system);
  json::array projects;
  for (const auto& p : result.projects) projects.push_back(outcome_json(p));
  return {{"run_id", result.run_id}, {"handed", result.handed}, {"returned", result.returned}, {"projects", projects}};
}

void enqueue_scheduled(db::Connection& conn, std::chrono::minutes interval) {
  if (interval.count() <= 0) return;
  db::transaction(conn, [&](db::Connection& c) {
    c.query("SELECT pg_advisory_xact_lock($1::bigint)", std::int64_t{0x6e62736368656431});  // "nbsched1"
    if (c.query(kEnqueueScheduled, kJobKind, static_cast<std::int64_t>(interval.count())).boolean(0, 0))
      jobs::enqueue(c, kJobKind, {{"trigger", "schedule"}}, std::nullopt);
  });
}

}  // namespace numbase::distribution
