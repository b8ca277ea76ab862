#pragma once
// The SFTP run job. Import: list the remote file or glob, skip what this schedule took before
// (name, size, modification time) and what is still being written (its size or time changed
// between two looks), stream each new file to the spool, check it opens, and hand it to an
// import of its own (the import's job reads it as if uploaded), remembering it in the same
// transaction; optionally move it to processed/. Export: write the export file as POST /exports
// would, upload it under a hidden temporary name and rename it when complete.
// A host that is down or a lost connection is retried with backoff (jobs::RetryableError); a
// refused key or password fails at once. Audited with the schedule as the actor.
#include <boost/json/object.hpp>

#include <chrono>
#include <filesystem>
#include <functional>

#include "jobs/worker.hpp"

namespace numbase {
class SecretBox;
}

namespace numbase::sftp {

struct JobOptions {
  std::filesystem::path files_dir;
  std::chrono::hours export_retention{72};
  // NUMBASE_SFTP_SETTLE_SECONDS (5): how long between the two looks at a remote file's size.
  std::chrono::seconds settle{5};
  // NUMBASE_SFTP_TIMEOUT_SECONDS (30): connect, sign-in and each network step.
  std::chrono::seconds timeout{30};
  // Tests: called between the two looks (to grow a file while it is being "written").
  std::function<void()> between_looks;
};

// The settle and timeout settings from the environment.
JobOptions job_options_from_env(const std::filesystem::path& files_dir, std::chrono::hours export_retention);

boost::json::object run_job(jobs::JobContext& job, const SecretBox& box, const JobOptions& options);

}  // namespace numbase::sftp
