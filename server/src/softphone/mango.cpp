#include "softphone/mango.hpp"

#include <boost/json/parse.hpp>
#include <sodium.h>

#include <algorithm>
#include <ctime>

#include "app/app.hpp"
#include "core/errors.hpp"
#include "phones/phone.hpp"
#include "softphone/address.hpp"
#include "softphone/calls.hpp"
#include "softphone/signing.hpp"

namespace numbase::softphone {
namespace json = boost::json;
namespace {

struct Signed {
  Integration integration;
  json::object body;
};

// The integration, the api key and sign checked (constant time), the json parsed.
Signed verified(http::RequestContext& ctx) {
  auto integration = integration_by_token(ctx);
  if (integration.kind != "mango") throw not_found("No such webhook");
  auto f = form_fields(ctx.req.body);
  const auto* key = integration.secrets.if_contains("api_key");
  const auto* salt = integration.secrets.if_contains("api_salt");
  const std::string given_key = f["vpbx_api_key"], given_sign = f["sign"], text = f["json"];
  bool ok = key && salt && key->is_string() && salt->is_string() && given_key.size() == key->as_string().size() &&
            sodium_memcmp(given_key.data(), key->as_string().data(), given_key.size()) == 0;
  if (ok) {
    const auto expected = sha256_hex(given_key + text + std::string(salt->as_string()));
    ok = given_sign.size() == expected.size() && sodium_memcmp(given_sign.data(), expected.data(), given_sign.size()) == 0;
  }
  if (!ok) {
    count_signature_failure(ctx, integration.id);
    refuse_signature();
  }
  boost::system::error_code ec;
  auto body = json::parse(text, ec);
  if (ec || !body.is_object()) throw validation_error("json", "must be a JSON object");
  return {std::move(integration), std::move(body.as_object())};
}

std::string text_of(const json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  if (!v) return {};
  if (v->is_string()) return std::string(v->as_string());
  if (v->is_int64()) return std::to_string(v->as_int64());
  return {};
}

std::int64_t int_of(const json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  if (v && v->is_int64()) return v->as_int64();
  if (v && v->is_string()) {
    const auto s = std::string(v->as_string());
    if (!s.empty() && s.size() < 19 && std::all_of(s.begin(), s.end(), ::isdigit)) return std::stoll(s);
  }
  return 0;
}

// The other party and our extension, from the "from" and "to" objects: a call from one of our
// extensions is outgoing.
void parties(const json::object& body, CallEvent& e) {
  const auto* from = body.if_contains("from");
  const auto* to = body.if_contains("to");
  const json::object none;
  const auto& f = from && from->is_object() ? from->as_object() : none;
  const auto& t = to && to->is_object() ? to->as_object() : none;
  const bool outgoing = !text_of(f, "extension").empty();
  e.direction = outgoing ? "outbound" : "inbound";
  const auto ext = outgoing ? text_of(f, "extension") : text_of(t, "extension");
  if (!ext.empty() && ext.size() <= 50) e.extension = ext;
  const auto party = outgoing ? text_of(t, "number") : text_of(f, "number");
  if (auto phone = party.size() <= 40 ? phones::normalize(party) : std::nullopt) e.phone = phone->digits;
}

// Unix seconds as a timestamptz literal (UTC); "now" when the PBX gave none.
std::string at_unix(std::int64_t seconds) {
  if (seconds <= 0 || seconds > 32503680000) return "now";
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm utc{};
  gmtime_r(&t, &utc);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buf;
}

json::object receive(http::RequestContext& ctx, const Integration& integration, CallEvent& e) {
  if (e.pbx_call_id.empty() || e.pbx_call_id.size() > 200) throw validation_error("entry_id", "is required");
  return receive_call_event(ctx, integration, e);
}

}  // namespace

http::Response mango_call_event(http::RequestContext& ctx) {
  auto [integration, body] = verified(ctx);
  CallEvent e;
  e.pbx_call_id = text_of(body, "entry_id");
  e.seq = int_of(body, "seq");
  parties(body, e);
  const auto state = text_of(body, "call_state");
  const auto when = int_of(body, "timestamp");
  // The call is made by whichever state comes first; its end is the summary's to say.
  e.kind = state == "Connected" ? CallEvent::Answered : CallEvent::Started;
  e.at = at_unix(when);
  if (state != "Appeared" && state != "Connected" && state != "OnHold" && state != "Disconnected")
    throw validation_error("call_state", "must be Appeared, Connected, OnHold or Disconnected");
  return http::Response::json(receive(ctx, integration, e));
}

http::Response mango_summary(http::RequestContext& ctx) {
  auto [integration, body] = verified(ctx);
  CallEvent e;
  e.kind = CallEvent::Ended;
  e.pbx_call_id = text_of(body, "entry_id");
  parties(body, e);
  const auto talked = int_of(body, "entry_result") == 1;
  const auto talk = int_of(body, "talk_time"), end = int_of(body, "end_time");
  e.outcome = talked ? "answered" : "no_answer";
  e.duration = talked && talk > 0 && end >= talk ? end - talk : 0;
  e.at = at_unix(end);
  return http::Response::json(receive(ctx, integration, e));
}

}  // namespace numbase::softphone
