#include "conversion/recalculate.hpp"

#include "audit/audit.hpp"

namespace numbase::conversion {
namespace {

// What the numbers say minus what the counters say, for one project, added to the live
// counters, in one statement: one snapshot for both sides, and no state left in the session
// between statements (a transaction-mode pooler may give the next statement another one).
constexpr const char* kRecalculate = R"SQL(
WITH cohort_fix AS (
  SELECT project_id, grain, period, provider_id, geo_id, status_id, sum(n)::bigint AS delta FROM (
    SELECT s.project_id, c.grain, c.period, c.provider_id, c.geo_id, s.status_id, s.n
      FROM (SELECT project_id, numbase_day(created_at) AS day, provider_id, geo_id, status_id, count(*) AS n
              FROM phone_numbers WHERE project_id = $1 GROUP BY 1, 2, 3, 4, 5) s
     CROSS JOIN LATERAL conversion_cells(s.day, s.provider_id, s.geo_id) c
    UNION ALL
    SELECT project_id, grain, period, provider_id, geo_id, status_id, -numbers
      FROM conversion_cohort WHERE project_id = $1) x
  GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(n) <> 0),
status_fix AS (
  SELECT $1::bigint AS project_id, status_id, sum(n)::bigint AS delta FROM (
    SELECT status_id, count(*) AS n FROM phone_numbers WHERE project_id = $1 GROUP BY 1
    UNION ALL
    SELECT status_id, -count FROM project_status_counters WHERE project_id = $1) x
  GROUP BY 2 HAVING sum(n) <> 0),
c AS (
  INSERT INTO conversion_cohort AS c (project_id, grain, period, provider_id, geo_id, status_id, numbers)
  SELECT project_id, grain, period, provider_id, geo_id, status_id, delta FROM cohort_fix
  ON CONFLICT (project_id, grain, period, provider_id, geo_id, status_id)
     DO UPDATE SET numbers = c.numbers + excluded.numbers
  RETURNING 1),
s AS (
  INSERT INTO project_status_counters AS c (project_id, status_id, count)
  SELECT project_id, status_id, delta FROM status_fix
  ON CONFLICT (project_id, status_id) DO UPDATE SET count = c.count + excluded.count
  RETURNING 1)
SELECT (SELECT count(*) FROM c) + (SELECT count(*) FROM s),
       (SELECT count(*) FROM phone_numbers WHERE project_id = $1)
)SQL";

}  // namespace

RecalculateResult recalculate(db::Connection& conn, std::int64_t project_id) {
  RecalculateResult result;
  db::transaction(conn, [&](db::Connection& c) {
    const auto r = c.query(kRecalculate, project_id);
    result.cells_corrected = r.i64(0, 0);
    result.numbers = r.i64(0, 1);
    // Cells left at zero by the correction carry nothing.
    c.query("DELETE FROM conversion_cohort WHERE project_id = $1 AND numbers = 0", project_id);
  });
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
