#pragma once
// A fixed-size pool of libpq connections, opened lazily. A Lease returns its connection
// on destruction; a broken connection or one left inside a transaction is discarded.
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "db/connection.hpp"

namespace numbase::db {

struct PoolStats {
  std::size_t size = 0;     // configured maximum
  std::size_t open = 0;     // connections currently open
  std::size_t in_use = 0;   // leased right now
  std::size_t waiting = 0;  // callers waiting for a lease
};

class Pool {
 public:
  Pool(std::string conninfo, std::size_t size, std::chrono::milliseconds acquire_timeout = std::chrono::seconds(10));

  class Lease {
   public:
    Lease(Pool* pool, std::unique_ptr<Connection> c) : pool_(pool), c_(std::move(c)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (c_) pool_->release(std::move(c_));
    }
    Connection& operator*() { return *c_; }
    Connection* operator->() { return c_.get(); }

   private:
    Pool* pool_;
    std::unique_ptr<Connection> c_;
  };

  Lease acquire();
  PoolStats stats() const;
  const std::string& conninfo() const { return conninfo_; }

 private:
  void release(std::unique_ptr<Connection> c);

  std::string conninfo_;
  std::size_t size_;
  std::chrono::milliseconds acquire_timeout_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<Connection>> idle_;
  std::size_t open_ = 0;
  std::size_t in_use_ = 0;
  std::size_t waiting_ = 0;
};

}  // namespace numbase::db
