#include "audit/handlers.hpp"

#include <boost/json/parse.hpp>
#include <memory>

#include "app/app.hpp"
#include "audit/audit.hpp"
#include "core/csv.hpp"
#include "core/errors.hpp"
#include "core/query_params.hpp"

namespace numbase::audit {
namespace json = boost::json;
namespace {

// The filters of both the list and the export, as bound parameters $1..$6.
struct Filter {
  std::optional<std::int64_t> user_id;
  std::optional<std::string> action, entity_type, entity_id, date_from, date_to;

  static Filter read(QueryParams& q) {
    Filter f;
    f.user_id = q.integer("user_id", 1, INT64_MAX);
    f.action = q.string("action");
    f.entity_type = q.string("entity_type");
    f.entity_id = q.string("entity_id");
    f.date_from = q.timestamp("date_from");
    f.date_to = q.timestamp("date_to");
    return f;
  }
  std::vector<db::Param> params() const {
    return {db::to_param(user_id),     db::to_param(action),    db::to_param(entity_type),
            db::to_param(entity_id),   db::to_param(date_from), db::to_param(date_to)};
  }
  json::object json() const {
    json::object o;
    if (user_id) o["user_id"] = *user_id;
    for (auto [k, v] : {std::pair{"action", &action}, {"entity_type", &entity_type}, {"entity_id", &entity_id},
                        {"date_from", &date_from}, {"date_to", &date_to}})
      if (*v) o[k] = **v;
    return o;
  }
};

// A date-only date_to includes that whole day.
constexpr const char* kWhere =
    " WHERE ($1::bigint IS NULL OR a.user_id = $1)"
    "   AND ($2::text IS NULL OR a.action = $2)"
    "   AND ($3::text IS NULL OR a.entity_type = $3)"
    "   AND ($4::text IS NULL OR a.entity_id = $4)"
    "   AND ($5::text IS NULL OR a.created_at >= $5::timestamptz)"
    "   AND ($6::text IS NULL OR a.created_at < CASE WHEN length($6) = 10 THEN ($6::date + 1)::timestamptz"
    "                                                ELSE $6::timestamptz END)";

constexpr const char* kRecordJson =
    "json_build_object('id', a.id, 'timestamp', api_ts(a.created_at), 'actor_type', a.actor_type,"
    " 'user_id', a.user_id, 'username', a.username, 'on_behalf_of', a.on_behalf_of, 'action', a.action,"
    " 'entity_type', a.entity_type, 'entity_id', a.entity_id, 'changes', a.changes,"
    " 'ip_address', host(a.ip), 'user_agent', a.user_agent, 'request_id', a.request_id)::text";

}  // namespace

http::Response list_audit_log(http::RequestContext& ctx) {
  QueryParams q(ctx.req);
  auto filter = Filter::read(q);
  auto limit = q.integer("limit", 1, 500).value_or(100);
  auto cursor = q.integer("cursor", 1, INT64_MAX);
  q.finish();

  auto params = filter.params();
  params.push_back(db::to_param(cursor));
  params.push_back(db::to_param(limit + 1));
  auto conn = ctx.app.pool.acquire();
  auto r = conn->exec(std::string("SELECT a.id, ") + kRecordJson + " FROM audit_log a" + kWhere +
                          " AND ($7::bigint IS NULL OR a.id < $7) ORDER BY a.id DESC LIMIT $8",
                      params);
  json::array data;
  const int shown = std::min<int>(r.rows(), static_cast<int>(limit));
  for (int i = 0; i < shown; ++i) data.push_back(json::parse(r.view(i, 1)));
  const bool has_next = r.rows() > limit;
  json::object pagination{{"limit", limit}, {"has_next", has_next}};
  pagination["next_cursor"] = has_next ? json::value(std::to_string(r.i64(shown - 1, 0))) : json::value(nullptr);
  return http::Response::json(json::object{{"data", std::move(data)}, {"pagination", std::move(pagination)}});
}

http::Response export_audit_log(http::RequestContext& ctx) {
  QueryParams q(ctx.req);
  auto filter = Filter::read(q);
  // The header in the language of whoever downloads it; the values are the log's own codes.
  const bool ru = q.one_of("language", {"ru", "en"}).value_or("en") == "ru";
  q.finish();

  auto conn = std::make_shared<db::Pool::Lease>(ctx.app.pool.acquire());
  db::transaction(**conn, [&](db::Connection& c) {
    record(c, ctx.actor(), "export", "audit_log", std::nullopt, {{"filters", filter.json()}});
  });
  (*conn)->stream(
      "SELECT a.id, api_ts(a.created_at), a.actor_type, a.user_id, a.username, a.on_behalf_of, a.action,"
      " a.entity_type, a.entity_id, a.changes::text, host(a.ip), a.user_agent, a.request_id FROM audit_log a" +
          std::string(kWhere) + " ORDER BY a.id DESC",
      filter.params());

  http::Response res;
  res.content_type = "text/csv; charset=utf-8";
  res.headers.emplace_back("Content-Disposition", "attachment; filename=\"audit_log.csv\"");
  auto header_sent = std::make_shared<bool>(false);
  res.stream = [conn, header_sent, ru]() -> std::optional<std::string> {
    std::string out;
    if (!*header_sent) {
      out = ru ? "\xEF\xBB\xBFid,время,тип автора,id пользователя,пользователь,по поручению,действие,тип объекта,"
                 "id объекта,изменения,IP-адрес,браузер,id запроса\r\n"
               : "\xEF\xBB\xBFid,timestamp,actor_type,user_id,username,on_behalf_of,action,entity_type,entity_id,changes,"
                 "ip_address,user_agent,request_id\r\n";
      *header_sent = true;
    }
    while (out.size() < 64 * 1024) {
      auto row = (*conn)->next_row();
      if (!row) return out.empty() ? std::nullopt : std::optional<std::string>(std::move(out));
      for (int c = 0; c < 13; ++c) {
        if (c) out += ',';
        if (!row->is_null(0, c)) append_csv_field(out, row->view(0, c));
      }
      out += "\r\n";
    }
    return out;
  };
  return res;
}

}  // namespace numbase::audit
