#pragma once
// The runs log (`/sftp/jobs`, contract 10.1 and 10.2): every run of a schedule or a one-off
// run, its job, and what it did with each file.
#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>

#include "db/connection.hpp"
#include "http/router.hpp"

namespace numbase::sftp {

inline constexpr const char* kJobKind = "sftp_run";

struct RunRequest {
  std::int64_t config_id = 0;
  std::optional<std::int64_t> schedule_id;
  std::string direction;  // import | export
  boost::json::object settings;
  std::string trigger;  // schedule | manual
  std::optional<std::int64_t> requested_by;
};

// Queues the run and its job in the caller's transaction; returns the run's id.
std::int64_t queue_run(db::Connection& conn, const RunRequest& r);

// The run as the API shows it (with its files when `with_files`); nullopt when there is none.
std::optional<std::string> run_json(db::Connection& conn, std::int64_t id, bool with_files);

http::Response list_runs(http::RequestContext& ctx);
http::Response get_run(http::RequestContext& ctx);
http::Response create_run(http::RequestContext& ctx);

}  // namespace numbase::sftp
