#pragma once
// What the PBX kinds' webhooks share: the integration an address names, form-encoded bodies,
// counting signatures that failed, and storing the checked event.
#include <boost/json/object.hpp>

#include <cstdint>
#include <map>
#include <string>

#include "db/connection.hpp"
#include "http/router.hpp"
#include "softphone/calls.hpp"
#include "softphone/integrations.hpp"

namespace numbase::softphone {

// The active integration /softphone/webhook/{token} names; 404 when none.
Integration integration_by_token(http::RequestContext& ctx);

// A form-encoded body's fields (400 when it is not one, or is over 64 KiB).
std::map<std::string, std::string> form_fields(const std::string& body);

void count_signature_failure(http::RequestContext& ctx, std::int64_t integration_id);

[[noreturn]] void refuse_signature();

// The integration as the audit actor of what a webhook request's event does, with the request's
// address and id.
audit::Actor webhook_actor(const http::RequestContext& ctx, const Integration& integration);

// Stores a checked event for the applier (and wakes this process's) with the request's address
// and id for the audit trail; returns once it is committed. The PBX's answer: {"status": "event_received", "phone_number_id",
// "project_id"} (the number the call goes to, when the base holds it).
boost::json::object receive_call_event(http::RequestContext& ctx, const Integration& integration, const CallEvent& event);

}  // namespace numbase::softphone
