#pragma once
// What the PBX kinds' webhooks share: the integration an address names, form-encoded bodies,
// and counting signatures that failed.
#include <cstdint>
#include <map>
#include <string>

#include "db/connection.hpp"
#include "http/router.hpp"
#include "softphone/integrations.hpp"

namespace numbase::softphone {

// The active integration /softphone/webhook/{token} names; 404 when none.
Integration integration_by_token(http::RequestContext& ctx, db::Connection& conn);

// A form-encoded body's fields (400 when it is not one, or is over 64 KiB).
std::map<std::string, std::string> form_fields(const std::string& body);

void count_signature_failure(db::Connection& conn, std::int64_t integration_id);

[[noreturn]] void refuse_signature();

}  // namespace numbase::softphone
