#pragma once
// Conversion reports read from the counters only (migration 0015): a range is its whole
// months (month cells) plus the days at either end (day cells).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"

namespace numbase::conversion {

enum class View { cohort, activity };

// An inclusive range of business days, split for reading: whole months [month_from,
// month_to) and the days [from, month_from) and [month_to, to]. All YYYY-MM-DD.
struct Range {
  std::string from, to, month_from, month_to;
};

// Throws std::invalid_argument unless both are real dates, from <= to and the range is at
// most 366 days.
Range make_range(const std::string& from, const std::string& to);

struct SummaryQuery {
  Range range;
  View view = View::cohort;
  std::string state = "active";             // active | deleted | all
  std::optional<std::int64_t> member;       // managers: only projects they are members of
  std::int64_t provider_id = 0;             // 0: all suppliers
  std::int64_t geo_id = 0;                  // 0: all regions
  std::string sort = "id";                  // a key of sort_keys(), "-" first for descending
  std::int64_t limit = 100, offset = 0;
};

const std::vector<std::string>& sort_keys();

struct Summary {
  std::int64_t total = 0;   // projects
  std::string rows_json;    // [{project, measures…}]
  std::string totals_json;  // {measures…}
};
Summary summary(db::Connection& conn, const SummaryQuery& q);

// The number statuses as the reports show them, in display order (JSON array).
std::string statuses_json(db::Connection& conn);

// One project's measures, breakdowns by supplier, region and status, and the daily series:
// the body of GET /projects/{id}/conversion.
std::string project_report(db::Connection& conn, std::int64_t project_id, const Range& range, View view);

}  // namespace numbase::conversion
