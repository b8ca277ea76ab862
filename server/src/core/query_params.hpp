#pragma once
// Reading query-string parameters with validation; all problems are reported together
// (422, one detail per parameter).
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "http/message.hpp"

namespace numbase {

// A date (YYYY-MM-DD) or an ISO 8601 timestamp, as the API accepts them everywhere.
bool is_timestamp(const std::string& text);

// A positive 64-bit id from a path segment, or nullopt.
std::optional<std::int64_t> parse_id(const std::string& text);

class QueryParams {
 public:
  explicit QueryParams(const http::Request& req) : req_(req) {}
  // Absent and empty values both read as nullopt.
  std::optional<std::string> string(const std::string& name);
  std::optional<std::int64_t> integer(const std::string& name, std::int64_t min, std::int64_t max);
  std::optional<std::string> one_of(const std::string& name, std::initializer_list<const char*> allowed);
  // A date (YYYY-MM-DD) or an ISO 8601 timestamp, passed through for PostgreSQL to read.
  std::optional<std::string> timestamp(const std::string& name);
  void fail(std::string name, std::string issue) { issues_.push_back({std::move(name), std::move(issue)}); }
  void finish() const;

 private:
  const http::Request& req_;
  std::vector<FieldIssue> issues_;
};

}  // namespace numbase
