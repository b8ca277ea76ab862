#pragma once
// Small input and audit helpers shared by the dictionary handlers (providers, geo, statuses).
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit.hpp"
#include "core/errors.hpp"
#include "core/json_input.hpp"

namespace numbase::dictionaries {

// Characters, not bytes, as PostgreSQL's length() counts them (the input is valid UTF-8).
inline std::size_t text_length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

// A field a PATCH may leave out but never set to null; required ones must be present (POST).
inline bool null_given(FieldReader& f, const boost::json::object& body, std::string_view name, bool required) {
  if (required || !f.has(name) || !body.at(name).is_null()) return false;
  f.fail(std::string(name), "must not be null");
  return true;
}
inline std::optional<std::string> text(FieldReader& f, const boost::json::object& body, std::string_view name,
                                       bool required) {
  if (null_given(f, body, name, required)) return std::nullopt;
  return f.string(name, required);
}
inline std::optional<bool> flag(FieldReader& f, const boost::json::object& body, std::string_view name) {
  if (null_given(f, body, name, false)) return std::nullopt;
  return f.boolean(name, false);
}

// The audit changes between two API views of a row: {field: {old, new}} for each listed field
// that differs; a missing view (create, delete) reads as null.
inline audit::Changes diff(const boost::json::object* old_view, const boost::json::object* new_view,
                           std::initializer_list<const char*> fields) {
  audit::Changes changes;
  for (const char* field : fields) {
    auto value = [&](const boost::json::object* view) {
      return view ? view->at(field) : boost::json::value(nullptr);
    };
    changes.add(field, value(old_view), value(new_view));
  }
  return changes;
}

// 409 for deleting an entry that projects or numbers still refer to, e.g. "The provider is
// used by 2 projects and 10 numbers", one detail per kind of use.
inline ApiError in_use(std::string_view entity, std::string_view field, std::int64_t projects, std::int64_t numbers) {
  std::vector<FieldIssue> details;
  std::string uses;
  auto add = [&](std::int64_t n, const char* what) {
    if (n == 0) return;
    const auto use = std::to_string(n) + " " + what;
    uses += uses.empty() ? use : " and " + use;
    details.push_back({std::string(field), "used by " + use});
  };
  add(projects, "projects");
  add(numbers, "numbers");
  return conflict("The " + std::string(entity) + " is used by " + uses, std::move(details));
}

// Pieces of a row's API view (a JSON object built by PostgreSQL).
inline std::string str(const boost::json::value& v) { return std::string(v.as_string()); }
inline std::optional<std::string> opt_str(const boost::json::value& v) {
  return v.is_null() ? std::nullopt : std::optional<std::string>(str(v));
}

}  // namespace numbase::dictionaries
