#pragma once
#include "http/message.hpp"
#include "http/router.hpp"

namespace numbase::audit {

http::Response list_audit_log(http::RequestContext& ctx);
http::Response export_audit_log(http::RequestContext& ctx);

}  // namespace numbase::audit
