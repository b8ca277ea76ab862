#include <gtest/gtest.h>

#include <thread>

#include "db/connection.hpp"
#include "db/migrations.hpp"
#include "support/harness.hpp"

using namespace numbase;

TEST(Migrations, ApplyOnceThenNothing) {
  db::Connection conn(test::empty_database());
  EXPECT_EQ(db::applied_migration_version(conn), 0);
  EXPECT_EQ(db::apply_migrations(conn), static_cast<int>(db::embedded_migrations().size()));
  EXPECT_EQ(db::applied_migration_version(conn), db::latest_migration_version());
  EXPECT_EQ(db::apply_migrations(conn), 0);
}

TEST(Migrations, ConcurrentProcessesApplyEachExactlyOnce) {
  const auto conninfo = test::empty_database();
  std::vector<std::thread> threads;
  std::atomic<int> applied{0}, failures{0};
  for (int i = 0; i < 4; ++i)
    threads.emplace_back([&] {
      try {
        db::Connection conn(conninfo);
        applied += db::apply_migrations(conn);
      } catch (const std::exception&) {
        ++failures;
      }
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(applied, static_cast<int>(db::embedded_migrations().size()));
  db::Connection conn(conninfo);
  EXPECT_EQ(conn.exec("SELECT count(*) FROM schema_migrations").i64(0, 0),
            static_cast<std::int64_t>(db::embedded_migrations().size()));
}

TEST(Migrations, EditedMigrationIsRefused) {
  db::Connection conn(test::fresh_database());
  conn.exec("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1");
  EXPECT_THROW(db::apply_migrations(conn), db::Error);
}

TEST(AuditLog, RowsCannotBeChangedOrRemoved) {
  db::Connection conn(test::fresh_database());
  conn.exec("INSERT INTO audit_log (actor_type, action, entity_type) VALUES ('system', 'test', 'thing')");
  for (const char* sql : {"UPDATE audit_log SET action = 'forged'", "DELETE FROM audit_log", "TRUNCATE audit_log"}) {
    try {
      conn.exec(sql);
      FAIL() << sql << " succeeded";
    } catch (const db::Error& e) {
      EXPECT_EQ(e.sqlstate(), "42501") << sql;
    }
  }
  EXPECT_EQ(conn.exec("SELECT count(*) FROM audit_log WHERE action = 'test'").i64(0, 0), 1);
}

TEST(Database, TransactionRollsBackOnError) {
  db::Connection conn(test::fresh_database());
  EXPECT_THROW(db::transaction(conn,
                               [](db::Connection& c) {
                                 c.exec("INSERT INTO auth_failures (username) VALUES ('x')");
                                 throw std::runtime_error("boom");
                               }),
               std::runtime_error);
  EXPECT_EQ(conn.exec("SELECT count(*) FROM auth_failures").i64(0, 0), 0);
  EXPECT_TRUE(conn.idle());
}

TEST(Database, UniqueViolationIsTyped) {
  db::Connection conn(test::fresh_database());
  try {
    conn.exec("INSERT INTO roles (name) VALUES ('manager')");
    FAIL();
  } catch (const db::Error& e) {
    EXPECT_TRUE(e.is(db::sqlstate::unique_violation));
    EXPECT_EQ(e.constraint(), "roles_name_key");
  }
}

TEST(Database, SerializationFailuresAreRetried) {
  db::Connection conn(test::fresh_database());
  int attempts = 0;
  auto result = db::transaction(conn, [&](db::Connection& c) {
    ++attempts;
    c.exec("INSERT INTO auth_failures (username) VALUES ('retried')");
    if (attempts < 3) throw db::Error(std::string(db::sqlstate::serialization_failure), "could not serialize");
    return attempts;
  });
  EXPECT_EQ(result, 3);
  EXPECT_EQ(conn.exec("SELECT count(*) FROM auth_failures").i64(0, 0), 1) << "only the last attempt committed";
  attempts = 0;
  EXPECT_THROW(db::transaction(conn,
                               [&](db::Connection&) -> int {
                                 ++attempts;
                                 throw db::Error(std::string(db::sqlstate::deadlock_detected), "deadlock");
                               }),
               db::Error);
  EXPECT_EQ(attempts, 3) << "gives up after three attempts";
}
