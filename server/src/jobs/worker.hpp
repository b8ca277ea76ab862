#pragma once
// A background worker thread: claims jobs one at a time and runs the handler for their kind.
#include <boost/json/object.hpp>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "db/connection.hpp"

namespace numbase::jobs {

struct JobContext {
  db::Connection& conn;  // the worker's own connection; handlers open transactions on it
  std::int64_t id;
  boost::json::object payload;
  std::optional<std::int64_t> requested_by;
  std::function<void(std::int64_t done, std::optional<std::int64_t> total)> progress;
};

// Returns the job's result; throws to fail it. Handlers must be safe to run again from the
// start: a job interrupted by a shutdown or a crash is picked up again.
using Handler = std::function<boost::json::object(JobContext&)>;

class Worker {
 public:
  Worker(std::string conninfo, std::map<std::string, Handler> handlers,
         std::chrono::milliseconds idle_poll = std::chrono::seconds(1));
  ~Worker();
  void start();
  // Stops the loop and waits for it; a job in progress stops at its next progress report and
  // goes back to the queue.
  void stop();
  // Runs queued jobs until none is left (tests and the `worker --once` style use).
  void drain();

 private:
  bool run_one(db::Connection& conn);
  void loop();

  std::string conninfo_;
  std::map<std::string, Handler> handlers_;
  std::chrono::milliseconds idle_poll_;
  std::string name_;
  std::thread thread_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::atomic<bool> stopping_{false};
};

}  // namespace numbase::jobs
