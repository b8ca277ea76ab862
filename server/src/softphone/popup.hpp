#pragma once
// GET /softphone/number/{phone}: what an operator's pop-up shows when a call starts — the
// numbers with that phone in the caller's projects, each with its last calls.
#include "http/router.hpp"

namespace numbase::softphone {

http::Response number_popup(http::RequestContext& ctx);

}  // namespace numbase::softphone
