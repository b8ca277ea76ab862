#include "distribution/engine.hpp"

#include "db/copy.hpp"

#include <boost/json/serialize.hpp>

#include <algorithm>
#include <charconv>
#include <queue>
#include <unordered_set>

namespace numbase::distribution {
namespace json = boost::json;
namespace {

// One run at a time, across every process (transaction-scoped: safe behind PgBouncer).
constexpr std::int64_t kRunLock = 0x6e62646973747231;  // "nbdistr1"

// The active projects to serve: their need today and the geo rows whose local time lies in
// the project's schedule at $1. A project's geo matches a geo row of the same country when it
// is the country itself, or the same region (and city, when the project's geo names one).
// A project without any schedule row receives at any time.
constexpr const char* kProjects = R"SQL(
SELECT p.id, p.name, p.priority, p.oldest_first, p.daily_limit,
       coalesce((SELECT c.received FROM project_daily_counters c
                  WHERE c.project_id = p.id AND c.day = numbase_day($1::timestamptz)), 0),
       coalesce((SELECT array_agg(g.id ORDER BY g.id) FROM geo g
                  WHERE EXISTS (SELECT 1 FROM project_geo pg JOIN geo x ON x.id = pg.geo_id
                                 WHERE pg.project_id = p.id AND x.country = g.country
                                   AND (x.region IS NULL OR (x.region = g.region AND (x.city IS NULL OR x.city = g.city))))
                    AND (NOT EXISTS (SELECT 1 FROM project_schedule s WHERE s.project_id = p.id)
                         OR EXISTS (SELECT 1 FROM project_schedule s
                                     WHERE s.project_id = p.id
                                       AND s.weekday = extract(isodow FROM $1::timestamptz AT TIME ZONE g.timezone)
                                       AND (s.start_time IS NULL
                                            OR (($1::timestamptz AT TIME ZONE g.timezone)::time >= s.start_time
                                                AND ($1::timestamptz AT TIME ZONE g.timezone)::time < s.end_time))))),
                '{}')::text,
       coalesce((SELECT array_agg(x.provider_id) FROM project_providers x WHERE x.project_id = p.id), '{}')::text
  FROM projects p
 WHERE p.is_active AND p.deleted_at IS NULL
   AND ($2::bigint IS NULL OR p.id = $2::bigint)
   AND ($3::bigint[] IS NULL OR p.id = ANY($3::bigint[]))
 ORDER BY p.id
)SQL";

// A project's next candidates after a keyset cursor, in its order (freshest or oldest first):
// its suppliers, the geo open now, its site list, never a number it had (unless it allows
// one again after N days) or has.
//
// With few (region, supplier) pairs — most projects — one branch per pair, each an ordered
// walk of (geo_id | also_geo_id, provider_id, arrived_at, id) that stops after LIMIT rows,
// merged by the planner (Merge Append): the cost is the rows returned, whatever the pool's
// size. With many pairs (a country-level project) the common walk of the arrival order,
// where matching rows are frequent.
constexpr std::size_t kMaxBranches = 24;

std::string candidate_filters(bool oldest_first) {
  return R"SQL(
   AND (cardinality(p.sites) = 0
        OR CASE WHEN p.sites_mode = 'include' THEN coalesce(site_domain(n.site) = ANY(p.sites), false)
                ELSE NOT coalesce(site_domain(n.site) = ANY(p.sites), false) END)
   AND NOT EXISTS (SELECT 1 FROM project_received r
                    WHERE r.project_id = $1::bigint AND r.phone = n.phone
                      AND (p.receive_again_after_days IS NULL
                           OR r.received_at > $2::timestamptz - p.receive_again_after_days * interval '1 day'))
   AND NOT EXISTS (SELECT 1 FROM phone_numbers x WHERE x.project_id = $1::bigint AND x.phone = n.phone)
   AND ($4::timestamptz IS NULL OR (n.arrived_at, n.id) )SQL" +
         std::string(oldest_first ? ">" : "<") + " ($4::timestamptz, $5::bigint))";
}

// The query and its parameters ($1 project, $2 now, $3 open geo, $4/$5 cursor, $6 limit,
// $7 providers, then the pairs' values).
std::pair<std::string, std::vector<db::Param>> candidates_query(const std::vector<std::int64_t>& geo,
                                                               const std::vector<std::int64_t>& providers,
                                                               bool oldest_first) {
  const std::string dir = oldest_first ? "ASC" : "DESC";
  const std::string order = " ORDER BY n.arrived_at " + dir + ", n.id " + dir;
  std::vector<db::Param> extra;
  if (geo.size() * providers.size() * 2 > kMaxBranches) {
    return {"SELECT n.id, n.arrived_at::text FROM pool_numbers n, projects p WHERE p.id = $1::bigint"
            " AND n.provider_id = ANY($7::int[]) AND (n.geo_id = ANY($3::int[]) OR n.also_geo_id = ANY($3::int[]))" +
                candidate_filters(oldest_first) + order + " LIMIT $6::bigint",
            extra};
  }
  std::string branches;
  int next = 8;
  for (const char* column : {"geo_id", "also_geo_id"})
    for (auto g : geo)
      for (auto v : providers) {
        if (!branches.empty()) branches += " UNION ALL ";
        branches += "(SELECT n.id, n.arrived_at FROM pool_numbers n, projects p WHERE p.id = $1::bigint AND n." +
                    std::string(column) + " = $" + std::to_string(next) + "::int AND n.provider_id = $" +
                    std::to_string(next + 1) + "::int" + candidate_filters(oldest_first) + order +
                    " LIMIT $6::bigint)";
        extra.push_back(db::to_param(g));
        extra.push_back(db::to_param(v));
        next += 2;
      }
  // Both branch kinds may hold one number (its region and its second region): once each.
  return {"SELECT DISTINCT ON (u.arrived_at, u.id) u.id, u.arrived_at::text FROM (" + branches +
              ") u WHERE $3::int[] IS NOT NULL AND $7::int[] IS NOT NULL ORDER BY u.arrived_at " + dir + ", u.id " +
              dir + " LIMIT $6::bigint",
          extra};
}

// Numbers left in a not-processed status longer than their project allows go back to the
// pool; the project keeps them in its history, so it never gets them again.
constexpr const char* kReturnUnworked = R"SQL(
WITH gone AS (
  DELETE FROM phone_numbers n USING projects p, number_statuses s
   WHERE p.return_unworked_after_days IS NOT NULL AND p.deleted_at IS NULL
     AND ($2::bigint IS NULL OR p.id = $2::bigint)
     AND n.project_id = p.id AND s.id = n.status_id AND NOT s.is_processed
     AND n.created_at < $1::timestamptz - p.return_unworked_after_days * interval '1 day'
  RETURNING n.project_id, n.phone, n.provider_id, n.geo_id, n.company, n.site, n.email, n.comment),
history AS (
  INSERT INTO project_received (project_id, phone, received_at)
  SELECT project_id, phone, $1::timestamptz FROM gone
  ON CONFLICT (project_id, phone) DO NOTHING),
back AS (
  INSERT INTO pool_numbers (phone, provider_id, arrived_at, geo_id, company, site, email, comment, returned_from)
  SELECT phone, provider_id, $1::timestamptz, geo_id, company, site, email, comment, project_id FROM gone
  ON CONFLICT (phone) DO NOTHING RETURNING 1)
SELECT (SELECT count(*) FROM gone)
)SQL";

// The picks move from the pool into their projects, and into the projects' history, in one
// statement (the counters' triggers run once for it).
constexpr const char* kApply = R"SQL(
WITH moved AS (
  DELETE FROM pool_numbers n USING distribution_picks d WHERE n.id = d.pool_id
  RETURNING d.project_id, n.phone, n.provider_id, n.geo_id, n.company, n.site, n.email, n.comment),
history AS (
  INSERT INTO project_received (project_id, phone, received_at)
  SELECT project_id, phone, $1::timestamptz FROM moved
  ON CONFLICT (project_id, phone) DO UPDATE SET received_at = excluded.received_at),
added AS (
  INSERT INTO phone_numbers (project_id, phone, provider_id, geo_id, status_id, company, site, email, comment,
                             created_at, updated_at)
  SELECT project_id, phone, provider_id, geo_id, (SELECT id FROM number_statuses WHERE code = 'new'),
         company, site, email, comment, $1::timestamptz, $1::timestamptz
    FROM moved ORDER BY project_id, phone
  ON CONFLICT (project_id, phone) DO NOTHING
  RETURNING project_id)
SELECT project_id, count(*) FROM added GROUP BY project_id
)SQL";

constexpr const char* kRecordRun = R"SQL(
INSERT INTO distribution_runs (trigger, project_id, started_by, job_id, now_at, finished_at, handed, returned, results)
VALUES ($1, $2::bigint, $3::bigint, $4::bigint, $5::timestamptz, clock_timestamp(), $6::bigint, $7::bigint, $8::jsonb)
RETURNING id
)SQL";

std::vector<std::int64_t> parse_int_array(std::string_view text) {
  std::vector<std::int64_t> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] < '0' || text[i] > '9') && text[i] != '-') ++i;
    if (i >= text.size()) break;
    std::int64_t v = 0;
    auto [end, ec] = std::from_chars(text.data() + i, text.data() + text.size(), v);
    if (ec == std::errc()) out.push_back(v);
    i = static_cast<std::size_t>(end - text.data()) + 1;
  }
  return out;
}

struct Project {
  ProjectOutcome outcome;
  int priority = 0;
  bool oldest_first = false;
  std::int64_t need = 0;
  std::vector<std::int64_t> open_geo;
  std::vector<std::int64_t> providers;
  // The draft's state: candidates fetched and not yet looked at, and where the next batch starts.
  std::vector<std::int64_t> buffer;
  std::size_t next = 0;
  std::optional<std::string> cursor_at;
  std::int64_t cursor_id = 0;
  bool exhausted = false;
};

std::vector<Project> load_projects(db::Connection& conn, const std::string& now, std::optional<std::int64_t> project_id,
                                   const std::optional<std::vector<std::int64_t>>& only) {
  auto r = conn.query(kProjects, now, project_id, only);
  std::vector<Project> out;
  for (int i = 0; i < r.rows(); ++i) {
    Project p;
    p.outcome.project_id = r.i64(i, 0);
    p.outcome.name = r.str(i, 1);
    p.priority = static_cast<int>(r.i64(i, 2));
    p.oldest_first = r.boolean(i, 3);
    const auto limit = r.i64(i, 4), today = r.i64(i, 5);
    if (limit > 0) {
      p.need = std::max<std::int64_t>(0, limit - today);
      p.outcome.remaining_today = p.need;
    } else {
      p.need = kUnlimitedPerRun;
    }
    p.open_geo = parse_int_array(r.view(i, 6));
    p.providers = parse_int_array(r.view(i, 7));
    if (p.need == 0)
      p.outcome.reason = "daily_limit_reached";
    else if (p.open_geo.empty())
      p.outcome.reason = "outside_schedule";
    out.push_back(std::move(p));
  }
  return out;
}

// Fills the project's buffer with its next batch of candidates; false when there are none.
bool fetch(db::Connection& conn, Project& p, const std::string& now) {
  if (p.providers.empty() || p.open_geo.empty()) {  // nothing can match (and no branch to query)
    p.exhausted = true;
    return false;
  }
  const std::int64_t want = std::min<std::int64_t>(100000, std::max<std::int64_t>(500, 2 * (p.need - p.outcome.handed)));
  auto [sql, extra] = candidates_query(p.open_geo, p.providers, p.oldest_first);
  std::vector<db::Param> params{db::to_param(p.outcome.project_id), db::to_param(now), db::to_param(p.open_geo),
                                db::to_param(p.cursor_at),          db::to_param(p.cursor_id), db::to_param(want),
                                db::to_param(p.providers)};
  params.insert(params.end(), extra.begin(), extra.end());
  auto r = conn.exec(sql, params);
  p.buffer.clear();
  p.next = 0;
  for (int i = 0; i < r.rows(); ++i) p.buffer.push_back(r.i64(i, 0));
  if (r.rows() > 0) {
    p.cursor_at = r.str(r.rows() - 1, 1);
    p.cursor_id = r.i64(r.rows() - 1, 0);
  }
  if (r.rows() < want) p.exhausted = true;
  return r.rows() > 0;
}

// The draft: the project that is furthest behind its need (highest priority first) takes its
// next candidate that nobody has taken yet, until every project has its need or has run out.
// Returns the picks as (pool id, project id).
std::vector<std::pair<std::int64_t, std::int64_t>> draft(db::Connection& conn, std::vector<Project>& projects,
                                                          const std::string& now) {
  auto behind = [&](std::size_t a, std::size_t b) {  // true when b should pick before a
    const auto &x = projects[a], &y = projects[b];
    if (x.priority != y.priority) return x.priority < y.priority;
    // x.handed / x.need vs y.handed / y.need, without division
    const auto l = static_cast<__int128>(x.outcome.handed) * y.need, r = static_cast<__int128>(y.outcome.handed) * x.need;
    if (l != r) return l > r;
    return x.outcome.project_id > y.outcome.project_id;
  };
  std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(behind)> queue(behind);
  for (std::size_t i = 0; i < projects.size(); ++i)
    if (projects[i].outcome.reason.empty()) queue.push(i);

  std::unordered_set<std::int64_t> taken;
  std::vector<std::pair<std::int64_t, std::int64_t>> picks;
  while (!queue.empty()) {
    const auto i = queue.top();
    queue.pop();
    auto& p = projects[i];
    std::optional<std::int64_t> pick;
    while (!pick) {
      if (p.next == p.buffer.size() && (p.exhausted || !fetch(conn, p, now))) break;
      const auto id = p.buffer[p.next++];
      if (taken.insert(id).second) pick = id;
    }
    if (!pick) {
      p.outcome.reason = "pool_empty";
      continue;
    }
    picks.emplace_back(*pick, p.outcome.project_id);
    if (++p.outcome.handed < p.need) queue.push(i);
  }
  return picks;
}

void copy_picks(db::Connection& conn, const std::vector<std::pair<std::int64_t, std::int64_t>>& picks) {
  conn.exec("CREATE TEMP TABLE distribution_picks (pool_id bigint PRIMARY KEY, project_id bigint) ON COMMIT DROP");
  db::CopyIn copy(conn, "COPY distribution_picks FROM STDIN");
  std::string buf;
  for (const auto& [pool_id, project_id] : picks) {
    buf += std::to_string(pool_id);
    buf += '\t';
    buf += std::to_string(project_id);
    buf += '\n';
    if (buf.size() >= (1 << 20)) copy.send(buf);
  }
  copy.send(buf);
  copy.finish();
  conn.exec("ANALYZE distribution_picks");  // the apply statement is planned for its real size
}

}  // namespace

std::string reason_message(const std::string& code) {
  if (code == "daily_limit_reached") return "The project's daily limit has been reached";
  if (code == "outside_schedule") return "Outside the project's schedule in all of its regions";
  if (code == "pool_empty") return "No numbers of the project's suppliers and regions are waiting in the pool";
  if (code == "project_inactive") return "The project is paused or deleted";
  return code;
}

json::object outcome_json(const ProjectOutcome& o) {
  json::object j{{"project_id", o.project_id}, {"name", o.name}, {"handed", o.handed}};
  j["remaining_today"] = o.remaining_today ? json::value(*o.remaining_today - o.handed) : json::value(nullptr);
  if (o.reason.empty())
    j["reason"] = nullptr;
  else
    j["reason"] = json::object{{"code", o.reason}, {"message", reason_message(o.reason)}};
  return j;
}

RunResult run(db::Connection& conn, const RunRequest& request, const audit::Actor& actor) {
  return db::transaction(conn, [&](db::Connection& c) {
    c.query("SELECT pg_advisory_xact_lock($1::bigint)", kRunLock);
    const auto now = c.query("SELECT coalesce($1::timestamptz, now())::text", request.now).str(0, 0);
    RunResult result;
    if (request.return_unworked) result.returned = c.query(kReturnUnworked, now, request.project_id).i64(0, 0);

    auto projects = load_projects(c, now, request.project_id, std::nullopt);
    const auto picks = draft(c, projects, now);
    if (!picks.empty()) {
      copy_picks(c, picks);
      auto added = c.query(kApply, now);
      // Numbers the project gained meanwhile are skipped by the INSERT: count what went in.
      for (auto& p : projects) p.outcome.handed = 0;
      for (int i = 0; i < added.rows(); ++i)
        for (auto& p : projects)
          if (p.outcome.project_id == added.i64(i, 0)) p.outcome.handed = added.i64(i, 1);
    }
    json::array results;
    for (auto& p : projects) {
      result.handed += p.outcome.handed;
      if (p.outcome.reason.empty() && p.outcome.handed < p.need && p.outcome.remaining_today) p.outcome.reason = "pool_empty";
      results.push_back(outcome_json(p.outcome));
      result.projects.push_back(p.outcome);
    }
    result.run_id = c.query(kRecordRun, request.trigger, request.project_id, request.started_by, request.job_id, now,
                            result.handed, result.returned, json::serialize(results))
                        .i64(0, 0);
    json::object summary{{"trigger", request.trigger}, {"handed", result.handed}, {"returned", result.returned},
                         {"projects", static_cast<std::int64_t>(projects.size())}};
    if (request.project_id) summary["project_id"] = *request.project_id;
    audit::record(c, actor, "distribution_run", "distribution_run", std::to_string(result.run_id), summary);
    return result;
  });
}

std::vector<ProjectOutcome> preview(db::Connection& conn, std::optional<std::int64_t> project_id,
                                    const std::optional<std::vector<std::int64_t>>& only_projects) {
  const auto now = conn.exec("SELECT now()::text").str(0, 0);
  auto projects = load_projects(conn, now, project_id, only_projects);
  std::vector<ProjectOutcome> out;
  for (auto& p : projects) {
    if (p.outcome.reason.empty()) {
      // What it could take if it were alone: its candidates, up to its need.
      while (p.outcome.handed < p.need && (p.next < p.buffer.size() || (!p.exhausted && fetch(conn, p, now)))) {
        const auto take = std::min<std::int64_t>(p.need - p.outcome.handed,
                                                 static_cast<std::int64_t>(p.buffer.size() - p.next));
        p.outcome.handed += take;
        p.next += static_cast<std::size_t>(take);
      }
      if (p.outcome.handed < p.need && p.outcome.remaining_today) p.outcome.reason = "pool_empty";
      if (p.outcome.handed == 0) p.outcome.reason = "pool_empty";
    }
    out.push_back(p.outcome);
  }
  return out;
}

}  // namespace numbase::distribution
