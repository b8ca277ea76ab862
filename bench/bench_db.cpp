#include "bench_db.hpp"

#include <cstdlib>

#include "db/migrations.hpp"
#include "db/tuning.hpp"
#include "users/accounts.hpp"

namespace numbase::bench {

BenchDatabase open_bench_database(const std::string& data_dir) {
  BenchDatabase d;
  if (const char* url = std::getenv("DATABASE_URL"); url && *url) {
    d.conninfo = url;
    return d;
  }
  // Exactly what a newcomer's `numbase serve` runs with on this machine (issue 16), not a
  // benchmark-only configuration.
  d.embedded = std::make_unique<db::EmbeddedPostgres>(data_dir, db::embedded_arguments());
  d.embedded->start();
  d.conninfo = d.embedded->conninfo();
  return d;
}

void prepare_bench_database(db::Connection& conn) {
  db::apply_migrations(conn);
  if (conn.query("SELECT 1 FROM users WHERE username = 'bench_admin'").empty())
    db::transaction(conn, [](db::Connection& c) {
      users::create_account(c, {"bench_admin", std::nullopt, kBenchPassword, "administrator", true}, {});
    });
}

}  // namespace numbase::bench
