#pragma once
// The job queue in PostgreSQL: enqueue in the caller's transaction; workers claim with
// FOR UPDATE SKIP LOCKED and hold a lease they renew while reporting progress. A job whose
// lease runs out (its worker died) is claimed again; transient failures are retried with
// backoff, bad input is not; a job can be cancelled while queued or running.
#include <boost/json/object.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "db/connection.hpp"

namespace numbase::jobs {

// The channel every insert or change of a job is announced on (payload: the job id).
inline constexpr const char* kChannel = "numbase_jobs";

std::int64_t enqueue(db::Connection& conn, const std::string& kind, const boost::json::object& payload,
                     std::optional<std::int64_t> requested_by, std::optional<std::int64_t> total = std::nullopt);

struct Claimed {
  std::int64_t id;
  std::string kind;
  boost::json::object payload;
  std::optional<std::int64_t> requested_by;
  int attempts;  // including this one
  int max_attempts;
};

// Takes the oldest due queued job, or a running one whose lease ran out (its worker died).
// Jobs whose worker died on their last attempt are failed on the way.
std::optional<Claimed> claim(db::Connection& conn, const std::string& worker, std::chrono::seconds lease);

enum class Progress { Ok, Lost, CancelRequested };
// Records progress and renews the lease.
Progress report_progress(db::Connection& conn, std::int64_t id, const std::string& worker, std::int64_t done,
                         std::optional<std::int64_t> total, std::chrono::seconds lease);
// Whether someone asked for the job to stop.
bool is_cancel_requested(db::Connection& conn, std::int64_t id);

// Extends the lease only; false when the job is no longer this worker's.
bool renew_lease(db::Connection& conn, std::int64_t id, const std::string& worker, std::chrono::seconds lease);
void complete(db::Connection& conn, std::int64_t id, const boost::json::object& result);
// Hands a running job back to the queue (its worker is shutting down); jobs resume safely.
void release(db::Connection& conn, std::int64_t id, const std::string& worker);
void fail(db::Connection& conn, std::int64_t id, const std::string& error);
// Queues the job again after `delay` (a transient failure); the error is kept for the record.
void retry_later(db::Connection& conn, std::int64_t id, const std::string& error, std::chrono::seconds delay);
void mark_cancelled(db::Connection& conn, std::int64_t id);

// Asks for a job to stop: a queued one is cancelled at once, a running one at its next
// progress report. Returns the job's status afterwards, nullopt when it is not found.
std::optional<std::string> request_cancel(db::Connection& conn, std::int64_t id);

// The wait before retry number `attempt` (1-based): 5 s, 10 s, 20 s ... at most 5 minutes.
std::chrono::seconds backoff(int attempt);

// A failure worth retrying: the database went away, a serialization conflict or deadlock,
// resources exhausted. Everything else (bad input, a bug) fails the job at once.
bool is_transient(const std::exception& e);

}  // namespace numbase::jobs
