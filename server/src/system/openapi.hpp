#pragma once
#include <string_view>

namespace numbase::system {

// server/openapi/openapi.json, embedded at build time.
std::string_view openapi_document();

}  // namespace numbase::system
