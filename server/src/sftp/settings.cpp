#include "sftp/settings.hpp"

#include <date/tz.h>

#include "core/utf8.hpp"
#include "imports/columns.hpp"
#include "numbers/filter.hpp"

namespace numbase::sftp {
namespace json = boost::json;
namespace {

// Reads typed members of a settings object, naming problems under a prefix.
class Reader {
 public:
  Reader(const json::value& v, std::string prefix, std::vector<FieldIssue>& issues)
      : prefix_(std::move(prefix)), issues_(issues) {
    if (v.is_object()) o_ = &v.as_object();
    else fail("", "must be an object");
  }
  bool ok() const { return o_ != nullptr; }
  void fail(const std::string& field, const std::string& issue) {
    issues_.push_back({field.empty() ? prefix_ : prefix_ + "." + field, issue});
  }
  const json::value* get(const char* k) const {
    if (!o_) return nullptr;
    const auto* v = o_->if_contains(k);
    return v && !v->is_null() ? v : nullptr;
  }
  std::optional<std::string> text(const char* k, bool required) {
    const auto* v = get(k);
    if (!v) {
      if (required && o_) fail(k, "is required");
      return std::nullopt;
    }
    if (!v->is_string()) {
      fail(k, "must be a string");
      return std::nullopt;
    }
    return std::string(v->as_string());
  }
  std::optional<std::int64_t> id(const char* k, bool required) {
    const auto* v = get(k);
    if (!v) {
      if (required && o_) fail(k, "is required");
      return std::nullopt;
    }
    if (!v->is_int64() || v->as_int64() < 1) {
      fail(k, "must be a positive integer");
      return std::nullopt;
    }
    return v->as_int64();
  }
  std::optional<bool> flag(const char* k) {
    const auto* v = get(k);
    if (!v) return std::nullopt;
    if (!v->is_bool()) {
      fail(k, "must be a boolean");
      return std::nullopt;
    }
    return v->as_bool();
  }
  std::string one_of(const char* k, std::initializer_list<const char*> values, const char* fallback,
                     const std::string& issue) {
    auto v = text(k, false);
    if (!v) return fallback;
    for (const char* x : values)
      if (*v == x) return *v;
    fail(k, issue);
    return fallback;
  }

 private:
  const json::object* o_ = nullptr;
  std::string prefix_;
  std::vector<FieldIssue>& issues_;
};

json::value id_or_null(const std::optional<std::int64_t>& v) { return v ? json::value(*v) : json::value(nullptr); }

bool valid_file_name_template(const std::string& t) {
  if (t.empty() || t.size() > 200 || !is_valid_utf8(t) || t == "." || t == "..") return false;
  for (unsigned char c : t)
    if (c < 0x20 || c == '/' || c == '\\' || c == 0x7f) return false;
  return t.front() != '.';  // a hidden name is what the upload uses while it is incomplete
}

}  // namespace

bool valid_remote_path(const std::string& path) {
  if (path.empty() || path.size() > 1000 || !is_valid_utf8(path)) return false;
  for (unsigned char c : path)
    if (c < 0x20 || c == 0x7f) return false;
  return true;
}

json::object read_import_settings(db::Connection& conn, const json::value& v, const std::string& prefix,
                                  std::vector<FieldIssue>& issues) {
  Reader r(v, prefix, issues);
  json::object out;
  if (!r.ok()) return out;
  auto path = r.text("remote_path", true);
  if (path && !valid_remote_path(*path)) r.fail("remote_path", "must be a path of up to 1000 characters");
  const auto target = r.one_of("target", {"project", "pool"}, "project", "must be pool or project");
  const bool to_pool = target == "pool";
  auto project_id = r.id("project_id", !to_pool);
  if (to_pool && project_id) r.fail("project_id", "must be empty for an import into the pool");
  auto provider_id = r.id("provider_id", to_pool);
  auto geo_id = r.id("geo_id", false);
  auto region = r.text("region", false).value_or("RU");
  if (region.size() != 2 || !std::isupper(static_cast<unsigned char>(region[0])) ||
      !std::isupper(static_cast<unsigned char>(region[1])))
    r.fail("region", "must be a two-letter country code such as RU");
  const auto outside = r.one_of("outside_geo", {"import", "pool"}, "import", "must be import or pool");
  auto move = r.flag("move_to_processed").value_or(false);
  json::value columns = nullptr;
  if (const auto* c = r.get("columns")) {
    bool phone = false, valid = c->is_array() && !c->as_array().empty() && c->as_array().size() <= 16384;
    if (valid)
      for (const auto& name : c->as_array()) {
        auto col = name.is_string() ? imports::column_from_name(name.as_string()) : std::nullopt;
        if (!col) valid = false;
        else phone = phone || *col == imports::Column::Phone;
      }
    if (!valid) r.fail("columns", "unknown column name; use phone, company, site, email, comment, region or ignore");
    else if (!phone) r.fail("columns", "one column must be phone");
    else columns = *c;
  }
  if (project_id) {
    auto p = conn.query("SELECT deleted_at IS NULL FROM projects WHERE id = $1", *project_id);
    if (p.empty() || !p.boolean(0, 0)) r.fail("project_id", "no such project");
  }
  if (provider_id && conn.query("SELECT 1 FROM providers WHERE id = $1", *provider_id).empty())
    r.fail("provider_id", "no such provider");
  if (geo_id && conn.query("SELECT 1 FROM geo WHERE id = $1", *geo_id).empty()) r.fail("geo_id", "no such geo entry");
  out = {{"remote_path", path.value_or("")}, {"target", target}, {"project_id", id_or_null(project_id)},
         {"provider_id", id_or_null(provider_id)}, {"geo_id", id_or_null(geo_id)}, {"region", region},
         {"columns", columns}, {"outside_geo", to_pool ? "import" : outside}, {"move_to_processed", move}};
  return out;
}

json::object read_export_settings(db::Connection& conn, const json::value& v, const std::string& prefix,
                                  std::vector<FieldIssue>& issues) {
  Reader r(v, prefix, issues);
  json::object out;
  if (!r.ok()) return out;
  const auto format = r.one_of("format", {"csv", "xlsx"}, "csv", "must be csv or xlsx");
  const auto delimiter = r.one_of("delimiter", {";", ","}, ";", "must be ; or ,");
  const auto language = r.one_of("language", {"ru", "en"}, "ru", "must be ru or en");
  auto dir = r.text("remote_directory", false).value_or(".");
  if (!valid_remote_path(dir)) r.fail("remote_directory", "must be a path of up to 1000 characters");
  auto tmpl = r.text("filename_template", false).value_or("numbers_{yyyy-mm-dd}." + format);
  if (!valid_file_name_template(tmpl))
    r.fail("filename_template", "must be a file name template such as numbers_{yyyy-mm-dd}.csv");
  json::object filters;
  if (const auto* f = r.get("filters")) {
    if (f->is_object()) filters = f->as_object();
    else r.fail("filters", "must be an object with the numbers list's filters");
  }
  std::vector<FieldIssue> filter_issues;
  auto filter = numbers::Filter::from_json(filters, filter_issues);
  for (auto& i : filter_issues) r.fail("filters." + i.field.substr(i.field.find('.') + 1), i.issue);
  if (filter.project_id) {
    auto p = conn.query("SELECT deleted_at IS NULL FROM projects WHERE id = $1", *filter.project_id);
    if (p.empty() || !p.boolean(0, 0)) r.fail("filters.project_id", "no such project");
  }
  out = {{"filters", filter.json()}, {"format", format}, {"delimiter", delimiter}, {"language", language},
         {"remote_directory", dir}, {"filename_template", tmpl}};
  return out;
}

std::string settings_remote_path(const std::string& direction, const json::object& settings) {
  auto text = [&](const char* k) {
    const auto* v = settings.if_contains(k);
    return v && v->is_string() ? std::string(v->as_string()) : std::string();
  };
  if (direction == "import") return text("remote_path");
  auto dir = text("remote_directory");
  return (dir.empty() || dir == "." ? std::string() : dir + (dir.back() == '/' ? "" : "/")) + text("filename_template");
}

std::string render_file_name(const std::string& tmpl, std::chrono::sys_seconds at, const std::string& zone) {
  const auto local = date::locate_zone(zone)->to_local(at);
  const auto day = date::floor<date::days>(local);
  const date::year_month_day ymd{day};
  const date::hh_mm_ss<std::chrono::seconds> tod{local - day};
  auto two = [](unsigned v) { return (v < 10 ? "0" : "") + std::to_string(v); };
  const std::string yyyy = std::to_string(static_cast<int>(ymd.year()));
  const std::string mm = two(static_cast<unsigned>(ymd.month())), dd = two(static_cast<unsigned>(ymd.day()));
  const std::pair<const char*, std::string> parts[] = {
      {"{yyyy-mm-dd}", yyyy + "-" + mm + "-" + dd},
      {"{yyyy}", yyyy},
      {"{mm}", mm},
      {"{dd}", dd},
      {"{hh}", two(static_cast<unsigned>(tod.hours().count()))},
      {"{mi}", two(static_cast<unsigned>(tod.minutes().count()))},
      {"{ss}", two(static_cast<unsigned>(tod.seconds().count()))},
  };
  std::string out = tmpl;
  for (const auto& [key, value] : parts)
    for (auto at_pos = out.find(key); at_pos != std::string::npos; at_pos = out.find(key, at_pos + value.size()))
      out.replace(at_pos, std::string_view(key).size(), value);
  return out;
}

std::string iso_time(std::int64_t unix_seconds) {
  return date::format("%Y-%m-%dT%H:%M:%S.000Z", std::chrono::sys_seconds{std::chrono::seconds{unix_seconds}});
}

}  // namespace numbase::sftp
