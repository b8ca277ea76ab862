#include "phones/phone.hpp"

#include <phonenumbers/phonenumberutil.h>

#include <charconv>

namespace numbase::phones {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

std::optional<Normalized> normalize(std::string_view raw, const std::string& region) {
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
