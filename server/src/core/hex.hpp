#pragma once
// Bytes as lower-case hex and back (sealed secrets travel to PostgreSQL's bytea this way).
#include <optional>
#include <string>
#include <string_view>

namespace numbase {

std::string to_hex(std::string_view bytes);
// nullopt when the text is not hex.
std::optional<std::string> from_hex(std::string_view text);

}  // namespace numbase
