// Issue 16's smaller defects, each as the hostile test found it.
#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include "app/job_kinds.hpp"
#include "db/connection.hpp"

#include <filesystem>
#include "support/api_fixture.hpp"

using namespace numbase;
using namespace numbase::test;
namespace json = boost::json;

namespace {
class Hardening : public ApiTest {};
}  // namespace

TEST_F(Hardening, PatchUserValidatesTheEmailAsCreateDoes) {
  auto id = create_user("someone", "manager");
  const auto target = "/api/v1/users/" + std::to_string(id);
  auto long_email = client->patch(target, json::serialize(json::object{{"email", std::string(290, 'a') + "@example.ru"}}),
                                  admin_token());
  EXPECT_EQ(long_email.status, 422) << long_email.body;
  EXPECT_EQ(error_fields(long_email), (std::set<std::string>{"email"}));
  auto not_email = client->patch(target, R"({"email": "not-an-email"})", admin_token());
  EXPECT_EQ(not_email.status, 422) << not_email.body;
  EXPECT_EQ(client->patch(target, R"({"email": "someone@example.ru"})", admin_token()).status, 200);
}

TEST_F(Hardening, ACheckViolationIs422NamingItsField) {
  db::Connection conn(conninfo);
  try {
    conn.query("UPDATE users SET email = $1", std::string(300, 'a'));
    FAIL() << "the CHECK did not fire";
  } catch (const db::Error& e) {
    EXPECT_TRUE(e.is(db::sqlstate::check_violation)) << e.sqlstate() << " " << e.what();
    EXPECT_EQ(e.checked_field(), "email");
  }
}

TEST_F(Hardening, ANulCharacterInAJsonStringIsRefused) {
  auto res = client->post("/api/v1/providers", R"({"code": "B1", "name": "before\u0000after"})", admin_token());
  EXPECT_EQ(res.status, 422) << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"name"}));
  EXPECT_EQ(client->get("/api/v1/providers", admin_token()).json().at("data").as_array().size(), 0u)
      << "nothing was stored cut at the NUL";
}

TEST_F(Hardening, TheLargestOffsetHasNoNextPage) {
  auto res = client->get("/api/v1/exports?offset=9223372036854775807", admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_FALSE(res.json().at("pagination").at("has_next").as_bool());
}

TEST_F(Hardening, TheUploadOfAFailedImportIsRemoved) {
  auto project = client->post("/api/v1/projects", R"({"name": "p", "is_active": false})", admin_token()).json();
  const auto id = std::to_string(project.at("id").as_int64());
  // Readable at upload, refused by the job: the last quoted field never ends.
  auto res = client->upload("/api/v1/imports", {{"project_id", id}}, "broken.csv",
                            "phone;comment\n79160000001;ok\n79160000002;\"never closed\n", admin_token());
  ASSERT_EQ(res.status, 201) << res.body;
  run_jobs();
  const auto import_id = res.json().at("id").as_int64();
  EXPECT_EQ(client->get("/api/v1/imports/" + std::to_string(import_id), admin_token()).json().at("status").as_string(),
            "failed");
  const auto upload = app->config.files_dir() / "imports" / (std::to_string(import_id) + ".upload");
  ASSERT_TRUE(std::filesystem::exists(upload)) << "kept until the job has ended";
  db::Connection conn(conninfo);
  worker_options(app->config, nullptr).housekeeping(conn);
  EXPECT_FALSE(std::filesystem::exists(upload));
}

TEST_F(Hardening, ANumberIsAssignedOnlyToSomeoneWhoSeesItsProject) {
  auto project = client->post("/api/v1/projects", R"({"name": "p", "is_active": false})", admin_token()).json();
  const auto pid = project.at("id").as_int64();
  auto number = client->post("/api/v1/phone_numbers",
                             json::serialize(json::object{{"project_id", pid}, {"phone_number", "+79160000001"}}),
                             admin_token());
  ASSERT_EQ(number.status, 201) << number.body;
  const auto nid = number.json().at("id").as_int64();
  auto outsider = create_user("outsider", "manager");
  const auto target = "/api/v1/phone_numbers/" + std::to_string(nid);
  auto res = client->patch(target, json::serialize(json::object{{"assigned_to", outsider}}), admin_token());
  EXPECT_EQ(res.status, 422) << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"assigned_to"}));
  auto bulk = client->post("/api/v1/phone_numbers/bulk_update",
                           json::serialize(json::object{{"phone_number_ids", json::array{nid}}, {"assigned_to", outsider}}),
                           admin_token());
  EXPECT_EQ(bulk.status, 422) << bulk.body;
  auto by_filter = client->post(
      "/api/v1/phone_numbers/bulk_update",
      json::serialize(json::object{{"filter", json::object{{"project_id", pid}}}, {"assigned_to", outsider}}), admin_token());
  EXPECT_EQ(by_filter.status, 422) << by_filter.body;
  // A member, and an administrator, may be assigned.
  ASSERT_EQ(client->post("/api/v1/projects/" + std::to_string(pid) + "/members",
                         json::serialize(json::object{{"user_id", outsider}}), admin_token())
                .status,
            200);
  EXPECT_EQ(client->patch(target, json::serialize(json::object{{"assigned_to", outsider}}), admin_token()).status, 200);
  EXPECT_EQ(client->patch(target, json::serialize(json::object{{"assigned_to", admin_id()}}), admin_token()).status, 200);
}

TEST_F(Hardening, ImpossibleDatesAre422NamingTheField) {
  auto audit = client->get("/api/v1/audit_log/export?date_from=2026-02-30", admin_token());
  EXPECT_EQ(audit.status, 422) << audit.body.substr(0, 300);
  EXPECT_EQ(error_fields(audit), (std::set<std::string>{"date_from"}));
  auto list = client->get("/api/v1/audit_log?date_to=2026-13-01", admin_token());
  EXPECT_EQ(list.status, 422);
  EXPECT_EQ(error_fields(list), (std::set<std::string>{"date_to"}));
  EXPECT_EQ(client->get("/api/v1/audit_log?date_from=2024-02-29T23:59:59Z", admin_token()).status, 200)
      << "a leap day is a real date";
  auto hour = client->get("/api/v1/audit_log?date_from=2026-01-01T24:30:00Z", admin_token());
  EXPECT_EQ(hour.status, 422);
}

TEST_F(Hardening, ARemovedMemberCannotDownloadTheirExportOfTheProject) {
  auto project = client->post("/api/v1/projects", R"({"name": "p", "is_active": false})", admin_token()).json();
  const auto pid = project.at("id").as_int64();
  ASSERT_EQ(client->post("/api/v1/phone_numbers",
                         json::serialize(json::object{{"project_id", pid}, {"phone_number", "+79160000001"}}),
                         admin_token())
                .status,
            201);
  auto mgr = create_user("mgr", "manager");
  const auto members = "/api/v1/projects/" + std::to_string(pid) + "/members";
  ASSERT_EQ(client->post(members, json::serialize(json::object{{"user_id", mgr}}), admin_token()).status, 200);
  auto mt = token("mgr", "password-123");
  auto created = client->post("/api/v1/exports", json::serialize(json::object{{"project_id", pid}}), mt);
  ASSERT_EQ(created.status, 201) << created.body;
  run_jobs();
  const auto download = "/api/v1/exports/" + std::to_string(created.json().at("id").as_int64()) + "/download";
  EXPECT_EQ(client->get(download, mt).status, 200);
  ASSERT_EQ(client->del(members + "/" + std::to_string(mgr), admin_token()).status / 100, 2);
  EXPECT_EQ(client->get(download, mt).status, 404) << "scope is checked again at download";
  EXPECT_EQ(client->get(download, admin_token()).status, 200);
}

TEST_F(Hardening, OversizedOrMalformedHeadersAreAnswered) {
  auto big_target = client->raw("GET /api/v1/projects?x=" + std::string(20000, 'a') + " HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_EQ(big_target.rfind("HTTP/1.1 431", 0), 0u) << big_target.substr(0, 80);
  auto big_header =
      client->raw("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(20000, 'b') + "\r\n\r\n");
  EXPECT_EQ(big_header.rfind("HTTP/1.1 431", 0), 0u) << big_header.substr(0, 80);
  auto negative = client->raw("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n");
  EXPECT_EQ(negative.rfind("HTTP/1.1 400", 0), 0u) << negative.substr(0, 80);
  EXPECT_EQ(client->get("/healthz").status, 200) << "the server is fine";
}
