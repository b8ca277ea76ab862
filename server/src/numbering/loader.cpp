#include "numbering/loader.hpp"

#include <sstream>

#include "audit/audit.hpp"
#include "db/copy.hpp"
#include "imports/row_source.hpp"
#include "numbering/embedded.hpp"
#include "numbering/registry.hpp"
#include "numbering/rederive.hpp"

namespace numbase::numbering {
namespace {

// Loads exclude each other; readers of the table are not blocked.
constexpr const char* kLockRanges = "LOCK TABLE numbering_plan_ranges IN SHARE ROW EXCLUSIVE MODE";

constexpr const char* kAnyRange = "SELECT 1 FROM numbering_plan_ranges LIMIT 1";

constexpr const char* kCreateStaging =
    "CREATE TEMP TABLE numbering_plan_staging (line bigint NOT NULL, range_first bigint NOT NULL,"
    " range_last bigint NOT NULL, operator text NOT NULL, region text NOT NULL, geo_id integer,"
    " also_geo_id integer) ON COMMIT DROP";

constexpr const char* kCopyStaging =
    "COPY numbering_plan_staging (line, range_first, range_last, operator, region) FROM STDIN";

constexpr const char* kAnalyzeStaging = "ANALYZE numbering_plan_staging";

// The first range (in file order of the later one) that overlaps the range before it.
constexpr const char* kFindOverlap =
    "SELECT line, previous_line FROM ("
    "  SELECT line, range_first, lag(range_last) OVER w AS previous_last, lag(line) OVER w AS previous_line"
    "  FROM numbering_plan_staging WINDOW w AS (ORDER BY range_first, line)) s"
    " WHERE range_first <= previous_last ORDER BY line LIMIT 1";

// A spelling is an alias of geo_region_aliases, else the name of a Russian federal subject;
// both compared case-insensitively, the alias first.
constexpr const char* kMapRegions =
    "WITH names AS ("
    "  SELECT DISTINCT ON (key) key, geo_id, also_geo_id FROM ("
    "    SELECT lower(alias) AS key, geo_id, also_geo_id, 0 AS preference FROM geo_region_aliases"
    "    UNION ALL"
    "    SELECT lower(region), id, NULL, 1 FROM geo WHERE country = 'RU' AND region IS NOT NULL AND city IS NULL"
    "  ) k ORDER BY key, preference)"
    " UPDATE numbering_plan_staging s SET geo_id = n.geo_id, also_geo_id = n.also_geo_id"
    " FROM names n WHERE n.key = lower(s.region)";

constexpr const char* kUnmappedRegions =
    "SELECT DISTINCT region FROM numbering_plan_staging WHERE geo_id IS NULL ORDER BY region";

constexpr const char* kCountDifferences =
    "SELECT"
    " (SELECT count(*) FROM numbering_plan_staging),"
    " (SELECT count(*) FROM numbering_plan_staging s"
    "   WHERE NOT EXISTS (SELECT 1 FROM numbering_plan_ranges r WHERE r.range_first = s.range_first)),"
    " (SELECT count(*) FROM numbering_plan_staging s JOIN numbering_plan_ranges r USING (range_first)"
    "   WHERE (s.range_last, s.operator, s.region, s.geo_id, s.also_geo_id)"
    "         IS DISTINCT FROM (r.range_last, r.operator, r.region, r.geo_id, r.also_geo_id)),"
    " (SELECT count(*) FROM numbering_plan_ranges r"
    "   WHERE NOT EXISTS (SELECT 1 FROM numbering_plan_staging s WHERE s.range_first = r.range_first))";

// Only the difference is written: loading the same file again changes no row.
constexpr const char* kDeleteRemoved =
    "DELETE FROM numbering_plan_ranges r"
    " WHERE NOT EXISTS (SELECT 1 FROM numbering_plan_staging s WHERE s.range_first = r.range_first)";

constexpr const char* kUpsertRanges =
    "INSERT INTO numbering_plan_ranges AS r (range_first, range_last, operator, region, geo_id, also_geo_id)"
    " SELECT range_first, range_last, operator, region, geo_id, also_geo_id FROM numbering_plan_staging"
    " ORDER BY range_first"
    " ON CONFLICT (range_first) DO UPDATE SET range_last = excluded.range_last, operator = excluded.operator,"
    "   region = excluded.region, geo_id = excluded.geo_id, also_geo_id = excluded.also_geo_id"
    " WHERE (r.range_last, r.operator, r.region, r.geo_id, r.also_geo_id)"
    "       IS DISTINCT FROM (excluded.range_last, excluded.operator, excluded.region, excluded.geo_id,"
    "                         excluded.also_geo_id)";

constexpr std::size_t kCopyChunk = 256 * 1024;

// Parses the file into numbering_plan_staging; the number of rows.
std::int64_t copy_registry(db::Connection& conn, std::istream& in) {
  RegistryReader reader(in);
  conn.exec(kCreateStaging);
  db::CopyIn copy(conn, kCopyStaging);
  std::string buf;
  RegistryRow row;
  std::int64_t rows = 0;
  while (reader.next(row)) {
    ++rows;
    buf += std::to_string(row.line) + '\t' + std::to_string(row.first) + '\t' + std::to_string(row.last) + '\t';
    db::append_copy_text(buf, row.operator_name);
    buf += '\t';
    db::append_copy_text(buf, row.region);
    buf += '\n';
    if (buf.size() >= kCopyChunk) copy.send(buf);
  }
  copy.send(buf);
  copy.finish();
  return rows;
}

// The load, inside a transaction that holds kLockRanges.
LoadReport load_locked(db::Connection& conn, std::istream& in) {
  if (copy_registry(conn, in) == 0) throw imports::FileError("the registry file has no ranges", 0);
  conn.exec(kAnalyzeStaging);
  if (auto overlap = conn.query(kFindOverlap); !overlap.empty())
    throw imports::FileError("the range overlaps the one on line " + overlap.str(0, 1), overlap.i64(0, 0));
  conn.exec(kMapRegions);

  LoadReport report;
  auto unmapped = conn.query(kUnmappedRegions);
  for (int i = 0; i < unmapped.rows(); ++i) report.unmapped_regions.push_back(unmapped.str(i, 0));
  auto counts = conn.query(kCountDifferences);
  report.ranges = counts.i64(0, 0);
  report.added = counts.i64(0, 1);
  report.changed = counts.i64(0, 2);
  report.removed = counts.i64(0, 3);
  // Numbers of ranges whose region changed follow in the background (not at first start: no
  // number has a region from the plan yet).
  if (report.ranges - report.added + report.removed > 0) report.rederive_job_id = enqueue_rederive(conn);
  conn.exec(kDeleteRemoved);
  conn.exec(kUpsertRanges);

  const std::int64_t before = report.ranges - report.added + report.removed;
  audit::record(conn, audit::Actor{}, "load", "numbering_plan", std::nullopt,
                {{"ranges", boost::json::object{{"old", before}, {"new", report.ranges}}},
                 {"added", report.added},
                 {"changed", report.changed},
                 {"removed", report.removed}});
  return report;
}

// Puts the stream back at `start` (a retried transaction reads the file again).
void rewind(std::istream& in, std::istream::pos_type start) {
  in.clear();
  in.seekg(start);
  if (!in) throw imports::FileError("the registry file cannot be read again", 0);
}

}  // namespace

LoadReport load_numbering_plan(db::Connection& conn, std::istream& registry) {
  const auto start = registry.tellg();
  return db::transaction(conn, [&](db::Connection& c) {
    rewind(registry, start);
    c.exec(kLockRanges);
    return load_locked(c, registry);
  });
}

std::optional<LoadReport> ensure_numbering_plan(db::Connection& conn) {
  if (!conn.query(kAnyRange).empty()) return std::nullopt;
  std::istringstream registry{std::string(embedded_registry())};
  return db::transaction(conn, [&](db::Connection& c) -> std::optional<LoadReport> {
    c.exec(kLockRanges);
    if (!c.query(kAnyRange).empty()) return std::nullopt;  // another process was first
    rewind(registry, 0);
    return load_locked(c, registry);
  });
}

}  // namespace numbase::numbering
