#include "softphone/calls.hpp"

#include <boost/json/parse.hpp>

namespace numbase::softphone {
namespace json = boost::json;
namespace {

// The call, made or found, and the numbers it is linked to (linked when it is first heard of).
// $1 integration, $2 PBX call id, $3 direction, $4 phone, $5 extension, $6 user, $7 started.
constexpr const char* kUpsertCall = R"SQL(
WITH candidates AS (
  SELECT n.id, n.project_id, n.created_at,
         $6::bigint IS NOT NULL AND (EXISTS (SELECT 1 FROM project_members m WHERE m.project_id = n.project_id AND m.user_id = $6)) AS users
    FROM phone_numbers n JOIN projects p ON p.id = n.project_id
   WHERE n.phone = $4 AND p.deleted_at IS NULL),
ins AS (
  INSERT INTO calls (integration_id, pbx_call_id, direction, phone, extension, user_id, started_at, linked)
  VALUES ($1, $2, $3, $4, $5, $6, $7::timestamptz, EXISTS (SELECT 1 FROM candidates))
  ON CONFLICT (integration_id, pbx_call_id) DO NOTHING
  RETURNING id),
linked AS (
  -- The extension's user's projects when the number is in one (the most recently received),
  -- else every project that holds it.
  INSERT INTO call_numbers (call_id, number_id)
  SELECT (SELECT id FROM ins), c.id FROM candidates c
   WHERE EXISTS (SELECT 1 FROM ins)
     AND CASE WHEN EXISTS (SELECT 1 FROM candidates WHERE users)
              THEN c.id = (SELECT id FROM candidates WHERE users ORDER BY created_at DESC, id DESC LIMIT 1)
              ELSE true END
  RETURNING number_id)
SELECT coalesce((SELECT id FROM ins), (SELECT id FROM calls WHERE integration_id = $1 AND pbx_call_id = $2))
)SQL";

// Attempts and the last call for every linked number (locked in id order); the outcome's
// status ($3) where no person changed the number since the call began ($4) and the status is
// not final.
constexpr const char* kEndCall = R"SQL(
WITH n AS (SELECT x.* FROM phone_numbers x JOIN call_numbers l ON l.number_id = x.id
            WHERE l.call_id = $1 ORDER BY x.id FOR UPDATE OF x),
upd AS (UPDATE phone_numbers p SET call_attempts = p.call_attempts + 1,
          last_call_at = greatest(p.last_call_at, $2::timestamptz),
          status_id = CASE WHEN $3::smallint IS NOT NULL AND NOT s.is_final AND n.updated_at <= $4::timestamptz
                           THEN $3::smallint ELSE p.status_id END
          FROM n JOIN number_statuses s ON s.id = n.status_id WHERE p.id = n.id
          RETURNING p.id, n.status_id AS old_status, p.status_id AS new_status)
SELECT id, old_status, new_status FROM upd WHERE old_status <> new_status
)SQL";

// The ended call in the conversion counters: a call per linked number, and the numbers answered
// for the first time ($3 the outcome). The last statement of the event's transaction, the cells
// in key order (no deadlock) and in this session's shard (no queue behind other sessions).
constexpr const char* kCountCall = R"SQL(
INSERT INTO conversion_calls AS cc (project_id, grain, period, provider_id, geo_id, shard, calls, contacted)
SELECT x.project_id, c.grain, c.period, c.provider_id, c.geo_id, pg_backend_pid() % 16, count(*),
       count(*) FILTER (WHERE x.first_answer)
  FROM (SELECT n.project_id, n.provider_id, n.geo_id,
               $3::text = 'answered' AND NOT EXISTS (
                 SELECT 1 FROM call_numbers l2 JOIN calls k ON k.id = l2.call_id
                  WHERE l2.number_id = n.id AND k.id <> $1 AND k.outcome = 'answered') AS first_answer
          FROM call_numbers l JOIN phone_numbers n ON n.id = l.number_id WHERE l.call_id = $1) x
 CROSS JOIN LATERAL conversion_cells(numbase_day($2::timestamptz), x.provider_id, x.geo_id) c
 GROUP BY 1, 2, 3, 4, 5
 ORDER BY 1, 2, 3, 4, 5
ON CONFLICT (project_id, grain, period, provider_id, geo_id, shard)
   DO UPDATE SET calls = cc.calls + excluded.calls, contacted = cc.contacted + excluded.contacted
)SQL";

// A call of a known user changed: a new version for his live stream, announced at commit.
constexpr const char* kAnnounce = R"SQL(
WITH v AS (UPDATE calls SET version = nextval('calls_version_seq') WHERE id = $1 AND user_id IS NOT NULL
           RETURNING user_id)
SELECT pg_notify('numbase_calls', user_id::text) FROM v
)SQL";

// What the event changes on the call and, at its first end, on its numbers. Returns the
// outcome when the call ended now (its counters are still to be moved).
std::optional<std::string> apply_change(db::Connection& c, const Integration& integration, const CallEvent& e, std::int64_t id,
                  std::optional<std::int64_t> user, const audit::Actor& actor) {
  // An extension heard of later (the call reached someone) names the call's user.
  if (user) c.query("UPDATE calls SET extension = $2, user_id = $3 WHERE id = $1 AND user_id IS NULL", id, e.extension, user);
  if (e.kind == CallEvent::Answered)
    c.query("UPDATE calls SET answered_at = coalesce(answered_at, $2::timestamptz) WHERE id = $1", id, e.at);
  if (e.recording) c.query("UPDATE calls SET recording = $2 WHERE id = $1", id, e.recording);
  if (e.kind != CallEvent::Ended) return std::nullopt;
  const std::string outcome = e.outcome.value_or(e.duration && *e.duration > 0 ? "answered" : "no_answer");
  // Only the first end counts: a repeated one finds the call ended and changes nothing.
  auto ended = c.query("UPDATE calls SET ended_at = $2::timestamptz, duration = $3, outcome = $4,"
                       " answered_at = CASE WHEN $4 = 'answered' THEN coalesce(answered_at, started_at) ELSE answered_at END"
                       " WHERE id = $1 AND ended_at IS NULL RETURNING started_at",
                       id, e.at, e.duration.value_or(0), outcome);
  if (ended.empty()) return std::nullopt;
  std::optional<std::int64_t> status;
  if (const auto* s = integration.outcomes.if_contains(outcome); s && s->is_int64()) status = s->as_int64();
  auto changed = c.query(kEndCall, id, e.at, status, ended.str(0, 0));
  for (int i = 0; i < changed.rows(); ++i)
    audit::record(c, actor, "update", "phone_number", std::to_string(changed.i64(i, 0)),
                  {{"status_id", {{"old", changed.i64(i, 1)}, {"new", changed.i64(i, 2)}}}, {"call_id", e.pbx_call_id}});
  return outcome;
}

}  // namespace

audit::Actor integration_actor(const Integration& integration) {
  audit::Actor actor;
  actor.username = "softphone: " + integration.name;
  return actor;
}

json::object apply_call_event(db::Connection& conn, const Integration& integration, const CallEvent& e,
                              const audit::Actor& actor) {
  std::optional<std::int64_t> user;
  if (e.extension)
    if (const auto* u = integration.extensions.if_contains(*e.extension); u && u->is_int64()) user = u->as_int64();
  auto out = db::transaction(conn, [&](db::Connection& c) {
    const auto id = c.query(kUpsertCall, integration.id, e.pbx_call_id, e.direction, e.phone, e.extension, user, e.at)
                        .i64(0, 0);
    const bool stale = e.seq && c.query("UPDATE calls SET last_seq = $2 WHERE id = $1 AND (last_seq IS NULL OR last_seq < $2)"
                                        " RETURNING 1",
                                        id, *e.seq)
                                    .empty();
    if (!stale) {
      const auto ended = apply_change(c, integration, e, id, user, actor);
      c.query(kAnnounce, id);
      if (ended) c.query(kCountCall, id, e.at, *ended);
    }
    auto linked = c.query("SELECT n.id, n.project_id FROM call_numbers l JOIN phone_numbers n ON n.id = l.number_id"
                          " WHERE l.call_id = $1 ORDER BY n.created_at DESC, n.id DESC LIMIT 1",
                          id);
    json::object out{{"status", stale ? "stale" : "event_received"}, {"call", id}};
    out["phone_number_id"] = linked.empty() ? json::value(nullptr) : json::value(linked.i64(0, 0));
    out["project_id"] = linked.empty() ? json::value(nullptr) : json::value(linked.i64(0, 1));
    return out;
  });
  // When the PBX was last heard from: outside the event's transaction and at most once a second,
  // so that concurrent events do not queue on the integration's row.
  conn.query("UPDATE softphone_integrations SET last_event_at = now()"
             " WHERE id = $1 AND (last_event_at IS NULL OR last_event_at < now() - interval '1 second')",
             integration.id);
  return out;
}

int close_unfinished_calls(db::Connection& conn, std::chrono::seconds after, int limit) {
  auto r = conn.query("SELECT c.pbx_call_id, i.id, i.name, i.outcomes::text FROM calls c"
                      " JOIN softphone_integrations i ON i.id = c.integration_id"
                      " WHERE c.ended_at IS NULL AND c.started_at < now() - make_interval(secs => $1)"
                      " ORDER BY c.started_at LIMIT $2",
                      static_cast<std::int64_t>(after.count()), limit);
  for (int row = 0; row < r.rows(); ++row) {
    Integration integration;
    integration.id = r.i64(row, 1);
    integration.name = r.str(row, 2);
    integration.outcomes = json::parse(r.view(row, 3)).as_object();
    CallEvent e;
    e.kind = CallEvent::Ended;
    e.pbx_call_id = r.str(row, 0);
    e.at = "now";
    e.outcome = "unknown";
    apply_call_event(conn, integration, e, integration_actor(integration));
  }
  return r.rows();
}

}  // namespace numbase::softphone
