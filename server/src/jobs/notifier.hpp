#pragma once
// One LISTEN connection per process and channel (jobs; a user's calls): a notification bumps a
// version number and wakes whoever waits (idle workers, progress and call streams), so nothing
// polls the database in a tight loop. Across processes and machines the wake-up is PostgreSQL's
// NOTIFY; if the connection drops it reconnects and wakes everyone (something may be missed).
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

namespace numbase::jobs {

class Notifier {
 public:
  Notifier(std::string conninfo, std::string channel);
  ~Notifier();
  void start();
  void stop();

  std::uint64_t version() const { return version_.load(); }
  // Waits until the version differs from `seen` or the timeout passes; returns the version.
  std::uint64_t wait(std::uint64_t seen, std::chrono::milliseconds timeout);
  // Wakes every waiter (used on shutdown and by the local enqueuer).
  void wake();

 private:
  void loop();
  std::string conninfo_, channel_;
  std::atomic<std::uint64_t> version_{1};
  std::atomic<bool> stopping_{false};
  std::mutex mu_;
  std::condition_variable cv_;
  std::thread thread_;
};

}  // namespace numbase::jobs
