#include "softphone/webhook.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <sodium.h>

#include <chrono>
#include <charconv>

#include "app/app.hpp"
#include "core/errors.hpp"
#include "core/json_input.hpp"
#include "core/query_params.hpp"
#include "phones/phone.hpp"
#include "softphone/address.hpp"
#include "softphone/calls.hpp"
#include "softphone/integrations.hpp"

namespace numbase::softphone {
namespace json = boost::json;
namespace {

// HMAC-SHA256(secret, timestamp + "." + body) against the header's hex, in constant time.
bool signature_matches(const std::string& secret, const std::string& timestamp, const std::string& body,
                       const std::string& header) {
  constexpr std::string_view prefix = "sha256=";
  if (header.size() != prefix.size() + 2 * crypto_auth_hmacsha256_BYTES || header.compare(0, prefix.size(), prefix) != 0)
    return false;
  unsigned char given[crypto_auth_hmacsha256_BYTES];
  std::size_t n = 0;
  if (sodium_hex2bin(given, sizeof given, header.data() + prefix.size(), header.size() - prefix.size(), nullptr, &n,
                     nullptr) != 0 ||
      n != sizeof given)
    return false;
  crypto_auth_hmacsha256_state state;
  crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(secret.data()), secret.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(timestamp.data()), timestamp.size());
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>("."), 1);
  crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(body.data()), body.size());
  unsigned char expected[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_final(&state, expected);
  return sodium_memcmp(given, expected, sizeof given) == 0;
}

// The integration a signed request comes from: its id, a fresh timestamp and the signature
// checked; 401 (counted when the integration exists) for anything wrong.
Integration verified(http::RequestContext& ctx) {
  const auto integration_header = ctx.req.header("x-numbase-integration");
  const auto timestamp = ctx.req.header("x-numbase-timestamp");
  const auto signature = ctx.req.header("x-numbase-signature");
  if (!integration_header || !timestamp || !signature) refuse_signature();
  const auto integration_id = parse_id(*integration_header);
  std::int64_t ts = 0;
  const auto [end, ec] = std::from_chars(timestamp->data(), timestamp->data() + timestamp->size(), ts);
  if (!integration_id || ec != std::errc() || end != timestamp->data() + timestamp->size()) refuse_signature();
  const auto now = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  auto integration = ctx.app.integrations.by_id(ctx.app.pool, ctx.app.secrets, *integration_id);
  if (!integration || integration->kind != "numbase" || !integration->active) refuse_signature();
  const auto* secret = integration->secrets.if_contains("secret");
  if (!secret || !secret->is_string() || std::llabs(now - ts) > 300 ||
      !signature_matches(std::string(secret->as_string()), *timestamp, ctx.req.body, *signature)) {
    count_signature_failure(ctx, integration->id);
    refuse_signature();
  }
  return std::move(*integration);
}

}  // namespace

http::Response receive_event(http::RequestContext& ctx) {
  const auto integration = verified(ctx);
  auto body = parse_json_object(ctx.req.body);
  FieldReader f(body);
  auto type = f.string("event_type", true);
  auto call_id = f.string("call_id", true);
  auto raw_phone = f.string("phone_number", true);
  auto direction = f.string("direction", false).value_or("outbound");
  auto at = f.string("timestamp", true);
  auto extension = f.string("extension", false);
  auto duration = f.integer("duration", false);
  auto result = f.string("result", false);
  auto recording = f.string("recording", false);
  if (type && *type != "call_started" && *type != "call_answered" && *type != "call_ended")
    f.fail("event_type", "must be call_started, call_answered or call_ended");
  if (call_id && (call_id->empty() || call_id->size() > 200)) f.fail("call_id", "must be 1 to 200 characters");
  if (direction != "inbound" && direction != "outbound") f.fail("direction", "must be inbound or outbound");
  if (at && (at->size() <= 10 || !is_timestamp(*at))) f.fail("timestamp", "must be an ISO 8601 timestamp");
  if (duration && (*duration < 0 || *duration > 86400 * 7)) f.fail("duration", "must be 0 to 604800 seconds");
  if (result && *result != "answered" && *result != "no_answer" && *result != "busy" && *result != "failed")
    f.fail("result", "must be answered, no_answer, busy or failed");
  if (extension && extension->size() > 50) f.fail("extension", "must be at most 50 characters");
  if (recording && recording->size() > 1000) f.fail("recording", "must be at most 1000 characters");
  std::optional<phones::Normalized> phone;
  if (raw_phone && !(phone = phones::normalize(*raw_phone))) f.fail("phone_number", "is not a valid phone number");
  f.finish();

  CallEvent e;
  e.kind = *type == "call_started" ? CallEvent::Started : *type == "call_answered" ? CallEvent::Answered : CallEvent::Ended;
  e.pbx_call_id = *call_id;
  e.direction = direction;
  e.phone = phone->digits;
  e.extension = extension;
  e.at = *at;
  e.duration = duration;
  e.outcome = result;
  e.recording = recording;
  return http::Response::json(receive_call_event(ctx, integration, e));
}

http::Response receive_call_result(http::RequestContext& ctx) {
  const auto integration = verified(ctx);
  auto conn = ctx.app.pool.acquire();
  auto body = parse_json_object(ctx.req.body);
  FieldReader f(body);
  auto call_id = f.string("call_id", true);
  auto number_id = f.integer("phone_number_id", false);
  auto result = f.string("result", true);
  auto duration = f.integer("duration", false);
  auto notes = f.string("notes", false);
  auto extension = f.string("extension", false);
  if (call_id && (call_id->empty() || call_id->size() > 200)) f.fail("call_id", "must be 1 to 200 characters");
  if (result && *result != "answered" && *result != "no_answer" && *result != "busy" && *result != "failed")
    f.fail("result", "must be answered, no_answer, busy or failed");
  if (duration && (*duration < 0 || *duration > 86400 * 7)) f.fail("duration", "must be 0 to 604800 seconds");
  if (notes && notes->size() > 5000) f.fail("notes", "must be at most 5000 characters");
  if (extension && extension->size() > 50) f.fail("extension", "must be at most 50 characters");
  std::optional<std::int64_t> phone;
  if (number_id) {
    auto r = conn->query("SELECT n.phone FROM phone_numbers n JOIN projects p ON p.id = n.project_id"
                         " WHERE n.id = $1 AND p.deleted_at IS NULL",
                         *number_id);
    if (r.empty()) f.fail("phone_number_id", "is not a number in the base");
    else phone = r.i64(0, 0);
  }
  f.finish();

  // The result ends the call (if its end has not come yet) and notes it on its numbers; it is
  // applied before the answer, which says what it did.
  CallEvent e;
  e.kind = CallEvent::Ended;
  e.pbx_call_id = *call_id;
  e.phone = phone;
  e.extension = extension;
  e.at = "now";
  e.duration = duration;
  e.outcome = result;
  if (notes && !notes->empty()) e.notes = notes;
  const auto received = ctx.app.event_writer.store(integration, e, webhook_actor(ctx, integration));
  while (!conn->query("SELECT 1 FROM call_events WHERE id = $1 AND failed IS NULL", received.event_id).empty())
    apply_queued_events(*conn);
  if (!conn->query("SELECT 1 FROM call_events WHERE id = $1", received.event_id).empty())
    throw std::runtime_error("the call result could not be applied (set aside in call_events)");
  auto n = conn->query("SELECT n.id, n.status_id FROM calls c JOIN call_numbers l ON l.call_id = c.id"
                       " JOIN phone_numbers n ON n.id = l.number_id WHERE c.integration_id = $1 AND c.pbx_call_id = $2"
                       " ORDER BY n.id = $3 DESC, n.created_at DESC, n.id DESC LIMIT 1",
                       integration.id, *call_id, number_id);
  json::object out{{"message", "Call result saved"}};
  out["phone_number_id"] = n.empty() ? json::value(nullptr) : json::value(n.i64(0, 0));
  out["updated_status_id"] = n.empty() ? json::value(nullptr) : json::value(n.i64(0, 1));
  return http::Response::json(out);
}

}  // namespace numbase::softphone
