#include "core/query_params.hpp"

#include <charconv>
#include <regex>

namespace numbase {

bool is_timestamp(const std::string& text) {
  static const std::regex re(R"(^(\d{4})-(\d{2})-(\d{2})([T ](\d{2}):(\d{2})(:(\d{2})(\.\d{1,6})?)?(Z|[+-](\d{2})(:?(\d{2}))?)?)?$)");
  std::smatch m;
  if (!std::regex_match(text, m, re)) return false;
  // A real calendar date and time of day, so that PostgreSQL never refuses it later (after
  // a streamed response has begun).
  auto num = [&](int i) { return m[i].matched ? std::stoi(m[i].str()) : 0; };
  const int year = num(1), month = num(2), day = num(3);
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (day > kDays[month - 1] + (month == 2 && leap ? 1 : 0)) return false;
  return num(5) <= 23 && num(6) <= 59 && num(8) <= 59 && num(11) <= 15 && num(13) <= 59;
}

std::optional<std::int64_t> parse_id(const std::string& text) {
  std::int64_t v = 0;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || p != text.data() + text.size() || v <= 0) return std::nullopt;
  return v;
}

std::optional<std::string> QueryParams::string(const std::string& name) {
  auto v = req_.query_param(name);
  if (!v || v->empty()) return std::nullopt;
  return v;
}

std::optional<std::int64_t> QueryParams::integer(const std::string& name, std::int64_t min, std::int64_t max) {
  auto v = string(name);
  if (!v) return std::nullopt;
  std::int64_t n = 0;
  auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || p != v->data() + v->size() || n < min || n > max) {
    issues_.push_back({name, "must be an integer from " + std::to_string(min) + " to " + std::to_string(max)});
    return std::nullopt;
  }
  return n;
}

std::optional<std::string> QueryParams::one_of(const std::string& name, std::initializer_list<const char*> allowed) {
  auto v = string(name);
  if (!v) return std::nullopt;
  std::string list;
  for (const char* a : allowed) {
    if (*v == a) return v;
    list += list.empty() ? a : std::string(", ") + a;
  }
  issues_.push_back({name, "must be one of: " + list});
  return std::nullopt;
}

std::optional<std::string> QueryParams::timestamp(const std::string& name) {
  auto v = string(name);
  if (!v) return std::nullopt;
  if (!is_timestamp(*v)) {
    issues_.push_back({name, "must be a date (YYYY-MM-DD) or an ISO 8601 timestamp"});
    return std::nullopt;
  }
  return v;
}

void QueryParams::finish() const {
  if (!issues_.empty()) throw validation_error(issues_);
}

}  // namespace numbase
