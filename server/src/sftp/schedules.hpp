#pragma once
// SFTP schedules: a host, a direction, a cron expression in a time zone, and what to import or
// export. Each worker's housekeeping queues the runs that came due (one at a time per
// schedule); "run now" queues one at once.
#include <chrono>

#include "db/connection.hpp"
#include "http/router.hpp"

namespace numbase::sftp {

// Queues a run for every enabled schedule whose time came (skipping one whose previous run is
// still queued or running, or whose host is inactive) and moves each to its next time.
// Returns the runs queued.
int enqueue_due(db::Connection& conn, std::chrono::sys_seconds now);

http::Response list_schedules(http::RequestContext& ctx);
http::Response get_schedule(http::RequestContext& ctx);
http::Response create_schedule(http::RequestContext& ctx);
http::Response update_schedule(http::RequestContext& ctx);
http::Response delete_schedule(http::RequestContext& ctx);
http::Response run_schedule(http::RequestContext& ctx);
http::Response cron_preview(http::RequestContext& ctx);

}  // namespace numbase::sftp
