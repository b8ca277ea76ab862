#include "app/job_kinds.hpp"

#include <filesystem>
#include <memory>

#include "conversion/recalculate.hpp"
#include "distribution/handlers.hpp"
#include "auth/login_limit.hpp"
#include "exports/job.hpp"
#include "imports/job.hpp"
#include "numbering/rederive.hpp"
#include "projects/purge.hpp"
#include "sftp/job.hpp"
#include "sftp/runs.hpp"
#include "sftp/schedules.hpp"
#include "softphone/calls.hpp"
#include "core/secrets.hpp"

namespace numbase {
namespace {

// Uploads whose request died before the server could move or delete them.
void remove_abandoned_uploads(const std::filesystem::path& spool) {
  std::error_code ignored;
  const auto day_ago = std::filesystem::file_time_type::clock::now() - std::chrono::hours(24);
  for (const auto& e : std::filesystem::directory_iterator(spool, ignored))
    if (e.is_regular_file(ignored) && e.last_write_time(ignored) < day_ago) std::filesystem::remove(e.path(), ignored);
}

}  // namespace

std::map<std::string, jobs::Handler> job_handlers(const Config& config) {
  const auto files = config.files_dir();
  const auto retention = config.export_retention;
  auto box = std::make_shared<SecretBox>(config.secret_key, config.data_dir);
  const auto sftp_options = sftp::job_options_from_env(files, retention);
  return {
      {"project_purge", projects::run_purge},
      {distribution::kJobKind, distribution::run_job},
      {conversion::kRecalculateJobKind, conversion::run_recalculate},
      {numbering::kRederiveJobKind, numbering::run_rederive},
      {imports::kJobKind, [files](jobs::JobContext& job) { return imports::run_import(job, files); }},
      {exports::kJobKind,
       [files, retention](jobs::JobContext& job) { return exports::run_export(job, files, retention); }},
      {sftp::kJobKind, [box, sftp_options](jobs::JobContext& job) { return sftp::run_job(job, *box, sftp_options); }},
  };
}

jobs::WorkerOptions worker_options(const Config& config, jobs::Notifier* notifier) {
  jobs::WorkerOptions o;
  o.lease = config.job_lease;
  o.notifier = notifier;
  o.housekeeping_every = std::chrono::seconds(60);  // also the scheduled distribution's resolution
  const auto files = config.files_dir();
  const auto every = config.distribution_interval;
  o.housekeeping = [files, every](db::Connection& conn) {
    distribution::enqueue_scheduled(conn, every);
    sftp::enqueue_due(conn, std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    exports::remove_expired(conn, files);
    imports::remove_finished_uploads(conn, files);
    auth::forget_old_failures(conn);
    remove_abandoned_uploads(files / "spool");
    // A call still "on" after three hours lost its end somewhere.
    softphone::close_unfinished_calls(conn, std::chrono::hours(3), 500);
  };
  return o;
}

}  // namespace numbase
