#include "auth/login_limit.hpp"

namespace numbase::auth {
namespace {

// The failures within the window that concern this attempt, counted three ways; each limit
// gives the moment its wait ends (the last failure + 30 s × 2^(failures over the limit),
// at most the window). The latest moment decides.
constexpr const char* kBlockedFor = R"SQL(
WITH f AS (
  SELECT failed_at, lower(username) = lower($1) AS same_user, ip IS NOT DISTINCT FROM $2::inet AS same_ip
    FROM auth_failures
   WHERE failed_at > now() - make_interval(secs => $3)
     AND (lower(username) = lower($1) OR ip = $2::inet)),
c AS (
  SELECT count(*) FILTER (WHERE same_user AND same_ip) AS pair, max(failed_at) FILTER (WHERE same_user AND same_ip) AS pair_at,
         count(*) FILTER (WHERE same_ip) AS addr, max(failed_at) FILTER (WHERE same_ip) AS addr_at,
         count(*) FILTER (WHERE same_user) AS acct, max(failed_at) FILTER (WHERE same_user) AS acct_at
    FROM f),
known AS (
  SELECT $7::bigint IS NOT NULL AND $2::inet IS NOT NULL
         AND EXISTS (SELECT 1 FROM refresh_tokens t WHERE t.user_id = $7::bigint AND t.ip = $2::inet) AS yes)
SELECT ceil(extract(epoch FROM greatest(
         CASE WHEN c.pair >= $4 THEN c.pair_at + make_interval(secs => least(30 * power(2, least(c.pair - $4, 10)), $3)) END,
         CASE WHEN c.addr >= $5 AND NOT known.yes
              THEN c.addr_at + make_interval(secs => least(30 * power(2, least(c.addr - $5, 10)), $3)) END,
         CASE WHEN c.acct >= $6 AND NOT known.yes
              THEN c.acct_at + make_interval(secs => least(30 * power(2, least(c.acct - $6, 10)), $3)) END)
       - now()))::bigint
  FROM c, known
)SQL";

// One row per address: a new window (the previous one is over) is what gets audited.
constexpr const char* kRecordBlocked = R"SQL(
INSERT INTO auth_blocks AS b (ip) VALUES ($1::inet)
ON CONFLICT ((coalesce(ip, '0.0.0.0'::inet))) DO UPDATE
   SET attempts = CASE WHEN b.window_start > now() - make_interval(secs => $2) THEN b.attempts + 1 ELSE 1 END,
       window_start = CASE WHEN b.window_start > now() - make_interval(secs => $2) THEN b.window_start ELSE now() END,
       last_at = now()
RETURNING attempts = 1
)SQL";

}  // namespace

std::optional<int> blocked_for(db::Connection& conn, const std::string& username, const std::optional<std::string>& ip,
                               std::optional<std::int64_t> user_id) {
  auto r = conn.query(kBlockedFor, username, ip, kWindowSeconds, kPairFailures, kAddressFailures, kAccountFailures,
                      user_id);
  if (r.is_null(0, 0)) return std::nullopt;
  auto seconds = r.i64(0, 0);
  return seconds > 0 ? std::optional<int>(static_cast<int>(seconds)) : std::nullopt;
}

void record_failure(db::Connection& conn, const std::string& username, const std::optional<std::string>& ip) {
  conn.query("INSERT INTO auth_failures (username, ip) VALUES ($1, $2::inet)", username, ip);
}

void record_blocked(db::Connection& conn, const audit::Actor& actor, const std::string& username) {
  if (conn.query(kRecordBlocked, actor.ip, kWindowSeconds).boolean(0, 0))
    audit::record(conn, actor, "login_blocked", "user", std::nullopt,
                  {{"username", username}, {"note", "further blocked attempts from this address in the next 15 minutes"
                                                    " are counted in auth_blocks, not audited one by one"}});
}

void forget_old_failures(db::Connection& conn) {
  conn.exec("DELETE FROM auth_failures WHERE failed_at < now() - interval '1 day'");
  conn.exec("DELETE FROM auth_blocks WHERE last_at < now() - interval '1 day'");
}

}  // namespace numbase::auth
