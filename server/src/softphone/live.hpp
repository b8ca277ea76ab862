#pragma once
// The operator's side of the SoftPhone (issue 12): his calls as they happen, over server-sent
// events, for the pop-up; and the calls no number holds, for administrators.
#include "http/router.hpp"

namespace numbase::softphone {

// GET /softphone/calls/live: `event: call` with the call and its pop-up cards each time a call
// of the signed-in user's extension starts, is answered or ends.
http::Response live_calls(http::RequestContext& ctx);

// GET /softphone/calls?unlinked=true[&integration_id=]: calls, newest first, keyset-paged.
http::Response list_calls(http::RequestContext& ctx);

}  // namespace numbase::softphone
