#pragma once
// The benchmark database: DATABASE_URL, or an embedded cluster under the given data dir
// with the settings numbase serve gives a newcomer on this machine (db::embedded_arguments).
#include <memory>
#include <string>

#include "db/connection.hpp"
#include "db/embedded.hpp"

namespace numbase::bench {

struct BenchDatabase {
  std::unique_ptr<db::EmbeddedPostgres> embedded;
  std::string conninfo;
};

BenchDatabase open_bench_database(const std::string& data_dir);

// Applies the migrations and makes sure the administrator the benchmarks sign in as exists
// ("bench_admin" / kBenchPassword).
inline constexpr const char* kBenchPassword = "bench-password";
void prepare_bench_database(db::Connection& conn);

}  // namespace numbase::bench
