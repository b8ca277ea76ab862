#pragma once
// A background worker thread: claims jobs one at a time and runs the handler for their kind.
#include <boost/json/object.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "db/connection.hpp"

namespace numbase::jobs {

class Notifier;

struct JobContext {
  // The worker's connection for the job's own work; handlers open transactions on it.
  // Progress goes over another connection, so it is seen while a long transaction runs.
  db::Connection& conn;
  std::int64_t id;
  boost::json::object payload;
  std::optional<std::int64_t> requested_by;
  int attempt;  // 1 on the first run
  // Reports progress and renews the lease; throws to stop the job when it was cancelled,
  // its lease was lost or the worker is stopping. Call it often (at least every few seconds).
  std::function<void(std::int64_t done, std::optional<std::int64_t> total)> progress;
};

// Returns the job's result; throws to fail it (transient database failures are retried).
// Handlers must be safe to run again from the start: a job interrupted by a shutdown, a crash
// or a transient failure is picked up again.
using Handler = std::function<boost::json::object(JobContext&)>;

// Handlers may throw this for a failure that is the input's fault: never retried.
class JobError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct WorkerOptions {
  std::chrono::seconds lease{60};
  // How long an idle worker sleeps between looks at the queue; a notification wakes it early.
  std::chrono::milliseconds idle_poll{5000};
  Notifier* notifier = nullptr;  // without one, the worker only polls
  // Periodic upkeep run by the worker between jobs (e.g. removing expired export files).
  std::function<void(db::Connection&)> housekeeping;
  std::chrono::seconds housekeeping_every{300};
};

class Worker {
 public:
  Worker(std::string conninfo, std::map<std::string, Handler> handlers, WorkerOptions options = {});
  ~Worker();
  void start();
  // Stops the loop and waits for it; a job in progress stops at its next progress report and
  // goes back to the queue.
  void stop();
  // Runs due jobs until none is left (tests).
  void drain();

 private:
  struct Connections;
  bool run_one(Connections& c);
  void loop();

  std::string conninfo_;
  std::map<std::string, Handler> handlers_;
  WorkerOptions options_;
  std::string name_;
  std::thread thread_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::atomic<bool> stopping_{false};
};

}  // namespace numbase::jobs
