#include "bench_server.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/json/parse.hpp>

#include <fstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace numbase::bench {
namespace fs = std::filesystem;
namespace json = boost::json;

void write_supplier_csv(const fs::path& csv, const fs::path& tsv, std::int64_t rows, std::uint32_t seed,
                        std::int64_t project) {
  // Distinct numbers in a scattered order: i -> i * a prime coprime with 10^9, modulo 10^9.
  std::ofstream c(csv, std::ios::binary), t;
  if (!tsv.empty()) t.open(tsv, std::ios::binary);
  c << "Телефон;Компания;Комментарий\r\n";
  std::string cl, tl;
  for (std::int64_t i = 0; i < rows; ++i) {
    const auto digits =
        79000000000LL + static_cast<std::int64_t>((static_cast<unsigned __int128>(i + seed * 7777777ULL) * 982451653ULL) %
                                                   1000000000ULL);
    const auto s = std::to_string(digits);
    cl = "+7 (" + s.substr(1, 3) + ") " + s.substr(4, 3) + "-" + s.substr(7, 2) + "-" + s.substr(9, 2) +
         ";Компания " + std::to_string(i) + ";\r\n";
    tl = std::to_string(project) + "\t" + s + "\t1\tКомпания " + std::to_string(i) + "\n";
    c << cl;
    if (t.is_open()) t << tl;
  }
}

Server start_server(const std::string& binary, const std::string& conninfo, const fs::path& dir,
                    const std::vector<std::string>& extra_env) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  close(fd);
  Server s;
  s.port = ntohs(a.sin_port);
  std::vector<std::string> args{binary, "serve", "--port", std::to_string(s.port), "--data-dir", dir.string()};
  std::vector<std::string> env{"DATABASE_URL=" + conninfo, "NUMBASE_WEB_DIR=/nonexistent", "NUMBASE_LOG_LEVEL=warn"};
  env.insert(env.end(), extra_env.begin(), extra_env.end());
  for (char** e = environ; *e; ++e)
    if (std::string(*e).rfind("NUMBASE_", 0) != 0 && std::string(*e).rfind("DATABASE_URL=", 0) != 0) env.push_back(*e);
  std::vector<char*> argv, envp;
  for (auto& x : args) argv.push_back(x.data());
  argv.push_back(nullptr);
  for (auto& x : env) envp.push_back(x.data());
  envp.push_back(nullptr);
  fs::create_directories(dir);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  const auto log = (dir / "serve.log").string();
  posix_spawn_file_actions_addopen(&fa, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&fa, 1, 2);
  if (posix_spawn(&s.pid, argv[0], &fa, nullptr, argv.data(), envp.data()) != 0)
    throw std::runtime_error("cannot start " + binary);
  posix_spawn_file_actions_destroy(&fa);
  std::string last;
  for (int i = 0; i < 600; ++i) {
    try {
      auto [status, body] = Client(s.port).send("GET", "/readyz", "");
      if (status == 200) return s;
      last = body;
    } catch (const std::exception&) {
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  kill(s.pid, SIGTERM);
  waitpid(s.pid, nullptr, 0);
  throw std::runtime_error("numbase serve did not become ready (" + last + "); see " + log);
}

json::value wait_done(Client& client, const std::string& url, std::string& token,
                      const std::function<std::string()>& login) {
  for (;;) {
    auto [status, body] = client.send("GET", url, token);
    if (status == 401) {
      token = login();
      continue;
    }
    if (status != 200) throw std::runtime_error(url + ": " + body);
    auto v = json::parse(body);
    const auto st = v.at("status").as_string();
    if (st != "queued" && st != "processing" && st != "scheduled" && st != "running") return v;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}


}  // namespace numbase::bench
