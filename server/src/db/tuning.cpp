#include "db/tuning.hpp"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <stdexcept>

extern char** environ;

namespace numbase::db {
namespace {

constexpr std::uint64_t kMB = 1ull << 20;

std::string mb(std::uint64_t bytes) { return std::to_string(bytes / kMB) + "MB"; }

std::uint64_t clamp_mb(std::uint64_t v, std::uint64_t lo_mb, std::uint64_t hi_mb) {
  return std::clamp(v, lo_mb * kMB, hi_mb * kMB);
}

}  // namespace

std::uint64_t available_memory() {
  std::uint64_t memory = static_cast<std::uint64_t>(sysconf(_SC_PHYS_PAGES)) * static_cast<std::uint64_t>(sysconf(_SC_PAGESIZE));
  std::ifstream cgroup("/sys/fs/cgroup/memory.max");
  std::string limit;
  if (cgroup >> limit && !limit.empty() && std::all_of(limit.begin(), limit.end(), ::isdigit))
    memory = std::min<std::uint64_t>(memory, std::stoull(limit));
  return memory;
}

std::map<std::string, std::string> tuned_settings(std::uint64_t memory) {
  const auto shared = clamp_mb(memory / 4, 128, 8192);
  // Connections: every process's pool (10 by default) plus jobs; 100 leaves room for several.
  const std::uint64_t connections = 100;
  return {
      {"max_connections", std::to_string(connections)},
      {"shared_buffers", mb(shared)},
      {"effective_cache_size", mb(memory * 3 / 4)},
      {"work_mem", mb(clamp_mb((memory - shared) / (connections * 3), 4, 64))},
      {"maintenance_work_mem", mb(clamp_mb(memory / 16, 64, 2048))},
      {"max_wal_size", memory >= 8192 * kMB ? "8GB" : "2GB"},
      {"min_wal_size", "1GB"},
      {"checkpoint_timeout", "15min"},
      {"checkpoint_completion_target", "0.9"},
      // A page's first change after a checkpoint writes the whole page to the WAL; random
      // updates of a large table (calls ending on numbers) make most WAL that way, and every
      // commit waits for the WAL before it. Compressed, those images cost a fraction.
      {"wal_compression", "lz4"},
      {"random_page_cost", "1.1"},  // SSDs
      {"effective_io_concurrency", "200"},
      // A client that vanished (a killed server) is noticed within seconds, its statement
      // cancelled and its locks released; a transaction left idle is ended.
      {"client_connection_check_interval", "5s"},
      {"idle_in_transaction_session_timeout", "15min"},
  };
}

void apply_overrides(std::map<std::string, std::string>& settings, const std::vector<std::string>& environment) {
  const std::string prefix = "NUMBASE_PG_";
  for (const auto& entry : environment) {
    if (entry.rfind(prefix, 0) != 0) continue;
    const auto eq = entry.find('=');
    if (eq == std::string::npos) continue;
    std::string name = entry.substr(prefix.size(), eq - prefix.size());
    const std::string value = entry.substr(eq + 1);
    if (name == "BIN") continue;  // NUMBASE_PG_BIN: where PostgreSQL's programs are
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    const bool name_ok = !name.empty() && std::all_of(name.begin(), name.end(), [](unsigned char c) {
      return std::islower(c) || c == '_';
    });
    const bool value_ok = !value.empty() && std::all_of(value.begin(), value.end(), [](unsigned char c) {
      return std::isalnum(c) || c == '.' || c == '_' || c == ':' || c == '/' || c == '-';
    });
    if (!name_ok || !value_ok)
      throw std::runtime_error(entry.substr(0, eq) + ": a PostgreSQL setting's name must be letters and _, its value"
                                                     " letters, digits and . _ : / -");
    settings[name] = value;
  }
}

std::vector<std::string> as_arguments(const std::map<std::string, std::string>& settings) {
  std::vector<std::string> out;
  for (const auto& [k, v] : settings) out.push_back(k + "=" + v);
  return out;
}

std::vector<std::string> embedded_arguments() {
  auto settings = tuned_settings(available_memory());
  std::vector<std::string> environment;
  for (char** e = environ; *e; ++e) environment.emplace_back(*e);
  apply_overrides(settings, environment);
  return as_arguments(settings);
}

}  // namespace numbase::db
