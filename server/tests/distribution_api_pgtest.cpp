// The distribution through the API: an import into the pool, "get base" by a member manager,
// the pool summary by role, runs in the background and their history, who may do what.
#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include "db/connection.hpp"
#include "numbering/embedded.hpp"
#include "numbering/loader.hpp"
#include "support/api_fixture.hpp"

using namespace numbase;
using namespace numbase::test;
namespace json = boost::json;

namespace {

std::string str(std::int64_t v) { return std::to_string(v); }

class DistributionApi : public ApiTest {
 protected:
  std::int64_t project(const std::string& name, std::int64_t provider, std::int64_t geo, std::int64_t limit) {
    auto res = client->post("/api/v1/projects",
                            json::serialize(json::object{{"name", name},
                                                         {"provider_ids", json::array{provider}},
                                                         {"geo_ids", json::array{geo}},
                                                         {"daily_limit", limit},
                                                         {"priority", 3},
                                                         {"sites", json::array{"https://www.Shop.ru/x", "other.ru"}},
                                                         {"sites_mode", "exclude"}}),
                            admin_token());
    EXPECT_EQ(res.status, 201) << res.body;
    return res.json().at("id").as_int64();
  }
  // Twenty Moscow mobile numbers of the shipped numbering plan, as a supplier's CSV.
  std::string moscow_file() {
    db::Connection conn(conninfo);
    numbering::ensure_numbering_plan(conn);
    auto first = conn.exec("SELECT r.range_first FROM numbering_plan_ranges r JOIN geo g ON g.id = r.geo_id"
                           " WHERE g.region = 'Москва' AND r.range_last - r.range_first > 100 ORDER BY 1 LIMIT 1")
                     .i64(0, 0);
    std::string file = "Телефон;Компания\n";
    for (int i = 0; i < 20; ++i) file += "+" + str(first + i) + ";ООО " + str(i) + "\n";
    return file;
  }
};

}  // namespace

TEST_F(DistributionApi, PoolImportThenGetBaseByAMemberManager) {
  auto b1 = create_provider("B1");
  auto moscow = ru_region("Москва");
  auto p = project("Moscow", b1, moscow, 15);
  auto got = client->get("/api/v1/projects/" + str(p), admin_token()).json().as_object();
  EXPECT_EQ(got.at("priority").as_int64(), 3);
  EXPECT_EQ(json::serialize(got.at("sites")), R"(["other.ru","shop.ru"])") << "stored as domains";
  EXPECT_EQ(got.at("sites_mode").as_string(), "exclude");

  // Into the pool: a supplier is required, a project is not allowed.
  auto bad = client->upload("/api/v1/imports", {{"target", "pool"}}, "n.csv", moscow_file(), admin_token());
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(error_fields(bad), (std::set<std::string>{"provider_id"}));
  auto res = client->upload("/api/v1/imports", {{"target", "pool"}, {"provider_id", str(b1)}}, "n.csv", moscow_file(),
                            admin_token());
  ASSERT_EQ(res.status, 201) << res.body;
  run_jobs();
  auto imp = client->get("/api/v1/imports/" + str(res.json().at("id").as_int64()), admin_token()).json().as_object();
  EXPECT_EQ(imp.at("status").as_string(), "completed") << json::serialize(imp);
  EXPECT_EQ(imp.at("target").as_string(), "pool");
  EXPECT_EQ(imp.at("imported_rows").as_int64(), 20);

  auto summary = client->get("/api/v1/pool/summary", admin_token());
  ASSERT_EQ(summary.status, 200) << summary.body;
  EXPECT_EQ(summary.json().at("waiting").as_int64(), 20);
  EXPECT_EQ(summary.json().at("data").as_array().at(0).at("timezone").as_string(), "Europe/Moscow");

  // A manager who is not a member cannot see the project; a member can get its base.
  auto mgr = create_user("mgr", "manager");
  auto mt = token("mgr", "password-123");
  EXPECT_EQ(client->post("/api/v1/projects/" + str(p) + "/get_base", "", mt).status, 404);
  ASSERT_EQ(client->post("/api/v1/projects/" + str(p) + "/members",
                         json::serialize(json::object{{"user_id", mgr}}), admin_token())
                .status,
            200);
  auto mine = client->get("/api/v1/pool/summary", mt).json().as_object();
  EXPECT_TRUE(mine.at("data").as_array().empty()) << "managers see only what their projects can take";
  EXPECT_EQ(mine.at("projects").as_array().at(0).at("can_take").as_int64(), 15);

  auto base = client->post("/api/v1/projects/" + str(p) + "/get_base", "", mt);
  ASSERT_EQ(base.status, 200) << base.body;
  EXPECT_EQ(base.json().at("handed").as_int64(), 15);
  EXPECT_TRUE(base.json().at("reason").is_null());
  auto again = client->post("/api/v1/projects/" + str(p) + "/get_base", "", mt).json();
  EXPECT_EQ(again.at("handed").as_int64(), 0);
  EXPECT_EQ(again.at("reason").at("code").as_string(), "daily_limit_reached");
  auto listed = client->get("/api/v1/projects/" + str(p), mt).json();
  EXPECT_EQ(listed.at("received_today").as_int64(), 15) << "the project list moved with the run";
  auto numbers = client->get("/api/v1/phone_numbers?project_id=" + str(p), mt).json();
  EXPECT_EQ(numbers.at("data").as_array().size(), 15u);
  EXPECT_EQ(numbers.at("data").as_array().at(0).at("geo_id").as_int64(), moscow);

  // Runs are the administrators'; each is recorded, once in the audit log.
  EXPECT_EQ(client->post("/api/v1/distribution/runs", "", mt).status, 403);
  EXPECT_EQ(client->get("/api/v1/distribution/runs", mt).status, 403);
  auto runs = client->get("/api/v1/distribution/runs", admin_token());
  ASSERT_EQ(runs.status, 200);
  EXPECT_EQ(runs.json().at("data").as_array().size(), 2u);
  EXPECT_EQ(runs.json().at("data").as_array().at(1).at("started_by_name").as_string(), "mgr");
  EXPECT_EQ(audit_count("action = 'distribution_run'"), 2);
}

TEST_F(DistributionApi, ARunInTheBackgroundServesEveryProject) {
  auto b1 = create_provider("B1");
  auto moscow = ru_region("Москва");
  auto a = project("A", b1, moscow, 5), b = project("B", b1, moscow, 5);
  auto res = client->upload("/api/v1/imports", {{"target", "pool"}, {"provider_id", str(b1)}}, "n.csv", moscow_file(),
                            admin_token());
  ASSERT_EQ(res.status, 201);
  run_jobs();
  auto started = client->post("/api/v1/distribution/runs", "", admin_token());
  ASSERT_EQ(started.status, 202) << started.body;
  run_jobs();
  auto job = client->get("/api/v1/jobs/" + str(started.json().at("job_id").as_int64()), admin_token()).json();
  EXPECT_EQ(job.at("status").as_string(), "completed") << json::serialize(job);
  auto run_id = job.at("result").at("run_id").as_int64();
  auto run = client->get("/api/v1/distribution/runs/" + str(run_id), admin_token()).json();
  EXPECT_EQ(run.at("handed").as_int64(), 10);
  EXPECT_EQ(run.at("trigger").as_string(), "manual");
  for (auto p : {a, b})
    EXPECT_EQ(client->get("/api/v1/projects/" + str(p), admin_token()).json().at("received_total").as_int64(), 5);
  EXPECT_EQ(client->get("/api/v1/pool/summary", admin_token()).json().at("waiting").as_int64(), 10);
}

TEST_F(DistributionApi, ANewNumberingPlanMovesTheNumbersOfChangedRanges) {
  auto b1 = create_provider("B1");
  db::Connection conn(conninfo);
  numbering::ensure_numbering_plan(conn);
  const auto nsk = conn.exec("SELECT r.range_first FROM numbering_plan_ranges r JOIN geo g ON g.id = r.geo_id"
                             " WHERE g.region = 'Новосибирская область' ORDER BY 1 LIMIT 1")
                       .i64(0, 0);
  auto res = client->upload("/api/v1/imports", {{"target", "pool"}, {"provider_id", str(b1)}}, "n.csv",
                            "phone\n+" + str(nsk) + "\n", admin_token());
  ASSERT_EQ(res.status, 201);
  run_jobs();
  const auto region_of = [&] {
    return conn.query("SELECT g.region FROM pool_numbers n JOIN geo g ON g.id = n.geo_id WHERE n.phone = $1", nsk)
        .str(0, 0);
  };
  ASSERT_EQ(region_of(), "Новосибирская область");

  // The regulator moved Novosibirsk's ranges to Tomsk (a test's fiction).
  std::string file(numbering::embedded_registry());
  for (auto at = file.find("Новосибирская обл."); at != std::string::npos; at = file.find("Новосибирская обл.", at))
    file.replace(at, std::string("Новосибирская обл.").size(), "Томская обл.");
  create_user("mgr2", "manager");
  EXPECT_EQ(client->upload("/api/v1/numbering_plan", {}, "DEF-9xx.csv", file, token("mgr2", "password-123")).status,
            403);
  auto bad = client->upload("/api/v1/numbering_plan", {}, "DEF-9xx.csv", "АВС/ DEF;От\n900;x\n", admin_token());
  EXPECT_EQ(bad.status, 422) << bad.body;
  auto loaded = client->upload("/api/v1/numbering_plan", {}, "DEF-9xx.csv", file, admin_token());
  ASSERT_EQ(loaded.status, 200) << loaded.body;
  EXPECT_GT(loaded.json().at("changed").as_int64(), 0);
  EXPECT_EQ(loaded.json().at("added").as_int64(), 0);
  ASSERT_TRUE(loaded.json().at("rederive_job_id").is_int64());
  run_jobs();
  EXPECT_EQ(region_of(), "Томская область") << "the pool number follows its range";
  auto summary = client->get("/api/v1/numbering_plan", admin_token());
  ASSERT_EQ(summary.status, 200);
  EXPECT_EQ(summary.json().at("unmapped_ranges").as_int64(), 0);
}
