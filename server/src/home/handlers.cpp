#include "home/handlers.hpp"

#include <boost/json/parse.hpp>

#include "app/app.hpp"
#include "projects/access.hpp"

namespace numbase::home {
namespace json = boost::json;
namespace {

// The caller's day: their callbacks (reminders on numbers assigned to them; the reminder index
// walks only numbers that have one, and the counts stop at 1000) and their projects' numbers
// received and made successful today (counters), and their calls today (the SoftPhone's, by
// their extension). $1: the caller, $2: member filter (null: all).
constexpr const char* kMine = R"SQL(
WITH day AS (SELECT numbase_day(now()) AS d,
                    numbase_day(now())::timestamp AT TIME ZONE 'Europe/Moscow' AS starts),
mine AS (SELECT p.id FROM projects p WHERE p.deleted_at IS NULL
           AND ($2::bigint IS NULL OR p.id IN (SELECT project_id FROM project_members WHERE user_id = $2)))
SELECT json_build_object(
  'day', (SELECT d FROM day),
  'callbacks_overdue', (SELECT count(*) FROM (SELECT 1 FROM phone_numbers n JOIN projects p ON p.id = n.project_id
      WHERE n.reminder_at < now() AND n.assigned_to = $1 AND p.deleted_at IS NULL LIMIT 1000) x),
  'callbacks_today', (SELECT count(*) FROM (SELECT 1 FROM phone_numbers n JOIN projects p ON p.id = n.project_id, day
      WHERE n.reminder_at >= day.starts AND n.reminder_at < day.starts + interval '1 day' AND n.assigned_to = $1
        AND p.deleted_at IS NULL LIMIT 1000) x),
  'next_callback_at', (SELECT api_ts(min(n.reminder_at)) FROM phone_numbers n JOIN projects p ON p.id = n.project_id
      WHERE n.reminder_at >= now() AND n.assigned_to = $1 AND p.deleted_at IS NULL),
  'projects', (SELECT count(*) FROM mine),
  'received_today', (SELECT coalesce(sum(c.received), 0) FROM project_daily_counters c, day
      WHERE c.day = day.d AND c.project_id IN (SELECT id FROM mine)),
  'success_today', (SELECT coalesce(sum(a.became_success), 0) FROM conversion_activity a, day
      WHERE a.grain = 'd' AND a.period = day.d AND a.provider_id = 0 AND a.geo_id = 0
        AND a.project_id IN (SELECT id FROM mine)),
  'calls_today', (SELECT count(*) FROM calls c, day WHERE c.user_id = $1 AND c.started_at >= day.starts))::text
)SQL";

// What an administrator watches. $1: how many rows of each list.
constexpr const char* kCompany = R"SQL(
WITH day AS (SELECT numbase_day(now()) AS d),
last_run AS (SELECT results FROM distribution_runs WHERE trigger <> 'get_base' AND finished_at IS NOT NULL
              ORDER BY id DESC LIMIT 1)
SELECT json_build_object(
  'received_by_supplier', (SELECT coalesce(json_agg(x ORDER BY x.pool + x.projects DESC, x.code), '[]') FROM (
      SELECT v.id AS provider_id, v.code, v.name,
             coalesce((SELECT sum(s.received) FROM pool_supplier_counters s, day WHERE s.provider_id = v.id AND s.day = day.d), 0) AS pool,
             coalesce((SELECT sum(a.received) FROM conversion_arrivals a, day WHERE a.grain = 'd' AND a.period = day.d
                        AND a.provider_id = v.id AND a.geo_id = 0), 0) AS projects
        FROM providers v) x WHERE x.pool + x.projects > 0),
  'imports_running', (SELECT coalesce(json_agg(x ORDER BY x.id), '[]') FROM (
      SELECT i.id, i.filename, i.project_id, p.name AS project_name, i.target,
             CASE j.status WHEN 'running' THEN 'processing' ELSE j.status END AS status,
             j.progress_done, j.progress_total
        FROM jobs j JOIN imports i ON i.job_id = j.id LEFT JOIN projects p ON p.id = i.project_id
       WHERE j.kind = 'import' AND j.status IN ('queued', 'running') ORDER BY j.id LIMIT $1) x),
  'imports_failed', (SELECT coalesce(json_agg(x ORDER BY x.finished_at DESC), '[]') FROM (
      SELECT i.id, i.filename, i.project_id, p.name AS project_name, i.target, j.error, api_ts(j.finished_at) AS finished_at
        FROM jobs j JOIN imports i ON i.job_id = j.id LEFT JOIN projects p ON p.id = i.project_id
       WHERE j.kind = 'import' AND j.status = 'failed' AND j.finished_at > now() - interval '1 day'
       ORDER BY j.finished_at DESC LIMIT $1) x),
  'projects_at_limit', (SELECT coalesce(json_agg(x ORDER BY x.name), '[]') FROM (
      SELECT p.id, p.name, p.daily_limit, c.received
        FROM projects p JOIN project_daily_counters c ON c.project_id = p.id, day
       WHERE c.day = day.d AND p.deleted_at IS NULL AND p.is_active AND p.daily_limit > 0 AND c.received >= p.daily_limit
       ORDER BY p.name LIMIT $1) x),
  'projects_without_numbers', (SELECT coalesce(json_agg(x ORDER BY x.name), '[]') FROM (
      SELECT p.id, p.name FROM last_run, jsonb_array_elements(last_run.results) r
        JOIN projects p ON p.id = (r ->> 'project_id')::bigint
       WHERE r -> 'reason' ->> 'code' = 'pool_empty' AND p.deleted_at IS NULL AND p.is_active
       ORDER BY p.name LIMIT $1) x))::text
)SQL";

}  // namespace

http::Response today(http::RequestContext& ctx) {
  const auto& me = ctx.principal();
  auto conn = ctx.app.pool.acquire();
  auto out = json::parse(conn->query(kMine, me.id, projects::member_filter(me)).view(0, 0)).as_object();
  // The company's picture is for those who see every project.
  out["company"] = projects::sees_all_projects(me) ? json::parse(conn->query(kCompany, 20).view(0, 0)) : json::value(nullptr);
  return http::Response::json(out);
}

}  // namespace numbase::home
