#include "jobs/queue.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>

#include "jobs/retryable.hpp"

namespace numbase::jobs {

std::int64_t enqueue(db::Connection& conn, const std::string& kind, const boost::json::object& payload,
                     std::optional<std::int64_t> requested_by, std::optional<std::int64_t> total) {
  return conn
      .query("INSERT INTO jobs (kind, payload, requested_by, progress_total) VALUES ($1, $2::jsonb, $3, $4) RETURNING id",
             kind, boost::json::serialize(payload), requested_by, total)
      .i64(0, 0);
}

std::optional<Claimed> claim(db::Connection& conn, const std::string& worker, std::chrono::seconds lease) {
  conn.exec(
      "UPDATE jobs SET status = CASE WHEN cancel_requested THEN 'cancelled' ELSE 'failed' END,"
      " error = CASE WHEN cancel_requested THEN error"
      "         ELSE 'the worker running it stopped responding on its last attempt' END,"
      " finished_at = now(), locked_by = NULL, locked_until = NULL, updated_at = now()"
      " WHERE status = 'running' AND locked_until < now() AND (attempts >= max_attempts OR cancel_requested)");
  auto r = conn.query(
      "UPDATE jobs SET status = 'running', locked_by = $1, locked_until = now() + make_interval(secs => $2),"
      " attempts = attempts + 1, started_at = coalesce(started_at, now()), updated_at = now()"
      " WHERE id = (SELECT id FROM jobs WHERE (status = 'queued' AND run_after <= now())"
      "                OR (status = 'running' AND locked_until < now())"
      "             ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)"
      " RETURNING id, kind, payload::text, requested_by, attempts, max_attempts",
      worker, static_cast<std::int64_t>(lease.count()));
  if (r.empty()) return std::nullopt;
  auto payload = boost::json::parse(r.view(0, 2));
  return Claimed{r.i64(0, 0),          r.str(0, 1), payload.as_object(), r.opt_i64(0, 3),
                 static_cast<int>(r.i64(0, 4)), static_cast<int>(r.i64(0, 5))};
}

Progress report_progress(db::Connection& conn, std::int64_t id, const std::string& worker, std::int64_t done,
                         std::optional<std::int64_t> total, std::chrono::seconds lease) {
  auto r = conn.query(
      "UPDATE jobs SET progress_done = $3, progress_total = coalesce($4, progress_total),"
      " locked_until = now() + make_interval(secs => $5), updated_at = now()"
      " WHERE id = $1 AND locked_by = $2 AND status = 'running' RETURNING cancel_requested",
      id, worker, done, total, static_cast<std::int64_t>(lease.count()));
  if (r.empty()) return Progress::Lost;
  return r.boolean(0, 0) ? Progress::CancelRequested : Progress::Ok;
}

bool is_cancel_requested(db::Connection& conn, std::int64_t id) {
  auto r = conn.query("SELECT cancel_requested FROM jobs WHERE id = $1", id);
  return !r.empty() && r.boolean(0, 0);
}

bool renew_lease(db::Connection& conn, std::int64_t id, const std::string& worker, std::chrono::seconds lease) {
  return !conn
              .query(
                  "UPDATE jobs SET locked_until = now() + make_interval(secs => $3)"
                  " WHERE id = $1 AND locked_by = $2 AND status = 'running' RETURNING 1",
                  id, worker, static_cast<std::int64_t>(lease.count()))
              .empty();
}

void complete(db::Connection& conn, std::int64_t id, const boost::json::object& result) {
  conn.query(
      "UPDATE jobs SET status = 'completed', result = $2::jsonb, error = NULL, finished_at = now(), locked_by = NULL,"
      " locked_until = NULL, updated_at = now() WHERE id = $1",
      id, boost::json::serialize(result));
}

void release(db::Connection& conn, std::int64_t id, const std::string& worker) {
  conn.query(
      "UPDATE jobs SET status = 'queued', attempts = greatest(attempts - 1, 0), locked_by = NULL, locked_until = NULL,"
      " updated_at = now() WHERE id = $1 AND locked_by = $2 AND status = 'running'",
      id, worker);
}

void fail(db::Connection& conn, std::int64_t id, const std::string& error) {
  conn.query(
      "UPDATE jobs SET status = 'failed', error = $2, finished_at = now(), locked_by = NULL, locked_until = NULL,"
      " updated_at = now() WHERE id = $1",
      id, error);
}

void retry_later(db::Connection& conn, std::int64_t id, const std::string& error, std::chrono::seconds delay) {
  conn.query(
      "UPDATE jobs SET status = 'queued', error = $2, run_after = now() + make_interval(secs => $3),"
      " locked_by = NULL, locked_until = NULL, updated_at = now() WHERE id = $1",
      id, error, static_cast<std::int64_t>(delay.count()));
}

void mark_cancelled(db::Connection& conn, std::int64_t id) {
  conn.query(
      "UPDATE jobs SET status = 'cancelled', finished_at = now(), locked_by = NULL, locked_until = NULL,"
      " updated_at = now() WHERE id = $1",
      id);
}

std::optional<std::string> request_cancel(db::Connection& conn, std::int64_t id) {
  auto r = conn.query(
      "UPDATE jobs SET cancel_requested = true,"
      " status = CASE WHEN status = 'queued' THEN 'cancelled' ELSE status END,"
      " finished_at = CASE WHEN status = 'queued' THEN now() ELSE finished_at END, updated_at = now()"
      " WHERE id = $1 AND status IN ('queued', 'running') RETURNING status",
      id);
  if (!r.empty()) return r.str(0, 0);
  auto now = conn.query("SELECT status FROM jobs WHERE id = $1", id);
  if (now.empty()) return std::nullopt;
  return now.str(0, 0);
}

std::chrono::seconds backoff(int attempt) {
  const int shift = std::clamp(attempt - 1, 0, 6);
  return std::chrono::seconds(std::min(5 << shift, 300));
}

bool is_transient(const std::exception& e) {
  if (dynamic_cast<const RetryableError*>(&e)) return true;
  auto* db = dynamic_cast<const db::Error*>(&e);
  if (!db) return false;
  const auto& s = db->sqlstate();
  return s.rfind("08", 0) == 0 || s.rfind("53", 0) == 0 || s.rfind("57P", 0) == 0 || s == "40001" ||
         s == "40P01" || s == "55P03";
}

}  // namespace numbase::jobs
