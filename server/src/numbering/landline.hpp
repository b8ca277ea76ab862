#pragma once
// The region of a Russian landline (+7 3xx, 4xx, 8xx): libphonenumber's offline geocoder names
// it the way the numbering registry does ("Новосибирская обл.", "Республика Саха /Якутия/");
// the name is mapped onto the geo dictionary like the registry's regions (geo_region_aliases,
// then the subjects' names). Mobile numbers go through NumberingPlan, which the geocoder does
// not know beyond "Россия".
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>

namespace numbase::db {
class Connection;
}

namespace numbase::numbering {

struct RegionHit {
  std::int32_t geo_id = 0;       // 0: not known
  std::int32_t also_geo_id = 0;  // a second region named with it; 0: none
};

class LandlineRegions {
 public:
  // Reads the name → geo map (aliases and subject names) in one query.
  static LandlineRegions load(db::Connection& conn);
  ~LandlineRegions();
  LandlineRegions(LandlineRegions&&) noexcept;
  LandlineRegions& operator=(LandlineRegions&&) noexcept;

  // The region of a +7 landline (its E.164 digits); {0, 0} when the geocoder or the
  // dictionary does not know it. Not thread-safe (it caches names): one per import.
  RegionHit lookup(std::int64_t digits);

  // The geocoder's Russian name for a number ("" when it has none): for tests and reports.
  std::string describe(std::int64_t digits) const;

  // A geocoder or registry spelling as the dictionary keys it: lower case, "обл" → "обл.".
  static std::string key(const std::string& name);

 private:
  LandlineRegions();
  struct Geocoder;
  std::unique_ptr<Geocoder> geocoder_;
  std::unordered_map<std::string, RegionHit> by_name_;     // key(name) → region
  std::unordered_map<std::string, RegionHit> described_;   // the geocoder's name → region, as met
};

}  // namespace numbase::numbering
