#pragma once
// The thread that applies queued call events (issue 12): woken by this process's webhooks the
// moment an event is stored, and looking by itself every second for events other processes
// stored (and for housekeeping's ends). Applies batch after batch while the queue is full.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace numbase::softphone {

class CallApplier {
 public:
  explicit CallApplier(std::string conninfo, std::chrono::milliseconds idle_poll = std::chrono::seconds(1));
  ~CallApplier();
  void start();
  void stop();
  // An event was stored: apply it now (a no-op when the thread is not running).
  void wake();

 private:
  void loop();
  std::string conninfo_;
  std::chrono::milliseconds idle_poll_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool pending_ = false;
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

}  // namespace numbase::softphone
