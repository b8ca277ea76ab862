#pragma once
// The numbase subcommands.
#include <optional>
#include <string>

#include "core/config.hpp"

namespace numbase::cli {

int serve(Config config);
int worker(Config config);
int migrate(Config config);

struct UserCreateOptions {
  std::string username;
  std::string role = "manager";
  std::optional<std::string> email;
  bool password_stdin = false;
};
int user_create(Config config, const UserCreateOptions& options);

}  // namespace numbase::cli
