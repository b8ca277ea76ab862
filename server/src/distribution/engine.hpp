#pragma once
// The distribution: hands pool numbers to the projects that may take them now (supplier, geo,
// sites, weekday window in the number's own time zone, daily limit, never twice), sharing
// contested numbers by priority and then in proportion to what each project still lacks.
// The algorithm is described in docs/architecture.md ("Distribution").
#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit.hpp"
#include "db/connection.hpp"

namespace numbase::distribution {

// The most a project without a daily limit takes in one run.
inline constexpr std::int64_t kUnlimitedPerRun = 50000;

struct RunRequest {
  std::string trigger = "manual";           // "manual", "schedule", "get_base"
  std::optional<std::int64_t> project_id;   // only this project (get_base); else every active one
  std::optional<std::string> now;           // the moment the rules are evaluated at; unset = now()
  std::optional<std::int64_t> started_by;   // the user, if any
  std::optional<std::int64_t> job_id;
  bool return_unworked = true;              // give back numbers left unworked too long first
};

// Why a project got fewer numbers than it lacks; empty code when it got all it lacked.
struct ProjectOutcome {
  std::int64_t project_id = 0;
  std::string name;
  std::int64_t handed = 0;
  std::optional<std::int64_t> remaining_today;  // null: no daily limit
  std::string reason;                            // "", "daily_limit_reached", "outside_schedule", "pool_empty"
};

struct RunResult {
  std::int64_t run_id = 0;
  std::int64_t handed = 0;
  std::int64_t returned = 0;
  std::vector<ProjectOutcome> projects;
};

// A reason code's English message (the UI shows its own translation of the code).
std::string reason_message(const std::string& code);
boost::json::object outcome_json(const ProjectOutcome& o);

// Runs the distribution in one transaction of its own on `conn`, one run at a time across all
// processes (a transaction-scoped advisory lock), records it in distribution_runs and the
// audit log (one record per run), and commits.
RunResult run(db::Connection& conn, const RunRequest& request, const audit::Actor& actor);

// How many numbers each project (or the one given) could take right now, without taking them.
std::vector<ProjectOutcome> preview(db::Connection& conn, std::optional<std::int64_t> project_id,
                                    const std::optional<std::vector<std::int64_t>>& only_projects = std::nullopt);

}  // namespace numbase::distribution
