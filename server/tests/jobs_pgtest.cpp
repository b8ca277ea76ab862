// The job queue: claiming, leases, a worker that stops mid-job, a job whose worker died.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "db/connection.hpp"
#include "jobs/notifier.hpp"
#include "jobs/queue.hpp"
#include "jobs/worker.hpp"
#include "support/harness.hpp"

using namespace numbase;

namespace {
std::string status_of(db::Connection& c, std::int64_t id) {
  return c.query("SELECT status FROM jobs WHERE id = $1", id).str(0, 0);
}
}  // namespace

TEST(Jobs, WorkerRunsJobsAndRecordsResults) {
  const auto conninfo = test::fresh_database();
  db::Connection conn(conninfo);
  auto ok = jobs::enqueue(conn, "echo", {{"value", 7}}, std::nullopt);
  auto bad = jobs::enqueue(conn, "broken", {}, std::nullopt);
  auto unknown = jobs::enqueue(conn, "no_such_kind", {}, std::nullopt);
  jobs::Worker worker(conninfo, {{"echo", [](jobs::JobContext& j) {
                                    j.progress(1, 1);
                                    return boost::json::object{{"echo", j.payload.at("value")}};
                                  }},
                                 {"broken", [](jobs::JobContext&) -> boost::json::object {
                                    throw std::runtime_error("bad input");
                                  }}});
  worker.drain();
  EXPECT_EQ(status_of(conn, ok), "completed");
  EXPECT_EQ(conn.query("SELECT result->>'echo', progress_done FROM jobs WHERE id = $1", ok).str(0, 0), "7");
  EXPECT_EQ(status_of(conn, bad), "failed");
  EXPECT_EQ(conn.query("SELECT error FROM jobs WHERE id = $1", bad).str(0, 0), "bad input");
  EXPECT_EQ(status_of(conn, unknown), "failed");
}

TEST(Jobs, StoppingWorkerHandsTheJobBack) {
  const auto conninfo = test::fresh_database();
  db::Connection conn(conninfo);
  auto id = jobs::enqueue(conn, "long", {}, std::nullopt);
  std::atomic<int> steps{0};
  jobs::Worker worker(conninfo, {{"long", [&](jobs::JobContext& j) -> boost::json::object {
                                    for (int i = 1;; ++i) {
                                      std::this_thread::sleep_for(std::chrono::milliseconds(20));
                                      ++steps;
                                      j.progress(i, std::nullopt);
                                    }
                                  }}},
                      {.idle_poll = std::chrono::milliseconds(20)});
  worker.start();
  while (steps < 3) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  worker.stop();
  EXPECT_EQ(status_of(conn, id), "queued");
  EXPECT_TRUE(conn.query("SELECT locked_by IS NULL FROM jobs WHERE id = $1", id).boolean(0, 0));
}

TEST(Jobs, JobOfADeadWorkerIsClaimedAgainAfterItsLease) {
  const auto conninfo = test::fresh_database();
  db::Connection conn(conninfo);
  auto id = jobs::enqueue(conn, "echo", {}, std::nullopt);
  auto claimed = jobs::claim(conn, "worker-that-dies", std::chrono::seconds(60));
  ASSERT_TRUE(claimed);
  EXPECT_FALSE(jobs::claim(conn, "another", std::chrono::seconds(60))) << "leased jobs are not claimed twice";
  conn.query("UPDATE jobs SET locked_until = now() - interval '1 second' WHERE id = $1", id);
  jobs::Worker worker(conninfo, {{"echo", [](jobs::JobContext&) { return boost::json::object{}; }}});
  worker.drain();
  EXPECT_EQ(status_of(conn, id), "completed");
  EXPECT_EQ(conn.query("SELECT attempts FROM jobs WHERE id = $1", id).i64(0, 0), 2);
  EXPECT_EQ(jobs::report_progress(conn, id, "worker-that-dies", 5, std::nullopt, std::chrono::seconds(60)),
            jobs::Progress::Lost)
      << "the dead worker lost its lease";
}

TEST(Jobs, TransientFailuresAreRetriedWithBackoffBadInputIsNot) {
  const auto conninfo = test::fresh_database();
  db::Connection conn(conninfo);
  auto flaky = jobs::enqueue(conn, "flaky", {}, std::nullopt);
  auto bad = jobs::enqueue(conn, "bad", {}, std::nullopt);
  std::atomic<int> runs{0};
  jobs::Worker worker(conninfo, {{"flaky", [&](jobs::JobContext& j) -> boost::json::object {
                                    ++runs;
                                    if (j.attempt == 1) throw db::Error("40001", "could not serialize access");
                                    return {{"attempt", j.attempt}};
                                  }},
                                 {"bad", [](jobs::JobContext&) -> boost::json::object {
                                    throw jobs::JobError("the file is not a spreadsheet");
                                  }}});
  worker.drain();
  EXPECT_EQ(status_of(conn, flaky), "queued") << "waits for its backoff";
  EXPECT_TRUE(conn.query("SELECT run_after > now() + interval '3 seconds' AND error LIKE '%serialize%' FROM jobs"
                         " WHERE id = $1",
                         flaky)
                  .boolean(0, 0));
  EXPECT_EQ(status_of(conn, bad), "failed");
  EXPECT_EQ(conn.query("SELECT attempts FROM jobs WHERE id = $1", bad).i64(0, 0), 1);

  conn.query("UPDATE jobs SET run_after = now() WHERE id = $1", flaky);  // the backoff has passed
  worker.drain();
  EXPECT_EQ(status_of(conn, flaky), "completed");
  EXPECT_EQ(runs.load(), 2);
  EXPECT_EQ(jobs::backoff(1), std::chrono::seconds(5));
  EXPECT_EQ(jobs::backoff(3), std::chrono::seconds(20));
  EXPECT_EQ(jobs::backoff(30), std::chrono::seconds(300));
}

TEST(Jobs, CancellingAQueuedJobAndARunningOneLeavesNothingBehind) {
  const auto conninfo = test::fresh_database();
  db::Connection conn(conninfo);
  auto queued = jobs::enqueue(conn, "write", {}, std::nullopt);
  EXPECT_EQ(jobs::request_cancel(conn, queued), "cancelled");
  EXPECT_EQ(jobs::request_cancel(conn, queued), "cancelled") << "asking twice changes nothing";

  conn.exec("CREATE TABLE written (n int)");
  auto running = jobs::enqueue(conn, "write", {}, std::nullopt);
  std::atomic<bool> started{false};
  jobs::Worker worker(conninfo, {{"write", [&](jobs::JobContext& j) -> boost::json::object {
                                    j.conn.exec("BEGIN");
                                    for (int i = 1;; ++i) {
                                      j.conn.query("INSERT INTO written VALUES ($1)", i);
                                      started = true;
                                      std::this_thread::sleep_for(std::chrono::milliseconds(10));
                                      j.progress(i, std::nullopt);
                                    }
                                  }}},
                      {.idle_poll = std::chrono::milliseconds(20)});
  worker.start();
  while (!started) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  EXPECT_EQ(jobs::request_cancel(conn, running), "running");
  for (int i = 0; i < 300 && status_of(conn, running) == "running"; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  worker.stop();
  EXPECT_EQ(status_of(conn, running), "cancelled");
  EXPECT_EQ(conn.exec("SELECT count(*) FROM written").i64(0, 0), 0) << "its transaction was rolled back";
  EXPECT_FALSE(jobs::request_cancel(conn, 999999).has_value());
}

TEST(Jobs, ANotificationWakesAnIdleWorkerAtOnce) {
  const auto conninfo = test::fresh_database();
  db::Connection conn(conninfo);
  jobs::Notifier notifier(conninfo, jobs::kChannel);
  notifier.start();
  std::atomic<bool> ran{false};
  jobs::Worker worker(conninfo, {{"echo", [&](jobs::JobContext&) {
                                    ran = true;
                                    return boost::json::object{};
                                  }}},
                      {.idle_poll = std::chrono::minutes(10), .notifier = &notifier});
  worker.start();
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // the worker is asleep now
  const auto before = notifier.version();
  jobs::enqueue(conn, "echo", {}, std::nullopt);
  for (int i = 0; i < 500 && !ran; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  EXPECT_TRUE(ran.load()) << "woken by NOTIFY, not by its 10-minute poll";
  EXPECT_GT(notifier.version(), before);
  worker.stop();
  notifier.stop();
}

// Issue 16: a job inside one long statement stops within seconds when cancelled, and when its
// worker stops (handed back), instead of running to the statement's end.
TEST(Jobs, ACancelOrAStopInterruptsALongStatement) {
  const auto conninfo = test::fresh_database();
  db::Connection conn(conninfo);
  auto sleepy = [](jobs::JobContext& j) -> boost::json::object {
    j.conn.exec("BEGIN");
    j.conn.exec("SELECT pg_sleep(120)");
    j.conn.exec("COMMIT");
    return {};
  };
  {
    auto id = jobs::enqueue(conn, "sleepy", {}, std::nullopt);
    jobs::Worker worker(conninfo, {{"sleepy", sleepy}}, {.idle_poll = std::chrono::milliseconds(20)});
    worker.start();
    while (status_of(conn, id) != "running") std::this_thread::sleep_for(std::chrono::milliseconds(20));
    const auto t0 = std::chrono::steady_clock::now();
    jobs::request_cancel(conn, id);
    while (status_of(conn, id) == "running" && std::chrono::steady_clock::now() - t0 < std::chrono::seconds(30))
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_EQ(status_of(conn, id), "cancelled");
    EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(10));
  }
  auto id = jobs::enqueue(conn, "sleepy", {}, std::nullopt);
  jobs::Worker worker(conninfo, {{"sleepy", sleepy}}, {.idle_poll = std::chrono::milliseconds(20)});
  worker.start();
  while (status_of(conn, id) != "running") std::this_thread::sleep_for(std::chrono::milliseconds(20));
  const auto t0 = std::chrono::steady_clock::now();
  worker.stop();
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(10));
  EXPECT_EQ(status_of(conn, id), "queued") << "handed back";
  EXPECT_EQ(conn.exec("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%' AND state = 'active'")
                .i64(0, 0),
            0);
}
