#pragma once
// The numbase kind's webhook (issue 12): POST /softphone/events, signed by the PBX with the
// integration's secret: X-Numbase-Integration (its id), X-Numbase-Timestamp (Unix seconds,
// within 5 minutes of ours), X-Numbase-Signature "sha256=" hex HMAC-SHA256(secret,
// timestamp + "." + raw body), compared in constant time. Events are queued for the applier
// (softphone/calls.hpp), which makes calls of them.
#include "http/router.hpp"

namespace numbase::softphone {

http::Response receive_event(http::RequestContext& ctx);
// POST /softphone/call_result, signed the same way: {call_id, result, phone_number_id?,
// duration?, notes?, extension?}. Ends the call if its end has not come (notes go on its
// numbers), applied before the answer: {"message", "phone_number_id", "updated_status_id"}.
http::Response receive_call_result(http::RequestContext& ctx);

}  // namespace numbase::softphone
