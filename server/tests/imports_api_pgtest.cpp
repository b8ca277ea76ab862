// Imports through the API: upload (streamed to disk), preview, the import job for each format,
// bad files, counts and counters, the error report, cancel, progress events, and a worker
// killed in the middle of an import.
#include <gtest/gtest.h>
#include <signal.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <filesystem>
#include <fstream>
#include <thread>

#include "db/connection.hpp"
#include "exports/writers.hpp"
#include "support/api_fixture.hpp"
#include "support/harness.hpp"
#include "support/spawn.hpp"
#include "support/xls_writer.hpp"

using namespace numbase;
using namespace numbase::test;
namespace json = boost::json;

namespace {

class ImportsApi : public ApiTest {
 protected:
  void configure(Config& c) override { c.upload_limit = 4 << 20; }

  std::int64_t project(const std::string& name = "Import target") {
    auto res = client->post("/api/v1/projects", json::serialize(json::object{{"name", name}, {"is_active", false}}), admin_token());
    EXPECT_EQ(res.status, 201) << res.body;
    return res.json().at("id").as_int64();
  }

  HttpResponse upload(std::int64_t project_id, const std::string& filename, const std::string& content,
                      std::vector<std::pair<std::string, std::string>> extra = {}) {
    extra.emplace_back("project_id", std::to_string(project_id));
    return client->upload("/api/v1/imports", extra, filename, content, admin_token());
  }

  // Uploads, runs the job, and returns the import as the API shows it.
  json::object import_file(std::int64_t project_id, const std::string& filename, const std::string& content,
                           std::vector<std::pair<std::string, std::string>> extra = {}) {
    auto res = upload(project_id, filename, content, std::move(extra));
    EXPECT_EQ(res.status, 201) << res.body;
    if (res.status != 201) return {};
    run_jobs();
    auto got = client->get("/api/v1/imports/" + std::to_string(res.json().at("id").as_int64()), admin_token());
    EXPECT_EQ(got.status, 200) << got.body;
    return got.json().as_object();
  }

  std::int64_t count(const std::string& sql) { return db::Connection(conninfo).exec(sql).i64(0, 0); }

  std::string file_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }
};

// Телефон;Компания;Комментарий in Windows-1251, a company with a quoted line break and a
// quoted ';', a duplicate, a number the project has, an invalid row.
const std::string kCp1251File =
    "\xD2\xE5\xEB\xE5\xF4\xEE\xED;\xCA\xEE\xEC\xEF\xE0\xED\xE8\xFF;\xCA\xEE\xEC\xEC\xE5\xED\xF2\xE0\xF0\xE8\xE9\r\n"
    "+7 916 000-00-01;\"\xCE\xCE\xCE \xAB\xD0\xEE\xEC\xE0\xF8\xEA\xE0\xBB\r\n\xF4\xE8\xEB\xE8\xE0\xEB\";\"a;b\"\r\n"
    "89160000002;;\r\n"
    "8 (916) 000-00-01;;\r\n"
    "79160000003;;\r\n"
    "not a phone;;\r\n";

}  // namespace

TEST_F(ImportsApi, Windows1251SemicolonFileWithQuotedNewlines) {
  auto p = project();
  db::Connection(conninfo).query(
      "INSERT INTO phone_numbers (project_id, phone, status_id) VALUES ($1, 79160000003, 1)", p);
  auto imp = import_file(p, "base.csv", kCp1251File, {{"language", "en"}});
  EXPECT_EQ(imp.at("status").as_string(), "completed") << json::serialize(imp);
  EXPECT_EQ(imp.at("file_kind").as_string(), "csv");
  EXPECT_EQ(imp.at("total_rows").as_int64(), 5);
  EXPECT_EQ(imp.at("imported_rows").as_int64(), 2);
  EXPECT_EQ(imp.at("duplicates_in_file").as_int64(), 1);
  EXPECT_EQ(imp.at("already_in_project").as_int64(), 1);
  EXPECT_EQ(imp.at("duplicate_rows").as_int64(), 2);
  EXPECT_EQ(imp.at("failed_rows").as_int64(), 1);
  const auto& errors = imp.at("errors").as_array();
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].at("row").as_int64(), 7) << "the line, counting the break inside quotes";
  EXPECT_EQ(errors[0].at("value").as_string(), "not a phone");

  auto numbers = client->get("/api/v1/phone_numbers?project_id=" + std::to_string(p) + "&sort=created_at",
                             admin_token());
  ASSERT_EQ(numbers.status, 200);
  const auto list = numbers.json();
  const auto& data = list.at("data").as_array();
  ASSERT_EQ(data.size(), 3u);
  bool found = false;
  for (const auto& n : data)
    if (n.at("phone_number").as_string() == "+79160000001") {
      EXPECT_EQ(n.at("company").as_string(), "ООО «Ромашка»\r\nфилиал");
      EXPECT_EQ(n.at("comment").as_string(), "a;b");
      found = true;
    }
  EXPECT_TRUE(found);

  // The project's counters moved with the import; the audit names the system and the user.
  auto proj = client->get("/api/v1/projects/" + std::to_string(p), admin_token()).json();
  EXPECT_EQ(proj.at("received_total").as_int64(), 3);
  EXPECT_EQ(proj.at("received_today").as_int64(), 3);
  EXPECT_EQ(audit_count("action = 'import' AND actor_type = 'system' AND on_behalf_of = " +
                        std::to_string(admin_id())),
            1);

  // The whole error report as CSV.
  auto report = client->get(imp.at("error_report_url").as_string().c_str(), admin_token());
  ASSERT_EQ(report.status, 200) << report.body;
  EXPECT_EQ(report.body, "\xEF\xBB\xBFrow;value;reason\r\n7;not a phone;not a valid phone number\r\n");
  EXPECT_NE(report.header("content-disposition").find("base-errors.csv"), std::string::npos);
}

TEST_F(ImportsApi, TheErrorReportIsInTheLanguageOfWhoeverStartedTheImport) {
  auto other = project("Кредиты");
  db::Connection(conninfo).query("INSERT INTO phone_numbers (project_id, phone, status_id) VALUES ($1, 79160000005, 1)",
                                 other);
  auto p = project();
  const std::string file = "phone\r\n+79160000005\r\n\r\nnot a phone\r\n";
  auto imp = import_file(p, "base.csv", file);  // no language: Russian, the UI's default
  ASSERT_EQ(imp.at("status").as_string(), "completed") << json::serialize(imp);
  EXPECT_EQ(imp.at("language").as_string(), "ru");
  EXPECT_EQ(imp.at("errors").at(0).at("error").as_string(), "not a valid phone number") << "the API speaks English";
  auto report = client->get(imp.at("error_report_url").as_string().c_str(), admin_token());
  EXPECT_EQ(report.body, "\xEF\xBB\xBFстрока;значение;причина\r\n4;not a phone;неверный номер телефона\r\n"
                         "2;+79160000005;уже есть в другом проекте: Кредиты\r\n");

  auto en = import_file(project("English"), "base.csv", file, {{"language", "en"}});
  report = client->get(en.at("error_report_url").as_string().c_str(), admin_token());
  EXPECT_EQ(report.body, "\xEF\xBB\xBFrow;value;reason\r\n4;not a phone;not a valid phone number\r\n"
                         "2;+79160000005;already in another project: Import target, Кредиты\r\n");

  auto bad = upload(p, "base.csv", file, {{"language", "de"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("\"language\""), std::string::npos) << bad.body;
}

TEST_F(ImportsApi, XlsxAndXlsFilesAndARegionColumn) {
  auto p = project();
  const auto dir = make_temp_dir("numbase-import-files");
  const auto xlsx = dir / "base.xlsx";
  {
    auto w = exports::xlsx_writer(xlsx, {"Телефон", "Компания", "Регион"});
    w->row({"+79161110001", "Альфа", "Москва"});
    w->row({"79161110002", std::nullopt, "Ханты-Мансийский автономный округ - Югра"});
    w->row({"123", "bad", std::nullopt});
    w->finish();
  }
  auto imp = import_file(p, "base.xlsx", file_bytes(xlsx));
  EXPECT_EQ(imp.at("status").as_string(), "completed") << json::serialize(imp);
  EXPECT_EQ(imp.at("file_kind").as_string(), "xlsx");
  EXPECT_EQ(imp.at("imported_rows").as_int64(), 2);
  EXPECT_EQ(imp.at("failed_rows").as_int64(), 1);
  EXPECT_EQ(count("SELECT count(*) FROM phone_numbers WHERE phone = 79161110001 AND geo_id = " +
                  std::to_string(ru_region("Москва"))),
            1)
      << "the region column chose the geo";

  const auto xls = dir / "base.xls";
  write_xls(xls.string(), {{"Sheet1", {{std::string("Phone"), std::string("Company")},
                                       {79162220001.0, std::string("Бета")},
                                       {std::string("8 916 222-00-02"), std::monostate{}}}}});
  imp = import_file(p, "old-excel.xls", file_bytes(xls));
  EXPECT_EQ(imp.at("status").as_string(), "completed") << json::serialize(imp);
  EXPECT_EQ(imp.at("file_kind").as_string(), "xls");
  EXPECT_EQ(imp.at("imported_rows").as_int64(), 2);
  EXPECT_EQ(count("SELECT count(*) FROM phone_numbers WHERE phone = 79162220001 AND company = 'Бета'"), 1);
  std::filesystem::remove_all(dir);
}

TEST_F(ImportsApi, BadFilesAreRefusedWithAClearErrorAndNothingIsImported) {
  auto p = project();
  auto empty = upload(p, "empty.csv", "");
  EXPECT_EQ(empty.status, 422) << empty.body;
  EXPECT_EQ(error_fields(empty), std::set<std::string>{"file"});

  std::string binary = "\x7F" "ELF\x02\x01\x01";
  for (int i = 0; i < 2000; ++i) binary += static_cast<char>(i % 7 == 0 ? 0 : i % 251);
  auto bin = upload(p, "numbers.csv", binary);
  EXPECT_EQ(bin.status, 422) << bin.body;
  EXPECT_EQ(bin.json().at("error").at("code").as_string(), "UNREADABLE_FILE");

  const auto dir = make_temp_dir("numbase-import-bad");
  auto w = exports::xlsx_writer(dir / "t.xlsx", {"Phone"});
  for (int i = 0; i < 2000; ++i) w->row({"7916" + std::to_string(3000000 + i)});
  w->finish();
  auto whole = file_bytes(dir / "t.xlsx");
  auto truncated = upload(p, "t.xlsx", whole.substr(0, whole.size() / 2));
  EXPECT_EQ(truncated.status, 422) << truncated.body;
  EXPECT_NE(truncated.json().at("error").at("message").as_string().find("XLSX"), std::string::npos);
  std::filesystem::remove_all(dir);

  // A CSV cut off inside a quoted field is only found when read to the end: the job fails
  // and leaves no rows.
  auto cut = upload(p, "cut.csv", "phone;comment\n79160000001;ok\n79160000002;\"never closed\n79160000003;x\n");
  ASSERT_EQ(cut.status, 201) << cut.body;
  run_jobs();
  auto got = client->get("/api/v1/imports/" + std::to_string(cut.json().at("id").as_int64()), admin_token()).json();
  EXPECT_EQ(got.at("status").as_string(), "failed");
  EXPECT_NE(got.at("error").as_string().find("quote"), std::string::npos) << got.at("error").as_string();
  EXPECT_EQ(count("SELECT count(*) FROM phone_numbers"), 0);
  EXPECT_EQ(count("SELECT attempts FROM jobs WHERE id = " + std::to_string(got.at("job_id").as_int64())), 1)
      << "bad input is not retried";

  // An XLS workbook is parsed once, by the job (in its child process): a damaged one is queued
  // and fails there, and the preview (which the UI shows first) refuses it at once.
  const std::string damaged_xls = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(4000, '\x07');
  auto xls = upload(p, "old.xls", damaged_xls);
  ASSERT_EQ(xls.status, 201) << xls.body;
  EXPECT_EQ(xls.json().at("file_kind").as_string(), "xls");
  run_jobs();
  got = client->get("/api/v1/imports/" + std::to_string(xls.json().at("id").as_int64()), admin_token()).json();
  EXPECT_EQ(got.at("status").as_string(), "failed");
  EXPECT_FALSE(got.at("error").as_string().empty());
  auto previewed = client->upload("/api/v1/imports/preview", {}, "old.xls", damaged_xls, admin_token());
  EXPECT_EQ(previewed.status, 422) << previewed.body;

  // Fields are checked before anything is queued.
  auto missing = client->upload("/api/v1/imports", {{"region", "Russia"}, {"columns", "[\"company\"]"}}, "a.csv",
                                "79160000001\n", admin_token());
  EXPECT_EQ(missing.status, 422);
  EXPECT_EQ(error_fields(missing), (std::set<std::string>{"project_id", "region", "columns"}));
  auto no_project = upload(999999, "a.csv", "79160000001\n");
  EXPECT_EQ(no_project.status, 422);
  EXPECT_EQ(error_fields(no_project), std::set<std::string>{"project_id"});
  auto not_multipart = client->post("/api/v1/imports", "{}", admin_token());
  EXPECT_EQ(not_multipart.status, 400);
  EXPECT_EQ(count("SELECT count(*) FROM imports"), 2);
}

TEST_F(ImportsApi, HeaderOnlyFileAndATenThousandColumnRow) {
  auto p = project();
  auto header_only = import_file(p, "header.csv", "Телефон;Компания\r\n");
  EXPECT_EQ(header_only.at("status").as_string(), "completed");
  EXPECT_EQ(header_only.at("total_rows").as_int64(), 0);
  EXPECT_EQ(header_only.at("imported_rows").as_int64(), 0);

  std::string wide = "company";
  for (int i = 1; i < 10000; ++i) wide += i == 5000 ? ",phone" : ",c" + std::to_string(i);
  wide += "\nACME";
  for (int i = 1; i < 10000; ++i) wide += i == 5000 ? ",+79163334455" : ",x";
  wide += "\n";
  auto imp = import_file(p, "wide.csv", wide);
  EXPECT_EQ(imp.at("status").as_string(), "completed") << json::serialize(imp);
  EXPECT_EQ(imp.at("imported_rows").as_int64(), 1);
  EXPECT_EQ(count("SELECT count(*) FROM phone_numbers WHERE phone = 79163334455 AND company = 'ACME'"), 1);
}

TEST_F(ImportsApi, ColumnMappingAndPreview) {
  auto p = project();
  const std::string file = "ACME;+7 916 444-00-01;first\nBeta;+7 916 444-00-02;second\n";
  auto preview = client->upload("/api/v1/imports/preview", {}, "x.csv", file, admin_token());
  ASSERT_EQ(preview.status, 200) << preview.body;
  auto pv = preview.json().as_object();
  EXPECT_EQ(pv.at("file_kind").as_string(), "csv");
  EXPECT_EQ(pv.at("encoding").as_string(), "UTF-8");
  EXPECT_EQ(pv.at("delimiter").as_string(), ";");
  EXPECT_FALSE(pv.at("has_header").as_bool());
  EXPECT_EQ(json::serialize(pv.at("columns")), R"(["ignore","phone","ignore"])");
  EXPECT_EQ(pv.at("rows").as_array().size(), 2u);

  auto imp = import_file(p, "x.csv", file, {{"columns", R"(["company","phone","comment"])"}});
  EXPECT_EQ(imp.at("imported_rows").as_int64(), 2);
  // With a mapping, a header row is still recognized and skipped (not a failed row).
  auto with_header = import_file(p, "h.csv", "Телефон;Компания\n+7 916 444-00-03;Gamma\n",
                                 {{"columns", R"(["phone","comment"])"}});
  EXPECT_EQ(with_header.at("total_rows").as_int64(), 1);
  EXPECT_EQ(with_header.at("failed_rows").as_int64(), 0);
  EXPECT_EQ(count("SELECT count(*) FROM phone_numbers WHERE comment = 'Gamma'"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM phone_numbers WHERE company = 'Beta' AND comment = 'second'"), 1);
}

TEST_F(ImportsApi, UploadsAreLimitedAndNeedThePermissionBeforeTheBodyIsRead) {
  auto p = project();
  auto big = upload(p, "big.csv", std::string((4 << 20) + 1024, '7'));
  EXPECT_EQ(big.status, 413) << big.body.substr(0, 200);
  create_user("mgr", "manager");
  auto manager = client->upload("/api/v1/imports", {{"project_id", std::to_string(p)}}, "a.csv", "79160000001\n",
                                token("mgr", "password-123"));
  EXPECT_EQ(manager.status, 403);
  auto anonymous = client->upload("/api/v1/imports", {{"project_id", std::to_string(p)}}, "a.csv", "79160000001\n");
  EXPECT_EQ(anonymous.status, 401);
  EXPECT_EQ(count("SELECT count(*) FROM imports"), 0);
  const auto spool = app->config.files_dir() / "spool";
  EXPECT_TRUE(!std::filesystem::exists(spool) || std::filesystem::is_empty(spool))
      << "nothing is left in the spool directory";
}

TEST_F(ImportsApi, CancelAQueuedImportAndWatchProgressEvents) {
  auto p = project();
  auto queued = upload(p, "a.csv", "79160000001\n79160000002\n");
  ASSERT_EQ(queued.status, 201);
  auto job = queued.json().at("job_id").as_int64();
  auto cancel = client->post("/api/v1/jobs/" + std::to_string(job) + "/cancel", "", admin_token());
  EXPECT_EQ(cancel.status, 202) << cancel.body;
  run_jobs();
  auto got = client->get("/api/v1/imports/" + std::to_string(queued.json().at("id").as_int64()), admin_token()).json();
  EXPECT_EQ(got.at("status").as_string(), "cancelled");
  EXPECT_EQ(count("SELECT count(*) FROM phone_numbers"), 0);
  EXPECT_EQ(client->post("/api/v1/jobs/" + std::to_string(job) + "/cancel", "", admin_token()).status, 202)
      << "cancelling a cancelled job is harmless";

  auto done = upload(p, "b.csv", "79160000001\n");
  run_jobs();
  auto done_job = std::to_string(done.json().at("job_id").as_int64());
  EXPECT_EQ(client->post("/api/v1/jobs/" + done_job + "/cancel", "", admin_token()).status, 409);
  // The event stream of a finished job sends its state once and ends.
  auto events = client->get("/api/v1/jobs/" + done_job + "/events", admin_token());
  EXPECT_EQ(events.status, 200);
  EXPECT_EQ(events.header("content-type"), "text/event-stream");
  EXPECT_EQ(events.header("x-accel-buffering"), "no") << "a proxy passes the events on as they come";
  ASSERT_EQ(events.body.rfind("event: job\ndata: {", 0), 0u) << events.body;
  const auto end = events.body.find("\n\n");
  ASSERT_EQ(end + 2, events.body.size()) << "one event: " << events.body;
  auto state = json::parse(events.body.substr(17, end - 17));
  EXPECT_EQ(state.at("status").as_string(), "completed");
  create_user("other", "manager");
  EXPECT_EQ(client->get("/api/v1/jobs/" + done_job + "/events", token("other", "password-123")).status, 404);

  auto list = client->get("/api/v1/imports?status=completed", admin_token());
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.json().at("data").as_array().size(), 1u);
  EXPECT_EQ(list.json().at("pagination").at("total").as_int64(), 1);
}

// A worker process is killed (SIGKILL) in the middle of a large import; after its lease runs
// out another worker imports the file again from the start, and every number is there once.
TEST_F(ImportsApi, AWorkerKilledMidImportIsRecoveredWithoutDuplicates) {
  auto p = project();
  std::string file = "phone\n";
  constexpr int kRows = 300000;
  for (int i = 0; i < kRows; ++i) file += "7916" + std::to_string(1000000 + i) + "\n";
  auto res = upload(p, "big.csv", file);
  ASSERT_EQ(res.status, 201) << res.body;
  const auto job = res.json().at("job_id").as_int64();

  const auto dir = make_temp_dir("numbase-killed-worker");
  auto w = spawn({"worker", "--data-dir", app->config.data_dir.string()},
                 {"DATABASE_URL=" + conninfo, "NUMBASE_JOB_LEASE_SECONDS=2"}, dir / "worker.log");
  std::int64_t seen = 0;
  for (int i = 0; i < 600 && seen == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    seen = count("SELECT progress_done FROM jobs WHERE id = " + std::to_string(job));
  }
  ASSERT_GT(seen, 0) << slurp(dir / "worker.log");
  ASSERT_LT(seen, kRows) << "killed in the middle";
  kill(w.pid, SIGKILL);
  EXPECT_EQ(wait_exit(w.pid), 128 + SIGKILL);
  EXPECT_EQ(count("SELECT count(*) FROM phone_numbers"), 0) << "the killed transaction left nothing";

  std::this_thread::sleep_for(std::chrono::milliseconds(2500));  // the lease runs out
  run_jobs();
  auto got = client->get("/api/v1/imports/" + std::to_string(res.json().at("id").as_int64()), admin_token()).json();
  EXPECT_EQ(got.at("status").as_string(), "completed") << json::serialize(got);
  EXPECT_EQ(got.at("attempts").as_int64(), 2);
  EXPECT_EQ(got.at("imported_rows").as_int64(), kRows);
  EXPECT_EQ(count("SELECT count(*) FROM phone_numbers"), kRows);
  EXPECT_EQ(count("SELECT count(DISTINCT phone) FROM phone_numbers"), kRows);
  EXPECT_EQ(count("SELECT received_total FROM projects WHERE id = " + std::to_string(p)), kRows);
  std::filesystem::remove_all(dir);
}

// The worker committed the import but died before marking the job done: the job runs again
// and reports what was committed instead of importing the file a second time.
TEST_F(ImportsApi, ARetryAfterTheCommitDoesNotImportAgain) {
  auto p = project();
  auto imp = import_file(p, "a.csv", "79160000001\n79160000002\n");
  ASSERT_EQ(imp.at("imported_rows").as_int64(), 2);
  db::Connection(conninfo).query("UPDATE jobs SET status = 'queued', result = NULL WHERE id = $1",
                                 imp.at("job_id").as_int64());
  run_jobs();
  auto again = client->get("/api/v1/imports/" + std::to_string(imp.at("id").as_int64()), admin_token()).json();
  EXPECT_EQ(again.at("status").as_string(), "completed");
  EXPECT_EQ(again.at("imported_rows").as_int64(), 2);
  EXPECT_EQ(count("SELECT (result->>'imported_rows')::bigint FROM jobs WHERE id = " +
                  std::to_string(imp.at("job_id").as_int64())),
            2);
}
