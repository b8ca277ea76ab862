#pragma once
#include "http/message.hpp"
#include "http/router.hpp"

namespace numbase::numbers {

http::Response list_numbers(http::RequestContext& ctx);
http::Response get_number(http::RequestContext& ctx);
http::Response create_number(http::RequestContext& ctx);
http::Response update_number(http::RequestContext& ctx);
http::Response bulk_update_numbers(http::RequestContext& ctx);

}  // namespace numbase::numbers
