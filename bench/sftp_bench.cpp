// The SFTP import benchmark (issue 13): a CSV of --rows numbers imported from a real OpenSSH
// server on loopback (server/tests/support/sshd.sh; needs root) by an SFTP run, against the same
// file uploaded through POST /imports, each from the request until the import's rows are
// committed. Both go to a new project of a database of their own in the benchmark cluster,
// in the order upload, SFTP, SFTP, upload, so that the table's growth weighs on both alike.
// The SFTP run waits NUMBASE_SFTP_SETTLE_SECONDS (5) between its two looks at the file, as in
// production. Bar: SFTP ≤ 1.2 × upload.
//
//   numbase_bench_sftp --data-dir /tmp/nbbench --numbase build/numbase [--rows 1000000] [--markdown out.md]
#include <signal.h>
#include <sodium.h>
#include <spdlog/spdlog.h>
#include <sys/wait.h>

#include <CLI/CLI.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "bench_client.hpp"
#include "bench_db.hpp"
#include "bench_server.hpp"

using namespace numbase;
namespace fs = std::filesystem;
namespace json = boost::json;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  auto t = s.str();
  while (!t.empty() && t.back() == '\n') t.pop_back();
  return t;
}

json::value ok_json(std::pair<int, std::string> res, int status, const std::string& what) {
  if (res.first != status) throw std::runtime_error(what + ": " + std::to_string(res.first) + " " + res.second);
  return json::parse(res.second);
}

}  // namespace

int main(int argc, char** argv) {
  if (sodium_init() < 0) return 1;
  std::setvbuf(stdout, nullptr, _IOLBF, 0);
  std::string data_dir = "var-bench", binary = "build/numbase", markdown,
              script = "server/tests/support/sshd.sh";
  std::int64_t rows = 1000000;
  CLI::App cli{"Benchmark an import over SFTP against the same file uploaded"};
  cli.add_option("--data-dir", data_dir, "Embedded cluster location (unless DATABASE_URL is set)");
  cli.add_option("--numbase", binary, "The numbase binary to run as the server");
  cli.add_option("--rows", rows, "Rows of the file");
  cli.add_option("--sshd-script", script, "The tests' sshd script");
  cli.add_option("--markdown", markdown, "Also write the results as a markdown table to this file");
  CLI11_PARSE(cli, argc, argv);
  spdlog::set_level(spdlog::level::warn);

  auto database = bench::open_bench_database(data_dir);
  const auto cluster = database.conninfo;
  {
    db::Connection admin(cluster);
    admin.exec("DROP DATABASE IF EXISTS numbase_sftp_bench");
    admin.exec("CREATE DATABASE numbase_sftp_bench");
  }
  database.conninfo += " dbname=numbase_sftp_bench";  // a later keyword wins in a conninfo string
  const auto work = fs::absolute(fs::path(data_dir) / "sftp-bench");
  fs::remove_all(work);
  fs::create_directories(work);
  const auto sshd_dir = work / "sshd";
  auto sshd = [&](const std::string& what) {
    const auto cmd = "bash " + script + " " + what + " " + sshd_dir.string();
    if (std::system(cmd.c_str()) != 0) throw std::runtime_error(cmd + " failed");
  };
  sshd("start");
  const auto remote_dir = sshd_dir / "files";
  const auto file = remote_dir / "numbers.csv";
  bench::write_supplier_csv(file, {}, rows, 42, 0);
  std::printf("file: %.1f MB CSV, %lld rows\n", fs::file_size(file) / 1e6, static_cast<long long>(rows));

  int exit_code = 1;
  bench::Server server;
  try {
    {
      db::Connection conn(database.conninfo);
      bench::prepare_bench_database(conn);
    }
    server = bench::start_server(fs::absolute(binary).string(), database.conninfo, work / "server");
    auto login = [&] {
      auto body = ok_json(bench::Client(server.port)
                              .send("POST", "/api/v1/auth/login", "",
                                    json::serialize(json::object{{"username", "bench_admin"}, {"password", bench::kBenchPassword}})),
                          200, "login");
      return std::string(body.at("access_token").as_string());
    };
    std::string token = login();
    auto call = [&](const std::string& method, const std::string& url, const json::object& body, int status) {
      return ok_json(bench::Client(server.port).send(method, url, token, json::serialize(body)), status, method + " " + url);
    };
    const auto host = call("POST", "/api/v1/sftp/configs",
                           {{"name", "bench"}, {"host", "127.0.0.1"}, {"port", std::stoi(slurp(sshd_dir / "port"))},
                            {"username", slurp(sshd_dir / "user")}, {"auth_method", "password"},
                            {"password", slurp(sshd_dir / "password")}, {"remote_directory", remote_dir.string()}},
                           201)
                          .at("id")
                          .as_int64();
    const auto url = "/api/v1/sftp/configs/" + std::to_string(host);
    const auto fp = call("POST", url + "/test", {}, 200).at("host_key").at("fingerprint");
    call("POST", url + "/accept_host_key", {{"fingerprint", fp}}, 200);

    int round = 0;
    auto project = [&] {
      return call("POST", "/api/v1/projects", {{"name", "bench sftp " + std::to_string(++round)}, {"is_active", false}}, 201)
          .at("id")
          .as_int64();
    };
    auto check = [&](const json::value& imp) {
      if (imp.at("status").as_string() != "completed" || imp.at("imported_rows").as_int64() != rows)
        throw std::runtime_error("import did not complete: " + json::serialize(imp));
    };
    auto by_upload = [&] {
      const auto p = project();
      bench::Client client(server.port);
      const auto t0 = Clock::now();
      auto created = ok_json(client.upload("/api/v1/imports", token, {{"project_id", std::to_string(p)}}, file), 201, "upload");
      auto imp = bench::wait_done(client, "/api/v1/imports/" + std::to_string(created.at("id").as_int64()), token, login);
      const double s = seconds_since(t0);
      check(imp);
      std::printf("upload through POST /imports: %.2f s\n", s);
      return s;
    };
    auto by_sftp = [&] {
      const auto p = project();
      const auto schedule = call("POST", "/api/v1/sftp/schedules",
                                 {{"name", "bench " + std::to_string(round)}, {"config_id", host}, {"direction", "import"},
                                  {"cron", "0 0 1 1 *"}, {"import", {{"remote_path", "numbers.csv"}, {"project_id", p}}}},
                                 201)
                                .at("id")
                                .as_int64();
      bench::Client client(server.port);
      const auto t0 = Clock::now();
      auto run = call("POST", "/api/v1/sftp/schedules/" + std::to_string(schedule) + "/run", {}, 201);
      auto done = bench::wait_done(client, "/api/v1/sftp/jobs/" + std::to_string(run.at("id").as_int64()), token, login);
      const double downloaded = seconds_since(t0);
      if (done.at("status").as_string() != "completed" || done.at("files").as_array().size() != 1)
        throw std::runtime_error("the run failed: " + json::serialize(done));
      const auto import_id = done.at("files").as_array()[0].at("import").at("id").as_int64();
      auto imp = bench::wait_done(client, "/api/v1/imports/" + std::to_string(import_id), token, login);
      const double s = seconds_since(t0);
      check(imp);
      std::printf("import over SFTP: %.2f s (the run, settle and download: %.2f s)\n", s, downloaded);
      return std::pair{s, downloaded};
    };
    const double u1 = by_upload();
    const auto s1 = by_sftp();
    const auto s2 = by_sftp();
    const double u2 = by_upload();
    const double upload = (u1 + u2) / 2, sftp = (s1.first + s2.first) / 2;
    const double ratio = sftp / upload;
    std::printf("\nSFTP / upload = %.2f (bar 1.2)\n", ratio);
    if (!markdown.empty()) {
      std::ofstream md(markdown);
      char line[512];
      md << "| measurement | seconds | ratio | bar |\n|---|---:|---:|---:|\n";
      std::snprintf(line, sizeof line, "| upload through POST /imports to committed rows, mean of %.2f and %.2f | %.2f | | |\n",
                    u1, u2, upload);
      md << line;
      std::snprintf(line, sizeof line,
                    "| SFTP run to committed rows, mean of %.2f and %.2f (of which run, settle and download %.2f and %.2f) | "
                    "%.2f | %.2f | ≤ 1.2 |\n",
                    s1.first, s2.first, s1.second, s2.second, sftp, ratio);
      md << line;
    }
    exit_code = ratio <= 1.2 ? 0 : 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "benchmark failed: %s\n", e.what());
  }
  if (server.pid > 0) {
    kill(server.pid, SIGTERM);
    waitpid(server.pid, nullptr, 0);
  }
  sshd("stop");
  {
    db::Connection admin(cluster);
    admin.exec("DROP DATABASE IF EXISTS numbase_sftp_bench");
  }
  fs::remove_all(work);
  return exit_code;
}
