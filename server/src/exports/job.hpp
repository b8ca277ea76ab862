#pragma once
// The export job: the numbers matching a filter, within what the requesting user may see
// (checked again when the job runs), read through a cursor in batches and written to a
// CSV or XLSX file; then the audit entry. Expired files are removed by housekeeping.
#include <boost/json/object.hpp>

#include <chrono>
#include <filesystem>

#include <string>

#include "db/connection.hpp"
#include "jobs/worker.hpp"

namespace numbase::exports {

inline constexpr const char* kJobKind = "export";

std::filesystem::path export_path(const std::filesystem::path& files_dir, std::int64_t export_id,
                                  const std::string& format);

// The query an export reads: one row per number with the columns of the file, newest first;
// `where` is a WHERE clause on phone_numbers n (with its parameters bound by the caller).
std::string export_query(const std::string& where, bool english);

boost::json::object run_export(jobs::JobContext& job, const std::filesystem::path& files_dir,
                               std::chrono::hours retention);

// Removes the files of expired exports.
void remove_expired(db::Connection& conn, const std::filesystem::path& files_dir);

}  // namespace numbase::exports
