#include "numbers/filter.hpp"

#include <boost/json/parse.hpp>

#include "core/utf8.hpp"

namespace numbase::numbers {
namespace json = boost::json;
namespace {

// 3 to 100 characters: a trigram index needs three.
bool searchable(const std::string& s) {
  const auto n = utf8_length(s);
  return n >= 3 && n <= 100;
}

std::string digits_of(const std::string& s) {
  std::string d;
  for (char c : s)
    if (c >= '0' && c <= '9') d += c;
  return d;
}

}  // namespace

Filter Filter::from_query(QueryParams& q) {
  Filter f;
  f.project_id = q.integer("project_id", 1, INT64_MAX);
  f.status_id = q.integer("status_id", 1, 32767);
  f.provider_id = q.integer("provider_id", 1, INT64_MAX);
  f.geo_id = q.integer("geo_id", 1, INT64_MAX);
  if (q.string("assigned_to") == std::string("none")) {
    f.unassigned = true;
  } else {
    f.assigned_to = q.integer("assigned_to", 1, INT64_MAX);
  }
  if (auto fav = q.one_of("favourite", {"true", "false"})) f.favourite = *fav == "true";
  f.reminder_due = q.one_of("reminder_due", {"true", "false"}) == std::string("true");
  f.reminder = q.one_of("reminder", {"overdue", "today", "week"});
  f.created_from = q.timestamp("created_from");
  f.created_to = q.timestamp("created_to");
  if (auto phone = q.string("phone")) {
    f.phone = digits_of(*phone);
    if (f.phone->size() < 3 || f.phone->size() > 15) {
      q.fail("phone", "give 3 to 15 digits of the number");
      f.phone.reset();
    }
  }
  if (auto text = q.string("q")) {
    if (searchable(*text)) f.text = *text;
    else q.fail("q", "give 3 to 100 characters of the company, site or comment");
  }
  return f;
}

Filter Filter::from_json(const json::object& o, std::vector<FieldIssue>& issues) {
  Filter f;
  auto id = [&](const char* key, std::int64_t max) -> std::optional<std::int64_t> {
    const auto* v = o.if_contains(key);
    if (!v || v->is_null()) return std::nullopt;
    if (!v->is_int64() || v->as_int64() < 1 || v->as_int64() > max) {
      issues.push_back({std::string("filter.") + key, "must be an id"});
      return std::nullopt;
    }
    return v->as_int64();
  };
  auto text = [&](const char* key) -> std::optional<std::string> {
    const auto* v = o.if_contains(key);
    if (!v || v->is_null()) return std::nullopt;
    if (!v->is_string()) {
      issues.push_back({std::string("filter.") + key, "must be a string"});
      return std::nullopt;
    }
    return std::string(v->as_string());
  };
  f.project_id = id("project_id", INT64_MAX);
  f.status_id = id("status_id", 32767);
  f.provider_id = id("provider_id", INT64_MAX);
  f.geo_id = id("geo_id", INT64_MAX);
  if (const auto* a = o.if_contains("assigned_to"); a && a->is_string() && a->as_string() == "none")
    f.unassigned = true;
  else
    f.assigned_to = id("assigned_to", INT64_MAX);
  if (const auto* v = o.if_contains("favourite"); v && !v->is_null()) {
    if (v->is_bool()) f.favourite = v->as_bool();
    else issues.push_back({"filter.favourite", "must be a boolean"});
  }
  if (const auto* v = o.if_contains("reminder_due"); v && !v->is_null()) {
    if (v->is_bool()) f.reminder_due = v->as_bool();
    else issues.push_back({"filter.reminder_due", "must be a boolean"});
  }
  if (auto r = text("reminder")) {
    if (*r == "overdue" || *r == "today" || *r == "week") f.reminder = r;
    else issues.push_back({"filter.reminder", "must be overdue, today or week"});
  }
  for (auto [key, out] : {std::pair{"created_from", &f.created_from}, {"created_to", &f.created_to}}) {
    *out = text(key);
    if (*out && !is_timestamp(**out)) {
      issues.push_back({std::string("filter.") + key, "must be a date or an ISO 8601 timestamp"});
      out->reset();
    }
  }
  if (auto phone = text("phone")) {
    f.phone = digits_of(*phone);
    if (f.phone->size() < 3 || f.phone->size() > 15) {
      issues.push_back({"filter.phone", "give 3 to 15 digits of the number"});
      f.phone.reset();
    }
  }
  if (auto q = text("q")) {
    if (searchable(*q)) f.text = *q;
    else issues.push_back({"filter.q", "give 3 to 100 characters of the company, site or comment"});
  }
  return f;
}

json::object Filter::json() const {
  json::object o;
  for (auto [k, v] : {std::pair{"project_id", &project_id}, {"status_id", &status_id}, {"provider_id", &provider_id},
                      {"geo_id", &geo_id}, {"assigned_to", &assigned_to}})
    if (*v) o[k] = **v;
  if (unassigned) o["assigned_to"] = "none";
  if (favourite) o["favourite"] = *favourite;
  if (reminder_due) o["reminder_due"] = true;
  if (reminder) o["reminder"] = *reminder;
  if (created_from) o["created_from"] = *created_from;
  if (created_to) o["created_to"] = *created_to;
  if (phone) o["phone"] = *phone;
  if (text) o["q"] = *text;
  return o;
}

bool Filter::counted() const {
  return !provider_id && !geo_id && !assigned_to && !unassigned && !favourite && !reminder_due && !reminder && !created_from &&
         !created_to && !phone && !text;
}

namespace {
void apply_scope(SqlWhere& w, const projects::NumberScope& scope, const std::string& column) {
  if (scope.all) {
    if (!scope.projects.empty()) w.add(column + " <> ALL(" + w.bind(scope.projects) + "::bigint[])");
  } else {
    w.add(column + " = ANY(" + w.bind(scope.projects) + "::bigint[])");
  }
}
}  // namespace

void Filter::apply(SqlWhere& w, const projects::NumberScope& scope) const {
  apply_scope(w, scope, "n.project_id");
  if (project_id) w.add("n.project_id = " + w.bind(*project_id));
  if (status_id) w.add("n.status_id = " + w.bind(*status_id));
  if (provider_id) w.add("n.provider_id = " + w.bind(*provider_id));
  if (geo_id) w.add("n.geo_id = " + w.bind(*geo_id));
  if (assigned_to) w.add("n.assigned_to = " + w.bind(*assigned_to));
  if (unassigned) w.add("n.assigned_to IS NULL");
  if (favourite) w.add(*favourite ? "n.is_favourite" : "NOT n.is_favourite");
  if (reminder_due) w.add("n.reminder_at <= now()");
  if (reminder == "overdue") w.add("n.reminder_at < now()");
  // The business day starts at midnight Moscow time (as the counters' days do).
  const char* today = "(numbase_day(now())::timestamp AT TIME ZONE 'Europe/Moscow')";
  if (reminder == "today")
    w.add(std::string("n.reminder_at >= ") + today + " AND n.reminder_at < " + today + " + interval '1 day'");
  if (reminder == "week")
    w.add(std::string("n.reminder_at >= ") + today + " AND n.reminder_at < " + today + " + interval '7 days'");
  if (created_from) w.add("n.created_at >= " + w.bind(*created_from) + "::timestamptz");
  if (created_to) {
    auto p = w.bind(*created_to);
    // A date alone includes that whole day.
    w.add("n.created_at < CASE WHEN length(" + p + ") = 10 THEN (" + p + "::date + 1)::timestamptz ELSE " + p +
          "::timestamptz END");
  }
  if (phone) {
    const auto p = w.bind(*phone);
    // 4+ digits: the 4-digit windows index narrows the rows; LIKE confirms.
    if (phone->size() >= 4) w.add("phone_grams(n.phone::text) @> phone_grams(" + p + "::text)");
    w.add("n.phone::text LIKE '%' || " + p + " || '%'");
  }
  if (text) {
    // Any part, any case; the user's % and _ are themselves (the trigram index narrows).
    w.add("numbase_number_text(n.company, n.site, n.comment) ILIKE '%' || replace(replace(replace(" + w.bind(*text) +
          ", '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'");
  }
}

std::int64_t counted_total(db::Connection& conn, const Filter& f, const projects::NumberScope& scope) {
  SqlWhere w;
  apply_scope(w, scope, "c.project_id");
  if (f.project_id) w.add("c.project_id = " + w.bind(*f.project_id));
  if (f.status_id) w.add("c.status_id = " + w.bind(*f.status_id));
  return conn.exec("SELECT coalesce(sum(c.count), 0)::bigint FROM project_status_counters c" + w.sql(), w.params())
      .i64(0, 0);
}

std::int64_t estimated_total(db::Connection& conn, const SqlWhere& w) {
  auto r = conn.exec("EXPLAIN (FORMAT JSON) SELECT 1 FROM phone_numbers n" + w.sql(), w.params());
  auto plan = json::parse(r.view(0, 0));
  const auto& rows = plan.at(0).at("Plan").at("Plan Rows");
  return rows.is_double() ? static_cast<std::int64_t>(rows.as_double()) : rows.to_number<std::int64_t>();
}

}  // namespace numbase::numbers
