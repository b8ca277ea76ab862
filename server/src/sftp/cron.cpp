#include "sftp/cron.hpp"

#include <date/tz.h>

#include <charconv>
#include <sstream>

namespace numbase::sftp {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A number or (for months and weekdays) a name.
std::optional<int> value(std::string_view s, int min, int max, const char* const* names, int names_base) {
  if (s.empty()) return std::nullopt;
  if (names && std::isalpha(static_cast<unsigned char>(s[0]))) {
    const auto l = lower(s);
    for (int i = 0; names[i]; ++i)
      if (l == names[i]) return i + names_base;
    return std::nullopt;
  }
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v < min || v > max) return std::nullopt;
  return v;
}

// One field into `bits` (index = value). `star` says whether it was `*` alone (or `*/1`).
template <std::size_t N>
bool field(std::string_view text, int min, int max, std::bitset<N>& bits, bool& star, const char* const* names = nullptr,
           int names_base = 0) {
  star = text == "*" || text == "*/1";
  std::size_t start = 0;
  while (start <= text.size()) {
    auto comma = text.find(',', start);
    auto part = text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
    int step = 1;
    if (auto slash = part.find('/'); slash != std::string_view::npos) {
      auto s = value(part.substr(slash + 1), 1, max, nullptr, 0);
      if (!s) return false;
      step = *s;
      part = part.substr(0, slash);
    }
    int lo = 0, hi = 0;
    if (part == "*") {
      lo = min;
      hi = max;
    } else if (auto dash = part.find('-'); dash != std::string_view::npos) {
      auto a = value(part.substr(0, dash), min, max, names, names_base);
      auto b = value(part.substr(dash + 1), min, max, names, names_base);
      if (!a || !b || *a > *b) return false;
      lo = *a;
      hi = *b;
    } else {
      auto a = value(part, min, max, names, names_base);
      if (!a) return false;
      lo = *a;
      // "5/15" means from 5 to the end in steps of 15.
      hi = step > 1 ? max : *a;
    }
    for (int v = lo; v <= hi; v += step) bits.set(static_cast<std::size_t>(v));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return true;
}

}  // namespace

std::optional<Cron> Cron::parse(std::string_view text) {
  if (text.size() > 200) return std::nullopt;
  std::string expr(text);
  while (!expr.empty() && std::isspace(static_cast<unsigned char>(expr.back()))) expr.pop_back();
  while (!expr.empty() && std::isspace(static_cast<unsigned char>(expr.front()))) expr.erase(0, 1);
  const auto l = lower(expr);
  if (l == "@hourly") expr = "0 * * * *";
  else if (l == "@daily" || l == "@midnight") expr = "0 0 * * *";
  else if (l == "@weekly") expr = "0 0 * * 0";
  else if (l == "@monthly") expr = "0 0 1 * *";
  else if (l == "@yearly" || l == "@annually") expr = "0 0 1 1 *";
  std::istringstream in(expr);
  std::vector<std::string> f;
  for (std::string part; in >> part;) f.push_back(part);
  if (f.size() != 5) return std::nullopt;
  static const char* months[13] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", nullptr};
  static const char* weekdays[8] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat", nullptr};
  Cron c;
  bool star = false;
  std::bitset<8> weekdays7;
  if (!field(f[0], 0, 59, c.minutes_, star) || !field(f[1], 0, 23, c.hours_, star) ||
      !field(f[2], 1, 31, c.days_, c.any_day_) || !field(f[3], 1, 12, c.months_, star, months, 1) ||
      !field(f[4], 0, 7, weekdays7, c.any_weekday_, weekdays, 0))
    return std::nullopt;
  for (int d = 0; d < 7; ++d) c.weekdays_[d] = weekdays7[d];
  if (weekdays7[7]) c.weekdays_[0] = true;  // 7 is Sunday too
  return c;
}

// As cron has it: with both day fields restricted, either may match.
bool Cron::day_matches(int day, int month, int weekday) const {
  if (!months_[month]) return false;
  if (any_day_ && any_weekday_) return true;
  if (any_day_) return weekdays_[weekday];
  if (any_weekday_) return days_[day];
  return days_[day] || weekdays_[weekday];
}

std::optional<std::chrono::sys_seconds> Cron::next_after(std::chrono::sys_seconds after, const std::string& zone) const {
  using namespace std::chrono;
  const auto* tz = date::locate_zone(zone);
  const auto local_after = tz->to_local(after);
  auto day = date::floor<date::days>(local_after);
  const auto first_minute = date::floor<minutes>(local_after) + minutes(1);
  // Eight years of days cover every 29 February there is.
  for (int i = 0; i < 8 * 366; ++i, day += date::days(1)) {
    const date::year_month_day ymd{day};
    const date::weekday wd{day};
    if (!day_matches(static_cast<int>(static_cast<unsigned>(ymd.day())), static_cast<int>(static_cast<unsigned>(ymd.month())),
                     static_cast<int>(wd.c_encoding())))
      continue;
    for (int h = 0; h < 24; ++h) {
      if (!hours_[h]) continue;
      for (int m = 0; m < 60; ++m) {
        if (!minutes_[m]) continue;
        const auto local = day + hours(h) + minutes(m);
        if (local < first_minute) continue;
        const auto info = tz->get_info(local);
        if (info.result == date::local_info::nonexistent) continue;
        const auto utc = date::sys_seconds{local.time_since_epoch() - info.first.offset};
        if (utc > after) return utc;
      }
    }
  }
  return std::nullopt;
}

std::vector<std::chrono::sys_seconds> Cron::next(std::chrono::sys_seconds after, const std::string& zone,
                                                 int count) const {
  std::vector<std::chrono::sys_seconds> out;
  for (int i = 0; i < count; ++i) {
    auto t = next_after(after, zone);
    if (!t) break;
    out.push_back(*t);
    after = *t;
  }
  return out;
}

bool known_time_zone(const std::string& zone) {
  if (zone.empty() || zone.size() > 64) return false;
  try {
    date::locate_zone(zone);
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace numbase::sftp
