// SFTP feeds (issue 13) against a real OpenSSH server on loopback (support/sshd.sh): hosts with
// sealed secrets and a pinned key, password and key sign-in, imports of CSV and XLSX from a
// glob, each file once, a file still being written, an export uploaded and renamed, a changed
// host key, a wrong password, a missing directory, permission errors, the server stopped in
// the middle of a transfer, and the scheduler.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "app/job_kinds.hpp"
#include "db/connection.hpp"
#include "exports/writers.hpp"
#include "jobs/queue.hpp"
#include "jobs/retryable.hpp"
#include "jobs/worker.hpp"
#include "sftp/job.hpp"
#include "sftp/runs.hpp"
#include "sftp/schedules.hpp"
#include "support/api_fixture.hpp"
#include "support/harness.hpp"

using namespace numbase;
using namespace numbase::test;
namespace json = boost::json;
namespace fs = std::filesystem;

namespace {

// Beside this file: NUMBASE_OPENAPI is server/tests/../openapi/openapi.json in the source tree.
const fs::path kScript = fs::path(NUMBASE_OPENAPI).parent_path().parent_path() / "tests" / "support" / "sshd.sh";

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  auto text = s.str();
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  return text;
}

void write(const fs::path& p, const std::string& content) {
  fs::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << content;
}

// n valid Moscow mobile numbers from +7916 000 00 00 + first, one per line under a header.
std::string csv_numbers(int first, int n) {
  std::string out = "phone;company\r\n";
  for (int i = 0; i < n; ++i) {
    auto digits = std::to_string(9160000000LL + first + i);
    out += "+7" + digits + ";Company " + std::to_string(first + i) + "\r\n";
  }
  return out;
}

class Sftp : public ApiTest {
 protected:
  void SetUp() override {
    ::setenv("NUMBASE_SFTP_SETTLE_SECONDS", "1", 1);
    ::setenv("NUMBASE_SFTP_TIMEOUT_SECONDS", "5", 1);
    ApiTest::SetUp();
    server_dir = fs::path("/tmp") / ("numbase-sshd-" + std::to_string(::getpid()));
    fs::remove_all(server_dir);
    sshd("start");
    files = server_dir / "files";
    port = std::stoi(slurp(server_dir / "port"));
    user = slurp(server_dir / "user");
    password = slurp(server_dir / "password");
    fs::create_directories(files / "in");
    fs::create_directories(files / "out");
    ASSERT_EQ(std::system(("chown -R " + user + " " + files.string()).c_str()), 0);
  }
  void TearDown() override {
    sshd("stop");
    fs::remove_all(server_dir);
    ApiTest::TearDown();
  }

  void sshd(const std::string& what, const std::string& extra = "") {
    const auto cmd = "bash " + kScript.string() + " " + what + " " + server_dir.string() + " " + extra;
    ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
  }

  std::int64_t scalar(const std::string& sql) { return db::Connection(conninfo).exec(sql).i64(0, 0); }
  void exec(const std::string& sql) { db::Connection(conninfo).exec(sql); }

  json::object host_body(const std::string& auth = "password") {
    json::object b{{"name", "Partner " + auth},          {"host", "127.0.0.1"}, {"port", port},
                   {"username", user},                   {"auth_method", auth},
                   {"remote_directory", files.string()}};
    if (auth == "password") b["password"] = password;
    else b["private_key"] = slurp(server_dir / "client_key") + "\n";
    return b;
  }
  std::int64_t add_host(const json::object& body) {
    auto res = client->post("/api/v1/sftp/configs", json::serialize(body), admin_token());
    EXPECT_EQ(res.status, 201) << res.body;
    return res.status == 201 ? res.json().at("id").as_int64() : 0;
  }
  json::object test_host(std::int64_t id) {
    auto res = client->post("/api/v1/sftp/configs/" + std::to_string(id) + "/test", "", admin_token());
    EXPECT_EQ(res.status, 200) << res.body;
    return res.json().as_object();
  }
  // A host whose key was tested and accepted.
  std::int64_t trusted_host(const std::string& auth = "password") {
    auto id = add_host(host_body(auth));
    auto t = test_host(id);
    auto res = client->post("/api/v1/sftp/configs/" + std::to_string(id) + "/accept_host_key",
                            json::serialize(json::object{{"fingerprint", t.at("host_key").at("fingerprint")}}),
                            admin_token());
    EXPECT_EQ(res.status, 200) << res.body;
    return id;
  }
  std::int64_t project(const std::string& name = "SFTP target") {
    auto res = client->post("/api/v1/projects", json::serialize(json::object{{"name", name}, {"is_active", false}}),
                            admin_token());
    EXPECT_EQ(res.status, 201) << res.body;
    return res.json().at("id").as_int64();
  }
  std::int64_t import_schedule(std::int64_t host, const std::string& path, std::int64_t project_id,
                               json::object extra = {}) {
    json::object imp{{"remote_path", path}, {"target", "project"}, {"project_id", project_id}};
    for (auto& kv : extra) imp[kv.key()] = kv.value();
    auto res = client->post("/api/v1/sftp/schedules",
                            json::serialize(json::object{{"name", "Import " + path},
                                                         {"config_id", host},
                                                         {"direction", "import"},
                                                         {"cron", "0 6 * * *"},
                                                         {"import", imp}}),
                            admin_token());
    EXPECT_EQ(res.status, 201) << res.body;
    return res.status == 201 ? res.json().at("id").as_int64() : 0;
  }
  std::int64_t run_now(std::int64_t schedule) {
    auto res = client->post("/api/v1/sftp/schedules/" + std::to_string(schedule) + "/run", "", admin_token());
    EXPECT_EQ(res.status, 201) << res.body;
    return res.status == 201 ? res.json().at("id").as_int64() : 0;
  }
  json::object run(std::int64_t id) {
    auto res = client->get("/api/v1/sftp/jobs/" + std::to_string(id), admin_token());
    EXPECT_EQ(res.status, 200) << res.body;
    return res.json().as_object();
  }
  // The run's files as "name action reason".
  std::vector<std::string> files_of(const json::object& r) {
    std::vector<std::string> out;
    for (const auto& f : r.at("files").as_array()) {
      const auto& o = f.as_object();
      out.push_back(fs::path(std::string(o.at("name").as_string())).filename().string() + " " +
                    std::string(o.at("action").as_string()) +
                    (o.at("reason").is_null() ? "" : " " + std::string(o.at("reason").as_string())));
    }
    return out;
  }
  std::int64_t numbers_in(std::int64_t project_id) {
    return scalar("SELECT count(*) FROM phone_numbers WHERE project_id = " + std::to_string(project_id));
  }

  // Runs the run's job here, calling `interrupt` once its first bytes have arrived; rethrows what
  // the job throws (checked to be a failure worth retrying when it is a RetryableError).
  void run_directly(std::int64_t run_id, const std::function<void()>& interrupt) {
    auto row = db::Connection(conninfo).query(
        "SELECT j.id, j.payload::text FROM sftp_runs r JOIN jobs j ON j.id = r.job_id WHERE r.id = $1", run_id);
    db::Connection work(conninfo);
    bool done = false;
    jobs::JobContext job{work, row.i64(0, 0), json::parse(row.view(0, 1)).as_object(), admin_id(), 1,
                         [&](std::int64_t bytes, std::optional<std::int64_t>) {
                           if (bytes > 0 && !done) {
                             done = true;
                             interrupt();
                           }
                         }};
    auto options = sftp::job_options_from_env(app->config.files_dir(), app->config.export_retention);
    try {
      sftp::run_job(job, app->secrets, options);
    } catch (const jobs::RetryableError& e) {
      EXPECT_TRUE(jobs::is_transient(e));
      throw;
    }
  }

  fs::path server_dir, files;
  int port = 0;
  std::string user, password;
};

}  // namespace

TEST_F(Sftp, AHostsSecretsAreSealedAndNothingIsSentBeforeItsKeyIsAccepted) {
  const auto id = add_host(host_body());
  auto shown = client->get("/api/v1/sftp/configs/" + std::to_string(id), admin_token());
  ASSERT_EQ(shown.status, 200);
  EXPECT_EQ(shown.body.find(password), std::string::npos) << "never echoed";
  EXPECT_TRUE(shown.json().at("has_password").as_bool());
  EXPECT_TRUE(shown.json().at("host_key_fingerprint").is_null());
  EXPECT_EQ(scalar("SELECT count(*) FROM sftp_configs WHERE position(convert_to('" + password + "', 'UTF8') IN secrets) > 0"), 0)
      << "sealed at rest";
  EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE changes::text LIKE '%" + password + "%'"), 0);

  // The first test only learns the key: no password goes to a server nobody accepted.
  auto first = test_host(id);
  EXPECT_FALSE(first.at("ok").as_bool());
  EXPECT_EQ(first.at("host_key").at("status").as_string(), "unknown");
  EXPECT_EQ(first.at("error").at("code").as_string(), "HOST_KEY_UNKNOWN");
  EXPECT_EQ(std::string(first.at("host_key").at("fingerprint").as_string()), slurp(server_dir / "host_fingerprint"));
  EXPECT_TRUE(first.at("entries").as_array().empty());
  auto wrong = client->post("/api/v1/sftp/configs/" + std::to_string(id) + "/accept_host_key",
                            R"({"fingerprint": "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})", admin_token());
  EXPECT_EQ(wrong.status, 409) << "only the key the test met";
  auto ok = client->post("/api/v1/sftp/configs/" + std::to_string(id) + "/accept_host_key",
                         json::serialize(json::object{{"fingerprint", first.at("host_key").at("fingerprint")}}),
                         admin_token());
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json().at("host_key_fingerprint"), first.at("host_key").at("fingerprint"));

  // Then it signs in and lists the directory.
  auto second = test_host(id);
  EXPECT_TRUE(second.at("ok").as_bool()) << json::serialize(second);
  EXPECT_EQ(second.at("host_key").at("status").as_string(), "accepted");
  bool in = false;
  for (const auto& e : second.at("entries").as_array()) in = in || (e.at("name") == "in" && e.at("is_directory").as_bool());
  EXPECT_TRUE(in) << json::serialize(second);
  EXPECT_EQ(audit_count("entity_type = 'sftp_config' AND action = 'accept_host_key'"), 1);

  // Validation, and administrators only.
  auto bad = client->post("/api/v1/sftp/configs",
                          json::serialize(json::object{{"name", "x"}, {"host", "h"}, {"username", "u"},
                                                       {"auth_method", "key"}, {"private_key", "not a key"}, {"port", 0}}),
                          admin_token());
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(error_fields(bad), (std::set<std::string>{"port"})) << bad.body;
  bad = client->post("/api/v1/sftp/configs",
                     json::serialize(json::object{{"name", "x"}, {"host", "h"}, {"username", "u"},
                                                  {"auth_method", "key"}, {"private_key", "not a key"}}),
                     admin_token());
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(error_fields(bad), (std::set<std::string>{"private_key"})) << bad.body;
  create_user("mgr", "manager");
  EXPECT_EQ(client->get("/api/v1/sftp/configs", token("mgr", "password-123")).status, 403);
  EXPECT_EQ(client->get("/api/v1/sftp/jobs", token("mgr", "password-123")).status, 403);
}

TEST_F(Sftp, ImportsCsvAndXlsxFromAGlobWithPasswordAndWithKeyEachFileOnce) {
  const auto p = project();
  write(files / "in" / "numbers_a.csv", csv_numbers(1, 30));
  {
    auto w = exports::xlsx_writer(files / "in" / "numbers_b.xlsx", {"Телефон", "Компания"});
    for (int i = 0; i < 20; ++i) {
      const auto phone = "+7" + std::to_string(9160000100LL + i);
      w->row({phone, "Xlsx"});
    }
    w->row({"12", "not a phone"});
    w->finish();
  }
  write(files / "in" / "other.txt", "not matched by the glob");
  const auto by_password = trusted_host("password");
  const auto schedule = import_schedule(by_password, "in/numbers_*", p);
  const auto first = run_now(schedule);
  run_jobs();
  auto r = run(first);
  EXPECT_EQ(r.at("status").as_string(), "completed") << json::serialize(r);
  EXPECT_EQ(files_of(r), (std::vector<std::string>{"numbers_a.csv taken", "numbers_b.xlsx taken"}));
  EXPECT_EQ(r.at("files_taken").as_int64(), 2);
  EXPECT_EQ(numbers_in(p), 50);
  const auto& xlsx = r.at("files").as_array()[1].at("import").as_object();
  EXPECT_EQ(xlsx.at("status").as_string(), "completed");
  EXPECT_EQ(xlsx.at("imported_rows").as_int64(), 20);
  EXPECT_EQ(xlsx.at("failed_rows").as_int64(), 1);
  EXPECT_FALSE(xlsx.at("error_report_url").is_null()) << "the import's own error report";
  EXPECT_EQ(audit_count("action = 'create' AND entity_type = 'import' AND username = 'sftp: Import in/numbers_*'"), 2)
      << "the schedule is the actor";

  // The same files again: skipped, nothing imported twice.
  const auto second = run_now(schedule);
  run_jobs();
  auto again = run(second);
  EXPECT_EQ(again.at("status").as_string(), "completed");
  EXPECT_EQ(files_of(again),
            (std::vector<std::string>{"numbers_a.csv skipped already_imported", "numbers_b.xlsx skipped already_imported"}));
  EXPECT_EQ(scalar("SELECT count(*) FROM imports"), 2);

  // A file that changed is a new file; the key-authenticated host of another schedule takes it too.
  write(files / "in" / "numbers_a.csv", csv_numbers(1, 40));
  const auto third = run_now(schedule);
  run_jobs();
  EXPECT_EQ(files_of(run(third)),
            (std::vector<std::string>{"numbers_a.csv taken", "numbers_b.xlsx skipped already_imported"}));
  EXPECT_EQ(numbers_in(p), 60);
  const auto q = project("By key");
  const auto by_key = trusted_host("key");
  const auto keyed = run_now(import_schedule(by_key, files.string() + "/in/numbers_a.csv", q));
  run_jobs();
  EXPECT_EQ(run(keyed).at("status").as_string(), "completed") << json::serialize(run(keyed));
  EXPECT_EQ(numbers_in(q), 40);
}

TEST_F(Sftp, AFileStillBeingWrittenWaitsForTheNextRunAndTakenFilesCanMoveToProcessed) {
  const auto p = project();
  const auto growing = files / "in" / "growing.csv";
  write(growing, csv_numbers(1, 10));
  const auto schedule = import_schedule(trusted_host(), "in/*.csv", p, {{"move_to_processed", true}});
  const auto first = run_now(schedule);
  // The supplier is still writing between the two looks.
  auto handlers = job_handlers(app->config);
  auto options = sftp::job_options_from_env(app->config.files_dir(), app->config.export_retention);
  options.between_looks = [&] {
    std::ofstream out(growing, std::ios::app);
    out << "+79160009999;late row\r\n";
  };
  handlers[sftp::kJobKind] = [&](jobs::JobContext& job) { return sftp::run_job(job, app->secrets, options); };
  jobs::Worker(conninfo, handlers, worker_options(app->config, nullptr)).drain();
  auto r = run(first);
  EXPECT_EQ(r.at("status").as_string(), "completed");
  EXPECT_EQ(files_of(r), (std::vector<std::string>{"growing.csv skipped still_being_written"}));
  EXPECT_EQ(numbers_in(p), 0);
  EXPECT_TRUE(fs::exists(growing)) << "not moved";

  const auto second = run_now(schedule);
  run_jobs();
  EXPECT_EQ(files_of(run(second)), (std::vector<std::string>{"growing.csv taken"}));
  EXPECT_EQ(numbers_in(p), 11);
  EXPECT_FALSE(fs::exists(growing));
  EXPECT_TRUE(fs::exists(files / "in" / "processed" / "growing.csv"));
}

TEST_F(Sftp, AnExportIsUploadedUnderATemporaryNameAndRenamed) {
  const auto p = project();
  exec("INSERT INTO phone_numbers (project_id, phone, status_id) SELECT " + std::to_string(p) +
       ", 79160000000 + g, (SELECT id FROM number_statuses WHERE code = 'new') FROM generate_series(1, 25) g");
  write(files / "out" / "numbers_old.csv", "stale");
  ASSERT_EQ(std::system(("chown -R " + user + " " + (files / "out").string()).c_str()), 0);
  const auto host = trusted_host();
  auto res = client->post(
      "/api/v1/sftp/schedules",
      json::serialize(json::object{{"name", "Partner export"},
                                   {"config_id", host},
                                   {"direction", "export"},
                                   {"cron", "30 23 * * *"},
                                   {"timezone", "Asia/Vladivostok"},
                                   {"export",
                                    {{"filters", {{"project_id", p}}},
                                     {"format", "csv"},
                                     {"remote_directory", "out"},
                                     {"filename_template", "numbers_{yyyy-mm-dd}.csv"}}}}),
      admin_token());
  ASSERT_EQ(res.status, 201) << res.body;
  EXPECT_EQ(res.json().at("next_runs").as_array().size(), 5u);
  const auto id = run_now(res.json().at("id").as_int64());
  run_jobs();
  auto r = run(id);
  ASSERT_EQ(r.at("status").as_string(), "completed") << json::serialize(r);
  ASSERT_EQ(r.at("files").as_array().size(), 1u);
  const auto remote = fs::path(std::string(r.at("files").as_array()[0].at("name").as_string()));
  EXPECT_EQ(remote.parent_path(), files / "out");
  EXPECT_EQ(remote.filename().string().substr(0, 8), "numbers_");
  const auto content = slurp(remote);
  EXPECT_EQ(std::count(content.begin(), content.end(), '\n'), 25) << "a header and 25 numbers";
  EXPECT_EQ(r.at("files").as_array()[0].at("export").at("row_count").as_int64(), 25);
  for (const auto& e : fs::directory_iterator(files / "out"))
    EXPECT_EQ(e.path().extension(), ".csv") << "no temporary file left: " << e.path();
  EXPECT_EQ(audit_count("action = 'sftp_export'"), 1);

  // A one-off export names its file; the same name again replaces it.
  auto once = client->post("/api/v1/sftp/jobs",
                           json::serialize(json::object{{"type", "export"}, {"sftp_config_id", host},
                                                        {"remote_path", "out/numbers_old.csv"},
                                                        {"filters", {{"project_id", p}}}}),
                           admin_token());
  ASSERT_EQ(once.status, 201) << once.body;
  EXPECT_EQ(once.json().at("status").as_string(), "scheduled");
  run_jobs();
  EXPECT_NE(slurp(files / "out" / "numbers_old.csv"), "stale");
}

TEST_F(Sftp, AChangedHostKeyIsRefusedAsAPossibleAttackUntilAccepted) {
  const auto p = project();
  write(files / "in" / "a.csv", csv_numbers(1, 5));
  const auto host = trusted_host();
  const auto schedule = import_schedule(host, "in/*.csv", p);
  const auto old_fingerprint = slurp(server_dir / "host_fingerprint");
  sshd("start", "--new-host-key");
  ASSERT_NE(slurp(server_dir / "host_fingerprint"), old_fingerprint);

  auto t = test_host(host);
  EXPECT_FALSE(t.at("ok").as_bool());
  EXPECT_EQ(t.at("host_key").at("status").as_string(), "changed");
  EXPECT_EQ(t.at("error").at("code").as_string(), "HOST_KEY_CHANGED");
  EXPECT_EQ(t.at("accepted_fingerprint").as_string(), old_fingerprint);
  auto shown = client->get("/api/v1/sftp/configs/" + std::to_string(host), admin_token()).json();
  EXPECT_TRUE(shown.at("host_key_changed").as_bool());

  const auto id = run_now(schedule);
  run_jobs();
  auto r = run(id);
  EXPECT_EQ(r.at("status").as_string(), "failed") << "at once, not retried";
  EXPECT_EQ(r.at("attempts").as_int64(), 1);
  EXPECT_NE(std::string(r.at("error").as_string()).find("may be an attack"), std::string::npos) << r.at("error");
  EXPECT_EQ(numbers_in(p), 0);
  EXPECT_GE(audit_count("action = 'host_key_changed'"), 2);

  auto accepted = client->post("/api/v1/sftp/configs/" + std::to_string(host) + "/accept_host_key",
                               json::serialize(json::object{{"fingerprint", slurp(server_dir / "host_fingerprint")}}),
                               admin_token());
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  run_now(schedule);
  run_jobs();
  EXPECT_EQ(numbers_in(p), 5);
}

TEST_F(Sftp, AWrongPasswordAMissingDirectoryAndPermissionErrorsFailWithAClearMessage) {
  const auto p = project();
  auto body = host_body();
  body["password"] = "not-the-password";
  body["name"] = "Wrong password";
  const auto wrong = add_host(body);
  auto t = test_host(wrong);
  client->post("/api/v1/sftp/configs/" + std::to_string(wrong) + "/accept_host_key",
               json::serialize(json::object{{"fingerprint", t.at("host_key").at("fingerprint")}}), admin_token());
  t = test_host(wrong);
  EXPECT_EQ(t.at("error").at("code").as_string(), "AUTH_FAILED") << json::serialize(t);
  const auto refused = run_now(import_schedule(wrong, "in/*.csv", p));
  run_jobs();
  auto r = run(refused);
  EXPECT_EQ(r.at("status").as_string(), "failed");
  EXPECT_EQ(r.at("attempts").as_int64(), 1) << "a wrong password is not retried";
  EXPECT_NE(std::string(r.at("error").as_string()).find("refused user"), std::string::npos) << r.at("error");
  EXPECT_EQ(audit_count("action = 'sftp_run_failed'"), 1) << "a run that fails for good is on the record";

  auto taken = client->post("/api/v1/sftp/configs", json::serialize(body), admin_token());
  EXPECT_EQ(taken.status, 409);
  EXPECT_EQ(error_fields(taken), (std::set<std::string>{"name"}));
  const auto host = trusted_host();
  const auto missing = run_now(import_schedule(host, "nowhere/*.csv", p));
  run_jobs();
  r = run(missing);
  EXPECT_EQ(r.at("status").as_string(), "failed");
  EXPECT_NE(std::string(r.at("error").as_string()).find("no such file or directory"), std::string::npos) << r.at("error");

  // A directory the user may not read fails the run; a file it may not read fails alone.
  fs::create_directories(files / "locked");
  ::chmod((files / "locked").c_str(), 0700);
  const auto locked = run_now(import_schedule(host, "locked/*.csv", p));
  write(files / "in" / "a.csv", csv_numbers(1, 5));
  write(files / "in" / "b.csv", csv_numbers(100, 5));
  ::chmod((files / "in" / "b.csv").c_str(), 0600);  // root's
  run_jobs();
  r = run(locked);
  EXPECT_EQ(r.at("status").as_string(), "failed");
  EXPECT_NE(std::string(r.at("error").as_string()).find("permission denied"), std::string::npos) << r.at("error");
  const auto partly = run_now(import_schedule(host, "in/*.csv", p));
  run_jobs();
  r = run(partly);
  EXPECT_EQ(r.at("status").as_string(), "completed");
  ASSERT_EQ(files_of(r).size(), 2u);
  EXPECT_EQ(files_of(r)[0], "a.csv taken");
  EXPECT_EQ(files_of(r)[1].substr(0, 12), "b.csv failed") << files_of(r)[1];
  EXPECT_NE(files_of(r)[1].find("permission denied"), std::string::npos) << files_of(r)[1];
  EXPECT_EQ(numbers_in(p), 5);
}

TEST_F(Sftp, TheServerStoppedMidTransferIsRetriedAndNothingIsHalfImported) {
  const auto p = project();
  write(files / "in" / "big.csv", csv_numbers(0, 300000));  // ~10 MB
  const auto schedule = import_schedule(trusted_host(), "in/*.csv", p);
  const auto id = run_now(schedule);
  // The server goes away after the first MiB has arrived.
  bool killed = false;
  EXPECT_THROW(run_directly(id, [&] {
                 killed = true;
                 sshd("stop");
               }),
               jobs::RetryableError);
  EXPECT_TRUE(killed);
  EXPECT_EQ(scalar("SELECT count(*) FROM imports"), 0) << "nothing half-imported";
  EXPECT_EQ(scalar("SELECT count(*) FROM sftp_taken_files"), 0);
  EXPECT_TRUE(fs::is_empty(app->config.files_dir() / "spool")) << "no partial download left";

  // The worker meets the server down: the run waits for a retry with backoff.
  run_jobs();
  auto r = run(id);
  EXPECT_EQ(r.at("status").as_string(), "scheduled") << json::serialize(r);
  EXPECT_EQ(r.at("attempts").as_int64(), 1);
  EXPECT_NE(std::string(r.at("error").as_string()).find("cannot connect"), std::string::npos) << r.at("error");
  EXPECT_FALSE(r.at("next_attempt_at").is_null());

  sshd("start");
  exec("UPDATE jobs SET run_after = now() WHERE status = 'queued'");
  run_jobs();
  r = run(id);
  EXPECT_EQ(r.at("status").as_string(), "completed") << json::serialize(r);
  EXPECT_EQ(r.at("attempts").as_int64(), 2);
  EXPECT_EQ(numbers_in(p), 300000);
  EXPECT_EQ(scalar("SELECT count(*) FROM imports"), 1);
}

TEST_F(Sftp, AServerThatStopsAnsweringMidTransferTimesOut) {
  const auto p = project();
  write(files / "in" / "big.csv", csv_numbers(0, 300000));
  const auto id = run_now(import_schedule(trusted_host(), "in/*.csv", p));
  // The session's processes freeze: the connection stays open and nothing more comes.
  const auto t0 = std::chrono::steady_clock::now();
  EXPECT_THROW(run_directly(id, [&] { ASSERT_EQ(std::system(("pkill -STOP -u " + user).c_str()), 0); }),
               jobs::RetryableError);
  const auto waited = std::chrono::steady_clock::now() - t0;
  std::system(("pkill -CONT -u " + user).c_str());
  EXPECT_LT(waited, std::chrono::seconds(30)) << "NUMBASE_SFTP_TIMEOUT_SECONDS is 5 here (libssh alone waited 90 s)";
  EXPECT_EQ(scalar("SELECT count(*) FROM imports"), 0);
}

TEST_F(Sftp, AFileNamedInAnotherEncodingIsImportedAndShownReadably) {
  const auto p = project();
  write(files / "in" / "\xc1\xe0\xe7\xe0.csv", csv_numbers(1, 3));  // "База" in CP1251, as a Windows server names it
  const auto host = trusted_host();
  const auto id = run_now(import_schedule(host, "in/*.csv", p));
  run_jobs();
  auto r = run(id);
  EXPECT_EQ(r.at("status").as_string(), "completed") << json::serialize(r);
  EXPECT_EQ(files_of(r), (std::vector<std::string>{"????.csv taken"}));
  EXPECT_EQ(numbers_in(p), 3);
  EXPECT_EQ(scalar("SELECT count(*) FROM imports WHERE filename = '????.csv'"), 1);
  auto listing = client->post("/api/v1/sftp/configs/" + std::to_string(host) + "/test", "", admin_token());
  EXPECT_EQ(listing.status, 200);
  EXPECT_NO_THROW(listing.json());
}

TEST_F(Sftp, TheSchedulerQueuesDueRunsOncePerScheduleAndMovesToTheNextTime) {
  const auto p = project();
  const auto host = trusted_host();
  const auto schedule = import_schedule(host, "in/*.csv", p);
  auto s = client->get("/api/v1/sftp/schedules/" + std::to_string(schedule), admin_token()).json();
  EXPECT_FALSE(s.at("next_run_at").is_null());
  exec("UPDATE sftp_schedules SET next_run_at = '2026-12-07 02:00+00'");
  db::Connection conn(conninfo);
  const std::chrono::sys_seconds at{std::chrono::seconds{1796644800}};  // 2026-12-07 12:00 UTC
  EXPECT_EQ(sftp::enqueue_due(conn, at), 1);
  EXPECT_EQ(sftp::enqueue_due(conn, at), 0) << "moved to the next time";
  EXPECT_EQ(scalar("SELECT count(*) FROM sftp_schedules WHERE next_run_at = '2026-12-08 03:00+00'"), 1)
      << "06:00 in Moscow";
  exec("UPDATE sftp_schedules SET next_run_at = '2026-12-07 02:00+00'");
  EXPECT_EQ(sftp::enqueue_due(conn, at), 0) << "the previous run has not finished";
  EXPECT_EQ(scalar("SELECT count(*) FROM sftp_runs WHERE trigger = 'schedule'"), 1);
  EXPECT_EQ(client->post("/api/v1/sftp/schedules/" + std::to_string(schedule) + "/run", "", admin_token()).status, 409);

  auto preview = client->get("/api/v1/sftp/cron?expression=0%206%20*%20*%201-5&timezone=Europe/Moscow", admin_token());
  EXPECT_EQ(preview.status, 200);
  EXPECT_EQ(preview.json().at("next").as_array().size(), 5u);
  auto bad = client->get("/api/v1/sftp/cron?expression=61%20*%20*%20*%20*&timezone=Mars/Base", admin_token());
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(error_fields(bad), (std::set<std::string>{"cron", "timezone"}));
  auto del = client->del("/api/v1/sftp/configs/" + std::to_string(host), admin_token());
  EXPECT_EQ(del.status, 409) << "a host with schedules stays";
}
