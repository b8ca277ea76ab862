// "Сегодня" (issue 14): the home screen's figures, for a manager and for an administrator.
#include <boost/json/serialize.hpp>

#include "support/api_fixture.hpp"

using namespace numbase;
using namespace numbase::test;
namespace json = boost::json;

namespace {
class Home : public ApiTest {
 protected:
  std::int64_t scalar(const std::string& sql) { return db::Connection(conninfo).exec(sql).i64(0, 0); }
  void exec(const std::string& sql) { db::Connection(conninfo).exec(sql); }
  std::int64_t project(const std::string& name, int daily_limit) {
    auto res = client->post("/api/v1/projects",
                            json::serialize(json::object{{"name", name}, {"is_active", false}, {"daily_limit", daily_limit}}),
                            admin_token());
    EXPECT_EQ(res.status, 201) << res.body;
    return res.json().at("id").as_int64();
  }
};
}  // namespace

TEST_F(Home, AManagersDayAndTheCompanysPicture) {
  const auto mine = project("Mine", 2), other = project("Other", 0);
  const auto mgr = create_user("caller", "manager");
  ASSERT_EQ(client->post("/api/v1/projects/" + std::to_string(mine) + "/members",
                         json::serialize(json::object{{"user_id", mgr}}), admin_token())
                .status,
            200);
  const auto p = std::to_string(mine), o = std::to_string(other), m = std::to_string(mgr);
  const std::string day = "(numbase_day(now())::timestamp AT TIME ZONE 'Europe/Moscow')";
  // Three numbers in his project today (one his, overdue; one his, later today), two in another.
  exec("INSERT INTO phone_numbers (project_id, phone, status_id, assigned_to, reminder_at) VALUES"
       " (" + p + ", 79160000001, 1, " + m + ", now() - interval '1 hour'),"
       " (" + p + ", 79160000002, 1, " + m + ", " + day + " + interval '1 day' - interval '1 second'),"
       " (" + p + ", 79160000003, 1, NULL, now() - interval '1 hour'),"
       " (" + o + ", 79160000004, 1, NULL, NULL), (" + o + ", 79160000005, 1, NULL, NULL)");
  // One becomes a success today.
  exec("UPDATE phone_numbers SET status_id = (SELECT id FROM number_statuses WHERE is_success LIMIT 1)"
       " WHERE phone = 79160000003");

  // Two calls of his today (the SoftPhone's), one yesterday.
  exec("INSERT INTO softphone_integrations (name, kind, secrets, token) VALUES ('PBX', 'numbase', '\\x00', 't')");
  exec("INSERT INTO calls (integration_id, pbx_call_id, direction, phone, user_id, started_at) SELECT i.id, g::text,"
       " 'outbound', 79160000001, " + m + ", CASE WHEN g = 3 THEN " + day + " - interval '1 minute' ELSE now() END"
       " FROM softphone_integrations i, generate_series(1, 3) g");
  auto res = client->get("/api/v1/home", token("caller", "password-123"));
  ASSERT_EQ(res.status, 200) << res.body;
  auto j = res.json();
  EXPECT_EQ(j.at("callbacks_overdue").as_int64(), 1);
  EXPECT_EQ(j.at("callbacks_today").as_int64(), 1 + (scalar("SELECT (now() - interval '1 hour' >= " + day + ")::int")));
  EXPECT_EQ(j.at("projects").as_int64(), 1);
  EXPECT_EQ(j.at("received_today").as_int64(), 3) << "his projects only";
  EXPECT_EQ(j.at("success_today").as_int64(), 1);
  EXPECT_EQ(j.at("calls_today").as_int64(), 2);
  EXPECT_TRUE(j.at("company").is_null()) << "the company's picture is the administrators'";

  // An import failed today, a project at its limit, one the last distribution left without numbers.
  exec("INSERT INTO jobs (kind, status, error, finished_at) VALUES ('import', 'failed', 'the file is damaged', now())");
  exec("INSERT INTO imports (job_id, project_id, filename, file_size, file_kind, created_by)"
       " SELECT max(id), " + p + ", 'bad.xlsx', 10, 'xlsx', 1 FROM jobs");
  exec("UPDATE projects SET is_active = true WHERE id IN (" + p + ", " + o + ")");
  exec("INSERT INTO distribution_runs (trigger, now_at, finished_at, results) VALUES ('schedule', now(), now(),"
       " jsonb_build_array(jsonb_build_object('project_id', " + o + ", 'name', 'Other', 'handed', 0, 'reason', jsonb_build_object('code', 'pool_empty', 'message', 'The pool has no numbers for this project'))))");
  j = client->get("/api/v1/home", admin_token()).json();
  EXPECT_EQ(j.at("received_today").as_int64(), 5);
  const auto& company = j.at("company");
  ASSERT_TRUE(company.is_object()) << json::serialize(j);
  ASSERT_EQ(company.at("imports_failed").as_array().size(), 1u);
  EXPECT_EQ(company.at("imports_failed").at(0).at("filename").as_string(), "bad.xlsx");
  ASSERT_EQ(company.at("projects_at_limit").as_array().size(), 1u);
  EXPECT_EQ(company.at("projects_at_limit").at(0).at("name").as_string(), "Mine") << "3 received, limit 2";
  ASSERT_EQ(company.at("projects_without_numbers").as_array().size(), 1u);
  EXPECT_EQ(company.at("projects_without_numbers").at(0).at("name").as_string(), "Other");
  EXPECT_EQ(client->get("/api/v1/home").status, 401);
}
