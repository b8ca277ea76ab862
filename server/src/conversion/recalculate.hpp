#pragma once
// Rebuilding a project's counters from its numbers (POST /projects/{id}/recalculate-conversion).
//
// The counters a project's numbers determine — conversion_cohort and project_status_counters —
// are recomputed and compared with the counters in one statement, so both sides are read in one
// snapshot (the triggers keep them in one transaction, so they agree unless something went
// wrong); the difference is added to the live counters by the same statement. Additions commute
// with the additions of concurrent transactions (ON CONFLICT adds to the newest row), so nothing
// is locked and no concurrent change is lost.
// History (arrivals, status changes made on a day) is not a function of the numbers and is kept.
#include <boost/json/object.hpp>
#include <cstdint>

#include "db/connection.hpp"
#include "jobs/worker.hpp"

namespace numbase::conversion {

inline constexpr const char* kRecalculateJobKind = "conversion_recalculate";

struct RecalculateResult {
  std::int64_t numbers = 0;         // the project's numbers read
  std::int64_t cells_corrected = 0;  // counter cells that differed and were corrected
};

RecalculateResult recalculate(db::Connection& conn, std::int64_t project_id);

// The background job: payload {"project_id"}.
boost::json::object run_recalculate(jobs::JobContext& job);

}  // namespace numbase::conversion
