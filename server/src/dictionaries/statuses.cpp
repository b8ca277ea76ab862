#include "dictionaries/statuses.hpp"

#include <boost/json/parse.hpp>

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

// The status every new number gets; it cannot be deleted or renamed.
constexpr const char* kDefaultStatus = "new";

// One status as the API shows it.
constexpr const char* kStatusJson =
    "json_build_object('id', s.id, 'code', s.code, 'name_ru', s.name_ru, 'name_en', s.name_en, 'color', s.color,"
    " 'sort_order', s.sort_order, 'is_processed', s.is_processed, 'is_success', s.is_success,"
    " 'is_final', s.is_final)";

const std::string kSelectStatus =
    std::string("SELECT ") + kStatusJson + "::text FROM number_statuses s WHERE s.id = $1";
const std::string kSelectStatusForUpdate = kSelectStatus + " FOR UPDATE";

const std::string kListStatuses = std::string("SELECT coalesce(json_agg(") + kStatusJson +
                                  " ORDER BY s.sort_order, s.id), '[]')::text FROM number_statuses s";

constexpr const char* kCodeTaken = "SELECT 1 FROM number_statuses WHERE code = $1 AND id <> $2";

// Without a sort order a new status goes last.
constexpr const char* kInsertStatus =
    "INSERT INTO number_statuses (code, name_ru, name_en, color, sort_order, is_processed, is_success, is_final)"
    " VALUES ($1, $2, $3, $4, coalesce($5::integer, (SELECT coalesce(max(sort_order), 0) + 10 FROM number_statuses)),"
    " $6, $7, $8) RETURNING id";

constexpr const char* kUpdateStatus =
    "UPDATE number_statuses SET code = $2, name_ru = $3, name_en = $4, color = $5, sort_order = $6,"
    " is_processed = $7, is_success = $8, is_final = $9, updated_at = now() WHERE id = $1";

// Counters left at zero for the status (they refer to it but count nothing).
constexpr const char* kDeleteEmptyCounters = "DELETE FROM project_status_counters WHERE status_id = $1 AND count = 0";
constexpr const char* kDeleteStatus = "DELETE FROM number_statuses WHERE id = $1";

// Numbers with the status (phone_numbers_status_created_idx).
constexpr const char* kStatusNumbers = "SELECT count(*) FROM phone_numbers WHERE status_id = $1";

// The fields a request may set; absent ones are nullopt.
struct StatusInput {
  std::optional<std::string> code, name_ru, name_en, color;
  std::optional<std::int64_t> sort_order;
  std::optional<bool> is_processed, is_success, is_final;
};

// Reads and checks the fields (POST: code, name_ru and name_en are required; PATCH: all optional).
StatusInput read_status(const json::object& body, bool creating) {
  static const std::regex code_re("^[a-z][a-z0-9_]{0,49}$");
  static const std::regex color_re("^#[0-9a-fA-F]{6}$");
  FieldReader f(body);
  StatusInput in;
  in.code = text(f, body, "code", creating);
  if (in.code && !std::regex_match(*in.code, code_re))
    f.fail("code", "must be 1-50 lower-case letters, digits or _, starting with a letter");
  for (auto [field, value] : {std::pair{"name_ru", &in.name_ru}, std::pair{"name_en", &in.name_en}}) {
    *value = text(f, body, field, creating);
    if (*value && ((*value)->empty() || text_length(**value) > 100)) f.fail(field, "must be 1-100 characters");
  }
  in.color = text(f, body, "color", false);
  if (in.color && !std::regex_match(*in.color, color_re)) f.fail("color", "must be a colour like #4caf50");
  if (!null_given(f, body, "sort_order", false)) {
    in.sort_order = f.integer("sort_order", false);
    if (in.sort_order && (*in.sort_order < INT32_MIN || *in.sort_order > INT32_MAX))
      f.fail("sort_order", "must be a 32-bit integer");
  }
  in.is_processed = flag(f, body, "is_processed");
  in.is_success = flag(f, body, "is_success");
  in.is_final = flag(f, body, "is_final");
  f.finish();
  return in;
}

std::int64_t status_id_param(http::RequestContext& ctx) {
  auto id = parse_id(ctx.req.path_param("id"));
  if (!id) throw not_found("Status not found");
  return *id;
}

json::object load_status(db::Connection& conn, std::int64_t id, bool for_update = false) {
  // Ids beyond smallint cannot exist; asking would be a 22003 (out of range) error.
  if (id > INT16_MAX) throw not_found("Status not found");
  auto r = conn.query(for_update ? kSelectStatusForUpdate : kSelectStatus, id);
  if (r.empty()) throw not_found("Status not found");
  return json::parse(r.view(0, 0)).as_object();
}

void ensure_code_free(db::Connection& conn, const std::string& code, std::int64_t id) {
  if (!conn.query(kCodeTaken, code, id).empty())
    throw conflict("A status with this code already exists", {{"code", "already exists"}});
}

audit::Changes status_changes(const json::object* old_view, const json::object* new_view) {
  return diff(old_view, new_view,
              {"code", "name_ru", "name_en", "color", "sort_order", "is_processed", "is_success", "is_final"});
}

}  // namespace

http::Response list_statuses(http::RequestContext& ctx) {
  auto conn = ctx.app.pool.acquire();
  auto rows = conn->exec(kListStatuses);
  return http::Response::json(json::object{{"data", json::parse(rows.view(0, 0))}});
}

http::Response create_status(http::RequestContext& ctx) {
  auto in = read_status(parse_json_object(ctx.req.body), /*creating=*/true);
  auto conn = ctx.app.pool.acquire();
  auto status = db::transaction(*conn, [&](db::Connection& c) {
    ensure_code_free(c, *in.code, 0);
    auto id = c.query(kInsertStatus, *in.code, *in.name_ru, *in.name_en, in.color.value_or("#9e9e9e"), in.sort_order,
                      in.is_processed.value_or(false), in.is_success.value_or(false), in.is_final.value_or(false))
                  .i64(0, 0);
    auto created = load_status(c, id);
    audit::record(c, ctx.actor(), "create", "number_status", std::to_string(id),
                  status_changes(nullptr, &created).json());
    return created;
  });
  return http::Response::json(201, status);
}

http::Response update_status(http::RequestContext& ctx) {
  const auto id = status_id_param(ctx);
  auto in = read_status(parse_json_object(ctx.req.body), /*creating=*/false);
  auto conn = ctx.app.pool.acquire();
  auto status = db::transaction(*conn, [&](db::Connection& c) {
    auto old = load_status(c, id, /*for_update=*/true);
    auto next = old;
    if (in.code) next["code"] = *in.code;
    if (in.name_ru) next["name_ru"] = *in.name_ru;
    if (in.name_en) next["name_en"] = *in.name_en;
    if (in.color) next["color"] = *in.color;
    if (in.sort_order) next["sort_order"] = *in.sort_order;
    if (in.is_processed) next["is_processed"] = *in.is_processed;
    if (in.is_success) next["is_success"] = *in.is_success;
    if (in.is_final) next["is_final"] = *in.is_final;
    auto changes = status_changes(&old, &next);
    if (changes.empty()) return old;
    if (changes.json().contains("code")) {
      if (old.at("code").as_string() == kDefaultStatus)
        throw conflict("The default status 'new' cannot be renamed", {{"code", "is the default status"}});
      ensure_code_free(c, *in.code, id);
    }
    c.query(kUpdateStatus, id, str(next.at("code")), str(next.at("name_ru")), str(next.at("name_en")),
            str(next.at("color")), next.at("sort_order").as_int64(), next.at("is_processed").as_bool(),
            next.at("is_success").as_bool(), next.at("is_final").as_bool());
    audit::record(c, ctx.actor(), "update", "number_status", std::to_string(id), changes.json());
    return load_status(c, id);
  });
  return http::Response::json(status);
}

http::Response delete_status(http::RequestContext& ctx) {
  const auto id = status_id_param(ctx);
  auto conn = ctx.app.pool.acquire();
  auto status = db::transaction(*conn, [&](db::Connection& c) {
    // The row lock makes numbers about to get this status wait for this decision.
    auto old = load_status(c, id, /*for_update=*/true);
    if (old.at("code").as_string() == kDefaultStatus)
      throw conflict("The default status 'new' cannot be deleted", {{"status", "is the default status"}});
    const auto numbers = c.query(kStatusNumbers, id).i64(0, 0);
    if (numbers > 0) throw in_use("status", "status", 0, numbers);
    c.query(kDeleteEmptyCounters, id);
    c.query(kDeleteStatus, id);
    audit::record(c, ctx.actor(), "delete", "number_status", std::to_string(id), status_changes(&old, nullptr).json());
    return old;
  });
  return http::Response::json(status);
}

}  // namespace numbase::dictionaries
