#include "softphone/webhook.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <sodium.h>

#include <chrono>
#include <charconv>

#include "app/app.hpp"
#include "audit/audit.hpp"
#include "core/errors.hpp"
#include "core/json_input.hpp"
#include "core/query_params.hpp"
#include "phones/phone.hpp"
#include "softphone/integrations.hpp"

namespace numbase::softphone {
namespace json = boost::json;
namespace {

[[noreturn]] void refuse() { throw unauthorized("The event's signature is missing, stale or wrong"); }

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

// The call, made or found, and the numbers it is linked to (linked when it is first heard of).
// $1 integration, $2 PBX call id, $3 direction, $4 phone, $5 extension, $6 user, $7 started.
constexpr const char* kUpsertCall = R"SQL(
WITH ins AS (
  INSERT INTO calls (integration_id, pbx_call_id, direction, phone, extension, user_id, started_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz)
  ON CONFLICT (integration_id, pbx_call_id) DO NOTHING
  RETURNING id),
candidates AS (
  SELECT n.id, n.project_id, n.created_at,
         $6::bigint IS NOT NULL AND (EXISTS (SELECT 1 FROM project_members m WHERE m.project_id = n.project_id AND m.user_id = $6)) AS users
    FROM phone_numbers n JOIN projects p ON p.id = n.project_id
   WHERE n.phone = $4 AND p.deleted_at IS NULL AND EXISTS (SELECT 1 FROM ins)),
linked AS (
  -- The extension's user's projects when the number is in one (the most recently received),
  -- else every project that holds it.
  INSERT INTO call_numbers (call_id, number_id)
  SELECT (SELECT id FROM ins), c.id FROM candidates c
   WHERE CASE WHEN EXISTS (SELECT 1 FROM candidates WHERE users)
              THEN c.id = (SELECT id FROM candidates WHERE users ORDER BY created_at DESC, id DESC LIMIT 1)
              ELSE true END
  RETURNING number_id)
SELECT coalesce((SELECT id FROM ins), (SELECT id FROM calls WHERE integration_id = $1 AND pbx_call_id = $2))
)SQL";

}  // namespace

http::Response receive_event(http::RequestContext& ctx) {
  const auto integration_header = ctx.req.header("x-numbase-integration");
  const auto timestamp = ctx.req.header("x-numbase-timestamp");
  const auto signature = ctx.req.header("x-numbase-signature");
  if (!integration_header || !timestamp || !signature) refuse();
  const auto integration_id = parse_id(*integration_header);
  std::int64_t ts = 0;
  const auto [end, ec] = std::from_chars(timestamp->data(), timestamp->data() + timestamp->size(), ts);
  if (!integration_id || ec != std::errc() || end != timestamp->data() + timestamp->size()) refuse();
  const auto now = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();

  auto conn = ctx.app.pool.acquire();
  auto integration = load_integration(*conn, ctx.app.secrets, *integration_id);
  if (!integration || integration->kind != "numbase" || !integration->active) refuse();
  const auto* secret = integration->secrets.if_contains("secret");
  if (!secret || !secret->is_string() || std::llabs(now - ts) > 300 ||
      !signature_matches(std::string(secret->as_string()), *timestamp, ctx.req.body, *signature)) {
    conn->query("UPDATE softphone_integrations SET signature_failures = signature_failures + 1 WHERE id = $1",
                integration->id);
    // (Its 401 is counted in the HTTP metrics by route and status too.)
    refuse();
  }

  // The event.
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

  std::optional<std::int64_t> user;
  if (extension)
    if (const auto* u = integration->extensions.if_contains(*extension); u && u->is_int64()) user = u->as_int64();

  audit::Actor actor;
  actor.username = "softphone: " + integration->name;
  actor.ip = ctx.client_ip();
  actor.request_id = ctx.req.request_id;

  auto answer = db::transaction(*conn, [&](db::Connection& c) {
    const auto id = c.query(kUpsertCall, integration->id, *call_id, direction, phone->digits, extension, user, *at).i64(0, 0);
    c.query("UPDATE softphone_integrations SET last_event_at = now() WHERE id = $1", integration->id);
    if (*type == "call_answered")
      c.query("UPDATE calls SET answered_at = coalesce(answered_at, $2::timestamptz) WHERE id = $1", id, *at);
    if (*type == "call_ended") {
      const std::string outcome = result.value_or(duration && *duration > 0 ? "answered" : "no_answer");
      // Only the first end counts: a repeated one finds the call ended and changes nothing.
      auto ended = c.query("UPDATE calls SET ended_at = $2::timestamptz, duration = $3, outcome = $4,"
                           " recording = coalesce($5, recording),"
                           " answered_at = CASE WHEN $4 = 'answered' THEN coalesce(answered_at, started_at) ELSE answered_at END"
                           " WHERE id = $1 AND ended_at IS NULL RETURNING started_at",
                           id, *at, duration.value_or(0), outcome, recording);
      if (!ended.empty()) {
        std::optional<std::int64_t> status;
        if (const auto* s = integration->outcomes.if_contains(outcome); s && s->is_int64()) status = s->as_int64();
        // Attempts and the last call for every linked number; the outcome's status where no
        // person set one since the call began and the status is not final.
        auto changed = c.query(
            "WITH n AS (SELECT x.* FROM phone_numbers x JOIN call_numbers l ON l.number_id = x.id"
            "   WHERE l.call_id = $1 FOR UPDATE OF x),"
            " upd AS (UPDATE phone_numbers p SET call_attempts = p.call_attempts + 1,"
            "   last_call_at = greatest(p.last_call_at, $2::timestamptz),"
            "   status_id = CASE WHEN $3::smallint IS NOT NULL AND NOT s.is_final AND n.updated_at <= $4::timestamptz"
            "                    THEN $3::smallint ELSE p.status_id END"
            "   FROM n JOIN number_statuses s ON s.id = n.status_id WHERE p.id = n.id"
            "   RETURNING p.id, n.status_id AS old_status, p.status_id AS new_status)"
            " SELECT id, old_status, new_status FROM upd WHERE old_status <> new_status",
            id, *at, status, ended.str(0, 0));
        for (int i = 0; i < changed.rows(); ++i)
          audit::record(c, actor, "update", "phone_number", std::to_string(changed.i64(i, 0)),
                        {{"status_id", {{"old", changed.i64(i, 1)}, {"new", changed.i64(i, 2)}}},
                         {"call_id", *call_id}});
      }
    }
    auto linked = c.query("SELECT n.id, n.project_id FROM call_numbers l JOIN phone_numbers n ON n.id = l.number_id"
                          " WHERE l.call_id = $1 ORDER BY n.created_at DESC, n.id DESC LIMIT 1",
                          id);
    json::object out{{"status", "event_received"}, {"call", id}};
    out["phone_number_id"] = linked.empty() ? json::value(nullptr) : json::value(linked.i64(0, 0));
    out["project_id"] = linked.empty() ? json::value(nullptr) : json::value(linked.i64(0, 1));
    return out;
  });
  return http::Response::json(answer);
}

}  // namespace numbase::softphone
