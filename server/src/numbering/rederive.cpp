#include "numbering/rederive.hpp"

#include <boost/json/serialize.hpp>

#include "audit/audit.hpp"
#include "jobs/queue.hpp"

namespace numbase::numbering {
namespace json = boost::json;
namespace {

// Ranges whose region is new or changed: their span, the region their numbers had (0: none
// known, so the numbers that got only the country or nothing), and the new region.
constexpr const char* kChangedRanges =
    "SELECT s.range_first, s.range_last, coalesce(r.geo_id, 0), coalesce(s.geo_id, 0), coalesce(s.also_geo_id, 0)"
    " FROM numbering_plan_staging s LEFT JOIN numbering_plan_ranges r USING (range_first)"
    " WHERE s.geo_id IS NOT NULL"
    "   AND (r.range_first IS NULL OR (s.geo_id, s.also_geo_id) IS DISTINCT FROM (r.geo_id, r.also_geo_id))"
    " ORDER BY s.range_first";

// One batch of ranges ($1..$5 arrays): numbers whose region is still the range's old one.
constexpr const char* kRanges =
    "ranges AS (SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::int[], $4::int[], $5::int[])"
    "   AS c(first, last, old_geo, new_geo, new_also))";
constexpr const char* kOldRegion =
    " AND (n.geo_id = nullif(c.old_geo, 0)"
    "      OR (c.old_geo = 0 AND (n.geo_id IS NULL"
    "          OR n.geo_id = (SELECT id FROM geo WHERE country = 'RU' AND region IS NULL))))";

constexpr std::size_t kBatch = 200;

}  // namespace

std::optional<std::int64_t> enqueue_rederive(db::Connection& conn) {
  auto r = conn.exec(kChangedRanges);
  if (r.empty()) return std::nullopt;
  json::array ranges;
  for (int i = 0; i < r.rows(); ++i)
    ranges.push_back(json::array{r.i64(i, 0), r.i64(i, 1), r.i64(i, 2), r.i64(i, 3), r.i64(i, 4)});
  return jobs::enqueue(conn, kRederiveJobKind, {{"ranges", ranges}}, std::nullopt,
                       static_cast<std::int64_t>(ranges.size()));
}

json::object run_rederive(jobs::JobContext& job) {
  const auto& ranges = job.payload.at("ranges").as_array();
  const std::string pool_sql = std::string("WITH ") + kRanges +
                               " UPDATE pool_numbers n SET geo_id = c.new_geo, also_geo_id = nullif(c.new_also, 0)"
                               " FROM ranges c WHERE n.phone BETWEEN c.first AND c.last" +
                               kOldRegion;
  const std::string numbers_sql = std::string("WITH ") + kRanges +
                                  " UPDATE phone_numbers n SET geo_id = c.new_geo"
                                  " FROM ranges c WHERE n.phone BETWEEN c.first AND c.last" +
                                  kOldRegion;
  std::int64_t pool = 0, numbers = 0;
  // Each batch commits on its own: a retry after a crash finds the done ones already changed.
  for (std::size_t at = 0; at < ranges.size(); at += kBatch) {
    std::vector<std::int64_t> first, last, old_geo, new_geo, new_also;
    for (std::size_t i = at; i < std::min(ranges.size(), at + kBatch); ++i) {
      const auto& r = ranges[i].as_array();
      first.push_back(r[0].as_int64());
      last.push_back(r[1].as_int64());
      old_geo.push_back(r[2].as_int64());
      new_geo.push_back(r[3].as_int64());
      new_also.push_back(r[4].as_int64());
    }
    db::transaction(job.conn, [&](db::Connection& c) {
      pool += std::stoll(PQcmdTuples(c.exec(pool_sql, {db::to_param(first), db::to_param(last), db::to_param(old_geo),
                                                        db::to_param(new_geo), db::to_param(new_also)})
                                         .raw()));
      numbers += std::stoll(PQcmdTuples(c.exec(numbers_sql, {db::to_param(first), db::to_param(last),
                                                              db::to_param(old_geo), db::to_param(new_geo),
                                                              db::to_param(new_also)})
                                            .raw()));
    });
    job.progress(static_cast<std::int64_t>(std::min(ranges.size(), at + kBatch)),
                 static_cast<std::int64_t>(ranges.size()));
  }
  json::object result{{"ranges", static_cast<std::int64_t>(ranges.size())}, {"pool_numbers", pool},
                      {"phone_numbers", numbers}};
  db::transaction(job.conn, [&](db::Connection& c) {
    audit::record(c, audit::Actor{}, "rederive_regions", "numbering_plan", std::nullopt, result);
  });
  return result;
}

}  // namespace numbase::numbering
