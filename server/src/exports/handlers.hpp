#pragma once
#include "http/message.hpp"
#include "http/router.hpp"

namespace numbase::exports {

http::Response create_export(http::RequestContext& ctx);
http::Response list_exports(http::RequestContext& ctx);
http::Response get_export(http::RequestContext& ctx);
http::Response download_export(http::RequestContext& ctx);

}  // namespace numbase::exports
