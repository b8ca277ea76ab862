// Projects: settings (providers, geo, schedule), the list with its filters and counters,
// member scope for managers, soft delete / restore and permanent deletion as a background job.
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <set>
#include <vector>

#include "support/api_fixture.hpp"

using namespace numbase;
using namespace numbase::test;
namespace json = boost::json;

namespace {

std::string body(json::object o) { return json::serialize(o); }

std::vector<std::int64_t> ints(const json::value& v) {
  std::vector<std::int64_t> out;
  for (const auto& x : v.as_array()) out.push_back(x.as_int64());
  return out;
}

std::string str(std::int64_t v) { return std::to_string(v); }

// A window of a schedule; no times = the whole day.
json::object window(int weekday, const char* start = nullptr, const char* end = nullptr) {
  json::object w{{"weekday", weekday}};
  if (start) w["start_time"] = start;
  if (end) w["end_time"] = end;
  return w;
}

class Projects : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    moscow = ru_region("Москва");
    spb = ru_region("Санкт-Петербург");
    admin = admin_id();
  }

  HttpResponse put(const std::string& path, const std::string& b, const std::string& tok) {
    return client->request("PUT", path, b, {{"Authorization", "Bearer " + tok}});
  }
  HttpResponse del_with(const std::string& path, const std::string& b, const std::string& tok) {
    return client->request("DELETE", path, b, {{"Authorization", "Bearer " + tok}});
  }

  // Creates a project as the administrator and returns its id.
  std::int64_t project(json::object fields) {
    auto res = client->post("/api/v1/projects", body(fields), admin_token());
    EXPECT_EQ(res.status, 201) << res.body;
    if (res.status != 201) return 0;
    return res.json().at("id").as_int64();
  }
  // An active project with one provider and Moscow.
  std::int64_t active_project(const std::string& name, std::int64_t provider_id, json::object extra = {}) {
    json::object o{{"name", name}, {"provider_ids", json::array{provider_id}}, {"geo_ids", json::array{moscow}}};
    for (const auto& [k, v] : extra) o[k] = v;
    return project(o);
  }

  // Inserts `n` numbers into a project straight into the table (the triggers keep the counters).
  void insert_numbers(std::int64_t project_id, int n, std::int64_t first_phone = 79160000000,
                      const std::string& created_at = "now()") {
    db::Connection conn(conninfo);
    conn.query("INSERT INTO phone_numbers (project_id, phone, status_id, created_at)"
               " SELECT $1, $2::bigint + g, 1, " + created_at + " FROM generate_series(1, $3::int) g",
               project_id, first_phone, n);
  }

  json::object audit_changes(const std::string& action, std::int64_t project_id, int expected_rows = 1) {
    db::Connection conn(conninfo);
    auto r = conn.query(
        "SELECT changes::text FROM audit_log WHERE entity_type = 'project' AND action = $1 AND entity_id = $2"
        " ORDER BY id DESC",
        action, str(project_id));
    EXPECT_EQ(r.rows(), expected_rows) << action << " " << project_id;
    if (r.empty()) return {};
    return json::parse(r.view(0, 0)).as_object();
  }

  // The ids a list answers, in order.
  std::vector<std::int64_t> list_ids(const std::string& query, const std::string& tok = {}) {
    auto res = client->get("/api/v1/projects" + query, tok.empty() ? admin_token() : tok);
    EXPECT_EQ(res.status, 200) << query << ": " << res.body;
    std::vector<std::int64_t> ids;
    if (res.status != 200) return ids;
    const auto j = res.json();
    for (const auto& p : j.at("data").as_array()) ids.push_back(p.at("id").as_int64());
    return ids;
  }

  json::object list_row(std::int64_t id) {
    auto res = client->get("/api/v1/projects?status=all&limit=1000", admin_token());
    EXPECT_EQ(res.status, 200) << res.body;
    const auto j = res.json();
    for (const auto& p : j.at("data").as_array())
      if (p.at("id").as_int64() == id) return p.as_object();
    ADD_FAILURE() << "project " << id << " not in the list";
    return {};
  }

  std::int64_t moscow = 0, spb = 0, admin = 0;
};

}  // namespace

// ---- create and settings

TEST_F(Projects, CreateWithSettingsReturnsThemAndIsAudited) {
  const auto p1 = create_provider("P1"), p2 = create_provider("P2");
  auto res = client->post(
      "/api/v1/projects",
      body({{"name", "Alpha"},
            {"tag", "hot"},
            {"type", "cold_calls"},
            {"daily_limit", 100},
            {"description", "first"},
            {"provider_ids", json::array{p2, p1}},
            {"geo_ids", json::array{moscow, spb}},
            {"schedule", json::array{window(1, "09:00", "18:00"), window(3, "14:00", "18:00"),
                                     window(3, "09:00", "13:00"), window(6)}}}),
      admin_token());
  ASSERT_EQ(res.status, 201) << res.body;
  const auto p = res.json().as_object();
  const auto id = p.at("id").as_int64();
  EXPECT_EQ(p.at("name").as_string(), "Alpha");
  EXPECT_EQ(p.at("tag").as_string(), "hot");
  EXPECT_EQ(p.at("status").as_string(), "active");
  EXPECT_TRUE(p.at("is_active").as_bool());
  EXPECT_EQ(p.at("daily_limit").as_int64(), 100);
  EXPECT_EQ(ints(p.at("provider_ids")), (std::vector<std::int64_t>{p1, p2}));
  EXPECT_EQ(ints(p.at("geo_ids")), (std::vector<std::int64_t>{std::min(moscow, spb), std::max(moscow, spb)}));
  EXPECT_EQ(ints(p.at("weekdays")), (std::vector<std::int64_t>{1, 3, 6}));
  const auto& schedule = p.at("schedule").as_array();
  ASSERT_EQ(schedule.size(), 4u) << json::serialize(schedule);
  EXPECT_EQ(schedule[0].at("weekday").as_int64(), 1);
  EXPECT_EQ(schedule[0].at("start_time").as_string(), "09:00");
  EXPECT_EQ(schedule[0].at("end_time").as_string(), "18:00");
  EXPECT_EQ(schedule[1].at("start_time").as_string(), "09:00") << "windows of a day in time order";
  EXPECT_EQ(schedule[1].at("end_time").as_string(), "13:00");
  EXPECT_EQ(schedule[2].at("start_time").as_string(), "14:00");
  EXPECT_EQ(schedule[3].at("weekday").as_int64(), 6);
  EXPECT_TRUE(schedule[3].at("start_time").is_null()) << "a whole day has no times";
  EXPECT_TRUE(schedule[3].at("end_time").is_null());
  EXPECT_EQ(p.at("providers").as_array().size(), 2u);
  EXPECT_EQ(p.at("received_total").as_int64(), 0);
  EXPECT_EQ(p.at("created_by").as_int64(), admin);

  // GET answers the same settings.
  auto got = client->get("/api/v1/projects/" + str(id), admin_token());
  ASSERT_EQ(got.status, 200) << got.body;
  EXPECT_EQ(got.json().at("provider_ids"), p.at("provider_ids"));
  EXPECT_EQ(got.json().at("schedule"), p.at("schedule"));

  auto changes = audit_changes("create", id);
  EXPECT_TRUE(changes.at("name").at("old").is_null());
  EXPECT_EQ(changes.at("name").at("new").as_string(), "Alpha");
  EXPECT_EQ(ints(changes.at("provider_ids").at("new")), (std::vector<std::int64_t>{p1, p2}));
  EXPECT_EQ(changes.at("geo_ids").at("new").as_array().size(), 2u);
  EXPECT_EQ(changes.at("schedule").at("new").as_array().size(), 4u);
  EXPECT_EQ(changes.at("daily_limit").at("new").as_int64(), 100);
  EXPECT_EQ(audit_count("action = 'create' AND entity_type = 'project' AND user_id = " + str(admin)), 1);
}

TEST_F(Projects, SettingsAreValidated) {
  const auto p1 = create_provider("P1");
  auto post = [&](json::object o) { return client->post("/api/v1/projects", body(o), admin_token()); };

  auto res = post({{"name", "No settings"}});
  ASSERT_EQ(res.status, 422) << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"provider_ids", "geo_ids"}));

  const json::object base{{"name", "X"}, {"provider_ids", json::array{p1}}, {"geo_ids", json::array{moscow}}};
  auto with_schedule = [&](json::array schedule) {
    auto o = base;
    o["schedule"] = std::move(schedule);
    return post(o);
  };

  res = with_schedule({window(2, "09:00", "12:00"), window(2, "11:30", "14:00")});
  ASSERT_EQ(res.status, 422) << "overlapping windows: " << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"schedule"}));

  res = with_schedule({window(2, "18:00", "09:00")});
  ASSERT_EQ(res.status, 422) << "start after end: " << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"schedule[0]"}));

  res = with_schedule({window(2, "10:00", "10:00")});
  ASSERT_EQ(res.status, 422) << "start equal to end: " << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"schedule[0]"}));

  res = with_schedule({window(2, "09:00", "12:00"), window(4, "25:00", "26:00")});
  ASSERT_EQ(res.status, 422) << "no such time: " << res.body;
  EXPECT_TRUE(error_fields(res).count("schedule[1].start_time")) << res.body;
  EXPECT_TRUE(error_fields(res).count("schedule[1].end_time")) << res.body;

  res = with_schedule({window(2, "09:00", "24:30")});
  ASSERT_EQ(res.status, 422) << "past the end of the day: " << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"schedule[0].end_time"}));

  res = with_schedule({window(8, "09:00", "12:00")});
  ASSERT_EQ(res.status, 422) << "weekday 8: " << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"schedule[0].weekday"}));

  res = with_schedule({window(5), window(5, "09:00", "12:00")});
  ASSERT_EQ(res.status, 422) << "a whole day and a window on one day: " << res.body;

  res = post({{"name", "X"}, {"provider_ids", json::array{p1, 999999}}, {"geo_ids", json::array{moscow}}});
  ASSERT_EQ(res.status, 422) << "unknown provider: " << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"provider_ids"}));

  res = post({{"name", "X"}, {"provider_ids", json::array{p1}}, {"geo_ids", json::array{999999}}});
  ASSERT_EQ(res.status, 422) << "unknown geo: " << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"geo_ids"}));

  {
    db::Connection conn(conninfo);
    EXPECT_EQ(conn.exec("SELECT count(*) FROM projects").i64(0, 0), 0) << "nothing was created by refused requests";
  }
  EXPECT_EQ(audit_count("entity_type = 'project'"), 0);

  // A paused project may have no providers or geo yet.
  res = post({{"name", "Draft"}, {"is_active", false}});
  ASSERT_EQ(res.status, 201) << res.body;
  EXPECT_EQ(res.json().at("status").as_string(), "paused");
  EXPECT_TRUE(res.json().at("provider_ids").as_array().empty());

  // Windows that touch are fine, and a day may end at 24:00.
  res = with_schedule({window(2, "09:00", "12:00"), window(2, "12:00", "24:00")});
  ASSERT_EQ(res.status, 201) << res.body;
  EXPECT_EQ(res.json().at("schedule").at(1).at("end_time").as_string(), "24:00");
}

TEST_F(Projects, PutSettingsReplacesAllThreeAndAuditsOldAndNew) {
  const auto p1 = create_provider("P1"), p2 = create_provider("P2");
  const auto id = active_project("Alpha", p1, {{"schedule", json::array{window(1, "09:00", "18:00")}}});
  ASSERT_GT(id, 0);
  const auto path = "/api/v1/projects/" + str(id) + "/settings";

  auto res = put(path,
                 body({{"provider_ids", json::array{p2}},
                       {"geo_ids", json::array{spb}},
                       {"schedule", json::array{window(2, "10:00", "12:00"), window(7)}}}),
                 admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(ints(res.json().at("provider_ids")), (std::vector<std::int64_t>{p2}));
  EXPECT_EQ(ints(res.json().at("geo_ids")), (std::vector<std::int64_t>{spb}));
  EXPECT_EQ(ints(res.json().at("weekdays")), (std::vector<std::int64_t>{2, 7}));
  ASSERT_EQ(res.json().at("schedule").as_array().size(), 2u);
  EXPECT_EQ(res.json().at("schedule").at(0).at("start_time").as_string(), "10:00");

  {
    db::Connection conn(conninfo);
    EXPECT_EQ(conn.query("SELECT count(*) FROM project_providers WHERE project_id = $1", id).i64(0, 0), 1);
    EXPECT_EQ(conn.query("SELECT count(*) FROM project_schedule WHERE project_id = $1", id).i64(0, 0), 2);
  }

  auto changes = audit_changes("update", id);
  EXPECT_EQ(ints(changes.at("provider_ids").at("old")), (std::vector<std::int64_t>{p1}));
  EXPECT_EQ(ints(changes.at("provider_ids").at("new")), (std::vector<std::int64_t>{p2}));
  EXPECT_EQ(ints(changes.at("geo_ids").at("old")), (std::vector<std::int64_t>{moscow}));
  EXPECT_EQ(ints(changes.at("geo_ids").at("new")), (std::vector<std::int64_t>{spb}));
  EXPECT_EQ(changes.at("schedule").at("old").at(0).at("weekday").as_int64(), 1);
  EXPECT_EQ(changes.at("schedule").at("old").at(0).at("end_time").as_string(), "18:00");
  EXPECT_EQ(changes.at("schedule").at("new").as_array().size(), 2u);

  // The same settings again change nothing and are not audited.
  res = put(path,
            body({{"provider_ids", json::array{p2}},
                  {"geo_ids", json::array{spb}},
                  {"schedule", json::array{window(2, "10:00", "12:00"), window(7)}}}),
            admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(audit_count("entity_type = 'project' AND action = 'update'"), 1);

  // Every key is required: PUT replaces the whole set.
  res = put(path, body({{"provider_ids", json::array{p1}}, {"geo_ids", json::array{moscow}}}), admin_token());
  ASSERT_EQ(res.status, 422) << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"schedule"}));
  res = put(path, body({{"schedule", json::array()}}), admin_token());
  ASSERT_EQ(res.status, 422) << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"provider_ids", "geo_ids"}));

  // An active project cannot lose all providers.
  res = put(path, body({{"provider_ids", json::array()}, {"geo_ids", json::array{spb}}, {"schedule", json::array()}}),
            admin_token());
  ASSERT_EQ(res.status, 422) << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"provider_ids"}));

  auto got = client->get("/api/v1/projects/" + str(id), admin_token());
  EXPECT_EQ(ints(got.json().at("provider_ids")), (std::vector<std::int64_t>{p2})) << "refused PUTs changed nothing";
  EXPECT_EQ(got.json().at("schedule").as_array().size(), 2u);

  EXPECT_EQ(put("/api/v1/projects/999999/settings",
                body({{"provider_ids", json::array{p1}}, {"geo_ids", json::array{moscow}}, {"schedule", json::array()}}),
                admin_token())
                .status,
            404);
}

TEST_F(Projects, PatchIsAuditedAndActivationNeedsProviders) {
  const auto p1 = create_provider("P1");
  const auto id = active_project("Alpha", p1, {{"tag", "hot"}});
  ASSERT_GT(id, 0);
  auto res = client->patch("/api/v1/projects/" + str(id), body({{"name", "Beta"}, {"daily_limit", 50}, {"tag", "hot"}}),
                           admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().at("name").as_string(), "Beta");
  EXPECT_EQ(res.json().at("daily_limit").as_int64(), 50);
  auto changes = audit_changes("update", id);
  EXPECT_EQ(changes.at("name").at("old").as_string(), "Alpha");
  EXPECT_EQ(changes.at("name").at("new").as_string(), "Beta");
  EXPECT_EQ(changes.at("daily_limit").at("old").as_int64(), 0);
  EXPECT_EQ(changes.at("daily_limit").at("new").as_int64(), 50);
  EXPECT_FALSE(changes.contains("tag")) << "unchanged fields are left out";

  // Pause and resume a project that has its settings.
  res = client->patch("/api/v1/projects/" + str(id), body({{"is_active", false}}), admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().at("status").as_string(), "paused");
  res = client->patch("/api/v1/projects/" + str(id), body({{"is_active", true}}), admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().at("status").as_string(), "active");

  // A paused project without providers or geo cannot be activated.
  const auto draft = project({{"name", "Draft"}, {"is_active", false}});
  ASSERT_GT(draft, 0);
  res = client->patch("/api/v1/projects/" + str(draft), body({{"is_active", true}}), admin_token());
  ASSERT_EQ(res.status, 422) << res.body;
  EXPECT_TRUE(error_fields(res).count("provider_ids")) << res.body;
  auto got = client->get("/api/v1/projects/" + str(draft), admin_token());
  EXPECT_EQ(got.json().at("status").as_string(), "paused");
  EXPECT_EQ(audit_count("entity_type = 'project' AND action = 'update' AND entity_id = '" + str(draft) + "'"), 0);

  res = client->patch("/api/v1/projects/" + str(id), body({{"name", ""}, {"daily_limit", -1}}), admin_token());
  ASSERT_EQ(res.status, 422);
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"name", "daily_limit"}));
  EXPECT_EQ(client->patch("/api/v1/projects/999999", body({{"name", "x"}}), admin_token()).status, 404);
}

// ---- the list

TEST_F(Projects, ListFiltersSortsAndPaginates) {
  const auto p1 = create_provider("P1"), p2 = create_provider("P2");
  const auto alpha = active_project("alpha", p1, {{"tag", "hot"}});
  const auto bravo = project({{"name", "Bravo"},
                              {"tag", "cold"},
                              {"provider_ids", json::array{p2}},
                              {"geo_ids", json::array{spb}}});
  const auto charlie = project({{"name", "Charlie"}, {"tag", "hot"}, {"is_active", false}});
  const auto delta = project({{"name", "Delta"},
                              {"tag", "hot"},
                              {"provider_ids", json::array{p1, p2}},
                              {"geo_ids", json::array{moscow, spb}}});
  ASSERT_TRUE(alpha && bravo && charlie && delta);
  ASSERT_EQ(client->del("/api/v1/projects/" + str(delta), admin_token()).status, 200);
  using V = std::vector<std::int64_t>;

  EXPECT_EQ(list_ids("?sort=id"), (V{alpha, bravo, charlie})) << "deleted projects are not listed by default";
  EXPECT_EQ(list_ids("?status=active&sort=id"), (V{alpha, bravo}));
  EXPECT_EQ(list_ids("?status=paused"), (V{charlie}));
  EXPECT_EQ(list_ids("?status=deleted"), (V{delta}));
  EXPECT_EQ(list_ids("?status=all&sort=id"), (V{alpha, bravo, charlie, delta}));
  EXPECT_EQ(list_ids("?provider_id=" + str(p1)), (V{alpha}));
  EXPECT_EQ(list_ids("?provider_id=" + str(p2) + "&status=all&sort=id"), (V{bravo, delta}));
  EXPECT_EQ(list_ids("?geo_id=" + str(spb)), (V{bravo}));
  EXPECT_EQ(list_ids("?tag=hot&sort=id"), (V{alpha, charlie}));
  EXPECT_EQ(list_ids("?search=RAV"), (V{bravo})) << "search in the name, any case";
  EXPECT_EQ(list_ids("?search=ol"), (V{bravo})) << "search in the tag";
  EXPECT_EQ(list_ids("?search=" + str(charlie)), (V{charlie})) << "search by id";
  EXPECT_EQ(list_ids("?sort=name"), (V{alpha, bravo, charlie})) << "by name, case-insensitive";
  EXPECT_EQ(list_ids("?sort=-name"), (V{charlie, bravo, alpha}));
  EXPECT_EQ(list_ids(""), (V{charlie, bravo, alpha})) << "newest first by default";

  insert_numbers(bravo, 5);
  insert_numbers(alpha, 2);
  EXPECT_EQ(list_ids("?sort=-received_total"), (V{bravo, alpha, charlie}));
  EXPECT_EQ(list_ids("?sort=received_total"), (V{charlie, alpha, bravo}));

  auto res = client->get("/api/v1/projects?sort=name&limit=2", admin_token());
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.json().at("data").as_array().size(), 2u);
  EXPECT_EQ(res.json().at("pagination").at("total").as_int64(), 3);
  EXPECT_TRUE(res.json().at("pagination").at("has_next").as_bool());
  res = client->get("/api/v1/projects?sort=name&limit=2&offset=2", admin_token());
  ASSERT_EQ(res.status, 200);
  ASSERT_EQ(res.json().at("data").as_array().size(), 1u);
  EXPECT_EQ(res.json().at("data").at(0).at("id").as_int64(), charlie);
  EXPECT_EQ(res.json().at("pagination").at("total").as_int64(), 3);
  EXPECT_FALSE(res.json().at("pagination").at("has_next").as_bool());
  res = client->get("/api/v1/projects?tag=hot&limit=1", admin_token());
  EXPECT_EQ(res.json().at("pagination").at("total").as_int64(), 2) << "the total counts the filtered list";

  res = client->get("/api/v1/projects?sort=colour&status=gone&limit=0", admin_token());
  ASSERT_EQ(res.status, 422);
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"sort", "status", "limit"}));
}

TEST_F(Projects, ListShowsCountersAndCrossProjectDuplicates) {
  const auto p1 = create_provider("P1");
  const auto a = active_project("A", p1), b = active_project("B", p1);
  ASSERT_TRUE(a && b);
  auto row = list_row(a);
  EXPECT_EQ(row.at("received_today").as_int64(), 0);
  EXPECT_EQ(row.at("received_total").as_int64(), 0);
  EXPECT_TRUE(row.at("last_received_at").is_null());

  insert_numbers(a, 3, 79160000000);                                        // 79160000001..3
  insert_numbers(a, 1, 79170000000, "now() - interval '3 days'");           // received before today
  insert_numbers(b, 1, 79160000001);                                        // 79160000002, also in A
  insert_numbers(b, 2, 79260000000);                                        // only in B

  row = list_row(a);
  EXPECT_EQ(row.at("received_today").as_int64(), 3);
  EXPECT_EQ(row.at("received_total").as_int64(), 4);
  EXPECT_EQ(row.at("duplicates_today").as_int64(), 0) << "A had them first";
  std::string last_a;
  {
    db::Connection conn(conninfo);
    last_a = conn.query("SELECT api_ts(max(created_at)) FROM phone_numbers WHERE project_id = $1", a).str(0, 0);
  }
  ASSERT_TRUE(row.at("last_received_at").is_string());
  EXPECT_EQ(row.at("last_received_at").as_string(), last_a);

  row = list_row(b);
  EXPECT_EQ(row.at("received_today").as_int64(), 3);
  EXPECT_EQ(row.at("received_total").as_int64(), 3);
  EXPECT_EQ(row.at("duplicates_today").as_int64(), 1) << "79160000002 came to B after A";
  EXPECT_TRUE(row.at("last_received_at").is_string());

  EXPECT_EQ(list_ids("?sort=-duplicates_today&limit=1"), (std::vector<std::int64_t>{b}));
}

// ---- managers

TEST_F(Projects, ManagerReachesOnlyMemberProjects) {
  const auto mgr = create_user("mgr", "manager");
  const auto mt = token("mgr", "password-123");
  const auto p1 = create_provider("P1");
  const auto a = active_project("A", p1), b = active_project("B", p1);
  ASSERT_TRUE(a && b);
  const json::object settings{
      {"provider_ids", json::array{p1}}, {"geo_ids", json::array{spb}}, {"schedule", json::array()}};

  auto res = client->get("/api/v1/projects", mt);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_TRUE(res.json().at("data").as_array().empty());
  EXPECT_EQ(res.json().at("pagination").at("total").as_int64(), 0);
  EXPECT_EQ(client->get("/api/v1/projects/" + str(a), mt).status, 404) << "not 403: ids do not leak";
  EXPECT_EQ(client->patch("/api/v1/projects/" + str(a), body({{"name", "Mine"}}), mt).status, 404);
  EXPECT_EQ(put("/api/v1/projects/" + str(a) + "/settings", body(settings), mt).status, 403)
      << "what a project receives is not a manager's, whatever the project";

  res = client->post("/api/v1/projects/" + str(a) + "/members", body({{"user_id", mgr}}), admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  ASSERT_EQ(res.json().at("data").as_array().size(), 1u);
  EXPECT_EQ(res.json().at("data").at(0).at("username").as_string(), "mgr");
  EXPECT_EQ(audit_count("action = 'add_member' AND entity_id = '" + str(a) + "'"), 1);

  EXPECT_EQ(list_ids("", mt), (std::vector<std::int64_t>{a}));
  EXPECT_EQ(list_ids("?status=all", mt), (std::vector<std::int64_t>{a}));
  EXPECT_EQ(client->get("/api/v1/projects/" + str(a), mt).status, 200);
  res = client->patch("/api/v1/projects/" + str(a), body({{"description", "mine now"}}), mt);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().at("description").as_string(), "mine now");
  // What the project receives stays the administrators' (issue 14) unless the role may.
  EXPECT_EQ(put("/api/v1/projects/" + str(a) + "/settings", body(settings), mt).status, 403);
  res = client->patch("/api/v1/projects/" + str(a), body({{"daily_limit", 5}, {"priority", 3}, {"name", "x"}}), mt);
  EXPECT_EQ(res.status, 403) << res.body;
  EXPECT_NE(res.body.find("\"daily_limit\""), std::string::npos) << res.body;
  EXPECT_NE(res.body.find("\"priority\""), std::string::npos) << res.body;
  EXPECT_EQ(client->get("/api/v1/projects/" + str(a), mt).json().at("name").as_string(), "A") << "nothing changed";
  {
    db::Connection conn(conninfo);
    conn.exec("UPDATE roles SET permissions = permissions || ARRAY['projects.settings'] WHERE name = 'manager'");
  }
  res = put("/api/v1/projects/" + str(a) + "/settings", body(settings), mt);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(ints(res.json().at("geo_ids")), (std::vector<std::int64_t>{spb}));
  EXPECT_EQ(client->patch("/api/v1/projects/" + str(a), body({{"daily_limit", 5}}), mt).status, 200);
  EXPECT_EQ(client->get("/api/v1/projects/" + str(b), mt).status, 404);
  EXPECT_EQ(client->patch("/api/v1/projects/" + str(b), body({{"name", "x"}}), mt).status, 404);

  // What only administrators do.
  EXPECT_EQ(client->post("/api/v1/projects", body({{"name", "Own"}, {"is_active", false}}), mt).status, 403);
  EXPECT_EQ(client->del("/api/v1/projects/" + str(a), mt).status, 403);
  EXPECT_EQ(client->del("/api/v1/projects/" + str(a) + "/permanent", mt).status, 403);
  EXPECT_EQ(client->post("/api/v1/projects/" + str(b) + "/members", body({{"user_id", mgr}}), mt).status, 403);
  // Members see one another (to hand numbers over), without their addresses.
  res = client->get("/api/v1/projects/" + str(a) + "/members", mt);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().at("data").at(0).at("username").as_string(), "mgr");
  EXPECT_TRUE(res.json().at("data").at(0).at("email").is_null());
  EXPECT_EQ(client->get("/api/v1/projects/" + str(b) + "/members", mt).status, 404);
  EXPECT_EQ(client->get("/api/v1/projects/deleted", mt).status, 403);
  {
    db::Connection conn(conninfo);
    EXPECT_EQ(conn.exec("SELECT count(*) FROM projects WHERE deleted_at IS NULL").i64(0, 0), 2);
  }

  res = client->del("/api/v1/projects/" + str(a) + "/members/" + str(mgr), admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(audit_count("action = 'remove_member' AND entity_id = '" + str(a) + "'"), 1);
  EXPECT_EQ(client->get("/api/v1/projects/" + str(a), mt).status, 404);
  EXPECT_TRUE(list_ids("", mt).empty());
  EXPECT_EQ(client->del("/api/v1/projects/" + str(a) + "/members/" + str(mgr), admin_token()).status, 404);
}

// ---- soft delete, restore, permanent deletion

TEST_F(Projects, SoftDeleteHidesProjectAndNumbersAndRestoreBringsThemBack) {
  const auto p1 = create_provider("P1");
  const auto a = active_project("A", p1), b = active_project("B", p1);
  ASSERT_TRUE(a && b);
  insert_numbers(a, 3, 79160000000);
  insert_numbers(b, 1, 79260000000);

  auto res = del_with("/api/v1/projects/" + str(a), body({{"reason", "client left"}}), admin_token());
  ASSERT_EQ(res.status, 200) << res.body;

  res = client->get("/api/v1/projects/deleted", admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  ASSERT_EQ(res.json().at("data").as_array().size(), 1u);
  const auto d = res.json().at("data").at(0);
  EXPECT_EQ(d.at("id").as_int64(), a);
  EXPECT_EQ(d.at("deleted_by").as_string(), "admin");
  EXPECT_EQ(d.at("deleted_by_id").as_int64(), admin);
  EXPECT_EQ(d.at("reason").as_string(), "client left");
  EXPECT_TRUE(d.at("deleted_at").is_string());
  EXPECT_FALSE(d.at("deleted_at").as_string().empty());
  EXPECT_EQ(d.at("numbers").as_int64(), 3);
  EXPECT_TRUE(d.at("purge").is_null());

  auto changes = audit_changes("delete", a);
  EXPECT_EQ(changes.at("status").at("new").as_string(), "deleted");
  EXPECT_EQ(changes.at("delete_reason").at("new").as_string(), "client left");

  EXPECT_EQ(list_ids(""), (std::vector<std::int64_t>{b}));
  res = client->get("/api/v1/phone_numbers", admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  ASSERT_EQ(res.json().at("data").as_array().size(), 1u);
  EXPECT_EQ(res.json().at("data").at(0).at("project_id").as_int64(), b);
  EXPECT_EQ(res.json().at("pagination").at("total").as_int64(), 1);
  res = client->get("/api/v1/phone_numbers?project_id=" + str(a), admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_TRUE(res.json().at("data").as_array().empty());
  EXPECT_EQ(res.json().at("pagination").at("total").as_int64(), 0);
  std::int64_t number_of_a = 0;
  {
    db::Connection conn(conninfo);
    number_of_a = conn.query("SELECT min(id) FROM phone_numbers WHERE project_id = $1", a).i64(0, 0);
  }
  EXPECT_EQ(client->get("/api/v1/phone_numbers/" + str(number_of_a), admin_token()).status, 404);
  EXPECT_EQ(client->patch("/api/v1/projects/" + str(a), body({{"name", "x"}}), admin_token()).status, 404)
      << "a deleted project is not edited";

  res = client->post("/api/v1/projects/" + str(a) + "/restore", "", admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(audit_changes("restore", a).at("status").at("new").as_string(), "current");
  EXPECT_EQ(list_ids("?sort=id"), (std::vector<std::int64_t>{a, b}));
  res = client->get("/api/v1/phone_numbers", admin_token());
  EXPECT_EQ(res.json().at("data").as_array().size(), 4u);
  EXPECT_EQ(res.json().at("pagination").at("total").as_int64(), 4);
  EXPECT_EQ(client->get("/api/v1/phone_numbers/" + str(number_of_a), admin_token()).status, 200);
  res = client->get("/api/v1/projects/deleted", admin_token());
  EXPECT_TRUE(res.json().at("data").as_array().empty());
  auto got = client->get("/api/v1/projects/" + str(a), admin_token());
  EXPECT_EQ(got.json().at("status").as_string(), "active");
  EXPECT_TRUE(got.json().at("delete_reason").is_null());

  res = client->post("/api/v1/projects/" + str(a) + "/restore", "", admin_token());
  EXPECT_EQ(res.status, 409) << "restoring a project that is not deleted: " << res.body;
  EXPECT_EQ(client->post("/api/v1/projects/" + str(b) + "/restore", "", admin_token()).status, 409);
  EXPECT_EQ(client->post("/api/v1/projects/999999/restore", "", admin_token()).status, 404);
}

TEST_F(Projects, PermanentDeleteRunsAsBackgroundJob) {
  const auto p1 = create_provider("P1");
  const auto a = active_project("Doomed", p1), b = active_project("Kept", p1);
  ASSERT_TRUE(a && b);
  insert_numbers(a, 25000, 79160000000);
  insert_numbers(b, 10, 79160000000);  // the same numbers in another project stay

  auto res = client->del("/api/v1/projects/" + str(a) + "/permanent", admin_token());
  ASSERT_EQ(res.status, 409) << "only a deleted project is deleted for good: " << res.body;

  ASSERT_EQ(client->del("/api/v1/projects/" + str(a), admin_token()).status, 200);
  res = client->del("/api/v1/projects/" + str(a) + "/permanent", admin_token());
  ASSERT_EQ(res.status, 202) << res.body;
  const auto job_id = res.json().at("job_id").as_int64();
  EXPECT_EQ(audit_count("action = 'purge_requested' AND entity_id = '" + str(a) + "'"), 1);

  res = client->get("/api/v1/jobs/" + str(job_id), admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().at("status").as_string(), "queued");
  EXPECT_EQ(res.json().at("kind").as_string(), "project_purge");
  EXPECT_EQ(res.json().at("progress_done").as_int64(), 0);
  EXPECT_EQ(res.json().at("progress_total").as_int64(), 25000);

  // Asking again answers the job already under way.
  res = client->del("/api/v1/projects/" + str(a) + "/permanent", admin_token());
  ASSERT_EQ(res.status, 202) << res.body;
  EXPECT_EQ(res.json().at("job_id").as_int64(), job_id);

  res = client->post("/api/v1/projects/" + str(a) + "/restore", "", admin_token());
  EXPECT_EQ(res.status, 409) << "no restore once permanent deletion is requested: " << res.body;

  res = client->get("/api/v1/projects/deleted", admin_token());
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.json().at("data").at(0).at("purge").at("job_id").as_int64(), job_id);
  EXPECT_EQ(res.json().at("data").at(0).at("purge").at("status").as_string(), "queued");

  run_jobs();

  res = client->get("/api/v1/jobs/" + str(job_id), admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().at("status").as_string(), "completed") << res.body;
  EXPECT_EQ(res.json().at("progress_done").as_int64(), 25000);
  EXPECT_EQ(res.json().at("progress_total").as_int64(), 25000);
  EXPECT_EQ(res.json().at("result").at("numbers_deleted").as_int64(), 25000);
  EXPECT_TRUE(res.json().at("finished_at").is_string());

  {
    db::Connection conn(conninfo);
    EXPECT_EQ(conn.query("SELECT count(*) FROM projects WHERE id = $1", a).i64(0, 0), 0);
    EXPECT_EQ(conn.query("SELECT count(*) FROM phone_numbers WHERE project_id = $1", a).i64(0, 0), 0);
    EXPECT_EQ(conn.query("SELECT count(*) FROM phone_numbers WHERE project_id = $1", b).i64(0, 0), 10);
    EXPECT_EQ(conn.query("SELECT count(*) FROM project_status_counters WHERE project_id = $1", a).i64(0, 0), 0);
    auto r = conn.query(
        "SELECT actor_type, user_id IS NULL, on_behalf_of, changes::text FROM audit_log"
        " WHERE action = 'purge' AND entity_type = 'project' AND entity_id = $1",
        str(a));
    ASSERT_EQ(r.rows(), 1);
    EXPECT_EQ(r.str(0, 0), "system");
    EXPECT_TRUE(r.boolean(0, 1));
    EXPECT_EQ(r.i64(0, 2), admin);
    auto changes = json::parse(r.view(0, 3));
    EXPECT_EQ(changes.at("name").at("old").as_string(), "Doomed");
    EXPECT_EQ(changes.at("numbers_deleted").as_int64(), 25000);
  }
  EXPECT_EQ(client->get("/api/v1/projects/" + str(a), admin_token()).status, 404);
  EXPECT_EQ(client->post("/api/v1/projects/" + str(a) + "/restore", "", admin_token()).status, 404);
  res = client->get("/api/v1/projects/deleted", admin_token());
  EXPECT_TRUE(res.json().at("data").as_array().empty());
  EXPECT_EQ(list_ids(""), (std::vector<std::int64_t>{b}));
}

TEST_F(Projects, JobsAreVisibleOnlyToTheirRequesterOrAdministrators) {
  const auto p1 = create_provider("P1");
  const auto a = active_project("A", p1);
  ASSERT_GT(a, 0);
  create_user("mgr", "manager");
  ASSERT_EQ(client->del("/api/v1/projects/" + str(a), admin_token()).status, 200);
  auto res = client->del("/api/v1/projects/" + str(a) + "/permanent", admin_token());
  ASSERT_EQ(res.status, 202) << res.body;
  const auto job_id = res.json().at("job_id").as_int64();
  EXPECT_EQ(client->get("/api/v1/jobs/" + str(job_id), token("mgr", "password-123")).status, 404);
  EXPECT_EQ(client->get("/api/v1/jobs/" + str(job_id + 1), admin_token()).status, 404);
}
