#include "db/embedded.hpp"

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>

#include <cstdlib>
#include <stdexcept>

#include "db/connection.hpp"

namespace fs = std::filesystem;

namespace numbase::db {
namespace {

constexpr const char* kAccount = "numbase";
constexpr const char* kSocketPort = "5432";

std::optional<Account> ensure_account() {
  if (geteuid() != 0) return std::nullopt;
  if (auto a = find_account(kAccount)) return a;
  int rc = run_process({"/usr/sbin/useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
                        "--shell", "/usr/sbin/nologin", kAccount});
  auto a = find_account(kAccount);
  if (rc != 0 || !a) throw std::runtime_error("cannot create the system account 'numbase' for PostgreSQL");
  return a;
}

void chown_tree(const fs::path& p, const Account& a) {
  if (chown(p.c_str(), a.uid, a.gid) != 0) throw std::runtime_error("cannot chown " + p.string());
  for (const auto& e : fs::recursive_directory_iterator(p)) {
    if (lchown(e.path().c_str(), a.uid, a.gid) != 0) throw std::runtime_error("cannot chown " + e.path().string());
  }
}

}  // namespace

EmbeddedPostgres::EmbeddedPostgres(fs::path data_dir, std::vector<std::string> settings)
    : root_(fs::absolute(data_dir) / "pg"), settings_(std::move(settings)) {
  data_ = root_ / "data";
  run_ = root_ / "run";
  log_ = root_ / "postgresql.log";
  owner_file_ = root_ / "owner.pid";  // the numbase process that started the cluster
}

EmbeddedPostgres::~EmbeddedPostgres() {
  try {
    stop();
  } catch (...) {
  }
}

fs::path postgres_tool(const std::string& tool) {
  const char* dir = std::getenv("NUMBASE_PG_BIN");
  return fs::path(dir ? dir : "/usr/lib/postgresql/15/bin") / tool;
}

fs::path EmbeddedPostgres::bin(const std::string& tool) const { return postgres_tool(tool); }

int EmbeddedPostgres::pg_ctl(const std::vector<std::string>& args) {
  std::vector<std::string> argv{bin("pg_ctl").string(), "-D", data_.string()};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_process(argv, owner_, log_);
}

void EmbeddedPostgres::start(const std::string& database) {
  if (!fs::exists(bin("initdb")))
    throw std::runtime_error("PostgreSQL 15 is not installed (" + bin("initdb").string() +
                             " is missing): apt-get install postgresql-15");
  if (root_.string().find('\'') != std::string::npos)
    throw std::runtime_error("the data directory path must not contain a quote: " + root_.string());
  owner_ = ensure_account();
  fs::create_directories(run_);
  fs::permissions(root_, fs::perms::owner_all);
  fs::permissions(run_, fs::perms::owner_all);
  if (owner_) {
    chown_tree(root_, *owner_);
    // The account must be able to reach its directory through every parent.
    if (run_process({"/usr/bin/test", "-w", root_.string()}, owner_) != 0)
      throw std::runtime_error("the PostgreSQL account 'numbase' cannot reach " + root_.string() +
                               ": choose a data directory whose parents are world-searchable (--data-dir)");
  }

  if (!fs::exists(data_ / "PG_VERSION")) {
    int rc = run_process({bin("initdb").string(), "-D", data_.string(), "-U", "numbase", "--auth=trust",
                          "--encoding=UTF8", "--locale=C.UTF-8"},
                         owner_, log_);
    if (rc != 0) throw std::runtime_error("initdb failed; see " + log_.string());
  }

  if (pg_ctl({"status"}) == 0) {
    // Running already: ours to stop only if the process that started it is gone.
    pid_t owner = 0;
    std::ifstream(owner_file_) >> owner;
    if (owner <= 0 || (kill(owner, 0) != 0 && errno == ESRCH)) {
      started_by_us_ = true;
      std::ofstream(owner_file_, std::ios::trunc) << getpid() << "\n";
    }
  } else {
    std::string opts = "-c listen_addresses='' -c unix_socket_permissions=0700 -p " + std::string(kSocketPort) +
                       " -k '" + run_.string() + "'";
    for (const auto& s : settings_) opts += " -c " + s;
    if (pg_ctl({"start", "-w", "-t", "60", "-l", log_.string(), "-o", opts}) != 0)
      throw std::runtime_error("PostgreSQL did not start; see " + log_.string());
    started_by_us_ = true;
    std::ofstream(owner_file_, std::ios::trunc) << getpid() << "\n";
  }

  Connection admin(conninfo("postgres"));
  if (admin.query("SELECT 1 FROM pg_database WHERE datname = $1", database).empty()) {
    char* ident = PQescapeIdentifier(admin.raw(), database.c_str(), database.size());
    std::string quoted(ident);
    PQfreemem(ident);
    admin.exec("CREATE DATABASE " + quoted);
  }
}

void EmbeddedPostgres::stop() {
  if (!started_by_us_) return;
  started_by_us_ = false;
  pg_ctl({"stop", "-m", "fast", "-w"});
  std::error_code ignored;
  fs::remove(owner_file_, ignored);
}

std::string EmbeddedPostgres::conninfo(const std::string& database) const {
  return "host='" + run_.string() + "' port=" + kSocketPort + " user=numbase dbname='" + database + "'";
}

}  // namespace numbase::db
