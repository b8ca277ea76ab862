#include "phones/phone.hpp"

#include <phonenumbers/phonenumberutil.h>

#include <charconv>

namespace numbase::phones {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

// The spellings Russian suppliers send for mobile numbers ("+7 (916) 123-45-67",
// "8 916 123 45 67", "79161234567", "9161234567"): every +7 9xx xxx xx xx is a valid mobile
// number, so these need no parse by libphonenumber (~15 µs a number, most of an import's own
// time). Anything else — other characters, other lengths, landlines — takes the full path.
std::optional<Normalized> russian_mobile(std::string_view raw) {
  char digits[16];
  std::size_t n = 0;
  bool plus = false;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c >= '0' && c <= '9') {
      if (n == sizeof digits) return std::nullopt;
      digits[n++] = c;
    } else if (c == '+' && n == 0 && !plus) {
      plus = true;
    } else if (c != ' ' && c != '(' && c != ')' && c != '-' && c != '.') {
      return std::nullopt;
    }
  }
  std::string_view d(digits, n), national;
  if (n == 11 && d[0] == '7') national = d.substr(1);
  else if (n == 11 && d[0] == '8' && !plus) national = d.substr(1);
  else if (n == 10 && !plus) national = d;
  else return std::nullopt;
  if (national[0] != '9') return std::nullopt;
  Normalized out;
  out.e164 = "+7";
  out.e164 += national;
  std::from_chars(out.e164.data() + 1, out.e164.data() + out.e164.size(), out.digits);
  return out;
}

}  // namespace

std::optional<Normalized> normalize(std::string_view raw, const std::string& region) {
  if (raw.empty() || raw.size() > 64) return std::nullopt;
  if (region == "RU")
    if (auto fast = russian_mobile(raw)) return fast;
  return normalize_with_library(raw, region);
}

std::optional<Normalized> normalize_with_library(std::string_view raw, const std::string& region) {
  if (raw.empty() || raw.size() > 64) return std::nullopt;
  const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
  std::string input(raw);
  // A bare 11-digit Russian number written with its country code ("79161234567") parses as a
  // national number otherwise.
  if (region == "RU" && input.size() == 11 && input[0] == '7' &&
      input.find_first_not_of("0123456789") == std::string::npos)
    input.insert(0, "+");
  PhoneNumber number;
  if (util->Parse(input, region, &number) != PhoneNumberUtil::NO_PARSING_ERROR) return std::nullopt;
  if (!util->IsValidNumber(number)) return std::nullopt;
  Normalized out;
  util->Format(number, PhoneNumberUtil::E164, &out.e164);
  auto [p, ec] = std::from_chars(out.e164.data() + 1, out.e164.data() + out.e164.size(), out.digits);
  if (ec != std::errc()) return std::nullopt;
  return out;
}

std::string e164(std::int64_t digits) { return "+" + std::to_string(digits); }

}  // namespace numbase::phones
