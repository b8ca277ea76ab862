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

// Replaces the numbering plan with a registry file and prints what changed.
int geo_load_numbering_plan(Config config, const std::string& file);

// Writes a backup (database, files, keys) into a directory; restores one into an empty database.
int backup(Config config, const std::string& dir);
int restore(Config config, const std::string& dir);

}  // namespace numbase::cli
