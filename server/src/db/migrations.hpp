#pragma once
// Versioned SQL migrations from server/migrations/, compiled into the binary.
#include <string_view>
#include <vector>

#include "db/connection.hpp"

namespace numbase::db {

struct Migration {
  int version;
  std::string_view name;
  std::string_view sql;
};

// Every migration in version order (generated at build time).
const std::vector<Migration>& embedded_migrations();
int latest_migration_version();

// Applies the missing migrations in order, each in its own transaction that first takes a
// transaction-scoped advisory lock, so concurrent processes apply each one exactly once
// (and the lock works behind PgBouncer). Fails if an applied migration's text changed.
// Returns how many were applied.
int apply_migrations(Connection& conn);

// The highest applied version, or 0 when none is (or the table does not exist yet).
int applied_migration_version(Connection& conn);

}  // namespace numbase::db
