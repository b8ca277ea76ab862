#pragma once
// Importing a file of numbers into a project or the pool: rows are read streaming, numbers normalized to
// E.164, and everything valid is sent with COPY into a staging table, then added to the
// project (or the pool) with one INSERT ... ON CONFLICT DO NOTHING. A number's region comes
// from the file's region column, else the numbering plan, else the import's default geo, else
// its country. It all happens in the caller's
// transaction, so a failed or interrupted import leaves nothing behind.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"
#include "imports/columns.hpp"
#include "imports/row_source.hpp"
#include "numbering/landline.hpp"
#include "numbering/plan.hpp"

namespace numbase::imports {

struct ImportTarget {
  std::optional<std::int64_t> project_id;  // nullopt: the pool
  std::optional<std::int64_t> provider_id;
  std::optional<std::int64_t> geo_id;      // for numbers whose region is not known otherwise
  std::string region = "RU";               // for numbers written without a country code
  std::optional<std::int64_t> import_id;   // recorded on pool numbers
  const numbering::NumberingPlan* plan = nullptr;  // region and operator of mobile numbers
  numbering::LandlineRegions* landlines = nullptr;  // region of landlines
  bool outside_geo_to_pool = false;  // numbers outside the project's geo go to the pool instead
};

enum class RowProblem { BadText, NoPhone, InvalidPhone, InOtherProject };

struct RowError {
  std::int64_t line;
  std::string raw;
  RowProblem problem;
  std::string detail;   // InOtherProject: the other projects' names
  bool notice = false;  // imported all the same: a line of the report, not a failure
  // Why, in English (the API's `errors`; the UI translates it) or Russian ("ru").
  std::string reason(std::string_view language = "en") const;
};

struct ImportCounts {
  std::int64_t total_rows = 0;          // data rows read
  std::int64_t imported = 0;            // added to the project
  std::int64_t duplicates_in_file = 0;  // the same number earlier in the file
  std::int64_t already_in_project = 0;  // the project (or the pool) had it before
  std::int64_t in_other_projects = 0;   // imported, and another project holds it too (listed in the report)
  std::int64_t region_unknown = 0;
  std::int64_t outside_geo = 0;         // outside the project's geo (imported, or routed to the pool)
  std::int64_t routed_to_pool = 0;      // of those, put into the pool (it did not have them)      // imported without a known region (the country's, or the default geo)
  std::int64_t failed = 0;              // invalid rows (reported through on_error)
};

// `columns`: the user's mapping, or nullopt to recognize a header row (or guess without one).
// Throws FileError for a file that cannot be read at all (and for no phone column).
ImportCounts import_rows(db::Connection& conn, RowSource& reader, const std::optional<std::vector<Column>>& columns,
                         const ImportTarget& target, const std::function<void(const RowError&)>& on_error,
                         const std::function<void(std::int64_t rows)>& progress);

}  // namespace numbase::imports
