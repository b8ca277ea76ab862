#pragma once
// Password hashing with Argon2id (libsodium's crypto_pwhash_str, interactive limits).
#include <string>
#include <string_view>

namespace numbase::auth {

std::string hash_password(std::string_view password);
bool verify_password(const std::string& hash, std::string_view password);
// Spends the same time as a real verification, so unknown usernames cannot be told apart
// from wrong passwords by timing.
void verify_dummy_password(std::string_view password);
// An empty string when acceptable, else the reason.
std::string password_problem(std::string_view password);

}  // namespace numbase::auth
