#pragma once
// Running helper programs (initdb, pg_ctl, useradd), optionally as another system account.
#include <sys/types.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace numbase {

struct Account {
  std::string name;
  uid_t uid;
  gid_t gid;
};

// Looks up a system account by name.
std::optional<Account> find_account(const std::string& name);

// Runs argv[0] (an absolute path) with the given arguments and waits for it. Output goes to
// `log` (appended) when given, else to /dev/null. Returns the exit status (128+signal when
// killed). With `as`, the child drops to that account before exec.
int run_process(const std::vector<std::string>& argv, const std::optional<Account>& as = std::nullopt,
                const std::filesystem::path& log = {});

}  // namespace numbase
