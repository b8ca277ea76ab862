#pragma once
// The numbers list's filters: read from a query string (the list) or a JSON object (bulk
// update, exports), applied as bound SQL conditions on phone_numbers (alias n), and
// recorded as JSON in the audit log.
#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>

#include "core/query_params.hpp"
#include "core/sql_where.hpp"
#include "projects/access.hpp"

namespace numbase::numbers {

struct Filter {
  std::optional<std::int64_t> project_id, status_id, provider_id, geo_id, assigned_to;
  bool unassigned = false;
  std::optional<bool> favourite;
  bool reminder_due = false;
  // Callbacks: "overdue" (before now), "today" (due on today's business day, Moscow time, past
  // or not), "week" (today and the six days after).
  std::optional<std::string> reminder;
  std::optional<std::string> created_from, created_to;
  std::optional<std::string> phone;  // digits to find anywhere in the number
  std::optional<std::string> text;   // to find in the company, site or comment (3 to 100 characters)

  static Filter from_query(QueryParams& q);
  // Problems go to `issues` with the field prefixed ("filter.status_id").
  static Filter from_json(const boost::json::object& o, std::vector<FieldIssue>& issues);
  boost::json::object json() const;

  // True when the total can come from the per-project status counters.
  bool counted() const;
  // Adds the filter and the caller's scope (their projects, never deleted ones).
  void apply(SqlWhere& w, const projects::NumberScope& scope) const;
};

// The exact count from counters for a counted() filter.
std::int64_t counted_total(db::Connection& conn, const Filter& f, const projects::NumberScope& scope);
// The planner's estimate of the rows a WHERE clause matches.
std::int64_t estimated_total(db::Connection& conn, const SqlWhere& w);

}  // namespace numbase::numbers
