#pragma once
// The Zadarma (and Novofon) kind (issue 12): form-encoded NOTIFY_* posts to the integration's
// own address, /softphone/webhook/{token}, signed in the header `Signature` with
// base64(hex HMAC-SHA1(secret, S)) — PHP's base64_encode(hash_hmac('sha1', S, secret)) — where S
// depends on the event (docs/softphone.md). A GET with zd_echo=X answers X.
#include "http/router.hpp"

namespace numbase::softphone {

http::Response webhook_echo(http::RequestContext& ctx);
http::Response receive_webhook(http::RequestContext& ctx);

}  // namespace numbase::softphone
