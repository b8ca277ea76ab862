#pragma once
#include "http/message.hpp"
#include "http/router.hpp"

namespace numbase::numbers {

http::Response list_numbers(http::RequestContext& ctx);
http::Response get_number(http::RequestContext& ctx);
// The number after {id} in the list the caller works through (the list's filters and sort).
http::Response next_number(http::RequestContext& ctx);
// The notes written on a number, newest first.
http::Response list_notes(http::RequestContext& ctx);
http::Response create_number(http::RequestContext& ctx);
http::Response update_number(http::RequestContext& ctx);
http::Response bulk_update_numbers(http::RequestContext& ctx);

}  // namespace numbase::numbers
