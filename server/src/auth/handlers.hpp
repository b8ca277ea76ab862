#pragma once
#include "http/message.hpp"
#include "http/router.hpp"

namespace numbase::auth {

http::Response login(http::RequestContext& ctx);
http::Response refresh(http::RequestContext& ctx);
http::Response logout(http::RequestContext& ctx);
http::Response me(http::RequestContext& ctx);

}  // namespace numbase::auth
