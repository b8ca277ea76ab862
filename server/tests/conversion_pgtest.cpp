// Conversion counters against real PostgreSQL: the triggers move them with every insert,
// status change (single and bulk), move and delete; a rebuild from the numbers equals them
// cell by cell after a random mix; the reports read whole months plus the days at the ends.
#include <gtest/gtest.h>

#include <random>

#include "conversion/recalculate.hpp"
#include "conversion/report.hpp"
#include "db/connection.hpp"
#include "support/harness.hpp"

using namespace numbase;
using namespace numbase::conversion;

namespace {

struct World {
  db::Connection conn{test::fresh_database()};
  std::int64_t b1, b2, moscow, omsk;
  std::int64_t st_new, st_work, st_success, st_refused;

  World() {
    b1 = conn.exec("INSERT INTO providers (code, name, price_per_number) VALUES ('B1', 'B1', 2.50) RETURNING id").i64(0, 0);
    b2 = conn.exec("INSERT INTO providers (code, name) VALUES ('B2', 'B2') RETURNING id").i64(0, 0);
    moscow = geo("Москва");
    omsk = geo("Омская область");
    st_new = status("new");
    st_work = status("in_progress");
    st_success = status("success");
    st_refused = status("refused");
  }
  std::int64_t geo(const std::string& region) {
    return conn.query("SELECT id FROM geo WHERE country = 'RU' AND region = $1 AND city IS NULL", region).i64(0, 0);
  }
  std::int64_t status(const std::string& code) {
    return conn.query("SELECT id FROM number_statuses WHERE code = $1", code).i64(0, 0);
  }
  std::int64_t project(const std::string& name) {
    return conn.query("INSERT INTO projects (name) VALUES ($1) RETURNING id", name).i64(0, 0);
  }
  // n numbers from `first` on, received at `at` (a timestamp), of a supplier and region.
  void add(std::int64_t project, std::int64_t first, int n, std::optional<std::int64_t> provider,
           std::optional<std::int64_t> geo_id, const std::string& at) {
    conn.query("INSERT INTO phone_numbers (project_id, phone, provider_id, geo_id, status_id, created_at)"
               " SELECT $1, $2::bigint + i, $4, $5, $6, $7::timestamptz FROM generate_series(0, $3 - 1) i",
               project, first, n, provider, geo_id, st_new, at);
  }
  // Every cohort cell of a project, zero cells left out, as text for comparison.
  std::string cohort(std::int64_t project) {
    return conn
        .query("SELECT coalesce(string_agg(concat_ws(',', grain, period, provider_id, geo_id, status_id, numbers), ';'"
               " ORDER BY grain, period, provider_id, geo_id, status_id), '')"
               " FROM conversion_cohort WHERE project_id = $1 AND numbers <> 0",
               project)
        .str(0, 0);
  }
  std::string status_counters(std::int64_t project) {
    return conn
        .query("SELECT coalesce(string_agg(status_id || ':' || count, ',' ORDER BY status_id), '')"
               " FROM project_status_counters WHERE project_id = $1 AND count <> 0",
               project)
        .str(0, 0);
  }
  std::int64_t cell(const std::string& table, const std::string& column, std::int64_t project, const std::string& grain,
                    const std::string& period, std::int64_t provider = 0, std::int64_t geo_id = 0,
                    std::optional<std::int64_t> status = std::nullopt) {
    auto r = conn.query("SELECT coalesce(sum(" + column + "), 0) FROM " + table +
                            " WHERE project_id = $1 AND grain = $2::\"char\" AND period = $3::date AND provider_id = $4"
                            " AND geo_id = $5" + (status ? " AND status_id = $6" : " AND $6::bigint IS NULL"),
                        project, grain, period, provider, geo_id, status);
    return r.i64(0, 0);
  }
};

}  // namespace

TEST(Conversion, CountersMoveWithInsertsStatusChangesAndDeletes) {
  World w;
  auto p = w.project("Alpha");
  w.add(p, 79160000000, 10, w.b1, w.moscow, "2026-11-02 12:00+03");
  w.add(p, 79160000100, 5, w.b2, w.omsk, "2026-11-03 12:00+03");
  w.add(p, 79160000200, 2, std::nullopt, std::nullopt, "2026-11-03 12:00+03");
  // Arrivals at both grains and all three breakdowns.
  EXPECT_EQ(w.cell("conversion_arrivals", "received", p, "d", "2026-11-02"), 10);
  EXPECT_EQ(w.cell("conversion_arrivals", "received", p, "d", "2026-11-03"), 7);
  EXPECT_EQ(w.cell("conversion_arrivals", "received", p, "m", "2026-11-01"), 17);
  EXPECT_EQ(w.cell("conversion_arrivals", "received", p, "m", "2026-11-01", w.b1), 10);
  EXPECT_EQ(w.cell("conversion_arrivals", "received", p, "m", "2026-11-01", -1), 2) << "no supplier: -1";
  EXPECT_EQ(w.cell("conversion_arrivals", "received", p, "m", "2026-11-01", 0, w.omsk), 5);
  // A bulk status change: 4 of the Moscow numbers to success, 3 to refused.
  w.conn.query("UPDATE phone_numbers SET status_id = $2 WHERE project_id = $1 AND phone < 79160000004", p, w.st_success);
  w.conn.query("UPDATE phone_numbers SET status_id = $2 WHERE project_id = $1 AND phone BETWEEN 79160000004 AND 79160000006",
               p, w.st_refused);
  EXPECT_EQ(w.cell("conversion_cohort", "numbers", p, "d", "2026-11-02", 0, 0, w.st_success), 4);
  EXPECT_EQ(w.cell("conversion_cohort", "numbers", p, "d", "2026-11-02", 0, 0, w.st_new), 3);
  EXPECT_EQ(w.cell("conversion_cohort", "numbers", p, "m", "2026-11-01", w.b1, 0, w.st_refused), 3);
  const auto today = w.conn.exec("SELECT numbase_day(now())::text").str(0, 0);
  EXPECT_EQ(w.cell("conversion_activity", "entered", p, "d", today, 0, 0, w.st_success), 4);
  EXPECT_EQ(w.cell("conversion_activity", "became_success", p, "d", today), 4);
  EXPECT_EQ(w.cell("conversion_activity", "became_processed", p, "d", today), 7);
  // success -> refused: processed already, so not "became processed" again.
  w.conn.query("UPDATE phone_numbers SET status_id = $2 WHERE project_id = $1 AND phone = 79160000000", p, w.st_refused);
  EXPECT_EQ(w.cell("conversion_activity", "became_processed", p, "d", today), 7);
  EXPECT_EQ(w.cell("conversion_cohort", "numbers", p, "d", "2026-11-02", 0, 0, w.st_success), 3);
  // A comment edit moves nothing.
  const auto before = w.cohort(p);
  w.conn.query("UPDATE phone_numbers SET comment = 'x' WHERE project_id = $1", p);
  EXPECT_EQ(w.cohort(p), before);
  // Deleting numbers takes them out of the cohort; arrivals are history.
  w.conn.query("DELETE FROM phone_numbers WHERE project_id = $1 AND geo_id = $2", p, w.omsk);
  EXPECT_EQ(w.cell("conversion_cohort", "numbers", p, "m", "2026-11-01", 0, w.omsk), 0);
  EXPECT_EQ(w.cell("conversion_arrivals", "received", p, "m", "2026-11-01", 0, w.omsk), 5);
}

TEST(Conversion, DuplicatesOnArrivalAreCountedPerSupplier) {
  World w;
  auto a = w.project("A"), b = w.project("B");
  w.add(a, 79160000000, 10, w.b1, w.moscow, "2026-11-02 12:00+03");
  w.add(b, 79160000005, 10, w.b2, w.moscow, "2026-11-02 13:00+03");  // 5 of them A has
  EXPECT_EQ(w.cell("conversion_arrivals", "duplicates", b, "d", "2026-11-02"), 5);
  EXPECT_EQ(w.cell("conversion_arrivals", "duplicates", b, "m", "2026-11-01", w.b2), 5);
  EXPECT_EQ(w.cell("conversion_arrivals", "duplicates", a, "d", "2026-11-02"), 0);
}

TEST(Conversion, RebuiltEqualsIncrementalAfterARandomMix) {
  World w;
  std::mt19937 rng(20261203);
  std::vector<std::int64_t> projects = {w.project("P1"), w.project("P2"), w.project("P3")};
  const std::vector<std::int64_t> statuses = {w.st_new, w.st_work, w.st_success, w.st_refused};
  const std::vector<std::optional<std::int64_t>> providers = {w.b1, w.b2, std::nullopt};
  const std::vector<std::optional<std::int64_t>> geos = {w.moscow, w.omsk, std::nullopt};
  auto pick = [&](auto& v) { return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng)]; };
  std::int64_t next_phone = 79160000000;
  for (int step = 0; step < 120; ++step) {
    const auto p = pick(projects);
    switch (std::uniform_int_distribution<int>(0, 5)(rng)) {
      case 0: {  // an import of a day's numbers
        const int n = std::uniform_int_distribution<int>(1, 40)(rng);
        const auto day = std::uniform_int_distribution<int>(1, 75)(rng);
        w.conn.query("INSERT INTO phone_numbers (project_id, phone, provider_id, geo_id, status_id, created_at)"
                     " SELECT $1, $2::bigint + i, $4, $5, $6, '2026-09-20 10:00+03'::timestamptz + $7 * interval '1 day'"
                     " FROM generate_series(0, $3 - 1) i ON CONFLICT DO NOTHING",
                     p, next_phone - std::uniform_int_distribution<int>(0, 30)(rng), n, pick(providers), pick(geos),
                     pick(statuses), static_cast<std::int64_t>(day));
        next_phone += n;
        break;
      }
      case 1:  // one number's status
        w.conn.query("UPDATE phone_numbers SET status_id = $2 WHERE id = (SELECT id FROM phone_numbers"
                     " WHERE project_id = $1 ORDER BY random() LIMIT 1)",
                     p, pick(statuses));
        break;
      case 2:  // bulk by ids
        w.conn.query("UPDATE phone_numbers SET status_id = $2 WHERE id IN (SELECT id FROM phone_numbers"
                     " WHERE project_id = $1 ORDER BY random() LIMIT 15)",
                     p, pick(statuses));
        break;
      case 3:  // bulk by filter
        w.conn.query("UPDATE phone_numbers SET status_id = $2 WHERE project_id = $1 AND status_id = $3", p,
                     pick(statuses), pick(statuses));
        break;
      case 4:  // deletions
        w.conn.query("DELETE FROM phone_numbers WHERE id IN (SELECT id FROM phone_numbers WHERE project_id = $1"
                     " ORDER BY random() LIMIT 5)",
                     p);
        break;
      case 5:  // supplier and region corrected in bulk
        w.conn.query("UPDATE phone_numbers SET provider_id = $2, geo_id = $3 WHERE id IN (SELECT id FROM phone_numbers"
                     " WHERE project_id = $1 ORDER BY random() LIMIT 7)",
                     p, pick(providers), pick(geos));
        break;
    }
  }
  for (auto p : projects) {
    const auto incremental = w.cohort(p), statuses_before = w.status_counters(p);
    ASSERT_FALSE(incremental.empty());
    const auto r = recalculate(w.conn, p);
    EXPECT_GT(r.numbers, 0);
    EXPECT_EQ(r.cells_corrected, 0) << "the triggers' counters differ from the numbers in project " << p;
    EXPECT_EQ(w.cohort(p), incremental);
    EXPECT_EQ(w.status_counters(p), statuses_before);
  }
  // A damaged counter is repaired, and only that project's.
  w.conn.query("UPDATE conversion_cohort SET numbers = numbers + 100 WHERE project_id = $1 AND grain = 'm'",
               projects[0]);
  w.conn.query("DELETE FROM conversion_cohort WHERE project_id = $1 AND grain = 'd' AND provider_id = 0 AND geo_id = 0",
               projects[0]);
  const auto other = w.cohort(projects[1]);
  const auto r = recalculate(w.conn, projects[0]);
  EXPECT_GT(r.cells_corrected, 0);
  const auto repaired = w.cohort(projects[0]);
  EXPECT_EQ(recalculate(w.conn, projects[0]).cells_corrected, 0) << "repaired the first time";
  EXPECT_EQ(w.cohort(projects[0]), repaired);
  EXPECT_EQ(w.cohort(projects[1]), other);
}

TEST(Conversion, RangesReadWholeMonthsAndTheDaysAtTheEnds) {
  auto r = make_range("2026-01-15", "2026-04-10");
  EXPECT_EQ(r.month_from, "2026-02-01");
  EXPECT_EQ(r.month_to, "2026-04-01");
  r = make_range("2026-02-01", "2026-02-28");
  EXPECT_EQ(r.month_from, "2026-02-01");
  EXPECT_EQ(r.month_to, "2026-03-01");
  r = make_range("2026-02-03", "2026-02-20");  // no whole month: days only
  EXPECT_EQ(r.month_from, "2026-02-21");
  EXPECT_EQ(r.month_to, "2026-02-21");
  r = make_range("2025-12-31", "2026-12-31");
  EXPECT_EQ(r.month_from, "2026-01-01");
  EXPECT_EQ(r.month_to, "2027-01-01");
  EXPECT_THROW(make_range("2026-02-30", "2026-03-01"), std::invalid_argument);
  EXPECT_THROW(make_range("2026-03-02", "2026-03-01"), std::invalid_argument);
  EXPECT_THROW(make_range("2025-01-01", "2026-01-02"), std::invalid_argument) << "over 366 days";
}

TEST(Conversion, TheSummaryOfAnyRangeEqualsCountingTheNumbers) {
  World w;
  auto a = w.project("A"), b = w.project("B");
  std::mt19937 rng(7);
  std::int64_t phone = 79160000000;
  // Numbers over four months, a random status each.
  for (int day = 0; day < 120; day += 3) {
    for (auto p : {a, b}) {
      const int n = std::uniform_int_distribution<int>(1, 9)(rng);
      w.conn.query("INSERT INTO phone_numbers (project_id, phone, provider_id, geo_id, status_id, created_at)"
                   " SELECT $1, $2::bigint + i, $4, $5, $6, '2026-01-01 12:00+03'::timestamptz + $7 * interval '1 day'"
                   " FROM generate_series(0, $3 - 1) i",
                   p, phone, n, day % 2 ? w.b1 : w.b2, w.moscow,
                   std::vector<std::int64_t>{w.st_new, w.st_work, w.st_success}[day % 3], static_cast<std::int64_t>(day));
      phone += n;
    }
  }
  for (auto [from, to] : std::vector<std::pair<std::string, std::string>>{
           {"2026-01-01", "2026-04-30"}, {"2026-01-17", "2026-03-03"}, {"2026-02-01", "2026-02-28"},
           {"2026-02-10", "2026-02-11"}, {"2026-03-31", "2026-04-01"}}) {
    SummaryQuery q;
    q.range = make_range(from, to);
    q.sort = "id";
    auto s = summary(w.conn, q);
    auto expect = w.conn.query(
        "SELECT json_build_object('received', count(*), 'success', count(*) FILTER (WHERE s.is_success),"
        " 'processed', count(*) FILTER (WHERE s.is_processed))::text FROM phone_numbers n"
        " JOIN number_statuses s ON s.id = n.status_id WHERE numbase_day(n.created_at) BETWEEN $1::date AND $2::date",
        from, to);
    auto got = w.conn.query("SELECT json_build_object('received', t->'received', 'success', t->'success',"
                            " 'processed', t->'processed')::text FROM (SELECT $1::json AS t) x",
                            s.totals_json);
    EXPECT_EQ(got.str(0, 0), expect.str(0, 0)) << from << " .. " << to;
    EXPECT_EQ(s.total, 2);
  }
  // By supplier: only B1's arrivals and cost (2.50 a number).
  SummaryQuery q;
  q.range = make_range("2026-01-01", "2026-04-30");
  q.provider_id = w.b1;
  auto s = summary(w.conn, q);
  const auto b1_numbers =
      w.conn.query("SELECT count(*) FROM phone_numbers WHERE provider_id = $1", w.b1).i64(0, 0);
  auto cost = w.conn.query("SELECT ($1::json->>'received')::bigint, ($1::json->>'cost')::numeric", s.totals_json);
  EXPECT_EQ(cost.i64(0, 0), b1_numbers);
  EXPECT_EQ(cost.str(0, 1), std::to_string(b1_numbers * 5 / 2) + (b1_numbers % 2 ? ".50" : ".00"));
}

// Through the API: who sees what, a status change moving the summary, the file, the job.
#include <boost/json/serialize.hpp>

#include "support/api_fixture.hpp"

namespace {
class ConversionApi : public numbase::test::ApiTest {};
}  // namespace

TEST_F(ConversionApi, SummaryByRoleMovesWithAStatusChangeAndExports) {
  namespace json = boost::json;
  const auto b1 = create_provider("B1");
  auto project = [&](const std::string& name) {
    auto res = client->post("/api/v1/projects",
                            json::serialize(json::object{{"name", name},
                                                         {"provider_ids", json::array{b1}},
                                                         {"geo_ids", json::array{ru_region("Москва")}}}),
                            admin_token());
    EXPECT_EQ(res.status, 201) << res.body;
    return res.json().at("id").as_int64();
  };
  const auto mine = project("Mine"), other = project("Other");
  {
    db::Connection conn(conninfo);
    conn.query("INSERT INTO phone_numbers (project_id, phone, provider_id, status_id)"
               " SELECT $1, 79160000000 + i, $2, (SELECT id FROM number_statuses WHERE code = 'new')"
               " FROM generate_series(1, 10) i",
               mine, b1);
    conn.query("INSERT INTO phone_numbers (project_id, phone, status_id)"
               " SELECT $1, 79170000000 + i, (SELECT id FROM number_statuses WHERE code = 'new')"
               " FROM generate_series(1, 4) i",
               other);
  }
  create_user("mgr", "manager");
  {
    db::Connection conn(conninfo);
    conn.query("INSERT INTO project_members (project_id, user_id) SELECT $1, id FROM users WHERE username = 'mgr'",
               mine);
  }
  const auto mt = token("mgr", "password-123");

  auto all = client->get("/api/v1/conversion/summary", admin_token());
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_EQ(all.json().at("pagination").at("total").as_int64(), 2);
  EXPECT_EQ(all.json().at("totals").at("received").as_int64(), 14);

  auto own = client->get("/api/v1/conversion/summary", mt);
  ASSERT_EQ(own.status, 200) << own.body;
  ASSERT_EQ(own.json().at("data").as_array().size(), 1u) << "a manager sees only his projects";
  EXPECT_EQ(own.json().at("totals").at("received").as_int64(), 10);
  EXPECT_EQ(own.json().at("totals").at("success").as_int64(), 0);
  EXPECT_EQ(client->get("/api/v1/projects/" + std::to_string(other) + "/conversion", mt).status, 404);
  EXPECT_EQ(client->post("/api/v1/projects/" + std::to_string(mine) + "/recalculate-conversion", "", mt).status, 403);

  // A status change through the API moves the summary.
  auto list = client->get("/api/v1/phone_numbers?project_id=" + std::to_string(mine), mt);
  const auto number = list.json().at("data").as_array().at(0).at("id").as_int64();
  const auto success = [&] {
    db::Connection conn(conninfo);
    return conn.exec("SELECT id FROM number_statuses WHERE code = 'success'").i64(0, 0);
  }();
  auto patched = client->patch("/api/v1/phone_numbers/" + std::to_string(number),
                               json::serialize(json::object{{"status_id", success}}), mt);
  ASSERT_EQ(patched.status, 200) << patched.body;
  own = client->get("/api/v1/conversion/summary", mt);
  EXPECT_EQ(own.json().at("totals").at("success").as_int64(), 1);
  EXPECT_EQ(own.json().at("totals").at("conversion").at("of_received").to_number<double>(), 0.1);
  auto act = client->get("/api/v1/conversion/summary?view=activity", mt);
  EXPECT_EQ(act.json().at("totals").at("success").as_int64(), 1);

  auto detail = client->get("/api/v1/projects/" + std::to_string(mine) + "/conversion", mt);
  ASSERT_EQ(detail.status, 200) << detail.body;
  EXPECT_EQ(detail.json().at("successful").as_int64(), 1);
  EXPECT_EQ(detail.json().at("by_provider").as_array().size(), 1u);
  EXPECT_EQ(detail.json().at("daily").as_array().size(), 30u);

  // Bad input is refused with the field named.
  EXPECT_EQ(error_fields(client->get("/api/v1/conversion/summary?date_from=2026-02-30&date_to=2026-03-01", mt)),
            (std::set<std::string>{"date_from"}));
  EXPECT_EQ(error_fields(client->get("/api/v1/conversion/summary?date_from=2024-01-01&date_to=2026-03-01", mt)),
            (std::set<std::string>{"date_from"}));
  EXPECT_EQ(error_fields(client->get("/api/v1/conversion/summary?sort=phone", mt)), (std::set<std::string>{"sort"}));

  auto file = client->get("/api/v1/conversion/summary/export?format=csv&language=en", admin_token());
  ASSERT_EQ(file.status, 200) << file.body;
  EXPECT_NE(file.body.find("Received"), std::string::npos);
  EXPECT_NE(file.body.find("Total;;;14;"), std::string::npos) << file.body;
  auto xlsx = client->get("/api/v1/conversion/summary/export?format=xlsx", mt);
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");

  auto job = client->post("/api/v1/projects/" + std::to_string(mine) + "/recalculate-conversion", "", admin_token());
  ASSERT_EQ(job.status, 202) << job.body;
  run_jobs();
  auto done = client->get("/api/v1/jobs/" + std::to_string(job.json().at("job_id").as_int64()), admin_token());
  EXPECT_EQ(done.json().at("status").as_string(), "completed") << done.body;
}
