#pragma once
// Loading a registry file into numbering_plan_ranges: parsed as it is read, sent with COPY into
// a temporary table, regions mapped to geo rows in one statement, the difference with the
// current contents applied. One transaction; a bad file changes nothing.
#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "db/connection.hpp"

namespace numbase::numbering {

struct LoadReport {
  std::int64_t ranges = 0;   // in the file, hence now in the table
  std::int64_t added = 0;    // ranges starting at a number no range of the table started at
  std::int64_t changed = 0;  // same first number, different end, operator, region or geo
  std::int64_t removed = 0;  // ranges of the table whose first number the file no longer has
  // Region spellings that neither an alias (geo_region_aliases) nor a Russian subject's name
  // matches, sorted; their ranges are kept with no geo.
  std::vector<std::string> unmapped_regions;
  // The background job that gives the numbers of changed ranges their new region, if any.
  std::optional<std::int64_t> rederive_job_id;
};

// Replaces the numbering plan with the registry file read from `registry` (seekable: a file or
// a string stream). Runs its own transaction (do not call it inside one) and writes one audit
// record as the system. Throws imports::FileError for a file that is not a registry, a
// malformed row, or overlapping ranges.
LoadReport load_numbering_plan(db::Connection& conn, std::istream& registry);

// At first start: loads the registry compiled into the binary when numbering_plan_ranges is
// empty (several processes starting together load it once). The report when it loaded.
std::optional<LoadReport> ensure_numbering_plan(db::Connection& conn);

}  // namespace numbase::numbering
