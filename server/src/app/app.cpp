#include "app/app.hpp"

#include <arpa/inet.h>

#include <algorithm>

#include "core/errors.hpp"
#include "jobs/queue.hpp"

namespace numbase {

App::App(Config c, std::string signing_key)
    : config(std::move(c)),
      pool(config.database_url, config.db_pool_size),
      signer(std::move(signing_key)),
      notifier(config.listen_conninfo(), jobs::kChannel),
      calls_notifier(config.listen_conninfo(), "numbase_calls"),
      secrets(config.secret_key, config.data_dir),
      call_applier(config.database_url),
      event_writer(config.database_url) {
  notifier.start();
  calls_notifier.start();
}

bool Principal::can(std::string_view permission) const {
  return std::any_of(permissions.begin(), permissions.end(),
                     [&](const std::string& p) { return p == "all" || p == permission; });
}

}  // namespace numbase

namespace numbase::http {

const Principal& RequestContext::principal() const {
  if (!user) throw unauthorized();
  return *user;
}

std::string RequestContext::client_ip() const {
  if (app.config.trust_forwarded_for) {
    if (auto fwd = req.header("x-forwarded-for")) {
      auto first = fwd->substr(0, fwd->find(','));
      auto b = first.find_first_not_of(' ');
      auto e = first.find_last_not_of(' ');
      if (b != std::string::npos) {
        std::string ip = first.substr(b, e - b + 1);
        unsigned char buf[16];
        if (inet_pton(AF_INET, ip.c_str(), buf) == 1 || inet_pton(AF_INET6, ip.c_str(), buf) == 1) return ip;
      }
    }
  }
  return req.remote_ip;
}

audit::Actor RequestContext::actor() const {
  audit::Actor a;
  a.type = user ? "user" : "anonymous";
  if (user) {
    a.user_id = user->id;
    a.username = user->username;
  }
  auto ip = client_ip();
  if (!ip.empty()) a.ip = ip;
  a.user_agent = req.header("user-agent");
  a.request_id = req.request_id;
  return a;
}

}  // namespace numbase::http

