#pragma once
// Reading request bodies: parse JSON objects and pull typed fields, collecting every
// problem so the client sees all of them at once (422 with one detail per field).
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/errors.hpp"

namespace numbase {

// Parses a body that must be a JSON object; throws 400 MALFORMED_JSON otherwise.
// An empty body is treated as {} when allow_empty is set.
boost::json::object parse_json_object(std::string_view body, bool allow_empty = false);

class FieldReader {
 public:
  explicit FieldReader(const boost::json::object& obj) : obj_(obj) {}

  std::optional<std::string> string(std::string_view name, bool required);
  std::optional<bool> boolean(std::string_view name, bool required);
  std::optional<std::int64_t> integer(std::string_view name, bool required);
  // True when the key is present (even with null).
  bool has(std::string_view name) const { return obj_.contains(name); }
  void fail(std::string field, std::string issue) { issues_.push_back({std::move(field), std::move(issue)}); }
  // Throws 422 with all collected issues, if any.
  void finish() const;

 private:
  const boost::json::value* lookup(std::string_view name, bool required);
  const boost::json::object& obj_;
  std::vector<FieldIssue> issues_;
};

}  // namespace numbase
