#pragma once
#include "http/message.hpp"
#include "http/router.hpp"

namespace numbase::imports {

http::Response create_import(http::RequestContext& ctx);
http::Response preview_import(http::RequestContext& ctx);
http::Response list_imports(http::RequestContext& ctx);
http::Response get_import(http::RequestContext& ctx);
http::Response download_error_report(http::RequestContext& ctx);

}  // namespace numbase::imports
