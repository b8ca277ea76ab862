#include "dictionaries/providers.hpp"

#include <boost/json/parse.hpp>

#include <cmath>
#include <regex>

#include "app/app.hpp"
#include "audit/audit.hpp"
#include "core/errors.hpp"
#include "core/json_input.hpp"
#include "core/query_params.hpp"
#include "dictionaries/fields.hpp"

namespace numbase::dictionaries {
namespace json = boost::json;
namespace {

// One provider as the API shows it.
constexpr const char* kProviderJson =
    "json_build_object('id', p.id, 'code', p.code, 'name', p.name, 'type', p.type, 'contact', p.contact,"
    " 'price_per_number', p.price_per_number, 'is_active', p.is_active, 'created_at', api_ts(p.created_at),"
    " 'updated_at', api_ts(p.updated_at))";

const std::string kSelectProvider = std::string("SELECT ") + kProviderJson + "::text FROM providers p WHERE p.id = $1";
const std::string kSelectProviderForUpdate = kSelectProvider + " FOR UPDATE";

const std::string kListProviders =
    std::string("SELECT coalesce(json_agg(") + kProviderJson + " ORDER BY p.code, p.id), '[]')::text FROM providers p"
    " WHERE ($1::text IS NULL OR p.code ILIKE '%' || $1 || '%' OR p.name ILIKE '%' || $1 || '%')"
    "   AND ($2::text IS NULL OR p.is_active = $2::boolean)";

constexpr const char* kCodeTaken = "SELECT 1 FROM providers WHERE lower(code) = lower($1) AND id <> $2";

constexpr const char* kInsertProvider =
    "INSERT INTO providers (code, name, type, contact, is_active, price_per_number)"
    " VALUES ($1, $2, $3, $4, $5, $6::numeric) RETURNING id";

constexpr const char* kUpdateProvider =
    "UPDATE providers SET code = $2, name = $3, type = $4, contact = $5, is_active = $6,"
    " price_per_number = $7::numeric, updated_at = now() WHERE id = $1";

constexpr const char* kDeleteProvider = "DELETE FROM providers WHERE id = $1";

// What refers to a provider: projects (any, deleted ones too) and numbers.
constexpr const char* kProviderProjects = "SELECT count(*) FROM project_providers WHERE provider_id = $1";
constexpr const char* kProviderNumbers = "SELECT count(*) FROM phone_numbers WHERE provider_id = $1";

// The fields a request may set; absent ones are nullopt.
struct ProviderInput {
  std::optional<std::string> code, name, type, contact;
  std::optional<bool> is_active;
  // The price of one number in rubles (conversion's money view): absent, or a value / null.
  std::optional<json::value> price_per_number;
};

// A price as the database takes it: null, or the amount with 2 decimals.
std::optional<std::string> price_param(const json::value& v) {
  if (v.is_null()) return std::nullopt;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v.to_number<double>());
  return std::string(buf);
}

// Reads and checks the fields (POST: code and name are required; PATCH: all optional).
ProviderInput read_provider(const json::object& body, bool creating) {
  static const std::regex code_re("^[A-Za-z0-9_.-]{1,32}$");
  FieldReader f(body);
  ProviderInput in;
  in.code = text(f, body, "code", creating);
  if (in.code && !std::regex_match(*in.code, code_re)) f.fail("code", "must be 1-32 letters, digits or _ . -");
  in.name = text(f, body, "name", creating);
  if (in.name && (in.name->empty() || text_length(*in.name) > 200)) f.fail("name", "must be 1-200 characters");
  // Free text: null clears it.
  auto free_text = [&](const char* field, std::size_t max) -> std::optional<std::string> {
    if (f.has(field) && body.at(field).is_null()) return std::string();
    auto v = f.string(field, false);
    if (v && text_length(*v) > max) f.fail(field, "must be at most " + std::to_string(max) + " characters");
    return v;
  };
  in.type = free_text("type", 100);
  in.contact = free_text("contact", 500);
  in.is_active = flag(f, body, "is_active");
  if (const auto* price = body.if_contains("price_per_number")) {
    if (price->is_null()) {
      in.price_per_number = nullptr;
    } else if (!price->is_number() || price->to_number<double>() < 0 || price->to_number<double>() > 1e9) {
      f.fail("price_per_number", "must be a number from 0 to 1000000000, or null");
    } else {
      in.price_per_number = std::round(price->to_number<double>() * 100) / 100;
    }
  }
  f.finish();
  return in;
}

std::int64_t provider_id_param(http::RequestContext& ctx) {
  auto id = parse_id(ctx.req.path_param("id"));
  if (!id) throw not_found("Provider not found");
  return *id;
}

json::object load_provider(db::Connection& conn, std::int64_t id, bool for_update = false) {
  auto r = conn.query(for_update ? kSelectProviderForUpdate : kSelectProvider, id);
  if (r.empty()) throw not_found("Provider not found");
  return json::parse(r.view(0, 0)).as_object();
}

void ensure_code_free(db::Connection& conn, const std::string& code, std::int64_t id) {
  if (!conn.query(kCodeTaken, code, id).empty())
    throw conflict("A provider with this code already exists", {{"code", "already exists"}});
}

audit::Changes provider_changes(const json::object* old_view, const json::object* new_view) {
  return diff(old_view, new_view, {"code", "name", "type", "contact", "is_active", "price_per_number"});
}

}  // namespace

http::Response list_providers(http::RequestContext& ctx) {
  QueryParams q(ctx.req);
  auto search = q.string("search");
  auto active = q.one_of("active", {"true", "false"});
  q.finish();

  auto conn = ctx.app.pool.acquire();
  auto rows = conn->query(kListProviders, search, active);
  return http::Response::json(json::object{{"data", json::parse(rows.view(0, 0))}});
}

http::Response get_provider(http::RequestContext& ctx) {
  auto conn = ctx.app.pool.acquire();
  return http::Response::json(load_provider(*conn, provider_id_param(ctx)));
}

http::Response create_provider(http::RequestContext& ctx) {
  auto in = read_provider(parse_json_object(ctx.req.body), /*creating=*/true);
  auto conn = ctx.app.pool.acquire();
  auto provider = db::transaction(*conn, [&](db::Connection& c) {
    ensure_code_free(c, *in.code, 0);
    auto id = c.query(kInsertProvider, *in.code, *in.name, in.type.value_or(""), in.contact.value_or(""),
                      in.is_active.value_or(true), price_param(in.price_per_number.value_or(nullptr)))
                  .i64(0, 0);
    auto created = load_provider(c, id);
    audit::record(c, ctx.actor(), "create", "provider", std::to_string(id), provider_changes(nullptr, &created).json());
    return created;
  });
  return http::Response::json(201, provider);
}

http::Response update_provider(http::RequestContext& ctx) {
  const auto id = provider_id_param(ctx);
  auto in = read_provider(parse_json_object(ctx.req.body), /*creating=*/false);
  auto conn = ctx.app.pool.acquire();
  auto provider = db::transaction(*conn, [&](db::Connection& c) {
    auto old = load_provider(c, id, /*for_update=*/true);
    auto next = old;
    if (in.code) next["code"] = *in.code;
    if (in.name) next["name"] = *in.name;
    if (in.type) next["type"] = *in.type;
    if (in.contact) next["contact"] = *in.contact;
    if (in.is_active) next["is_active"] = *in.is_active;
    if (in.price_per_number) next["price_per_number"] = *in.price_per_number;
    auto changes = provider_changes(&old, &next);
    if (changes.empty()) return old;
    if (in.code) ensure_code_free(c, *in.code, id);
    c.query(kUpdateProvider, id, str(next.at("code")), str(next.at("name")), str(next.at("type")),
            str(next.at("contact")), next.at("is_active").as_bool(), price_param(next.at("price_per_number")));
    audit::record(c, ctx.actor(), "update", "provider", std::to_string(id), changes.json());
    return load_provider(c, id);
  });
  return http::Response::json(provider);
}

http::Response delete_provider(http::RequestContext& ctx) {
  const auto id = provider_id_param(ctx);
  auto conn = ctx.app.pool.acquire();
  auto provider = db::transaction(*conn, [&](db::Connection& c) {
    // The row lock makes anything that would start referring to it wait for this decision.
    auto old = load_provider(c, id, /*for_update=*/true);
    const auto projects = c.query(kProviderProjects, id).i64(0, 0);
    const auto numbers = c.query(kProviderNumbers, id).i64(0, 0);
    if (projects > 0 || numbers > 0) throw in_use("provider", "provider", projects, numbers);
    c.query(kDeleteProvider, id);
    audit::record(c, ctx.actor(), "delete", "provider", std::to_string(id), provider_changes(&old, nullptr).json());
    return old;
  });
  return http::Response::json(provider);
}

}  // namespace numbase::dictionaries
