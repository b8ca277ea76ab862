#include "softphone/calls.hpp"

#include <boost/json/parse.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>
#include <set>
#include <utility>
#include <vector>

namespace numbase::softphone {
namespace json = boost::json;
namespace {

// The queue's applier lock ("nbcalls1"): one applier at a time, so events apply in order and
// batches never wait on one another's rows.
constexpr std::int64_t kApplierLock = 0x6e6263616c6c7331;

// The oldest events not failed, taken out of the queue (back in it if the batch rolls back).
constexpr const char* kTake = R"SQL(
DELETE FROM call_events WHERE id IN (SELECT id FROM call_events WHERE failed IS NULL ORDER BY id LIMIT $1)
RETURNING id, integration_id, kind, pbx_call_id, direction, phone, extension, at, duration, outcome, recording, seq,
          notes, host(ip), request_id, received_at
)SQL";

// The batch's calls already known, locked.
constexpr const char* kKnownCalls = R"SQL(
SELECT c.id, c.integration_id, c.pbx_call_id, c.direction, c.phone, c.extension, c.user_id, c.started_at, c.answered_at,
       c.ended_at, c.duration, c.outcome, c.recording, c.last_seq
  FROM calls c JOIN unnest($1::int[], $2::text[]) AS k(integration_id, pbx_call_id) USING (integration_id, pbx_call_id)
 ORDER BY c.id FOR UPDATE OF c
)SQL";

// New calls with what the batch made of them, linked to their numbers: the extension's user's
// (the most recently received) when he has the phone, else every project's that holds it; a
// phone nobody holds is made a number in the integration's project for them ($14), if it names
// one (audited as made by the integration, $15), else the call stays unlinked.
constexpr const char* kInsertCalls = R"SQL(
WITH c0 AS (
  SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::bigint[], $5::text[], $6::bigint[], $7::timestamptz[],
                       $8::timestamptz[], $9::timestamptz[], $10::int[], $11::text[], $12::text[], $13::bigint[],
                       $14::bigint[], $15::text[])
    AS c(integration_id, pbx_call_id, direction, phone, extension, user_id, started_at, answered_at, ended_at,
         duration, outcome, recording, last_seq, unlinked_project_id, username)),
c AS (SELECT integration_id, pbx_call_id, direction, phone, extension, user_id, started_at, answered_at, ended_at,
             duration, outcome, recording, last_seq FROM c0),
cand AS (
  SELECT c.integration_id, c.pbx_call_id, n.id,
         row_number() OVER w AS rank, bool_or(u.mine) OVER (PARTITION BY c.integration_id, c.pbx_call_id) AS any_mine
    FROM c JOIN phone_numbers n ON n.phone = c.phone
    JOIN projects p ON p.id = n.project_id AND p.deleted_at IS NULL
   CROSS JOIN LATERAL (SELECT c.user_id IS NOT NULL AND EXISTS (
                         SELECT 1 FROM project_members m WHERE m.project_id = n.project_id AND m.user_id = c.user_id)) AS u(mine)
  WINDOW w AS (PARTITION BY c.integration_id, c.pbx_call_id ORDER BY u.mine DESC, n.created_at DESC, n.id DESC)),
orphan AS (
  SELECT c0.integration_id, c0.pbx_call_id, c0.phone, c0.unlinked_project_id AS project_id, c0.username, c0.started_at
    FROM c0
   WHERE c0.phone IS NOT NULL AND c0.unlinked_project_id IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM cand WHERE cand.integration_id = c0.integration_id AND cand.pbx_call_id = c0.pbx_call_id)
     AND EXISTS (SELECT 1 FROM projects p WHERE p.id = c0.unlinked_project_id AND p.deleted_at IS NULL)),
made AS (  -- as changed when its first call began: that call's outcome sets its status
  INSERT INTO phone_numbers (project_id, phone, status_id, updated_at)
  SELECT project_id, phone, (SELECT id FROM number_statuses WHERE code = 'new'), min(started_at) FROM orphan
   GROUP BY project_id, phone
  ON CONFLICT (project_id, phone) DO NOTHING
  RETURNING id, project_id, phone),
made_audit AS (
  INSERT INTO audit_log (actor_type, username, action, entity_type, entity_id, changes)
  SELECT DISTINCT ON (made.id) 'system', orphan.username, 'create', 'phone_number', made.id::text,
         jsonb_build_object('phone_number', jsonb_build_object('old', NULL, 'new', '+' || made.phone),
                            'project_id', jsonb_build_object('old', NULL, 'new', made.project_id),
                            'call_id', orphan.pbx_call_id)
    FROM made JOIN orphan USING (project_id, phone) ORDER BY made.id),
ins AS (
  INSERT INTO calls (integration_id, pbx_call_id, direction, phone, extension, user_id, started_at, answered_at, ended_at,
                     duration, outcome, recording, last_seq, linked)
  SELECT c.*, EXISTS (SELECT 1 FROM cand WHERE cand.integration_id = c.integration_id AND cand.pbx_call_id = c.pbx_call_id)
              OR EXISTS (SELECT 1 FROM orphan o WHERE o.integration_id = c.integration_id AND o.pbx_call_id = c.pbx_call_id)
    FROM c
  RETURNING id, integration_id, pbx_call_id),
link AS (
  INSERT INTO call_numbers (call_id, number_id)
  SELECT ins.id, cand.id FROM ins JOIN cand USING (integration_id, pbx_call_id) WHERE NOT cand.any_mine OR cand.rank = 1
  UNION ALL
  SELECT ins.id, made.id FROM ins JOIN orphan USING (integration_id, pbx_call_id) JOIN made USING (project_id, phone))
SELECT id, integration_id, pbx_call_id FROM ins
)SQL";

// Known calls the batch changed; every change takes a new version for the live streams.
constexpr const char* kUpdateCalls = R"SQL(
UPDATE calls c SET extension = u.extension, user_id = u.user_id, answered_at = u.answered_at, ended_at = u.ended_at,
       duration = u.duration, outcome = u.outcome, recording = u.recording, last_seq = u.last_seq,
       version = nextval('calls_version_seq')
  FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::timestamptz[], $5::timestamptz[], $6::int[], $7::text[],
              $8::text[], $9::bigint[])
    AS u(id, extension, user_id, answered_at, ended_at, duration, outcome, recording, last_seq)
 WHERE c.id = u.id
)SQL";

// The calls ended now, in order, on their numbers (locked in id order): attempts and the last
// call; the status of the number's last such call whose outcome maps to one, where no person
// changed the number since that call began and the status is not final; the audit records.
constexpr const char* kEndCalls = R"SQL(
WITH e AS (
  SELECT * FROM unnest($1::bigint[], $2::timestamptz[], $3::smallint[], $4::timestamptz[], $5::text[], $6::inet[],
                       $7::text[], $8::text[])
    WITH ORDINALITY AS e(call_id, at, status, started_at, username, ip, request_id, pbx_call_id, ord)),
hit AS (SELECT l.number_id, e.* FROM e JOIN call_numbers l ON l.call_id = e.call_id),
per AS (SELECT number_id, count(*)::int AS calls, max(at) AS last_at FROM hit GROUP BY number_id),
st AS (SELECT DISTINCT ON (number_id) * FROM hit WHERE status IS NOT NULL ORDER BY number_id, ord DESC),
n AS (SELECT x.id, x.status_id, x.updated_at FROM phone_numbers x WHERE x.id IN (SELECT number_id FROM per)
       ORDER BY x.id FOR UPDATE),
upd AS (
  UPDATE phone_numbers p SET call_attempts = p.call_attempts + per.calls, last_call_at = greatest(p.last_call_at, per.last_at),
         status_id = CASE WHEN st.status IS NOT NULL AND NOT s.is_final AND n.updated_at <= st.started_at
                          THEN st.status ELSE p.status_id END
    FROM per JOIN n ON n.id = per.number_id JOIN number_statuses s ON s.id = n.status_id
    LEFT JOIN st ON st.number_id = per.number_id
   WHERE p.id = per.number_id
  RETURNING p.id, n.status_id AS old_status, p.status_id AS new_status, st.username, st.ip, st.request_id, st.pbx_call_id)
INSERT INTO audit_log (actor_type, username, action, entity_type, entity_id, changes, ip, request_id)
SELECT 'system', username, 'update', 'phone_number', id::text,
       jsonb_build_object('status_id', jsonb_build_object('old', old_status, 'new', new_status), 'call_id', pbx_call_id),
       ip, request_id
  FROM upd WHERE old_status <> new_status ORDER BY id
)SQL";

// The calls ended now in the conversion counters: a call per linked number, and the numbers
// answered for the first time (the batch's first answered call of a number with none before).
constexpr const char* kCountCalls = R"SQL(
WITH e AS (SELECT * FROM unnest($1::bigint[], $2::timestamptz[], $3::text[]) WITH ORDINALITY AS e(call_id, at, outcome, ord)),
hit AS (SELECT n.id AS number_id, n.project_id, n.provider_id, n.geo_id, e.at, e.outcome, e.ord
          FROM e JOIN call_numbers l ON l.call_id = e.call_id JOIN phone_numbers n ON n.id = l.number_id),
x AS (SELECT hit.*, hit.outcome = 'answered'
             AND row_number() OVER (PARTITION BY hit.number_id, hit.outcome = 'answered' ORDER BY hit.ord) = 1
             AND NOT EXISTS (SELECT 1 FROM call_numbers l2 JOIN calls k ON k.id = l2.call_id
                              WHERE l2.number_id = hit.number_id AND k.outcome = 'answered' AND k.id <> ALL ($1::bigint[]))
             AS first_answer
        FROM hit)
INSERT INTO conversion_calls AS cc (project_id, grain, period, provider_id, geo_id, shard, calls, contacted)
SELECT x.project_id, c.grain, c.period, c.provider_id, c.geo_id, pg_backend_pid() % 16, count(*),
       count(*) FILTER (WHERE x.first_answer)
  FROM x CROSS JOIN LATERAL conversion_cells(numbase_day(x.at), x.provider_id, x.geo_id) c
 GROUP BY 1, 2, 3, 4, 5
 ORDER BY 1, 2, 3, 4, 5
ON CONFLICT (project_id, grain, period, provider_id, geo_id, shard)
   DO UPDATE SET calls = cc.calls + excluded.calls, contacted = cc.contacted + excluded.contacted
)SQL";

// A call result's notes on the call's numbers, audited.
constexpr const char* kNotes = R"SQL(
WITH x AS (SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::inet[], $5::text[], $6::text[])
             AS x(call_id, body, username, ip, request_id, pbx_call_id)),
note AS (INSERT INTO number_notes (number_id, body)
         SELECT l.number_id, x.body FROM x JOIN call_numbers l ON l.call_id = x.call_id)
INSERT INTO audit_log (actor_type, username, action, entity_type, entity_id, changes, ip, request_id)
SELECT 'system', x.username, 'update', 'phone_number', l.number_id::text,
       jsonb_build_object('note', x.body, 'call_id', x.pbx_call_id), x.ip, x.request_id
  FROM x JOIN call_numbers l ON l.call_id = x.call_id
)SQL";

// A queued event.
struct Event {
  std::int64_t id = 0, integration_id = 0;
  char kind = 's';
  std::string pbx_call_id, direction, at, received_at;
  std::optional<std::int64_t> phone, duration, seq;
  std::optional<std::string> extension, outcome, recording, notes, ip, request_id;
};

// What the batch makes of one call.
struct Call {
  std::optional<std::int64_t> id;  // none until written when heard of first in this batch
  bool fresh = false;              // heard of first in this batch
  std::int64_t integration_id = 0;
  std::string pbx_call_id, direction, started_at;
  std::optional<std::int64_t> phone, user_id, duration, last_seq;
  std::optional<std::string> extension, answered_at, ended_at, outcome, recording;
  bool changed = false;
  const Event* end = nullptr;               // the event that ended it in this batch
  std::optional<std::int64_t> end_status;   // the outcome's status, by the integration's map
  std::vector<const Event*> notes;
};

struct Rules {
  std::string username;   // the audit actor's name
  json::object extensions, outcomes;
  std::optional<std::int64_t> unlinked_project;  // where numbers of unknown phones are made
};

using Key = std::pair<std::int64_t, std::string>;

// Folds an event into its call, as if the events were applied one by one in order.
void fold(Call& call, const Event& e, const Rules& rules) {
  if (e.seq) {
    if (call.last_seq && *call.last_seq >= *e.seq) return;  // Mango: older than what we know
    call.last_seq = e.seq;
    call.changed = true;
  }
  // An extension heard of later (the call reached someone) names the call's user.
  if (auto user = mapped_id(rules.extensions, e.extension); user && !call.user_id) {
    call.extension = e.extension;
    call.user_id = user;
    call.changed = true;
  }
  if (e.kind == 'a' && !call.answered_at) {
    call.answered_at = e.at;
    call.changed = true;
  }
  if (e.recording) {
    call.recording = e.recording;
    call.changed = true;
  }
  if (e.kind != 'e') return;
  if (e.notes) call.notes.push_back(&e);
  if (call.ended_at) return;  // only the first end counts
  call.ended_at = e.at;
  call.duration = e.duration.value_or(0);
  call.outcome = e.outcome.value_or(call.duration > 0 ? "answered" : "no_answer");
  if (*call.outcome == "answered" && !call.answered_at) call.answered_at = call.started_at;
  call.end = &e;
  call.end_status = mapped_id(rules.outcomes, call.outcome);
  call.changed = true;
}

std::vector<Event> take(db::Connection& c, int limit) {
  auto r = c.query(kTake, limit);
  std::vector<Event> out(r.rows());
  for (int i = 0; i < r.rows(); ++i) {
    auto& e = out[i];
    e.id = r.i64(i, 0);
    e.integration_id = r.i64(i, 1);
    e.kind = r.view(i, 2).empty() ? 's' : r.view(i, 2)[0];
    e.pbx_call_id = r.str(i, 3);
    e.direction = r.str(i, 4);
    e.phone = r.opt_i64(i, 5);
    e.extension = r.opt_str(i, 6);
    e.at = r.str(i, 7);
    e.duration = r.opt_i64(i, 8);
    e.outcome = r.opt_str(i, 9);
    e.recording = r.opt_str(i, 10);
    e.seq = r.opt_i64(i, 11);
    e.notes = r.opt_str(i, 12);
    e.ip = r.opt_str(i, 13);
    e.request_id = r.opt_str(i, 14);
    e.received_at = r.str(i, 15);
  }
  std::sort(out.begin(), out.end(), [](const Event& a, const Event& b) { return a.id < b.id; });
  return out;
}

std::map<std::int64_t, Rules> rules_of(db::Connection& c, const std::vector<Event>& events) {
  std::set<std::int64_t> ids;
  for (const auto& e : events) ids.insert(e.integration_id);
  auto r = c.query("SELECT id, name, extensions::text, outcomes::text, unlinked_project_id FROM softphone_integrations"
                   " WHERE id = ANY($1::bigint[])",
                   std::vector<std::int64_t>(ids.begin(), ids.end()));
  std::map<std::int64_t, Rules> out;
  for (int i = 0; i < r.rows(); ++i)
    out[r.i64(i, 0)] = {"softphone: " + r.str(i, 1), json::parse(r.view(i, 2)).as_object(),
                        json::parse(r.view(i, 3)).as_object(), r.opt_i64(i, 4)};
  return out;
}

std::map<Key, Call> known_calls(db::Connection& c, const std::vector<Event>& events) {
  std::vector<std::optional<std::int64_t>> integrations;
  std::vector<std::string> ids;
  for (const auto& e : events) {
    integrations.push_back(e.integration_id);
    ids.push_back(e.pbx_call_id);
  }
  auto r = c.query(kKnownCalls, integrations, ids);
  std::map<Key, Call> out;
  for (int i = 0; i < r.rows(); ++i) {
    Call call;
    call.id = r.i64(i, 0);
    call.integration_id = r.i64(i, 1);
    call.pbx_call_id = r.str(i, 2);
    call.direction = r.str(i, 3);
    call.phone = r.opt_i64(i, 4);
    call.extension = r.opt_str(i, 5);
    call.user_id = r.opt_i64(i, 6);
    call.started_at = r.str(i, 7);
    call.answered_at = r.opt_str(i, 8);
    call.ended_at = r.opt_str(i, 9);
    call.duration = r.opt_i64(i, 10);
    call.outcome = r.opt_str(i, 11);
    call.recording = r.opt_str(i, 12);
    call.last_seq = r.opt_i64(i, 13);
    out.emplace(Key{call.integration_id, call.pbx_call_id}, std::move(call));
  }
  return out;
}

// Column arrays of calls, for the set-based statements.
struct Columns {
  std::vector<std::optional<std::int64_t>> id, integration_id, phone, user_id, duration, last_seq;
  std::vector<std::optional<std::string>> pbx_call_id, direction, extension, started_at, answered_at, ended_at, outcome,
      recording;
  void add(const Call& c) {
    id.push_back(c.id);
    integration_id.push_back(c.integration_id);
    phone.push_back(c.phone);
    user_id.push_back(c.user_id);
    duration.push_back(c.duration);
    last_seq.push_back(c.last_seq);
    pbx_call_id.push_back(c.pbx_call_id);
    direction.push_back(c.direction);
    extension.push_back(c.extension);
    started_at.push_back(c.started_at);
    answered_at.push_back(c.answered_at);
    ended_at.push_back(c.ended_at);
    outcome.push_back(c.outcome);
    recording.push_back(c.recording);
  }
};

// Writes what the batch made of its calls; returns the users whose calls changed.
std::set<std::int64_t> write_calls(db::Connection& c, std::map<Key, Call>& calls, const std::map<std::int64_t, Rules>& rules) {
  Columns fresh, known;
  std::vector<std::optional<std::int64_t>> fresh_project;  // the integration's project for unknown phones
  std::vector<std::optional<std::string>> fresh_username;
  for (const auto& [key, call] : calls)
    if (call.fresh) {
      fresh.add(call);
      fresh_project.push_back(rules.at(call.integration_id).unlinked_project);
      fresh_username.push_back(rules.at(call.integration_id).username);
    } else if (call.changed) {
      known.add(call);
    }
  if (!fresh.id.empty()) {
    auto r = c.query(kInsertCalls, fresh.integration_id, fresh.pbx_call_id, fresh.direction, fresh.phone, fresh.extension,
                     fresh.user_id, fresh.started_at, fresh.answered_at, fresh.ended_at, fresh.duration, fresh.outcome,
                     fresh.recording, fresh.last_seq, fresh_project, fresh_username);
    for (int i = 0; i < r.rows(); ++i) calls.at(Key{r.i64(i, 1), r.str(i, 2)}).id = r.i64(i, 0);
  }
  if (!known.id.empty())
    c.query(kUpdateCalls, known.id, known.extension, known.user_id, known.answered_at, known.ended_at, known.duration,
            known.outcome, known.recording, known.last_seq);

  // The ends, in the order they came.
  std::vector<const Call*> ended;
  for (const auto& [key, call] : calls)
    if (call.end) ended.push_back(&call);
  std::sort(ended.begin(), ended.end(), [](const Call* a, const Call* b) { return a->end->id < b->end->id; });
  if (!ended.empty()) {
    std::vector<std::optional<std::int64_t>> id, status;
    std::vector<std::optional<std::string>> at, started, username, ip, request_id, pbx_call_id, outcome;
    for (const auto* call : ended) {
      id.push_back(call->id);
      status.push_back(call->end_status);
      at.push_back(call->ended_at);
      started.push_back(call->started_at);
      username.push_back(rules.at(call->integration_id).username);
      ip.push_back(call->end->ip);
      request_id.push_back(call->end->request_id);
      pbx_call_id.push_back(call->pbx_call_id);
      outcome.push_back(call->outcome);
    }
    c.query(kEndCalls, id, at, status, started, username, ip, request_id, pbx_call_id);
    c.query(kCountCalls, id, at, outcome);
  }

  std::vector<std::optional<std::int64_t>> note_call;
  std::vector<std::optional<std::string>> note_body, note_username, note_ip, note_request, note_pbx_id;
  std::set<std::int64_t> users;
  for (const auto& [key, call] : calls) {
    for (const auto* e : call.notes) {
      note_call.push_back(call.id);
      note_body.push_back(e->notes);
      note_username.push_back(rules.at(call.integration_id).username);
      note_ip.push_back(e->ip);
      note_request.push_back(e->request_id);
      note_pbx_id.push_back(call.pbx_call_id);
    }
    if ((call.changed || call.fresh) && call.user_id) users.insert(*call.user_id);
  }
  if (!note_call.empty()) c.query(kNotes, note_call, note_body, note_username, note_ip, note_request, note_pbx_id);
  return users;
}

// One batch in one transaction; returns how many events it took.
int apply_batch(db::Connection& conn, int limit) {
  return db::transaction(conn, [&](db::Connection& c) {
    c.query("SELECT pg_advisory_xact_lock($1::bigint)", kApplierLock);
    const auto events = take(c, limit);
    if (events.empty()) return 0;
    const auto rules = rules_of(c, events);
    auto calls = known_calls(c, events);
    std::map<std::int64_t, std::string> last_heard;  // integration → the last event's receipt
    for (const auto& e : events) {
      const auto r = rules.find(e.integration_id);
      if (r == rules.end()) continue;  // the integration is gone, and its calls with it
      last_heard[e.integration_id] = e.received_at;
      auto [it, fresh] = calls.try_emplace(Key{e.integration_id, e.pbx_call_id});
      if (fresh) {  // the call is made by whichever of its events comes first
        auto& call = it->second;
        call.fresh = true;
        call.integration_id = e.integration_id;
        call.pbx_call_id = e.pbx_call_id;
        call.direction = e.direction;
        call.phone = e.phone;
        call.extension = e.extension;
        call.started_at = e.at;
      }
      fold(it->second, e, r->second);
    }
    const auto users = write_calls(c, calls, rules);
    if (!users.empty())
      c.query("SELECT pg_notify('numbase_calls', u::text) FROM unnest($1::bigint[]) u",
              std::vector<std::int64_t>(users.begin(), users.end()));
    std::vector<std::int64_t> heard_ids;
    std::vector<std::optional<std::string>> heard_at;
    for (const auto& [id, at] : last_heard) {
      heard_ids.push_back(id);
      heard_at.push_back(at);
    }
    if (!heard_ids.empty())
      c.query("UPDATE softphone_integrations i SET last_event_at = greatest(i.last_event_at, h.at)"
              " FROM unnest($1::bigint[], $2::timestamptz[]) AS h(id, at) WHERE i.id = h.id",
              heard_ids, heard_at);
    return static_cast<int>(events.size());
  });
}

}  // namespace

audit::Actor integration_actor(const Integration& integration) {
  audit::Actor actor;
  actor.username = "softphone: " + integration.name;
  return actor;
}

int apply_queued_events(db::Connection& conn, int limit) {
  try {
    return apply_batch(conn, limit);
  } catch (const db::Error& e) {
    if (e.is(db::sqlstate::connection_failure)) throw;
    // Find the event that fails alone and set it aside; the others go on.
    spdlog::error("call events: a batch failed ({}); applying them one at a time", e.what());
    int taken = 0;
    for (int i = 0; i < limit; ++i) {
      try {
        const int n = apply_batch(conn, 1);
        if (n == 0) break;
        taken += n;
      } catch (const db::Error& one) {
        if (one.is(db::sqlstate::connection_failure)) throw;
        auto failed = conn.query("UPDATE call_events SET failed = $1 WHERE id = (SELECT min(id) FROM call_events WHERE failed IS NULL)"
                                 " RETURNING id",
                                 std::string(one.what()).substr(0, 1000));
        spdlog::error("call event {} set aside: {}", failed.empty() ? 0 : failed.i64(0, 0), one.what());
        ++taken;
      }
    }
    return taken;
  }
}

int close_unfinished_calls(db::Connection& conn, std::chrono::seconds after, int limit) {
  // Ends as "unknown", queued like the PBX's own: the applier ends each call once, whichever
  // end comes first.
  auto r = conn.query("INSERT INTO call_events (integration_id, kind, pbx_call_id, direction, at, outcome)"
                      " SELECT c.integration_id, 'e', c.pbx_call_id, c.direction, now(), 'unknown' FROM calls c"
                      "  WHERE c.ended_at IS NULL AND c.started_at < now() - make_interval(secs => $1)"
                      "    AND NOT EXISTS (SELECT 1 FROM call_events q WHERE q.integration_id = c.integration_id"
                      "                      AND q.pbx_call_id = c.pbx_call_id AND q.kind = 'e')"
                      "  ORDER BY c.started_at LIMIT $2 RETURNING id",
                      static_cast<std::int64_t>(after.count()), limit);
  return r.rows();
}

}  // namespace numbase::softphone
