#pragma once
#include "http/message.hpp"
#include "http/router.hpp"

namespace numbase::jobs {

http::Response get_job(http::RequestContext& ctx);
http::Response cancel_job(http::RequestContext& ctx);
// Server-sent events: the job's state whenever it changes, until it has finished.
http::Response job_events(http::RequestContext& ctx);

}  // namespace numbase::jobs
