#pragma once
// Phone numbers in E.164, normalized with libphonenumber. Stored as the digits after the '+'
// in a bigint (8 bytes, a compact index), shown with the '+'.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace numbase::phones {

struct Normalized {
  std::int64_t digits;  // 79161234567
  std::string e164;     // +79161234567
};

// "+7 916 123-45-67", "8 (916) 123-45-67", "79161234567" ... -> +79161234567. `region` is the
// ISO 3166 country assumed for numbers written without a country code. nullopt when the
// input is not a valid number.
std::optional<Normalized> normalize(std::string_view raw, const std::string& region = "RU");

// The same, always through libphonenumber (normalize() takes a shortcut for the common
// spellings of Russian mobile numbers; a test proves both agree).
std::optional<Normalized> normalize_with_library(std::string_view raw, const std::string& region = "RU");

std::string e164(std::int64_t digits);

}  // namespace numbase::phones
