#include "app/dispatcher.hpp"

#include <spdlog/spdlog.h>

#include "auth/sessions.hpp"
#include "core/errors.hpp"
#include "http/static_files.hpp"

namespace numbase {
namespace json = boost::json;

http::Response error_response(int status, const std::string& code, const std::string& message,
                              const std::vector<FieldIssue>& details) {
  json::array d;
  for (const auto& i : details) d.push_back(json::object{{"field", i.field}, {"issue", i.issue}});
  return http::Response::json(
      status, json::object{{"error", json::object{{"code", code}, {"message", message}, {"details", std::move(d)}}}});
}

namespace {

bool is_api(const std::string& path) { return path == "/api" || path.rfind("/api/", 0) == 0; }

// Database failures mapped once, by SQLSTATE. The client never sees the server's message.
http::Response from_db_error(const db::Error& e, const http::Request& req) {
  const auto& s = e.sqlstate();
  if (e.is(db::sqlstate::unique_violation)) return error_response(409, "CONFLICT", "The record already exists");
  if (e.is(db::sqlstate::foreign_key_violation))
    return error_response(409, "CONFLICT", "The record is referenced by or refers to another record");
  if (s.rfind("22", 0) == 0) return error_response(422, "VALIDATION_ERROR", "A value is out of range or malformed");
  if (e.is(db::sqlstate::check_violation))
    return error_response(422, "VALIDATION_ERROR", "A value is out of range or malformed",
                          {{e.checked_field(), "is out of range or too long"}});
  spdlog::error("request {}: database error {}: {}", req.request_id, s, e.what());
  if (s == "53300" || s.rfind("08", 0) == 0 || s == "57P01" || s == "57P03")
    return error_response(503, "SERVICE_UNAVAILABLE", "The database is not available; try again shortly");
  return error_response(500, "INTERNAL_ERROR", "Internal server error");
}

}  // namespace

http::BodyPlan AppDispatcher::prepare(http::Request& req) {
  auto m = app_.router.match(req.method, req.path);
  if (!m.route) return {64 * 1024, false, http::Lane::Api};
  if (m.route->upload) return {app_.config.upload_limit, true, m.route->lane};
  return {m.route->body_limit, false, m.route->lane};
}

std::optional<http::Response> AppDispatcher::admit(http::Request& req) {
  try {
    auto m = app_.router.match(req.method, req.path);
    if (!m.route) throw not_found("No such endpoint");
    http::RequestContext ctx{req, app_, std::nullopt};
    authorize(*m.route, ctx);
    return std::nullopt;
  } catch (...) {
    return to_response(req, std::current_exception());
  }
}

http::Response AppDispatcher::handle(http::Request& req, std::string& route) {
  try {
    return dispatch(req, route);
  } catch (...) {
    return to_response(req, std::current_exception());
  }
}

http::Response AppDispatcher::to_response(const http::Request& req, std::exception_ptr ep) {
  try {
    std::rethrow_exception(ep);
  } catch (const ApiError& e) {
    auto res = error_response(e.status(), e.code(), e.what(), e.details());
    if (e.retry_after > 0) res.headers.emplace_back("Retry-After", std::to_string(e.retry_after));
    if (e.status() == 401) res.headers.emplace_back("WWW-Authenticate", "Bearer");
    return res;
  } catch (const db::Error& e) {
    return from_db_error(e, req);
  } catch (const std::exception& e) {
    spdlog::error("request {}: unhandled error: {}", req.request_id, e.what());
    return error_response(500, "INTERNAL_ERROR", "Internal server error");
  }
}

http::Response AppDispatcher::dispatch(http::Request& req, std::string& route) {
  auto m = app_.router.match(req.method, req.path);
  if (!m.route) {
    if (!m.allowed.empty()) {
      route = "method_not_allowed";
      std::string allow;
      for (const auto& a : m.allowed) allow += (allow.empty() ? "" : ", ") + a;
      auto res = error_response(405, "METHOD_NOT_ALLOWED", "Method " + req.method + " is not allowed here");
      res.headers.emplace_back("Allow", allow);
      return res;
    }
    if (!is_api(req.path) && (req.method == "GET" || req.method == "HEAD")) {
      route = "static";
      if (auto res = http::serve_static(app_.config.web_dir, req.path)) return std::move(*res);
      return error_response(404, "NOT_FOUND", "The web UI is not built (no index.html in " +
                                                  app_.config.web_dir.string() + ")");
    }
    route = "not_found";
    return error_response(404, "NOT_FOUND", "No such endpoint: " + req.method + " " + req.path);
  }

  route = m.route->pattern;
  req.path_params = std::move(m.params);
  http::RequestContext ctx{req, app_, std::nullopt};
  authorize(*m.route, ctx);
  return m.route->handler(ctx);
}

void AppDispatcher::authorize(const http::Route& route, http::RequestContext& ctx) {
  const auto& access = route.access;
  if (access.kind == http::Access::Public) return;
  auto header = ctx.req.header("authorization");
  if (header) {
    auto conn = app_.pool.acquire();
    ctx.user = auth::authenticate(*conn, app_, *header);
  }
  if (!ctx.user) throw unauthorized(header ? "The access token is invalid or expired" : "Authentication required");
  if (access.kind == http::Access::Permission && !ctx.user->can(access.permission)) throw forbidden();
}

}  // namespace numbase
