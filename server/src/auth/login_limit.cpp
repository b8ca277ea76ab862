#include "auth/login_limit.hpp"

namespace numbase::auth {
namespace {

// The 5th most recent failure inside the window decides: the block lasts until it leaves
// the window. Each dimension uses its own index.
constexpr const char* kBlockedFor =
    "SELECT ceil(extract(epoch FROM greatest("
    "  (SELECT failed_at FROM auth_failures WHERE lower(username) = lower($1)"
    "     AND failed_at > now() - make_interval(secs => $3) ORDER BY failed_at DESC OFFSET $4 - 1 LIMIT 1),"
    "  (SELECT failed_at FROM auth_failures WHERE ip = $2::inet"
    "     AND failed_at > now() - make_interval(secs => $3) ORDER BY failed_at DESC OFFSET $4 - 1 LIMIT 1))"
    "  + make_interval(secs => $3) - now()))::bigint";

}  // namespace

std::optional<int> blocked_for(db::Connection& conn, const std::string& username, const std::optional<std::string>& ip) {
  auto r = conn.query(kBlockedFor, username, ip, kWindowSeconds, kMaxFailures);
  if (r.is_null(0, 0)) return std::nullopt;
  auto seconds = r.i64(0, 0);
  return seconds > 0 ? std::optional<int>(static_cast<int>(seconds)) : std::nullopt;
}

void record_failure(db::Connection& conn, const std::string& username, const std::optional<std::string>& ip) {
  conn.query("INSERT INTO auth_failures (username, ip) VALUES ($1, $2::inet)", username, ip);
}

}  // namespace numbase::auth
