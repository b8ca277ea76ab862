#pragma once
// The numbering plan's API: an administrator uploads a newer registry file.
#include "http/message.hpp"
#include "http/router.hpp"

namespace numbase::numbering {

http::Response upload_numbering_plan(http::RequestContext& ctx);
http::Response numbering_plan_summary(http::RequestContext& ctx);

}  // namespace numbase::numbering
