#include "numbers/list_query.hpp"

#include <regex>

#include "auth/jwt.hpp"

namespace numbase::numbers {

const char* const kNumberJson =
    "json_build_object('id', x.id, 'phone_number', '+' || x.phone, 'project_id', x.project_id, 'project_name', p.name,"
    " 'provider_id', x.provider_id, 'provider_code', v.code, 'geo_id', x.geo_id, 'geo_name', g.name,"
    " 'status_id', x.status_id, 'status_code', s.code, 'assigned_to', x.assigned_to, 'assigned_username', u.username,"
    " 'company', x.company, 'site', x.site, 'email', x.email, 'comment', x.comment,"
    " 'reminder_at', api_ts(x.reminder_at), 'is_favourite', x.is_favourite, 'call_attempts', x.call_attempts,"
    " 'last_call_at', api_ts(x.last_call_at), 'created_at', api_ts(x.created_at), 'updated_at', api_ts(x.updated_at))";

const char* const kNumberJoins =
    " JOIN projects p ON p.id = x.project_id JOIN number_statuses s ON s.id = x.status_id"
    " LEFT JOIN providers v ON v.id = x.provider_id LEFT JOIN geo g ON g.id = x.geo_id"
    " LEFT JOIN users u ON u.id = x.assigned_to";

std::optional<Sort> Sort::parse(const std::string& text) {
  const bool desc = !text.empty() && text[0] == '-';
  const std::string key = desc ? text.substr(1) : text;
  if (key == "created_at" || key == "updated_at" || key == "reminder_at") return Sort{key, desc};
  return std::nullopt;
}

std::string Cursor::encode() const { return auth::base64url(key + "|" + std::to_string(id)); }

std::optional<Cursor> Cursor::decode(const std::string& text) {
  static const std::regex re(R"(^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6})\|(\d{1,18})$)");
  auto raw = auth::base64url_decode(text);
  std::smatch m;
  if (!raw || !std::regex_match(*raw, m, re)) return std::nullopt;
  return Cursor{m[1].str(), std::stoll(m[2].str())};
}

ListQuery build_list_query(const Filter& filter, const projects::NumberScope& scope, const Sort& sort,
                           const std::optional<Cursor>& cursor, std::int64_t limit) {
  ListQuery q;
  filter.apply(q.where, scope);
  // Sorting by reminder lists the numbers that have one.
  if (sort.column == "reminder_at") q.where.add("n.reminder_at IS NOT NULL");

  SqlWhere page = q.where;
  const std::string col = "n." + sort.column, dir = sort.desc ? " DESC" : " ASC";
  if (cursor)
    page.add("(" + col + ", n.id) " + (sort.desc ? "<" : ">") + " (" + page.bind(cursor->key) +
             "::timestamp AT TIME ZONE 'UTC', " + page.bind(cursor->id) + "::bigint)");
  const std::string limit_param = page.bind(limit + 1);
  const std::string x_col = "x." + sort.column;
  q.sql = "SELECT x.id, to_char(" + x_col + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US'), " +
          kNumberJson + "::text FROM (SELECT n.* FROM phone_numbers n" + page.sql() + " ORDER BY " + col + dir +
          ", n.id" + dir + " LIMIT " + limit_param + ") x" + kNumberJoins + " ORDER BY " + x_col + dir + ", x.id" + dir;
  q.params = page.params();
  return q;
}

}  // namespace numbase::numbers
