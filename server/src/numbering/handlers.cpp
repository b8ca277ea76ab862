#include "numbering/handlers.hpp"

#include <fstream>

#include "app/app.hpp"
#include "core/errors.hpp"
#include "imports/handlers.hpp"
#include "imports/row_source.hpp"
#include "numbering/loader.hpp"

namespace numbase::numbering {
namespace json = boost::json;

http::Response upload_numbering_plan(http::RequestContext& ctx) {
  std::vector<FieldIssue> issues;
  const auto& file = imports::uploaded_file(ctx, issues);
  if (!issues.empty()) throw validation_error(issues);
  std::ifstream in(file.path, std::ios::binary);
  auto conn = ctx.app.pool.acquire();
  LoadReport report;
  try {
    report = load_numbering_plan(*conn, in);
  } catch (const imports::FileError& e) {
    std::string where = e.line() > 0 ? "line " + std::to_string(e.line()) + ": " : "";
    throw ApiError(422, "UNREADABLE_FILE", "The numbering plan file cannot be loaded: " + where + e.what(),
                   {{"file", where + e.what()}});
  }
  json::array unmapped;
  for (const auto& r : report.unmapped_regions) unmapped.push_back(json::string(r));
  return http::Response::json(json::object{
      {"ranges", report.ranges},
      {"added", report.added},
      {"changed", report.changed},
      {"removed", report.removed},
      {"unmapped_regions", std::move(unmapped)},
      {"rederive_job_id", report.rederive_job_id ? json::value(*report.rederive_job_id) : json::value(nullptr)}});
}

http::Response numbering_plan_summary(http::RequestContext& ctx) {
  auto conn = ctx.app.pool.acquire();
  auto r = conn->exec(
      "SELECT count(*), count(*) FILTER (WHERE geo_id IS NULL), count(DISTINCT operator),"
      " (SELECT api_ts(max(created_at)) FROM audit_log WHERE entity_type = 'numbering_plan' AND action = 'load')"
      " FROM numbering_plan_ranges");
  return http::Response::json(json::object{{"ranges", r.i64(0, 0)},
                                           {"unmapped_ranges", r.i64(0, 1)},
                                           {"operators", r.i64(0, 2)},
                                           {"loaded_at", r.is_null(0, 3) ? json::value(nullptr) : json::value(r.str(0, 3))}});
}

}  // namespace numbase::numbering
