#pragma once
// Running the numbase binary as a child process in tests.
#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace numbase::test {

struct Spawned {
  pid_t pid;
  std::filesystem::path log;
};

// Starts the numbase binary with `args`; `env` adds variables (the caller's NUMBASE_* and
// DATABASE_URL are left out); stdout and stderr go to `log`.
Spawned spawn(const std::vector<std::string>& args, const std::vector<std::string>& env,
              const std::filesystem::path& log);
// Waits for the process: its exit status, or 128 + the signal that killed it.
int wait_exit(pid_t pid);
std::string slurp(const std::filesystem::path& p);

}  // namespace numbase::test
