// The API benchmark on a database filled by numbase_bench_seed: latency of the numbers list
// for each filter, the first and the deepest keyset page, and a status change; then the plan
// of every list query shape, failing when one scans phone_numbers sequentially.
//
//   numbase_bench_api [--data-dir var-bench] [--requests 200] [--markdown out.md]
#include <sodium.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <chrono>
#include <fstream>
#include <functional>
#include <iostream>
#include <random>
#include <thread>

#include "app/dispatcher.hpp"
#include "app/routes.hpp"
#include "bench_client.hpp"
#include "bench_db.hpp"
#include "http/server.hpp"
#include "numbers/list_query.hpp"

using namespace numbase;
namespace net = boost::asio;
namespace bhttp = boost::beast::http;
namespace json = boost::json;

namespace {

struct Stats {
  std::string name;
  double p50, p95, max;
  int n;
};

Stats measure(const std::string& name, int n, const std::function<void()>& once) {
  std::vector<double> ms;
  for (int i = 0; i < n; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    once();
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) { return ms[std::min<size_t>(ms.size() - 1, static_cast<size_t>(q * ms.size()))]; };
  Stats s{name, at(0.5), at(0.95), ms.back(), n};
  std::printf("%-34s p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms   (n=%d)\n", name.c_str(), s.p50, s.p95, s.max, n);
  return s;
}

std::vector<std::int64_t> ids(db::Connection& c, const std::string& sql) {
  std::vector<std::int64_t> out;
  auto r = c.exec(sql);
  for (int i = 0; i < r.rows(); ++i) out.push_back(r.i64(i, 0));
  if (out.empty()) throw std::runtime_error("no rows for: " + sql);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (sodium_init() < 0) return 1;
  std::string data_dir = "var-bench", markdown;
  int n = 200;
  CLI::App cli{"Benchmark the numbers API on the benchmark database"};
  cli.add_option("--data-dir", data_dir, "Embedded cluster location (unless DATABASE_URL is set)");
  cli.add_option("--requests", n, "Requests per scenario");
  cli.add_option("--markdown", markdown, "Also write the results as a markdown table to this file");
  CLI11_PARSE(cli, argc, argv);
  spdlog::set_level(spdlog::level::warn);

  auto database = bench::open_bench_database(data_dir);
  db::Connection conn(database.conninfo);
  bench::prepare_bench_database(conn);
  const auto total_numbers = conn.exec("SELECT count(*) FROM phone_numbers").i64(0, 0);

  Config config;
  config.database_url = database.conninfo;
  config.db_pool_size = 4;
  App app(config, std::string(32, 'b'));
  add_routes(app.router);
  AppDispatcher dispatcher(app);
  http::ServerOptions options;
  options.port = 0;
  options.workers = 4;
  http::Server server(options, dispatcher, app.metrics);
  server.listen();
  std::thread server_thread([&] { server.run(false); });

  bench::Client client(server.port());
  auto login = [&](const std::string& user) {
    auto [status, body] = client.send("POST", "/api/v1/auth/login", "",
                                      json::serialize(json::object{{"username", user}, {"password", bench::kBenchPassword}}));
    if (status != 200) throw std::runtime_error("login failed for " + user + ": " + body);
    return std::string(json::parse(body).at("access_token").as_string());
  };
  const auto admin = login("bench_admin");
  const auto manager = login("bench_manager_1");

  // Parameter pools from the data.
  const auto big_projects = ids(conn, "SELECT id FROM projects ORDER BY received_total DESC LIMIT 5");
  const auto all_projects = ids(conn, "SELECT id FROM projects WHERE deleted_at IS NULL");
  const auto providers = ids(conn, "SELECT id FROM providers");
  const auto geos = ids(conn, "SELECT DISTINCT geo_id FROM project_geo");
  const auto managers = ids(conn, "SELECT DISTINCT user_id FROM project_members");
  const auto sample = ids(conn, "SELECT phone FROM phone_numbers TABLESAMPLE SYSTEM (0.1) LIMIT 2000");
  const auto number_ids = ids(conn, "SELECT id FROM phone_numbers TABLESAMPLE SYSTEM (0.1) LIMIT 2000");
  std::mt19937_64 rng(7);
  auto any = [&](const std::vector<std::int64_t>& v) { return std::to_string(v[rng() % v.size()]); };
  auto day = [&](int back) {
    auto r = conn.query("SELECT to_char(now() - make_interval(days => $1), 'YYYY-MM-DD')", back);
    return r.str(0, 0);
  };

  std::printf("numbers: %lld\n\n", static_cast<long long>(total_numbers));
  std::vector<Stats> results;
  auto list = [&](const std::string& name, const std::function<std::string()> query, const std::string& token) {
    results.push_back(measure(name, n, [&] {
      auto [status, body] = client.send("GET", "/api/v1/phone_numbers?limit=50" + query(), token);
      if (status != 200) throw std::runtime_error(name + ": " + std::to_string(status) + " " + body);
    }));
  };
  list("no filter", [] { return std::string(); }, admin);
  list("project (largest)", [&] { return "&project_id=" + any(big_projects); }, admin);
  list("project (any)", [&] { return "&project_id=" + any(all_projects); }, admin);
  list("status", [&] { return "&status_id=" + std::to_string(1 + rng() % 7); }, admin);
  list("project + status", [&] { return "&project_id=" + any(all_projects) + "&status_id=" + std::to_string(1 + rng() % 7); }, admin);
  list("provider", [&] { return "&provider_id=" + any(providers); }, admin);
  list("geo", [&] { return "&geo_id=" + any(geos); }, admin);
  list("assigned manager", [&] { return "&assigned_to=" + any(managers); }, admin);
  list("favourite", [] { return std::string("&favourite=true"); }, admin);
  list("reminder due, by reminder", [] { return std::string("&reminder_due=true&sort=reminder_at"); }, admin);
  list("created in a week", [&] { int b = 7 + rng() % 300; return "&created_from=" + day(b) + "&created_to=" + day(b - 7); }, admin);
  list("phone digits (6)", [&] { auto s = any(sample); return "&phone=" + s.substr(3 + rng() % 4, 6); }, admin);
  list("sort by updated", [] { return std::string("&sort=-updated_at"); }, admin);
  list("manager, own projects", [] { return std::string(); }, manager);

  // The first page against the deepest: a cursor just before the oldest rows.
  auto deep = conn.exec(
      "SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US'), id FROM phone_numbers"
      " ORDER BY created_at, id OFFSET 60 LIMIT 1");
  const std::string deep_cursor = numbers::Cursor{deep.str(0, 0), deep.i64(0, 1)}.encode();
  list("first page (no filter)", [] { return std::string(); }, admin);
  list("deepest page (no filter)", [&] { return "&cursor=" + deep_cursor; }, admin);
  const auto biggest = big_projects.front();
  auto deep_p = conn.query(
      "SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US'), id FROM phone_numbers"
      " WHERE project_id = $1 ORDER BY created_at, id OFFSET 60 LIMIT 1", biggest);
  const std::string deep_p_cursor = numbers::Cursor{deep_p.str(0, 0), deep_p.i64(0, 1)}.encode();
  list("first page (largest project)", [&] { return "&project_id=" + std::to_string(biggest); }, admin);
  list("deepest page (largest project)", [&] { return "&project_id=" + std::to_string(biggest) + "&cursor=" + deep_p_cursor; }, admin);

  results.push_back(measure("status change (PATCH)", n, [&] {
    auto [status, body] = client.send("PATCH", "/api/v1/phone_numbers/" + any(number_ids), admin,
                                      json::serialize(json::object{{"status_id", 1 + static_cast<int>(rng() % 7)}}));
    if (status != 200) throw std::runtime_error("PATCH: " + std::to_string(status) + " " + body);
  }));

  // Every list shape must use an index.
  std::printf("\nQuery plans\n");
  bool seq_scan = false;
  projects::NumberScope admin_scope{true, {}};
  projects::NumberScope manager_scope{false, ids(conn, "SELECT project_id FROM project_members m JOIN users u ON u.id = m.user_id WHERE u.username = 'bench_manager_1'")};
  struct Shape {
    std::string name;
    numbers::Filter filter;
    std::string sort;
    bool manager = false;
    bool deep = false;
  };
  auto f = [](auto fill) { numbers::Filter x; fill(x); return x; };
  std::vector<Shape> shapes = {
      {"no filter", {}, "-created_at"},
      {"project", f([&](auto& x) { x.project_id = biggest; }), "-created_at"},
      {"status", f([](auto& x) { x.status_id = 5; }), "-created_at"},
      {"project + status", f([&](auto& x) { x.project_id = biggest; x.status_id = 5; }), "-created_at"},
      {"provider", f([&](auto& x) { x.provider_id = providers.front(); }), "-created_at"},
      {"geo", f([&](auto& x) { x.geo_id = geos.front(); }), "-created_at"},
      {"assigned manager", f([&](auto& x) { x.assigned_to = managers.front(); }), "-created_at"},
      {"favourite", f([](auto& x) { x.favourite = true; }), "-created_at"},
      {"reminder due", f([](auto& x) { x.reminder_due = true; }), "reminder_at"},
      {"created range", f([&](auto& x) { x.created_from = day(100); x.created_to = day(93); }), "-created_at"},
      {"phone digits", f([&](auto& x) { x.phone = std::to_string(sample.front()).substr(4, 6); }), "-created_at"},
      {"sort by updated", {}, "-updated_at"},
      {"manager scope", {}, "-created_at", true},
      {"deepest page", {}, "-created_at", false, true},
  };
  for (const auto& s : shapes) {
    std::optional<numbers::Cursor> cursor;
    if (s.deep) cursor = numbers::Cursor{deep.str(0, 0), deep.i64(0, 1)};
    auto q = numbers::build_list_query(s.filter, s.manager ? manager_scope : admin_scope, *numbers::Sort::parse(s.sort),
                                       cursor, 50);
    auto plan = conn.exec("EXPLAIN " + q.sql, q.params);
    std::string text;
    for (int i = 0; i < plan.rows(); ++i) text += "    " + plan.str(i, 0) + "\n";
    const bool bad = text.find("Seq Scan on phone_numbers") != std::string::npos;
    seq_scan |= bad;
    std::printf("-- %s%s\n%s", s.name.c_str(), bad ? "  <-- SEQUENTIAL SCAN" : "", text.c_str());
  }

  if (!markdown.empty()) {
    std::ofstream out(markdown);
    out << "| scenario | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|\n";
    for (const auto& s : results) {
      char line[256];
      std::snprintf(line, sizeof line, "| %s | %.2f | %.2f | %.2f |\n", s.name.c_str(), s.p50, s.p95, s.max);
      out << line;
    }
  }
  server.stop();
  server_thread.join();
  if (seq_scan) {
    std::printf("\nFAIL: a list query scans phone_numbers sequentially\n");
    return 1;
  }
  return 0;
}
