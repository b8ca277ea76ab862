#include "softphone/zadarma.hpp"

#include <sodium.h>

#include <algorithm>
#include <map>
#include <regex>

#include "app/app.hpp"
#include "core/errors.hpp"
#include "phones/phone.hpp"
#include "softphone/address.hpp"
#include "softphone/calls.hpp"
#include "softphone/signing.hpp"

namespace numbase::softphone {

http::Response webhook_echo(http::RequestContext& ctx) {
  integration_by_token(ctx);
  const auto echo = ctx.req.query_param("zd_echo").value_or("");
  if (echo.size() > 200) throw validation_error("zd_echo", "is too long");
  http::Response res;
  res.status = 200;
  res.content_type = "text/plain; charset=utf-8";
  res.body = echo;
  return res;
}

http::Response receive_webhook(http::RequestContext& ctx) {
  auto integration = integration_by_token(ctx);
  if (integration.kind != "zadarma") throw not_found("No such webhook");  // Mango posts to …/events/call, …/summary
  auto f = form_fields(ctx.req.body);
  auto field = [&](const char* k) { return f.count(k) ? f.at(k) : std::string(); };
  const auto event = field("event");
  const bool out = event == "NOTIFY_OUT_START" || event == "NOTIFY_OUT_END";
  // The signed string, by event.
  std::string signed_text;
  if (event == "NOTIFY_START" || event == "NOTIFY_INTERNAL" || event == "NOTIFY_END")
    signed_text = field("caller_id") + field("called_did") + field("call_start");
  else if (event == "NOTIFY_ANSWER")
    signed_text = field("caller_id") + field("destination") + field("call_start");
  else if (out)
    signed_text = field("internal") + field("destination") + field("call_start");
  else if (event == "NOTIFY_RECORD")
    signed_text = field("pbx_call_id") + field("call_id_with_rec");
  else
    return http::Response::json(boost::json::object{{"status", "ignored"}});  // events numbase does not use

  const auto* secret = integration.secrets.if_contains("secret");
  const auto given = ctx.req.header("signature").value_or("");
  const auto expected = secret && secret->is_string()
                            ? base64_of_hex_hmac_sha1(std::string(secret->as_string()), signed_text)
                            : std::string();
  if (expected.empty() || given.size() != expected.size() ||
      sodium_memcmp(given.data(), expected.data(), expected.size()) != 0) {
    count_signature_failure(ctx, integration.id);
    refuse_signature();
  }

  static const std::regex when(R"(^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$)");
  const auto pbx_call_id = field("pbx_call_id");
  if (pbx_call_id.empty() || pbx_call_id.size() > 200) throw validation_error("pbx_call_id", "is required");
  CallEvent e;
  e.pbx_call_id = pbx_call_id;
  e.direction = out ? "outbound" : "inbound";
  // The PBX's call_start is the account's local time: Moscow, as numbase's business day.
  const auto start = field("call_start");
  e.at = std::regex_match(start, when) ? start + " Europe/Moscow" : std::string("now");
  if (!field("internal").empty() && field("internal").size() <= 50) e.extension = field("internal");
  const auto party = out ? field("destination") : field("caller_id");
  if (auto phone = party.size() <= 40 ? phones::normalize(party) : std::nullopt) e.phone = phone->digits;
  if (event == "NOTIFY_ANSWER") {
    e.kind = CallEvent::Answered;
    e.at = "now";
  } else if (event == "NOTIFY_END" || event == "NOTIFY_OUT_END") {
    e.kind = CallEvent::Ended;
    e.at = "now";
    const auto d = field("duration");
    if (!d.empty() && d.size() < 7 && std::all_of(d.begin(), d.end(), ::isdigit)) e.duration = std::stoll(d);
    const auto disposition = field("disposition");
    e.outcome = disposition == "answered" ? "answered"
                : disposition == "busy"   ? "busy"
                : disposition == "cancel" || disposition == "no answer" || disposition == "noanswer" ? "no_answer"
                                                                                                     : "failed";
    if (field("is_recorded") == "1" && !field("call_id_with_rec").empty()) e.recording = field("call_id_with_rec");
  } else if (event == "NOTIFY_RECORD") {
    e.kind = CallEvent::Recorded;
    e.at = "now";
    if (field("call_id_with_rec").size() <= 1000) e.recording = field("call_id_with_rec");
  }
  return http::Response::json(receive_call_event(ctx, integration, e));
}

}  // namespace numbase::softphone
