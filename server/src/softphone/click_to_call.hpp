#pragma once
// Click-to-call (issue 12): the PBX rings the user's extension, then the number — through the
// API of the integration that knows the user's extension (Zadarma, Mango Office).
#include <string>

#include "http/router.hpp"
#include "softphone/integrations.hpp"

namespace numbase::softphone {

// GET /softphone/me: the signed-in user's extension and whether click-to-call works for him.
http::Response softphone_me(http::RequestContext& ctx);

// POST /softphone/calls {"phone_number"}: 202 once the PBX has accepted the call.
http::Response click_to_call(http::RequestContext& ctx);

// The API base a kind's requests go to: the integration's own, else the PBX's public one.
std::string api_base(const Integration& integration);

}  // namespace numbase::softphone
