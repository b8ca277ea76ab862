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

// Calls `beat` every `every` on its own thread until stopped.
class Heartbeat {
 public:
  Heartbeat(std::chrono::seconds every, std::function<void()> beat)
      : thread_([this, every, beat = std::move(beat)] {
          std::unique_lock lock(mu_);
          while (!cv_.wait_for(lock, std::max(every, std::chrono::seconds(1)), [&] { return stopped_; })) {
            lock.unlock();
            try {
              beat();
            } catch (const std::exception& e) {
              spdlog::warn("job lease renewal failed: {}", e.what());
            }
            lock.lock();
          }
        }) {}
  ~Heartbeat() { stop(); }
  void stop() {
    {
      std::lock_guard lock(mu_);
      stopped_ = true;
    }
    cv_.notify_all();
    if (thread_.joinable()) thread_.join();
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  bool stopped_ = false;
  std::thread thread_;
};

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
  // The lease is renewed by a heartbeat while the handler runs, also through single long
  // statements; progress reports share the control connection with it.
  std::mutex control_mu;
  std::atomic<bool> lost{false};
  // Once a second: renew the lease (every third of it), and when the job is cancelled or the
  // worker is stopping, interrupt the statement running on the work connection (PQcancel),
  // so a long INSERT stops within seconds instead of running to its end.
  enum Interrupt { None, ByCancel, ByStop };
  std::atomic<int> interrupt{None};
  auto renewed = std::chrono::steady_clock::now();
  Heartbeat heartbeat(std::chrono::seconds(1), [&] {
    std::lock_guard lock(control_mu);
    const auto now = std::chrono::steady_clock::now();
    if (now - renewed >= options_.lease / 3) {
      renewed = now;
      if (!renew_lease(c.control, job->id, name_, options_.lease)) lost = true;
    }
    if (interrupt != None) return;
    const int why = stopping_ ? ByStop : is_cancel_requested(c.control, job->id) ? ByCancel : None;
    if (why == None) return;
    interrupt = why;
    if (PGcancel* cancel = PQgetCancel(c.work.raw())) {
      char message[256];
      PQcancel(cancel, message, sizeof message);
      PQfreeCancel(cancel);
    }
  });
  JobContext ctx{c.work, job->id, job->payload, job->requested_by, job->attempts,
                 [&](std::int64_t done, std::optional<std::int64_t> total) {
                   Progress p;
                   {
                     std::lock_guard lock(control_mu);
                     p = report_progress(c.control, job->id, name_, done, total, options_.lease);
                   }
                   if (p == Progress::Lost || lost) throw std::runtime_error("the job's lease was lost");
                   if (p == Progress::CancelRequested) throw Cancelled{};
                   if (stopping_) throw Interrupted{};
                 }};
  auto roll_back = [&] {
    try {
      if (c.work.ok() && !c.work.idle()) c.work.exec("ROLLBACK");
    } catch (const std::exception&) {
    }
  };
  std::optional<boost::json::object> result;
  std::exception_ptr error;
  try {
    result = handler->second(ctx);
  } catch (...) {
    error = std::current_exception();
  }
  heartbeat.stop();
  try {
    if (error && interrupt == ByStop) throw Interrupted{};  // whatever the interrupted statement threw
    if (error && interrupt == ByCancel) throw Cancelled{};
    if (error) std::rethrow_exception(error);
    complete(c.control, job->id, *result);
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
