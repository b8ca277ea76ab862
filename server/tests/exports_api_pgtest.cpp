// Exports through the API: CSV and XLSX files by filter, formula neutralization, managers'
// scope, who may download, retention.
#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include <filesystem>
#include <fstream>

#include "db/connection.hpp"
#include "exports/job.hpp"
#include "exports/writers.hpp"
#include "imports/xlsx_reader.hpp"
#include "support/api_fixture.hpp"
#include "support/harness.hpp"

using namespace numbase;
using namespace numbase::test;
namespace json = boost::json;

namespace {

class ExportsApi : public ApiTest {
 protected:
  std::int64_t project(const std::string& name) {
    auto res = client->post("/api/v1/projects", json::serialize(json::object{{"name", name}, {"is_active", false}}), admin_token());
    EXPECT_EQ(res.status, 201) << res.body;
    return res.json().at("id").as_int64();
  }
  void add_number(std::int64_t project_id, const std::string& phone, const std::string& company = "") {
    json::object body{{"project_id", project_id}, {"phone_number", phone}};
    if (!company.empty()) body["company"] = company;
    auto res = client->post("/api/v1/phone_numbers", json::serialize(body), admin_token());
    ASSERT_EQ(res.status, 201) << res.body;
  }
  // Creates an export, runs it, and returns it as the API shows it.
  json::object run_export(const json::object& body, const std::string& token) {
    auto res = client->post("/api/v1/exports", json::serialize(body), token);
    EXPECT_EQ(res.status, 201) << res.body;
    if (res.status != 201) return {};
    run_jobs();
    auto got = client->get("/api/v1/exports/" + std::to_string(res.json().at("id").as_int64()), token);
    EXPECT_EQ(got.status, 200);
    return got.json().as_object();
  }
};

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::size_t at = 0;
  for (auto next = s.find("\r\n"); next != std::string::npos; at = next + 2, next = s.find("\r\n", at))
    out.push_back(s.substr(at, next - at));
  return out;
}

}  // namespace

TEST_F(ExportsApi, CsvWithBomKeepsPhonesAndNeutralizesFormulas) {
  auto p = project("Export me");
  auto other = project("Not me");
  add_number(p, "+79165550001", "=HYPERLINK(\"http://evil\",\"click\")");
  add_number(p, "+79165550002", "ООО; \"Кавычки\"");
  add_number(other, "+79165550003");

  auto e = run_export({{"project_id", p}, {"format", "csv"}, {"delimiter", ";"}}, admin_token());
  ASSERT_EQ(e.at("status").as_string(), "completed") << json::serialize(e);
  EXPECT_EQ(e.at("row_count").as_int64(), 2);
  auto file = client->get(e.at("download_url").as_string().c_str(), admin_token());
  ASSERT_EQ(file.status, 200);
  EXPECT_EQ(file.header("content-length"), std::to_string(file.body.size()));
  EXPECT_NE(file.header("content-disposition").find(".csv"), std::string::npos);
  ASSERT_EQ(file.body.rfind("\xEF\xBB\xBF", 0), 0u) << "a BOM, so Excel reads UTF-8";
  auto rows = lines(file.body.substr(3));
  ASSERT_EQ(rows.size(), 3u) << file.body;
  EXPECT_EQ(rows[0].rfind("Телефон;Проект;Статус;Компания", 0), 0u) << rows[0];
  // Newest first.
  EXPECT_EQ(rows[1].rfind("+79165550002;Export me;Новый;\"ООО; \"\"Кавычки\"\"\"", 0), 0u) << rows[1];
  EXPECT_EQ(rows[2].rfind("+79165550001;Export me;Новый;\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\"", 0), 0u)
      << rows[2];
  EXPECT_EQ(audit_count("action = 'export' AND actor_type = 'system'"), 1);
  EXPECT_EQ(audit_count("action = 'download' AND entity_type = 'export'"), 1);

  auto en = run_export({{"filters", json::object{{"project_id", p}}}, {"delimiter", ","}, {"language", "en"}},
                       admin_token());
  auto en_file = client->get(en.at("download_url").as_string().c_str(), admin_token());
  EXPECT_EQ(lines(en_file.body.substr(3)).at(0).rfind("Phone,Project,Status,Company", 0), 0u);
}

TEST_F(ExportsApi, XlsxIsReadBackAndContinuesOnANewSheet) {
  auto p = project("Sheets");
  add_number(p, "+79166660001", "Альфа");
  auto e = run_export({{"project_id", p}, {"format", "xlsx"}}, admin_token());
  ASSERT_EQ(e.at("status").as_string(), "completed") << json::serialize(e);
  auto file = client->get(e.at("download_url").as_string().c_str(), admin_token());
  ASSERT_EQ(file.status, 200);
  EXPECT_EQ(file.header("content-type"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const auto dir = make_temp_dir("numbase-export-xlsx");
  std::ofstream(dir / "e.xlsx", std::ios::binary) << file.body;
  imports::XlsxReader reader((dir / "e.xlsx").string());
  std::vector<std::string> row;
  ASSERT_TRUE(reader.next(row));
  EXPECT_EQ(row.at(0), "Телефон");
  ASSERT_TRUE(reader.next(row));
  EXPECT_EQ(row.at(0), "+79166660001") << "the phone stays text with its +";
  EXPECT_EQ(row.at(3), "Альфа");
  EXPECT_FALSE(reader.next(row));

  // Past a sheet's rows the writer starts another sheet with the header again (5 rows per
  // sheet here instead of Excel's 1,048,576).
  {
    auto w = exports::xlsx_writer(dir / "split.xlsx", {"Phone"}, 5);
    for (int i = 0; i < 9; ++i) w->row({"+7916777000" + std::to_string(i)});
    w->finish();
  }
  imports::XlsxReader split((dir / "split.xlsx").string());
  std::vector<std::string> phones;
  while (split.next(row)) phones.push_back(row.at(0));
  ASSERT_EQ(phones.size(), 10u) << "the header once (repeated headers are skipped) and 9 rows";
  EXPECT_EQ(phones.front(), "Phone");
  EXPECT_EQ(phones.back(), "+79167770008");
  std::filesystem::remove_all(dir);
}

TEST_F(ExportsApi, ManagersExportTheirProjectsAndDownloadOnlyTheirOwnFiles) {
  auto mine = project("Mine");
  auto theirs = project("Theirs");
  add_number(mine, "+79168880001");
  add_number(theirs, "+79168880002");
  auto mgr = create_user("mgr", "manager");
  create_user("other", "manager");
  ASSERT_EQ(client->post("/api/v1/projects/" + std::to_string(mine) + "/members",
                         json::serialize(json::object{{"user_id", mgr}}), admin_token())
                .status,
            200);
  const auto mgr_token = token("mgr", "password-123");
  EXPECT_EQ(client->post("/api/v1/exports", json::serialize(json::object{{"project_id", theirs}}), mgr_token).status,
            404);
  auto e = run_export({}, mgr_token);  // no filter: everything the manager may see
  ASSERT_EQ(e.at("status").as_string(), "completed") << json::serialize(e);
  EXPECT_EQ(e.at("row_count").as_int64(), 1);
  const std::string url = std::string(e.at("download_url").as_string());
  auto file = client->get(url, mgr_token);
  ASSERT_EQ(file.status, 200);
  EXPECT_NE(file.body.find("+79168880001"), std::string::npos);
  EXPECT_EQ(file.body.find("+79168880002"), std::string::npos);

  EXPECT_EQ(client->get(url, token("other", "password-123")).status, 404);
  EXPECT_EQ(client->get(url, admin_token()).status, 200);
  EXPECT_EQ(client->get("/api/v1/exports", token("other", "password-123")).json().at("data").as_array().size(), 0u);
  EXPECT_EQ(client->get("/api/v1/exports", admin_token()).json().at("data").as_array().size(), 1u);

  auto bad = client->post("/api/v1/exports",
                          json::serialize(json::object{{"format", "pdf"}, {"filters", json::object{{"status_id", "x"}}}}),
                          mgr_token);
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(error_fields(bad), (std::set<std::string>{"format", "filters.status_id"}));
}

TEST_F(ExportsApi, FilesAreRemovedAfterTheRetention) {
  auto p = project("Old");
  add_number(p, "+79169990001");
  auto e = run_export({{"project_id", p}}, admin_token());
  const auto id = e.at("id").as_int64();
  const auto path = exports::export_path(app->config.files_dir(), id, "csv");
  ASSERT_TRUE(std::filesystem::exists(path));
  db::Connection conn(conninfo);
  exports::remove_expired(conn, app->config.files_dir());
  EXPECT_TRUE(std::filesystem::exists(path)) << "not expired yet";
  conn.query("UPDATE exports SET expires_at = now() - interval '1 minute' WHERE id = $1", id);
  exports::remove_expired(conn, app->config.files_dir());
  EXPECT_FALSE(std::filesystem::exists(path));
  auto got = client->get("/api/v1/exports/" + std::to_string(id), admin_token()).json();
  EXPECT_EQ(got.at("status").as_string(), "expired");
  EXPECT_TRUE(got.at("download_url").is_null());
  EXPECT_EQ(client->get("/api/v1/exports/" + std::to_string(id) + "/download", admin_token()).status, 410);
}
