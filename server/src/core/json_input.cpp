#include "core/json_input.hpp"

#include <boost/json/parse.hpp>

namespace numbase {
namespace {

// PostgreSQL's text cannot hold a NUL byte (it would be cut there): such a value is refused,
// naming where it is.
void find_nul(const boost::json::value& v, const std::string& path, std::vector<FieldIssue>& issues) {
  if (issues.size() >= 20) return;
  if (v.is_string()) {
    if (v.as_string().subview().find('\0') != std::string_view::npos)
      issues.push_back({path.empty() ? "body" : path, "must not contain a NUL character"});
  } else if (v.is_object()) {
    for (const auto& kv : v.as_object()) {
      const std::string key(kv.key());
      const std::string at = path.empty() ? key : path + "." + key;
      if (key.find('\0') != std::string::npos) issues.push_back({"body", "a key contains a NUL character"});
      find_nul(kv.value(), at, issues);
    }
  } else if (v.is_array()) {
    std::size_t i = 0;
    for (const auto& e : v.as_array()) find_nul(e, path + "[" + std::to_string(i++) + "]", issues);
  }
}

}  // namespace

boost::json::object parse_json_object(std::string_view body, bool allow_empty) {
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    if (allow_empty) return {};
    throw bad_request("MALFORMED_JSON", "Request body must be a JSON object");
  }
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(body, ec);
  if (ec) throw bad_request("MALFORMED_JSON", "Request body is not valid JSON: " + ec.message());
  if (!v.is_object()) throw bad_request("MALFORMED_JSON", "Request body must be a JSON object");
  std::vector<FieldIssue> issues;
  find_nul(v, "", issues);
  if (!issues.empty()) throw validation_error(issues);
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
