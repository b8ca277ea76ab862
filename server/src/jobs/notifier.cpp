#include "jobs/notifier.hpp"

#include <poll.h>
#include <spdlog/spdlog.h>

#include "db/connection.hpp"

namespace numbase::jobs {

Notifier::Notifier(std::string conninfo, std::string channel)
    : conninfo_(std::move(conninfo)), channel_(std::move(channel)) {}

Notifier::~Notifier() { stop(); }

void Notifier::start() { thread_ = std::thread([this] { loop(); }); }

void Notifier::stop() {
  stopping_ = true;
  wake();
  if (thread_.joinable()) thread_.join();
}

void Notifier::wake() {
  {
    std::lock_guard lock(mu_);
    ++version_;
  }
  cv_.notify_all();
}

std::uint64_t Notifier::wait(std::uint64_t seen, std::chrono::milliseconds timeout) {
  std::unique_lock lock(mu_);
  cv_.wait_for(lock, timeout, [&] { return version_.load() != seen; });
  return version_.load();
}

void Notifier::loop() {
  while (!stopping_) {
    try {
      db::Connection conn(conninfo_);
      conn.exec("LISTEN " + channel_);
      wake();  // anything announced while not listening is picked up by a fresh look
      while (!stopping_) {
        pollfd p{PQsocket(conn.raw()), POLLIN, 0};
        if (poll(&p, 1, 250) < 0) continue;  // a short timeout, to notice stop()
        if (PQconsumeInput(conn.raw()) != 1) throw std::runtime_error(PQerrorMessage(conn.raw()));
        bool any = false;
        while (PGnotify* n = PQnotifies(conn.raw())) {
          any = true;
          PQfreemem(n);
        }
        if (any) wake();
      }
    } catch (const std::exception& e) {
      spdlog::warn("notifications on {}: {}; reconnecting", channel_, e.what());
      for (int i = 0; i < 10 && !stopping_; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
}

}  // namespace numbase::jobs
