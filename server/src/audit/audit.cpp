#include "audit/audit.hpp"

#include <boost/json/serialize.hpp>

namespace numbase::audit {

void Changes::add(std::string_view field, boost::json::value old_value, boost::json::value new_value) {
  if (old_value == new_value) return;
  fields_[field] = boost::json::object{{"old", std::move(old_value)}, {"new", std::move(new_value)}};
}

void Changes::add_redacted(std::string_view field) {
  fields_[field] = boost::json::object{{"old", "[redacted]"}, {"new", "[redacted]"}};
}

void record(db::Connection& conn, const Actor& actor, std::string_view action, std::string_view entity_type,
            std::optional<std::string> entity_id, const boost::json::object& changes) {
  conn.query(
      "INSERT INTO audit_log (actor_type, user_id, username, on_behalf_of, action, entity_type, entity_id, changes,"
      " ip, user_agent, request_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::inet, $10, $11)",
      actor.type, actor.user_id, actor.username, actor.on_behalf_of, action, entity_type, entity_id,
      boost::json::serialize(changes), actor.ip, actor.user_agent, actor.request_id);
}

}  // namespace numbase::audit
