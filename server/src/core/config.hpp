#pragma once
// Runtime settings: defaults, then environment variables, then command-line flags.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>

namespace numbase {

struct Config {
  std::string host = "127.0.0.1";              // NUMBASE_HOST
  std::uint16_t port = 8000;                   // NUMBASE_PORT
  std::filesystem::path data_dir = "var";      // NUMBASE_DATA_DIR
  std::string database_url;                    // DATABASE_URL; empty = embedded cluster
  std::string listen_url;                      // NUMBASE_LISTEN_DATABASE_URL: LISTEN needs a session, so behind
                                               // a transaction-mode pooler this names PostgreSQL itself; empty = DATABASE_URL
  bool serve_jobs = true;                      // NUMBASE_SERVE_JOBS: 0 = `serve` answers HTTP only, workers do the jobs
  std::size_t db_pool_size = 10;               // NUMBASE_DB_POOL_SIZE
  std::filesystem::path web_dir = "web/dist";  // NUMBASE_WEB_DIR
  std::string jwt_secret;                      // NUMBASE_JWT_SECRET; empty = <data dir>/jwt.key
  std::string secret_key;                      // NUMBASE_SECRET_KEY (secrets at rest); empty = <data dir>/secret.key
  bool trust_forwarded_for = false;            // NUMBASE_TRUST_FORWARDED_FOR: behind a reverse proxy
  std::uint64_t upload_limit = 2ull << 30;      // NUMBASE_UPLOAD_LIMIT_MB: largest import file
  std::chrono::hours export_retention{72};     // NUMBASE_EXPORT_RETENTION_HOURS: then files are removed
  std::chrono::minutes distribution_interval{10};  // NUMBASE_DISTRIBUTION_INTERVAL_MINUTES: 0 = no schedule
  std::string metrics_token;                   // NUMBASE_METRICS_TOKEN: /metrics needs it as a bearer token; empty = off
  std::chrono::seconds job_lease{60};          // NUMBASE_JOB_LEASE_SECONDS: a silent worker's job is retaken after
  std::chrono::seconds access_ttl{15 * 60};
  std::chrono::seconds refresh_ttl{30 * 24 * 3600};

  // Where uploads are spooled and import/export files kept: shared by every serve/worker
  // process (on several machines, a shared file system).
  std::filesystem::path files_dir() const { return data_dir / "files"; }
  // Where LISTEN connects: the session-holding URL when one is set.
  const std::string& listen_conninfo() const { return listen_url.empty() ? database_url : listen_url; }

  // Reads the NUMBASE_* variables and DATABASE_URL over the defaults.
  static Config from_env();
};

}  // namespace numbase
