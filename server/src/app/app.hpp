#pragma once
// The services a request handler can reach, and the per-request context.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "auth/jwt.hpp"
#include "core/config.hpp"
#include "core/secrets.hpp"
#include "db/pool.hpp"
#include "http/message.hpp"
#include "http/metrics.hpp"
#include "http/router.hpp"
#include "jobs/notifier.hpp"
#include "softphone/applier.hpp"
#include "softphone/ingest.hpp"

namespace numbase {

struct App {
  App(Config c, std::string signing_key);
  Config config;
  db::Pool pool;
  auth::JwtSigner signer;
  http::Metrics metrics;
  http::Router router;
  jobs::Notifier notifier;        // job changes, for this process's worker and progress streams
  jobs::Notifier calls_notifier;  // a user's calls changed (SoftPhone), for the operators' live streams
  SecretBox secrets;        // PBX keys and other secrets at rest
  // Applies the call events this process's webhooks store; started by `serve` and `worker`
  // (tests apply them themselves).
  softphone::CallApplier call_applier;
  softphone::IntegrationCache integrations;  // what the webhooks check events against
  softphone::EventWriter event_writer;       // stores the webhooks' events, many to a commit
};

// The signed-in user a request acts as.
struct Principal {
  std::int64_t id = 0;
  std::string username;
  std::string role;
  std::vector<std::string> permissions;
  std::string session_id;  // the refresh-token family the access token belongs to
  bool can(std::string_view permission) const;
};

}  // namespace numbase

namespace numbase::http {

struct RequestContext {
  Request& req;
  App& app;
  std::optional<Principal> user;

  const Principal& principal() const;  // the signed-in user; 401 when there is none
  std::string client_ip() const;       // X-Forwarded-For only when configured to trust it
  audit::Actor actor() const;          // for audit records written by this request
};

}  // namespace numbase::http
