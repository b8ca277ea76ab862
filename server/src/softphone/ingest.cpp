#include "softphone/ingest.hpp"

#include <spdlog/spdlog.h>

#include "core/secrets.hpp"

namespace numbase::softphone {
namespace {

constexpr auto kFresh = std::chrono::seconds(1);
constexpr std::size_t kMostRemembered = 10000;  // then forgotten all at once (unknown ids included)
constexpr std::size_t kBatch = 1000;

// The events stored in the order given (their ids ascending in that order: the n-th smallest id
// is the n-th event's), and for each the
// number its call goes to: in the extension's user's projects when he has it ($15), the most
// recently received.
constexpr const char* kStore = R"SQL(
WITH e AS (
  SELECT * FROM unnest($1::int[], $2::"char"[], $3::text[], $4::text[], $5::bigint[], $6::text[], $7::timestamptz[],
                       $8::int[], $9::text[], $10::text[], $11::bigint[], $12::text[], $13::inet[], $14::text[],
                       $15::bigint[])
    WITH ORDINALITY AS e(integration_id, kind, pbx_call_id, direction, phone, extension, at, duration, outcome, recording,
                         seq, notes, ip, request_id, user_id, ord)),
ins AS (
  INSERT INTO call_events (integration_id, kind, pbx_call_id, direction, phone, extension, at, duration, outcome,
                           recording, seq, notes, ip, request_id)
  SELECT integration_id, kind, pbx_call_id, direction, phone, extension, at, duration, outcome, recording, seq, notes,
         ip, request_id
    FROM e ORDER BY ord
  RETURNING id),
ids AS (SELECT id, row_number() OVER (ORDER BY id) AS ord FROM ins)
SELECT ids.id, n.id, n.project_id
  FROM e JOIN ids USING (ord) LEFT JOIN LATERAL (
    SELECT n.id, n.project_id FROM phone_numbers n JOIN projects p ON p.id = n.project_id
     WHERE n.phone = e.phone AND p.deleted_at IS NULL
     ORDER BY e.user_id IS NOT NULL AND EXISTS (SELECT 1 FROM project_members m
                                                  WHERE m.project_id = n.project_id AND m.user_id = e.user_id) DESC,
              n.created_at DESC, n.id DESC
     LIMIT 1) n ON true
 ORDER BY e.ord
)SQL";

}  // namespace

std::optional<Integration> IntegrationCache::by_id(db::Pool& pool, const SecretBox& box, std::int64_t id) {
  const auto now = std::chrono::steady_clock::now();
  {
    std::lock_guard lock(mu_);
    if (auto it = by_id_.find(id); it != by_id_.end() && now - it->second.read < kFresh) return it->second.integration;
  }
  std::optional<Integration> integration;
  {
    auto conn = pool.acquire();
    integration = load_integration(*conn, box, id);
  }
  std::lock_guard lock(mu_);
  if (by_id_.size() >= kMostRemembered) by_id_.clear();
  by_id_[id] = {integration, now};
  return integration;
}

std::optional<Integration> IntegrationCache::by_token(db::Pool& pool, const SecretBox& box, const std::string& token) {
  const auto now = std::chrono::steady_clock::now();
  {
    std::lock_guard lock(mu_);
    if (auto it = by_token_.find(token); it != by_token_.end() && now - it->second.read < kFresh)
      return it->second.integration;
  }
  std::optional<Integration> integration;
  {
    auto conn = pool.acquire();
    if (auto r = conn->query("SELECT id FROM softphone_integrations WHERE token = $1", token); !r.empty())
      integration = load_integration(*conn, box, r.i64(0, 0));
  }
  std::lock_guard lock(mu_);
  if (by_token_.size() >= kMostRemembered) by_token_.clear();
  by_token_[token] = {integration, now};
  return integration;
}

void IntegrationCache::forget(std::int64_t id) {
  std::lock_guard lock(mu_);
  by_id_.erase(id);
  std::erase_if(by_token_, [id](const auto& e) { return !e.second.integration || e.second.integration->id == id; });
}

struct EventWriter::Pending {
  std::int64_t integration_id = 0;
  CallEvent event;
  std::optional<std::string> ip, request_id;
  std::optional<std::int64_t> user_id;
  std::promise<Received> done;
};

EventWriter::EventWriter(std::string conninfo) : conninfo_(std::move(conninfo)) {
  thread_ = std::thread([this] { loop(); });
}

EventWriter::~EventWriter() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

Received EventWriter::store(const Integration& integration, const CallEvent& event, const audit::Actor& actor) {
  Pending p;
  p.integration_id = integration.id;
  p.event = event;
  p.ip = actor.ip;
  p.request_id = actor.request_id;
  p.user_id = mapped_id(integration.extensions, event.extension);
  auto done = p.done.get_future();
  {
    std::lock_guard lock(mu_);
    if (stopping_) throw std::runtime_error("the server is stopping");
    waiting_.push_back(&p);
  }
  cv_.notify_one();
  return done.get();
}

void EventWriter::loop() {
  std::unique_ptr<db::Connection> conn;  // opened on the first batch, again after a failure
  for (;;) {
    std::vector<Pending*> batch;
    {
      std::unique_lock lock(mu_);
      cv_.wait(lock, [this] { return stopping_ || !waiting_.empty(); });
      if (waiting_.empty()) return;  // stopping, nothing left
      const auto n = std::min(waiting_.size(), kBatch);
      batch.assign(waiting_.begin(), waiting_.begin() + static_cast<std::ptrdiff_t>(n));
      waiting_.erase(waiting_.begin(), waiting_.begin() + static_cast<std::ptrdiff_t>(n));
    }
    try {
      write(conn, batch);
    } catch (const db::Error& e) {
      if (conn && !conn->ok()) conn.reset();
      if (batch.size() == 1 || e.is(db::sqlstate::connection_failure)) {
        for (auto* p : batch) p->done.set_exception(std::current_exception());
        continue;
      }
      // Some value of the batch was refused: each on its own, so that it fails alone.
      for (auto* p : batch) {
        std::vector<Pending*> one{p};
        try {
          write(conn, one);
        } catch (...) {
          if (conn && !conn->ok()) conn.reset();
          p->done.set_exception(std::current_exception());
        }
      }
    } catch (...) {
      conn.reset();
      for (auto* p : batch) p->done.set_exception(std::current_exception());
    }
  }
}

void EventWriter::write(std::unique_ptr<db::Connection>& conn, std::vector<Pending*>& batch) {
  static constexpr const char* kinds[] = {"s", "a", "e", "r"};
  std::vector<std::optional<std::int64_t>> integration, phone, duration, seq, user;
  std::vector<std::optional<std::string>> kind, pbx_call_id, direction, extension, at, outcome, recording, notes, ip,
      request_id;
  for (const auto* p : batch) {
    const auto& e = p->event;
    integration.push_back(p->integration_id);
    kind.push_back(kinds[e.kind]);
    pbx_call_id.push_back(e.pbx_call_id);
    direction.push_back(e.direction);
    phone.push_back(e.phone);
    extension.push_back(e.extension);
    at.push_back(e.at);
    duration.push_back(e.duration);
    outcome.push_back(e.outcome);
    recording.push_back(e.recording);
    seq.push_back(e.seq);
    notes.push_back(e.notes);
    ip.push_back(p->ip);
    request_id.push_back(p->request_id);
    user.push_back(p->user_id);
  }
  if (!conn) conn = std::make_unique<db::Connection>(conninfo_);
  auto r = conn->query(kStore, integration, kind, pbx_call_id, direction, phone, extension, at, duration, outcome,
                        recording, seq, notes, ip, request_id, user);
  for (std::size_t i = 0; i < batch.size(); ++i) {
    const int row = static_cast<int>(i);
    batch[i]->done.set_value({r.i64(row, 0), r.opt_i64(row, 1), r.opt_i64(row, 2)});
  }
}

}  // namespace numbase::softphone
