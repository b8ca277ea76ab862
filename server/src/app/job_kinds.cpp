#include "app/job_kinds.hpp"

#include "exports/job.hpp"
#include "imports/job.hpp"
#include "projects/purge.hpp"

namespace numbase {

std::map<std::string, jobs::Handler> job_handlers(const Config& config) {
  const auto files = config.files_dir();
  const auto retention = config.export_retention;
  return {
      {"project_purge", projects::run_purge},
      {imports::kJobKind, [files](jobs::JobContext& job) { return imports::run_import(job, files); }},
      {exports::kJobKind,
       [files, retention](jobs::JobContext& job) { return exports::run_export(job, files, retention); }},
  };
}

jobs::WorkerOptions worker_options(const Config& config, jobs::Notifier* notifier) {
  jobs::WorkerOptions o;
  o.lease = config.job_lease;
  o.notifier = notifier;
  const auto files = config.files_dir();
  o.housekeeping = [files](db::Connection& conn) { exports::remove_expired(conn, files); };
  return o;
}

}  // namespace numbase
