#pragma once
#include "http/message.hpp"
#include "http/router.hpp"

namespace numbase::jobs {

http::Response get_job(http::RequestContext& ctx);

}  // namespace numbase::jobs
