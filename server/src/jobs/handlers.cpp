#include "jobs/handlers.hpp"

#include "app/app.hpp"
#include "core/errors.hpp"
#include "core/query_params.hpp"

namespace numbase::jobs {

http::Response get_job(http::RequestContext& ctx) {
  auto id = parse_id(ctx.req.path_param("id"));
  if (!id) throw not_found("Job not found");
  const auto& me = ctx.principal();
  auto conn = ctx.app.pool.acquire();
  auto r = conn->query(
      "SELECT json_build_object('id', id, 'kind', kind, 'status', status, 'progress_done', progress_done,"
      " 'progress_total', progress_total, 'result', result, 'error', error, 'requested_by', requested_by,"
      " 'attempts', attempts, 'created_at', api_ts(created_at), 'started_at', api_ts(started_at),"
      " 'finished_at', api_ts(finished_at))::text FROM jobs WHERE id = $1 AND ($2 OR requested_by = $3)",
      *id, me.can("jobs.all"), me.id);
  if (r.empty()) throw not_found("Job not found");
  return http::Response::raw_json(200, r.str(0, 0));
}

}  // namespace numbase::jobs
