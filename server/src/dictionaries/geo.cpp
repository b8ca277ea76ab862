#include "dictionaries/geo.hpp"

#include <boost/json/parse.hpp>

#include <cctype>
#include <regex>

#include "app/app.hpp"
#include "audit/audit.hpp"
#include "core/errors.hpp"
#include "core/pagination.hpp"
#include "core/json_input.hpp"
#include "core/query_params.hpp"
#include "dictionaries/fields.hpp"

namespace numbase::dictionaries {
namespace json = boost::json;
namespace {

// One geo entry as the API shows it.
constexpr const char* kGeoJson =
    "json_build_object('id', g.id, 'country', g.country, 'region', g.region, 'city', g.city, 'name', g.name,"
    " 'name_en', g.name_en, 'timezone', g.timezone, 'is_active', g.is_active,"
    " 'created_at', api_ts(g.created_at), 'updated_at', api_ts(g.updated_at))";

const std::string kSelectGeo = std::string("SELECT ") + kGeoJson + "::text FROM geo g WHERE g.id = $1";
const std::string kSelectGeoForUpdate = kSelectGeo + " FOR UPDATE";

// List filters: $1 country, $2 region, $3 search, $4 active.
constexpr const char* kGeoFilter =
    " WHERE ($1::text IS NULL OR g.country = $1)"
    "   AND ($2::text IS NULL OR g.region = $2)"
    "   AND ($3::text IS NULL OR g.name ILIKE '%' || $3 || '%' OR g.name_en ILIKE '%' || $3 || '%'"
    "        OR g.region ILIKE '%' || $3 || '%' OR g.city ILIKE '%' || $3 || '%')"
    "   AND ($4::text IS NULL OR g.is_active = $4::boolean)";
constexpr const char* kGeoOrder = "country, region NULLS FIRST, city NULLS FIRST, name, id";

const std::string kCountGeo = std::string("SELECT count(*) FROM geo g") + kGeoFilter;
const std::string kListGeo = std::string("SELECT coalesce(json_agg(x.doc ORDER BY ") + kGeoOrder +
                             "), '[]')::text FROM (SELECT g.country, g.region, g.city, g.name, g.id, " + kGeoJson +
                             " AS doc FROM geo g" + kGeoFilter + " ORDER BY " + kGeoOrder +
                             " LIMIT $5 OFFSET $6) x";

constexpr const char* kTimezoneExists = "SELECT 1 FROM pg_timezone_names WHERE name = $1";

// The same place (unique by country, region, city; a missing part counts as empty).
constexpr const char* kPlaceTaken =
    "SELECT 1 FROM geo WHERE country = $1 AND coalesce(region, '') = coalesce($2, '')"
    " AND coalesce(city, '') = coalesce($3, '') AND id <> $4";

constexpr const char* kInsertGeo =
    "INSERT INTO geo (country, region, city, name, name_en, timezone, is_active)"
    " VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id";

constexpr const char* kUpdateGeo =
    "UPDATE geo SET country = $2, region = $3, city = $4, name = $5, name_en = $6, timezone = $7, is_active = $8,"
    " updated_at = now() WHERE id = $1";

constexpr const char* kDeleteGeo = "DELETE FROM geo WHERE id = $1";

// What refers to a geo entry: projects (any, deleted ones too) and numbers.
constexpr const char* kGeoProjects = "SELECT count(*) FROM project_geo WHERE geo_id = $1";
constexpr const char* kGeoNumbers = "SELECT count(*) FROM phone_numbers WHERE geo_id = $1";

const std::regex& country_re() {
  static const std::regex re("^[A-Za-z]{2}$");
  return re;
}

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// The fields a request may set; absent ones are nullopt. A region or city sent as null or ""
// is cleared (`clear_*`).
struct GeoInput {
  std::optional<std::string> country, region, city, name, name_en, timezone;
  bool clear_region = false, clear_city = false, clear_name_en = false;
  std::optional<bool> is_active;
};

// Reads and checks the fields (POST: country, name and timezone are required; PATCH: all
// optional). The time zone is looked up in PostgreSQL's list, so it needs a connection.
GeoInput read_geo(db::Connection& conn, const json::object& body, bool creating) {
  FieldReader f(body);
  GeoInput in;
  in.country = text(f, body, "country", creating);
  if (in.country) {
    if (std::regex_match(*in.country, country_re()))
      in.country = upper(*in.country);
    else
      f.fail("country", "must be an ISO 3166-1 alpha-2 code");
  }
  auto place_part = [&](const char* field, bool& cleared) -> std::optional<std::string> {
    auto v = f.string(field, false);
    if ((f.has(field) && body.at(field).is_null()) || (v && v->empty())) {
      cleared = true;
      return std::nullopt;
    }
    if (v && text_length(*v) > 200) f.fail(field, "must be at most 200 characters");
    return v;
  };
  in.region = place_part("region", in.clear_region);
  in.city = place_part("city", in.clear_city);
  in.name = text(f, body, "name", creating);
  if (in.name && (in.name->empty() || text_length(*in.name) > 200)) f.fail("name", "must be 1-200 characters");
  in.name_en = f.string("name_en", false);
  in.clear_name_en = f.has("name_en") && body.at("name_en").is_null();
  if (in.name_en && (in.name_en->empty() || text_length(*in.name_en) > 200))
    f.fail("name_en", "must be 1-200 characters");
  in.timezone = text(f, body, "timezone", creating);
  if (in.timezone && conn.query(kTimezoneExists, *in.timezone).empty())
    f.fail("timezone", "must be an IANA time zone name, e.g. Europe/Moscow");
  in.is_active = flag(f, body, "is_active");
  if (creating && in.city && !in.region) f.fail("city", "requires a region");
  f.finish();
  return in;
}

std::int64_t geo_id_param(http::RequestContext& ctx) {
  auto id = parse_id(ctx.req.path_param("id"));
  if (!id) throw not_found("Geo entry not found");
  return *id;
}

json::object load_geo(db::Connection& conn, std::int64_t id, bool for_update = false) {
  auto r = conn.query(for_update ? kSelectGeoForUpdate : kSelectGeo, id);
  if (r.empty()) throw not_found("Geo entry not found");
  return json::parse(r.view(0, 0)).as_object();
}

void ensure_place_free(db::Connection& conn, const std::string& country, const std::optional<std::string>& region,
                       const std::optional<std::string>& city, std::int64_t id) {
  if (conn.query(kPlaceTaken, country, region, city, id).empty()) return;
  const char* field = city ? "city" : region ? "region" : "country";
  throw conflict("A geo entry for this place already exists", {{field, "already exists"}});
}

audit::Changes geo_changes(const json::object* old_view, const json::object* new_view) {
  return diff(old_view, new_view, {"country", "region", "city", "name", "name_en", "timezone", "is_active"});
}

}  // namespace

http::Response list_geo(http::RequestContext& ctx) {
  QueryParams q(ctx.req);
  auto country = q.string("country");
  auto region = q.string("region");
  auto search = q.string("search");
  auto active = q.one_of("active", {"true", "false"});
  auto limit = q.integer("limit", 1, 1000).value_or(500);
  auto offset = q.integer("offset", 0, INT64_MAX).value_or(0);
  q.finish();
  if (country && !std::regex_match(*country, country_re()))
    throw validation_error("country", "must be an ISO 3166-1 alpha-2 code");
  if (country) country = upper(*country);

  auto conn = ctx.app.pool.acquire();
  auto total = conn->query(kCountGeo, country, region, search, active).i64(0, 0);
  auto rows = conn->query(kListGeo, country, region, search, active, limit, offset);
  json::object out{{"data", json::parse(rows.view(0, 0))},
                   {"pagination", offset_pagination(total, limit, offset)}};
  return http::Response::json(out);
}

http::Response get_geo(http::RequestContext& ctx) {
  auto conn = ctx.app.pool.acquire();
  return http::Response::json(load_geo(*conn, geo_id_param(ctx)));
}

http::Response create_geo(http::RequestContext& ctx) {
  auto body = parse_json_object(ctx.req.body);
  auto conn = ctx.app.pool.acquire();
  auto in = read_geo(*conn, body, /*creating=*/true);
  auto geo = db::transaction(*conn, [&](db::Connection& c) {
    ensure_place_free(c, *in.country, in.region, in.city, 0);
    auto id = c.query(kInsertGeo, *in.country, in.region, in.city, *in.name, in.name_en.value_or(*in.name),
                      *in.timezone, in.is_active.value_or(true))
                  .i64(0, 0);
    auto created = load_geo(c, id);
    audit::record(c, ctx.actor(), "create", "geo", std::to_string(id), geo_changes(nullptr, &created).json());
    return created;
  });
  return http::Response::json(201, geo);
}

http::Response update_geo(http::RequestContext& ctx) {
  const auto id = geo_id_param(ctx);
  auto body = parse_json_object(ctx.req.body);
  auto conn = ctx.app.pool.acquire();
  auto in = read_geo(*conn, body, /*creating=*/false);
  auto geo = db::transaction(*conn, [&](db::Connection& c) {
    auto old = load_geo(c, id, /*for_update=*/true);
    auto next = old;
    if (in.country) next["country"] = *in.country;
    if (in.region) next["region"] = *in.region;
    if (in.clear_region) next["region"] = nullptr;
    if (in.city) next["city"] = *in.city;
    if (in.clear_city) next["city"] = nullptr;
    if (in.name) next["name"] = *in.name;
    if (in.name_en) next["name_en"] = *in.name_en;
    if (in.clear_name_en) next["name_en"] = next.at("name");  // back to the default
    if (in.timezone) next["timezone"] = *in.timezone;
    if (in.is_active) next["is_active"] = *in.is_active;
    const auto region = opt_str(next.at("region"));
    const auto city = opt_str(next.at("city"));
    if (city && !region) throw validation_error("city", "requires a region");

    auto changes = geo_changes(&old, &next);
    if (changes.empty()) return old;
    if (changes.json().contains("country") || changes.json().contains("region") || changes.json().contains("city"))
      ensure_place_free(c, str(next.at("country")), region, city, id);
    c.query(kUpdateGeo, id, str(next.at("country")), region, city, str(next.at("name")), str(next.at("name_en")),
            str(next.at("timezone")), next.at("is_active").as_bool());
    audit::record(c, ctx.actor(), "update", "geo", std::to_string(id), changes.json());
    return load_geo(c, id);
  });
  return http::Response::json(geo);
}

http::Response delete_geo(http::RequestContext& ctx) {
  const auto id = geo_id_param(ctx);
  auto conn = ctx.app.pool.acquire();
  auto geo = db::transaction(*conn, [&](db::Connection& c) {
    // The row lock makes anything that would start referring to it wait for this decision.
    auto old = load_geo(c, id, /*for_update=*/true);
    const auto projects = c.query(kGeoProjects, id).i64(0, 0);
    const auto numbers = c.query(kGeoNumbers, id).i64(0, 0);
    if (projects > 0 || numbers > 0) throw in_use("geo entry", "geo", projects, numbers);
    c.query(kDeleteGeo, id);
    audit::record(c, ctx.actor(), "delete", "geo", std::to_string(id), geo_changes(&old, nullptr).json());
    return old;
  });
  return http::Response::json(geo);
}

}  // namespace numbase::dictionaries
