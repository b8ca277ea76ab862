#include "softphone/click_to_call.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "app/app.hpp"
#include "audit/audit.hpp"
#include "core/errors.hpp"
#include "core/http_client.hpp"
#include "core/json_input.hpp"
#include "core/secrets.hpp"
#include "phones/phone.hpp"
#include "projects/access.hpp"
#include "softphone/signing.hpp"

namespace numbase::softphone {
namespace json = boost::json;
namespace {

constexpr auto kPbxTimeout = std::chrono::seconds(5);

struct Line {
  Integration integration;
  std::string extension;
};

bool can_dial(const Integration& i) {
  if (i.kind == "mango") return true;
  return i.kind == "zadarma" && i.secrets.contains("api_key");
}

// The active integration that maps an extension to `user`, one that can dial first.
std::optional<Line> line_of(db::Connection& conn, const SecretBox& box, std::int64_t user) {
  auto r = conn.query("SELECT i.id, e.key FROM softphone_integrations i CROSS JOIN LATERAL jsonb_each(i.extensions) e"
                      " WHERE i.is_active AND e.value = to_jsonb($1::bigint) ORDER BY i.kind = 'numbase', i.id, e.key",
                      user);
  std::optional<Line> first;
  for (int row = 0; row < r.rows(); ++row) {
    auto integration = load_integration(conn, box, r.i64(row, 0));
    if (!integration) continue;
    Line line{std::move(*integration), r.str(row, 1)};
    if (can_dial(line.integration)) return line;
    if (!first) first = std::move(line);
  }
  return first;
}

std::string secret(const Integration& i, const char* key) {
  const auto* v = i.secrets.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

// Zadarma: GET /v1/request/callback/?from=<extension>&to=<number>, signed with the API key and
// secret: Authorization "<key>:<base64(hex(HMAC-SHA1(secret, method + params + md5(params))))>",
// the parameters sorted by name.
HttpAnswer zadarma_callback(const Integration& i, const std::string& extension, const std::string& to) {
  const std::string method = "/v1/request/callback/";
  const std::string params = "from=" + form_escape(extension) + "&to=" + form_escape(to);
  const auto sign = base64_of_hex_hmac_sha1(secret(i, "secret"), method + params + md5_hex(params));
  return http_request("GET", api_base(i) + method + "?" + params,
                      {{"Authorization", secret(i, "api_key") + ":" + sign}}, "", kPbxTimeout);
}

// Mango Office: POST /commands/callback, form vpbx_api_key, sign = hex SHA-256(key + json + salt), json.
HttpAnswer mango_callback(const Integration& i, const std::string& extension, const std::string& to) {
  const auto key = secret(i, "api_key");
  const auto text = json::serialize(json::object{{"command_id", "numbase-" + random_hex(8)},
                                                 {"from", json::object{{"extension", extension}}},
                                                 {"to_number", to}});
  const auto sign = sha256_hex(key + text + secret(i, "api_salt"));
  const auto body = "vpbx_api_key=" + form_escape(key) + "&sign=" + sign + "&json=" + form_escape(text);
  return http_request("POST", api_base(i) + "/commands/callback",
                      {{"Content-Type", "application/x-www-form-urlencoded"}}, body, kPbxTimeout);
}

// Whether the PBX accepted: Zadarma answers {"status": "success"}, Mango {"result": 1000}.
bool accepted(const std::string& kind, const HttpAnswer& a) {
  if (a.status != 200) return false;
  boost::system::error_code ec;
  auto v = json::parse(a.body, ec);
  if (ec || !v.is_object()) return false;
  const auto& o = v.as_object();
  if (kind == "zadarma") return o.contains("status") && o.at("status") == "success";
  return o.contains("result") && o.at("result").is_int64() && o.at("result").as_int64() == 1000;
}

}  // namespace

std::string api_base(const Integration& i) {
  std::string base = i.api_url.value_or(i.kind == "zadarma" ? "https://api.zadarma.com" : "https://app.mango-office.ru/vpbx");
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base;
}

http::Response softphone_me(http::RequestContext& ctx) {
  auto conn = ctx.app.pool.acquire();
  auto line = line_of(*conn, ctx.app.secrets, ctx.principal().id);
  json::object out{{"extension", line ? json::value(line->extension) : json::value(nullptr)},
                   {"integration_id", line ? json::value(line->integration.id) : json::value(nullptr)},
                   {"click_to_call", line && can_dial(line->integration)}};
  return http::Response::json(out);
}

http::Response click_to_call(http::RequestContext& ctx) {
  auto body = parse_json_object(ctx.req.body);
  FieldReader f(body);
  auto raw = f.string("phone_number", true);
  f.finish();
  const auto phone = raw->size() <= 40 ? phones::normalize(*raw) : std::nullopt;
  if (!phone) throw validation_error("phone_number", "is not a valid phone number");
  auto conn = ctx.app.pool.acquire();
  // Only a number of the caller's projects: click-to-call is not a free dialler.
  auto number = conn->query("SELECT x.id FROM phone_numbers x JOIN projects p ON p.id = x.project_id"
                            " WHERE x.phone = $1 AND p.deleted_at IS NULL AND ($2::bigint IS NULL OR EXISTS ("
                            "   SELECT 1 FROM project_members m WHERE m.project_id = x.project_id AND m.user_id = $2))"
                            " ORDER BY x.created_at DESC, x.id DESC LIMIT 1",
                            phone->digits, projects::member_filter(ctx.principal()));
  if (number.empty()) throw validation_error("phone_number", "is not a number of your projects");
  auto line = line_of(*conn, ctx.app.secrets, ctx.principal().id);
  if (!line || !can_dial(line->integration))
    throw validation_error("phone_number", "no PBX with click-to-call knows your extension");
  const auto to = std::to_string(phone->digits);
  const auto answer = line->integration.kind == "zadarma" ? zadarma_callback(line->integration, line->extension, to)
                                                          : mango_callback(line->integration, line->extension, to);
  const bool ok = accepted(line->integration.kind, answer);
  db::transaction(*conn, [&](db::Connection& c) {
    audit::record(c, ctx.actor(), "call", "phone_number", std::to_string(number.i64(0, 0)),
                  {{"integration_id", line->integration.id}, {"extension", line->extension},
                   {"pbx_status", answer.status}, {"accepted", ok}});
  });
  if (!ok) {
    const auto detail = answer.status == 0 ? answer.error : "HTTP " + std::to_string(answer.status) + " " + answer.body.substr(0, 200);
    throw ApiError(502, "PBX_ERROR", "The PBX refused the call: " + detail);
  }
  return http::Response::json(202, json::object{{"status", "requested"}, {"integration_id", line->integration.id},
                                                {"extension", line->extension}});
}

}  // namespace numbase::softphone
