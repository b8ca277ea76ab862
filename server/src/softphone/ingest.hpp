#pragma once
// Taking PBXs' call events in (issue 12): the integrations they are checked against, kept for
// a second, and the writer that stores checked events in the queue (call_events) many to a
// statement and a commit, answering each webhook once its event is durable. The applier
// (calls.hpp) makes calls of them.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <future>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "audit/audit.hpp"
#include "db/pool.hpp"
#include "softphone/calls.hpp"
#include "softphone/integrations.hpp"

namespace numbase {
class SecretBox;
}

namespace numbase::softphone {

// Integrations by id or webhook token, secrets opened, read at most once a second each (and
// unknown ones remembered as such for as long): a PBX sends thousands of events a second, each
// would read the row and open its secrets. A change made through this process is seen at once
// (forget); one made through another process within a second.
class IntegrationCache {
 public:
  std::optional<Integration> by_id(db::Pool& pool, const SecretBox& box, std::int64_t id);
  std::optional<Integration> by_token(db::Pool& pool, const SecretBox& box, const std::string& token);
  void forget(std::int64_t id);

 private:
  struct Entry {
    std::optional<Integration> integration;
    std::chrono::steady_clock::time_point read;
  };
  std::mutex mu_;
  std::map<std::int64_t, Entry> by_id_;
  std::map<std::string, Entry> by_token_;
};

// What the PBX is answered: the number the event's call goes to (in the extension's user's
// projects when he has it, the most recently received), if the base holds its phone.
struct Received {
  std::int64_t event_id = 0;
  std::optional<std::int64_t> number_id, project_id;
};

// Stores events for the applier, the ones that arrive together in one statement and one commit
// (group commit): a webhook waits a commit's time, not a turn for the database. One writer
// thread with its connection (more made smaller batches, and were slower). An event the batch
// cannot take (a bad value) fails alone.
class EventWriter {
 public:
  explicit EventWriter(std::string conninfo);
  ~EventWriter();
  EventWriter(const EventWriter&) = delete;
  EventWriter& operator=(const EventWriter&) = delete;

  // Returns once the event is committed; throws what storing it threw. `actor` gives the
  // request's address and id for the audit records the event will make.
  Received store(const Integration& integration, const CallEvent& event, const audit::Actor& actor);

 private:
  struct Pending;
  void loop();
  void write(std::unique_ptr<db::Connection>& conn, std::vector<Pending*>& batch);

  std::string conninfo_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<Pending*> waiting_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace numbase::softphone
