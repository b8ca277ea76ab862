#include "softphone/applier.hpp"

#include <spdlog/spdlog.h>

#include <memory>

#include "db/connection.hpp"
#include "softphone/calls.hpp"

namespace numbase::softphone {

CallApplier::CallApplier(std::string conninfo, std::chrono::milliseconds idle_poll)
    : conninfo_(std::move(conninfo)), idle_poll_(idle_poll) {}

CallApplier::~CallApplier() { stop(); }

void CallApplier::start() {
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this] { loop(); });
}

void CallApplier::stop() {
  stopping_ = true;
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void CallApplier::wake() {
  {
    std::lock_guard lock(mu_);
    pending_ = true;
  }
  cv_.notify_one();
}

void CallApplier::loop() {
  constexpr int kBatch = 1000;
  constexpr auto kMostGather = std::chrono::milliseconds(100);
  std::unique_ptr<db::Connection> conn;
  auto backoff = std::chrono::milliseconds(500);
  while (!stopping_) {
    int taken = 0;
    try {
      if (!conn || !conn->ok()) conn = std::make_unique<db::Connection>(conninfo_);
      taken = apply_queued_events(*conn, kBatch);
      backoff = std::chrono::milliseconds(500);
    } catch (const std::exception& e) {
      spdlog::error("call events: {}; trying again in {} ms", e.what(), backoff.count());
      conn.reset();
      std::unique_lock lock(mu_);
      cv_.wait_for(lock, backoff, [this] { return stopping_.load(); });
      backoff = std::min(backoff * 2, std::chrono::milliseconds(30000));
      continue;
    }
    if (taken == kBatch) continue;  // more are waiting
    std::unique_lock lock(mu_);
    cv_.wait_for(lock, idle_poll_, [this] { return pending_ || stopping_.load(); });
    pending_ = false;
    // Under a burst, let the events arriving with this one join it: a batch per few events would
    // spend the CPU the webhooks need on each batch's fixed work. The busier the last batch, the
    // longer (up to 100 ms); a quiet PBX's event (and its pop-up) does not wait.
    if (taken > 10) {
      const auto gather = std::min(kMostGather, std::chrono::milliseconds(taken / 10));
      cv_.wait_for(lock, gather, [this] { return stopping_.load(); });
    }
  }
}

}  // namespace numbase::softphone
