// The numbase binary end to end: the embedded database, the first administrator, a second
// start reusing the data, the other subcommands.
#include <gtest/gtest.h>
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/json/serialize.hpp>
#include <filesystem>
#include <fstream>
#include <thread>

#include "support/client.hpp"
#include "db/connection.hpp"
#include "db/embedded.hpp"
#include "support/harness.hpp"
#include "support/spawn.hpp"

namespace fs = std::filesystem;
using namespace numbase::test;

namespace {

std::uint16_t free_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  socklen_t len = sizeof a;
  getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len);
  close(fd);
  return ntohs(a.sin_port);
}

bool wait_ready(std::uint16_t port) {
  for (int i = 0; i < 300; ++i) {
    try {
      if (Client(port).get("/readyz").status == 200) return true;
    } catch (const std::exception&) {
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  return false;
}

int login(std::uint16_t port, const std::string& user, const std::string& pass) {
  return Client(port)
      .post("/api/v1/auth/login", boost::json::serialize(boost::json::object{{"username", user}, {"password", pass}}))
      .status;
}

}  // namespace

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/numbase-cli-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir = tmpl;
    fs::permissions(dir, fs::perms::owner_all | fs::perms::group_exec | fs::perms::others_exec);
  }
  void TearDown() override { fs::remove_all(dir); }
  fs::path dir;
};

TEST_F(Cli, ServeEmbeddedThenRestartOnTheSameData) {
  const auto data = (dir / "data").string();
  const auto port = free_port();
  auto serve = spawn({"serve", "--data-dir", data, "--port", std::to_string(port)},
                     {"NUMBASE_ADMIN_PASSWORD=cli-admin-pass"}, dir / "serve1.log");
  ASSERT_TRUE(wait_ready(port)) << slurp(serve.log);
  EXPECT_EQ(login(port, "admin", "cli-admin-pass"), 200);
  kill(serve.pid, SIGTERM);
  EXPECT_EQ(wait_exit(serve.pid), 0) << slurp(serve.log);
  auto out = slurp(serve.log);
  EXPECT_NE(out.find("numbase is running at http://127.0.0.1:" + std::to_string(port) + "/"), std::string::npos) << out;
  EXPECT_NE(out.find("Created the first administrator"), std::string::npos);
  EXPECT_FALSE(fs::exists(fs::path(data) / "pg" / "data" / "postmaster.pid")) << "the embedded cluster stopped too";

  auto create = spawn({"user", "create", "bob", "--role", "manager", "--data-dir", data},
                      {"NUMBASE_USER_PASSWORD=bob-password"}, dir / "create.log");
  EXPECT_EQ(wait_exit(create.pid), 0) << slurp(create.log);

  auto again = spawn({"serve", "--data-dir", data}, {"NUMBASE_PORT=" + std::to_string(port)}, dir / "serve2.log");
  ASSERT_TRUE(wait_ready(port)) << slurp(again.log);
  EXPECT_EQ(login(port, "admin", "cli-admin-pass"), 200) << "same data, same admin";
  EXPECT_EQ(login(port, "bob", "bob-password"), 200);
  kill(again.pid, SIGINT);
  EXPECT_EQ(wait_exit(again.pid), 0);
  EXPECT_EQ(slurp(again.log).find("Created the first administrator"), std::string::npos);

  auto migrate = spawn({"migrate", "--data-dir", data}, {}, dir / "migrate.log");
  EXPECT_EQ(wait_exit(migrate.pid), 0) << slurp(migrate.log);
  EXPECT_NE(slurp(migrate.log).find("0 migration(s) applied now"), std::string::npos);
}

TEST_F(Cli, Help) {
  for (auto args : {std::vector<std::string>{"--help"}, {"serve", "--help"}, {"worker", "--help"},
                    {"migrate", "--help"}, {"user", "create", "--help"}}) {
    auto p = spawn(args, {}, dir / "help.log");
    EXPECT_EQ(wait_exit(p.pid), 0) << args[0];
  }
  auto p = spawn({"serve", "--help"}, {}, dir / "help.log");
  wait_exit(p.pid);
  auto help = slurp(dir / "help.log");
  EXPECT_NE(help.find("--port"), std::string::npos);
  EXPECT_NE(help.find("--data-dir"), std::string::npos);
  auto bad = spawn({"user", "create", "x", "--role", "emperor"}, {}, dir / "bad.log");
  EXPECT_NE(wait_exit(bad.pid), 0);
}

TEST_F(Cli, WorkerRunsUntilStopped) {
  auto w = spawn({"worker", "--data-dir", (dir / "data").string()}, {}, dir / "worker.log");
  bool running = false;
  for (int i = 0; i < 150 && !running; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    running = slurp(dir / "worker.log").find("running background jobs") != std::string::npos;
  }
  EXPECT_TRUE(running) << slurp(dir / "worker.log");
  kill(w.pid, SIGTERM);
  EXPECT_EQ(wait_exit(w.pid), 0) << slurp(dir / "worker.log");
}

TEST_F(Cli, DatabaseUrlReplacesTheEmbeddedCluster) {
  const auto url = numbase::test::empty_database();
  auto migrate = spawn({"migrate", "--data-dir", (dir / "unused").string()}, {"DATABASE_URL=" + url},
                       dir / "migrate-url.log");
  EXPECT_EQ(wait_exit(migrate.pid), 0) << slurp(dir / "migrate-url.log");
  EXPECT_NE(slurp(dir / "migrate-url.log").find("applied now"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir / "unused" / "pg")) << "no embedded cluster was created";
  numbase::db::Connection conn(url);
  EXPECT_GT(conn.exec("SELECT count(*) FROM schema_migrations").i64(0, 0), 0);
}

// Issue 16: a serve killed with -9 leaves the embedded cluster running; the next start takes
// it over (its owner is gone) and stops it when done, instead of leaving it running forever.
TEST(Embedded, AClusterWhoseOwnerDiedIsTakenOverAndStopped) {
  const auto dir = numbase::test::make_temp_dir("numbase-orphan");
  std::filesystem::permissions(dir, std::filesystem::perms::owner_all | std::filesystem::perms::group_exec |
                                        std::filesystem::perms::others_exec);
  auto first = std::make_unique<numbase::db::EmbeddedPostgres>(dir);
  first->start();
  ASSERT_TRUE(first->owns_cluster());
  {
    numbase::db::EmbeddedPostgres alive(dir);
    alive.start();
    EXPECT_FALSE(alive.owns_cluster()) << "its owner (this process) is alive";
  }
  // The owner "dies": a pid that no longer exists.
  pid_t dead = fork();
  if (dead == 0) _exit(0);
  waitpid(dead, nullptr, 0);
  std::ofstream(dir / "pg" / "owner.pid", std::ios::trunc) << dead << "\n";
  {
    numbase::db::EmbeddedPostgres heir(dir);
    heir.start();
    EXPECT_TRUE(heir.owns_cluster());
  }  // stops it
  EXPECT_THROW(numbase::db::Connection(first->conninfo()), std::exception) << "the cluster was stopped";
  first.reset();
  std::filesystem::remove_all(dir);
}
