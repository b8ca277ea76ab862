// The HTTP surface: the error contract, system endpoints, the OpenAPI document, the web UI.
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <filesystem>
#include <cstring>
#include <fstream>

#include "support/api_fixture.hpp"
#include "system/openapi.hpp"

using namespace numbase;
using namespace numbase::test;
namespace json = boost::json;

using Api = ApiTest;

namespace {
std::string error_code(const HttpResponse& r) {
  auto j = r.json();
  EXPECT_TRUE(j.at("error").at("details").is_array());
  EXPECT_TRUE(j.at("error").at("message").is_string());
  return std::string(j.at("error").at("code").as_string());
}
}  // namespace

TEST_F(Api, MalformedJsonIs400) {
  auto res = client->post("/api/v1/auth/login", "{\"username\": ");
  EXPECT_EQ(res.status, 400);
  EXPECT_EQ(error_code(res), "MALFORMED_JSON");
  EXPECT_EQ(client->post("/api/v1/auth/login", "[1,2]").status, 400);
  EXPECT_EQ(client->post("/api/v1/users", "not json", admin_token()).status, 400);
}

TEST_F(Api, WrongTypesAndMissingFieldsAre422PerField) {
  auto res = client->post("/api/v1/auth/login", R"({"username": 42})");
  ASSERT_EQ(res.status, 422);
  EXPECT_EQ(error_code(res), "VALIDATION_ERROR");
  auto details = res.json().at("error").at("details").as_array();
  ASSERT_EQ(details.size(), 2u);
  EXPECT_EQ(details[0].at("field").as_string(), "username");
  EXPECT_EQ(details[0].at("issue").as_string(), "must be a string");
  EXPECT_EQ(details[1].at("field").as_string(), "password");
  EXPECT_EQ(details[1].at("issue").as_string(), "is required");
}

TEST_F(Api, UnknownRouteIs404) {
  auto res = client->get("/api/v1/nothing-here", admin_token());
  EXPECT_EQ(res.status, 404);
  EXPECT_EQ(error_code(res), "NOT_FOUND");
  EXPECT_EQ(client->post("/api/v1/nothing-here", "{}").status, 404);
}

TEST_F(Api, WrongMethodIs405WithAllow) {
  auto res = client->request("PUT", "/api/v1/users", "{}");
  EXPECT_EQ(res.status, 405);
  EXPECT_EQ(error_code(res), "METHOD_NOT_ALLOWED");
  EXPECT_EQ(res.header("allow"), "GET, POST");
  EXPECT_EQ(client->get("/api/v1/auth/login").status, 405);
}

TEST_F(Api, OversizedBodyIs413) {
  // Declared too large: refused before the body is read.
  auto raw = client->raw("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         "Content-Length: 5000000\r\n\r\n{\"username\":");
  EXPECT_EQ(raw.rfind("HTTP/1.1 413", 0), 0u) << raw;
  EXPECT_NE(raw.find("PAYLOAD_TOO_LARGE"), std::string::npos);
  // Chunked, growing past the limit while being read.
  std::string chunk(64 * 1024, ' ');
  std::string req = "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
  char size[16];
  snprintf(size, sizeof size, "%zx\r\n", chunk.size());
  for (int i = 0; i < 20; ++i) req += size + chunk + "\r\n";
  req += "0\r\n\r\n";
  raw = client->raw(req);
  EXPECT_EQ(raw.rfind("HTTP/1.1 413", 0), 0u) << raw.substr(0, 200);
  // A body within the limit still works afterwards.
  EXPECT_EQ(client->get("/healthz").status, 200);
}

TEST_F(Api, DatabaseFailureIs500WithoutInternals) {
  auto t = admin_token();
  {
    db::Connection conn(conninfo);
    conn.exec("ALTER TABLE roles RENAME TO roles_were_here");
  }
  auto res = client->get("/api/v1/roles", t);
  EXPECT_EQ(res.status, 500);
  EXPECT_EQ(error_code(res), "INTERNAL_ERROR");
  EXPECT_EQ(res.body.find("roles_were_here"), std::string::npos);
  EXPECT_EQ(res.body.find("relation"), std::string::npos);
  EXPECT_EQ(res.body.find("SELECT"), std::string::npos);
  EXPECT_FALSE(res.header("x-request-id").empty());
}

TEST_F(Api, RequestIdIsEchoedOrGenerated) {
  auto res = client->request("GET", "/healthz", {}, {{"X-Request-Id", "trace-abc.123"}});
  EXPECT_EQ(res.header("x-request-id"), "trace-abc.123");
  auto a = client->get("/healthz").header("x-request-id");
  auto b = client->get("/healthz").header("x-request-id");
  EXPECT_EQ(a.size(), 24u);
  EXPECT_NE(a, b);
  auto bad = client->request("GET", "/healthz", {}, {{"X-Request-Id", "no spaces allowed"}});
  EXPECT_NE(bad.header("x-request-id"), "no spaces allowed");
  EXPECT_EQ(client->get("/api/v1/nothing").header("x-request-id").size(), 24u) << "errors carry one too";
}

TEST_F(Api, HealthAndReadiness) {
  EXPECT_EQ(client->get("/healthz").status, 200);
  auto ready = client->get("/readyz");
  EXPECT_EQ(ready.status, 200) << ready.body;
  EXPECT_EQ(ready.json().at("status").as_string(), "ready");
  {
    db::Connection conn(conninfo);
    conn.exec("DELETE FROM schema_migrations");
  }
  ready = client->get("/readyz");
  EXPECT_EQ(ready.status, 503);
  EXPECT_EQ(ready.json().at("status").as_string(), "migrations pending");
}

class ApiWithMetrics : public ApiTest {
  void configure(Config& c) override { c.metrics_token = "metrics-token-0123456789"; }
};

TEST_F(Api, MetricsAreOffByDefault) {
  EXPECT_EQ(client->get("/metrics").status, 404);
}

TEST_F(ApiWithMetrics, MetricsNeedTheirToken) {
  EXPECT_EQ(client->get("/metrics").status, 404);
  EXPECT_EQ(client->get("/metrics", "wrong-token-000000000000").status, 404);
  EXPECT_EQ(client->get("/metrics", "metrics-token-0123456789").status, 200);
}

TEST_F(ApiWithMetrics, MetricsCountRequestsPerRouteAndPoolUsage) {
  client->get("/healthz");
  client->get("/api/v1/users", admin_token());
  client->get("/api/v1/users/77", admin_token());
  auto m = client->get("/metrics", "metrics-token-0123456789");
  ASSERT_EQ(m.status, 200);
  EXPECT_EQ(m.header("content-type").rfind("text/plain", 0), 0u);
  EXPECT_NE(m.body.find("numbase_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} 1"),
            std::string::npos);
  EXPECT_NE(m.body.find("route=\"/api/v1/users/{id}\",status=\"404\"} 1"), std::string::npos) << m.body;
  EXPECT_NE(m.body.find("numbase_http_request_duration_seconds_bucket{method=\"GET\",route=\"/api/v1/users\",le="),
            std::string::npos);
  EXPECT_NE(m.body.find("numbase_db_pool_size 4"), std::string::npos);
  EXPECT_NE(m.body.find("numbase_db_pool_connections{state=\"in_use\"}"), std::string::npos);
  EXPECT_NE(m.body.find("numbase_database_up 1"), std::string::npos);
}

TEST_F(ApiWithMetrics, MetricsReportTheQueueFailedJobsAndRefusedWebhooks) {
  db::Connection c(conninfo);
  c.exec("INSERT INTO jobs (kind, status, created_at, run_after) VALUES ('import', 'queued', now() - interval '2 minutes',"
         " now() - interval '2 minutes'), ('export', 'queued', now(), now() + interval '1 hour'), ('import', 'running',"
         " now(), now()), ('import', 'failed', now(), now()), ('import', 'failed', now(), now()), ('export', 'failed',"
         " now(), now()), ('import', 'completed', now(), now())");
  auto m = client->get("/metrics", "metrics-token-0123456789");
  ASSERT_EQ(m.status, 200);
  EXPECT_NE(m.body.find("numbase_jobs{state=\"queued\"} 2\n"), std::string::npos) << m.body;
  EXPECT_NE(m.body.find("numbase_jobs{state=\"running\"} 1\n"), std::string::npos);
  const auto at = m.body.find("\nnumbase_jobs_oldest_queued_seconds ");
  ASSERT_NE(at, std::string::npos);
  const auto waited = std::stoll(m.body.substr(at + std::strlen("\nnumbase_jobs_oldest_queued_seconds ")));
  EXPECT_GE(waited, 119) << "the due job, not the one scheduled for later";
  EXPECT_LT(waited, 600);
  EXPECT_NE(m.body.find("numbase_jobs_failed_total{kind=\"import\"} 2\n"), std::string::npos);
  EXPECT_NE(m.body.find("numbase_jobs_failed_total{kind=\"export\"} 1\n"), std::string::npos);
  EXPECT_NE(m.body.find("numbase_jobs_failed_total{kind=\"sftp_run\"} 0\n"), std::string::npos)
      << "a kind the alerts watch is there before its first failure";
  EXPECT_NE(m.body.find("numbase_softphone_signature_failures_total 0\n"), std::string::npos);
}

TEST_F(Api, OpenApiDescribesEveryRouteAndNothingElse) {
  auto res = client->get("/api/v1/openapi.json");
  ASSERT_EQ(res.status, 200);
  auto doc = res.json().as_object();
  EXPECT_EQ(doc.at("openapi").as_string().subview().substr(0, 2), "3.");
  const auto& paths = doc.at("paths").as_object();
  std::set<std::pair<std::string, std::string>> routes, documented;
  for (const auto& r : app->router.routes()) {
    std::string m = r.method;
    for (auto& c : m) c = static_cast<char>(std::tolower(c));
    routes.insert({m, r.pattern});
  }
  static const std::set<std::string> verbs{"get", "post", "put", "patch", "delete", "head", "options"};
  for (const auto& [path, item] : paths)
    for (const auto& [method, op] : item.as_object())
      if (verbs.count(std::string(method))) documented.insert({std::string(method), std::string(path)});
  for (const auto& r : routes)
    EXPECT_TRUE(documented.count(r)) << "route not in openapi.json: " << r.first << " " << r.second;
  for (const auto& d : documented)
    EXPECT_TRUE(routes.count(d)) << "openapi.json describes a route that does not exist: " << d.first << " " << d.second;
}

class WebUi : public ApiTest {
 protected:
  void configure(Config& c) override {
    dir = std::filesystem::temp_directory_path() / ("numbase-web-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir / "assets");
    std::ofstream(dir / "index.html") << "<!doctype html><title>numbase</title>";
    std::ofstream(dir / "assets" / "app-1234.js") << "console.log(1)";
    std::ofstream(std::filesystem::temp_directory_path() / "numbase-secret.txt") << "secret";
    c.web_dir = dir;
  }
  void TearDown() override {
    ApiTest::TearDown();
    std::filesystem::remove_all(dir);
  }
  std::filesystem::path dir;
};

TEST_F(WebUi, ServesFilesAndFallsBackToIndex) {
  auto index = client->get("/");
  EXPECT_EQ(index.status, 200);
  EXPECT_EQ(index.header("content-type"), "text/html; charset=utf-8");
  EXPECT_NE(index.body.find("<title>numbase"), std::string::npos);

  auto js = client->get("/assets/app-1234.js");
  EXPECT_EQ(js.status, 200);
  EXPECT_EQ(js.header("content-type"), "text/javascript; charset=utf-8");
  EXPECT_NE(js.header("cache-control").find("immutable"), std::string::npos);

  auto route = client->get("/projects/42/edit");
  EXPECT_EQ(route.status, 200);
  EXPECT_NE(route.body.find("<title>numbase"), std::string::npos) << "client routes get index.html";

  auto escape = client->get("/../numbase-secret.txt");
  EXPECT_EQ(escape.body.find("secret"), std::string::npos);
  auto escape2 = client->get("/assets/%2e%2e/%2e%2e/numbase-secret.txt");
  EXPECT_EQ(escape2.body.find("secret"), std::string::npos);

  EXPECT_EQ(client->get("/api/v1/unknown").status, 404) << "the API never falls back to the UI";
}
