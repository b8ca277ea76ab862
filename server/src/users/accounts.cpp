#include "users/accounts.hpp"

#include <sodium.h>

#include <regex>

#include "auth/jwt.hpp"
#include "auth/passwords.hpp"
#include "core/errors.hpp"

namespace numbase::users {

bool is_valid_email(const std::string& email) {
  static const std::regex email_re("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  return email.size() <= 255 && std::regex_match(email, email_re);
}

std::int64_t create_account(db::Connection& conn, const NewUser& u, const audit::Actor& actor) {
  std::vector<FieldIssue> issues;
  static const std::regex username_re("^[A-Za-z0-9_.@-]{3,150}$");
  if (!std::regex_match(u.username, username_re))
    issues.push_back({"username", "must be 3-150 letters, digits or _ . @ -"});
  if (u.email && !is_valid_email(*u.email)) issues.push_back({"email", "must be a valid email address"});
  if (auto problem = auth::password_problem(u.password); !problem.empty()) issues.push_back({"password", problem});
  auto role = conn.query("SELECT id FROM roles WHERE name = $1", u.role);
  if (role.empty()) issues.push_back({"role", "unknown role"});
  if (!issues.empty()) throw validation_error(std::move(issues));

  if (!conn.query("SELECT 1 FROM users WHERE lower(username) = lower($1)", u.username).empty())
    throw conflict("A user with this username already exists", {{"username", "already exists"}});
  if (u.email && !conn.query("SELECT 1 FROM users WHERE lower(email) = lower($1)", *u.email).empty())
    throw conflict("A user with this email already exists", {{"email", "already exists"}});

  auto id = conn.query(
                    "INSERT INTO users (username, email, password_hash, role_id, is_active)"
                    " VALUES ($1, $2, $3, $4, $5) RETURNING id",
                    u.username, u.email, auth::hash_password(u.password), role.i64(0, 0), u.active)
                .i64(0, 0);
  audit::Changes changes;
  changes.add("username", nullptr, boost::json::value(u.username));
  changes.add("email", nullptr, u.email ? boost::json::value(*u.email) : boost::json::value(nullptr));
  changes.add("role", nullptr, boost::json::value(u.role));
  changes.add("status", nullptr, boost::json::value(u.active ? "active" : "inactive"));
  audit::record(conn, actor, "create", "user", std::to_string(id), changes.json());
  return id;
}

std::optional<std::string> ensure_first_admin(db::Connection& conn, std::optional<std::string> password) {
  return db::transaction(conn, [&](db::Connection& c) -> std::optional<std::string> {
    // Serialize concurrent first starts.
    c.exec("LOCK TABLE users IN SHARE ROW EXCLUSIVE MODE");
    if (!c.exec("SELECT 1 FROM users LIMIT 1").empty()) return std::nullopt;
    if (!password) {
      unsigned char raw[15];
      randombytes_buf(raw, sizeof raw);
      password = auth::base64url(std::string_view(reinterpret_cast<char*>(raw), sizeof raw));
    }
    audit::Actor system;
    create_account(c, {"admin", std::nullopt, *password, "administrator", true}, system);
    return password;
  });
}

}  // namespace numbase::users
