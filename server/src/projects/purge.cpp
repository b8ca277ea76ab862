#include "projects/purge.hpp"

#include "audit/audit.hpp"

namespace numbase::projects {

namespace {
constexpr int kBatch = 10000;
}

boost::json::object run_purge(jobs::JobContext& job) {
  const auto project_id = job.payload.at("project_id").as_int64();
  auto& conn = job.conn;
  std::int64_t done = 0;
  for (;;) {
    auto n = db::transaction(conn, [&](db::Connection& c) {
      return c
          .query(
              "WITH gone AS (DELETE FROM phone_numbers WHERE id IN"
              " (SELECT id FROM phone_numbers WHERE project_id = $1 LIMIT $2) RETURNING 1) SELECT count(*) FROM gone",
              project_id, kBatch)
          .i64(0, 0);
    });
    if (n == 0) break;
    done += n;
    job.progress(done, std::nullopt);
  }
  db::transaction(conn, [&](db::Connection& c) {
    auto r = c.query("DELETE FROM projects WHERE id = $1 RETURNING name", project_id);
    if (r.empty()) return;  // a retry after the project was already removed
    audit::Actor system;
    system.on_behalf_of = job.requested_by;
    audit::record(c, system, "purge", "project", std::to_string(project_id),
                  {{"name", boost::json::object{{"old", r.str(0, 0)}, {"new", nullptr}}}, {"numbers_deleted", done}});
  });
  job.progress(done, done);
  return {{"project_id", project_id}, {"numbers_deleted", done}};
}

}  // namespace numbase::projects
