// Backups (issue 15, first part): a restore drill — the numbers, the audit trail, the files and
// the keys come back in a new database and data dir; a database in use or other keys are refused.
#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "backup/backup.hpp"
#include "db/connection.hpp"
#include "support/api_fixture.hpp"
#include "support/harness.hpp"

using namespace numbase;
using namespace numbase::test;
namespace json = boost::json;
namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::int64_t scalar(const std::string& conninfo, const std::string& sql) {
  return db::Connection(conninfo).exec(sql).i64(0, 0);
}

}  // namespace

using Backup = ApiTest;

TEST_F(Backup, ARestoreDrillBringsBackTheNumbersTheAuditTrailTheFilesAndTheKeys) {
  auto res = client->post("/api/v1/projects", json::serialize(json::object{{"name", "Backed up"}, {"is_active", false}}), admin_token());
  ASSERT_EQ(res.status, 201) << res.body;
  const auto project = res.json().at("id").as_int64();
  db::Connection(conninfo).exec("INSERT INTO phone_numbers (project_id, phone, status_id) SELECT " +
                                std::to_string(project) +
                                ", 79160000000 + g, (SELECT id FROM number_statuses WHERE code = 'new')"
                                " FROM generate_series(1, 500) g");
  const auto files = app->config.files_dir();
  fs::create_directories(files / "imports");
  std::ofstream(files / "imports" / "7.errors.csv") << "row;value;reason\r\n2;x;bad\r\n";
  fs::create_directories(files / "spool");
  std::ofstream(files / "spool" / "in-flight.part") << "an upload still arriving";
  std::ofstream(app->config.data_dir / "secret.key", std::ios::binary) << std::string(32, 's');
  const auto numbers = scalar(conninfo, "SELECT count(*) FROM phone_numbers");
  const auto audit = scalar(conninfo, "SELECT count(*) FROM audit_log");
  ASSERT_EQ(numbers, 500);
  ASSERT_GT(audit, 0);

  const auto out = make_temp_dir("numbase-backup") / "b";
  const auto made = backup::backup(conninfo, app->config, out);
  EXPECT_GT(made.database_bytes, 0u);
  EXPECT_EQ(made.files, 1u) << "the spool is left out";
  EXPECT_GT(made.schema_version, 20);
  EXPECT_THROW(backup::backup(conninfo, app->config, out), std::runtime_error) << "never over another backup";

  // Everything is lost; a new database and data dir take the backup.
  Config fresh;
  fresh.data_dir = make_temp_dir("numbase-restored");
  const auto target = empty_database();
  const auto restored = backup::restore(target, fresh, out);
  EXPECT_EQ(restored.files, 1u);
  EXPECT_EQ(scalar(target, "SELECT count(*) FROM phone_numbers"), numbers);
  EXPECT_EQ(scalar(target, "SELECT count(*) FROM audit_log"), audit);
  EXPECT_EQ(scalar(target, "SELECT count(*) FROM projects WHERE name = 'Backed up'"), 1);
  EXPECT_EQ(scalar(target, "SELECT max(version) FROM schema_migrations"), made.schema_version);
  EXPECT_EQ(read_all(fresh.files_dir() / "imports" / "7.errors.csv"), "row;value;reason\r\n2;x;bad\r\n");
  EXPECT_EQ(read_all(fresh.data_dir / "secret.key"), std::string(32, 's')) << "sealed secrets open again";
  EXPECT_EQ(scalar(target, "SELECT count(*) FROM users WHERE username = 'admin'"), 1);

  // Not over a database in use, nor with other keys.
  EXPECT_THROW(backup::restore(target, fresh, out), std::runtime_error);
  Config other;
  other.data_dir = make_temp_dir("numbase-other-keys");
  std::ofstream(other.data_dir / "secret.key", std::ios::binary) << std::string(32, 'o');
  EXPECT_THROW(backup::restore(empty_database(), other, out), std::runtime_error);
  EXPECT_THROW(backup::restore(empty_database(), other, other.data_dir), std::runtime_error) << "not a backup";
  EXPECT_THROW(backup::restore(fresh_database(), fresh, out), std::runtime_error) << "a migrated database is in use";
}
