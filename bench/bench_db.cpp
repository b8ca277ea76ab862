#include "bench_db.hpp"

#include <cstdlib>

#include "db/migrations.hpp"
#include "users/accounts.hpp"

namespace numbase::bench {

BenchDatabase open_bench_database(const std::string& data_dir) {
  BenchDatabase d;
  if (const char* url = std::getenv("DATABASE_URL"); url && *url) {
    d.conninfo = url;
    return d;
  }
  d.embedded = std::make_unique<db::EmbeddedPostgres>(
      data_dir, std::vector<std::string>{"shared_buffers=4GB", "effective_cache_size=16GB", "work_mem=64MB",
                                         "maintenance_work_mem=2GB", "max_wal_size=8GB", "checkpoint_timeout=30min",
                                         "random_page_cost=1.1", "max_parallel_maintenance_workers=2"});
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
