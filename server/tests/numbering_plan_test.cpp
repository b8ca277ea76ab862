// The in-memory numbering plan: lookups at range boundaries, in gaps, before the first and
// after the last range; overlaps refused; the cost of a lookup.
#include <gtest/gtest.h>

#include <chrono>
#include <stdexcept>

#include "numbering/plan.hpp"
#include "numbering/registry.hpp"

using numbase::numbering::NumberingPlan;
using numbase::numbering::NumberingPlanBuilder;
using numbase::numbering::ru_number;

namespace {

// Three ranges with a gap between the second and the third, added out of order.
NumberingPlan sample_plan() {
  NumberingPlanBuilder b;
  b.add(79000100000, 79000199999, 3, 0, "Operator B");
  b.add(79000000000, 79000061999, 1, 0, "Operator A");
  b.add(79000062000, 79000062999, 2, 7, "Operator B");
  b.add(79000300000, 79000300000, 4, 0, "Operator A");  // a range of one number
  return std::move(b).build();
}

}  // namespace

TEST(NumberingPlan, RuNumberBuildsE164Digits) {
  EXPECT_EQ(ru_number(900, 0), 79000000000);
  EXPECT_EQ(ru_number(900, 61999), 79000061999);
  EXPECT_EQ(ru_number(999, 9999999), 79999999999);
}

TEST(NumberingPlan, LookupFindsTheRangeAtItsBoundaries) {
  const auto plan = sample_plan();
  ASSERT_EQ(plan.size(), 4u);
  for (auto [digits, geo] : {std::pair<std::int64_t, int>{79000000000, 1}, {79000000001, 1}, {79000061999, 1},
                            {79000062000, 2}, {79000062500, 2}, {79000062999, 2}, {79000100000, 3},
                            {79000199999, 3}, {79000300000, 4}}) {
    const auto* r = plan.lookup(digits);
    ASSERT_NE(r, nullptr) << digits;
    EXPECT_EQ(r->geo_id, geo) << digits;
  }
  const auto* r = plan.lookup(79000062123);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->first, 79000062000);
  EXPECT_EQ(r->last, 79000062999);
  EXPECT_EQ(r->also_geo_id, 7);
  EXPECT_EQ(plan.operator_name(*r), "Operator B");
  EXPECT_EQ(plan.operator_name(*plan.lookup(79000000000)), "Operator A");
  EXPECT_EQ(plan.operators().size(), 2u);  // each name once
}

TEST(NumberingPlan, LookupMissesGapsAndTheOutside) {
  const auto plan = sample_plan();
  EXPECT_EQ(plan.lookup(78999999999), nullptr);  // before the first range
  EXPECT_EQ(plan.lookup(0), nullptr);
  EXPECT_EQ(plan.lookup(-1), nullptr);
  EXPECT_EQ(plan.lookup(79000063000), nullptr);  // just after the second range
  EXPECT_EQ(plan.lookup(79000099999), nullptr);  // just before the third
  EXPECT_EQ(plan.lookup(79000200000), nullptr);
  EXPECT_EQ(plan.lookup(79000299999), nullptr);
  EXPECT_EQ(plan.lookup(79000300001), nullptr);  // after the last range
  EXPECT_EQ(plan.lookup(99999999999), nullptr);
}

TEST(NumberingPlan, EmptyPlanFindsNothing) {
  NumberingPlan plan;
  EXPECT_TRUE(plan.empty());
  EXPECT_EQ(plan.lookup(79000000000), nullptr);
}

TEST(NumberingPlan, BuilderRefusesOverlapsAndEmptyRanges) {
  {
    NumberingPlanBuilder b;
    b.add(79000000000, 79000000999, 1, 0, "A");
    b.add(79000000999, 79000001999, 1, 0, "A");  // shares one number
    EXPECT_THROW(std::move(b).build(), std::invalid_argument);
  }
  {
    NumberingPlanBuilder b;
    b.add(79000000000, 79000009999, 1, 0, "A");
    b.add(79000000100, 79000000200, 1, 0, "A");  // inside
    EXPECT_THROW(std::move(b).build(), std::invalid_argument);
  }
  NumberingPlanBuilder b;
  EXPECT_THROW(b.add(79000000001, 79000000000, 1, 0, "A"), std::invalid_argument);
}

TEST(NumberingPlan, LookupIsWellUnderAMicrosecond) {
  // As many ranges as the real mobile plan (~10,000), with gaps between them.
  NumberingPlanBuilder b;
  constexpr int kRanges = 10'000;
  for (int i = 0; i < kRanges; ++i) {
    const std::int64_t first = 79000000000 + std::int64_t{i} * 100'000;
    b.add(first, first + 89'999, i % 85 + 1, 0, "Operator " + std::to_string(i % 40));
  }
  const auto plan = std::move(b).build();
  constexpr int kLookups = 1'000'000;
  std::int64_t found = 0;
  std::uint64_t x = 88172645463325252ull;  // xorshift: numbers spread over the whole plan
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < kLookups; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    const auto digits = 79000000000 + static_cast<std::int64_t>(x % (std::uint64_t{kRanges} * 100'000));
    if (const auto* r = plan.lookup(digits)) found += r->geo_id;
  }
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_GT(found, 0);
  const double ns = std::chrono::duration<double, std::nano>(elapsed).count() / kLookups;
  RecordProperty("ns_per_lookup", std::to_string(ns));
  EXPECT_LT(ns, 1000.0) << "a lookup took " << ns << " ns";
}
