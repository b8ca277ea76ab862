#pragma once
// User accounts without HTTP: creating one (CLI, first start, API) and the first
// administrator of a new installation.
#include <cstdint>
#include <optional>
#include <string>

#include "audit/audit.hpp"
#include "db/connection.hpp"

namespace numbase::users {

struct NewUser {
  std::string username;
  std::optional<std::string> email;
  std::string password;
  std::string role;
  bool active = true;
};

// Validates, hashes the password, inserts and audits (inside the caller's transaction).
// Throws ApiError 422 on invalid fields and 409 when the username or email is taken.
std::int64_t create_account(db::Connection& conn, const NewUser& user, const audit::Actor& actor);

// At most 255 characters, one @, a dot in the domain.
bool is_valid_email(const std::string& email);

// When the database has no users yet, creates the administrator "admin" with `password`
// (or a random one) and returns the password used; nullopt when users already exist.
std::optional<std::string> ensure_first_admin(db::Connection& conn, std::optional<std::string> password);

}  // namespace numbase::users
