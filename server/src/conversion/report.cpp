#include "conversion/report.hpp"

#include <chrono>
#include <stdexcept>

#include "core/query_params.hpp"

namespace numbase::conversion {
namespace {

using std::chrono::sys_days;
using std::chrono::year_month_day;

year_month_day parse_day(const std::string& text) {
  if (text.size() != 10 || !is_timestamp(text)) throw std::invalid_argument("not a date");
  const int y = std::stoi(text.substr(0, 4));
  const unsigned m = static_cast<unsigned>(std::stoi(text.substr(5, 2)));
  const unsigned d = static_cast<unsigned>(std::stoi(text.substr(8, 2)));
  year_month_day ymd{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
  if (!ymd.ok()) throw std::invalid_argument("not a date");
  return ymd;
}

std::string format_day(year_month_day d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return buf;
}

// The cells of `table` in the range ($1 from, $2 to, $3 month_from, $4 month_to) matching
// `slice`, as three index range scans.
std::string in_range(const std::string& table, const std::string& cols, const std::string& slice) {
  auto part = [&](const char* grain, const char* period) {
    return "SELECT " + cols + " FROM " + table + " c WHERE c.grain = '" + grain + "' AND " + slice + " AND " + period;
  };
  return part("m", "c.period >= $3::date AND c.period < $4::date") + "\n UNION ALL " +
         part("d", "c.period >= $1::date AND c.period < $3::date") + "\n UNION ALL " +
         part("d", "c.period >= $4::date AND c.period <= $2::date");
}

// The status cells of a view with uniform columns: n (numbers now in the status, or times it
// was entered), bp / bs (became processed / successful by entering it: activity only).
struct ViewSql {
  const char* table;
  const char* cols;
  const char* processed;  // over `s` (a status cell) and `ns` (its status)
  const char* success;
};

ViewSql view_sql(View v) {
  if (v == View::activity)
    return {"conversion_activity",
            "c.project_id, c.period, c.provider_id, c.geo_id, c.status_id, c.entered AS n, c.became_processed AS bp,"
            " c.became_success AS bs",
            "s.bp", "s.bs"};
  return {"conversion_cohort",
          "c.project_id, c.period, c.provider_id, c.geo_id, c.status_id, c.numbers AS n, 0::bigint AS bp,"
          " 0::bigint AS bs",
          "CASE WHEN ns.is_processed THEN s.n ELSE 0 END", "CASE WHEN ns.is_success THEN s.n ELSE 0 END"};
}

constexpr const char* kFailed = "CASE WHEN ns.is_final AND NOT ns.is_success THEN s.n ELSE 0 END";

// json_build_object arguments of the measures of a row `a` with the columns received,
// duplicates, processed, success, calls, contacted, by_status and the cost expression given.
std::string measures(const std::string& a, const std::string& cost) {
  return "'received', " + a + ".received, 'duplicates', " + a + ".duplicates, 'processed', " + a +
         ".processed, 'success', " + a + ".success, 'contacted', " + a + ".contacted, 'calls', " + a + ".calls, 'by_status', coalesce(" + a +
         ".by_status, '{}'::jsonb), 'conversion', json_build_object('of_received', round(" + a +
         ".success::numeric / nullif(" + a + ".received, 0), 4), 'of_processed', round(" + a +
         ".success::numeric / nullif(" + a + ".processed, 0), 4), 'of_contacted', round(" + a +
         ".success::numeric / nullif(" + a + ".contacted, 0), 4)), 'cost', " + cost +
         ", 'cost_per_success', round(" + cost + " / nullif(" + a + ".success, 0), 2)";
}

std::string sort_sql(const std::string& sort) {
  const bool desc = !sort.empty() && sort[0] == '-';
  const std::string key = desc ? sort.substr(1) : sort;
  const std::string dir = desc ? " DESC NULLS LAST" : " NULLS LAST";
  std::string e;
  if (key == "id") e = "p.id";
  else if (key == "name") e = "lower(p.name)";
  else if (key == "received" || key == "duplicates" || key == "processed" || key == "success") e = "r." + key;
  else if (key == "conversion_received") e = "r.success::numeric / nullif(r.received, 0)";
  else if (key == "conversion_processed") e = "r.success::numeric / nullif(r.processed, 0)";
  else throw std::invalid_argument("unknown sort key");
  return e + dir + ", p.id" + (desc ? " DESC" : "");
}

constexpr const char* kProjectJson =
    "json_build_object('id', p.id, 'name', p.name, 'tag', p.tag, 'type', p.type, 'is_active', p.is_active,"
    " 'deleted_at', api_ts(p.deleted_at))";

constexpr const char* kStatusesSql =
    "SELECT coalesce(json_agg(json_build_object('id', id, 'code', code, 'name_ru', name_ru, 'name_en', name_en,"
    " 'color', color, 'is_processed', is_processed, 'is_success', is_success, 'is_final', is_final)"
    " ORDER BY sort_order, id), '[]') FROM number_statuses";

}  // namespace

Range make_range(const std::string& from, const std::string& to) {
  const auto f = parse_day(from), t = parse_day(to);
  if (sys_days(f) > sys_days(t)) throw std::invalid_argument("date_from is after date_to");
  if ((sys_days(t) - sys_days(f)).count() > 365) throw std::invalid_argument("the range is longer than 366 days");
  // The first month starting on or after `from`, and the first month starting after `to`.
  auto m1 = year_month_day(f.year(), f.month(), std::chrono::day(1));
  if (f.day() != std::chrono::day(1)) m1 = year_month_day(sys_days(m1 + std::chrono::months(1)));
  const auto after = year_month_day(sys_days(t) + std::chrono::days(1));
  auto m2 = year_month_day(after.year(), after.month(), std::chrono::day(1));
  Range r{format_day(f), format_day(t), format_day(m1), format_day(m2)};
  if (sys_days(m1) >= sys_days(m2)) r.month_from = r.month_to = format_day(after);  // no whole month
  return r;
}

const std::vector<std::string>& sort_keys() {
  static const std::vector<std::string> keys = {"id",      "name",    "received",           "duplicates",
                                                "processed", "success", "conversion_received", "conversion_processed"};
  return keys;
}

std::string statuses_json(db::Connection& conn) { return conn.exec(kStatusesSql).str(0, 0); }

Summary summary(db::Connection& conn, const SummaryQuery& q) {
  const auto v = view_sql(q.view);
  const std::string slice = "c.provider_id = $7 AND c.geo_id = $8";
  const std::string priced =
      "c.provider_id = ANY (ARRAY(SELECT id FROM providers WHERE price_per_number IS NOT NULL AND ($7 = 0 OR id = $7)))"
      " AND c.geo_id = $8";
  const std::string order = sort_sql(q.sort);
  const std::string sql = std::string(R"SQL(
WITH scope AS (
  SELECT p.id FROM projects p
   WHERE CASE $5::text WHEN 'active' THEN p.deleted_at IS NULL WHEN 'deleted' THEN p.deleted_at IS NOT NULL ELSE true END
     AND ($6::bigint IS NULL OR EXISTS (SELECT 1 FROM project_members m WHERE m.project_id = p.id AND m.user_id = $6))),
st AS (
  SELECT c.project_id, c.status_id, sum(c.n) AS n, sum(c.bp) AS bp, sum(c.bs) AS bs
    FROM ()SQL") + in_range(v.table, v.cols, slice) + R"SQL() c
   WHERE c.project_id IN (SELECT id FROM scope) GROUP BY 1, 2),
sx AS (
  SELECT s.project_id, sum()SQL" + v.processed + ") AS processed, sum(" + v.success + R"SQL() AS success,
         jsonb_object_agg(s.status_id, s.n) FILTER (WHERE s.n <> 0) AS by_status
    FROM st s JOIN number_statuses ns ON ns.id = s.status_id GROUP BY 1),
ar AS (
  SELECT c.project_id, sum(c.received) AS received, sum(c.duplicates) AS duplicates
    FROM ()SQL" + in_range("conversion_arrivals", "c.project_id, c.received, c.duplicates", slice) + R"SQL() c
   WHERE c.project_id IN (SELECT id FROM scope) GROUP BY 1),
cl AS (
  SELECT c.project_id, sum(c.calls) AS calls, sum(c.contacted) AS contacted
    FROM ()SQL" + in_range("conversion_calls", "c.project_id, c.calls, c.contacted", slice) + R"SQL() c
   WHERE c.project_id IN (SELECT id FROM scope) GROUP BY 1),
co AS (
  SELECT c.project_id, sum(c.received * v.price_per_number) AS cost
    FROM ()SQL" + in_range("conversion_arrivals", "c.project_id, c.provider_id, c.received", priced) + R"SQL() c
    JOIN providers v ON v.id = c.provider_id
   WHERE c.project_id IN (SELECT id FROM scope) GROUP BY 1),
r AS (
  SELECT s.id AS project_id, coalesce(ar.received, 0) AS received, coalesce(ar.duplicates, 0) AS duplicates,
         coalesce(sx.processed, 0) AS processed, coalesce(sx.success, 0) AS success, sx.by_status, co.cost,
         coalesce(cl.calls, 0) AS calls, coalesce(cl.contacted, 0) AS contacted
    FROM scope s LEFT JOIN ar ON ar.project_id = s.id LEFT JOIN sx ON sx.project_id = s.id
    LEFT JOIN co ON co.project_id = s.id LEFT JOIN cl ON cl.project_id = s.id)
SELECT (SELECT count(*) FROM r),
       (SELECT coalesce(json_agg(json_build_object('project', )SQL" + kProjectJson + ", " + measures("r", "r.cost") +
                          ") ORDER BY " + order + R"SQL(), '[]')
          FROM (SELECT r.* FROM r JOIN projects p ON p.id = r.project_id ORDER BY )SQL" + order + R"SQL(
                 LIMIT $9 OFFSET $10) r
          JOIN projects p ON p.id = r.project_id)::text,
       (SELECT json_build_object()SQL" + measures("t", "t.cost") + R"SQL()
          FROM (SELECT coalesce(sum(received), 0) AS received, coalesce(sum(duplicates), 0) AS duplicates,
                       coalesce(sum(processed), 0) AS processed, coalesce(sum(success), 0) AS success, sum(cost) AS cost,
                       coalesce(sum(calls), 0) AS calls, coalesce(sum(contacted), 0) AS contacted,
                       (SELECT jsonb_object_agg(status_id, n) FROM (SELECT status_id, sum(n) AS n FROM st
                                                                     GROUP BY 1 HAVING sum(n) <> 0) z) AS by_status
                  FROM r) t)::text
)SQL";
  auto r = conn.query(sql, q.range.from, q.range.to, q.range.month_from, q.range.month_to, q.state, q.member,
                      q.provider_id, q.geo_id, q.limit, q.offset);
  return {r.i64(0, 0), r.str(0, 1), r.str(0, 2)};
}

std::string project_report(db::Connection& conn, std::int64_t project_id, const Range& range, View view) {
  const auto v = view_sql(view);
  const std::string slice = "c.project_id = $5";
  const std::string sql = std::string(R"SQL(
WITH st AS (
  SELECT c.provider_id, c.geo_id, c.status_id, sum(c.n) AS n, sum(c.bp) AS bp, sum(c.bs) AS bs
    FROM ()SQL") + in_range(v.table, v.cols, slice) + R"SQL() c GROUP BY 1, 2, 3),
ar AS (
  SELECT c.provider_id, c.geo_id, sum(c.received) AS received, sum(c.duplicates) AS duplicates
    FROM ()SQL" + in_range("conversion_arrivals", "c.provider_id, c.geo_id, c.received, c.duplicates", slice) +
                          R"SQL() c GROUP BY 1, 2),
cl AS (
  SELECT c.provider_id, c.geo_id, sum(c.calls) AS calls, sum(c.contacted) AS contacted
    FROM ()SQL" + in_range("conversion_calls", "c.provider_id, c.geo_id, c.calls, c.contacted", slice) +
                          R"SQL() c GROUP BY 1, 2),
sx AS (
  SELECT s.provider_id, s.geo_id, sum()SQL" + v.processed + ") AS processed, sum(" + v.success +
                          ") AS success, sum(" + kFailed + R"SQL() AS failed,
         jsonb_object_agg(s.status_id, s.n) FILTER (WHERE s.n <> 0) AS by_status
    FROM st s JOIN number_statuses ns ON ns.id = s.status_id GROUP BY 1, 2),
m AS (
  SELECT k.provider_id, k.geo_id, coalesce(ar.received, 0) AS received, coalesce(ar.duplicates, 0) AS duplicates,
         coalesce(sx.processed, 0) AS processed, coalesce(sx.success, 0) AS success, coalesce(sx.failed, 0) AS failed,
         sx.by_status, CASE WHEN k.provider_id > 0 AND k.geo_id = 0 THEN coalesce(ar.received, 0) * v.price_per_number END AS cost,
         coalesce(cl.calls, 0) AS calls, coalesce(cl.contacted, 0) AS contacted
    FROM (SELECT provider_id, geo_id FROM ar UNION SELECT provider_id, geo_id FROM st
          UNION SELECT provider_id, geo_id FROM cl) k
    LEFT JOIN ar ON ar.provider_id = k.provider_id AND ar.geo_id = k.geo_id
    LEFT JOIN sx ON sx.provider_id = k.provider_id AND sx.geo_id = k.geo_id
    LEFT JOIN cl ON cl.provider_id = k.provider_id AND cl.geo_id = k.geo_id
    LEFT JOIN providers v ON v.id = k.provider_id),
t AS (
  SELECT coalesce(m.received, 0) AS received, coalesce(m.duplicates, 0) AS duplicates,
         coalesce(m.processed, 0) AS processed, coalesce(m.success, 0) AS success, coalesce(m.failed, 0) AS failed,
         m.by_status, (SELECT sum(cost) FROM m WHERE provider_id <> 0 AND geo_id = 0) AS cost,
         coalesce(m.calls, 0) AS calls, coalesce(m.contacted, 0) AS contacted
    FROM (SELECT 0 AS provider_id, 0 AS geo_id) z LEFT JOIN m ON m.provider_id = z.provider_id AND m.geo_id = z.geo_id),
ds AS (
  SELECT s.period, sum()SQL" + v.processed + ") AS processed, sum(" + v.success + R"SQL() AS success
    FROM (SELECT )SQL" + v.cols + " FROM " + v.table + R"SQL( c
           WHERE c.project_id = $5 AND c.grain = 'd' AND c.provider_id = 0 AND c.geo_id = 0
             AND c.period >= $1::date AND c.period <= $2::date) s
    JOIN number_statuses ns ON ns.id = s.status_id GROUP BY 1),
da AS (
  SELECT c.period, c.received FROM conversion_arrivals c
   WHERE c.project_id = $5 AND c.grain = 'd' AND c.provider_id = 0 AND c.geo_id = 0
     AND c.period >= $1::date AND c.period <= $2::date),
dc AS (
  SELECT c.period, c.calls, c.contacted FROM conversion_calls c
   WHERE c.project_id = $5 AND c.grain = 'd' AND c.provider_id = 0 AND c.geo_id = 0
     AND c.period >= $1::date AND c.period <= $2::date)
SELECT json_build_object(
  'project_id', p.id, 'project', )SQL" + kProjectJson + R"SQL(,
  'view', $6::text, 'date_from', $1::text, 'date_to', $2::text,
  'total_numbers', t.received, 'processed', t.processed, 'successful', t.success, 'failed', t.failed,
  'conversion_rate', round(t.success::numeric / nullif(t.received, 0), 4),
  'breakdown_by_status', (SELECT coalesce(json_agg(json_build_object('status_id', ns.id, 'status_name', ns.code,
                                  'count', coalesce((t.by_status ->> ns.id::text)::bigint, 0))
                                  ORDER BY ns.sort_order, ns.id), '[]') FROM number_statuses ns),
  'updated_at', api_ts(now()),
  'statuses', ()SQL" + kStatusesSql + R"SQL(),
  'measures', json_build_object()SQL" + measures("t", "t.cost") + R"SQL(),
  'by_provider', (SELECT coalesce(json_agg(json_build_object('provider', CASE WHEN m.provider_id > 0 THEN
                            json_build_object('id', v.id, 'code', v.code, 'name', v.name, 'price_per_number', v.price_per_number) END,
                          )SQL" + measures("m", "m.cost") + R"SQL() ORDER BY m.received DESC, m.provider_id), '[]')
                    FROM m LEFT JOIN providers v ON v.id = m.provider_id WHERE m.provider_id <> 0 AND m.geo_id = 0),
  'by_region', (SELECT coalesce(json_agg(json_build_object('geo', CASE WHEN m.geo_id > 0 THEN
                          json_build_object('id', g.id, 'name', g.name, 'name_en', g.name_en, 'timezone', g.timezone) END,
                        )SQL" + measures("m", "NULL::numeric") + R"SQL() ORDER BY m.received DESC, m.geo_id), '[]')
                  FROM m LEFT JOIN geo g ON g.id = m.geo_id WHERE m.geo_id <> 0 AND m.provider_id = 0),
  'daily', (SELECT json_agg(json_build_object('day', d.day::text, 'received', coalesce(da.received, 0),
                     'processed', coalesce(ds.processed, 0), 'success', coalesce(ds.success, 0),
                     'calls', coalesce(dc.calls, 0), 'contacted', coalesce(dc.contacted, 0),
                     'conversion', json_build_object(
                       'of_received', round(coalesce(ds.success, 0)::numeric / nullif(da.received, 0), 4),
                       'of_processed', round(coalesce(ds.success, 0)::numeric / nullif(ds.processed, 0), 4),
                       'of_contacted', round(coalesce(ds.success, 0)::numeric / nullif(dc.contacted, 0), 4)))
                   ORDER BY d.day)
              FROM (SELECT g::date AS day FROM generate_series($1::date, $2::date, interval '1 day') g) d
              LEFT JOIN da ON da.period = d.day LEFT JOIN ds ON ds.period = d.day LEFT JOIN dc ON dc.period = d.day)
)::text FROM projects p, t WHERE p.id = $5
)SQL";
  auto r = conn.query(sql, range.from, range.to, range.month_from, range.month_to, project_id,
                      std::string(view == View::activity ? "activity" : "cohort"));
  return r.str(0, 0);
}

}  // namespace numbase::conversion
