#pragma once
// After a new numbering plan is loaded: the numbers (in the pool and in projects) of the ranges
// whose region changed take the new region, in the background, range by range.
#include <boost/json/object.hpp>

#include "db/connection.hpp"
#include "jobs/worker.hpp"

namespace numbase::numbering {

inline constexpr const char* kRederiveJobKind = "numbering_rederive";

// Queues the job for the ranges that differ between numbering_plan_staging (the new file) and
// numbering_plan_ranges (still the old plan), in the caller's transaction; the job id, or
// nullopt when no range's region changed.
std::optional<std::int64_t> enqueue_rederive(db::Connection& conn);

boost::json::object run_rederive(jobs::JobContext& job);

}  // namespace numbase::numbering
