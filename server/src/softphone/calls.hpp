#pragma once
// One call model whatever the PBX (issue 12): events, already checked and translated by each
// kind's webhook, make calls and move their numbers.
#include <boost/json/object.hpp>

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
  std::string at;                         // when (a timestamptz literal)
  std::optional<std::int64_t> duration;   // Ended
  std::optional<std::string> outcome;     // Ended: answered, no_answer, busy, failed (unknown: never ended)
  std::optional<std::string> recording;
  std::optional<std::int64_t> seq;        // Mango: an event with a seq not above the call's last changes nothing
};

// Applies an event in one transaction: the call made or found (linked to its numbers when
// first heard of), answered, ended (once: attempts, last call, the outcome's status unless a
// person changed the number since the call began or its status is final), or its recording.
// Returns {"status": "event_received" (or "stale"), "call", "phone_number_id", "project_id"}.
boost::json::object apply_call_event(db::Connection& conn, const Integration& integration, const CallEvent& event,
                                     const audit::Actor& actor);

// Calls whose end never came (the PBX lost it, or we never heard it) are ended as "unknown"
// once they are older than `after`: the attempt counts, no status is set. At most `limit` per
// look; returns how many were closed. Run by the workers' housekeeping.
int close_unfinished_calls(db::Connection& conn, std::chrono::seconds after, int limit);

// A call event's actor in the audit log: the integration (and the request it came with).
audit::Actor integration_actor(const Integration& integration);

}  // namespace numbase::softphone
