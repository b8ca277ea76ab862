#include "db/migrations.hpp"

#include <sodium.h>
#include <spdlog/spdlog.h>

namespace numbase::db {
namespace {

// Any fixed 64-bit key shared by every numbase process.
constexpr std::int64_t kMigrationLockKey = 0x6e756d6261736501;

std::string checksum(std::string_view sql) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(sql.data()), sql.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

}  // namespace

int latest_migration_version() {
  const auto& all = embedded_migrations();
  return all.empty() ? 0 : all.back().version;
}

int applied_migration_version(Connection& conn) {
  if (conn.exec("SELECT to_regclass('schema_migrations') IS NULL").boolean(0, 0)) return 0;
  return static_cast<int>(conn.exec("SELECT coalesce(max(version), 0) FROM schema_migrations").i64(0, 0));
}

int apply_migrations(Connection& conn) {
  transaction(conn, [](Connection& c) {
    c.query("SELECT pg_advisory_xact_lock($1)", std::to_string(kMigrationLockKey));
    c.exec(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,"
        " applied_at timestamptz NOT NULL DEFAULT now())");
  });
  int applied = 0;
  for (const auto& m : embedded_migrations()) {
    const std::string sum = checksum(m.sql);
    bool ran = transaction(conn, [&](Connection& c) {
      c.query("SELECT pg_advisory_xact_lock($1)", std::to_string(kMigrationLockKey));
      auto r = c.query("SELECT checksum FROM schema_migrations WHERE version = $1", m.version);
      if (!r.empty()) {
        if (r.view(0, 0) != sum)
          throw Error("XX000", "migration " + std::string(m.name) + " was changed after it was applied");
        return false;
      }
      c.exec_script(m.sql);
      c.query("INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)", m.version, m.name,
              sum);
      return true;
    });
    if (ran) {
      spdlog::info("applied migration {}", m.name);
      ++applied;
    }
  }
  return applied;
}

}  // namespace numbase::db
