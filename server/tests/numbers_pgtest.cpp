// Phone numbers: normalization on create, the list (filters, sorts, keyset pagination,
// totals), member scope for managers, edits with their audit and counters, bulk updates.
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <set>
#include <vector>

#include "auth/jwt.hpp"
#include "support/api_fixture.hpp"

using namespace numbase;
using namespace numbase::test;
namespace json = boost::json;

namespace {

using Ids = std::vector<std::int64_t>;

std::string body(json::object o) { return json::serialize(o); }
std::string str(std::int64_t v) { return std::to_string(v); }

Ids column(const db::Result& r, int col = 0) {
  Ids out;
  for (int i = 0; i < r.rows(); ++i) out.push_back(r.i64(i, col));
  return out;
}

class Numbers : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    moscow = ru_region("Москва");
    spb = ru_region("Санкт-Петербург");
    admin = admin_id();
  }

  std::int64_t project(const std::string& name) {
    if (!p1) p1 = create_provider("P1");
    auto res = client->post(
        "/api/v1/projects",
        body({{"name", name}, {"provider_ids", json::array{p1}}, {"geo_ids", json::array{moscow}}}), admin_token());
    EXPECT_EQ(res.status, 201) << res.body;
    return res.status == 201 ? res.json().at("id").as_int64() : 0;
  }

  void add_member(std::int64_t project_id, std::int64_t user_id) {
    auto res = client->post("/api/v1/projects/" + str(project_id) + "/members", body({{"user_id", user_id}}),
                            admin_token());
    EXPECT_EQ(res.status, 200) << res.body;
  }

  // Adds a number through the API and returns its id.
  std::int64_t number(std::int64_t project_id, const std::string& phone, json::object extra = {}) {
    json::object o{{"project_id", project_id}, {"phone_number", phone}};
    for (const auto& [k, v] : extra) o[k] = v;
    auto res = client->post("/api/v1/phone_numbers", body(o), admin_token());
    EXPECT_EQ(res.status, 201) << res.body;
    return res.status == 201 ? res.json().at("id").as_int64() : 0;
  }

  // `n` numbers straight into the table, with the created_at expression given (of g).
  void insert_numbers(std::int64_t project_id, int n, std::int64_t first_phone, const std::string& created_at) {
    db::Connection conn(conninfo);
    conn.query("INSERT INTO phone_numbers (project_id, phone, status_id, created_at, updated_at)"
               " SELECT $1, $2::bigint + g, 1, " + created_at + ", " + created_at +
                   " FROM generate_series(1, $3::int) g",
               project_id, first_phone, n);
  }

  // One row by SQL; returns its id.
  std::int64_t insert_one(const std::string& columns, const std::string& values) {
    db::Connection conn(conninfo);
    return conn.exec("INSERT INTO phone_numbers (" + columns + ") VALUES (" + values + ") RETURNING id").i64(0, 0);
  }

  std::int64_t scalar(const std::string& sql) {
    db::Connection conn(conninfo);
    return conn.exec(sql).i64(0, 0);
  }

  std::int64_t status_count(std::int64_t project_id, int status_id) {
    db::Connection conn(conninfo);
    auto r = conn.query("SELECT count FROM project_status_counters WHERE project_id = $1 AND status_id = $2",
                        project_id, status_id);
    return r.empty() ? 0 : r.i64(0, 0);
  }

  json::value list(const std::string& query, const std::string& tok = {}) {
    auto res = client->get("/api/v1/phone_numbers" + query, tok.empty() ? admin_token() : tok);
    EXPECT_EQ(res.status, 200) << query << ": " << res.body;
    if (res.status != 200) return json::object{{"data", json::array()}, {"pagination", json::object()}};
    return res.json();
  }

  // The ids of the first page (up to 500), in order.
  Ids list_ids(const std::string& query, const std::string& tok = {}) {
    auto j = list(query + (query.empty() ? "?" : "&") + "limit=500", tok);
    Ids ids;
    for (const auto& n : j.at("data").as_array()) ids.push_back(n.at("id").as_int64());
    return ids;
  }

  // Walks every page of a list and returns the ids in order.
  Ids walk(const std::string& query, int limit) {
    Ids ids;
    std::string cursor;
    for (int page = 0; page < 1000; ++page) {
      auto j = list(query + "&limit=" + str(limit) + (cursor.empty() ? "" : "&cursor=" + cursor));
      const auto& data = j.at("data").as_array();
      EXPECT_LE(data.size(), static_cast<size_t>(limit));
      for (const auto& n : data) ids.push_back(n.at("id").as_int64());
      const auto& p = j.at("pagination");
      if (p.at("next_cursor").is_null()) {
        EXPECT_FALSE(p.at("has_next").as_bool());
        return ids;
      }
      EXPECT_TRUE(p.at("has_next").as_bool());
      EXPECT_EQ(data.size(), static_cast<size_t>(limit)) << "only the last page is short";
      cursor = std::string(p.at("next_cursor").as_string());
      if (data.empty()) break;
    }
    ADD_FAILURE() << "the walk did not end";
    return ids;
  }

  json::array audit_rows(const std::string& where) {
    db::Connection conn(conninfo);
    auto r = conn.exec("SELECT changes::text FROM audit_log WHERE " + where + " ORDER BY id");
    json::array out;
    for (int i = 0; i < r.rows(); ++i) out.push_back(json::parse(r.view(i, 0)));
    return out;
  }

  std::int64_t moscow = 0, spb = 0, admin = 0, p1 = 0;
};

}  // namespace

// ---- create

TEST_F(Numbers, CreateNormalizesEveryWritingOfANumber) {
  const auto a = project("A"), b = project("B"), c = project("C");
  ASSERT_TRUE(a && b && c);
  const std::pair<std::int64_t, const char*> cases[] = {
      {a, "+7 916 123-45-67"}, {b, "8 (916) 123-45-67"}, {c, "79161234567"}};
  for (auto [project_id, raw] : cases) {
    auto res = client->post("/api/v1/phone_numbers", body({{"project_id", project_id}, {"phone_number", raw}}),
                            admin_token());
    ASSERT_EQ(res.status, 201) << raw << ": " << res.body;
    EXPECT_EQ(res.json().at("phone_number").as_string(), "+79161234567") << raw;
    EXPECT_EQ(res.json().at("project_id").as_int64(), project_id);
    EXPECT_EQ(res.json().at("status_code").as_string(), "new");
  }
  EXPECT_EQ(scalar("SELECT count(*) FROM phone_numbers WHERE phone = 79161234567"), 3);
  EXPECT_EQ(audit_count("action = 'create' AND entity_type = 'phone_number'"), 3);

  // The same number, however written, once per project.
  auto res = client->post("/api/v1/phone_numbers", body({{"project_id", a}, {"phone_number", "8 (916) 123-45-67"}}),
                          admin_token());
  ASSERT_EQ(res.status, 409) << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"phone_number"}));

  res = client->post("/api/v1/phone_numbers", body({{"project_id", a}, {"phone_number", "12345"}}), admin_token());
  ASSERT_EQ(res.status, 422) << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"phone_number"}));

  res = client->post("/api/v1/phone_numbers", body({{"project_id", 999999}, {"phone_number", "+79161234568"}}),
                     admin_token());
  EXPECT_EQ(res.status, 404) << res.body;
  EXPECT_EQ(scalar("SELECT count(*) FROM phone_numbers"), 3);
  EXPECT_EQ(audit_count("action = 'create' AND entity_type = 'phone_number'"), 3);
}

// ---- the list

TEST_F(Numbers, ListFilters) {
  const auto a = project("A"), b = project("B");
  ASSERT_TRUE(a && b);
  const auto p2 = create_provider("P2");
  const auto mgr = create_user("mgr", "manager");
  const std::string cols = "project_id, phone, provider_id, geo_id, status_id, assigned_to, is_favourite, reminder_at,"
                           " created_at, updated_at";
  const auto n1 = insert_one(cols, str(a) + ", 79161234567, " + str(p1) + ", " + str(moscow) +
                                       ", 1, NULL, true, NULL, '2024-03-01 10:00Z', '2024-03-05 10:00Z'");
  const auto n2 = insert_one(cols, str(a) + ", 79031112233, " + str(p2) + ", " + str(spb) + ", 2, " + str(mgr) +
                                       ", false, now() - interval '1 hour', '2024-03-02 10:00Z', '2024-03-04 10:00Z'");
  const auto n3 = insert_one(cols, str(b) + ", 79269998877, " + str(p1) + ", " + str(spb) +
                                       ", 1, NULL, false, now() + interval '1 day', '2024-03-03 10:00Z', "
                                       "'2024-03-06 10:00Z'");
  const auto n4 = insert_one(cols, str(b) + ", 79161234500, NULL, NULL, 5, NULL, false, NULL, '2024-03-04 10:00Z', "
                                             "'2024-03-03 10:00Z'");

  EXPECT_EQ(list_ids(""), (Ids{n4, n3, n2, n1})) << "newest first by default";
  EXPECT_EQ(list_ids("?project_id=" + str(a)), (Ids{n2, n1}));
  EXPECT_EQ(list_ids("?status_id=1"), (Ids{n3, n1}));
  EXPECT_EQ(list_ids("?project_id=" + str(a) + "&status_id=2"), (Ids{n2}));
  EXPECT_EQ(list_ids("?provider_id=" + str(p1)), (Ids{n3, n1}));
  EXPECT_EQ(list_ids("?geo_id=" + str(spb)), (Ids{n3, n2}));
  EXPECT_EQ(list_ids("?assigned_to=" + str(mgr)), (Ids{n2}));
  EXPECT_EQ(list_ids("?assigned_to=none"), (Ids{n4, n3, n1}));
  EXPECT_EQ(list_ids("?favourite=true"), (Ids{n1}));
  EXPECT_EQ(list_ids("?favourite=false"), (Ids{n4, n3, n2}));
  EXPECT_EQ(list_ids("?reminder_due=true"), (Ids{n2})) << "reminders in the past only";
  EXPECT_EQ(list_ids("?created_from=2024-03-02&created_to=2024-03-03"), (Ids{n3, n2}))
      << "a date alone as created_to includes that whole day";
  EXPECT_EQ(list_ids("?created_from=2024-03-02T10:00:01Z"), (Ids{n4, n3}));
  EXPECT_EQ(list_ids("?created_to=2024-03-02T12:00:00Z"), (Ids{n2, n1}));
  EXPECT_EQ(list_ids("?phone=234567"), (Ids{n1})) << "any part of the digits";
  EXPECT_EQ(list_ids("?phone=123-45"), (Ids{n4, n1})) << "digits only count";
  EXPECT_EQ(list_ids("?phone=%2B7903"), (Ids{n2}));
  EXPECT_EQ(list_ids("?phone=99988"), (Ids{n3}));
  EXPECT_EQ(list_ids("?phone=555"), (Ids{}));

  // Sorts.
  EXPECT_EQ(list_ids("?sort=-created_at"), (Ids{n4, n3, n2, n1}));
  EXPECT_EQ(list_ids("?sort=created_at"), (Ids{n1, n2, n3, n4}));
  EXPECT_EQ(list_ids("?sort=-updated_at"), (Ids{n3, n1, n2, n4}));
  EXPECT_EQ(list_ids("?sort=updated_at"), (Ids{n4, n2, n1, n3}));
  EXPECT_EQ(list_ids("?sort=reminder_at"), (Ids{n2, n3})) << "numbers with a reminder, soonest first";
  EXPECT_EQ(list_ids("?sort=-reminder_at"), (Ids{n3, n2}));

  auto res = client->get("/api/v1/phone_numbers?phone=12", admin_token());
  ASSERT_EQ(res.status, 422) << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"phone"}));
  res = client->get("/api/v1/phone_numbers?phone=%2B7-", admin_token());
  EXPECT_EQ(res.status, 422) << "one digit: " << res.body;
  res = client->get("/api/v1/phone_numbers?sort=phone&status_id=x&created_from=yesterday&favourite=maybe",
                    admin_token());
  ASSERT_EQ(res.status, 422) << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"sort", "status_id", "created_from", "favourite"}));
}

TEST_F(Numbers, KeysetPaginationReturnsEveryRowOnceInOrder) {
  const auto a = project("A"), b = project("B"), c = project("C");
  ASSERT_TRUE(a && b && c);
  // Groups of four numbers share a created_at, so the id decides within a group.
  insert_numbers(a, 300, 79160000000, "'2024-05-01 12:00Z'::timestamptz - (g / 4) * interval '1 minute'");
  insert_numbers(b, 20, 79260000000, "'2024-05-01 11:00:30Z'::timestamptz - g * interval '7 minutes'");
  // Times apart by less than a millisecond: the cursor must keep microseconds.
  insert_numbers(c, 120, 79360000000, "'2024-04-01 00:00Z'::timestamptz + g * interval '3 microseconds'");

  auto expected = [&](const std::string& where, const std::string& order) {
    db::Connection conn(conninfo);
    return column(conn.exec("SELECT id FROM phone_numbers " + where + " ORDER BY " + order));
  };

  const auto desc_a = expected("WHERE project_id = " + str(a), "created_at DESC, id DESC");
  ASSERT_EQ(desc_a.size(), 300u);
  auto got = walk("?project_id=" + str(a), 50);
  EXPECT_EQ(got.size(), 300u);
  EXPECT_EQ(std::set<std::int64_t>(got.begin(), got.end()).size(), got.size()) << "no id twice";
  EXPECT_EQ(got, desc_a);

  EXPECT_EQ(walk("?project_id=" + str(a) + "&sort=created_at", 50),
            expected("WHERE project_id = " + str(a), "created_at, id"));
  EXPECT_EQ(walk("?sort=-created_at", 50), expected("", "created_at DESC, id DESC")) << "every project, 440 rows";
  EXPECT_EQ(walk("?sort=created_at", 64), expected("", "created_at, id"));
  EXPECT_EQ(walk("?project_id=" + str(c), 50), expected("WHERE project_id = " + str(c), "created_at DESC, id DESC"));
  EXPECT_EQ(walk("?project_id=" + str(c) + "&sort=created_at", 7),
            expected("WHERE project_id = " + str(c), "created_at, id"));
  EXPECT_EQ(walk("?sort=-updated_at", 50), expected("", "updated_at DESC, id DESC"));
  EXPECT_EQ(walk("?project_id=" + str(a) + "&phone=7916", 50), desc_a) << "with a filter that is not indexed by time";

  // Exactly one page: no cursor.
  auto j = list("?project_id=" + str(b) + "&limit=20");
  EXPECT_EQ(j.at("data").as_array().size(), 20u);
  EXPECT_TRUE(j.at("pagination").at("next_cursor").is_null());
  EXPECT_FALSE(j.at("pagination").at("has_next").as_bool());

  // Reminders: only numbers that have one, soonest first.
  {
    db::Connection conn(conninfo);
    conn.query("UPDATE phone_numbers SET reminder_at = '2030-01-01 00:00Z'::timestamptz + (id % 17) * interval '1 hour'"
               " WHERE project_id = $1 AND id % 3 = 0",
               a);
  }
  EXPECT_EQ(walk("?sort=reminder_at", 9), expected("WHERE reminder_at IS NOT NULL", "reminder_at, id"));
  EXPECT_EQ(walk("?sort=-reminder_at", 9), expected("WHERE reminder_at IS NOT NULL", "reminder_at DESC, id DESC"));

  // Cursors are only those the list gave out.
  for (const std::string& bad : {std::string("not-a-cursor"), auth::base64url("2024-05-01T12:00:00.000000|x"),
                                auth::base64url("yesterday|12"), auth::base64url("2024-05-01T12:00:00|12")}) {
    auto res = client->get("/api/v1/phone_numbers?cursor=" + bad, admin_token());
    ASSERT_EQ(res.status, 422) << bad << ": " << res.body;
    EXPECT_EQ(error_fields(res), (std::set<std::string>{"cursor"}));
  }
}

TEST_F(Numbers, TotalsAreExactFromCountersAndEstimatedOtherwise) {
  const auto a = project("A"), b = project("B");
  ASSERT_TRUE(a && b);
  insert_numbers(a, 300, 79160000000, "now() - g * interval '1 minute'");
  insert_numbers(b, 40, 79260000000, "now() - g * interval '1 minute'");
  {
    db::Connection conn(conninfo);
    conn.query("UPDATE phone_numbers SET status_id = 2 WHERE project_id = $1 AND id % 10 = 0", a);
    conn.query("UPDATE phone_numbers SET status_id = 5 WHERE project_id = $1 AND id % 4 = 0", b);
    conn.exec("ANALYZE phone_numbers");
  }
  struct Case {
    std::string query, where;
  };
  const Case cases[] = {
      {"?project_id=" + str(a), "project_id = " + str(a)},
      {"?status_id=1", "status_id = 1"},
      {"?status_id=2", "status_id = 2"},
      {"?project_id=" + str(a) + "&status_id=1", "project_id = " + str(a) + " AND status_id = 1"},
      {"?project_id=" + str(b) + "&status_id=5", "project_id = " + str(b) + " AND status_id = 5"},
      {"", "true"},
  };
  for (const auto& c : cases) {
    auto j = list(c.query + (c.query.empty() ? "?" : "&") + "limit=10");
    const auto real = scalar("SELECT count(*) FROM phone_numbers WHERE " + c.where);
    EXPECT_GT(real, 0) << c.where;
    EXPECT_FALSE(j.at("pagination").at("total_is_estimate").as_bool()) << c.query;
    EXPECT_EQ(j.at("pagination").at("total").as_int64(), real) << c.query;
  }
  auto j = list("?project_id=" + str(a) + "&status_id=7");
  EXPECT_EQ(j.at("pagination").at("total").as_int64(), 0);
  EXPECT_FALSE(j.at("pagination").at("total_is_estimate").as_bool());

  j = list("?phone=7916");
  EXPECT_TRUE(j.at("pagination").at("total_is_estimate").as_bool());
  EXPECT_GE(j.at("pagination").at("total").as_int64(), 0);
  j = list("?project_id=" + str(a) + "&favourite=true");
  EXPECT_TRUE(j.at("pagination").at("total_is_estimate").as_bool());
}

// ---- managers

TEST_F(Numbers, ManagerReachesOnlyNumbersOfMemberProjects) {
  const auto a = project("A"), b = project("B");
  ASSERT_TRUE(a && b);
  const auto mgr = create_user("mgr", "manager");
  const auto mt = token("mgr", "password-123");
  add_member(a, mgr);
  const auto na = number(a, "+79161234567"), nb = number(b, "+79161234568");
  ASSERT_TRUE(na && nb);

  EXPECT_EQ(list_ids("", mt), (Ids{na}));
  auto j = list("", mt);
  EXPECT_EQ(j.at("pagination").at("total").as_int64(), 1) << "the total counts only their projects";
  EXPECT_EQ(list_ids("?project_id=" + str(b), mt), (Ids{}));
  EXPECT_EQ(list("?project_id=" + str(b), mt).at("pagination").at("total").as_int64(), 0);
  EXPECT_EQ(list_ids("?phone=7916", mt), (Ids{na}));

  EXPECT_EQ(client->get("/api/v1/phone_numbers/" + str(na), mt).status, 200);
  EXPECT_EQ(client->get("/api/v1/phone_numbers/" + str(nb), mt).status, 404);
  auto res = client->patch("/api/v1/phone_numbers/" + str(nb), body({{"comment", "mine?"}}), mt);
  EXPECT_EQ(res.status, 404) << res.body;
  res = client->patch("/api/v1/phone_numbers/" + str(na), body({{"comment", "called"}}), mt);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().at("comment").as_string(), "called");
  {
    db::Connection conn(conninfo);
    EXPECT_TRUE(conn.query("SELECT comment FROM phone_numbers WHERE id = $1", nb).is_null(0, 0));
  }
  EXPECT_EQ(client->post("/api/v1/phone_numbers", body({{"project_id", a}, {"phone_number", "+79161234569"}}), mt).status,
            403);

  // Leaving the project takes its numbers away.
  ASSERT_EQ(client->del("/api/v1/projects/" + str(a) + "/members/" + str(mgr), admin_token()).status, 200);
  EXPECT_EQ(list_ids("", mt), (Ids{}));
  EXPECT_EQ(client->get("/api/v1/phone_numbers/" + str(na), mt).status, 404);
}

// ---- one number

TEST_F(Numbers, GetShowsRelatedObjectsAndEmptyCallHistory) {
  const auto a = project("A");
  ASSERT_GT(a, 0);
  const auto id = number(a, "+79161234567", {{"provider_id", p1}, {"geo_id", moscow}, {"company", "Acme"}});
  ASSERT_GT(id, 0);
  auto res = client->get("/api/v1/phone_numbers/" + str(id), admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  const auto n = res.json();
  EXPECT_EQ(n.at("phone_number").as_string(), "+79161234567");
  EXPECT_EQ(n.at("company").as_string(), "Acme");
  EXPECT_EQ(n.at("project").at("id").as_int64(), a);
  EXPECT_EQ(n.at("project").at("name").as_string(), "A");
  EXPECT_EQ(n.at("provider").at("id").as_int64(), p1);
  EXPECT_EQ(n.at("provider").at("code").as_string(), "P1");
  EXPECT_EQ(n.at("geo").at("id").as_int64(), moscow);
  EXPECT_EQ(n.at("geo").at("country").as_string(), "RU");
  EXPECT_EQ(n.at("geo").at("timezone").as_string(), "Europe/Moscow");
  EXPECT_EQ(n.at("status").at("code").as_string(), "new");
  EXPECT_EQ(n.at("status").at("id").as_int64(), n.at("status_id").as_int64());
  ASSERT_TRUE(n.at("call_history").is_array());
  EXPECT_TRUE(n.at("call_history").as_array().empty());

  // Without provider and geo those are null.
  const auto bare = number(a, "+79161234568");
  res = client->get("/api/v1/phone_numbers/" + str(bare), admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_TRUE(res.json().at("provider").is_null());
  EXPECT_TRUE(res.json().at("geo").is_null());

  EXPECT_EQ(client->get("/api/v1/phone_numbers/999999", admin_token()).status, 404);
  EXPECT_EQ(client->get("/api/v1/phone_numbers/abc", admin_token()).status, 404);
}

TEST_F(Numbers, PatchIsAuditedAndMovesStatusCounters) {
  const auto a = project("A");
  ASSERT_GT(a, 0);
  const auto mgr = create_user("mgr", "manager");
  ASSERT_EQ(client->post("/api/v1/projects/" + str(a) + "/members", body({{"user_id", mgr}}), admin_token()).status,
            200)
      << "only a member may be assigned the project's numbers";
  const auto id = number(a, "+79161234567");
  ASSERT_GT(id, 0);
  EXPECT_EQ(status_count(a, 1), 1);
  const auto path = "/api/v1/phone_numbers/" + str(id);

  auto res = client->patch(path,
                           body({{"status_id", 2},
                                 {"comment", "called, busy"},
                                 {"reminder_at", "2030-01-02T03:04:05Z"},
                                 {"is_favourite", true},
                                 {"assigned_to", mgr}}),
                           admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  auto n = res.json();
  EXPECT_EQ(n.at("status_id").as_int64(), 2);
  EXPECT_EQ(n.at("status_code").as_string(), "in_progress");
  EXPECT_EQ(n.at("comment").as_string(), "called, busy");
  EXPECT_EQ(n.at("reminder_at").as_string(), "2030-01-02T03:04:05.000Z");
  EXPECT_TRUE(n.at("is_favourite").as_bool());
  EXPECT_EQ(n.at("assigned_to").as_int64(), mgr);
  EXPECT_EQ(n.at("assigned_username").as_string(), "mgr");

  auto rows = audit_rows("action = 'update' AND entity_type = 'phone_number' AND entity_id = '" + str(id) + "'");
  ASSERT_EQ(rows.size(), 1u);
  auto changes = rows[0];
  EXPECT_EQ(changes.at("status_id").at("old").as_int64(), 1);
  EXPECT_EQ(changes.at("status_id").at("new").as_int64(), 2);
  EXPECT_TRUE(changes.at("comment").at("old").is_null());
  EXPECT_EQ(changes.at("comment").at("new").as_string(), "called, busy");
  EXPECT_TRUE(changes.at("reminder_at").at("old").is_null());
  EXPECT_EQ(changes.at("reminder_at").at("new").as_string(), "2030-01-02T03:04:05.000Z");
  EXPECT_EQ(changes.at("is_favourite").at("old").as_bool(), false);
  EXPECT_EQ(changes.at("is_favourite").at("new").as_bool(), true);
  EXPECT_TRUE(changes.at("assigned_to").at("old").is_null());
  EXPECT_EQ(changes.at("assigned_to").at("new").as_int64(), mgr);
  EXPECT_FALSE(changes.as_object().contains("company")) << "unchanged fields are left out";

  EXPECT_EQ(status_count(a, 1), 0);
  EXPECT_EQ(status_count(a, 2), 1);

  // null clears a reminder and an assignee; other fields stay.
  res = client->patch(path, body({{"reminder_at", nullptr}, {"assigned_to", nullptr}}), admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_TRUE(res.json().at("reminder_at").is_null());
  EXPECT_TRUE(res.json().at("assigned_to").is_null());
  EXPECT_EQ(res.json().at("comment").as_string(), "called, busy");
  EXPECT_EQ(res.json().at("status_id").as_int64(), 2);
  rows = audit_rows("action = 'update' AND entity_type = 'phone_number' AND entity_id = '" + str(id) + "'");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].at("reminder_at").at("old").as_string(), "2030-01-02T03:04:05.000Z");
  EXPECT_TRUE(rows[1].at("reminder_at").at("new").is_null());
  EXPECT_EQ(rows[1].at("assigned_to").at("old").as_int64(), mgr);
  EXPECT_FALSE(rows[1].as_object().contains("status_id"));

  res = client->patch(path, body({{"status_id", 999}}), admin_token());
  ASSERT_EQ(res.status, 422) << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"status_id"}));
  res = client->patch(path, body({{"assigned_to", 99999}}), admin_token());
  ASSERT_EQ(res.status, 422) << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"assigned_to"}));
  res = client->patch(path, body({{"reminder_at", "soon"}, {"email", "nope"}}), admin_token());
  ASSERT_EQ(res.status, 422) << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"reminder_at", "email"}));
  EXPECT_EQ(audit_count("action = 'update' AND entity_type = 'phone_number'"), 2) << "refused edits are not audited";

  res = client->patch(path, body({{"status_id", 5}}), admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(status_count(a, 2), 0);
  EXPECT_EQ(status_count(a, 5), 1);
  EXPECT_EQ(list("?project_id=" + str(a) + "&status_id=5").at("pagination").at("total").as_int64(), 1);

  EXPECT_EQ(client->patch("/api/v1/phone_numbers/999999", body({{"comment", "x"}}), admin_token()).status, 404);
}

// ---- bulk updates

TEST_F(Numbers, BulkUpdateByIds) {
  const auto a = project("A"), b = project("B");
  ASSERT_TRUE(a && b);
  const auto mgr = create_user("mgr", "manager");
  const auto mt = token("mgr", "password-123");
  add_member(a, mgr);
  const auto a1 = number(a, "+79161234561"), a2 = number(a, "+79161234562"), a3 = number(a, "+79161234563");
  const auto b1 = number(b, "+79161234564");
  ASSERT_TRUE(a1 && a2 && a3 && b1);

  auto res = client->post("/api/v1/phone_numbers/bulk_update",
                          body({{"phone_number_ids", json::array{a1, a2, b1, 999999}}, {"status_id", 3}}), mt);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().at("updated_count").as_int64(), 2);
  Ids failed;
  const auto result = res.json();
  for (const auto& v : result.at("failed_ids").as_array()) failed.push_back(v.as_int64());
  EXPECT_EQ(failed, (Ids{b1, 999999})) << "numbers the manager cannot see are not changed";

  EXPECT_EQ(scalar("SELECT count(*) FROM phone_numbers WHERE status_id = 3"), 2);
  EXPECT_EQ(scalar("SELECT status_id FROM phone_numbers WHERE id = " + str(b1)), 1);
  EXPECT_EQ(status_count(a, 3), 2);
  EXPECT_EQ(status_count(a, 1), 1);
  EXPECT_EQ(status_count(b, 1), 1);

  {
    db::Connection conn(conninfo);
    auto r = conn.exec("SELECT changes::text, user_id FROM audit_log WHERE action = 'bulk_update'");
    ASSERT_EQ(r.rows(), 1) << "one record for the whole update";
    auto changes = json::parse(r.view(0, 0));
    EXPECT_EQ(changes.at("count").as_int64(), 2);
    EXPECT_EQ(changes.at("set").at("status_id").as_int64(), 3);
    EXPECT_EQ(r.i64(0, 1), mgr);
  }
  EXPECT_EQ(audit_count("action = 'update' AND entity_type = 'phone_number'"), 0);

  // Too many ids, or nothing to change, or neither ids nor filter: 422, nothing written.
  json::array many;
  for (int i = 1; i <= 10001; ++i) many.push_back(i);
  res = client->post("/api/v1/phone_numbers/bulk_update", body({{"phone_number_ids", many}, {"status_id", 2}}),
                     admin_token());
  ASSERT_EQ(res.status, 422) << res.body.substr(0, 300);
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"phone_number_ids"}));
  res = client->post("/api/v1/phone_numbers/bulk_update", body({{"phone_number_ids", json::array{a1}}}), admin_token());
  EXPECT_EQ(res.status, 422) << res.body;
  res = client->post("/api/v1/phone_numbers/bulk_update", body({{"status_id", 2}}), admin_token());
  EXPECT_EQ(res.status, 422) << res.body;
  res = client->post("/api/v1/phone_numbers/bulk_update",
                     body({{"phone_number_ids", json::array{a1}}, {"status_id", 999}}), admin_token());
  EXPECT_EQ(res.status, 422) << res.body;
  EXPECT_EQ(audit_count("action = 'bulk_update'"), 1);
  EXPECT_EQ(scalar("SELECT count(*) FROM phone_numbers WHERE status_id = 2"), 0);

  // Exactly 10000 ids is allowed.
  json::array limit;
  for (int i = 1; i <= 10000; ++i) limit.push_back(i);
  res = client->post("/api/v1/phone_numbers/bulk_update", body({{"phone_number_ids", limit}, {"is_favourite", true}}),
                     admin_token());
  ASSERT_EQ(res.status, 200) << res.body.substr(0, 300);
  EXPECT_EQ(res.json().at("updated_count").as_int64(), 4);
  EXPECT_EQ(res.json().at("failed_ids").as_array().size(), 9996u);
}

TEST_F(Numbers, BulkUpdateByFilterRunsInBatches) {
  const auto a = project("A"), b = project("B");
  ASSERT_TRUE(a && b);
  insert_numbers(a, 12000, 79160000000, "now() - g * interval '1 second'");
  insert_numbers(b, 100, 79260000000, "now() - g * interval '1 second'");
  EXPECT_EQ(status_count(a, 1), 12000);

  auto res = client->post("/api/v1/phone_numbers/bulk_update",
                          body({{"filter", {{"project_id", a}, {"status_id", 1}}}, {"status_id", 3}}), admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().at("updated_count").as_int64(), 12000);
  EXPECT_TRUE(res.json().at("failed_ids").as_array().empty());

  EXPECT_EQ(scalar("SELECT count(*) FROM phone_numbers WHERE project_id = " + str(a) + " AND status_id = 3"), 12000);
  EXPECT_EQ(scalar("SELECT count(*) FROM phone_numbers WHERE project_id = " + str(b) + " AND status_id = 1"), 100);
  EXPECT_EQ(status_count(a, 1), 0);
  EXPECT_EQ(status_count(a, 3), 12000);
  EXPECT_EQ(status_count(b, 1), 100);
  EXPECT_EQ(status_count(b, 3), 0);

  auto rows = audit_rows("action = 'bulk_update'");
  ASSERT_EQ(rows.size(), 1u) << "one record for all batches";
  EXPECT_EQ(rows[0].at("count").as_int64(), 12000);
  EXPECT_EQ(rows[0].at("filter").at("project_id").as_int64(), a);
  EXPECT_EQ(rows[0].at("filter").at("status_id").as_int64(), 1);
  EXPECT_EQ(rows[0].at("set").at("status_id").as_int64(), 3);

  auto j = list("?project_id=" + str(a) + "&status_id=3&limit=1");
  EXPECT_EQ(j.at("pagination").at("total").as_int64(), 12000);
  EXPECT_FALSE(j.at("pagination").at("total_is_estimate").as_bool());

  // A filter whose rows already have the value changes nothing (and ends).
  res = client->post("/api/v1/phone_numbers/bulk_update", body({{"filter", {{"project_id", a}}}, {"status_id", 3}}),
                     admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().at("updated_count").as_int64(), 0);

  // A filter on other fields, more than one batch.
  res = client->post("/api/v1/phone_numbers/bulk_update",
                     body({{"filter", {{"phone", "7916000"}}}, {"is_favourite", true}}), admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().at("updated_count").as_int64(),
            scalar("SELECT count(*) FROM phone_numbers WHERE phone::text LIKE '%7916000%'"));
  EXPECT_EQ(scalar("SELECT count(*) FROM phone_numbers WHERE is_favourite"),
            scalar("SELECT count(*) FROM phone_numbers WHERE phone::text LIKE '%7916000%'"));

  res = client->post("/api/v1/phone_numbers/bulk_update",
                     body({{"filter", {{"project_id", "A"}, {"phone", "12"}}}, {"status_id", 2}}), admin_token());
  ASSERT_EQ(res.status, 422) << res.body;
  EXPECT_EQ(error_fields(res), (std::set<std::string>{"filter.project_id", "filter.phone"}));
}

TEST_F(Numbers, BulkUpdateByFilterStaysInTheManagersProjects) {
  const auto a = project("A"), b = project("B");
  ASSERT_TRUE(a && b);
  const auto mgr = create_user("mgr", "manager");
  add_member(a, mgr);
  insert_numbers(a, 30, 79160000000, "now() - g * interval '1 second'");
  insert_numbers(b, 20, 79260000000, "now() - g * interval '1 second'");
  auto res = client->post("/api/v1/phone_numbers/bulk_update", body({{"filter", json::object()}, {"assigned_to", mgr}}),
                          token("mgr", "password-123"));
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().at("updated_count").as_int64(), 30);
  EXPECT_EQ(scalar("SELECT count(*) FROM phone_numbers WHERE assigned_to IS NOT NULL"), 30);
  EXPECT_EQ(scalar("SELECT count(*) FROM phone_numbers WHERE project_id = " + str(b) + " AND assigned_to IS NULL"), 20);
}

// ---- the manager's working day (issue 14)

TEST_F(Numbers, EveryCommentIsKeptAsANoteWithItsAuthor) {
  const auto p = project("Notes");
  ASSERT_TRUE(p);
  const auto id = number(p, "+79161110001", {{"comment", "из файла"}});
  const auto mgr = create_user("caller", "manager");
  add_member(p, mgr);
  const auto mgr_token = token("caller", "password-123");
  auto patch = [&](const std::string& comment) {
    auto res = client->patch("/api/v1/phone_numbers/" + str(id), body({{"comment", comment}}), mgr_token);
    EXPECT_EQ(res.status, 200) << res.body;
    EXPECT_EQ(res.json().at("comment").as_string(), comment) << "the grid shows the latest";
  };
  patch("сбросил");
  patch("не акт:1");
  patch("не акт:1");  // unchanged: no new note
  auto notes = client->get("/api/v1/phone_numbers/" + str(id) + "/notes", mgr_token);
  ASSERT_EQ(notes.status, 200) << notes.body;
  const auto j = notes.json();
  ASSERT_EQ(j.at("total").as_int64(), 3);
  const auto& data = j.at("data").as_array();
  EXPECT_EQ(data[0].at("body").as_string(), "не акт:1");
  EXPECT_EQ(data[0].at("author_username").as_string(), "caller");
  EXPECT_EQ(data[1].at("body").as_string(), "сбросил");
  EXPECT_EQ(data[2].at("body").as_string(), "из файла") << "the file's comment is not lost";
  EXPECT_TRUE(data[2].at("author_id").is_null());
  EXPECT_EQ(audit_rows("action = 'update' AND entity_type = 'phone_number' AND entity_id = '" + str(id) + "'").size(),
            2u)
      << "each note is an audited change of the comment";

  // Someone who does not see the number sees none of its notes.
  create_user("outsider", "manager");
  EXPECT_EQ(client->get("/api/v1/phone_numbers/" + str(id) + "/notes", token("outsider", "password-123")).status, 404);
}

TEST_F(Numbers, NextNumberFollowsTheListsFiltersAndSort) {
  const auto p = project("Calls"), other = project("Other");
  ASSERT_TRUE(p && other);
  insert_numbers(p, 5, 79160000000, "now() - g * interval '1 minute'");    // newest first: +1 .. +5
  insert_numbers(other, 3, 79260000000, "now() - g * interval '30 second'");
  const auto ids = list_ids("?project_id=" + str(p));
  ASSERT_EQ(ids.size(), 5u);
  auto next = [&](std::int64_t id, const std::string& query) -> std::int64_t {
    auto res = client->get("/api/v1/phone_numbers/" + str(id) + "/next" + query, admin_token());
    EXPECT_EQ(res.status, 200) << res.body;
    const auto j = res.json();
    return j.at("data").is_null() ? 0 : j.at("data").at("id").as_int64();
  };
  const std::string in_p = "?project_id=" + str(p);
  for (std::size_t i = 0; i + 1 < ids.size(); ++i) EXPECT_EQ(next(ids[i], in_p), ids[i + 1]);
  EXPECT_EQ(next(ids.back(), in_p), 0) << "the end of the list";
  EXPECT_EQ(next(ids[1], in_p + "&sort=created_at"), ids[0]) << "ascending";

  // The current number no longer matching the filter (its status just changed) still has a next.
  auto res = client->patch("/api/v1/phone_numbers/" + str(ids[0]), body({{"status_id", 2}}), admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(next(ids[0], in_p + "&status_id=1"), ids[1]);
  // The card comes whole: project, status and region spelled out.
  auto card = client->get("/api/v1/phone_numbers/" + str(ids[0]) + "/next" + in_p, admin_token()).json();
  EXPECT_EQ(card.at("data").at("project").at("name").as_string(), "Calls");
  EXPECT_TRUE(card.at("data").as_object().contains("status"));

  // A manager's next stays in his projects.
  const auto mgr = create_user("walker", "manager");
  add_member(p, mgr);
  auto last = client->get("/api/v1/phone_numbers/" + str(ids.back()) + "/next", token("walker", "password-123"));
  ASSERT_EQ(last.status, 200);
  EXPECT_TRUE(last.json().at("data").is_null()) << "the other project's numbers are not his";
  EXPECT_EQ(client->get("/api/v1/phone_numbers/" + str(ids[0]) + "/next?sort=phone", admin_token()).status, 422);
}

TEST_F(Numbers, CallbacksOverdueTodayAndThisWeek) {
  const auto p = project("Callbacks");
  ASSERT_TRUE(p);
  const std::string day = "(numbase_day(now())::timestamp AT TIME ZONE 'Europe/Moscow')";
  const auto overdue_yesterday = insert_one("project_id, phone, status_id, reminder_at",
                                            str(p) + ", 79160000001, 1, " + day + " - interval '1 hour'");
  const auto overdue_today = insert_one("project_id, phone, status_id, reminder_at",
                                        str(p) + ", 79160000002, 1, now() - interval '1 second'");
  const auto later_today = insert_one("project_id, phone, status_id, reminder_at",
                                      str(p) + ", 79160000003, 1, " + day + " + interval '1 day' - interval '1 second'");
  const auto in_three_days = insert_one("project_id, phone, status_id, reminder_at",
                                        str(p) + ", 79160000004, 1, " + day + " + interval '3 days'");
  insert_one("project_id, phone, status_id, reminder_at", str(p) + ", 79160000005, 1, " + day + " + interval '8 days'");
  insert_one("project_id, phone, status_id", str(p) + ", 79160000006, 1");
  auto set = [](Ids v) { return std::set<std::int64_t>(v.begin(), v.end()); };
  EXPECT_EQ(set(list_ids("?reminder=overdue")), (std::set<std::int64_t>{overdue_yesterday, overdue_today}));
  EXPECT_EQ(set(list_ids("?reminder=today")), (std::set<std::int64_t>{overdue_today, later_today}));
  EXPECT_EQ(set(list_ids("?reminder=week")), (std::set<std::int64_t>{overdue_today, later_today, in_three_days}));
  EXPECT_EQ(list_ids("?reminder=today&sort=reminder_at"), (Ids{overdue_today, later_today}));
  EXPECT_EQ(client->get("/api/v1/phone_numbers?reminder=someday", admin_token()).status, 422);
}

TEST_F(Numbers, AColleaguesNumberIsTakenOnlyWithThePermissionToReassign) {
  const auto p = project("Shared");
  ASSERT_TRUE(p);
  const auto anna = create_user("anna", "manager"), boris = create_user("boris", "manager");
  add_member(p, anna);
  add_member(p, boris);
  const auto hers = number(p, "+79161230001", {{"assigned_to", anna}});
  const auto free = number(p, "+79161230002");
  const auto boris_token = token("boris", "password-123");
  auto assign = [&](std::int64_t id, json::value to) {
    return client->patch("/api/v1/phone_numbers/" + str(id), body({{"assigned_to", to}}), boris_token).status;
  };
  EXPECT_EQ(assign(hers, boris), 403) << "taking Anna's number";
  EXPECT_EQ(assign(hers, nullptr), 403) << "taking it from her";
  EXPECT_EQ(assign(free, boris), 200) << "a free number is his to take";
  EXPECT_EQ(assign(free, nullptr), 200) << "and his own to let go";
  auto bulk = client->post("/api/v1/phone_numbers/bulk_update",
                           body({{"phone_number_ids", json::array{hers, free}}, {"assigned_to", boris}}), boris_token);
  EXPECT_EQ(bulk.status, 403) << bulk.body;
  EXPECT_EQ(scalar("SELECT assigned_to FROM phone_numbers WHERE id = " + str(hers)), anna) << "nothing changed";
  EXPECT_EQ(client->patch("/api/v1/phone_numbers/" + str(hers), body({{"comment", "ok"}}), boris_token).status, 200)
      << "working on it is not taking it";

  // A role with the permission (a "старший менеджер") may; administrators may.
  db::Connection(conninfo).exec(
      "UPDATE roles SET permissions = permissions || ARRAY['phone_numbers.reassign'] WHERE name = 'manager'");
  EXPECT_EQ(assign(hers, boris), 200);
  auto by_admin = client->patch("/api/v1/phone_numbers/" + str(hers), body({{"assigned_to", anna}}), admin_token());
  EXPECT_EQ(by_admin.status, 200);
}

TEST_F(Numbers, SearchFindsTheCompanySiteOrCommentAnyCase) {
  const auto p = project("Search");
  ASSERT_TRUE(p);
  const auto romashka = number(p, "+79161000001", {{"company", "ООО «Ромашка»"}});
  const auto site = number(p, "+79161000002", {{"site", "https://romashka-shop.ru"}});
  const auto note = number(p, "+79161000003", {{"comment", "сбросил, 100% перезвонить"}});
  number(p, "+79161000004", {{"company", "ИП Лютик"}});
  auto set = [](Ids v) { return std::set<std::int64_t>(v.begin(), v.end()); };
  EXPECT_EQ(set(list_ids("?q=" + std::string("%D1%80%D0%BE%D0%BC%D0%B0%D1%88"))), (std::set<std::int64_t>{romashka}))
      << "ромаш, lower case, finds «Ромашка»";
  EXPECT_EQ(set(list_ids("?q=ROMASHKA")), (std::set<std::int64_t>{site}));
  EXPECT_EQ(set(list_ids("?q=100%25%20")), (std::set<std::int64_t>{note})) << "a % is itself";
  EXPECT_TRUE(list_ids("?q=10_").empty()) << "an _ is itself";
  EXPECT_EQ(client->get("/api/v1/phone_numbers?q=ab", admin_token()).status, 422);
  // Bulk by filter takes it too.
  auto res = client->post("/api/v1/phone_numbers/bulk_update",
                          body({{"filter", json::object{{"q", "ромашк"}}}, {"is_favourite", true}}), admin_token());
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().at("updated_count").as_int64(), 1);
  // The index serves it.
  db::Connection conn(conninfo);
  conn.exec("SET enable_seqscan = off");
  auto plan = conn.exec("EXPLAIN SELECT id FROM phone_numbers n WHERE numbase_number_text(n.company, n.site, n.comment)"
                        " ILIKE '%ромаш%'");
  std::string text;
  for (int i = 0; i < plan.rows(); ++i) text += plan.str(i, 0) + "\n";
  EXPECT_NE(text.find("phone_numbers_text_trgm_idx"), std::string::npos) << text;
}
