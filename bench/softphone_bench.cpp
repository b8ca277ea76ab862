// The SoftPhone benchmark on the benchmark database (numbase_bench_seed, 10 million numbers):
//   (a) webhook ingest: `wrk` (Debian's) posts signed `call_ended` events of distinct calls,
//       each for a number of the base and an operator's extension, to an in-process server
//       whose applier runs as `serve`'s does; events/s answered, p50/p99 latency; then the
//       time until the applier has made calls of them all (applied events/s, from wrk's start),
//       and the calls in the database against the 2xx answers (nothing lost). Two rounds: the
//       second on a calls table the first has filled.
//   (b) the pop-up: GET /softphone/number/{phone} for numbers of the base, round trip on loopback.
// The integration and its calls are removed at the end; no status is changed (the outcome map
// is empty), call attempts of the sampled numbers do grow.
//
//   numbase_bench_softphone --data-dir /tmp/nbbench [--events 60000] [--connections 32] [--markdown out.md]
#include <sodium.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <atomic>
#include <sstream>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <thread>

#include "app/dispatcher.hpp"
#include "app/routes.hpp"
#include "bench_client.hpp"
#include "bench_db.hpp"
#include "http/server.hpp"

using namespace numbase;
namespace json = boost::json;

namespace {

std::string sign(const std::string& secret, const std::string& ts, const std::string& body) {
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_state st;
  crypto_auth_hmacsha256_init(&st, reinterpret_cast<const unsigned char*>(secret.data()), secret.size());
  const std::string message = ts + "." + body;
  crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(message.data()), message.size());
  crypto_auth_hmacsha256_final(&st, mac);
  char hex[sizeof mac * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
  return std::string("sha256=") + hex;
}

// wrk's script: each thread takes every n-th prepared request, sends each once and stops when
// all of its answers are in (a connection that asks for more meanwhile gets a path answering
// 404, not counted as 2xx). done() prints one JSON line.
constexpr const char* kLua = R"LUA(
local threads = {}
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end
function init(args)
  local n = tonumber(args[2])
  reqs = {}
  local i = 0
  for line in io.lines(args[1]) do
    if i % n == id then
      local sig, ts, body = line:match("^([^\t]*)\t([^\t]*)\t(.*)$")
      reqs[#reqs + 1] = wrk.format("POST", "/api/v1/softphone/events",
        {["Content-Type"] = "application/json", ["X-Numbase-Integration"] = args[3],
         ["X-Numbase-Timestamp"] = ts, ["X-Numbase-Signature"] = sig}, body)
    end
    i = i + 1
  end
  at = 0
  answered = 0
end
function request()
  at = at + 1
  if at > #reqs then return wrk.format("GET", "/api/v1/no-more-events") end
  return reqs[at]
end
function response(status, headers, body)
  answered = answered + 1
  if answered >= #reqs then wrk.thread:stop() end
end
function done(summary, latency, requests)
  io.write(string.format('{"requests":%d,"non2xx":%d,"socket_errors":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,"max_us":%d}\n',
    summary.requests, summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.duration, latency:percentile(50), latency:percentile(99), latency.max))
end
)LUA";

struct Round {
  double events_per_s, p50_ms, p99_ms, max_ms, applied_per_s;
  std::int64_t requests, ok, calls, backlog;
};

std::string run_capture(const std::string& cmd) {
  std::array<char, 4096> buf{};
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) throw std::runtime_error("cannot run " + cmd);
  while (auto n = fread(buf.data(), 1, buf.size(), p)) out.append(buf.data(), n);
  if (pclose(p) != 0) throw std::runtime_error("failed: " + cmd + "\n" + out);
  return out;
}

// The events the server answered 2xx so far, by its own metrics (wrk's counts miss the
// answers in flight on the connections its script stopped).
std::int64_t answered_2xx(const http::Metrics& metrics) {
  std::istringstream lines(metrics.render());
  std::int64_t n = 0;
  for (std::string l; std::getline(lines, l);)
    if (l.rfind("numbase_http_requests_total{method=\"POST\",route=\"/api/v1/softphone/events\",status=\"2", 0) == 0)
      n += std::stoll(l.substr(l.rfind(' ') + 1));
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  if (sodium_init() < 0) return 1;
  std::string data_dir = "var-bench", markdown;
  int duration = 60, connections = 32, popups = 500, events = 60000;
  CLI::App cli{"Benchmark the SoftPhone webhook and pop-up on the benchmark database"};
  cli.add_option("--data-dir", data_dir, "Embedded cluster location (unless DATABASE_URL is set)");
  cli.add_option("--duration", duration, "Seconds wrk may take per round at most");
  cli.add_option("--events", events, "Distinct calls' ends per round");
  cli.add_option("--connections", connections, "wrk's connections");
  cli.add_option("--markdown", markdown, "Also write the results as a markdown table to this file");
  CLI11_PARSE(cli, argc, argv);
  spdlog::set_level(spdlog::level::warn);

  auto database = bench::open_bench_database(data_dir);
  db::Connection conn(database.conninfo);
  bench::prepare_bench_database(conn);

  Config config;  // the defaults a newcomer gets: a pool of 10 and as many request threads
  config.database_url = database.conninfo;
  config.data_dir = data_dir;
  App app(config, std::string(32, 'b'));
  add_routes(app.router);
  AppDispatcher dispatcher(app);
  http::ServerOptions options;
  options.port = 0;
  options.workers = config.db_pool_size;
  http::Server server(options, dispatcher, app.metrics);
  server.listen();
  std::thread server_thread([&] { server.run(false); });
  app.call_applier.start();
  const auto base = "http://127.0.0.1:" + std::to_string(server.port());

  bench::Client client(server.port());
  auto [ls, lb] = client.send("POST", "/api/v1/auth/login", "",
                              json::serialize(json::object{{"username", "bench_admin"}, {"password", bench::kBenchPassword}}));
  if (ls != 200) throw std::runtime_error("login: " + lb);
  const auto admin = std::string(json::parse(lb).at("access_token").as_string());
  const auto operator_id = conn.exec("SELECT id FROM users WHERE username = 'bench_manager_1'").i64(0, 0);
  const std::string secret = "bench-softphone-secret-0123456789";
  auto [cs, cb] = client.send("POST", "/api/v1/softphone/integrations", admin,
                              json::serialize(json::object{{"name", "bench PBX"},
                                                           {"kind", "numbase"},
                                                           {"secrets", {{"secret", secret}}},
                                                           {"extensions", {{"101", operator_id}}},
                                                           {"outcomes", json::object{}}}));
  if (cs != 201) throw std::runtime_error("integration: " + cb);
  const auto integration = json::parse(cb).at("id").as_int64();

  std::vector<std::int64_t> phones;
  {
    auto r = conn.exec("SELECT phone FROM phone_numbers TABLESAMPLE SYSTEM (0.5) LIMIT 50000");
    for (int i = 0; i < r.rows(); ++i) phones.push_back(r.i64(i, 0));
  }
  std::printf("sampled %zu phones of the base\n", phones.size());
  std::mt19937_64 rng(12);

  const std::string lua_path = "/tmp/numbase-softphone-bench.lua", events_path = "/tmp/numbase-softphone-events.tsv";
  std::ofstream(lua_path) << kLua;
  std::vector<Round> rounds;
  for (int round = 1; round <= 2; ++round) {
    {
      std::ofstream out(events_path);
      const auto now = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
      const auto ts = std::to_string(now);
      for (int i = 0; i < events; ++i) {
        const bool answered = rng() % 3 == 0;
        const auto body = json::serialize(json::object{{"event_type", "call_ended"},
                                                       {"call_id", "bench-" + std::to_string(now) + "-" + std::to_string(i)},
                                                       {"phone_number", "+" + std::to_string(phones[rng() % phones.size()])},
                                                       {"direction", "outbound"},
                                                       {"extension", "101"},
                                                       {"duration", answered ? 42 : 0},
                                                       {"result", answered ? "answered" : "no_answer"},
                                                       {"timestamp", "2026-12-03T10:00:00Z"}});
        out << sign(secret, ts, body) << '\t' << ts << '\t' << body << '\n';
      }
    }
    const auto before = conn.query("SELECT count(*) FROM calls WHERE integration_id = $1", integration).i64(0, 0);
    const auto answered_before = answered_2xx(app.metrics);
    // wrk runs for its whole --duration even when its script stops early, and first reads its
    // events: the time the events took is seen from here, from the server's first 2xx to its
    // last (each event is stored before it); and the moment the queue was last seen empty.
    // Looked at every 10 ms.
    std::atomic<bool> wrk_done{false};
    double first_s = -1, ingest_s = 0, applied_s = 0;
    const auto started = std::chrono::steady_clock::now();
    std::thread watcher([&] {
      db::Connection watch(database.conninfo);
      std::int64_t answered = -1;
      bool empty = true;
      while (!wrk_done) {
        const double now = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        if (const auto n = answered_2xx(app.metrics); n != answered) {
          if (answered >= 0 && first_s < 0) first_s = now;  // wrk has read its events and begun
          answered = n;
          ingest_s = now;
        }
        const bool was_empty = empty;
        empty = watch.query("SELECT NOT EXISTS (SELECT 1 FROM call_events WHERE integration_id = $1)", integration).boolean(0, 0);
        if (empty && !was_empty) applied_s = now;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
      }
    });
    const auto out = run_capture("wrk -t2 -c" + std::to_string(connections) + " -d" + std::to_string(duration) +
                                 "s --timeout 10s -s " + lua_path + " " + base + " -- " + events_path + " 2 " +
                                 std::to_string(integration) + " 2>&1");
    wrk_done = true;
    watcher.join();
    const auto line = out.substr(out.rfind("{\"requests\""));
    const auto s = json::parse(line.substr(0, line.find('\n'))).as_object();
    // The queue left when wrk is done (its duration over), then until it is empty.
    const auto queued = [&] {
      return conn.query("SELECT count(*) FROM call_events WHERE integration_id = $1", integration).i64(0, 0);
    };
    Round r;
    r.backlog = queued();
    while (queued() > 0) {
      if (std::chrono::steady_clock::now() - started > std::chrono::minutes(20)) throw std::runtime_error("the queue never drained");
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      applied_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    }
    applied_s = std::max(applied_s, ingest_s);
    const auto calls = conn.query("SELECT count(*) FROM calls WHERE integration_id = $1", integration).i64(0, 0) - before;
    r.requests = s.at("requests").as_int64();
    r.ok = answered_2xx(app.metrics) - answered_before;
    r.events_per_s = r.ok / (ingest_s - std::max(first_s, 0.0));
    r.p50_ms = s.at("p50_us").as_int64() / 1000.0;
    r.p99_ms = s.at("p99_us").as_int64() / 1000.0;
    r.max_ms = s.at("max_us").as_int64() / 1000.0;
    r.calls = calls;
    r.applied_per_s = r.ok / applied_s;
    std::printf("round %d: %lld requests, %lld answered 2xx, %.0f events/s, p50 %.2f ms, p99 %.2f ms, max %.2f ms; "
                "%lld still queued when wrk ended, all applied after %.1f s (%.0f events/s); "
                "calls in the database %lld (%s); socket errors %lld\n",
                round, static_cast<long long>(r.requests), static_cast<long long>(r.ok), r.events_per_s, r.p50_ms,
                r.p99_ms, r.max_ms, static_cast<long long>(r.backlog), applied_s, r.applied_per_s,
                static_cast<long long>(r.calls), r.calls == r.ok ? "all of them" : "MISMATCH",
                static_cast<long long>(s.at("socket_errors").as_int64()));
    if (r.ok < events) std::printf("  (not all events were sent within --duration)\n");
    rounds.push_back(r);
  }

  // (b) the pop-up, on a fresh connection (the first one idled out during wrk).
  bench::Client popup_client(server.port());
  std::vector<double> ms;
  for (int i = 0; i < popups; ++i) {
    const auto phone = std::to_string(phones[rng() % phones.size()]);
    const auto t0 = std::chrono::steady_clock::now();
    auto [st, body] = popup_client.send("GET", "/api/v1/softphone/number/" + phone, admin);
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    if (st != 200) throw std::runtime_error("pop-up: " + body);
  }
  std::sort(ms.begin(), ms.end());
  const double p50 = ms[ms.size() / 2], p95 = ms[ms.size() * 95 / 100], p99 = ms[ms.size() * 99 / 100];
  std::printf("pop-up GET /softphone/number/{phone}: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (n=%d)\n", p50, p95, p99, popups);

  popup_client.send("DELETE", "/api/v1/softphone/integrations/" + std::to_string(integration), admin);
  conn.exec("DELETE FROM conversion_calls");
  app.call_applier.stop();
  server.stop();
  server_thread.join();

  if (!markdown.empty()) {
    std::ofstream md(markdown);
    md << "| measure | result | bar |\n|---|---|---|\n";
    for (std::size_t i = 0; i < rounds.size(); ++i) {
      const auto& r = rounds[i];
      md << "| ingest, round " << i + 1 << (i ? " (calls table filled)" : "") << " | " << static_cast<long long>(r.events_per_s)
         << " events/s, p50 " << r.p50_ms << " ms, p99 " << r.p99_ms << " ms; applied " << static_cast<long long>(r.applied_per_s)
         << " events/s; " << r.calls << " calls for " << r.ok << " 2xx | ≥ 5,000/s, p99 < 50 ms, equal |\n";
    }
    md << "| pop-up, p50 / p95 / p99 | " << p50 << " / " << p95 << " / " << p99 << " ms | < 10 ms |\n";
  }
  bool ok = true;
  for (const auto& r : rounds) ok = ok && r.events_per_s >= 5000 && r.p99_ms < 50 && r.calls == r.ok;
  return ok && p99 < 10 ? 0 : 1;
}
