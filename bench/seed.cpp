// Fills a database with N realistic phone numbers for the benchmarks: 200 projects, a few
// providers, managers who are members of some projects, Russian mobile and landline numbers
// skewed across projects (a few big ones, many small), created over the past year.
//
//   numbase_bench_seed --numbers 10000000 [--data-dir var-bench] [--projects 200] [--providers 8]
//
// Loads with COPY. Like any bulk load of a fresh table it drops the secondary indexes and the
// triggers' work for the load, then rebuilds the indexes and the counters set-based.
#include <sodium.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <cmath>
#include <random>

#include "auth/passwords.hpp"
#include "bench_db.hpp"
#include "db/migrations.hpp"

using namespace numbase;

namespace {

const std::vector<int> kMobileCodes = {900, 901, 902, 903, 904, 905, 906, 908, 909, 910, 911, 912, 913, 914, 915,
                                       916, 917, 918, 919, 920, 921, 922, 923, 924, 925, 926, 927, 928, 929, 930,
                                       931, 932, 933, 934, 936, 937, 938, 939, 950, 951, 952, 953, 955, 958, 960,
                                       961, 962, 963, 964, 965, 966, 967, 968, 969, 977, 978, 980, 981, 982, 983,
                                       984, 985, 986, 987, 988, 989, 991, 992, 993, 994, 995, 996, 997, 999};
const std::vector<int> kLandlineCodes = {495, 499, 812, 383, 343, 846, 843, 861, 863, 831, 342, 351, 473, 391, 347};

struct Project {
  std::int64_t id;
  std::vector<std::int64_t> providers, geo, members;
};

std::string fmt_ts(std::chrono::system_clock::time_point t) {
  auto us = std::chrono::duration_cast<std::chrono::microseconds>(t.time_since_epoch()).count();
  std::time_t secs = us / 1000000;
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d:%02d.%06lld+00", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<long long>(us % 1000000));
  return buf;
}

// A bijection of [0, space): every index gets its own number, so a project never holds a
// number twice.
std::int64_t phone_for(std::int64_t index) {
  const std::int64_t mobile_space = static_cast<std::int64_t>(kMobileCodes.size()) * 10'000'000;
  const std::int64_t space = mobile_space + static_cast<std::int64_t>(kLandlineCodes.size()) * 10'000'000;
  const std::int64_t permuted = (index * 2'654'435'761LL + 97'531) % space;  // multiplier coprime with space
  if (permuted < mobile_space)
    return 7'000'000'000'0LL + kMobileCodes[permuted / 10'000'000] * 10'000'000LL + permuted % 10'000'000;
  const auto l = permuted - mobile_space;
  return 7'000'000'000'0LL + kLandlineCodes[l / 10'000'000] * 10'000'000LL + l % 10'000'000;
}

void put(PGconn* c, const std::string& data) {
  if (PQputCopyData(c, data.data(), static_cast<int>(data.size())) != 1)
    throw std::runtime_error(std::string("COPY failed: ") + PQerrorMessage(c));
}

}  // namespace

int main(int argc, char** argv) {
  if (sodium_init() < 0) return 1;
  std::int64_t numbers = 1'000'000;
  int project_count = 200, provider_count = 8, managers = 20;
  std::string data_dir = "var-bench";
  unsigned seed = 42;
  CLI::App cli{"Fill a benchmark database with phone numbers"};
  cli.add_option("--numbers", numbers, "How many numbers")->check(CLI::Range(1LL, 200'000'000LL));
  cli.add_option("--projects", project_count, "Projects")->check(CLI::Range(1, 100000));
  cli.add_option("--providers", provider_count, "Providers (3-10)")->check(CLI::Range(1, 100));
  cli.add_option("--data-dir", data_dir, "Embedded cluster location (unless DATABASE_URL is set)");
  cli.add_option("--seed", seed, "Random seed");
  CLI11_PARSE(cli, argc, argv);

  auto database = bench::open_bench_database(data_dir);
  db::Connection conn(database.conninfo);
  db::apply_migrations(conn);
  const auto started = std::chrono::steady_clock::now();
  std::mt19937_64 rng(seed);

  spdlog::info("resetting benchmark data");
  conn.exec_script(
      "TRUNCATE phone_numbers, project_status_counters, project_daily_counters, project_members,"
      " project_providers, project_geo, project_schedule RESTART IDENTITY;"
      "UPDATE projects SET purge_job_id = NULL; DELETE FROM jobs; DELETE FROM projects; DELETE FROM providers;"
      "DELETE FROM refresh_tokens; DELETE FROM auth_failures;");

  // Providers, managers, projects with their settings and members.
  std::vector<std::int64_t> providers, manager_ids, geo_ids;
  for (int i = 1; i <= provider_count; ++i)
    providers.push_back(conn.query("INSERT INTO providers (code, name, type) VALUES ($1, $2, 'telecom') RETURNING id",
                                   "B" + std::to_string(i), "Provider B" + std::to_string(i))
                            .i64(0, 0));
  const auto hash = auth::hash_password("bench-password");
  for (int i = 1; i <= managers; ++i)
    manager_ids.push_back(conn.query(
                                  "INSERT INTO users (username, password_hash, role_id)"
                                  " VALUES ($1, $2, (SELECT id FROM roles WHERE name = 'manager'))"
                                  " ON CONFLICT ((lower(username))) DO UPDATE SET password_hash = excluded.password_hash"
                                  " RETURNING id",
                                  "bench_manager_" + std::to_string(i), hash)
                              .i64(0, 0));
  auto g = conn.exec("SELECT id FROM geo WHERE country = 'RU' AND region IS NOT NULL ORDER BY id");
  for (int i = 0; i < g.rows(); ++i) geo_ids.push_back(g.i64(i, 0));
  if (geo_ids.empty()) throw std::runtime_error("no Russian regions in geo");

  std::vector<Project> projects;
  std::uniform_int_distribution<int> pick(0, 1'000'000);
  for (int i = 1; i <= project_count; ++i) {
    Project p;
    p.id = conn.query(
                   "INSERT INTO projects (name, tag, type, is_active, daily_limit, created_at)"
                   " VALUES ($1, $2, 'Заказ', $3, $4, now() - interval '400 days') RETURNING id",
                   "B" + std::to_string(1 + i % provider_count) + "_project-" + std::to_string(i) + ".ru",
                   i % 3 ? "nc" : "vip", i % 10 != 0, 5 + i % 50)
               .i64(0, 0);
    for (int k = 0, n = 1 + pick(rng) % 3; k < n; ++k) p.providers.push_back(providers[pick(rng) % providers.size()]);
    for (int k = 0, n = 1 + pick(rng) % 3; k < n; ++k) p.geo.push_back(geo_ids[pick(rng) % geo_ids.size()]);
    std::sort(p.providers.begin(), p.providers.end());
    p.providers.erase(std::unique(p.providers.begin(), p.providers.end()), p.providers.end());
    std::sort(p.geo.begin(), p.geo.end());
    p.geo.erase(std::unique(p.geo.begin(), p.geo.end()), p.geo.end());
    conn.query("INSERT INTO project_providers SELECT $1, unnest($2::bigint[])", p.id, p.providers);
    conn.query("INSERT INTO project_geo SELECT $1, unnest($2::bigint[])", p.id, p.geo);
    conn.query("INSERT INTO project_schedule (project_id, weekday) SELECT $1, generate_series(1, 5)", p.id);
    projects.push_back(std::move(p));
  }
  // Each manager works 10 projects.
  for (auto m : manager_ids)
    for (int k = 0; k < 10; ++k) {
      auto& p = projects[pick(rng) % projects.size()];
      if (!conn.query("INSERT INTO project_members (project_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING"
                      " RETURNING 1", p.id, m).empty())
        p.members.push_back(m);
    }

  // Skewed sizes: project i gets a share proportional to 1 / i^1.1.
  std::vector<double> weights;
  for (int i = 1; i <= project_count; ++i) weights.push_back(1.0 / std::pow(i, 1.1));
  std::discrete_distribution<int> project_of(weights.begin(), weights.end());
  std::discrete_distribution<int> status_of({60, 10, 12, 5, 3, 8, 2});  // new .. invalid, by id order
  std::uniform_real_distribution<double> unit(0, 1);

  // Bulk-load mode: no per-row trigger work, no index maintenance during COPY.
  // One transaction from here to the rebuilt indexes: a failed load leaves the schema intact.
  conn.exec("BEGIN");
  spdlog::info("dropping secondary indexes for the load");
  auto defs = conn.exec(
      "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'phone_numbers'"
      " AND indexname <> 'phone_numbers_pkey'");
  for (int i = 0; i < defs.rows(); ++i) conn.exec("DROP INDEX " + defs.str(i, 0));
  conn.exec("SET session_replication_role = replica");

  spdlog::info("loading {} numbers with COPY", numbers);
  {
    PGresult* r = PQexec(conn.raw(),
                         "COPY phone_numbers (project_id, phone, provider_id, geo_id, status_id, assigned_to, company,"
                         " site, email, comment, reminder_at, is_favourite, created_at, updated_at) FROM STDIN");
    const bool ok = PQresultStatus(r) == PGRES_COPY_IN;
    PQclear(r);
    if (!ok) throw std::runtime_error(std::string("COPY did not start: ") + PQerrorMessage(conn.raw()));
  }
  const auto now = std::chrono::system_clock::now();
  const auto year = std::chrono::hours(24 * 365);
  std::string buf;
  buf.reserve(1 << 22);
  std::int64_t previous_phone = 0;
  int previous_project = -1;
  for (std::int64_t i = 0; i < numbers; ++i) {
    int pi = project_of(rng);
    std::int64_t phone = phone_for(i);
    // About 2% of numbers also sit in another project (cross-project duplicates).
    if (i % 50 == 1 && previous_project >= 0 && previous_project != pi) phone = previous_phone;
    previous_phone = phone;
    previous_project = pi;
    const auto& p = projects[pi];
    const auto created = now - std::chrono::duration_cast<std::chrono::microseconds>(year * unit(rng));
    const auto updated = std::min(now, created + std::chrono::duration_cast<std::chrono::microseconds>(
                                                     std::chrono::hours(24 * 30) * unit(rng)));
    const int status = 1 + status_of(rng);
    buf += std::to_string(p.id);
    buf += '\t' + std::to_string(phone);
    buf += '\t' + std::to_string(p.providers[i % p.providers.size()]);
    buf += '\t' + std::to_string(p.geo[i % p.geo.size()]);
    buf += '\t' + std::to_string(status);
    buf += '\t' + (!p.members.empty() && unit(rng) < 0.4 ? std::to_string(p.members[i % p.members.size()]) : "\\N");
    buf += '\t' + (unit(rng) < 0.5 ? "ООО Компания " + std::to_string(i % 100000) : "\\N");
    buf += '\t' + (unit(rng) < 0.3 ? "site" + std::to_string(i % 50000) + ".ru" : "\\N");
    buf += '\t' + (unit(rng) < 0.2 ? "info" + std::to_string(i % 70000) + "@mail.ru" : "\\N");
    buf += '\t' + (status > 1 && unit(rng) < 0.3 ? std::string("перезвонить после обеда") : "\\N");
    buf += '\t' + (unit(rng) < 0.05 ? fmt_ts(now + std::chrono::duration_cast<std::chrono::microseconds>(
                                                     std::chrono::hours(24 * 60) * (unit(rng) - 0.5)))
                                     : "\\N");
    buf += '\t' + std::string(unit(rng) < 0.02 ? "t" : "f");
    buf += '\t' + fmt_ts(created);
    buf += '\t' + fmt_ts(updated);
    buf += '\n';
    if (buf.size() > (1 << 22) - 4096) {
      put(conn.raw(), buf);
      buf.clear();
    }
    if (i > 0 && i % 1'000'000 == 0) spdlog::info("  {} rows sent", i);
  }
  put(conn.raw(), buf);
  if (PQputCopyEnd(conn.raw(), nullptr) != 1) throw std::runtime_error("COPY end failed");
  for (PGresult* r = PQgetResult(conn.raw()); r; r = PQgetResult(conn.raw())) {
    if (PQresultStatus(r) != PGRES_COMMAND_OK) throw std::runtime_error(PQresultErrorMessage(r));
    PQclear(r);
  }
  conn.exec("SET session_replication_role = origin");

  spdlog::info("rebuilding {} indexes", defs.rows());
  conn.exec("SET maintenance_work_mem = '2GB'");
  for (int i = 0; i < defs.rows(); ++i) {
    auto t0 = std::chrono::steady_clock::now();
    conn.exec(defs.str(i, 1));
    spdlog::info("  {} in {:.1f}s", defs.str(i, 0),
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }

  spdlog::info("computing the counters");
  conn.exec_script(R"SQL(
    CREATE TEMP TABLE shared_phones AS
      SELECT phone FROM phone_numbers GROUP BY phone HAVING count(DISTINCT project_id) > 1;
    UPDATE projects p SET received_total = c.n, last_received_at = c.last
      FROM (SELECT project_id, count(*) AS n, max(created_at) AS last FROM phone_numbers GROUP BY 1) c
     WHERE p.id = c.project_id;
    INSERT INTO project_status_counters (project_id, status_id, count)
      SELECT project_id, status_id, count(*) FROM phone_numbers GROUP BY 1, 2;
    INSERT INTO project_daily_counters (project_id, day, received, duplicates)
      SELECT n.project_id, numbase_day(n.created_at), count(*), count(s.phone)
        FROM phone_numbers n LEFT JOIN shared_phones s ON s.phone = n.phone GROUP BY 1, 2;
    COMMIT;
  )SQL");
  conn.exec("VACUUM ANALYZE phone_numbers");
  conn.exec("ANALYZE");
  auto size = conn.exec("SELECT pg_size_pretty(pg_total_relation_size('phone_numbers'))").str(0, 0);
  spdlog::info("done: {} numbers in {} projects, phone_numbers takes {}, {:.0f}s", numbers, project_count, size,
               std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  return 0;
}
