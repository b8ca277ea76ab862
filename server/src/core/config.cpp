#include "core/config.hpp"

#include <cstdlib>
#include <stdexcept>
#include <string>

namespace numbase {
namespace {

const char* env(const char* name) {
  const char* v = std::getenv(name);
  return v && *v ? v : nullptr;
}

long env_number(const char* name, long fallback, long min, long max) {
  const char* v = env(name);
  if (!v) return fallback;
  char* end = nullptr;
  long n = std::strtol(v, &end, 10);
  if (*end != '\0' || n < min || n > max)
    throw std::runtime_error(std::string(name) + " must be a number from " + std::to_string(min) + " to " +
                             std::to_string(max));
  return n;
}

}  // namespace

Config Config::from_env() {
  Config c;
  if (auto v = env("NUMBASE_HOST")) c.host = v;
  c.port = static_cast<std::uint16_t>(env_number("NUMBASE_PORT", c.port, 0, 65535));
  if (auto v = env("NUMBASE_DATA_DIR")) c.data_dir = v;
  if (auto v = env("DATABASE_URL")) c.database_url = v;
  if (auto v = env("NUMBASE_LISTEN_DATABASE_URL")) c.listen_url = v;
  if (auto v = env("NUMBASE_SERVE_JOBS")) c.serve_jobs = std::string(v) != "0";
  c.db_pool_size = static_cast<std::size_t>(env_number("NUMBASE_DB_POOL_SIZE", 10, 1, 1000));
  if (auto v = env("NUMBASE_WEB_DIR")) c.web_dir = v;
  if (auto v = env("NUMBASE_JWT_SECRET")) c.jwt_secret = v;
  if (auto v = env("NUMBASE_SECRET_KEY")) c.secret_key = v;
  if (auto v = env("NUMBASE_METRICS_TOKEN")) c.metrics_token = v;
  c.upload_limit = static_cast<std::uint64_t>(env_number("NUMBASE_UPLOAD_LIMIT_MB", 2048, 1, 1 << 20)) << 20;
  c.export_retention = std::chrono::hours(env_number("NUMBASE_EXPORT_RETENTION_HOURS", 72, 1, 24 * 365));
  c.distribution_interval =
      std::chrono::minutes(env_number("NUMBASE_DISTRIBUTION_INTERVAL_MINUTES", 10, 0, 7 * 24 * 60));
  c.job_lease = std::chrono::seconds(env_number("NUMBASE_JOB_LEASE_SECONDS", 60, 1, 3600));
  if (auto v = env("NUMBASE_TRUST_FORWARDED_FOR")) c.trust_forwarded_for = std::string(v) == "1";
  return c;
}

}  // namespace numbase
