#include "softphone/address.hpp"

#include <boost/url/parse.hpp>

#include "app/app.hpp"
#include "core/errors.hpp"

namespace numbase::softphone {

// The integration a webhook address names, whatever its kind; 404 when none.
Integration integration_by_token(http::RequestContext& ctx) {
  const auto token = ctx.req.path_param("token");
  std::optional<Integration> i;
  if (token.size() == 36) i = ctx.app.integrations.by_token(ctx.app.pool, ctx.app.secrets, token);
  if (!i || !i->active) throw not_found("No such webhook");
  return *i;
}

std::map<std::string, std::string> form_fields(const std::string& body) {
  std::map<std::string, std::string> out;
  // Read as a URL's query, as the request line's is (+ for space).
  if (body.size() > 64 * 1024) throw bad_request("BAD_REQUEST", "The body is too large for a call event");
  const std::string text = "/?" + body;  // the view below reads it: kept alive
  auto url = boost::urls::parse_origin_form(text);
  if (!url) throw bad_request("BAD_REQUEST", "The body is not form-encoded");
  for (auto p : url->params(boost::urls::encoding_opts(true))) out[p.key] = p.value;
  return out;
}

void count_signature_failure(http::RequestContext& ctx, std::int64_t integration_id) {
  // (Its 401 is counted in the HTTP metrics by route and status too.)
  ctx.app.pool.acquire()->query(
      "UPDATE softphone_integrations SET signature_failures = signature_failures + 1 WHERE id = $1", integration_id);
}

void refuse_signature() { throw unauthorized("The event's signature is missing, stale or wrong"); }

audit::Actor webhook_actor(const http::RequestContext& ctx, const Integration& integration) {
  auto actor = integration_actor(integration);
  actor.ip = ctx.client_ip();
  actor.request_id = ctx.req.request_id;
  return actor;
}

boost::json::object receive_call_event(http::RequestContext& ctx, const Integration& integration, const CallEvent& event) {
  const auto received = ctx.app.event_writer.store(integration, event, webhook_actor(ctx, integration));
  ctx.app.call_applier.wake();
  boost::json::object out{{"status", "event_received"}};
  out["phone_number_id"] = received.number_id ? boost::json::value(*received.number_id) : boost::json::value(nullptr);
  out["project_id"] = received.project_id ? boost::json::value(*received.project_id) : boost::json::value(nullptr);
  return out;
}

}  // namespace numbase::softphone
