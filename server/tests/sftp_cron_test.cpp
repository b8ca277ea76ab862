// The SFTP schedules' cron expressions: what parses, and the next times in a time zone.
#include <gtest/gtest.h>

#include "sftp/cron.hpp"
#include "sftp/settings.hpp"

using numbase::sftp::Cron;
using std::chrono::seconds;
using std::chrono::sys_seconds;

namespace {

// 2026-12-07 12:00:00 UTC, a Monday.
const sys_seconds kMonday{seconds{1796644800}};

std::vector<std::string> next(const std::string& expr, const std::string& zone, int n, sys_seconds from = kMonday) {
  auto c = Cron::parse(expr);
  EXPECT_TRUE(c) << expr;
  std::vector<std::string> out;
  if (c)
    for (auto t : c->next(from, zone, n)) out.push_back(numbase::sftp::iso_time(t.time_since_epoch().count()));
  return out;
}

}  // namespace

TEST(SftpCron, RefusesWhatIsNotAnExpression) {
  for (const char* bad : {"", "* * * *", "* * * * * *", "60 * * * *", "* 24 * * *", "* * 0 * *", "* * 32 * *",
                          "* * * 13 *", "* * * * 8", "5-1 * * * *", "*/0 * * * *", "a * * * *", "* * * foo *",
                          "1,,2 * * * *", "@often"})
    EXPECT_FALSE(Cron::parse(bad)) << bad;
  for (const char* good : {"* * * * *", "0 6 * * 1-5", "*/15 9-18 * * mon-fri", "0 0 1,15 * *", "30 2 * jan,jul sun",
                           "@daily", "@hourly", "@weekly", "@monthly", "@yearly", "5/20 * * * 7"})
    EXPECT_TRUE(Cron::parse(good)) << good;
}

TEST(SftpCron, NextTimesInMoscow) {
  // 12:00 UTC is 15:00 in Moscow (UTC+3, no daylight saving).
  EXPECT_EQ(next("0 6 * * *", "Europe/Moscow", 2),
            (std::vector<std::string>{"2026-12-08T03:00:00.000Z", "2026-12-09T03:00:00.000Z"}));
  EXPECT_EQ(next("*/20 15 * * *", "Europe/Moscow", 3),
            (std::vector<std::string>{"2026-12-07T12:20:00.000Z", "2026-12-07T12:40:00.000Z", "2026-12-08T12:00:00.000Z"}));
  // Weekdays only: Friday 11 December, then Monday 14.
  EXPECT_EQ(next("0 9 * * fri,1", "Europe/Moscow", 2),
            (std::vector<std::string>{"2026-12-11T06:00:00.000Z", "2026-12-14T06:00:00.000Z"}));
  // Both day fields restricted: either matches (the 10th, or a Sunday).
  EXPECT_EQ(next("0 0 10 * 0", "UTC", 3),
            (std::vector<std::string>{"2026-12-10T00:00:00.000Z", "2026-12-13T00:00:00.000Z", "2026-12-20T00:00:00.000Z"}));
  EXPECT_EQ(next("@monthly", "UTC", 1), (std::vector<std::string>{"2027-01-01T00:00:00.000Z"}));
  EXPECT_EQ(next("0 0 29 2 *", "UTC", 1), (std::vector<std::string>{"2028-02-29T00:00:00.000Z"}));
  EXPECT_TRUE(next("0 0 31 2 *", "UTC", 1).empty()) << "31 February never comes";
}

TEST(SftpCron, DaylightSavingGapsAndRepeats) {
  // New York, 8 March 2026: 02:00 becomes 03:00, so 02:30 does not exist that day.
  const sys_seconds march7{seconds{1772841600}};  // 2026-03-07 00:00 UTC
  EXPECT_EQ(next("30 2 * * *", "America/New_York", 2, march7),
            (std::vector<std::string>{"2026-03-07T07:30:00.000Z", "2026-03-09T06:30:00.000Z"}));
  // 1 November 2026: 01:30 happens twice; it runs once, the first time (EDT, UTC-4).
  const sys_seconds oct31{seconds{1793404800}};  // 2026-10-31 00:00 UTC
  EXPECT_EQ(next("30 1 * * *", "America/New_York", 2, oct31),
            (std::vector<std::string>{"2026-10-31T05:30:00.000Z", "2026-11-01T05:30:00.000Z"}));
  EXPECT_EQ(next("30 1 * * *", "America/New_York", 1, sys_seconds{seconds{1793511000}}),  // 2026-11-01 05:30 UTC
            (std::vector<std::string>{"2026-11-02T06:30:00.000Z"}));
}

TEST(SftpCron, KnownZonesAndFileNames) {
  EXPECT_TRUE(numbase::sftp::known_time_zone("Europe/Moscow"));
  EXPECT_TRUE(numbase::sftp::known_time_zone("Asia/Vladivostok"));
  EXPECT_FALSE(numbase::sftp::known_time_zone("Mars/Olympus"));
  EXPECT_FALSE(numbase::sftp::known_time_zone(""));
  // 23:30 UTC on 7 December is already the 8th in Moscow.
  const sys_seconds late{seconds{1796686200}};
  EXPECT_EQ(numbase::sftp::render_file_name("numbers_{yyyy-mm-dd}.csv", late, "Europe/Moscow"), "numbers_2026-12-08.csv");
  EXPECT_EQ(numbase::sftp::render_file_name("b1_{yyyy}{mm}{dd}_{hh}{mi}.xlsx", late, "UTC"), "b1_20261207_2330.xlsx");
}
