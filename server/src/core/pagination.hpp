#pragma once
// The contract's offset pagination block: {"total", "limit", "offset", "has_next"}.
#include <boost/json/object.hpp>

#include <cstdint>

namespace numbase {

inline boost::json::object offset_pagination(std::int64_t total, std::int64_t limit, std::int64_t offset) {
  return {{"total", total}, {"limit", limit}, {"offset", offset}, {"has_next", total - offset > limit}};  // no overflow: both are >= 0
}

}  // namespace numbase
