#include "jobs/queue.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

namespace numbase::jobs {

std::int64_t enqueue(db::Connection& conn, const std::string& kind, const boost::json::object& payload,
                     std::optional<std::int64_t> requested_by, std::optional<std::int64_t> total) {
  return conn
      .query("INSERT INTO jobs (kind, payload, requested_by, progress_total) VALUES ($1, $2::jsonb, $3, $4) RETURNING id",
             kind, boost::json::serialize(payload), requested_by, total)
      .i64(0, 0);
}

std::optional<Claimed> claim(db::Connection& conn, const std::string& worker) {
  auto r = conn.query(
      "UPDATE jobs SET status = 'running', locked_by = $1, locked_until = now() + make_interval(secs => $2),"
      " attempts = attempts + 1, started_at = coalesce(started_at, now()), updated_at = now()"
      " WHERE id = (SELECT id FROM jobs WHERE status = 'queued' OR (status = 'running' AND locked_until < now())"
      "             ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)"
      " RETURNING id, kind, payload::text, requested_by",
      worker, kLeaseSeconds);
  if (r.empty()) return std::nullopt;
  return Claimed{r.i64(0, 0), r.str(0, 1), boost::json::parse(r.view(0, 2)).as_object(), r.opt_i64(0, 3)};
}

bool report_progress(db::Connection& conn, std::int64_t id, const std::string& worker, std::int64_t done,
                     std::optional<std::int64_t> total) {
  return !conn
              .query(
                  "UPDATE jobs SET progress_done = $3, progress_total = coalesce($4, progress_total),"
                  " locked_until = now() + make_interval(secs => $5), updated_at = now()"
                  " WHERE id = $1 AND locked_by = $2 AND status = 'running' RETURNING 1",
                  id, worker, done, total, kLeaseSeconds)
              .empty();
}

void complete(db::Connection& conn, std::int64_t id, const boost::json::object& result) {
  conn.query(
      "UPDATE jobs SET status = 'completed', result = $2::jsonb, finished_at = now(), locked_by = NULL,"
      " locked_until = NULL, updated_at = now() WHERE id = $1",
      id, boost::json::serialize(result));
}

void release(db::Connection& conn, std::int64_t id, const std::string& worker) {
  conn.query(
      "UPDATE jobs SET status = 'queued', locked_by = NULL, locked_until = NULL, updated_at = now()"
      " WHERE id = $1 AND locked_by = $2 AND status = 'running'",
      id, worker);
}

void fail(db::Connection& conn, std::int64_t id, const std::string& error) {
  conn.query(
      "UPDATE jobs SET status = 'failed', error = $2, finished_at = now(), locked_by = NULL, locked_until = NULL,"
      " updated_at = now() WHERE id = $1",
      id, error);
}

}  // namespace numbase::jobs
