#include "jobs/handlers.hpp"

#include <boost/json/parse.hpp>

#include <chrono>
#include <memory>

#include "app/app.hpp"
#include "audit/audit.hpp"
#include "core/errors.hpp"
#include "core/query_params.hpp"
#include "jobs/queue.hpp"

namespace numbase::jobs {
namespace {

// One job as the API shows it; a user sees the jobs they asked for, jobs.all sees every job.
constexpr const char* kSelectJob =
    "SELECT json_build_object('id', id, 'kind', kind, 'status', status, 'progress_done', progress_done,"
    " 'progress_total', progress_total, 'result', result, 'error', error, 'requested_by', requested_by,"
    " 'attempts', attempts, 'cancel_requested', cancel_requested, 'created_at', api_ts(created_at),"
    " 'started_at', api_ts(started_at), 'finished_at', api_ts(finished_at))::text,"
    " status IN ('completed', 'failed', 'cancelled')"
    " FROM jobs WHERE id = $1 AND ($2 OR requested_by = $3)";

std::int64_t job_id(http::RequestContext& ctx) {
  auto id = parse_id(ctx.req.path_param("id"));
  if (!id) throw not_found("Job not found");
  return *id;
}

}  // namespace

http::Response get_job(http::RequestContext& ctx) {
  const auto id = job_id(ctx);
  const auto& me = ctx.principal();
  auto conn = ctx.app.pool.acquire();
  auto r = conn->query(kSelectJob, id, me.can("jobs.all"), me.id);
  if (r.empty()) throw not_found("Job not found");
  return http::Response::raw_json(200, r.str(0, 0));
}

http::Response cancel_job(http::RequestContext& ctx) {
  const auto id = job_id(ctx);
  const auto& me = ctx.principal();
  auto conn = ctx.app.pool.acquire();
  db::transaction(*conn, [&](db::Connection& c) {
    if (c.query(kSelectJob, id, me.can("jobs.all"), me.id).empty()) throw not_found("Job not found");
    auto status = request_cancel(c, id);
    if (status != "cancelled" && status != "running")
      throw conflict("The job has already finished (" + status.value_or("unknown") + ")");
    audit::record(c, ctx.actor(), "cancel", "job", std::to_string(id), {{"status", *status}});
  });
  auto r = conn->query(kSelectJob, id, true, me.id);
  return http::Response::raw_json(202, r.str(0, 0));
}

http::Response job_events(http::RequestContext& ctx) {
  const auto id = job_id(ctx);
  const auto& me = ctx.principal();
  const bool all = me.can("jobs.all");
  const auto user = me.id;
  {
    auto conn = ctx.app.pool.acquire();
    if (conn->query(kSelectJob, id, all, user).empty()) throw not_found("Job not found");
  }
  // The stream looks at the job again only when this process heard of a change to some job
  // (or every few seconds, in case a notification was missed), and sends only what changed.
  struct State {
    std::uint64_t seen = 0;
    std::string last;
    bool finished = false;
    std::chrono::steady_clock::time_point last_look{}, last_sent = std::chrono::steady_clock::now();
  };
  auto state = std::make_shared<State>();
  App* app = &ctx.app;
  http::Response res;
  res.content_type = "text/event-stream";
  res.live = true;
  res.stream = [state, app, id, all, user]() -> std::optional<std::string> {
    using namespace std::chrono;
    if (state->finished) return std::nullopt;
    const auto now = steady_clock::now();
    const auto version = app->notifier.version();
    if (version == state->seen && now - state->last_look < seconds(5)) {
      if (now - state->last_sent < seconds(15)) return std::string();
      state->last_sent = now;
      return std::string(": keep-alive\n\n");
    }
    state->seen = version;
    state->last_look = now;
    auto conn = app->pool.acquire();
    auto r = conn->query(kSelectJob, id, all, user);
    if (r.empty()) {
      state->finished = true;
      return std::string("event: gone\ndata: {}\n\n");
    }
    state->finished = r.boolean(0, 1);
    if (r.str(0, 0) == state->last) return std::string();
    state->last = r.str(0, 0);
    state->last_sent = now;
    return "event: job\ndata: " + state->last + "\n\n";
  };
  return res;
}

}  // namespace numbase::jobs
