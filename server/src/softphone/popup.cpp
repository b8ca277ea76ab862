#include "softphone/popup.hpp"

#include <boost/json/parse.hpp>

#include "app/app.hpp"
#include "core/errors.hpp"
#include "numbers/list_query.hpp"
#include "phones/phone.hpp"
#include "projects/access.hpp"

namespace numbase::softphone {
namespace json = boost::json;

std::string popup_cards(db::Connection& conn, std::int64_t phone, std::optional<std::int64_t> member) {
  // The phone index finds the few rows; each with its five last calls.
  static const std::string sql =
      std::string("SELECT coalesce(json_agg(json_build_object('number', ") + numbers::kNumberJson +
      ", 'status_color', s.color, 'status_name_ru', s.name_ru, 'status_name_en', s.name_en,"
      " 'last_calls', (SELECT coalesce(json_agg(json_build_object('timestamp', api_ts(c.started_at),"
      "     'direction', c.direction, 'duration', c.duration, 'result', coalesce(c.outcome, 'in_progress'))"
      "     ORDER BY c.started_at DESC), '[]') FROM (SELECT c.* FROM call_numbers l JOIN calls c ON c.id = l.call_id"
      "     WHERE l.number_id = x.id ORDER BY c.started_at DESC LIMIT 5) c))"
      " ORDER BY x.created_at DESC, x.id DESC), '[]')::text"
      " FROM phone_numbers x" + numbers::kNumberJoins +
      " WHERE x.phone = $1 AND p.deleted_at IS NULL AND ($2::bigint IS NULL OR EXISTS ("
      "   SELECT 1 FROM project_members m WHERE m.project_id = x.project_id AND m.user_id = $2))";
  return conn.query(sql, phone, member).str(0, 0);
}

http::Response number_popup(http::RequestContext& ctx) {
  const auto raw = ctx.req.path_param("phone");
  const auto phone = raw.size() <= 40 ? phones::normalize(raw) : std::nullopt;
  if (!phone) throw validation_error("phone", "is not a valid phone number");
  auto conn = ctx.app.pool.acquire();
  const auto cards = popup_cards(*conn, phone->digits, projects::member_filter(ctx.principal()));
  return http::Response::json(json::object{{"phone_number", "+" + std::to_string(phone->digits)},
                                           {"data", json::parse(cards)}});
}

}  // namespace numbase::softphone
