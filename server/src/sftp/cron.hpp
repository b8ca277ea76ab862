#pragma once
// Cron expressions for the SFTP schedules: five fields (minute hour day-of-month month
// day-of-week) with `*`, lists, ranges, steps, month and weekday names (0 and 7 are Sunday),
// or @hourly, @daily, @weekly, @monthly, @yearly; evaluated in an IANA time zone
// (Howard Hinnant's date/tz on the system's tzdata).
#include <bitset>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace numbase::sftp {

class Cron {
 public:
  // nullopt when the text is not a cron expression.
  static std::optional<Cron> parse(std::string_view text);

  // The first minute strictly after `after` that the expression names, in `zone`'s local time.
  // A local time that does not exist (a clock moved forward) is skipped; one that happens
  // twice (moved back) runs once, the first time. nullopt: none within eight years (31 February).
  std::optional<std::chrono::sys_seconds> next_after(std::chrono::sys_seconds after, const std::string& zone) const;
  std::vector<std::chrono::sys_seconds> next(std::chrono::sys_seconds after, const std::string& zone, int count) const;

 private:
  std::bitset<60> minutes_;
  std::bitset<24> hours_;
  std::bitset<32> days_;     // 1..31
  std::bitset<13> months_;   // 1..12
  std::bitset<7> weekdays_;  // 0 = Sunday
  bool any_day_ = true, any_weekday_ = true;
  bool day_matches(int day, int month, int weekday) const;
};

// Whether the system's tzdata knows the zone.
bool known_time_zone(const std::string& zone);

}  // namespace numbase::sftp
