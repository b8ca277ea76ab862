// Roles (issue 14's role editor): permission sets an administrator makes, edits and deletes,
// from a catalog that covers every permission the server checks.
#include <boost/json/serialize.hpp>

#include "app/routes.hpp"
#include "support/api_fixture.hpp"
#include "users/roles.hpp"

using namespace numbase;
using namespace numbase::test;
namespace json = boost::json;

namespace {
class Roles : public ApiTest {
 protected:
  std::string body(json::object o) { return json::serialize(o); }
};
}  // namespace

TEST(RoleCatalog, CoversEveryPermissionTheServerChecks) {
  http::Router router;
  add_routes(router);
  for (const auto& route : router.routes()) {
    if (route.access.kind != http::Access::Permission) continue;
    EXPECT_TRUE(users::is_known_permission(route.access.permission))
        << route.method << " " << route.pattern << " needs " << route.access.permission;
  }
  // Checked in handlers rather than by the route table.
  for (const char* code : {"projects.all", "phone_numbers.reassign", "projects.settings", "conversion.read"})
    EXPECT_TRUE(users::is_known_permission(code)) << code;
  EXPECT_FALSE(users::is_known_permission("all")) << "the administrator's alone";
}

TEST_F(Roles, AnAdministratorMakesASeniorManagerWithoutARelease) {
  auto res = client->post("/api/v1/roles",
                          body({{"name", "старший менеджер"},
                                {"description", "Может забирать номера коллег"},
                                {"permissions", json::array{"projects.read", "projects.update", "phone_numbers.read",
                                                            "phone_numbers.update", "phone_numbers.reassign"}}}),
                          admin_token());
  ASSERT_EQ(res.status, 201) << res.body;
  const auto role = res.json();
  const auto id = role.at("id").as_int64();
  EXPECT_EQ(role.at("permissions").as_array().size(), 5u);
  EXPECT_EQ(audit_count("action = 'create' AND entity_type = 'role' AND entity_id = '" + std::to_string(id) + "'"), 1);

  // Given to a user, it takes effect at once.
  const auto uid = create_user("senior", "manager");
  res = client->patch("/api/v1/users/" + std::to_string(uid), body({{"role", "старший менеджер"}}), admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  const auto senior = token("senior", "password-123");
  auto me = client->get("/api/v1/auth/me", senior).json();
  EXPECT_EQ(me.at("role").as_string(), "старший менеджер");
  res = client->patch("/api/v1/roles/" + std::to_string(id),
                      body({{"permissions", json::array{"projects.read", "phone_numbers.read"}}}), admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(client->patch("/api/v1/phone_numbers/1", body({{"comment", "x"}}), senior).status, 403)
      << "the permission is gone with the next request";

  // Held roles stay; a role nobody holds goes, audited.
  res = client->del("/api/v1/roles/" + std::to_string(id), admin_token());
  EXPECT_EQ(res.status, 409) << res.body;
  ASSERT_EQ(client->patch("/api/v1/users/" + std::to_string(uid), body({{"role", "manager"}}), admin_token()).status, 200);
  EXPECT_EQ(client->del("/api/v1/roles/" + std::to_string(id), admin_token()).status, 200);
  EXPECT_EQ(audit_count("action = 'delete' AND entity_type = 'role'"), 1);
}

TEST_F(Roles, BadRolesAreRefusedAndBuiltInsProtected) {
  auto post = [&](json::object o) { return client->post("/api/v1/roles", body(std::move(o)), admin_token()); };
  EXPECT_EQ(post({{"name", "x"}, {"permissions", json::array{"all"}}}).status, 422) << "'all' is the administrator's";
  EXPECT_EQ(post({{"name", "x"}, {"permissions", json::array{"projects.fly"}}}).status, 422);
  EXPECT_EQ(post({{"name", " padded"}, {"permissions", json::array()}}).status, 422);
  EXPECT_EQ(post({{"name", std::string(51, 'a')}, {"permissions", json::array()}}).status, 422);
  EXPECT_EQ(post({{"name", std::string(50, 'a')}, {"permissions", json::array()}}).status, 201);
  EXPECT_EQ(post({{"name", "Manager"}, {"permissions", json::array()}}).status, 409) << "names differ by more than case";

  auto roles = client->get("/api/v1/roles", admin_token()).json().at("data").as_array();
  const auto admin_role = roles[0].at("id").as_int64(), manager_role = roles[1].at("id").as_int64();
  EXPECT_EQ(client->patch("/api/v1/roles/" + std::to_string(admin_role),
                          body({{"permissions", json::array{"projects.read"}}}), admin_token())
                .status,
            409);
  EXPECT_EQ(client->del("/api/v1/roles/" + std::to_string(manager_role), admin_token()).status, 409);
  EXPECT_EQ(client->patch("/api/v1/roles/" + std::to_string(manager_role), body({{"name", "seller"}}), admin_token()).status,
            409);
  // The built-in manager's permissions are the company's to tune.
  auto res = client->patch("/api/v1/roles/" + std::to_string(manager_role), body({{"description", "Звонит"}}),
                           admin_token());
  EXPECT_EQ(res.status, 200) << res.body;

  create_user("plain", "manager");
  const auto manager = token("plain", "password-123");
  EXPECT_EQ(client->post("/api/v1/roles", body({{"name", "mine"}, {"permissions", json::array()}}), manager).status, 403);
  EXPECT_EQ(client->get("/api/v1/permissions", admin_token()).status, 200);
}
