#pragma once
// The geo dictionary (country / region / city with its IANA time zone): list, read, create,
// change, delete.
#include "http/message.hpp"
#include "http/router.hpp"

namespace numbase::dictionaries {

http::Response list_geo(http::RequestContext& ctx);
http::Response get_geo(http::RequestContext& ctx);
http::Response create_geo(http::RequestContext& ctx);
http::Response update_geo(http::RequestContext& ctx);
http::Response delete_geo(http::RequestContext& ctx);

}  // namespace numbase::dictionaries
