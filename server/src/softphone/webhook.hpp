#pragma once
// The numbase kind's webhook (issue 12): POST /softphone/events, signed by the PBX with the
// integration's secret: X-Numbase-Integration (its id), X-Numbase-Timestamp (Unix seconds,
// within 5 minutes of ours), X-Numbase-Signature "sha256=" hex HMAC-SHA256(secret,
// timestamp + "." + raw body), compared in constant time. Events make calls (idempotent: a
// repeated event changes nothing); a call's end moves its numbers (attempts, last call, the
// outcome's status unless a person set one since the call began or the status is final).
#include "http/router.hpp"

namespace numbase::softphone {

http::Response receive_event(http::RequestContext& ctx);

}  // namespace numbase::softphone
