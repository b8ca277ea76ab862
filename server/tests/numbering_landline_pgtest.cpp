// Landlines' regions from libphonenumber's offline geocoder, mapped onto the geo dictionary.
#include <gtest/gtest.h>

#include <set>

#include "db/connection.hpp"
#include "numbering/landline.hpp"
#include "support/harness.hpp"

using namespace numbase;
using namespace numbase::numbering;

TEST(NumberingLandline, EveryRegionTheGeocoderNamesMapsToTheDictionary) {
  db::Connection conn(test::fresh_database());
  auto regions = LandlineRegions::load(conn);
  std::set<std::string> unmapped, named;
  // One number of every 3-digit geographic area code of +7 (3xx, 4xx, 8xx).
  for (int code : {3, 4, 8})
    for (int rest = 0; rest < 100; ++rest) {
      const std::int64_t digits = 7'000'000'0000LL + (code * 100 + rest) * 10'000'000LL + 2'123'456;
      const auto name = regions.describe(digits);
      if (name.empty() || name == "Россия") continue;
      named.insert(name);
      if (regions.lookup(digits).geo_id == 0) unmapped.insert(name);
    }
  EXPECT_GT(named.size(), 70u);
  std::string list;
  for (const auto& n : unmapped) list += n + "; ";
  EXPECT_TRUE(unmapped.empty()) << "geocoder names without a geo row: " << list;
}

TEST(NumberingLandline, KnownCities) {
  db::Connection conn(test::fresh_database());
  auto regions = LandlineRegions::load(conn);
  auto tz = [&](std::int64_t digits) {
    auto hit = regions.lookup(digits);
    return hit.geo_id ? conn.query("SELECT timezone FROM geo WHERE id = $1", std::int64_t{hit.geo_id}).str(0, 0)
                      : std::string("?");
  };
  EXPECT_EQ(tz(73832123456), "Asia/Novosibirsk");
  EXPECT_EQ(tz(78122123456), "Europe/Moscow");
  EXPECT_EQ(tz(74012123456), "Europe/Kaliningrad");
  EXPECT_EQ(regions.lookup(79161234567).geo_id, 0) << "mobile numbers are the numbering plan's";
}
