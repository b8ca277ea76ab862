#pragma once
// A project's distribution settings: providers, geo and the weekday schedule, validated and
// saved together.
#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "db/connection.hpp"

namespace numbase::projects {

struct Window {
  int weekday;                     // 1 = Monday ... 7 = Sunday
  std::optional<std::string> start;  // "HH:MM"; both empty = the whole day
  std::optional<std::string> end;    // "HH:MM", "24:00" allowed
};

struct Settings {
  std::vector<std::int64_t> provider_ids;
  std::vector<std::int64_t> geo_ids;
  std::vector<Window> schedule;
};

// Reads provider_ids, geo_ids and schedule from a request body; missing keys read as empty.
// Shape problems are appended to `issues`.
Settings read_settings(const boost::json::object& body, std::vector<FieldIssue>& issues);

// Checks windows (inside a day, start before end, no overlaps, a whole day alone) and that
// the ids exist; `active` also needs at least one provider and one geo.
void validate_settings(db::Connection& conn, const Settings& s, bool active, std::vector<FieldIssue>& issues);

// Replaces the project's providers, geo and schedule; returns the audit changes.
boost::json::object save_settings(db::Connection& conn, std::int64_t project_id, const Settings& s);

// The saved settings as JSON: {"provider_ids", "geo_ids", "schedule"}.
boost::json::object settings_json(db::Connection& conn, std::int64_t project_id);

}  // namespace numbase::projects
