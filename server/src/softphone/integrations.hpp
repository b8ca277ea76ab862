#pragma once
// SoftPhone integrations (issue 12): a PBX account — its kind, its secrets (sealed at rest,
// never sent back), which extension is which user, and which call outcome sets which status.
#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>

#include "db/connection.hpp"
#include "http/router.hpp"

namespace numbase {
class SecretBox;
}

namespace numbase::softphone {

struct Integration {
  std::int64_t id = 0;
  std::string name, kind;
  boost::json::object secrets;     // opened
  boost::json::object extensions;  // {"101": user id}
  boost::json::object outcomes;    // {"answered": status id, …}
  std::optional<std::string> api_url;  // the PBX's API (click-to-call); the kind's default when unset
  bool active = true;
};

// The id an integration's map gives a key: the user of an extension, the status of an outcome.
std::optional<std::int64_t> mapped_id(const boost::json::object& map, const std::optional<std::string>& key);

// The integration, secrets opened; nullopt when there is none (or its secrets do not open).
std::optional<Integration> load_integration(db::Connection& conn, const SecretBox& box, std::int64_t id);

http::Response list_integrations(http::RequestContext& ctx);
http::Response get_integration(http::RequestContext& ctx);
http::Response create_integration(http::RequestContext& ctx);
http::Response update_integration(http::RequestContext& ctx);
http::Response delete_integration(http::RequestContext& ctx);

}  // namespace numbase::softphone
