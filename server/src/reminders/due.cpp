#include "reminders/due.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <chrono>
#include <memory>

#include "app/app.hpp"

namespace numbase::reminders {
namespace json = boost::json;

Due due_since(db::Connection& conn, std::int64_t user, const std::string& since) {
  auto r = conn.query(
      "WITH t AS (SELECT now() AS at)"
      " SELECT to_char(t.at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US'),"
      "  (SELECT coalesce(json_agg(x ORDER BY x.at, x.id), '[]') FROM ("
      "     SELECT n.id, '+' || n.phone AS phone_number, n.company, api_ts(n.reminder_at) AS reminder_at,"
      "            n.project_id, p.name AS project_name, n.reminder_at AS at"
      "       FROM phone_numbers n JOIN projects p ON p.id = n.project_id"
      "      WHERE $2::text IS NOT NULL AND n.reminder_at > ($2::timestamp AT TIME ZONE 'UTC')"
      "        AND n.reminder_at <= t.at AND n.assigned_to = $1 AND p.deleted_at IS NULL"
      "      ORDER BY n.reminder_at, n.id LIMIT 20) x)::text"
      " FROM t",
      user, since.empty() ? std::nullopt : std::optional<std::string>(since));
  Due due;
  due.until = r.str(0, 0);
  auto parsed = json::parse(r.view(0, 1));  // kept: the loop walks inside it
  for (auto& v : parsed.as_array()) {
    v.as_object().erase("at");
    due.numbers.push_back(std::move(v));
  }
  return due;
}

http::Response events(http::RequestContext& ctx) {
  const auto user = ctx.principal().id;
  struct State {
    std::string since;
    std::chrono::steady_clock::time_point last_look{}, last_sent = std::chrono::steady_clock::now();
  };
  auto state = std::make_shared<State>();
  {
    auto conn = ctx.app.pool.acquire();
    state->since = due_since(*conn, user, "").until;  // from now on: what is overdue already is on the home screen
    state->last_look = std::chrono::steady_clock::now();
  }
  App* app = &ctx.app;
  http::Response res;
  res.content_type = "text/event-stream";
  res.live = true;
  res.stream = [state, app, user]() -> std::optional<std::string> {
    using namespace std::chrono;
    const auto now = steady_clock::now();
    if (now - state->last_look < seconds(5)) {
      if (now - state->last_sent < seconds(15)) return std::string();
      state->last_sent = now;
      return std::string(": keep-alive\n\n");
    }
    state->last_look = now;
    auto conn = app->pool.acquire();
    auto due = due_since(*conn, user, state->since);
    // Twenty at most per look: the next look goes on from the last one sent.
    if (due.numbers.size() == 20) {
      auto r = conn->query(
          "SELECT to_char($1::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')",
          std::string(due.numbers.back().at("reminder_at").as_string()));
      state->since = r.str(0, 0);
    } else {
      state->since = due.until;
    }
    std::string out;
    for (const auto& n : due.numbers) out += "event: reminder\ndata: " + json::serialize(n) + "\n\n";
    if (!out.empty()) state->last_sent = now;
    return out;
  };
  return res;
}

}  // namespace numbase::reminders
