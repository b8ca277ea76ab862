#pragma once
// What a schedule (or a one-off run) does, as stored in `settings`: for an import the remote
// file or glob, the target (pool or a project), supplier, region and column mapping as for
// uploads; for an export the numbers filter and format as POST /exports, the remote directory
// and the file name template. Checked once when saved; the run reads it back as it was.
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "db/connection.hpp"

namespace numbase::sftp {

// The import or export settings from a request's object, checked (field issues named under
// `prefix`, e.g. "import.remote_path"); the normalized object to store.
boost::json::object read_import_settings(db::Connection& conn, const boost::json::value& v, const std::string& prefix,
                                         std::vector<FieldIssue>& issues);
boost::json::object read_export_settings(db::Connection& conn, const boost::json::value& v, const std::string& prefix,
                                         std::vector<FieldIssue>& issues);

// The remote path a run's log shows: the import's file or glob, the export's directory/template.
std::string settings_remote_path(const std::string& direction, const boost::json::object& settings);

// A remote path as the API accepts it: 1 to 1000 characters of valid UTF-8, no control characters.
bool valid_remote_path(const std::string& path);

// The export's file name for a moment, in a time zone: {yyyy} {mm} {dd} {hh} {mi} {ss} {yyyy-mm-dd}.
std::string render_file_name(const std::string& tmpl, std::chrono::sys_seconds at, const std::string& zone);

// Unix seconds as the API writes times (ISO 8601 UTC).
std::string iso_time(std::int64_t unix_seconds);

}  // namespace numbase::sftp
