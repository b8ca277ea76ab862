#include "support/harness.hpp"

#include <gtest/gtest.h>
#include <sodium.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <memory>

#include "db/connection.hpp"
#include "db/embedded.hpp"
#include "db/migrations.hpp"

namespace numbase::test {
namespace {

std::unique_ptr<db::EmbeddedPostgres> cluster;
std::filesystem::path cluster_dir;
std::atomic<int> counter{0};

class PostgresEnvironment : public ::testing::Environment {
 public:
  void SetUp() override {
    ASSERT_GE(sodium_init(), 0);
    char tmpl[] = "/tmp/numbase-test-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    cluster_dir = tmpl;
    std::filesystem::permissions(cluster_dir, std::filesystem::perms::owner_all |
                                                  std::filesystem::perms::group_exec |
                                                  std::filesystem::perms::others_exec);
    cluster = std::make_unique<db::EmbeddedPostgres>(
        cluster_dir, std::vector<std::string>{"fsync=off", "synchronous_commit=off", "full_page_writes=off",
                                              "max_connections=200"});
    cluster->start("numbase_template");
    db::Connection conn(cluster->conninfo("numbase_template"));
    db::apply_migrations(conn);
  }
  void TearDown() override {
    cluster.reset();  // stops the cluster
    std::error_code ec;
    std::filesystem::remove_all(cluster_dir, ec);
  }
};

std::string create_database(const char* template_name) {
  const std::string name = "t" + std::to_string(getpid()) + "_" + std::to_string(++counter);
  db::Connection admin(cluster->conninfo("postgres"));
  admin.exec("CREATE DATABASE " + name + " TEMPLATE " + template_name);
  return cluster->conninfo(name);
}

}  // namespace

std::string fresh_database() { return create_database("numbase_template"); }
std::string empty_database() { return create_database("template0"); }

std::filesystem::path make_temp_dir(const std::string& prefix) {
  std::string tmpl = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  return tmpl;
}

}  // namespace numbase::test

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  spdlog::set_level(spdlog::level::warn);  // access logs only on request: NUMBASE_TEST_LOG=1
  if (std::getenv("NUMBASE_TEST_LOG")) spdlog::set_level(spdlog::level::info);
  ::testing::AddGlobalTestEnvironment(new numbase::test::PostgresEnvironment);
  return RUN_ALL_TESTS();
}
