#include "support/api_fixture.hpp"

#include <boost/json/serialize.hpp>

#include "app/job_kinds.hpp"
#include "app/routes.hpp"
#include "jobs/worker.hpp"
#include "support/harness.hpp"
#include "users/accounts.hpp"

namespace numbase::test {
namespace json = boost::json;

void ApiTest::SetUp() {
  conninfo = fresh_database();
  {
    db::Connection conn(conninfo);
    users::ensure_first_admin(conn, std::string(kAdminPassword));
  }
  Config config;
  config.database_url = conninfo;
  config.db_pool_size = 4;
  config.web_dir = std::filesystem::temp_directory_path() / "numbase-no-web";
  config.data_dir = make_temp_dir("numbase-api-data");
  configure(config);
  app = std::make_unique<App>(config, std::string(32, 'k'));
  add_routes(app->router);
  dispatcher = std::make_unique<AppDispatcher>(*app);
  http::ServerOptions options;
  options.port = 0;
  options.workers = 4;
  // Few webhook threads: a test needs few, and ~100 servers of 32 each, made and ended in one
  // process, once made a later XLS import fail to open its code page (FreeXL; not understood).
  options.webhook_workers = 4;
  options.shutdown_grace = std::chrono::seconds(5);
  options.spool_dir = app->config.files_dir() / "spool";
  server = std::make_unique<http::Server>(options, *dispatcher, app->metrics);
  server->listen();
  server_thread = std::thread([this] { server->run(false); });
  client = std::make_unique<Client>(server->port());
}

void ApiTest::TearDown() {
  if (server) server->stop();
  if (server_thread.joinable()) server_thread.join();
}

json::object ApiTest::login(const std::string& username, const std::string& password) {
  auto res = client->post("/api/v1/auth/login",
                          json::serialize(json::object{{"username", username}, {"password", password}}));
  EXPECT_EQ(res.status, 200) << res.body;
  return res.json().as_object();
}

std::string ApiTest::token(const std::string& username, const std::string& password) {
  return std::string(login(username, password).at("access_token").as_string());
}

const std::string& ApiTest::admin_token() {
  if (admin_token_.empty()) admin_token_ = token("admin", kAdminPassword);
  return admin_token_;
}

std::int64_t ApiTest::create_user(const std::string& username, const std::string& role, const std::string& password) {
  auto res = client->post(
      "/api/v1/users",
      json::serialize(json::object{{"username", username}, {"password", password}, {"role", role}}),
      admin_token());
  EXPECT_EQ(res.status, 201) << res.body;
  return res.json().at("id").as_int64();
}

std::set<std::string> error_fields(const HttpResponse& res) {
  std::set<std::string> fields;
  const auto j = res.json();
  for (const auto& d : j.at("error").at("details").as_array()) fields.insert(std::string(d.at("field").as_string()));
  return fields;
}

std::int64_t ApiTest::create_provider(const std::string& code) {
  auto res = client->post("/api/v1/providers",
                          json::serialize(json::object{{"code", code}, {"name", "Provider " + code}}), admin_token());
  EXPECT_EQ(res.status, 201) << res.body;
  return res.status == 201 ? res.json().at("id").as_int64() : 0;
}

std::int64_t ApiTest::ru_region(const std::string& region) {
  db::Connection conn(conninfo);
  return conn.query("SELECT id FROM geo WHERE country = 'RU' AND region = $1 AND city IS NULL", region).i64(0, 0);
}

std::int64_t ApiTest::admin_id() {
  db::Connection conn(conninfo);
  return conn.exec("SELECT id FROM users WHERE username = 'admin'").i64(0, 0);
}

std::int64_t ApiTest::audit_count(const std::string& where) {
  db::Connection conn(conninfo);
  return conn.exec("SELECT count(*) FROM audit_log WHERE " + where).i64(0, 0);
}

void ApiTest::run_jobs() { jobs::Worker(conninfo, job_handlers(app->config), worker_options(app->config, nullptr)).drain(); }

}  // namespace numbase::test
