#pragma once
// Writing the audit trail. Call record() on the same connection, inside the same
// transaction, as the change it describes, so both commit or neither does.
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "db/connection.hpp"

namespace numbase::audit {

// Who did it, and from where.
struct Actor {
  std::string type = "system";  // "user", "system" (a job or the server itself), "anonymous"
  std::optional<std::int64_t> user_id;
  std::optional<std::string> username;
  std::optional<std::int64_t> on_behalf_of;  // the user who asked a system job to act
  std::optional<std::string> ip;
  std::optional<std::string> user_agent;
  std::optional<std::string> request_id;
};

// Changed fields as {field: {"old": ..., "new": ...}}; unchanged fields are left out.
class Changes {
 public:
  void add(std::string_view field, boost::json::value old_value, boost::json::value new_value);
  // Records that a secret changed without recording any of it.
  void add_redacted(std::string_view field);
  bool empty() const { return fields_.empty(); }
  const boost::json::object& json() const { return fields_; }

 private:
  boost::json::object fields_;
};

void record(db::Connection& conn, const Actor& actor, std::string_view action, std::string_view entity_type,
            std::optional<std::string> entity_id, const boost::json::object& changes = {});

}  // namespace numbase::audit
