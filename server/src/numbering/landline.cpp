#include "numbering/landline.hpp"

#include <phonenumbers/geocoding/phonenumber_offline_geocoder.h>
#include <phonenumbers/phonenumber.pb.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "db/connection.hpp"

namespace numbase::numbering {
namespace {

// Every spelling the dictionary knows a region by, with the region (and a second one).
constexpr const char* kNames =
    "SELECT alias, geo_id, coalesce(also_geo_id, 0) FROM geo_region_aliases"
    " UNION ALL SELECT region, id, 0 FROM geo WHERE country = 'RU' AND region IS NOT NULL AND city IS NULL";

constexpr std::int64_t kRussia = 70000000000;       // +7 and ten digits
constexpr std::int64_t kRussiaEnd = 80000000000;

}  // namespace

struct LandlineRegions::Geocoder {
  i18n::phonenumbers::PhoneNumberOfflineGeocoder geocoder;
  icu::Locale russian{"ru"};
};

LandlineRegions::LandlineRegions() : geocoder_(std::make_unique<Geocoder>()) {}
LandlineRegions::~LandlineRegions() = default;
LandlineRegions::LandlineRegions(LandlineRegions&&) noexcept = default;
LandlineRegions& LandlineRegions::operator=(LandlineRegions&&) noexcept = default;

std::string LandlineRegions::key(const std::string& name) {
  std::string k;
  icu::UnicodeString::fromUTF8(name).toLower(icu::Locale("ru")).toUTF8String(k);
  while (!k.empty() && k.back() == ' ') k.pop_back();
  const std::string obl = "обл";
  if (k.size() >= obl.size() && k.compare(k.size() - obl.size(), obl.size(), obl) == 0) k += '.';
  return k;
}

LandlineRegions LandlineRegions::load(db::Connection& conn) {
  LandlineRegions out;
  auto r = conn.exec(kNames);
  for (int i = 0; i < r.rows(); ++i)
    out.by_name_.try_emplace(key(r.str(i, 0)), RegionHit{static_cast<std::int32_t>(r.i64(i, 1)),
                                                         static_cast<std::int32_t>(r.i64(i, 2))});
  return out;
}

std::string LandlineRegions::describe(std::int64_t digits) const {
  if (digits < kRussia || digits >= kRussiaEnd) return {};
  i18n::phonenumbers::PhoneNumber number;
  number.set_country_code(7);
  number.set_national_number(static_cast<std::uint64_t>(digits - kRussia));
  return geocoder_->geocoder.GetDescriptionForNumber(number, geocoder_->russian);
}

RegionHit LandlineRegions::lookup(std::int64_t digits) {
  const auto name = describe(digits);
  if (name.empty()) return {};
  auto seen = described_.find(name);
  if (seen != described_.end()) return seen->second;
  RegionHit hit;
  if (auto it = by_name_.find(key(name)); it != by_name_.end()) hit = it->second;
  described_.emplace(name, hit);
  return hit;
}

}  // namespace numbase::numbering
