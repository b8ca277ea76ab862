#pragma once
// The Mango Office kind (issue 12): the VPBX API posts form fields vpbx_api_key, sign and json
// to <address>/events/call (a call's states, out of order: ordered by seq) and
// <address>/events/summary (the final record). sign = hex SHA-256(vpbx_api_key + json +
// vpbx_api_salt) over the raw json string.
#include "http/router.hpp"

namespace numbase::softphone {

http::Response mango_call_event(http::RequestContext& ctx);
http::Response mango_summary(http::RequestContext& ctx);

}  // namespace numbase::softphone
