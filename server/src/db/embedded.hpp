#pragma once
// The embedded default database: a private PostgreSQL 15 cluster under <data dir>/pg,
// reachable only through a unix socket in <data dir>/pg/run. PostgreSQL refuses to run as
// root, so under root the cluster belongs to the unprivileged system account "numbase".
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/process.hpp"

namespace numbase::db {

// A PostgreSQL program (initdb, pg_ctl, pg_dump, pg_restore): NUMBASE_PG_BIN, else Debian's 15.
std::filesystem::path postgres_tool(const std::string& tool);

class EmbeddedPostgres {
 public:
  // settings: extra "name=value" server settings (the tests turn fsync off).
  explicit EmbeddedPostgres(std::filesystem::path data_dir, std::vector<std::string> settings = {});
  ~EmbeddedPostgres();

  // Creates the cluster on first use, starts it unless it is already running, and creates
  // `database` if missing. A cluster already running is reused; if the process that started
  // it is gone (killed), this object takes it over and stops it in the end. Throws
  // std::runtime_error with a message fit for the console.
  void start(const std::string& database = "numbase");
  // Stops the cluster if this object started it or took it over.
  void stop();
  bool owns_cluster() const { return started_by_us_; }
  std::string conninfo(const std::string& database = "numbase") const;

 private:
  int pg_ctl(const std::vector<std::string>& args);
  std::filesystem::path bin(const std::string& tool) const;

  std::filesystem::path root_, data_, run_, log_, owner_file_;
  std::vector<std::string> settings_;
  std::optional<Account> owner_;
  bool started_by_us_ = false;
};

}  // namespace numbase::db
