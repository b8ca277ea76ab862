#include "numbers/handlers.hpp"

#include <boost/json/parse.hpp>

#include <functional>
#include <set>

#include "app/app.hpp"
#include "audit/audit.hpp"
#include "core/errors.hpp"
#include "core/json_input.hpp"
#include "numbers/filter.hpp"
#include "numbers/list_query.hpp"
#include "phones/phone.hpp"

namespace numbase::numbers {
namespace json = boost::json;
namespace {

std::int64_t number_id(http::RequestContext& ctx) {
  auto id = parse_id(ctx.req.path_param("id"));
  if (!id) throw not_found("Number not found");
  return *id;
}

// The number if the caller may see it (its project is live and theirs), else 404.
json::object load_number(db::Connection& conn, const Principal& me, std::int64_t id) {
  auto r = conn.query(std::string("SELECT ") + kNumberJson + "::text FROM phone_numbers x" + kNumberJoins +
                          " WHERE x.id = $1 AND p.deleted_at IS NULL AND ($2::bigint IS NULL OR EXISTS ("
                          "  SELECT 1 FROM project_members m WHERE m.project_id = x.project_id AND m.user_id = $2))",
                      id, projects::member_filter(me));
  if (r.empty()) throw not_found("Number not found");
  return json::parse(r.view(0, 0)).as_object();
}

bool exists(db::Connection& conn, const char* table, std::int64_t id) {
  return !conn.query(std::string("SELECT 1 FROM ") + table + " WHERE id = $1", id).empty();
}

// Editable fields of a number, as given in a body; clear_* tell "set to null" from "absent".
struct Edit {
  std::optional<std::int64_t> status_id, assigned_to, provider_id, geo_id;
  std::optional<std::string> company, site, email, comment, reminder_at;
  std::optional<bool> is_favourite;
  bool clear_assigned = false, clear_reminder = false;
};

Edit read_edit(const json::object& body, FieldReader& f) {
  Edit e;
  e.status_id = f.integer("status_id", false);
  e.assigned_to = f.integer("assigned_to", false);
  e.clear_assigned = body.contains("assigned_to") && body.at("assigned_to").is_null();
  e.company = f.string("company", false);
  e.site = f.string("site", false);
  e.email = f.string("email", false);
  e.comment = f.string("comment", false);
  e.reminder_at = f.string("reminder_at", false);
  e.clear_reminder = body.contains("reminder_at") && body.at("reminder_at").is_null();
  e.is_favourite = f.boolean("is_favourite", false);
  if (e.company && e.company->size() > 500) f.fail("company", "must be at most 500 characters");
  if (e.site && e.site->size() > 500) f.fail("site", "must be at most 500 characters");
  if (e.email && (e.email->size() > 255 || (!e.email->empty() && e.email->find('@') == std::string::npos)))
    f.fail("email", "must be a valid email address");
  if (e.comment && e.comment->size() > 5000) f.fail("comment", "must be at most 5000 characters");
  if (e.reminder_at && (e.reminder_at->size() <= 10 || !is_timestamp(*e.reminder_at)))
    f.fail("reminder_at", "must be an ISO 8601 timestamp");
  return e;
}

// Ids in an edit must exist (and a user be active).
void check_references(db::Connection& conn, const Edit& e) {
  std::vector<FieldIssue> issues;
  if (e.status_id && !exists(conn, "number_statuses", *e.status_id)) issues.push_back({"status_id", "unknown status"});
  if (e.assigned_to && conn.query("SELECT 1 FROM users WHERE id = $1 AND is_active", *e.assigned_to).empty())
    issues.push_back({"assigned_to", "unknown or inactive user"});
  if (e.provider_id && !exists(conn, "providers", *e.provider_id)) issues.push_back({"provider_id", "unknown provider"});
  if (e.geo_id && !exists(conn, "geo", *e.geo_id)) issues.push_back({"geo_id", "unknown geo"});
  if (!issues.empty()) throw validation_error(issues);
}

// The projects whose numbers a user may be assigned (those they see): nullopt for users who
// see every project. Assigning a number elsewhere would hide it from its assignee.
std::optional<std::vector<std::int64_t>> assignable_projects(db::Connection& conn, std::int64_t user_id) {
  auto all = conn.query("SELECT r.permissions && ARRAY['all', 'projects.all'] FROM users u"
                        " JOIN roles r ON r.id = u.role_id WHERE u.id = $1", user_id);
  if (!all.empty() && all.boolean(0, 0)) return std::nullopt;
  auto r = conn.query("SELECT project_id FROM project_members WHERE user_id = $1", user_id);
  std::vector<std::int64_t> ids;
  for (int i = 0; i < r.rows(); ++i) ids.push_back(r.i64(i, 0));
  return ids;
}

[[noreturn]] void not_a_member() {
  throw validation_error("assigned_to", "is not a member of the number's project");
}

}  // namespace

http::Response list_numbers(http::RequestContext& ctx) {
  const auto& me = ctx.principal();
  QueryParams q(ctx.req);
  auto filter = Filter::from_query(q);
  auto sort = Sort::parse(q.string("sort").value_or("-created_at"));
  if (!sort) q.fail("sort", "must be created_at, updated_at or reminder_at, with - for descending");
  auto limit = q.integer("limit", 1, 500).value_or(50);
  auto cursor_text = q.string("cursor");
  std::optional<Cursor> cursor;
  if (cursor_text && !(cursor = Cursor::decode(*cursor_text))) q.fail("cursor", "is not a cursor this list returned");
  q.finish();

  auto conn = ctx.app.pool.acquire();
  const auto scope = projects::number_scope(*conn, me);
  auto query = build_list_query(filter, scope, *sort, cursor, limit);

  json::object pagination{{"limit", limit}};
  const bool exact = filter.counted() && sort->column != "reminder_at";
  pagination["total"] = exact ? counted_total(*conn, filter, scope) : estimated_total(*conn, query.where);
  pagination["total_is_estimate"] = !exact;

  auto r = conn->exec(query.sql, query.params);
  json::array data;
  const int shown = std::min<int>(r.rows(), static_cast<int>(limit));
  for (int i = 0; i < shown; ++i) data.push_back(json::parse(r.view(i, 2)));
  const bool has_next = r.rows() > limit;
  pagination["has_next"] = has_next;
  pagination["next_cursor"] =
      has_next ? json::value(Cursor{r.str(shown - 1, 1), r.i64(shown - 1, 0)}.encode()) : json::value(nullptr);
  return http::Response::json(json::object{{"data", std::move(data)}, {"pagination", std::move(pagination)}});
}

namespace {

// A number as its card shows it: the list's fields plus its project, supplier, region (with
// its time zone) and status spelled out.
json::object card_json(db::Connection& conn, const Principal& me, std::int64_t id) {
  auto number = load_number(conn, me, id);
  auto r = conn.query(
      "SELECT json_build_object("
      " 'project', json_build_object('id', p.id, 'name', p.name),"
      " 'provider', CASE WHEN v.id IS NULL THEN NULL ELSE json_build_object('id', v.id, 'code', v.code, 'name', v.name) END,"
      " 'geo', CASE WHEN g.id IS NULL THEN NULL ELSE json_build_object('id', g.id, 'name', g.name, 'name_en', g.name_en,"
      "   'country', g.country, 'region', g.region, 'timezone', g.timezone) END,"
      " 'status', json_build_object('id', s.id, 'code', s.code, 'name_ru', s.name_ru, 'name_en', s.name_en, 'color', s.color))::text"
      " FROM phone_numbers x JOIN projects p ON p.id = x.project_id JOIN number_statuses s ON s.id = x.status_id"
      " LEFT JOIN providers v ON v.id = x.provider_id LEFT JOIN geo g ON g.id = x.geo_id WHERE x.id = $1",
      id);
  const auto extra_fields = json::parse(r.view(0, 0));
  for (const auto& [k, v] : extra_fields.as_object()) number[k] = v;
  // The calls linked to it, newest first.
  auto calls = conn.query(
      "SELECT coalesce(json_agg(json_build_object('call_id', c.pbx_call_id, 'timestamp', api_ts(c.started_at),"
      " 'direction', c.direction, 'duration', c.duration, 'result', coalesce(c.outcome, 'in_progress'),"
      " 'answered_at', api_ts(c.answered_at), 'ended_at', api_ts(c.ended_at), 'user', u.username,"
      " 'recording', c.recording) ORDER BY c.started_at DESC, c.id DESC), '[]')::text"
      " FROM (SELECT c.* FROM call_numbers l JOIN calls c ON c.id = l.call_id WHERE l.number_id = $1"
      "       ORDER BY c.started_at DESC, c.id DESC LIMIT 50) c LEFT JOIN users u ON u.id = c.user_id",
      id);
  number["call_history"] = json::parse(calls.view(0, 0));
  return number;
}

}  // namespace

http::Response get_number(http::RequestContext& ctx) {
  const auto id = number_id(ctx);
  auto conn = ctx.app.pool.acquire();
  return http::Response::json(card_json(*conn, ctx.principal(), id));
}

http::Response next_number(http::RequestContext& ctx) {
  const auto id = number_id(ctx);
  QueryParams q(ctx.req);
  auto filter = Filter::from_query(q);
  auto sort = Sort::parse(q.string("sort").value_or("-created_at"));
  if (!sort) q.fail("sort", "must be created_at, updated_at or reminder_at, with - for descending");
  q.finish();
  auto conn = ctx.app.pool.acquire();
  const auto& me = ctx.principal();
  // Where the current number stands in the list's order (whether or not it still matches the
  // filters: its status may just have changed); the next is the first row after it.
  auto at = conn->query("SELECT to_char(x." + sort->column +
                            " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US') FROM phone_numbers x"
                            " JOIN projects p ON p.id = x.project_id WHERE x.id = $1 AND p.deleted_at IS NULL"
                            " AND ($2::bigint IS NULL OR EXISTS (SELECT 1 FROM project_members m"
                            "   WHERE m.project_id = x.project_id AND m.user_id = $2))",
                        id, projects::member_filter(me));
  if (at.empty()) throw not_found("Number not found");
  std::optional<Cursor> cursor;
  if (!at.is_null(0, 0)) cursor = Cursor{at.str(0, 0), id};
  const auto scope = projects::number_scope(*conn, me);
  auto query = build_list_query(filter, scope, *sort, cursor, 1);
  auto r = conn->exec(query.sql, query.params);
  if (r.empty()) return http::Response::json(json::object{{"data", nullptr}});
  return http::Response::json(json::object{{"data", card_json(*conn, me, r.i64(0, 0))}});
}

http::Response list_notes(http::RequestContext& ctx) {
  const auto id = number_id(ctx);
  QueryParams q(ctx.req);
  const auto limit = q.integer("limit", 1, 200).value_or(50);
  q.finish();
  auto conn = ctx.app.pool.acquire();
  load_number(*conn, ctx.principal(), id);  // 404 unless the caller sees it
  auto r = conn->query(
      "SELECT count(*) OVER (), json_build_object('id', t.id, 'body', t.body, 'author_id', t.author_id,"
      " 'author_username', u.username, 'created_at', api_ts(t.created_at))::text"
      " FROM number_notes t LEFT JOIN users u ON u.id = t.author_id WHERE t.number_id = $1"
      " ORDER BY t.created_at DESC, t.id DESC LIMIT $2",
      id, limit);
  json::array data;
  for (int i = 0; i < r.rows(); ++i) data.push_back(json::parse(r.view(i, 1)));
  const std::int64_t total = r.empty() ? 0 : r.i64(0, 0);
  return http::Response::json(json::object{{"data", std::move(data)}, {"total", total}});
}

// $1 the new number, $2 its phone.
constexpr const char* kLinkUnlinkedCalls = R"SQL(
WITH k AS (UPDATE calls SET linked = true, version = nextval('calls_version_seq')
            WHERE phone = $2 AND NOT linked AND started_at > now() - interval '1 day'
           RETURNING id, ended_at, user_id),
l AS (INSERT INTO call_numbers (call_id, number_id) SELECT id, $1 FROM k),
n AS (UPDATE phone_numbers SET call_attempts = call_attempts + (SELECT count(*) FROM k WHERE ended_at IS NOT NULL),
             last_call_at = (SELECT max(ended_at) FROM k)
       WHERE id = $1 AND EXISTS (SELECT 1 FROM k WHERE ended_at IS NOT NULL))
SELECT pg_notify('numbase_calls', u::text) FROM (SELECT DISTINCT user_id FROM k WHERE user_id IS NOT NULL) x(u)
)SQL";

http::Response create_number(http::RequestContext& ctx) {
  auto body = parse_json_object(ctx.req.body);
  FieldReader f(body);
  auto raw = f.string("phone_number", true);
  auto project_id = f.integer("project_id", true);
  auto edit = read_edit(body, f);
  edit.provider_id = f.integer("provider_id", false);
  edit.geo_id = f.integer("geo_id", false);
  f.finish();

  auto conn = ctx.app.pool.acquire();
  auto created = db::transaction(*conn, [&](db::Connection& c) {
    projects::require_project(c, ctx.principal(), *project_id);
    check_references(c, edit);
    // Numbers without a country code belong to the geo's country, else the project's, else Russia.
    auto region = c.query(
                       "SELECT coalesce((SELECT country FROM geo WHERE id = $1),"
                       " (SELECT g.country FROM project_geo x JOIN geo g ON g.id = x.geo_id WHERE x.project_id = $2"
                       "  ORDER BY g.id LIMIT 1), 'RU')",
                       edit.geo_id, *project_id)
                      .str(0, 0);
    auto phone = phones::normalize(*raw, region);
    if (!phone) throw validation_error("phone_number", "is not a valid phone number");
    if (!c.query("SELECT 1 FROM phone_numbers WHERE project_id = $1 AND phone = $2", *project_id, phone->digits).empty())
      throw conflict("The number is already in this project", {{"phone_number", "already in this project"}});
    auto id = c.query(
                   "INSERT INTO phone_numbers (project_id, phone, provider_id, geo_id, status_id, assigned_to, company,"
                   " site, email, comment, reminder_at, is_favourite)"
                   " VALUES ($1, $2, $3, $4, coalesce($5, (SELECT id FROM number_statuses WHERE code = 'new')), $6, $7,"
                   " $8, $9, $10, $11::timestamptz, coalesce($12, false)) RETURNING id",
                   *project_id, phone->digits, edit.provider_id, edit.geo_id, edit.status_id, edit.assigned_to,
                   edit.company, edit.site, edit.email, edit.comment, edit.reminder_at, edit.is_favourite)
                  .i64(0, 0);
    // The phone's calls of the last day that found no number (the SoftPhone pop-up offers to
    // make it) go to this one: linked, their ends counted as its attempts, their users' pop-ups
    // told.
    c.query(kLinkUnlinkedCalls, id, phone->digits);
    auto number = load_number(c, ctx.principal(), id);
    json::object changes;
    for (const char* k : {"phone_number", "project_id", "provider_id", "geo_id", "status_id", "assigned_to", "company",
                          "site", "email", "comment", "reminder_at", "is_favourite"})
      if (!number.at(k).is_null()) changes[k] = json::object{{"old", nullptr}, {"new", number.at(k)}};
    audit::record(c, ctx.actor(), "create", "phone_number", std::to_string(id), changes);
    return number;
  });
  return http::Response::json(201, created);
}

// The editable fields of a phone_numbers row, as the audit compares them.
std::string editable_json(const std::string& row) {
  std::string out = "jsonb_build_object(";
  for (const char* field : {"status_id", "assigned_to", "company", "site", "email", "comment", "is_favourite"})
    out += std::string("'") + field + "', " + row + "." + field + ", ";
  return out + "'reminder_at', api_ts(" + row + ".reminder_at))";
}

http::Response update_number(http::RequestContext& ctx) {
  const auto id = number_id(ctx);
  auto body = parse_json_object(ctx.req.body);
  FieldReader f(body);
  auto edit = read_edit(body, f);
  f.finish();

  auto conn = ctx.app.pool.acquire();
  // A number a colleague is assigned is theirs: taking it (or giving it away) needs the
  // permission to reassign.
  if ((edit.assigned_to || edit.clear_assigned) && !ctx.principal().can("phone_numbers.reassign") &&
      !conn->query("SELECT 1 FROM phone_numbers WHERE id = $1 AND assigned_to <> $2", id, ctx.principal().id).empty())
    throw forbidden("The number is assigned to a colleague; only someone allowed to reassign numbers may change that");
  // An unknown status is caught by its foreign key below; the assignee must also be active.
  if (edit.assigned_to) {
    check_references(*conn, Edit{.assigned_to = edit.assigned_to});
    if (auto allowed = assignable_projects(*conn, *edit.assigned_to);
        allowed && !conn->query("SELECT 1 FROM phone_numbers WHERE id = $1 AND project_id <> ALL($2::bigint[])"
                                " AND ($3::bigint IS NULL OR project_id IN"
                                "   (SELECT project_id FROM project_members WHERE user_id = $3))",
                                id, *allowed, projects::member_filter(ctx.principal()))
                         .empty())
      not_a_member();
  }
  const auto actor = ctx.actor();
  // One statement, so one round trip and atomic by itself: lock the visible row, update it,
  // audit the fields that changed, and return the new state.
  const std::string sql =
      "WITH old AS (SELECT x.* FROM phone_numbers x JOIN projects p ON p.id = x.project_id"
      "   WHERE x.id = $1 AND p.deleted_at IS NULL AND ($12::bigint IS NULL OR EXISTS ("
      "     SELECT 1 FROM project_members m WHERE m.project_id = x.project_id AND m.user_id = $12))"
      "   FOR UPDATE OF x),"
      " upd AS (UPDATE phone_numbers n SET status_id = coalesce($2, n.status_id),"
      "   assigned_to = CASE WHEN $3 THEN NULL ELSE coalesce($4, n.assigned_to) END,"
      "   company = coalesce($5, n.company), site = coalesce($6, n.site), email = coalesce($7, n.email),"
      "   comment = coalesce($8, n.comment),"
      "   reminder_at = CASE WHEN $9 THEN NULL ELSE coalesce($10::timestamptz, n.reminder_at) END,"
      "   is_favourite = coalesce($11, n.is_favourite), updated_at = now()"
      "   FROM old WHERE n.id = old.id RETURNING n.*),"
      " diff AS (SELECT coalesce(jsonb_object_agg(b.key, jsonb_build_object('old', b.value, 'new', a.value))"
      "     FILTER (WHERE b.value IS DISTINCT FROM a.value), '{}'::jsonb) AS changes"
      "   FROM old, upd, LATERAL jsonb_each(" + editable_json("old") + ") b"
      "   JOIN LATERAL jsonb_each(" + editable_json("upd") + ") a ON a.key = b.key),"
      // A new comment is a note; the one that came with the number (from its file) becomes the
      // first note then, so that nothing written is lost.
      " first_note AS (INSERT INTO number_notes (number_id, author_id, body, created_at)"
      "   SELECT old.id, NULL, old.comment, old.created_at FROM old, upd"
      "   WHERE upd.comment IS DISTINCT FROM old.comment AND upd.comment <> '' AND old.comment <> ''"
      "     AND NOT EXISTS (SELECT 1 FROM number_notes t WHERE t.number_id = old.id)),"
      " note AS (INSERT INTO number_notes (number_id, author_id, body)"
      "   SELECT upd.id, $13, upd.comment FROM old, upd"
      "   WHERE upd.comment IS DISTINCT FROM old.comment AND upd.comment <> ''),"
      " audit AS (INSERT INTO audit_log (actor_type, user_id, username, action, entity_type, entity_id, changes,"
      "   ip, user_agent, request_id)"
      "   SELECT 'user', $13, $14, 'update', 'phone_number', $1::text, d.changes, $15::inet, $16, $17"
      "   FROM diff d WHERE d.changes <> '{}'::jsonb)"
      " SELECT " + std::string(kNumberJson) + "::text FROM upd x" + kNumberJoins;
  try {
    auto r = conn->query(sql, id, edit.status_id, edit.clear_assigned, edit.assigned_to, edit.company, edit.site,
                         edit.email, edit.comment, edit.clear_reminder, edit.reminder_at, edit.is_favourite,
                         projects::member_filter(ctx.principal()), actor.user_id, actor.username, actor.ip,
                         actor.user_agent, actor.request_id);
    if (r.empty()) throw not_found("Number not found");
    return http::Response::raw_json(200, r.str(0, 0));
  } catch (const db::Error& e) {
    if (e.is(db::sqlstate::foreign_key_violation) && e.constraint() == "phone_numbers_status_id_fkey")
      throw validation_error("status_id", "unknown status");
    throw;
  }
}

http::Response bulk_update_numbers(http::RequestContext& ctx) {
  constexpr std::size_t kMaxIds = 10000;
  constexpr int kBatch = 5000;
  auto body = parse_json_object(ctx.req.body);
  FieldReader f(body);
  Edit edit;
  edit.status_id = f.integer("status_id", false);
  edit.assigned_to = f.integer("assigned_to", false);
  edit.clear_assigned = body.contains("assigned_to") && body.at("assigned_to").is_null();
  edit.is_favourite = f.boolean("is_favourite", false);
  if (!edit.status_id && !edit.assigned_to && !edit.clear_assigned && !edit.is_favourite)
    f.fail("status_id", "give at least one of status_id, assigned_to, is_favourite");

  std::vector<std::int64_t> ids;
  std::optional<Filter> filter;
  const auto* ids_value = body.if_contains("phone_number_ids");
  const auto* filter_value = body.if_contains("filter");
  if ((ids_value != nullptr) == (filter_value != nullptr)) {
    f.fail("phone_number_ids", "give either phone_number_ids or filter");
  } else if (ids_value) {
    if (!ids_value->is_array() || ids_value->as_array().empty() || ids_value->as_array().size() > kMaxIds) {
      f.fail("phone_number_ids", "must be an array of 1 to 10000 ids");
    } else {
      for (const auto& v : ids_value->as_array()) {
        if (!v.is_int64() || v.as_int64() <= 0) {
          f.fail("phone_number_ids", "must contain only ids");
          break;
        }
        ids.push_back(v.as_int64());
      }
    }
  } else if (!filter_value->is_object()) {
    f.fail("filter", "must be an object with the list's filters");
  } else {
    std::vector<FieldIssue> issues;
    filter = Filter::from_json(filter_value->as_object(), issues);
    for (auto& i : issues) f.fail(i.field, i.issue);
  }
  f.finish();

  auto conn = ctx.app.pool.acquire();
  check_references(*conn, edit);
  const auto scope = projects::number_scope(*conn, ctx.principal());
  // Is any targeted number also `condition`? (Then the whole change is refused.)
  auto any_targeted = [&](const std::function<std::string(SqlWhere&)>& condition) {
    SqlWhere w;
    if (filter) filter->apply(w, scope);
    else {
      Filter{}.apply(w, scope);
      w.add("n.id = ANY(" + w.bind(ids) + "::bigint[])");
    }
    w.add(condition(w));
    return !conn->exec("SELECT 1 FROM phone_numbers n" + w.sql() + " LIMIT 1", w.params()).empty();
  };
  if ((edit.assigned_to || edit.clear_assigned) && !ctx.principal().can("phone_numbers.reassign") &&
      any_targeted([&](SqlWhere& w) { return "n.assigned_to <> " + w.bind(ctx.principal().id); }))
    throw forbidden("Some of the numbers are assigned to a colleague; only someone allowed to reassign numbers may "
                    "change that");
  if (edit.assigned_to)
    if (auto allowed = assignable_projects(*conn, *edit.assigned_to);
        allowed && any_targeted([&](SqlWhere& w) { return "n.project_id <> ALL(" + w.bind(*allowed) + "::bigint[])"; }))
      not_a_member();  // a targeted number outside the assignee's projects

  // SET clause and "already so" test for the given fields.
  SqlWhere w;
  std::string set = "updated_at = now()", same;
  auto add = [&](const std::string& column, const std::string& placeholder) {
    set += ", " + column + " = " + placeholder;
    same += (same.empty() ? "" : " AND ") + ("n." + column) + " IS NOT DISTINCT FROM " + placeholder;
  };
  if (edit.status_id) add("status_id", w.bind(*edit.status_id) + "::smallint");
  if (edit.assigned_to || edit.clear_assigned) add("assigned_to", w.bind(edit.assigned_to) + "::bigint");
  if (edit.is_favourite) add("is_favourite", w.bind(*edit.is_favourite) + "::boolean");

  json::object set_json;
  if (edit.status_id) set_json["status_id"] = *edit.status_id;
  if (edit.assigned_to || edit.clear_assigned) set_json["assigned_to"] = edit.assigned_to ? json::value(*edit.assigned_to) : nullptr;
  if (edit.is_favourite) set_json["is_favourite"] = *edit.is_favourite;

  if (!filter) {
    Filter{}.apply(w, scope);
    w.add("n.id = ANY(" + w.bind(ids) + "::bigint[])");
    auto result = db::transaction(*conn, [&](db::Connection& c) {
      auto r = c.exec("UPDATE phone_numbers n SET " + set + w.sql() + " RETURNING n.id", w.params());
      json::array id_list;
      for (auto id : ids) id_list.push_back(id);
      audit::record(c, ctx.actor(), "bulk_update", "phone_number", std::nullopt,
                    {{"ids", id_list}, {"set", set_json}, {"count", r.rows()}});
      return r;
    });
    std::set<std::int64_t> done;
    for (int i = 0; i < result.rows(); ++i) done.insert(result.i64(i, 0));
    json::array failed;
    for (auto id : ids)
      if (!done.count(id)) failed.push_back(id);
    return http::Response::json(json::object{{"updated_count", result.rows()}, {"failed_ids", std::move(failed)}});
  }

  // By filter: batches in their own short transactions until no row is left to change.
  filter->apply(w, scope);
  w.add("NOT (" + same + ")");
  auto params = w.params();
  params.push_back(db::to_param(kBatch));
  const std::string sql = "WITH changed AS (UPDATE phone_numbers n SET " + set +
                          " WHERE n.id IN (SELECT n.id FROM phone_numbers n" + w.sql() + " LIMIT $" +
                          std::to_string(params.size()) + ") RETURNING 1) SELECT count(*) FROM changed";
  std::int64_t count = 0;
  auto audit_it = [&](const std::optional<std::string>& error) {
    json::object changes{{"filter", filter->json()}, {"set", set_json}, {"count", count}};
    if (error) changes["error"] = *error;
    db::transaction(*conn, [&](db::Connection& c) {
      audit::record(c, ctx.actor(), "bulk_update", "phone_number", std::nullopt, changes);
    });
  };
  try {
    for (;;) {
      auto n = db::transaction(*conn, [&](db::Connection& c) { return c.exec(sql, params).i64(0, 0); });
      count += n;
      if (n < kBatch) break;
    }
  } catch (const std::exception& e) {
    if (count > 0) audit_it("stopped after " + std::to_string(count) + " rows: " + e.what());
    throw;
  }
  audit_it(std::nullopt);
  return http::Response::json(json::object{{"updated_count", count}, {"failed_ids", json::array()}});
}

}  // namespace numbase::numbers
