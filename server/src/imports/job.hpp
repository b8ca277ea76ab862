#pragma once
// The import job: reads the stored file, imports it into the project in one transaction
// (all-or-nothing, so a retry after a crash starts clean), writes the error report, records
// the outcome and the audit entry, and removes the uploaded file once done.
#include <boost/json/object.hpp>

#include <filesystem>

#include "jobs/worker.hpp"

namespace numbase::imports {

inline constexpr const char* kJobKind = "import";

std::filesystem::path upload_path(const std::filesystem::path& files_dir, std::int64_t import_id);
std::filesystem::path error_report_path(const std::filesystem::path& files_dir, std::int64_t import_id);

boost::json::object run_import(jobs::JobContext& job, const std::filesystem::path& files_dir);

// Housekeeping: removes the uploads of imports whose job has ended in any state (a failed or
// cancelled import is not retried, so its file is of no further use), and uploads with no
// import at all once a day old.
void remove_finished_uploads(db::Connection& conn, const std::filesystem::path& files_dir);

}  // namespace numbase::imports
