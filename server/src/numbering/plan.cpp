#include "numbering/plan.hpp"

#include <algorithm>
#include <stdexcept>

#include "db/connection.hpp"

namespace numbase::numbering {
namespace {

constexpr const char* kSelectRanges =
    "SELECT range_first, range_last, coalesce(geo_id, 0), coalesce(also_geo_id, 0), operator"
    " FROM numbering_plan_ranges ORDER BY range_first";

}  // namespace

NumberingPlan NumberingPlan::load(db::Connection& conn) {
  auto r = conn.query(kSelectRanges);
  NumberingPlanBuilder builder;
  for (int i = 0; i < r.rows(); ++i)
    builder.add(r.i64(i, 0), r.i64(i, 1), static_cast<std::int32_t>(r.i64(i, 2)),
                static_cast<std::int32_t>(r.i64(i, 3)), r.view(i, 4));
  return std::move(builder).build();
}

const NumberingPlan::Range* NumberingPlan::lookup(std::int64_t digits) const {
  // The first range starting after the number; the one before it is the only candidate.
  auto it = std::upper_bound(ranges_.begin(), ranges_.end(), digits,
                             [](std::int64_t d, const Range& r) { return d < r.first; });
  if (it == ranges_.begin()) return nullptr;
  --it;
  return digits <= it->last ? &*it : nullptr;
}

void NumberingPlanBuilder::add(std::int64_t first, std::int64_t last, std::int32_t geo_id, std::int32_t also_geo_id,
                               std::string_view operator_name) {
  if (first > last)
    throw std::invalid_argument("numbering plan: range " + std::to_string(first) + ".." + std::to_string(last) +
                                " is empty");
  plan_.ranges_.push_back({first, last, geo_id, also_geo_id, intern(operator_name)});
}

std::uint32_t NumberingPlanBuilder::intern(std::string_view operator_name) {
  std::string key(operator_name);
  auto [it, inserted] = operator_index_.try_emplace(key, static_cast<std::uint32_t>(plan_.operators_.size()));
  if (inserted) plan_.operators_.push_back(std::move(key));
  return it->second;
}

NumberingPlan NumberingPlanBuilder::build() && {
  auto& ranges = plan_.ranges_;
  std::sort(ranges.begin(), ranges.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (std::size_t i = 1; i < ranges.size(); ++i)
    if (ranges[i].first <= ranges[i - 1].last)
      throw std::invalid_argument("numbering plan: ranges starting at " + std::to_string(ranges[i - 1].first) +
                                  " and " + std::to_string(ranges[i].first) + " overlap");
  ranges.shrink_to_fit();
  operator_index_.clear();
  return std::move(plan_);
}

}  // namespace numbase::numbering
