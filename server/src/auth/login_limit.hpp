#pragma once
// Brute-force protection: 5 failed sign-ins for one username or from one IP within
// 15 minutes block further attempts until the window has moved past them.
#include <optional>
#include <string>

#include "db/connection.hpp"

namespace numbase::auth {

inline constexpr int kMaxFailures = 5;
inline constexpr int kWindowSeconds = 15 * 60;

// Seconds until a sign-in may be tried again, or nullopt when it may be tried now.
std::optional<int> blocked_for(db::Connection& conn, const std::string& username, const std::optional<std::string>& ip);
void record_failure(db::Connection& conn, const std::string& username, const std::optional<std::string>& ip);

}  // namespace numbase::auth
