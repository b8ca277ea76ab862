// The import and export benchmark on the benchmark database (numbase_bench_seed), against a
// real `numbase serve` process:
//   - import: a CSV of --rows numbers uploaded over HTTP until its rows are committed (counters
//     included), against a plain COPY of the same rows, normalized, into the same table (run
//     before and after, rolled back);
//   - export: those numbers to CSV and to XLSX (from the request until the file is written),
//     against COPY (the same query) TO STDOUT;
//   - with --rss-rows: the server's peak memory (VmHWM) after importing a file that large;
//   - with --young: all of it on a new, nearly empty database instead, in the state that once
//     made imports quadratic (issue 16): 50 rows imported, ANALYZE, 5 rows imported, all by
//     the same server process, then the measured import.
//
//   numbase_bench_transfer --data-dir /tmp/nbbench --numbase build/numbase [--rows 1000000]
//                          [--rss-rows 10000000] [--young] [--markdown out.md]
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>
#include <spawn.h>
#include <sodium.h>
#include <spdlog/spdlog.h>
#include <sys/wait.h>

#include <CLI/CLI.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <chrono>
#include <filesystem>
#include <functional>
#include <fstream>
#include <iostream>
#include <thread>

#include "bench_client.hpp"
#include "bench_db.hpp"
#include "bench_server.hpp"
#include "exports/job.hpp"

extern char** environ;

using namespace numbase;
namespace fs = std::filesystem;
namespace json = boost::json;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

double copy_in(db::Connection& conn, const fs::path& tsv) {
  const auto t0 = Clock::now();
  conn.exec("BEGIN");
  PGresult* r = PQexec(conn.raw(), "COPY phone_numbers (project_id, phone, status_id, company) FROM STDIN");
  if (PQresultStatus(r) != PGRES_COPY_IN) throw std::runtime_error(PQerrorMessage(conn.raw()));
  PQclear(r);
  std::ifstream in(tsv, std::ios::binary);
  std::string chunk(1 << 20, '\0');
  while (in) {
    in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    if (in.gcount() > 0 && PQputCopyData(conn.raw(), chunk.data(), static_cast<int>(in.gcount())) != 1)
      throw std::runtime_error(PQerrorMessage(conn.raw()));
  }
  PQputCopyEnd(conn.raw(), nullptr);
  bool ok = true;
  while (PGresult* res = PQgetResult(conn.raw())) {
    ok = ok && PQresultStatus(res) == PGRES_COMMAND_OK;
    if (!ok) std::cerr << PQresultErrorMessage(res);
    PQclear(res);
  }
  const double s = seconds_since(t0);
  conn.exec("ROLLBACK");  // the table stays as it was for the next measurement
  if (!ok) throw std::runtime_error("COPY failed");
  return s;
}

double copy_out(db::Connection& conn, std::int64_t project, std::int64_t& bytes) {
  const auto t0 = Clock::now();
  const auto sql = "COPY (" + exports::export_query(" WHERE n.project_id = " + std::to_string(project), false) +
                   ") TO STDOUT";
  PGresult* r = PQexec(conn.raw(), sql.c_str());
  if (PQresultStatus(r) != PGRES_COPY_OUT) throw std::runtime_error(PQerrorMessage(conn.raw()));
  PQclear(r);
  bytes = 0;
  char* buf = nullptr;
  int n;
  while ((n = PQgetCopyData(conn.raw(), &buf, 0)) > 0) {
    bytes += n;
    PQfreemem(buf);
  }
  while (PGresult* res = PQgetResult(conn.raw())) PQclear(res);
  return seconds_since(t0);
}

std::int64_t peak_rss_kib(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stoll(line.substr(6));
  return -1;
}

}  // namespace

int main(int argc, char** argv) {
  if (sodium_init() < 0) return 1;
  std::setvbuf(stdout, nullptr, _IOLBF, 0);
  std::string data_dir = "var-bench", binary = "build/numbase", markdown;
  std::int64_t rows = 1000000, rss_rows = 0;
  bool young = false;
  CLI::App cli{"Benchmark imports and exports on the benchmark database"};
  cli.add_option("--data-dir", data_dir, "Embedded cluster location (unless DATABASE_URL is set)");
  cli.add_option("--numbase", binary, "The numbase binary to run as the server");
  cli.add_option("--rows", rows, "Rows of the import and export");
  cli.add_option("--rss-rows", rss_rows, "Also import a file this large and report the server's peak memory");
  cli.add_option("--markdown", markdown, "Also write the results as a markdown table to this file");
  cli.add_flag("--young", young, "Measure on a new database after a small import and the first ANALYZE");
  CLI11_PARSE(cli, argc, argv);
  spdlog::set_level(spdlog::level::warn);

  auto database = bench::open_bench_database(data_dir);
  if (young) {
    db::Connection admin(database.conninfo);
    admin.exec("DROP DATABASE IF EXISTS numbase_young");
    admin.exec("CREATE DATABASE numbase_young");
    database.conninfo += " dbname=numbase_young";  // a later keyword wins in a conninfo string
  }
  db::Connection conn(database.conninfo);
  bench::prepare_bench_database(conn);
  const auto table_rows = conn.exec("SELECT count(*) FROM phone_numbers").i64(0, 0);
  std::printf("phone_numbers holds %lld rows\n", static_cast<long long>(table_rows));

  const fs::path work = fs::path(data_dir) / "transfer-bench";
  fs::remove_all(work);
  fs::create_directories(work);
  auto remove_project = [&](std::int64_t id) {
    conn.query("DELETE FROM phone_numbers WHERE project_id = $1", id);
    conn.query("DELETE FROM imports WHERE project_id = $1", id);
    conn.query("DELETE FROM projects WHERE id = $1", id);
  };
  // Left over by an interrupted run.
  auto stale = conn.exec("SELECT id FROM projects WHERE name IN ('bench import', 'bench copy', 'bench memory')");
  for (int i = 0; i < stale.rows(); ++i) remove_project(stale.i64(i, 0));
  auto project = [&](const std::string& name) {
    return conn.query("INSERT INTO projects (name, is_active) VALUES ($1, false) RETURNING id", name).i64(0, 0);
  };
  const auto import_project = project("bench import");
  const auto copy_project = project("bench copy");
  std::vector<std::int64_t> cleanup{import_project, copy_project};
  bench::write_supplier_csv(work / "numbers.csv", work / "numbers.tsv", rows, 42, copy_project);
  std::printf("files: %.1f MB CSV\n", fs::file_size(work / "numbers.csv") / 1e6);

  auto server = bench::start_server(fs::absolute(binary).string(), database.conninfo, fs::absolute(work / "server"));
  // A fresh access token for each step (they last 15 minutes).
  auto login = [&] {
    auto [ls, lb] = bench::Client(server.port)
                        .send("POST", "/api/v1/auth/login", "",
                              json::serialize(json::object{{"username", "bench_admin"}, {"password", bench::kBenchPassword}}));
    if (ls != 200) throw std::runtime_error("login failed: " + lb);
    return std::string(json::parse(lb).at("access_token").as_string());
  };
  std::string token = login();

  if (young) {
    // The young database's history: a small import, the first ANALYZE, another small import.
    auto small_import = [&](std::int64_t n, std::uint32_t seed) {
      const auto csv = work / ("small" + std::to_string(seed) + ".csv"), tsv = work / "small.tsv";
      bench::write_supplier_csv(csv, tsv, n, seed, import_project);
      bench::Client client(server.port);
      auto [s, b] = client.upload("/api/v1/imports", token, {{"project_id", std::to_string(import_project)}}, csv);
      if (s != 201) throw std::runtime_error("upload failed: " + b);
      auto r = bench::wait_done(client, "/api/v1/imports/" + std::to_string(json::parse(b).at("id").as_int64()), token, login);
      if (r.at("status").as_string() != "completed") throw std::runtime_error("import failed: " + json::serialize(r));
    };
    small_import(50, 1);
    conn.exec("ANALYZE phone_numbers");
    small_import(5, 2);
    std::printf("young database: 50 rows imported, ANALYZE, 5 rows imported\n");
  }

  conn.exec("CHECKPOINT");
  const double copy1 = copy_in(conn, work / "numbers.tsv");
  std::printf("COPY of %lld normalized rows (rolled back): %.2f s\n", static_cast<long long>(rows), copy1);

  conn.exec("CHECKPOINT");
  auto t0 = Clock::now();
  // A new connection for each step: a keep-alive one would have timed out during the COPY.
  bench::Client client(server.port);
  auto [us, ub] = client.upload("/api/v1/imports", token, {{"project_id", std::to_string(import_project)}},
                                work / "numbers.csv");
  if (us != 201) throw std::runtime_error("upload failed: " + ub);
  const double uploaded = seconds_since(t0);
  auto imp = bench::wait_done(client, "/api/v1/imports/" + std::to_string(json::parse(ub).at("id").as_int64()), token, login);
  const double import_s = seconds_since(t0);
  if (imp.at("status").as_string() != "completed") throw std::runtime_error("import failed: " + json::serialize(imp));
  std::printf("import (upload %.2f s, then the job): %.2f s, imported %lld, duplicates %lld\n", uploaded, import_s,
              static_cast<long long>(imp.at("imported_rows").as_int64()),
              static_cast<long long>(imp.at("duplicate_rows").as_int64()));

  conn.exec("CHECKPOINT");
  const double copy2 = copy_in(conn, work / "numbers.tsv");
  std::printf("COPY again (rolled back): %.2f s\n", copy2);
  const double copy_mean = (copy1 + copy2) / 2;

  std::int64_t out_bytes = 0;
  const double copy_out1 = copy_out(conn, import_project, out_bytes);
  std::printf("COPY (export query) TO STDOUT: %.2f s, %.1f MB\n", copy_out1, out_bytes / 1e6);
  auto run_export = [&](const std::string& format) {
    bench::Client client(server.port);
    token = login();
    auto t = Clock::now();
    auto [s, b] = client.send("POST", "/api/v1/exports", token,
                              json::serialize(json::object{{"project_id", import_project}, {"format", format}}));
    if (s != 201) throw std::runtime_error("export failed: " + b);
    auto e = bench::wait_done(client, "/api/v1/exports/" + std::to_string(json::parse(b).at("id").as_int64()), token, login);
    const double secs = seconds_since(t);
    if (e.at("status").as_string() != "completed") throw std::runtime_error("export failed: " + json::serialize(e));
    std::printf("export %s: %.2f s, %lld rows, %.1f MB\n", format.c_str(), secs,
                static_cast<long long>(e.at("row_count").as_int64()), e.at("file_size").as_int64() / 1e6);
    return secs;
  };
  const double csv_s = run_export("csv");
  const double copy_out2 = copy_out(conn, import_project, out_bytes);
  const double xlsx_s = run_export("xlsx");
  const double copy_out_mean = (copy_out1 + copy_out2) / 2;
  std::printf("COPY TO STDOUT again: %.2f s\n", copy_out2);

  std::int64_t rss_kib = -1;
  double rss_import_s = 0;
  if (rss_rows > 0) {
    const auto big_project = project("bench memory");
    cleanup.push_back(big_project);
    bench::write_supplier_csv(work / "big.csv", work / "big.tsv", rss_rows, 7, big_project);
    fs::remove(work / "big.tsv");
    bench::Client client(server.port);
    token = login();
    auto t = Clock::now();
    auto [s, b] = client.upload("/api/v1/imports", token, {{"project_id", std::to_string(big_project)}},
                                work / "big.csv");
    if (s != 201) throw std::runtime_error("upload failed: " + b);
    auto big = bench::wait_done(client, "/api/v1/imports/" + std::to_string(json::parse(b).at("id").as_int64()), token, login);
    rss_import_s = seconds_since(t);
    rss_kib = peak_rss_kib(server.pid);
    std::printf("import of %lld rows: %s in %.1f s; server peak RSS %.1f MB\n", static_cast<long long>(rss_rows),
                std::string(big.at("status").as_string()).c_str(), rss_import_s, rss_kib / 1024.0);
  }
  const auto peak_kib = peak_rss_kib(server.pid);

  kill(server.pid, SIGTERM);
  waitpid(server.pid, nullptr, 0);
  std::printf("cleaning up the benchmark projects...\n");
  for (auto id : cleanup) remove_project(id);
  fs::remove_all(work);

  const double import_ratio = import_s / copy_mean, csv_ratio = csv_s / copy_out_mean,
               xlsx_ratio = xlsx_s / copy_out_mean;
  std::printf("\nimport / COPY = %.2f (bar 2.0)\nCSV export / COPY TO = %.2f (bar 1.5)\nXLSX export / COPY TO = %.2f (bar 10)\n",
              import_ratio, csv_ratio, xlsx_ratio);
  if (!markdown.empty()) {
    std::ofstream md(markdown);
    char line[512];
    md << "| measurement | seconds | ratio | bar |\n|---|---:|---:|---:|\n";
    std::snprintf(line, sizeof line, "| COPY %lld normalized rows into phone_numbers (%lld rows%s), mean of 2 | %.2f | | |\n",
                  static_cast<long long>(rows), static_cast<long long>(table_rows),
                  young ? ", a young database after 50 rows, ANALYZE, 5 rows" : "", copy_mean);
    md << line;
    std::snprintf(line, sizeof line, "| import over HTTP, upload to committed rows | %.2f | %.2f | 2.0 |\n", import_s,
                  import_ratio);
    md << line;
    std::snprintf(line, sizeof line, "| COPY (export query) TO STDOUT, mean of 2 | %.2f | | |\n", copy_out_mean);
    md << line;
    std::snprintf(line, sizeof line, "| export to CSV, request to file written | %.2f | %.2f | 1.5 |\n", csv_s, csv_ratio);
    md << line;
    std::snprintf(line, sizeof line, "| export to XLSX, request to file written | %.2f | %.2f | 10 |\n", xlsx_s,
                  xlsx_ratio);
    md << line;
    if (rss_kib > 0) {
      std::snprintf(line, sizeof line, "| import of %lld rows; server peak RSS %.0f MB | %.1f | | 300 MB |\n",
                    static_cast<long long>(rss_rows), rss_kib / 1024.0, rss_import_s);
      md << line;
    }
    std::snprintf(line, sizeof line, "\nServer peak RSS over the whole run: %.0f MB.\n", peak_kib / 1024.0);
    md << line;
  }
  return import_ratio <= 2.0 && csv_ratio <= 1.5 && xlsx_ratio <= 10 && (rss_kib < 0 || rss_kib < 300 * 1024) ? 0 : 1;
}
