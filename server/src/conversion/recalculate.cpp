#include "conversion/recalculate.hpp"

#include "audit/audit.hpp"

namespace numbase::conversion {
namespace {

// What the numbers say minus what the counters say, for one project, in one snapshot.
constexpr const char* kCohortDelta = R"SQL(
CREATE TEMP TABLE conversion_fix AS
SELECT project_id, grain, period, provider_id, geo_id, status_id, sum(n)::bigint AS delta FROM (
  SELECT s.project_id, c.grain, c.period, c.provider_id, c.geo_id, s.status_id, s.n
    FROM (SELECT project_id, numbase_day(created_at) AS day, provider_id, geo_id, status_id, count(*) AS n
            FROM phone_numbers WHERE project_id = $1 GROUP BY 1, 2, 3, 4, 5) s
   CROSS JOIN LATERAL conversion_cells(s.day, s.provider_id, s.geo_id) c
  UNION ALL
  SELECT project_id, grain, period, provider_id, geo_id, status_id, -numbers
    FROM conversion_cohort WHERE project_id = $1) x
GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(n) <> 0
)SQL";

constexpr const char* kStatusDelta = R"SQL(
CREATE TEMP TABLE conversion_status_fix AS
SELECT $1::bigint AS project_id, status_id, sum(n)::bigint AS delta FROM (
  SELECT status_id, count(*) AS n FROM phone_numbers WHERE project_id = $1 GROUP BY 1
  UNION ALL
  SELECT status_id, -count FROM project_status_counters WHERE project_id = $1) x
GROUP BY 2 HAVING sum(n) <> 0
)SQL";

constexpr const char* kApply = R"SQL(
WITH c AS (
  INSERT INTO conversion_cohort AS c (project_id, grain, period, provider_id, geo_id, status_id, numbers)
  SELECT project_id, grain, period, provider_id, geo_id, status_id, delta FROM conversion_fix
  ON CONFLICT (project_id, grain, period, provider_id, geo_id, status_id)
     DO UPDATE SET numbers = c.numbers + excluded.numbers
  RETURNING 1),
s AS (
  INSERT INTO project_status_counters AS c (project_id, status_id, count)
  SELECT project_id, status_id, delta FROM conversion_status_fix
  ON CONFLICT (project_id, status_id) DO UPDATE SET count = c.count + excluded.count
  RETURNING 1)
SELECT (SELECT count(*) FROM c) + (SELECT count(*) FROM s)
)SQL";

}  // namespace

RecalculateResult recalculate(db::Connection& conn, std::int64_t project_id) {
  RecalculateResult result;
  conn.exec("DROP TABLE IF EXISTS pg_temp.conversion_fix, pg_temp.conversion_status_fix");
  conn.exec("BEGIN ISOLATION LEVEL REPEATABLE READ");
  try {
    conn.query(kCohortDelta, project_id);
    conn.query(kStatusDelta, project_id);
    result.numbers = conn.query("SELECT count(*) FROM phone_numbers WHERE project_id = $1", project_id).i64(0, 0);
    conn.exec("COMMIT");
  } catch (...) {
    conn.exec("ROLLBACK");
    throw;
  }
  db::transaction(conn, [&](db::Connection& c) {
    result.cells_corrected = c.exec(kApply).i64(0, 0);
    // Cells left at zero by the correction carry nothing.
    c.query("DELETE FROM conversion_cohort WHERE project_id = $1 AND numbers = 0", project_id);
  });
  conn.exec("DROP TABLE IF EXISTS pg_temp.conversion_fix, pg_temp.conversion_status_fix");
  return result;
}

boost::json::object run_recalculate(jobs::JobContext& job) {
  const auto* id = job.payload.if_contains("project_id");
  if (!id || !id->is_int64()) throw jobs::JobError("the job names no project");
  const auto project_id = id->as_int64();
  if (job.conn.query("SELECT 1 FROM projects WHERE id = $1", project_id).empty())
    throw jobs::JobError("the project no longer exists");
  job.progress(0, std::nullopt);
  const auto r = recalculate(job.conn, project_id);
  audit::Actor system;
  system.on_behalf_of = job.requested_by;
  audit::record(job.conn, system, "recalculate", "project_conversion", std::to_string(project_id),
                {{"numbers", r.numbers}, {"cells_corrected", r.cells_corrected}});
  job.progress(r.numbers, r.numbers);
  return {{"project_id", project_id}, {"numbers", r.numbers}, {"cells_corrected", r.cells_corrected}};
}

}  // namespace numbase::conversion
