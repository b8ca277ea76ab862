#include "system/handlers.hpp"

#include <sodium.h>

#include "core/errors.hpp"

#include <fmt/format.h>

#include "app/app.hpp"
#include "db/migrations.hpp"
#include "system/openapi.hpp"

namespace numbase::system {
namespace json = boost::json;

http::Response healthz(http::RequestContext&) { return http::Response::json(json::object{{"status", "ok"}}); }

http::Response readyz(http::RequestContext& ctx) {
  const int expected = db::latest_migration_version();
  try {
    auto conn = ctx.app.pool.acquire();
    const int applied = db::applied_migration_version(*conn);
    json::object body{{"database", "ok"}, {"migrations", {{"applied", applied}, {"expected", expected}}}};
    const bool ready = applied == expected;
    body["status"] = ready ? "ready" : "migrations pending";
    return http::Response::json(ready ? 200 : 503, body);
  } catch (const db::Error&) {
    return http::Response::json(503, json::object{{"status", "database unreachable"}, {"database", "unreachable"}});
  }
}

http::Response metrics(http::RequestContext& ctx) {
  // Off unless NUMBASE_METRICS_TOKEN is set; then only for "Authorization: Bearer <token>",
  // compared in constant time. Anything else looks like no such page.
  const auto& token = ctx.app.config.metrics_token;
  const auto given = ctx.req.header("authorization");
  const std::string expected = "Bearer " + token;
  if (token.empty() || !given || given->size() != expected.size() ||
      sodium_memcmp(given->data(), expected.data(), expected.size()) != 0)
    throw not_found();
  http::Response res;
  res.content_type = "text/plain; version=0.0.4; charset=utf-8";
  res.body = ctx.app.metrics.render();
  auto s = ctx.app.pool.stats();
  res.body += fmt::format(
      "# HELP numbase_db_pool_connections Database connections by state.\n"
      "# TYPE numbase_db_pool_connections gauge\n"
      "numbase_db_pool_connections{{state=\"in_use\"}} {}\n"
      "numbase_db_pool_connections{{state=\"idle\"}} {}\n"
      "# HELP numbase_db_pool_size Maximum database connections.\n"
      "# TYPE numbase_db_pool_size gauge\n"
      "numbase_db_pool_size {}\n"
      "# HELP numbase_db_pool_waiting Requests waiting for a database connection.\n"
      "# TYPE numbase_db_pool_waiting gauge\n"
      "numbase_db_pool_waiting {}\n",
      s.in_use, s.open - s.in_use, s.size, s.waiting);
  return res;
}

http::Response openapi(http::RequestContext&) { return http::Response::raw_json(200, std::string(openapi_document())); }

}  // namespace numbase::system
