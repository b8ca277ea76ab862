#pragma once
// Sign-in throttling, as trusted systems do it (docs/security.md):
//  - per account and address: from the 5th failure within 15 minutes, a wait that starts at
//    30 s and doubles with each further failure, up to 15 minutes;
//  - per address, whatever the usernames (an office behind one NAT): the same from the 50th;
//  - per account, from anywhere (a distributed guess of one password): the same from the 20th.
// The last two never apply to an address the account has signed in from before (it holds a
// session from there), so someone else's failures cannot lock a user out of their own office;
// waits grow gradually instead of a hard wall.
#include <cstdint>
#include <optional>
#include <string>

#include "audit/audit.hpp"
#include "db/connection.hpp"

namespace numbase::auth {

inline constexpr int kPairFailures = 5;
inline constexpr int kAddressFailures = 50;
inline constexpr int kAccountFailures = 20;
inline constexpr int kWindowSeconds = 15 * 60;
inline constexpr std::size_t kMaxUsernameLength = 150;

// Seconds until this sign-in may be tried, or nullopt when it may be tried now. `user_id` is
// the account the username names, if any.
std::optional<int> blocked_for(db::Connection& conn, const std::string& username, const std::optional<std::string>& ip,
                               std::optional<std::int64_t> user_id);
void record_failure(db::Connection& conn, const std::string& username, const std::optional<std::string>& ip);

// Counts a blocked attempt; writes the audit record only for the first of its address's window.
void record_blocked(db::Connection& conn, const audit::Actor& actor, const std::string& username);

// Housekeeping: failures and blocks older than a day are of no further use.
void forget_old_failures(db::Connection& conn);

}  // namespace numbase::auth
