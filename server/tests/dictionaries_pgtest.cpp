#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <set>

#include "support/api_fixture.hpp"

using namespace numbase;
using namespace numbase::test;
namespace json = boost::json;

using Providers = ApiTest;
using Geo = ApiTest;
using Statuses = ApiTest;

namespace {

std::string body(json::object o) { return json::serialize(o); }

// The changes of the one audit record for an entity and action.
json::object audit_changes(const std::string& conninfo, const std::string& entity_type, const std::string& action,
                           std::int64_t id) {
  db::Connection conn(conninfo);
  auto r = conn.query("SELECT changes::text FROM audit_log WHERE entity_type = $1 AND action = $2 AND entity_id = $3",
                      entity_type, action, std::to_string(id));
  EXPECT_EQ(r.rows(), 1) << entity_type << " " << action << " " << id;
  if (r.rows() != 1) return {};
  return json::parse(r.view(0, 0)).as_object();
}

std::string path(const std::string& base, std::int64_t id) { return base + "/" + std::to_string(id); }

}  // namespace

// ---- providers

TEST_F(Providers, CrudIsAudited) {
  auto res = client->post("/api/v1/providers",
                          body({{"code", "B1"}, {"name", "Base one"}, {"type", "file"}, {"contact", "b1@example.com"}}),
                          admin_token());
  ASSERT_EQ(res.status, 201) << res.body;
  auto p = res.json().as_object();
  const auto id = p.at("id").as_int64();
  EXPECT_EQ(p.at("code").as_string(), "B1");
  EXPECT_EQ(p.at("name").as_string(), "Base one");
  EXPECT_EQ(p.at("type").as_string(), "file");
  EXPECT_EQ(p.at("contact").as_string(), "b1@example.com");
  EXPECT_TRUE(p.at("is_active").as_bool());
  EXPECT_TRUE(p.at("created_at").is_string());
  EXPECT_TRUE(p.at("updated_at").is_string());
  auto created = audit_changes(conninfo, "provider", "create", id);
  EXPECT_TRUE(created.at("code").at("old").is_null());
  EXPECT_EQ(created.at("code").at("new").as_string(), "B1");
  EXPECT_EQ(created.at("is_active").at("new").as_bool(), true);

  res = client->get(path("/api/v1/providers", id), admin_token());
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.json().at("code").as_string(), "B1");

  res = client->patch(path("/api/v1/providers", id), body({{"name", "Base 1"}, {"is_active", false}, {"type", "file"}}),
                      admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().at("name").as_string(), "Base 1");
  EXPECT_FALSE(res.json().at("is_active").as_bool());
  auto updated = audit_changes(conninfo, "provider", "update", id);
  EXPECT_EQ(updated.at("name").at("old").as_string(), "Base one");
  EXPECT_EQ(updated.at("name").at("new").as_string(), "Base 1");
  EXPECT_EQ(updated.at("is_active").at("old").as_bool(), true);
  EXPECT_FALSE(updated.contains("type")) << "unchanged fields are left out";

  // Nothing changes: nothing is audited.
  EXPECT_EQ(client->patch(path("/api/v1/providers", id), body({{"name", "Base 1"}}), admin_token()).status, 200);
  EXPECT_EQ(audit_count("entity_type = 'provider' AND action = 'update'"), 1);

  res = client->del(path("/api/v1/providers", id), admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().at("code").as_string(), "B1");
  auto deleted = audit_changes(conninfo, "provider", "delete", id);
  EXPECT_EQ(deleted.at("code").at("old").as_string(), "B1");
  EXPECT_TRUE(deleted.at("code").at("new").is_null());
  EXPECT_EQ(client->get(path("/api/v1/providers", id), admin_token()).status, 404);
  EXPECT_EQ(client->del(path("/api/v1/providers", id), admin_token()).status, 404);
  EXPECT_EQ(client->get("/api/v1/providers/abc", admin_token()).status, 404);
}

TEST_F(Providers, ListSearchesAndFiltersOrderedByCode) {
  for (const auto& [code, name, active] : {std::tuple{"B2", "Second", true}, std::tuple{"A1", "First", true},
                                           std::tuple{"C3", "Third base", false}})
    ASSERT_EQ(client->post("/api/v1/providers", body({{"code", code}, {"name", name}, {"is_active", active}}),
                           admin_token())
                  .status,
              201);
  auto codes = [&](const std::string& query) {
    auto res = client->get("/api/v1/providers" + query, admin_token());
    EXPECT_EQ(res.status, 200) << res.body;
    std::vector<std::string> out;
    const auto j = res.json();
    for (const auto& p : j.at("data").as_array()) out.emplace_back(p.at("code").as_string());
    return out;
  };
  EXPECT_EQ(codes(""), (std::vector<std::string>{"A1", "B2", "C3"}));
  EXPECT_EQ(codes("?search=b2"), (std::vector<std::string>{"B2"}));
  EXPECT_EQ(codes("?search=BASE"), (std::vector<std::string>{"C3"}));
  EXPECT_EQ(codes("?active=true"), (std::vector<std::string>{"A1", "B2"}));
  EXPECT_EQ(codes("?active=false"), (std::vector<std::string>{"C3"}));
  EXPECT_EQ(client->get("/api/v1/providers?active=maybe", admin_token()).status, 422);
}

TEST_F(Providers, InvalidFieldsAre422WithEachField) {
  auto res = client->post("/api/v1/providers",
                          body({{"code", "bad code!"}, {"name", std::string(201, 'x')}, {"type", 5},
                                {"contact", std::string(501, 'c')}, {"is_active", "yes"}}),
                          admin_token());
  ASSERT_EQ(res.status, 422) << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"code", "name", "type", "contact", "is_active"}));

  res = client->post("/api/v1/providers", "{}", admin_token());
  ASSERT_EQ(res.status, 422);
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"code", "name"}));

  // 200 Cyrillic letters are 400 bytes and still fit.
  std::string cyrillic;
  for (int i = 0; i < 200; ++i) cyrillic += "я";
  EXPECT_EQ(client->post("/api/v1/providers", body({{"code", "ru"}, {"name", cyrillic}}), admin_token()).status, 201);

  res = client->post("/api/v1/providers", body({{"code", "p1"}, {"name", "P"}}), admin_token());
  ASSERT_EQ(res.status, 201);
  res = client->patch(path("/api/v1/providers", res.json().at("id").as_int64()), body({{"name", nullptr}, {"code", ""}}),
                      admin_token());
  ASSERT_EQ(res.status, 422);
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"code", "name"}));
  EXPECT_EQ(client->post("/api/v1/providers", "[1]", admin_token()).status, 400);
}

TEST_F(Providers, DuplicateCodeIs409) {
  ASSERT_EQ(client->post("/api/v1/providers", body({{"code", "B1"}, {"name", "One"}}), admin_token()).status, 201);
  auto res = client->post("/api/v1/providers", body({{"code", "b1"}, {"name", "Other"}}), admin_token());
  ASSERT_EQ(res.status, 409) << res.body;
  EXPECT_EQ(res.json().at("error").at("code").as_string(), "CONFLICT");
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"code"}));

  res = client->post("/api/v1/providers", body({{"code", "B2"}, {"name", "Two"}}), admin_token());
  ASSERT_EQ(res.status, 201);
  const auto two = path("/api/v1/providers", res.json().at("id").as_int64());
  res = client->patch(two, body({{"code", "B1"}}), admin_token());
  EXPECT_EQ(res.status, 409);
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"code"}));
  EXPECT_EQ(client->patch(two, body({{"code", "b2"}}), admin_token()).status, 200) << "its own code in another case";
}

TEST_F(Providers, InUseCannotBeDeleted) {
  auto res = client->post("/api/v1/providers", body({{"code", "B1"}, {"name", "One"}}), admin_token());
  ASSERT_EQ(res.status, 201);
  const auto id = res.json().at("id").as_int64();
  {
    db::Connection conn(conninfo);
    auto project = conn.exec("INSERT INTO projects (name) VALUES ('p') RETURNING id").i64(0, 0);
    conn.query("INSERT INTO project_providers (project_id, provider_id) VALUES ($1, $2)", project, id);
  }
  res = client->del(path("/api/v1/providers", id), admin_token());
  ASSERT_EQ(res.status, 409) << res.body;
  const auto err = res.json().at("error");
  EXPECT_EQ(err.at("code").as_string(), "CONFLICT");
  EXPECT_EQ(err.at("message").as_string(), "The provider is used by 1 projects");
  EXPECT_EQ(err.at("details").at(0).at("field").as_string(), "provider");
  EXPECT_EQ(err.at("details").at(0).at("issue").as_string(), "used by 1 projects");
  EXPECT_EQ(client->get(path("/api/v1/providers", id), admin_token()).status, 200) << "still there";
  EXPECT_EQ(audit_count("entity_type = 'provider' AND action = 'delete'"), 0);
}

TEST_F(Providers, ManagerReadsButCannotWrite) {
  create_user("mgr", "manager");
  const auto manager = token("mgr", "password-123");
  auto res = client->post("/api/v1/providers", body({{"code", "B1"}, {"name", "One"}}), admin_token());
  ASSERT_EQ(res.status, 201);
  const auto one = path("/api/v1/providers", res.json().at("id").as_int64());

  EXPECT_EQ(client->get("/api/v1/providers", manager).status, 200);
  EXPECT_EQ(client->get(one, manager).status, 200);
  EXPECT_EQ(client->post("/api/v1/providers", body({{"code", "B2"}, {"name", "Two"}}), manager).status, 403);
  EXPECT_EQ(client->patch(one, body({{"name", "x"}}), manager).status, 403);
  EXPECT_EQ(client->del(one, manager).status, 403);
  EXPECT_EQ(client->get("/api/v1/providers").status, 401);
}

// ---- geo (own rows under the user-assigned code ZZ, whatever the seed holds)

namespace {
std::int64_t create_geo(Client& client, const std::string& token, json::object fields) {
  auto res = client.post("/api/v1/geo", body(std::move(fields)), token);
  EXPECT_EQ(res.status, 201) << res.body;
  return res.status == 201 ? res.json().at("id").as_int64() : 0;
}
}  // namespace

TEST_F(Geo, CrudIsAudited) {
  auto res = client->post("/api/v1/geo",
                          body({{"country", "zz"}, {"region", "North"}, {"name", "Север"}, {"timezone", "Europe/Moscow"}}),
                          admin_token());
  ASSERT_EQ(res.status, 201) << res.body;
  auto g = res.json().as_object();
  const auto id = g.at("id").as_int64();
  EXPECT_EQ(g.at("country").as_string(), "ZZ") << "upper-cased";
  EXPECT_EQ(g.at("region").as_string(), "North");
  EXPECT_TRUE(g.at("city").is_null());
  EXPECT_EQ(g.at("name_en").as_string(), "Север") << "defaults to the name";
  EXPECT_EQ(g.at("timezone").as_string(), "Europe/Moscow");
  EXPECT_TRUE(g.at("is_active").as_bool());
  EXPECT_EQ(audit_changes(conninfo, "geo", "create", id).at("country").at("new").as_string(), "ZZ");

  EXPECT_EQ(client->get(path("/api/v1/geo", id), admin_token()).json().at("name").as_string(), "Север");

  res = client->patch(path("/api/v1/geo", id),
                      body({{"city", "Port"}, {"name_en", "North port"}, {"timezone", "Asia/Yekaterinburg"}}),
                      admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().at("city").as_string(), "Port");
  auto updated = audit_changes(conninfo, "geo", "update", id);
  EXPECT_TRUE(updated.at("city").at("old").is_null());
  EXPECT_EQ(updated.at("city").at("new").as_string(), "Port");
  EXPECT_EQ(updated.at("timezone").at("old").as_string(), "Europe/Moscow");
  EXPECT_FALSE(updated.contains("name"));

  res = client->patch(path("/api/v1/geo", id), body({{"region", nullptr}}), admin_token());
  EXPECT_EQ(res.status, 422) << "a city needs its region";
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"city"}));

  res = client->del(path("/api/v1/geo", id), admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(audit_changes(conninfo, "geo", "delete", id).at("city").at("old").as_string(), "Port");
  EXPECT_EQ(client->get(path("/api/v1/geo", id), admin_token()).status, 404);
}

TEST_F(Geo, FiltersSearchAndPages) {
  const auto& t = admin_token();
  create_geo(*client, t, {{"country", "ZZ"}, {"name", "Zedland"}, {"timezone", "UTC"}});
  create_geo(*client, t, {{"country", "ZZ"}, {"region", "Beta"}, {"name", "Beta region"}, {"timezone", "UTC"}});
  create_geo(*client, t,
             {{"country", "ZZ"}, {"region", "Alpha"}, {"city", "Alphaville"}, {"name", "Город"}, {"timezone", "UTC"}});
  create_geo(*client, t, {{"country", "ZZ"}, {"region", "Alpha"}, {"name", "Alpha region"}, {"timezone", "UTC"}});
  create_geo(*client, t,
             {{"country", "ZY"}, {"name", "Other"}, {"name_en", "Quokka land"}, {"timezone", "UTC"}, {"is_active", false}});

  auto names = [&](const std::string& query) {
    auto res = client->get("/api/v1/geo" + query, t);
    EXPECT_EQ(res.status, 200) << res.body;
    std::vector<std::string> out;
    const auto j = res.json();
    for (const auto& g : j.at("data").as_array()) out.emplace_back(g.at("name").as_string());
    return out;
  };
  // Country first, then region (none first), city (none first), name.
  EXPECT_EQ(names("?country=zz"),
            (std::vector<std::string>{"Zedland", "Alpha region", "Город", "Beta region"}));
  EXPECT_EQ(names("?country=ZZ&region=Alpha"), (std::vector<std::string>{"Alpha region", "Город"}));
  EXPECT_EQ(names("?country=ZZ&search=alphav"), (std::vector<std::string>{"Город"})) << "search covers the city";
  EXPECT_EQ(names("?search=quokka"), (std::vector<std::string>{"Other"})) << "and name_en";
  EXPECT_EQ(names("?country=ZY&active=true"), (std::vector<std::string>{}));
  EXPECT_EQ(names("?country=ZY&active=false"), (std::vector<std::string>{"Other"}));

  auto res = client->get("/api/v1/geo?country=ZZ&limit=3&offset=1", t);
  ASSERT_EQ(res.status, 200);
  const auto page = res.json();
  EXPECT_EQ(page.at("data").as_array().size(), 3u);
  EXPECT_EQ(page.at("data").at(0).at("name").as_string(), "Alpha region");
  EXPECT_EQ(page.at("pagination").at("total").as_int64(), 4);
  EXPECT_EQ(page.at("pagination").at("limit").as_int64(), 3);
  EXPECT_EQ(page.at("pagination").at("offset").as_int64(), 1);
  EXPECT_FALSE(page.at("pagination").at("has_next").as_bool());
  EXPECT_TRUE(client->get("/api/v1/geo?country=ZZ&limit=1", t).json().at("pagination").at("has_next").as_bool());
  EXPECT_EQ(client->get("/api/v1/geo", t).json().at("pagination").at("limit").as_int64(), 500);

  res = client->get("/api/v1/geo?limit=1001&offset=-1", t);
  ASSERT_EQ(res.status, 422);
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"limit", "offset"}));
  EXPECT_EQ(client->get("/api/v1/geo?country=RUS", t).status, 422);
}

TEST_F(Geo, InvalidFieldsAre422) {
  auto res = client->post("/api/v1/geo",
                          body({{"country", "R1"}, {"city", "Town"}, {"name", ""}, {"timezone", "Mars/Olympus"}}),
                          admin_token());
  ASSERT_EQ(res.status, 422) << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"country", "city", "name", "timezone"}));

  res = client->post("/api/v1/geo", body({{"country", "ZZ"}, {"name", "Z"}, {"timezone", "Not/AZone"}}), admin_token());
  ASSERT_EQ(res.status, 422);
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"timezone"}));

  res = client->post("/api/v1/geo", "{}", admin_token());
  ASSERT_EQ(res.status, 422);
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"country", "name", "timezone"}));

  const auto id = create_geo(*client, admin_token(), {{"country", "ZZ"}, {"name", "Z"}, {"timezone", "UTC"}});
  res = client->patch(path("/api/v1/geo", id), body({{"timezone", "Europe/Atlantis"}}), admin_token());
  ASSERT_EQ(res.status, 422);
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"timezone"}));
}

TEST_F(Geo, DuplicatePlaceIs409) {
  create_geo(*client, admin_token(), {{"country", "ZZ"}, {"region", "R"}, {"name", "R"}, {"timezone", "UTC"}});
  auto res = client->post("/api/v1/geo", body({{"country", "zz"}, {"region", "R"}, {"name", "Again"}, {"timezone", "UTC"}}),
                          admin_token());
  ASSERT_EQ(res.status, 409) << res.body;
  EXPECT_EQ(res.json().at("error").at("code").as_string(), "CONFLICT");
  const auto city = create_geo(*client, admin_token(),
                               {{"country", "ZZ"}, {"region", "R"}, {"city", "C"}, {"name", "C"}, {"timezone", "UTC"}});
  res = client->patch(path("/api/v1/geo", city), body({{"city", nullptr}}), admin_token());
  EXPECT_EQ(res.status, 409) << "without its city it is the region again";
}

TEST_F(Geo, InUseCannotBeDeleted) {
  const auto id = create_geo(*client, admin_token(), {{"country", "ZZ"}, {"name", "Z"}, {"timezone", "UTC"}});
  {
    db::Connection conn(conninfo);
    auto project = conn.exec("INSERT INTO projects (name) VALUES ('p') RETURNING id").i64(0, 0);
    auto status = conn.exec("SELECT id FROM number_statuses WHERE code = 'new'").i64(0, 0);
    conn.query("INSERT INTO project_geo (project_id, geo_id) VALUES ($1, $2)", project, id);
    conn.query("INSERT INTO phone_numbers (project_id, phone, geo_id, status_id) VALUES ($1, 79161234567, $2, $3),"
               " ($1, 79161234568, $2, $3)",
               project, id, status);
  }
  auto res = client->del(path("/api/v1/geo", id), admin_token());
  ASSERT_EQ(res.status, 409) << res.body;
  EXPECT_EQ(res.json().at("error").at("message").as_string(), "The geo entry is used by 1 projects and 2 numbers");
  EXPECT_EQ(res.json().at("error").at("details").as_array().size(), 2u);
}

TEST_F(Geo, ManagerReadsButCannotWrite) {
  create_user("mgr", "manager");
  const auto manager = token("mgr", "password-123");
  const auto id = create_geo(*client, admin_token(), {{"country", "ZZ"}, {"name", "Z"}, {"timezone", "UTC"}});
  EXPECT_EQ(client->get("/api/v1/geo", manager).status, 200);
  EXPECT_EQ(client->get(path("/api/v1/geo", id), manager).status, 200);
  EXPECT_EQ(client->post("/api/v1/geo", body({{"country", "ZY"}, {"name", "Y"}, {"timezone", "UTC"}}), manager).status,
            403);
  EXPECT_EQ(client->patch(path("/api/v1/geo", id), body({{"name", "x"}}), manager).status, 403);
  EXPECT_EQ(client->del(path("/api/v1/geo", id), manager).status, 403);
}

// ---- number statuses

TEST_F(Statuses, ListIsOrderedBySortOrder) {
  auto res = client->get("/api/v1/number_statuses", admin_token());
  ASSERT_EQ(res.status, 200);
  const auto data = res.json().at("data").as_array();
  ASSERT_FALSE(data.empty());
  EXPECT_EQ(data[0].at("code").as_string(), "new");
  std::int64_t last = INT64_MIN;
  for (const auto& s : data) {
    EXPECT_GE(s.at("sort_order").as_int64(), last);
    last = s.at("sort_order").as_int64();
    for (const char* key : {"id", "code", "name_ru", "name_en", "color", "sort_order", "is_processed", "is_success",
                            "is_final"})
      EXPECT_TRUE(s.as_object().contains(key)) << key;
  }
}

TEST_F(Statuses, CrudIsAudited) {
  auto res = client->post("/api/v1/number_statuses",
                          body({{"code", "voicemail"}, {"name_ru", "Автоответчик"}, {"name_en", "Voicemail"},
                                {"color", "#123ABC"}, {"is_processed", true}}),
                          admin_token());
  ASSERT_EQ(res.status, 201) << res.body;
  auto s = res.json().as_object();
  const auto id = s.at("id").as_int64();
  EXPECT_EQ(s.at("color").as_string(), "#123ABC");
  EXPECT_TRUE(s.at("is_processed").as_bool());
  EXPECT_FALSE(s.at("is_success").as_bool());
  auto list = client->get("/api/v1/number_statuses", admin_token()).json().at("data").as_array();
  EXPECT_EQ(list.back().at("code").as_string(), "voicemail") << "without a sort order it goes last";
  EXPECT_EQ(audit_changes(conninfo, "number_status", "create", id).at("name_ru").at("new").as_string(), "Автоответчик");

  res = client->patch(path("/api/v1/number_statuses", id), body({{"sort_order", 5}, {"is_final", true}}), admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().at("sort_order").as_int64(), 5);
  auto updated = audit_changes(conninfo, "number_status", "update", id);
  EXPECT_EQ(updated.at("is_final").at("old").as_bool(), false);
  EXPECT_EQ(updated.at("is_final").at("new").as_bool(), true);
  EXPECT_EQ(updated.at("sort_order").at("new").as_int64(), 5);
  EXPECT_EQ(client->get("/api/v1/number_statuses", admin_token()).json().at("data").at(0).at("code").as_string(),
            "voicemail");

  res = client->del(path("/api/v1/number_statuses", id), admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(audit_changes(conninfo, "number_status", "delete", id).at("code").at("old").as_string(), "voicemail");
  EXPECT_EQ(client->del(path("/api/v1/number_statuses", id), admin_token()).status, 404);
  EXPECT_EQ(client->del("/api/v1/number_statuses/99999999", admin_token()).status, 404);
}

TEST_F(Statuses, InvalidFieldsAre422WithEachField) {
  auto res = client->post("/api/v1/number_statuses",
                          body({{"code", "Bad-Code"}, {"name_ru", ""}, {"name_en", std::string(101, 'e')},
                                {"color", "red"}, {"sort_order", "first"}, {"is_success", 1}}),
                          admin_token());
  ASSERT_EQ(res.status, 422) << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"code", "name_ru", "name_en", "color", "sort_order", "is_success"}));

  res = client->post("/api/v1/number_statuses", "{}", admin_token());
  ASSERT_EQ(res.status, 422);
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"code", "name_ru", "name_en"}));

  res = client->patch("/api/v1/number_statuses/1", body({{"sort_order", 3000000000LL}, {"color", nullptr}}),
                      admin_token());
  ASSERT_EQ(res.status, 422);
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"sort_order", "color"}));
}

TEST_F(Statuses, DuplicateCodeIs409) {
  auto res = client->post("/api/v1/number_statuses", body({{"code", "success"}, {"name_ru", "У"}, {"name_en", "S"}}),
                          admin_token());
  ASSERT_EQ(res.status, 409) << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"code"}));
}

TEST_F(Statuses, InUseOrDefaultCannotBeDeleted) {
  auto res = client->post("/api/v1/number_statuses", body({{"code", "busy"}, {"name_ru", "Занято"}, {"name_en", "Busy"}}),
                          admin_token());
  ASSERT_EQ(res.status, 201) << res.body;
  const auto id = res.json().at("id").as_int64();
  std::int64_t number = 0;
  {
    db::Connection conn(conninfo);
    auto project = conn.exec("INSERT INTO projects (name) VALUES ('p') RETURNING id").i64(0, 0);
    number = conn.query("INSERT INTO phone_numbers (project_id, phone, status_id) VALUES ($1, 79161234567, $2)"
                        " RETURNING id",
                        project, id)
                 .i64(0, 0);
  }
  res = client->del(path("/api/v1/number_statuses", id), admin_token());
  ASSERT_EQ(res.status, 409) << res.body;
  auto err = res.json().at("error");
  EXPECT_EQ(err.at("code").as_string(), "CONFLICT");
  EXPECT_EQ(err.at("message").as_string(), "The status is used by 1 numbers");
  ASSERT_EQ(err.at("details").as_array().size(), 1u);
  EXPECT_EQ(err.at("details").at(0).at("field").as_string(), "status");
  EXPECT_EQ(err.at("details").at(0).at("issue").as_string(), "used by 1 numbers");
  EXPECT_EQ(audit_count("entity_type = 'number_status' AND action = 'delete'"), 0);

  // Once no number has it, it goes (its zero counters with it).
  {
    db::Connection conn(conninfo);
    conn.query("UPDATE phone_numbers SET status_id = (SELECT id FROM number_statuses WHERE code = 'new') WHERE id = $1",
               number);
  }
  EXPECT_EQ(client->del(path("/api/v1/number_statuses", id), admin_token()).status, 200);

  const auto fresh = client->get("/api/v1/number_statuses", admin_token()).json().at("data").at(0);
  ASSERT_EQ(fresh.at("code").as_string(), "new");
  const auto default_path = path("/api/v1/number_statuses", fresh.at("id").as_int64());
  res = client->del(default_path, admin_token());
  EXPECT_EQ(res.status, 409) << res.body;
  EXPECT_EQ(client->patch(default_path, body({{"code", "fresh"}}), admin_token()).status, 409);
  EXPECT_EQ(client->patch(default_path, body({{"name_en", "Fresh"}}), admin_token()).status, 200);
}

TEST_F(Statuses, ManagerReadsButCannotWrite) {
  create_user("mgr", "manager");
  const auto manager = token("mgr", "password-123");
  EXPECT_EQ(client->get("/api/v1/number_statuses", manager).status, 200);
  EXPECT_EQ(client->post("/api/v1/number_statuses", body({{"code", "x"}, {"name_ru", "X"}, {"name_en", "X"}}), manager)
                .status,
            403);
  EXPECT_EQ(client->patch("/api/v1/number_statuses/2", body({{"name_en", "x"}}), manager).status, 403);
  EXPECT_EQ(client->del("/api/v1/number_statuses/2", manager).status, 403);
}
