#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "support/api_fixture.hpp"

using namespace numbase;
using namespace numbase::test;
namespace json = boost::json;

using Users = ApiTest;

namespace {
std::string body(json::object o) { return json::serialize(o); }
}  // namespace

TEST_F(Users, CreateIsAuditedWithoutThePassword) {
  auto res = client->post("/api/v1/users",
                          body({{"username", "manager2"}, {"email", "manager2@crm.local"},
                                {"password", "securepass123"}, {"role", "manager"}}),
                          admin_token());
  ASSERT_EQ(res.status, 201) << res.body;
  auto u = res.json();
  EXPECT_EQ(u.at("username").as_string(), "manager2");
  EXPECT_EQ(u.at("role").as_string(), "manager");
  EXPECT_EQ(u.at("status").as_string(), "active");
  EXPECT_FALSE(u.as_object().contains("password_hash"));

  db::Connection conn(conninfo);
  auto r = conn.query(
      "SELECT changes::text, user_id, ip::text IS NOT NULL, request_id IS NOT NULL, user_agent IS NOT NULL"
      " FROM audit_log WHERE action = 'create' AND entity_type = 'user' AND entity_id = $1",
      std::to_string(u.at("id").as_int64()));
  ASSERT_EQ(r.rows(), 1);
  auto changes = r.str(0, 0);
  EXPECT_NE(changes.find("\"manager2\""), std::string::npos);
  EXPECT_EQ(changes.find("securepass123"), std::string::npos);
  EXPECT_EQ(changes.find("argon2"), std::string::npos);
  EXPECT_EQ(r.i64(0, 1), 1) << "the admin did it";
  EXPECT_TRUE(r.boolean(0, 2));
  EXPECT_TRUE(r.boolean(0, 3));
}

TEST_F(Users, DuplicateUsernameIs409) {
  create_user("twin", "manager");
  auto res = client->post("/api/v1/users", body({{"username", "TWIN"}, {"password", "password-1"}, {"role", "manager"}}),
                          admin_token());
  EXPECT_EQ(res.status, 409);
  EXPECT_EQ(res.json().at("error").at("details").at(0).at("field").as_string(), "username");
}

TEST_F(Users, InvalidFieldsAre422WithEachField) {
  auto res = client->post("/api/v1/users",
                          body({{"username", "a b"}, {"password", "short"}, {"role", "emperor"}, {"email", "nope"}}),
                          admin_token());
  ASSERT_EQ(res.status, 422) << res.body;
  std::set<std::string> fields;
  const auto j = res.json();
  for (const auto& d : j.at("error").at("details").as_array()) fields.insert(std::string(d.at("field").as_string()));
  EXPECT_EQ(fields, (std::set<std::string>{"username", "password", "role", "email"}));
}

TEST_F(Users, ListFiltersAndPaginates) {
  create_user("alice", "manager");
  create_user("bob", "manager");
  auto id = create_user("carol", "administrator");
  client->del("/api/v1/users/" + std::to_string(id), admin_token());

  auto res = client->get("/api/v1/users?role=manager", admin_token());
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.json().at("data").as_array().size(), 2u);
  EXPECT_EQ(res.json().at("pagination").at("total").as_int64(), 2);

  res = client->get("/api/v1/users?status=inactive", admin_token());
  EXPECT_EQ(res.json().at("data").at(0).at("username").as_string(), "carol");

  res = client->get("/api/v1/users?search=ALI", admin_token());
  EXPECT_EQ(res.json().at("data").as_array().size(), 1u);

  res = client->get("/api/v1/users?limit=2&offset=2", admin_token());
  EXPECT_EQ(res.json().at("data").as_array().size(), 2u);
  EXPECT_EQ(res.json().at("pagination").at("total").as_int64(), 4);
  EXPECT_FALSE(res.json().at("pagination").at("has_next").as_bool());

  res = client->get("/api/v1/users?limit=0&status=gone", admin_token());
  EXPECT_EQ(res.status, 422);
  EXPECT_EQ(res.json().at("error").at("details").as_array().size(), 2u);
}

TEST_F(Users, PatchRecordsOldAndNewValues) {
  auto id = create_user("dave", "manager");
  const auto path = "/api/v1/users/" + std::to_string(id);
  auto res = client->patch(path, body({{"email", "dave@crm.local"}, {"role", "administrator"}, {"password", "new-password-1"}}),
                           admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().at("role").as_string(), "administrator");

  db::Connection conn(conninfo);
  auto r = conn.query("SELECT changes FROM audit_log WHERE action = 'update' AND entity_id = $1", std::to_string(id));
  ASSERT_EQ(r.rows(), 1);
  auto changes = json::parse(r.view(0, 0)).as_object();
  EXPECT_EQ(changes.at("role").at("old").as_string(), "manager");
  EXPECT_EQ(changes.at("role").at("new").as_string(), "administrator");
  EXPECT_TRUE(changes.at("email").at("old").is_null());
  EXPECT_EQ(changes.at("password").at("new").as_string(), "[redacted]");
  EXPECT_EQ(r.str(0, 0).find("new-password-1"), std::string::npos);
  EXPECT_FALSE(changes.contains("status")) << "unchanged fields are left out";

  EXPECT_EQ(client->post("/api/v1/auth/login", body({{"username", "dave"}, {"password", "new-password-1"}})).status, 200);
  EXPECT_EQ(client->patch(path, body({{"role", "pope"}}), admin_token()).status, 422);
  EXPECT_EQ(client->patch("/api/v1/users/99999", body({{"role", "manager"}}), admin_token()).status, 404);
  EXPECT_EQ(client->patch("/api/v1/users/abc", "{}", admin_token()).status, 404);
}

TEST_F(Users, AdministratorCannotLockThemselvesOut) {
  EXPECT_EQ(client->del("/api/v1/users/1", admin_token()).status, 409);
  EXPECT_EQ(client->patch("/api/v1/users/1", body({{"status", "inactive"}}), admin_token()).status, 409);
  EXPECT_EQ(client->patch("/api/v1/users/1", body({{"role", "manager"}}), admin_token()).status, 409);
}

TEST_F(Users, DeleteDeactivatesAndIsAudited) {
  auto id = create_user("erin", "manager");
  auto res = client->del("/api/v1/users/" + std::to_string(id), admin_token());
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.json().at("status").as_string(), "inactive");
  EXPECT_EQ(audit_count("action = 'delete' AND entity_type = 'user' AND entity_id = '" + std::to_string(id) + "'"), 1);
  EXPECT_EQ(client->get("/api/v1/users/" + std::to_string(id), admin_token()).status, 200) << "kept, not erased";
}

TEST_F(Users, RolesListsBuiltIns) {
  auto res = client->get("/api/v1/roles", admin_token());
  ASSERT_EQ(res.status, 200);
  auto data = res.json().at("data").as_array();
  ASSERT_EQ(data.size(), 2u);
  EXPECT_EQ(data[0].at("name").as_string(), "administrator");
  EXPECT_EQ(data[0].at("permissions").at(0).as_string(), "all");
  EXPECT_EQ(data[1].at("name").as_string(), "manager");
  EXPECT_EQ(data[1].at("permissions").as_array().size(), 12u)
      << "the contract's five, reading the dictionaries, their exports, get base, the pool they can take "
         "and their projects' conversion";
}
