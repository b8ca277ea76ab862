#include "jobs/worker.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include "jobs/queue.hpp"

namespace numbase::jobs {
namespace {
// Thrown from a progress report when the worker is stopping.
struct Interrupted {};
}  // namespace

Worker::Worker(std::string conninfo, std::map<std::string, Handler> handlers, std::chrono::milliseconds idle_poll)
    : conninfo_(std::move(conninfo)), handlers_(std::move(handlers)), idle_poll_(idle_poll) {
  char host[256] = "host";
  gethostname(host, sizeof host - 1);
  name_ = std::string(host) + ":" + std::to_string(getpid()) + ":" + std::to_string(reinterpret_cast<std::uintptr_t>(this));
}

Worker::~Worker() { stop(); }

void Worker::start() { thread_ = std::thread([this] { loop(); }); }

void Worker::stop() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void Worker::drain() {
  db::Connection conn(conninfo_);
  while (run_one(conn)) {
  }
}

bool Worker::run_one(db::Connection& conn) {
  auto job = claim(conn, name_);
  if (!job) return false;
  auto handler = handlers_.find(job->kind);
  if (handler == handlers_.end()) {
    fail(conn, job->id, "no handler for job kind " + job->kind);
    return true;
  }
  spdlog::info("job {} ({}) started", job->id, job->kind);
  JobContext ctx{conn, job->id, job->payload, job->requested_by,
                 [&](std::int64_t done, std::optional<std::int64_t> total) {
                   if (!report_progress(conn, job->id, name_, done, total))
                     throw std::runtime_error("the job's lease was lost");
                   if (stopping_) throw Interrupted{};
                 }};
  try {
    auto result = handler->second(ctx);
    complete(conn, job->id, result);
    spdlog::info("job {} ({}) completed", job->id, job->kind);
  } catch (const Interrupted&) {
    spdlog::info("job {} ({}) handed back to the queue: the worker is stopping", job->id, job->kind);
    if (!conn.idle()) conn.exec("ROLLBACK");
    release(conn, job->id, name_);
  } catch (const std::exception& e) {
    spdlog::error("job {} ({}) failed: {}", job->id, job->kind, e.what());
    try {
      if (!conn.idle()) conn.exec("ROLLBACK");
      fail(conn, job->id, e.what());
    } catch (const std::exception& again) {
      spdlog::error("job {}: could not record the failure: {}", job->id, again.what());
    }
  }
  return true;
}

void Worker::loop() {
  std::optional<db::Connection> conn;
  for (;;) {
    bool worked = false;
    try {
      if (!conn || !conn->ok()) conn.emplace(conninfo_);
      worked = run_one(*conn);
    } catch (const std::exception& e) {
      spdlog::error("job worker: {}", e.what());
      conn.reset();
    }
    std::unique_lock lock(mu_);
    if (stopping_) return;
    if (!worked) cv_.wait_for(lock, idle_poll_, [&] { return stopping_.load(); });
    if (stopping_) return;
  }
}

}  // namespace numbase::jobs
