#pragma once
// The job queue in PostgreSQL: enqueue in the caller's transaction; workers claim with
// FOR UPDATE SKIP LOCKED and hold a lease they renew while reporting progress.
#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>

#include "db/connection.hpp"

namespace numbase::jobs {

inline constexpr int kLeaseSeconds = 60;

std::int64_t enqueue(db::Connection& conn, const std::string& kind, const boost::json::object& payload,
                     std::optional<std::int64_t> requested_by, std::optional<std::int64_t> total = std::nullopt);

struct Claimed {
  std::int64_t id;
  std::string kind;
  boost::json::object payload;
  std::optional<std::int64_t> requested_by;
};

// Takes the oldest queued job, or a running one whose lease ran out (its worker died).
std::optional<Claimed> claim(db::Connection& conn, const std::string& worker);
// Records progress and renews the lease; false when the job is no longer this worker's.
bool report_progress(db::Connection& conn, std::int64_t id, const std::string& worker, std::int64_t done,
                     std::optional<std::int64_t> total);
void complete(db::Connection& conn, std::int64_t id, const boost::json::object& result);
// Hands a running job back to the queue (its worker is shutting down); jobs resume safely.
void release(db::Connection& conn, std::int64_t id, const std::string& worker);
void fail(db::Connection& conn, std::int64_t id, const std::string& error);

}  // namespace numbase::jobs
