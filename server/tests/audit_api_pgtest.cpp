#include <boost/json/serialize.hpp>

#include "support/api_fixture.hpp"

using namespace numbase;
using namespace numbase::test;
namespace json = boost::json;

using AuditApi = ApiTest;

TEST_F(AuditApi, FiltersByActionEntityUserAndDate) {
  auto id = create_user("frank", "manager");
  auto t = admin_token();
  auto data = [&](const std::string& query) {
    auto res = client->get("/api/v1/audit_log?" + query, t);
    EXPECT_EQ(res.status, 200) << res.body;
    return res.json().at("data").as_array();
  };
  auto created = data("action=create&entity_type=user&entity_id=" + std::to_string(id));
  ASSERT_EQ(created.size(), 1u);
  EXPECT_EQ(created[0].at("username").as_string(), "admin");
  EXPECT_EQ(created[0].at("changes").at("username").at("new").as_string(), "frank");
  EXPECT_EQ(created[0].at("ip_address").as_string(), "127.0.0.1");

  EXPECT_EQ(data("user_id=1&action=login").size(), 1u);
  EXPECT_EQ(data("date_from=2000-01-01&date_to=2000-12-31").size(), 0u);
  EXPECT_GE(data("date_from=2000-01-01").size(), 3u);
  EXPECT_EQ(client->get("/api/v1/audit_log?date_from=yesterday", t).status, 422);
}

TEST_F(AuditApi, KeysetPagesCoverEverythingOnce) {
  db::Connection conn(conninfo);
  conn.exec(
      "INSERT INTO audit_log (actor_type, action, entity_type, entity_id)"
      " SELECT 'system', 'bulk', 'thing', g::text FROM generate_series(1, 250) g");
  std::set<std::string> seen;
  std::string cursor;
  int pages = 0;
  for (;;) {
    auto res = client->get("/api/v1/audit_log?action=bulk&limit=100" + (cursor.empty() ? "" : "&cursor=" + cursor),
                           admin_token());
    ASSERT_EQ(res.status, 200);
    auto j = res.json();
    for (const auto& r : j.at("data").as_array()) EXPECT_TRUE(seen.insert(std::string(r.at("entity_id").as_string())).second);
    ++pages;
    if (!j.at("pagination").at("has_next").as_bool()) {
      EXPECT_TRUE(j.at("pagination").at("next_cursor").is_null());
      break;
    }
    cursor = std::string(j.at("pagination").at("next_cursor").as_string());
  }
  EXPECT_EQ(pages, 3);
  EXPECT_EQ(seen.size(), 250u);
}

TEST_F(AuditApi, ExportStreamsCsvAndNeutralizesFormulas) {
  // A hostile user agent ends up in the log, and must not run as a formula in Excel.
  client->request("POST", "/api/v1/auth/login", R"({"username":"admin","password":"nope-nope"})",
                  {{"User-Agent", "=HYPERLINK(\"http://evil\",\"x\")"}});
  db::Connection conn(conninfo);
  conn.exec(
      "INSERT INTO audit_log (actor_type, action, entity_type, entity_id)"
      " SELECT 'system', 'bulk', 'thing', g::text FROM generate_series(1, 5000) g");
  auto res = client->get("/api/v1/audit_log/export", admin_token());
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(res.header("transfer-encoding"), "chunked");
  EXPECT_EQ(res.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_EQ(res.body.rfind("\xEF\xBB\xBFid,timestamp,", 0), 0u);
  EXPECT_NE(res.body.find("\"'=HYPERLINK("), std::string::npos);
  EXPECT_EQ(res.body.find(",=HYPERLINK"), std::string::npos);
  size_t lines = std::count(res.body.begin(), res.body.end(), '\n');
  EXPECT_GE(lines, 5000u + 4);  // header, 5000 bulk rows, and the admin's own records

  auto filtered = client->get("/api/v1/audit_log/export?action=login_failed&language=ru", admin_token());
  EXPECT_EQ(std::count(filtered.body.begin(), filtered.body.end(), '\n'), 2);
  EXPECT_EQ(filtered.body.rfind("\xEF\xBB\xBFid,время,", 0), 0u) << "the header in the downloader's language";
  EXPECT_EQ(audit_count("action = 'export' AND entity_type = 'audit_log'"), 2) << "exports are audited";
  EXPECT_EQ(client->get("/api/v1/audit_log/export?language=de", admin_token()).status, 422);
}
