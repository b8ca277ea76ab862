#include "softphone/live.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <chrono>
#include <memory>

#include "app/app.hpp"
#include "core/query_params.hpp"
#include "projects/access.hpp"
#include "softphone/popup.hpp"

namespace numbase::softphone {
namespace json = boost::json;
namespace {

constexpr const char* kCallJson =
    "json_build_object('id', c.id, 'integration_id', c.integration_id, 'direction', c.direction,"
    " 'phone_number', '+' || c.phone, 'extension', c.extension, 'user_id', c.user_id,"
    " 'state', CASE WHEN c.ended_at IS NOT NULL THEN 'ended' WHEN c.answered_at IS NOT NULL THEN 'answered'"
    "               ELSE 'ringing' END,"
    " 'started_at', api_ts(c.started_at), 'answered_at', api_ts(c.answered_at), 'ended_at', api_ts(c.ended_at),"
    " 'duration', c.duration, 'outcome', c.outcome)";

// The user's calls changed after `since` (a version), oldest change first, at most 20.
struct Changes {
  json::array calls;
  std::int64_t until = 0;
};

Changes changes_since(db::Connection& conn, std::int64_t user, std::int64_t since, std::optional<std::int64_t> member) {
  auto r = conn.query(std::string("SELECT c.version, c.phone, ") + kCallJson +
                          "::text FROM calls c WHERE c.user_id = $1 AND c.version > $2 ORDER BY c.version LIMIT 20",
                      user, since);
  Changes out{{}, since};
  for (int i = 0; i < r.rows(); ++i) {
    auto call = json::parse(r.view(i, 2)).as_object();
    call["numbers"] = r.is_null(i, 1) ? json::array() : json::parse(popup_cards(conn, r.i64(i, 1), member));
    out.calls.push_back(std::move(call));
    out.until = r.i64(i, 0);
  }
  return out;
}

}  // namespace

http::Response live_calls(http::RequestContext& ctx) {
  const auto user = ctx.principal().id;
  const auto member = projects::member_filter(ctx.principal());
  struct State {
    std::int64_t since = 0;
    std::uint64_t seen = 0;  // the calls notifier's version when last looked
    std::chrono::steady_clock::time_point last_look{}, last_sent = std::chrono::steady_clock::now();
  };
  auto state = std::make_shared<State>();
  App* app = &ctx.app;
  state->seen = app->calls_notifier.version();
  {
    // From now on: a call that began before the stream opened is not the operator's news.
    auto conn = app->pool.acquire();
    state->since = conn->exec("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM calls_version_seq").i64(0, 0);
    state->last_look = std::chrono::steady_clock::now();
  }
  http::Response res;
  res.content_type = "text/event-stream";
  res.live = true;
  res.stream = [state, app, user, member]() -> std::optional<std::string> {
    using namespace std::chrono;
    const auto now = steady_clock::now();
    // Looks when a call changed somewhere (the notifier), and every 30 s in case a
    // notification was missed while reconnecting.
    const auto version = app->calls_notifier.version();
    if (version == state->seen && now - state->last_look < seconds(30)) {
      if (now - state->last_sent < seconds(15)) return std::string();
      state->last_sent = now;
      return std::string(": keep-alive\n\n");
    }
    state->seen = version;
    state->last_look = now;
    auto conn = app->pool.acquire();
    auto changes = changes_since(*conn, user, state->since, member);
    state->since = changes.until;
    if (changes.calls.size() == 20) state->seen = 0;  // more waiting: look again at once
    std::string out;
    for (const auto& c : changes.calls) out += "event: call\ndata: " + json::serialize(c) + "\n\n";
    if (!out.empty()) state->last_sent = now;
    return out;
  };
  return res;
}

http::Response list_calls(http::RequestContext& ctx) {
  QueryParams q(ctx.req);
  const auto unlinked = q.one_of("unlinked", {"true", "false"});
  const auto integration = q.integer("integration_id", 1, INT32_MAX);
  const auto limit = q.integer("limit", 1, 200).value_or(50);
  const auto cursor = q.integer("cursor", 1, INT64_MAX);
  q.finish();
  auto conn = ctx.app.pool.acquire();
  // Unlinked (or linked) calls as a literal condition: the unlinked come from their own partial
  // index, newest first, whatever plan the session keeps.
  const std::string linked = !unlinked ? "" : *unlinked == "true" ? " AND NOT c.linked" : " AND c.linked";
  auto r = conn->query(std::string("SELECT c.id, (") + kCallJson +
                           "::jsonb || jsonb_build_object('integration_name', i.name))::text FROM calls c"
                           " JOIN softphone_integrations i ON i.id = c.integration_id"
                           " WHERE ($1::bigint IS NULL OR c.integration_id = $1) AND ($2::bigint IS NULL OR c.id < $2)" +
                           linked + " ORDER BY c.id DESC LIMIT $3",
                       integration, cursor, limit + 1);
  json::array data;
  const int shown = std::min<int>(r.rows(), static_cast<int>(limit));
  for (int i = 0; i < shown; ++i) data.push_back(json::parse(r.view(i, 1)));
  const bool has_next = r.rows() > limit;
  json::object pagination{{"limit", limit}, {"has_next", has_next}};
  pagination["next_cursor"] = has_next ? json::value(std::to_string(r.i64(shown - 1, 0))) : json::value(nullptr);
  return http::Response::json(json::object{{"data", std::move(data)}, {"pagination", std::move(pagination)}});
}

}  // namespace numbase::softphone
