#pragma once
#include "http/message.hpp"
#include "http/router.hpp"

namespace numbase::users {

http::Response list_users(http::RequestContext& ctx);
http::Response get_user(http::RequestContext& ctx);
http::Response create_user(http::RequestContext& ctx);
http::Response update_user(http::RequestContext& ctx);
http::Response deactivate_user(http::RequestContext& ctx);

}  // namespace numbase::users
