#pragma once
// The number statuses dictionary (new, in progress, success, ... with the flags that drive
// conversion): list, create, change, delete.
#include "http/message.hpp"
#include "http/router.hpp"

namespace numbase::dictionaries {

http::Response list_statuses(http::RequestContext& ctx);
http::Response create_status(http::RequestContext& ctx);
http::Response update_status(http::RequestContext& ctx);
http::Response delete_status(http::RequestContext& ctx);

}  // namespace numbase::dictionaries
