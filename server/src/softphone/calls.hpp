#pragma once
// One call model whatever the PBX (issue 12). A webhook checks and translates its PBX's event
// and stores it in the queue (ingest.hpp); the applier turns the queue into calls and number
// changes in set-based batches, one applier at a time across processes.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "audit/audit.hpp"
#include "db/connection.hpp"
#include "softphone/integrations.hpp"

namespace numbase::softphone {

struct CallEvent {
  enum Kind { Started, Answered, Ended, Recorded } kind = Started;
  std::string pbx_call_id;
  std::string direction = "outbound";     // inbound, outbound
  std::optional<std::int64_t> phone;      // the other party's E.164 digits
  std::optional<std::string> extension;
  std::string at;                         // when (a timestamptz literal, "now" included)
  std::optional<std::int64_t> duration;   // Ended
  std::optional<std::string> outcome;     // Ended: answered, no_answer, busy, failed (unknown: never ended)
  std::optional<std::string> recording;
  std::optional<std::int64_t> seq;        // Mango: an event with a seq not above the call's last changes nothing
  std::optional<std::string> notes;       // Ended (a call result): a note on the call's numbers
};

// Applies up to `limit` queued events, oldest first, in one transaction: calls made or found
// (linked to their numbers when first heard of), answered, ended once (attempts, last call,
// the outcome's status unless a person changed the number since the call began or its status
// is final; conversion counters), recordings, notes; the operators' live streams notified.
// Waits for another process's applier to finish first. An event that cannot be applied even
// alone is marked failed and skipped. Returns how many events were taken.
int apply_queued_events(db::Connection& conn, int limit = 1000);

// Calls whose end never came (the PBX lost it, or we never heard it) are ended as "unknown"
// once they are older than `after`: the attempt counts, no status is set. At most `limit` per
// look (queued as ends); returns how many. Run by the workers' housekeeping.
int close_unfinished_calls(db::Connection& conn, std::chrono::seconds after, int limit);

// A call event's actor in the audit log: the integration (and the request it came with).
audit::Actor integration_actor(const Integration& integration);

}  // namespace numbase::softphone
