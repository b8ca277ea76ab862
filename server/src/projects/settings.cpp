#include "projects/settings.hpp"

#include <boost/json/parse.hpp>

#include <algorithm>
#include <map>
#include <regex>

namespace numbase::projects {
namespace json = boost::json;
namespace {

std::vector<std::int64_t> read_ids(const json::object& body, const char* field, std::vector<FieldIssue>& issues) {
  std::vector<std::int64_t> ids;
  auto it = body.find(field);
  if (it == body.end() || it->value().is_null()) return ids;
  if (!it->value().is_array()) {
    issues.push_back({field, "must be an array of ids"});
    return ids;
  }
  for (const auto& v : it->value().as_array()) {
    if (!v.is_int64() || v.as_int64() <= 0) {
      issues.push_back({field, "must be an array of ids"});
      return {};
    }
    ids.push_back(v.as_int64());
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

// "HH:MM" -> minutes since midnight; 24:00 is the end of the day.
std::optional<int> minutes(const std::string& t) {
  static const std::regex re("^([01][0-9]|2[0-4]):([0-5][0-9])$");
  std::smatch m;
  if (!std::regex_match(t, m, re)) return std::nullopt;
  int v = std::stoi(m[1]) * 60 + std::stoi(m[2]);
  return v <= 24 * 60 ? std::optional<int>(v) : std::nullopt;
}

}  // namespace

Settings read_settings(const json::object& body, std::vector<FieldIssue>& issues) {
  Settings s;
  s.provider_ids = read_ids(body, "provider_ids", issues);
  s.geo_ids = read_ids(body, "geo_ids", issues);
  auto it = body.find("schedule");
  if (it == body.end() || it->value().is_null()) return s;
  if (!it->value().is_array()) {
    issues.push_back({"schedule", "must be an array of {weekday, start_time, end_time}"});
    return s;
  }
  int i = 0;
  for (const auto& v : it->value().as_array()) {
    const std::string field = "schedule[" + std::to_string(i++) + "]";
    if (!v.is_object()) {
      issues.push_back({field, "must be an object"});
      continue;
    }
    const auto& o = v.as_object();
    Window w{0, std::nullopt, std::nullopt};
    const auto* wd = o.if_contains("weekday");
    if (!wd || !wd->is_int64() || wd->as_int64() < 1 || wd->as_int64() > 7) {
      issues.push_back({field + ".weekday", "must be 1 (Monday) to 7 (Sunday)"});
      continue;
    }
    w.weekday = static_cast<int>(wd->as_int64());
    for (auto [key, out] : {std::pair{"start_time", &w.start}, {"end_time", &w.end}}) {
      const auto* t = o.if_contains(key);
      if (!t || t->is_null()) continue;
      if (!t->is_string()) {
        issues.push_back({field + "." + key, "must be a time HH:MM"});
        continue;
      }
      *out = std::string(t->as_string());
    }
    s.schedule.push_back(std::move(w));
  }
  return s;
}

void validate_settings(db::Connection& conn, const Settings& s, bool active, std::vector<FieldIssue>& issues) {
  if (active && s.provider_ids.empty()) issues.push_back({"provider_ids", "an active project needs at least one provider"});
  if (active && s.geo_ids.empty()) issues.push_back({"geo_ids", "an active project needs at least one geo"});
  if (!s.provider_ids.empty() &&
      conn.query("SELECT count(*) FROM providers WHERE id = ANY($1::bigint[])", s.provider_ids).i64(0, 0) !=
          static_cast<std::int64_t>(s.provider_ids.size()))
    issues.push_back({"provider_ids", "contains an unknown provider"});
  if (!s.geo_ids.empty() &&
      conn.query("SELECT count(*) FROM geo WHERE id = ANY($1::bigint[])", s.geo_ids).i64(0, 0) !=
          static_cast<std::int64_t>(s.geo_ids.size()))
    issues.push_back({"geo_ids", "contains an unknown geo"});

  // Per weekday: either one whole-day entry, or windows that do not overlap.
  std::map<int, std::vector<std::pair<int, int>>> windows;
  std::map<int, int> whole_days;
  for (size_t i = 0; i < s.schedule.size(); ++i) {
    const auto& w = s.schedule[i];
    const std::string field = "schedule[" + std::to_string(i) + "]";
    if (!w.start && !w.end) {
      ++whole_days[w.weekday];
      continue;
    }
    if (!w.start || !w.end) {
      issues.push_back({field, "give both start_time and end_time, or neither for the whole day"});
      continue;
    }
    auto a = minutes(*w.start), b = minutes(*w.end);
    if (!a || *a >= 24 * 60) issues.push_back({field + ".start_time", "must be a time from 00:00 to 23:59"});
    if (!b) issues.push_back({field + ".end_time", "must be a time from 00:01 to 24:00"});
    if (a && b && *a >= *b) issues.push_back({field, "start_time must be before end_time"});
    if (a && b && *a < *b) windows[w.weekday].push_back({*a, *b});
  }
  for (auto& [day, list] : windows) {
    std::sort(list.begin(), list.end());
    for (size_t i = 1; i < list.size(); ++i)
      if (list[i].first < list[i - 1].second) {
        issues.push_back({"schedule", "time windows of weekday " + std::to_string(day) + " overlap"});
        break;
      }
    if (whole_days.count(day)) issues.push_back({"schedule", "weekday " + std::to_string(day) + " is both a whole day and windows"});
  }
  for (auto [day, n] : whole_days)
    if (n > 1) issues.push_back({"schedule", "weekday " + std::to_string(day) + " is listed twice"});
}

json::object settings_json(db::Connection& conn, std::int64_t project_id) {
  auto r = conn.query(
      "SELECT json_build_object("
      " 'provider_ids', coalesce((SELECT json_agg(provider_id ORDER BY provider_id) FROM project_providers"
      "                           WHERE project_id = $1), '[]'),"
      " 'geo_ids', coalesce((SELECT json_agg(geo_id ORDER BY geo_id) FROM project_geo WHERE project_id = $1), '[]'),"
      " 'schedule', coalesce((SELECT json_agg(json_build_object('weekday', weekday,"
      "     'start_time', to_char(start_time, 'HH24:MI'),"
      "     'end_time', CASE WHEN end_time = '24:00' THEN '24:00' ELSE to_char(end_time, 'HH24:MI') END)"
      "   ORDER BY weekday, start_time NULLS FIRST) FROM project_schedule WHERE project_id = $1), '[]'))::text",
      project_id);
  return json::parse(r.view(0, 0)).as_object();
}

json::object save_settings(db::Connection& conn, std::int64_t project_id, const Settings& s) {
  auto before = settings_json(conn, project_id);
  conn.query("DELETE FROM project_providers WHERE project_id = $1", project_id);
  conn.query("DELETE FROM project_geo WHERE project_id = $1", project_id);
  conn.query("DELETE FROM project_schedule WHERE project_id = $1", project_id);
  conn.query("INSERT INTO project_providers (project_id, provider_id) SELECT $1, unnest($2::bigint[])", project_id,
             s.provider_ids);
  conn.query("INSERT INTO project_geo (project_id, geo_id) SELECT $1, unnest($2::bigint[])", project_id, s.geo_ids);
  std::vector<std::int64_t> days;
  std::string starts = "{", ends = "{";
  for (size_t i = 0; i < s.schedule.size(); ++i) {
    days.push_back(s.schedule[i].weekday);
    starts += (i ? "," : "") + s.schedule[i].start.value_or("NULL");
    ends += (i ? "," : "") + s.schedule[i].end.value_or("NULL");
  }
  conn.query(
      "INSERT INTO project_schedule (project_id, weekday, start_time, end_time)"
      " SELECT $1, d, s, e FROM unnest($2::smallint[], $3::time[], $4::time[]) AS t(d, s, e)",
      project_id, days, starts + "}", ends + "}");
  auto after = settings_json(conn, project_id);
  json::object changes;
  for (const char* key : {"provider_ids", "geo_ids", "schedule"})
    if (before.at(key) != after.at(key)) changes[key] = json::object{{"old", before.at(key)}, {"new", after.at(key)}};
  return changes;
}

}  // namespace numbase::projects
