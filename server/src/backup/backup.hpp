#pragma once
// Backups (issue 15, first part): everything an installation needs to come back — the
// database (pg_dump's custom format: compressed, restorable table by table), the files
// (uploads waiting for their import, error reports, exports) and, when they live in the data
// dir, the keys that sealed the secrets (secret.key) and sign the tokens (jwt.key). A backup is
// a directory; restore refuses a database that already holds numbase's tables, or keys that
// differ from the backup's (the sealed secrets would no longer open).
#include <cstdint>
#include <filesystem>
#include <string>

#include "core/config.hpp"

namespace numbase::backup {

struct Report {
  std::uintmax_t database_bytes = 0;  // the dump's size
  std::uintmax_t files = 0;           // files copied
  int schema_version = 0;
};

// Writes the backup into `out` (made; it must not exist or be empty).
Report backup(const std::string& conninfo, const Config& config, const std::filesystem::path& out);

// Restores a backup into the (empty) database and the data dir.
Report restore(const std::string& conninfo, const Config& config, const std::filesystem::path& in);

}  // namespace numbase::backup
