#pragma once
// Settings for the embedded PostgreSQL cluster, sized from the machine as PostgreSQL tuning
// guides do, so a newcomer's installation performs like the benchmarks say. NUMBASE_PG_<NAME>
// (e.g. NUMBASE_PG_SHARED_BUFFERS=2GB) overrides or adds any setting.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace numbase::db {

// The memory this process may use: physical memory, or a smaller cgroup limit.
std::uint64_t available_memory();

// name → value for a machine with `memory` bytes.
std::map<std::string, std::string> tuned_settings(std::uint64_t memory);

// Applies NUMBASE_PG_* from `environ`-style entries over `settings`. Names must be
// [a-z_] and values [A-Za-z0-9._:/-] (they reach pg_ctl's command line); anything else throws.
void apply_overrides(std::map<std::string, std::string>& settings, const std::vector<std::string>& environment);

// "name=value" for EmbeddedPostgres.
std::vector<std::string> as_arguments(const std::map<std::string, std::string>& settings);

// What the embedded cluster runs with: tuned_settings for this machine with this process's
// NUMBASE_PG_* applied. `numbase serve` and the benchmarks both start it so.
std::vector<std::string> embedded_arguments();

}  // namespace numbase::db
