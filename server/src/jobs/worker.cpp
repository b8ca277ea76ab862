#include "jobs/worker.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include "jobs/notifier.hpp"
#include "jobs/queue.hpp"

namespace numbase::jobs {
namespace {
// Thrown from a progress report to stop the handler.
struct Interrupted {};      // the worker is stopping: hand the job back
struct Cancelled {};        // the user cancelled it
}  // namespace

struct Worker::Connections {
  explicit Connections(const std::string& conninfo) : work(conninfo), control(conninfo) {}
  db::Connection work;
  db::Connection control;  // claims, progress, outcome: never inside the job's transaction
  bool ok() const { return work.ok() && control.ok(); }
};

Worker::Worker(std::string conninfo, std::map<std::string, Handler> handlers, WorkerOptions options)
    : conninfo_(std::move(conninfo)), handlers_(std::move(handlers)), options_(options) {
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
  if (options_.notifier) options_.notifier->wake();
  if (thread_.joinable()) thread_.join();
}

void Worker::drain() {
  Connections c(conninfo_);
  while (run_one(c)) {
  }
}

bool Worker::run_one(Connections& c) {
  auto job = claim(c.control, name_, options_.lease);
  if (!job) return false;
  auto handler = handlers_.find(job->kind);
  if (handler == handlers_.end()) {
    fail(c.control, job->id, "no handler for job kind " + job->kind);
    return true;
  }
  spdlog::info("job {} ({}) started, attempt {}", job->id, job->kind, job->attempts);
  JobContext ctx{c.work, job->id, job->payload, job->requested_by, job->attempts,
                 [&](std::int64_t done, std::optional<std::int64_t> total) {
                   switch (report_progress(c.control, job->id, name_, done, total, options_.lease)) {
                     case Progress::Lost: throw std::runtime_error("the job's lease was lost");
                     case Progress::CancelRequested: throw Cancelled{};
                     case Progress::Ok: break;
                   }
                   if (stopping_) throw Interrupted{};
                 }};
  auto roll_back = [&] {
    try {
      if (c.work.ok() && !c.work.idle()) c.work.exec("ROLLBACK");
    } catch (const std::exception&) {
    }
  };
  try {
    auto result = handler->second(ctx);
    complete(c.control, job->id, result);
    spdlog::info("job {} ({}) completed", job->id, job->kind);
  } catch (const Interrupted&) {
    roll_back();
    spdlog::info("job {} ({}) handed back to the queue: the worker is stopping", job->id, job->kind);
    release(c.control, job->id, name_);
  } catch (const Cancelled&) {
    roll_back();
    spdlog::info("job {} ({}) cancelled", job->id, job->kind);
    mark_cancelled(c.control, job->id);
  } catch (const std::exception& e) {
    roll_back();
    try {
      if (is_transient(e) && job->attempts < job->max_attempts) {
        auto delay = backoff(job->attempts);
        spdlog::warn("job {} ({}) failed, retrying in {} s: {}", job->id, job->kind, delay.count(), e.what());
        retry_later(c.control, job->id, e.what(), delay);
      } else {
        spdlog::error("job {} ({}) failed: {}", job->id, job->kind, e.what());
        fail(c.control, job->id, e.what());
      }
    } catch (const std::exception& again) {
      spdlog::error("job {}: could not record the failure: {}", job->id, again.what());
    }
  }
  return true;
}

void Worker::loop() {
  std::optional<Connections> c;
  auto last_upkeep = std::chrono::steady_clock::now() - options_.housekeeping_every;
  for (;;) {
    bool worked = false;
    const auto seen = options_.notifier ? options_.notifier->version() : 0;
    try {
      if (!c || !c->ok()) c.emplace(conninfo_);
      if (options_.housekeeping && std::chrono::steady_clock::now() - last_upkeep >= options_.housekeeping_every) {
        last_upkeep = std::chrono::steady_clock::now();
        options_.housekeeping(c->control);
      }
      worked = run_one(*c);
    } catch (const std::exception& e) {
      spdlog::error("job worker: {}", e.what());
      c.reset();
    }
    if (stopping_) return;
    if (worked) continue;
    if (options_.notifier) {
      options_.notifier->wait(seen, options_.idle_poll);
    } else {
      std::unique_lock lock(mu_);
      cv_.wait_for(lock, options_.idle_poll, [&] { return stopping_.load(); });
    }
    if (stopping_) return;
  }
}

}  // namespace numbase::jobs
