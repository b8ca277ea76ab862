#include "core/json_input.hpp"

#include <boost/json/parse.hpp>

namespace numbase {

boost::json::object parse_json_object(std::string_view body, bool allow_empty) {
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    if (allow_empty) return {};
    throw bad_request("MALFORMED_JSON", "Request body must be a JSON object");
  }
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(body, ec);
  if (ec) throw bad_request("MALFORMED_JSON", "Request body is not valid JSON: " + ec.message());
  if (!v.is_object()) throw bad_request("MALFORMED_JSON", "Request body must be a JSON object");
  return std::move(v.as_object());
}

const boost::json::value* FieldReader::lookup(std::string_view name, bool required) {
  auto it = obj_.find(name);
  if (it == obj_.end() || it->value().is_null()) {
    if (required) fail(std::string(name), "is required");
    return nullptr;
  }
  return &it->value();
}

std::optional<std::string> FieldReader::string(std::string_view name, bool required) {
  const auto* v = lookup(name, required);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    fail(std::string(name), "must be a string");
    return std::nullopt;
  }
  return std::string(v->as_string());
}

std::optional<bool> FieldReader::boolean(std::string_view name, bool required) {
  const auto* v = lookup(name, required);
  if (!v) return std::nullopt;
  if (!v->is_bool()) {
    fail(std::string(name), "must be a boolean");
    return std::nullopt;
  }
  return v->as_bool();
}

std::optional<std::int64_t> FieldReader::integer(std::string_view name, bool required) {
  const auto* v = lookup(name, required);
  if (!v) return std::nullopt;
  if (v->is_int64()) return v->as_int64();
  if (v->is_uint64() && v->as_uint64() <= static_cast<std::uint64_t>(INT64_MAX))
    return static_cast<std::int64_t>(v->as_uint64());
  fail(std::string(name), "must be an integer");
  return std::nullopt;
}

void FieldReader::finish() const {
  if (!issues_.empty()) throw validation_error(issues_);
}

}  // namespace numbase
