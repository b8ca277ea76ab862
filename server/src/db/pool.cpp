#include "db/pool.hpp"

namespace numbase::db {

Pool::Pool(std::string conninfo, std::size_t size, std::chrono::milliseconds acquire_timeout)
    : conninfo_(std::move(conninfo)), size_(size == 0 ? 1 : size), acquire_timeout_(acquire_timeout) {}

Pool::Lease Pool::acquire() {
  std::unique_lock lock(mu_);
  ++waiting_;
  bool got = cv_.wait_for(lock, acquire_timeout_, [&] { return !idle_.empty() || open_ < size_; });
  --waiting_;
  if (!got) throw Error("53300", "timed out waiting for a database connection");
  ++in_use_;
  if (!idle_.empty()) {
    auto c = std::move(idle_.back());
    idle_.pop_back();
    return Lease(this, std::move(c));
  }
  ++open_;
  lock.unlock();
  try {
    return Lease(this, std::make_unique<Connection>(conninfo_));
  } catch (...) {
    std::lock_guard relock(mu_);
    --open_;
    --in_use_;
    cv_.notify_one();
    throw;
  }
}

void Pool::release(std::unique_ptr<Connection> c) {
  bool reusable = c->ok() && c->idle();
  if (!reusable) c.reset();  // close outside the lock is not worth the complexity here
  std::lock_guard lock(mu_);
  --in_use_;
  if (reusable) {
    idle_.push_back(std::move(c));
  } else {
    --open_;
  }
  cv_.notify_one();
}

PoolStats Pool::stats() const {
  std::lock_guard lock(mu_);
  return {size_, open_, in_use_, waiting_};
}

}  // namespace numbase::db
