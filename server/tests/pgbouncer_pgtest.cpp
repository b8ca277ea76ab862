// numbase behind PgBouncer in transaction mode (the production shape, deploy/): every
// transaction may run on another server connection, so nothing may rely on the session between
// statements. PgBouncer hands out its idle server connections round robin here, so a statement
// that leans on the previous one's session meets a different session and fails.
#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>
#include <vector>

#include "conversion/recalculate.hpp"
#include "db/connection.hpp"
#include "db/migrations.hpp"
#include "support/harness.hpp"

using namespace numbase;
namespace fs = std::filesystem;

namespace {

std::map<std::string, std::string> parse_conninfo(const std::string& conninfo) {
  std::map<std::string, std::string> out;
  char* err = nullptr;
  PQconninfoOption* opts = PQconninfoParse(conninfo.c_str(), &err);
  if (!opts) throw std::runtime_error(err ? err : "bad conninfo");
  for (auto* o = opts; o->keyword; ++o)
    if (o->val) out[o->keyword] = o->val;
  PQconninfoFree(opts);
  return out;
}

// A PgBouncer of its own on a Unix socket in a temporary directory, in front of the test
// cluster: transaction pooling, two server connections, handed out round robin.
class PgBouncer {
 public:
  explicit PgBouncer(const std::string& upstream) {
    const auto up = parse_conninfo(upstream);
    dir_ = test::make_temp_dir("numbase-pgbouncer");
    fs::permissions(dir_, fs::perms::all);  // PgBouncer runs as the cluster's account under root
    port_ = 20000 + getpid() % 20000;
    user_ = up.at("user");
    std::ofstream(dir_ / "userlist.txt") << '"' << user_ << "\" \"\"\n";  // trust still wants the name listed
    std::ofstream(dir_ / "pgbouncer.ini")
        << "[databases]\n* = host=" << up.at("host") << " port=" << up.at("port") << "\n"
        << "[pgbouncer]\nlisten_addr =\nunix_socket_dir = " << dir_.string() << "\nlisten_port = " << port_
        << "\nauth_type = trust\nauth_file = " << (dir_ / "userlist.txt").string() << "\npool_mode = transaction\ndefault_pool_size = 2\nserver_round_robin = 1\n"
        << "ignore_startup_parameters = extra_float_digits\nlogfile = " << (dir_ / "pgbouncer.log").string()
        << "\npidfile = " << (dir_ / "pgbouncer.pid").string() << "\n";
    std::string command = "pgbouncer -d -q ";
    if (geteuid() == 0) command += "-u numbase ";
    command += (dir_ / "pgbouncer.ini").string();
    if (std::system(command.c_str()) != 0) throw std::runtime_error("pgbouncer did not start: " + command);
    for (int i = 0; i < 100 && !fs::exists(dir_ / (".s.PGSQL." + std::to_string(port_))); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ~PgBouncer() {
    std::ifstream pidfile(dir_ / "pgbouncer.pid");
    pid_t pid = 0;
    if (pidfile >> pid && pid > 0) kill(pid, SIGTERM);
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string conninfo(const std::string& database) const {
    return "host='" + dir_.string() + "' port=" + std::to_string(port_) + " user=" + user_ + " dbname='" + database +
           "'";
  }

 private:
  fs::path dir_;
  int port_ = 0;
  std::string user_;
};

std::string database_name(const std::string& conninfo) { return parse_conninfo(conninfo).at("dbname"); }

bool installed() { return std::system("command -v pgbouncer >/dev/null 2>&1") == 0; }

// Fills both of PgBouncer's server connections, so that the next transactions alternate.
void open_two_server_connections(const std::string& conninfo) {
  db::Connection a(conninfo), b(conninfo);
  a.exec("BEGIN");
  a.exec("SELECT 1");
  b.exec("BEGIN");
  b.exec("SELECT 1");
  a.exec("COMMIT");
  b.exec("COMMIT");
}

}  // namespace

TEST(PgBouncer, TheSessionReallyChangesBetweenTransactions) {
  if (!installed()) GTEST_SKIP() << "pgbouncer is not installed (scripts/test.sh installs it)";
  const auto direct = test::fresh_database();
  PgBouncer bouncer(direct);
  const auto through = bouncer.conninfo(database_name(direct));
  open_two_server_connections(through);
  db::Connection conn(through);
  const auto first = conn.exec("SELECT pg_backend_pid()").i64(0, 0);
  const auto second = conn.exec("SELECT pg_backend_pid()").i64(0, 0);
  EXPECT_NE(first, second) << "the test below proves nothing unless sessions alternate";
}

TEST(PgBouncer, MigrationsRunOnceUnderTheAdvisoryLockFromTwoSessionsAtOnce) {
  if (!installed()) GTEST_SKIP() << "pgbouncer is not installed (scripts/test.sh installs it)";
  const auto direct = test::empty_database();
  PgBouncer bouncer(direct);
  const auto through = bouncer.conninfo(database_name(direct));
  int applied[2] = {0, 0};
  std::exception_ptr failed[2];
  std::vector<std::thread> threads;
  for (int i = 0; i < 2; ++i)
    threads.emplace_back([&, i] {
      try {
        db::Connection c(through);
        applied[i] = db::apply_migrations(c);
      } catch (...) {
        failed[i] = std::current_exception();
      }
    });
  for (auto& t : threads) t.join();
  for (auto& f : failed)
    if (f) std::rethrow_exception(f);
  EXPECT_EQ(applied[0] + applied[1], db::latest_migration_version()) << "each migration once";
  db::Connection check(direct);
  EXPECT_EQ(check.exec("SELECT count(*) FROM schema_migrations").i64(0, 0), db::latest_migration_version());
}

TEST(PgBouncer, RecalculatingAProjectsConversionKeepsNoStateInTheSession) {
  if (!installed()) GTEST_SKIP() << "pgbouncer is not installed (scripts/test.sh installs it)";
  const auto direct = test::fresh_database();
  db::Connection setup(direct);
  const auto project = setup.exec("INSERT INTO projects (name) VALUES ('Behind a pooler') RETURNING id").i64(0, 0);
  setup.query(
      "INSERT INTO phone_numbers (project_id, phone, status_id) SELECT $1, 79160000000 + g,"
      " (SELECT id FROM number_statuses WHERE code = 'new') FROM generate_series(1, 50) g",
      project);
  setup.query("UPDATE conversion_cohort SET numbers = numbers + 7 WHERE project_id = $1", project);
  PgBouncer bouncer(direct);
  const auto through = bouncer.conninfo(database_name(direct));
  open_two_server_connections(through);
  db::Connection conn(through);
  const auto r = conversion::recalculate(conn, project);
  EXPECT_EQ(r.numbers, 50);
  EXPECT_GT(r.cells_corrected, 0);
  EXPECT_EQ(conversion::recalculate(conn, project).cells_corrected, 0) << "repaired the first time";
  EXPECT_EQ(setup.query("SELECT count(*) FROM conversion_cohort WHERE project_id = $1 AND numbers <> 50", project)
                .i64(0, 0),
            0);
}
