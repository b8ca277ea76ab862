// The job queue: claiming, leases, a worker that stops mid-job, a job whose worker died.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "db/connection.hpp"
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
                      std::chrono::milliseconds(20));
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
  auto claimed = jobs::claim(conn, "worker-that-dies");
  ASSERT_TRUE(claimed);
  EXPECT_FALSE(jobs::claim(conn, "another")) << "leased jobs are not claimed twice";
  conn.query("UPDATE jobs SET locked_until = now() - interval '1 second' WHERE id = $1", id);
  jobs::Worker worker(conninfo, {{"echo", [](jobs::JobContext&) { return boost::json::object{}; }}});
  worker.drain();
  EXPECT_EQ(status_of(conn, id), "completed");
  EXPECT_EQ(conn.query("SELECT attempts FROM jobs WHERE id = $1", id).i64(0, 0), 2);
  EXPECT_FALSE(jobs::report_progress(conn, id, "worker-that-dies", 5, std::nullopt))
      << "the dead worker lost its lease";
}
