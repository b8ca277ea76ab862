#pragma once
#include "http/message.hpp"
#include "http/router.hpp"

namespace numbase::system {

http::Response healthz(http::RequestContext& ctx);
http::Response readyz(http::RequestContext& ctx);
http::Response metrics(http::RequestContext& ctx);
http::Response openapi(http::RequestContext& ctx);

}  // namespace numbase::system
