// The distribution rules against a real PostgreSQL, with a fixed clock (the run takes "now").
#include <gtest/gtest.h>

#include <set>
#include <thread>

#include "db/connection.hpp"
#include "distribution/engine.hpp"
#include "support/harness.hpp"

using namespace numbase;
using namespace numbase::distribution;

namespace {

// Monday 2026-12-07, 07:00 UTC = 10:00 in Moscow, 14:00 in Novosibirsk.
constexpr const char* kMonday10Msk = "2026-12-07 07:00:00+00";

struct World {
  db::Connection conn{test::fresh_database()};
  std::int64_t b1, b2, moscow, novosibirsk, russia;

  World() {
    b1 = conn.exec("INSERT INTO providers (code, name) VALUES ('B1', 'B1') RETURNING id").i64(0, 0);
    b2 = conn.exec("INSERT INTO providers (code, name) VALUES ('B2', 'B2') RETURNING id").i64(0, 0);
    moscow = geo("Москва");
    novosibirsk = geo("Новосибирская область");
    russia = conn.exec("SELECT id FROM geo WHERE country = 'RU' AND region IS NULL").i64(0, 0);
  }
  std::int64_t geo(const std::string& region) {
    return conn.query("SELECT id FROM geo WHERE country = 'RU' AND region = $1 AND city IS NULL", region).i64(0, 0);
  }
  std::int64_t project(const std::string& name, std::vector<std::int64_t> providers, std::vector<std::int64_t> geos,
                       std::int64_t limit = 0, int priority = 0) {
    auto id = conn.query("INSERT INTO projects (name, daily_limit, priority) VALUES ($1, $2, $3) RETURNING id", name,
                         limit, priority)
                  .i64(0, 0);
    for (auto p : providers) conn.query("INSERT INTO project_providers VALUES ($1, $2)", id, p);
    for (auto g : geos) conn.query("INSERT INTO project_geo VALUES ($1, $2)", id, g);
    return id;
  }
  // n pool numbers from `first` on, of a supplier and region, arriving in order (later = fresher).
  void pool(std::int64_t first, int n, std::int64_t provider, std::int64_t geo_id, const char* site = nullptr,
            const char* arrived = "2026-12-01") {
    conn.query(
        "INSERT INTO pool_numbers (phone, provider_id, geo_id, site, arrived_at)"
        " SELECT $1::bigint + i, $3, $4, $5, $6::timestamptz + i * interval '1 second' FROM generate_series(0, $2 - 1) i",
        first, n, provider, geo_id, site ? std::optional<std::string>(site) : std::nullopt, std::string(arrived));
  }
  RunResult run_at(const std::string& now, std::optional<std::int64_t> project = std::nullopt) {
    RunRequest r;
    r.now = now;
    r.project_id = project;
    r.trigger = project ? "get_base" : "manual";
    return distribution::run(conn, r, audit::Actor{});
  }
  std::int64_t in_project(std::int64_t project) {
    return conn.query("SELECT count(*) FROM phone_numbers WHERE project_id = $1", project).i64(0, 0);
  }
  std::int64_t waiting() { return conn.exec("SELECT count(*) FROM pool_numbers").i64(0, 0); }
};

const ProjectOutcome& outcome(const RunResult& r, std::int64_t project) {
  for (const auto& p : r.projects)
    if (p.project_id == project) return p;
  throw std::runtime_error("project not in the run");
}

}  // namespace

TEST(Distribution, SupplierAndRegionMustMatch) {
  World w;
  w.pool(79160000000, 5, w.b1, w.moscow);
  w.pool(79160001000, 4, w.b2, w.moscow);
  w.pool(79130000000, 3, w.b1, w.novosibirsk);
  auto p = w.project("Moscow B1", {w.b1}, {w.moscow});
  auto r = w.run_at(kMonday10Msk);
  EXPECT_EQ(outcome(r, p).handed, 5);
  EXPECT_EQ(outcome(r, p).reason, "pool_empty");
  EXPECT_EQ(w.conn.query("SELECT count(*) FROM phone_numbers WHERE project_id = $1 AND provider_id = $2"
                         " AND geo_id = $3 AND status_id = (SELECT id FROM number_statuses WHERE code = 'new')",
                         p, w.b1, w.moscow)
                .i64(0, 0),
            5);
  EXPECT_EQ(w.waiting(), 7) << "the others stay in the pool";
  EXPECT_EQ(w.conn.query("SELECT received_total FROM projects WHERE id = $1", p).i64(0, 0), 5) << "counters moved";
  EXPECT_EQ(w.conn.exec("SELECT count(*) FROM distribution_runs").i64(0, 0), 1);
  EXPECT_EQ(w.conn.exec("SELECT count(*) FROM audit_log WHERE action = 'distribution_run'").i64(0, 0), 1)
      << "one audit record per run, not per number";
}

TEST(Distribution, CountryLevelGeoTakesTheWholeCountry) {
  World w;
  w.pool(79160000000, 2, w.b1, w.moscow);
  w.pool(79130000000, 3, w.b1, w.novosibirsk);
  auto p = w.project("Russia", {w.b1}, {w.russia});
  EXPECT_EQ(outcome(w.run_at(kMonday10Msk), p).handed, 5);
}

TEST(Distribution, TheRegistrysTwoRegionsMatchEither) {
  World w;
  auto oblast = w.geo("Московская область");
  w.pool(79160000000, 2, w.b1, w.moscow);
  w.conn.query("UPDATE pool_numbers SET also_geo_id = $1", oblast);
  auto p = w.project("Oblast", {w.b1}, {oblast});
  EXPECT_EQ(outcome(w.run_at(kMonday10Msk), p).handed, 2);
}

TEST(Distribution, SitesIncludeOrExclude) {
  World w;
  w.pool(79160000000, 2, w.b1, w.moscow, "https://www.Shop.ru/catalog");
  w.pool(79160001000, 3, w.b1, w.moscow, "other.ru");
  w.pool(79160002000, 4, w.b1, w.moscow);
  auto inc = w.project("include", {w.b1}, {w.moscow});
  w.conn.query("UPDATE projects SET sites = '{shop.ru}', sites_mode = 'include' WHERE id = $1", inc);
  EXPECT_EQ(outcome(w.run_at(kMonday10Msk), inc).handed, 2);
  auto exc = w.project("exclude", {w.b1}, {w.moscow});
  w.conn.query("UPDATE projects SET sites = '{other.ru}', sites_mode = 'exclude' WHERE id = $1", exc);
  EXPECT_EQ(outcome(w.run_at(kMonday10Msk, exc), exc).handed, 4) << "numbers without a site are not excluded";
  EXPECT_EQ(w.waiting(), 3);
}

TEST(Distribution, TheWindowIsInTheNumbersOwnTimeZone) {
  World w;
  w.pool(79160000000, 2, w.b1, w.moscow);
  w.pool(79130000000, 3, w.b1, w.novosibirsk);
  auto p = w.project("9-18 on Mondays", {w.b1}, {w.russia});
  w.conn.query("INSERT INTO project_schedule VALUES ($1, 1, '09:00', '18:00')", p);
  // Tuesday: no window at all.
  auto tuesday = w.run_at("2026-12-08 07:00:00+00", p);
  EXPECT_EQ(outcome(tuesday, p).handed, 0);
  EXPECT_EQ(outcome(tuesday, p).reason, "outside_schedule");
  // Monday 05:30 UTC: 08:30 in Moscow (closed), 12:30 in Novosibirsk (open).
  EXPECT_EQ(outcome(w.run_at("2026-12-07 05:30:00+00", p), p).handed, 3);
  EXPECT_EQ(w.conn.query("SELECT count(*) FROM phone_numbers WHERE project_id = $1 AND geo_id = $2", p, w.novosibirsk)
                .i64(0, 0),
            3);
  // Monday 12:00 UTC: 15:00 in Moscow (open); Novosibirsk is at 19:00 (closed, and empty anyway).
  EXPECT_EQ(outcome(w.run_at("2026-12-07 12:00:00+00", p), p).handed, 2);
}

TEST(Distribution, DailyLimitHoldsAcrossRunsAndResetsTheNextDay) {
  World w;
  w.pool(79160000000, 25, w.b1, w.moscow);
  auto p = w.project("limit 10", {w.b1}, {w.moscow}, 10);
  auto first = w.run_at("2026-12-07 07:00:00+00", p);
  EXPECT_EQ(outcome(first, p).handed, 10);
  EXPECT_EQ(outcome(first, p).reason, "");
  auto second = w.run_at("2026-12-07 09:00:00+00", p);
  EXPECT_EQ(outcome(second, p).handed, 0);
  EXPECT_EQ(outcome(second, p).reason, "daily_limit_reached");
  auto next_day = w.run_at("2026-12-08 07:00:00+00", p);
  EXPECT_EQ(outcome(next_day, p).handed, 10);
  EXPECT_EQ(w.in_project(p), 20);
  // Freshest first: the newest arrivals went first.
  EXPECT_EQ(w.conn.query("SELECT min(phone) FROM phone_numbers WHERE project_id = $1", p).i64(0, 0), 79160000005);
}

TEST(Distribution, OldestFirstWhenTheProjectAsks) {
  World w;
  w.pool(79160000000, 10, w.b1, w.moscow);
  auto p = w.project("old first", {w.b1}, {w.moscow}, 3);
  w.conn.query("UPDATE projects SET oldest_first = true WHERE id = $1", p);
  w.run_at(kMonday10Msk, p);
  EXPECT_EQ(w.conn.query("SELECT max(phone) FROM phone_numbers WHERE project_id = $1", p).i64(0, 0), 79160000002);
}

TEST(Distribution, ANumberNeverComesBackUnlessAllowedAfterNDays) {
  World w;
  w.pool(79160000000, 3, w.b1, w.moscow);
  auto p = w.project("p", {w.b1}, {w.moscow});
  EXPECT_EQ(outcome(w.run_at(kMonday10Msk, p), p).handed, 3);
  // Purged from the project, then the same numbers arrive in the pool again.
  w.conn.query("DELETE FROM phone_numbers WHERE project_id = $1", p);
  w.pool(79160000000, 3, w.b1, w.moscow, nullptr, "2026-12-07");
  EXPECT_EQ(outcome(w.run_at("2026-12-07 08:00:00+00", p), p).handed, 0);
  w.conn.query("UPDATE projects SET receive_again_after_days = 2 WHERE id = $1", p);
  EXPECT_EQ(outcome(w.run_at("2026-12-08 08:00:00+00", p), p).handed, 0) << "one day later: not yet";
  EXPECT_EQ(outcome(w.run_at("2026-12-09 08:00:00+00", p), p).handed, 3) << "two days later";
}

TEST(Distribution, CompetingProjectsShareByWhatTheyLack) {
  World w;
  w.pool(79160000000, 150, w.b1, w.moscow);
  auto a = w.project("a", {w.b1}, {w.moscow}, 100), b = w.project("b", {w.b1}, {w.moscow}, 100),
       c = w.project("c", {w.b1}, {w.moscow}, 100);
  auto r = w.run_at(kMonday10Msk);
  EXPECT_EQ(outcome(r, a).handed, 50);
  EXPECT_EQ(outcome(r, b).handed, 50);
  EXPECT_EQ(outcome(r, c).handed, 50);
  EXPECT_EQ(w.waiting(), 0);
  // In proportion: lacking 200 and 100 with 90 available: 60 and 30.
  w.pool(79170000000, 90, w.b2, w.moscow);
  auto big = w.project("big", {w.b2}, {w.moscow}, 200), small = w.project("small", {w.b2}, {w.moscow}, 100);
  auto r2 = w.run_at(kMonday10Msk);
  EXPECT_EQ(outcome(r2, big).handed, 60);
  EXPECT_EQ(outcome(r2, small).handed, 30);
}

TEST(Distribution, HigherPriorityIsServedFirst) {
  World w;
  w.pool(79160000000, 30, w.b1, w.moscow);
  auto low = w.project("low", {w.b1}, {w.moscow}, 100, 0), high = w.project("high", {w.b1}, {w.moscow}, 20, 5);
  auto r = w.run_at(kMonday10Msk);
  EXPECT_EQ(outcome(r, high).handed, 20);
  EXPECT_EQ(outcome(r, low).handed, 10);
}

TEST(Distribution, ConcurrentRunsNeverHandOutANumberTwiceNorExceedALimit) {
  World w;
  w.pool(79160000000, 300, w.b1, w.moscow);
  std::vector<std::int64_t> projects;
  for (int i = 0; i < 4; ++i) projects.push_back(w.project("p" + std::to_string(i), {w.b1}, {w.moscow}, 60));
  const auto conninfo = w.conn.query("SELECT current_database()").str(0, 0);
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  auto info = std::string(PQhost(w.conn.raw())), port = std::string(PQport(w.conn.raw()));
  for (int t = 0; t < 6; ++t)
    threads.emplace_back([&, t] {
      try {
        db::Connection c("host='" + info + "' port=" + port + " user=numbase dbname='" + conninfo + "'");
        RunRequest r;
        r.now = kMonday10Msk;
        if (t % 2) r.project_id = projects[static_cast<std::size_t>(t) % projects.size()];
        for (int k = 0; k < 3; ++k) distribution::run(c, r, audit::Actor{});
      } catch (const std::exception& e) {
        ADD_FAILURE() << e.what();
        ++failures;
      }
    });
  for (auto& t : threads) t.join();
  ASSERT_EQ(failures, 0);
  for (auto p : projects) EXPECT_EQ(w.in_project(p), 60);
  EXPECT_EQ(w.conn.exec("SELECT count(DISTINCT phone) FROM phone_numbers").i64(0, 0), 240)
      << "no number is in two projects";
  EXPECT_EQ(w.waiting(), 60);
  EXPECT_EQ(w.conn.exec("SELECT count(*) FROM distribution_runs").i64(0, 0), 18);
}

TEST(Distribution, UnworkedNumbersReturnToThePoolAndNotToTheirProject) {
  World w;
  w.pool(79160000000, 4, w.b1, w.moscow);
  auto p = w.project("returns", {w.b1}, {w.moscow});
  w.conn.query("UPDATE projects SET return_unworked_after_days = 3 WHERE id = $1", p);
  EXPECT_EQ(outcome(w.run_at("2026-12-01 08:00:00+00", p), p).handed, 4);
  // One was worked (processed status), three were not.
  w.conn.query("UPDATE phone_numbers SET status_id = (SELECT id FROM number_statuses WHERE code = 'in_progress')"
               " WHERE phone = 79160000000");
  auto later = w.run_at("2026-12-05 08:00:00+00");
  EXPECT_EQ(later.returned, 3);
  EXPECT_EQ(w.in_project(p), 1);
  EXPECT_EQ(w.waiting(), 3) << "back in the pool, and the project does not get them again";
  auto other = w.project("other", {w.b1}, {w.moscow});
  EXPECT_EQ(outcome(w.run_at("2026-12-05 09:00:00+00"), other).handed, 3);
}

TEST(Distribution, AProjectWithoutSuppliersGetsNothingAndNoError) {
  World w;
  w.pool(79160000000, 3, w.b1, w.moscow);
  auto p = w.project("no suppliers", {}, {w.moscow});
  auto r = w.run_at(kMonday10Msk, p);
  EXPECT_EQ(outcome(r, p).handed, 0);
  EXPECT_EQ(outcome(r, p).reason, "pool_empty");
}
