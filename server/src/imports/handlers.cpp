#include "imports/handlers.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <fstream>
#include <memory>

#include "app/app.hpp"
#include "audit/audit.hpp"
#include "core/errors.hpp"
#include "core/pagination.hpp"
#include "core/query_params.hpp"
#include "core/utf8.hpp"
#include "http/file_response.hpp"
#include "imports/columns.hpp"
#include "imports/job.hpp"
#include "imports/source.hpp"
#include "jobs/queue.hpp"

namespace numbase::imports {
namespace json = boost::json;
namespace {

// One import as the API shows it; the status comes from its job.
constexpr const char* kImportJson =
    "json_build_object('id', i.id, 'job_id', i.job_id,"
    " 'status', CASE j.status WHEN 'running' THEN 'processing' ELSE j.status END,"
    " 'target', i.target, 'project_id', i.project_id, 'project_name', p.name, 'region_unknown', i.region_unknown, 'in_other_projects', i.in_other_projects,"
    " 'outside_geo', i.outside_geo, 'outside_geo_to_pool', i.outside_geo_to_pool, 'routed_to_pool', i.routed_to_pool, 'provider_id', i.provider_id, 'geo_id', i.geo_id,"
    " 'region', i.region, 'language', i.language, 'filename', i.filename, 'file_size', i.file_size, 'file_kind', i.file_kind,"
    " 'columns', i.columns, 'progress_done', j.progress_done, 'progress_total', j.progress_total,"
    " 'total_rows', i.total_rows, 'imported_rows', i.imported_rows,"
    " 'duplicate_rows', i.duplicates_in_file + i.already_in_project, 'duplicates_in_file', i.duplicates_in_file,"
    " 'already_in_project', i.already_in_project, 'failed_rows', i.failed_rows, 'error', j.error,"
    " 'attempts', j.attempts, 'created_by', i.created_by, 'created_by_username', u.username,"
    " 'created_at', api_ts(i.created_at), 'started_at', api_ts(j.started_at), 'completed_at', api_ts(j.finished_at),"
    " 'error_report_url', CASE WHEN j.status = 'completed' AND (i.failed_rows > 0 OR i.in_other_projects > 0)"
    "   THEN '/api/v1/imports/' || i.id || '/errors' END";  // json_build_object( is left open

constexpr const char* kImportFrom =
    " FROM imports i JOIN jobs j ON j.id = i.job_id LEFT JOIN projects p ON p.id = i.project_id"
    " LEFT JOIN users u ON u.id = i.created_by";

std::string region_or_issue(const std::string& v, std::vector<FieldIssue>& issues) {
  if (v.size() == 2 && std::isupper(static_cast<unsigned char>(v[0])) && std::isupper(static_cast<unsigned char>(v[1])))
    return v;
  issues.push_back({"region", "must be a two-letter country code such as RU"});
  return "RU";
}

std::optional<std::int64_t> form_id(const http::FormData& form, const char* name, bool required,
                                    std::vector<FieldIssue>& issues) {
  auto it = form.fields.find(name);
  if (it == form.fields.end() || it->second.empty()) {
    if (required) issues.push_back({name, "is required"});
    return std::nullopt;
  }
  auto id = parse_id(it->second);
  if (!id) issues.push_back({name, "must be a positive integer"});
  return id;
}

// The column mapping: a JSON array of column names ("phone", "company", ..., "ignore").
std::optional<json::array> form_columns(const http::FormData& form, std::vector<FieldIssue>& issues) {
  auto it = form.fields.find("columns");
  if (it == form.fields.end() || it->second.empty()) return std::nullopt;
  boost::system::error_code ec;
  auto v = json::parse(it->second, ec);
  if (ec || !v.is_array() || v.as_array().empty() || v.as_array().size() > 16384) {
    issues.push_back({"columns", "must be a JSON array of column names"});
    return std::nullopt;
  }
  bool phone = false;
  for (const auto& c : v.as_array()) {
    auto name = c.is_string() ? column_from_name(c.as_string()) : std::nullopt;
    if (!name) {
      issues.push_back({"columns", "unknown column name; use phone, company, site, email, comment, region or ignore"});
      return std::nullopt;
    }
    phone = phone || *name == Column::Phone;
  }
  if (!phone) issues.push_back({"columns", "one column must be phone"});
  return v.as_array();
}

}  // namespace

const http::UploadedFile& uploaded_file(const http::RequestContext& ctx, std::vector<FieldIssue>& issues) {
  static const http::UploadedFile none;
  auto it = ctx.req.form.files.find("file");
  if (it == ctx.req.form.files.end()) {
    issues.push_back({"file", "is required"});
    return none;
  }
  if (it->second.size == 0) issues.push_back({"file", "is empty"});
  return it->second;
}

http::Response create_import(http::RequestContext& ctx) {
  const auto& form = ctx.req.form;
  std::vector<FieldIssue> issues;
  const auto& file = uploaded_file(ctx, issues);
  // Into a project (the default) or the pool; a pool number must know its supplier.
  auto target_field = form.fields.find("target");
  const std::string target = target_field == form.fields.end() || target_field->second.empty() ? std::string("project")
                                                                                              : target_field->second;
  if (target != "project" && target != "pool") issues.push_back({"target", "must be project or pool"});
  const bool to_pool = target == "pool";
  auto project_id = form_id(form, "project_id", !to_pool, issues);
  if (to_pool && project_id) issues.push_back({"project_id", "must be empty for an import into the pool"});
  auto provider_id = form_id(form, "provider_id", to_pool, issues);
  // Numbers outside the project's geo: imported all the same (the default) or routed to the pool.
  auto outside_field = form.fields.find("outside_geo");
  const std::string outside =
      outside_field == form.fields.end() || outside_field->second.empty() ? std::string("import") : outside_field->second;
  if (outside != "import" && outside != "pool") issues.push_back({"outside_geo", "must be import or pool"});
  auto geo_id = form_id(form, "geo_id", false, issues);
  auto region_field = form.fields.find("region");
  auto region = region_or_issue(region_field == form.fields.end() || region_field->second.empty()
                                    ? std::string("RU")
                                    : region_field->second,
                                issues);
  auto columns = form_columns(form, issues);
  // The error report is written in the language of whoever starts the import.
  auto language_field = form.fields.find("language");
  const std::string language = language_field == form.fields.end() || language_field->second.empty()
                                   ? std::string("ru")
                                   : language_field->second;
  if (language != "ru" && language != "en") issues.push_back({"language", "must be ru or en"});
  if (!issues.empty()) throw validation_error(issues);

  // The kind is told by the content; an unreadable file is refused now rather than queued
  // (an XLS workbook is parsed by the job only).
  std::string kind;
  try {
    kind = file_kind_name(check_upload(file.path));
  } catch (const FileError& e) {
    throw ApiError(422, "UNREADABLE_FILE", std::string("The file cannot be read: ") + e.what(),
                   {{"file", e.what()}});
  }

  const auto files_dir = ctx.app.config.files_dir();
  std::filesystem::create_directories(files_dir / "imports");
  const auto& me = ctx.principal();
  auto conn = ctx.app.pool.acquire();
  std::filesystem::path stored;
  std::int64_t import_id = 0;
  try {
    import_id = db::transaction(*conn, [&](db::Connection& c) {
      if (project_id) {
        auto p = c.query("SELECT deleted_at IS NULL FROM projects WHERE id = $1 FOR SHARE", *project_id);
        if (p.empty() || !p.boolean(0, 0)) issues.push_back({"project_id", "no such project"});
      }
      if (provider_id && c.query("SELECT 1 FROM providers WHERE id = $1", *provider_id).empty())
        issues.push_back({"provider_id", "no such provider"});
      if (geo_id && c.query("SELECT 1 FROM geo WHERE id = $1", *geo_id).empty())
        issues.push_back({"geo_id", "no such geo entry"});
      if (!issues.empty()) throw validation_error(issues);
      auto job_id = jobs::enqueue(c, kJobKind, {}, me.id);
      auto id = c.query(
                     "INSERT INTO imports (job_id, project_id, provider_id, geo_id, region, filename, file_size,"
                     " file_kind, columns, created_by, target, outside_geo_to_pool, language)"
                     " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, $13) RETURNING id",
                     job_id, project_id, provider_id, geo_id, region, is_valid_utf8(file.filename) ? file.filename : std::string("upload"),
                     static_cast<std::int64_t>(file.size), kind,
                     columns ? std::optional<std::string>(json::serialize(*columns)) : std::nullopt, me.id, target,
                     outside == "pool" && !to_pool, language)
                    .i64(0, 0);
      c.query("UPDATE jobs SET payload = $2::jsonb WHERE id = $1", job_id,
              json::serialize(json::object{{"import_id", id}}));
      audit::record(c, ctx.actor(), "create", "import", std::to_string(id),
                    {{"project_id", project_id ? json::value(*project_id) : json::value(nullptr)}, {"target", target}, {"filename", is_valid_utf8(file.filename) ? file.filename : "upload"}, {"file_size", file.size},
                     {"job_id", job_id}});
      stored = upload_path(files_dir, id);
      std::filesystem::rename(file.path, stored);  // before commit: the job may start at once
      return id;
    });
  } catch (...) {
    std::error_code ignored;
    if (!stored.empty()) std::filesystem::remove(stored, ignored);
    throw;
  }
  auto r = conn->query(std::string("SELECT ") + kImportJson + ")::text" + kImportFrom + " WHERE i.id = $1", import_id);
  return http::Response::raw_json(201, r.str(0, 0));
}

http::Response preview_import(http::RequestContext& ctx) {
  std::vector<FieldIssue> issues;
  const auto& file = uploaded_file(ctx, issues);
  if (!issues.empty()) throw validation_error(issues);
  constexpr std::size_t kRows = 20;
  json::object out;
  try {
    auto opened = open_rows(file.path, /*preview=*/true);
    out["file_kind"] = file_kind_name(opened.kind);
    out["encoding"] = opened.csv ? json::value(encoding_name(opened.csv->encoding)) : json::value(nullptr);
    out["delimiter"] = opened.csv ? json::value(std::string(1, opened.csv->delimiter)) : json::value(nullptr);
    // A preview shows 20 rows: a file that yields none for 10 s (blank rows by the million)
    // is not worth a request thread.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    opened.rows->set_watchdog([deadline] {
      if (std::chrono::steady_clock::now() > deadline)
        throw FileError("the file takes too long to read for a preview (millions of empty rows?)", 0);
    });
    std::vector<std::string> row;
    json::array rows;
    std::optional<std::vector<Column>> columns;
    bool header = false;
    std::size_t width = 0;
    try {
      while (rows.size() < kRows + 1 && opened.rows->next(row)) {
        if (!columns) {
          columns = recognize_header(row);
          header = columns.has_value();
          if (!columns) columns = guess_columns(row);
        }
        width = std::max(width, row.size());
        json::array cells;
        for (const auto& cell : row) cells.emplace_back(cell);
        rows.push_back(std::move(cells));
      }
    } catch (const FileError& e) {
      // A preview of the first part of a file (the browser may send only its beginning)
      // ends where the part ends; anything before that is still shown.
      if (rows.empty()) throw;
      out["warning"] = e.what();
    }
    json::array names;
    if (columns) {
      columns->resize(std::max(width, columns->size()), Column::Ignore);
      for (auto c : *columns) names.emplace_back(column_name(c));
    }
    out["has_header"] = header;
    out["header"] = header && !rows.empty() ? rows.front() : json::value(nullptr);
    if (header && !rows.empty()) rows.erase(rows.begin());
    if (rows.size() > kRows) rows.resize(kRows);
    out["columns"] = std::move(names);
    out["rows"] = std::move(rows);
  } catch (const FileError& e) {
    throw ApiError(422, "UNREADABLE_FILE", std::string("The file cannot be read: ") + e.what(), {{"file", e.what()}});
  }
  return http::Response::json(out);
}

http::Response list_imports(http::RequestContext& ctx) {
  QueryParams q(ctx.req);
  auto project_id = q.integer("project_id", 1, INT64_MAX);
  auto status = q.one_of("status", {"queued", "processing", "completed", "failed", "cancelled"});
  auto limit = q.integer("limit", 1, 200).value_or(50);
  auto offset = q.integer("offset", 0, INT64_MAX).value_or(0);
  q.finish();
  std::optional<std::string> job_status;
  if (status) job_status = *status == "processing" ? "running" : *status;
  auto conn = ctx.app.pool.acquire();
  auto r = conn->query(std::string("WITH f AS (SELECT i.*, j.status AS job_status FROM imports i JOIN jobs j ON j.id = i.job_id"
                                   " WHERE ($1::bigint IS NULL OR i.project_id = $1)"
                                   "   AND ($2::text IS NULL OR j.status = $2))"
                                   " SELECT (SELECT count(*) FROM f),"
                                   " (SELECT coalesce(json_agg(x.o ORDER BY x.created_at DESC, x.id DESC), '[]') FROM ("
                                   "   SELECT ") +
                           kImportJson + ") AS o, i.created_at, i.id" + kImportFrom +
                           " WHERE i.id IN (SELECT id FROM f ORDER BY created_at DESC, id DESC LIMIT $3 OFFSET $4)) x)::text",
                       project_id, job_status, limit, offset);
  return http::Response::json(
      json::object{{"data", json::parse(r.view(0, 1))}, {"pagination", offset_pagination(r.i64(0, 0), limit, offset)}});
}

http::Response get_import(http::RequestContext& ctx) {
  auto id = parse_id(ctx.req.path_param("id"));
  if (!id) throw not_found("Import not found");
  auto conn = ctx.app.pool.acquire();
  auto r = conn->query(std::string("SELECT ") + kImportJson + ", 'errors', coalesce(i.errors, '[]'))::text" +
                           kImportFrom + " WHERE i.id = $1",
                       *id);
  if (r.empty()) throw not_found("Import not found");
  return http::Response::raw_json(200, r.str(0, 0));
}

http::Response download_error_report(http::RequestContext& ctx) {
  auto id = parse_id(ctx.req.path_param("id"));
  if (!id) throw not_found("Import not found");
  auto conn = ctx.app.pool.acquire();
  auto r = conn->query(
      "SELECT i.filename FROM imports i JOIN jobs j ON j.id = i.job_id WHERE i.id = $1 AND j.status = 'completed'", *id);
  if (r.empty()) throw not_found("No error report: the import is unknown or not completed");
  auto name = std::filesystem::path(r.str(0, 0)).stem().string() + "-errors.csv";
  return http::file_response(error_report_path(ctx.app.config.files_dir(), *id), "text/csv; charset=utf-8", name);
}

}  // namespace numbase::imports
