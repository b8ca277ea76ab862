#pragma once
// SFTP hosts (`/sftp/configs`): address, user, password or private key (sealed at rest, never
// sent back), remote directory, and the host key an administrator accepted. "Test connection"
// learns the server's key first and sends credentials only to a server whose key was accepted.
#include <cstdint>
#include <optional>
#include <string>

#include "db/connection.hpp"
#include "http/router.hpp"
#include "sftp/client.hpp"

namespace numbase {
class SecretBox;
}

namespace numbase::sftp {

struct Host {
  std::int64_t id = 0;
  std::string name;
  std::string remote_directory;
  bool active = true;
  Credentials credentials;  // secrets opened
};

// nullopt when there is no such host. Throws when its secrets do not open (another master key).
std::optional<Host> load_host(db::Connection& conn, const SecretBox& box, std::int64_t id);

// Records the key a connection met when it was not the accepted one (the UI offers it).
void remember_seen_key(db::Connection& conn, std::int64_t host_id, const std::string& fingerprint);

http::Response list_hosts(http::RequestContext& ctx);
http::Response get_host(http::RequestContext& ctx);
http::Response create_host(http::RequestContext& ctx);
http::Response update_host(http::RequestContext& ctx);
http::Response delete_host(http::RequestContext& ctx);
http::Response test_host(http::RequestContext& ctx);
http::Response accept_host_key(http::RequestContext& ctx);

}  // namespace numbase::sftp
