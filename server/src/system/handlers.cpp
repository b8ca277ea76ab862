#include "system/handlers.hpp"

#include <sodium.h>

#include <string>
#include <vector>

#include "core/errors.hpp"

#include <fmt/format.h>

#include "app/app.hpp"
#include "db/migrations.hpp"
#include "distribution/handlers.hpp"
#include "exports/job.hpp"
#include "imports/job.hpp"
#include "sftp/runs.hpp"
#include "system/openapi.hpp"

namespace numbase::system {
namespace json = boost::json;

http::Response healthz(http::RequestContext&) { return http::Response::json(json::object{{"status", "ok"}}); }

http::Response readyz(http::RequestContext& ctx) {
  const int expected = db::latest_migration_version();
  try {
    auto conn = ctx.app.pool.acquire();
    const int applied = db::applied_migration_version(*conn);
    json::object body{{"database", "ok"}, {"migrations", {{"applied", applied}, {"expected", expected}}}};
    const bool ready = applied == expected;
    body["status"] = ready ? "ready" : "migrations pending";
    return http::Response::json(ready ? 200 : 503, body);
  } catch (const db::Error&) {
    return http::Response::json(503, json::object{{"status", "database unreachable"}, {"database", "unreachable"}});
  }
}

namespace {

// What every replica reports of the shared database; alert on max() over the replicas. Each read
// is a partial index or a small table, so a scrape costs the same at any size.
constexpr const char* kJobGauges = R"sql(
SELECT count(*) FILTER (WHERE status = 'queued'),
       count(*) FILTER (WHERE status = 'running'),
       coalesce(extract(epoch FROM now() - min(run_after) FILTER (WHERE status = 'queued' AND run_after <= now())), 0)::bigint,
       (SELECT coalesce(sum(signature_failures), 0)::bigint FROM softphone_integrations)
  FROM jobs WHERE status IN ('queued', 'running'))sql";
// The kinds an alert watches are always reported, 0 until one fails: Prometheus's increase()
// sees nothing in a series that is born at 1.
constexpr const char* kFailedJobs = R"sql(
SELECT k.kind, count(j.id)
  FROM (SELECT unnest($1::text[]) AS kind UNION SELECT DISTINCT kind FROM jobs WHERE status = 'failed') k
  LEFT JOIN jobs j ON j.kind = k.kind AND j.status = 'failed'
 GROUP BY k.kind ORDER BY k.kind)sql";

std::string database_gauges(App& app) {
  try {
    auto conn = app.pool.acquire();
    auto jobs = conn->exec(kJobGauges);
    std::string out = fmt::format(
        "# HELP numbase_database_up Whether this replica reached the database for this scrape.\n"
        "# TYPE numbase_database_up gauge\nnumbase_database_up 1\n"
        "# HELP numbase_jobs Background jobs waiting or running, across every worker.\n"
        "# TYPE numbase_jobs gauge\n"
        "numbase_jobs{{state=\"queued\"}} {}\nnumbase_jobs{{state=\"running\"}} {}\n"
        "# HELP numbase_jobs_oldest_queued_seconds How long the oldest due job has waited for a worker.\n"
        "# TYPE numbase_jobs_oldest_queued_seconds gauge\nnumbase_jobs_oldest_queued_seconds {}\n",
        jobs.i64(0, 0), jobs.i64(0, 1), jobs.i64(0, 2));
    auto failed = conn->query(kFailedJobs, std::vector<std::string>{imports::kJobKind, sftp::kJobKind,
                                                                    exports::kJobKind, distribution::kJobKind});
    out += "# HELP numbase_jobs_failed_total Jobs that failed for good, by kind (import, export, ...).\n"
           "# TYPE numbase_jobs_failed_total counter\n";
    for (int r = 0; r < failed.rows(); ++r)
      out += fmt::format("numbase_jobs_failed_total{{kind=\"{}\"}} {}\n", failed.view(r, 0), failed.i64(r, 1));
    out += fmt::format(
        "# HELP numbase_softphone_signature_failures_total SoftPhone webhooks refused for a bad signature.\n"
        "# TYPE numbase_softphone_signature_failures_total counter\nnumbase_softphone_signature_failures_total {}\n",
        jobs.i64(0, 3));
    return out;
  } catch (const db::Error&) {
    return "# TYPE numbase_database_up gauge\nnumbase_database_up 0\n";
  }
}

}  // namespace

http::Response metrics(http::RequestContext& ctx) {
  // Off unless NUMBASE_METRICS_TOKEN is set; then only for "Authorization: Bearer <token>",
  // compared in constant time. Anything else looks like no such page.
  const auto& token = ctx.app.config.metrics_token;
  const auto given = ctx.req.header("authorization");
  const std::string expected = "Bearer " + token;
  if (token.empty() || !given || given->size() != expected.size() ||
      sodium_memcmp(given->data(), expected.data(), expected.size()) != 0)
    throw not_found();
  http::Response res;
  res.content_type = "text/plain; version=0.0.4; charset=utf-8";
  res.body = ctx.app.metrics.render();
  auto s = ctx.app.pool.stats();
  res.body += fmt::format(
      "# HELP numbase_db_pool_connections Database connections by state.\n"
      "# TYPE numbase_db_pool_connections gauge\n"
      "numbase_db_pool_connections{{state=\"in_use\"}} {}\n"
      "numbase_db_pool_connections{{state=\"idle\"}} {}\n"
      "# HELP numbase_db_pool_size Maximum database connections.\n"
      "# TYPE numbase_db_pool_size gauge\n"
      "numbase_db_pool_size {}\n"
      "# HELP numbase_db_pool_waiting Requests waiting for a database connection.\n"
      "# TYPE numbase_db_pool_waiting gauge\n"
      "numbase_db_pool_waiting {}\n",
      s.in_use, s.open - s.in_use, s.size, s.waiting);
  res.body += database_gauges(ctx.app);
  return res;
}

http::Response openapi(http::RequestContext&) { return http::Response::raw_json(200, std::string(openapi_document())); }

}  // namespace numbase::system
