#pragma once
// The Russian numbering plan in memory: which operator holds a +7 number and which region
// (a row of `geo`, hence a time zone) it belongs to. One sorted vector of ranges searched by
// binary search: a lookup is ~14 comparisons over the 9,677 mobile ranges, no allocation.
// Immutable once built, so one instance can be shared by any number of threads.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace numbase::db {
class Connection;
}

namespace numbase::numbering {

class NumberingPlan {
 public:
  struct Range {
    std::int64_t first = 0;          // full E.164 digits, e.g. 79000000000
    std::int64_t last = 0;           // inclusive, e.g. 79000061999
    std::int32_t geo_id = 0;         // 0: the region is not in the geo dictionary
    std::int32_t also_geo_id = 0;    // a second region the registry names with it; 0: none
    std::uint32_t operator_index = 0;  // into operators()
  };

  NumberingPlan() = default;

  // The ranges of numbering_plan_ranges, in one query.
  static NumberingPlan load(db::Connection& conn);

  // The range holding a number (its E.164 digits), or nullptr when no range does.
  const Range* lookup(std::int64_t digits) const;

  std::string_view operator_name(const Range& r) const { return operators_[r.operator_index]; }
  const std::vector<Range>& ranges() const { return ranges_; }
  const std::vector<std::string>& operators() const { return operators_; }
  std::size_t size() const { return ranges_.size(); }
  bool empty() const { return ranges_.empty(); }

 private:
  friend class NumberingPlanBuilder;
  std::vector<Range> ranges_;           // sorted by first, not overlapping
  std::vector<std::string> operators_;  // each name once
};

// Collects ranges in any order; build() sorts them and refuses overlaps.
class NumberingPlanBuilder {
 public:
  void add(std::int64_t first, std::int64_t last, std::int32_t geo_id, std::int32_t also_geo_id,
           std::string_view operator_name);
  // Throws std::invalid_argument when a range is empty (first > last) or two ranges overlap.
  NumberingPlan build() &&;

 private:
  std::uint32_t intern(std::string_view operator_name);
  NumberingPlan plan_;
  std::unordered_map<std::string, std::uint32_t> operator_index_;
};

}  // namespace numbase::numbering
