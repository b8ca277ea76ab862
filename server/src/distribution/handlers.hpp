#pragma once
// The distribution's API: "get base" for one project, runs for all, their history, the pool.
#include <boost/json/object.hpp>

#include "http/message.hpp"
#include "http/router.hpp"
#include "jobs/worker.hpp"

namespace numbase::distribution {

inline constexpr const char* kJobKind = "distribution";

http::Response get_base(http::RequestContext& ctx);
http::Response create_run(http::RequestContext& ctx);
http::Response list_runs(http::RequestContext& ctx);
http::Response get_run(http::RequestContext& ctx);
http::Response pool_summary(http::RequestContext& ctx);

// The background job behind POST /distribution/runs and the schedule.
boost::json::object run_job(jobs::JobContext& job);

// Queues a scheduled run unless one is queued or running already, or one finished less than
// `interval` ago (called by every worker's housekeeping; the lock makes one win).
void enqueue_scheduled(db::Connection& conn, std::chrono::minutes interval);

}  // namespace numbase::distribution
