#include "imports/job.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <fstream>
#include <map>

#include "audit/audit.hpp"
#include "core/csv.hpp"
#include "imports/importer.hpp"
#include "imports/source.hpp"

namespace numbase::imports {
namespace json = boost::json;

namespace {
constexpr std::size_t kErrorsKept = 100;  // in the database; the report file has them all
}

std::filesystem::path upload_path(const std::filesystem::path& files_dir, std::int64_t import_id) {
  return files_dir / "imports" / (std::to_string(import_id) + ".upload");
}

std::filesystem::path error_report_path(const std::filesystem::path& files_dir, std::int64_t import_id) {
  return files_dir / "imports" / (std::to_string(import_id) + ".errors.csv");
}

json::object run_import(jobs::JobContext& job, const std::filesystem::path& files_dir) {
  const auto import_id = job.payload.at("import_id").as_int64();
  auto& conn = job.conn;
  auto row = conn.query(
      "SELECT i.project_id, i.provider_id, i.geo_id, i.region, i.columns::text, p.deleted_at IS NOT NULL,"
      " i.total_rows IS NOT NULL, json_build_object('import_id', i.id, 'project_id', i.project_id,"
      "   'target', i.target, 'total_rows', i.total_rows, 'imported_rows', i.imported_rows,"
      "   'duplicates_in_file', i.duplicates_in_file, 'already_in_project', i.already_in_project,"
      "   'region_unknown', i.region_unknown, 'in_other_projects', i.in_other_projects,"
      "   'outside_geo', i.outside_geo, 'routed_to_pool', i.routed_to_pool,"
      "   'failed_rows', i.failed_rows)::text,"
      " i.target = 'project' AND p.id IS NULL, i.outside_geo_to_pool, i.language"
      " FROM imports i LEFT JOIN projects p ON p.id = i.project_id WHERE i.id = $1",
      import_id);
  if (row.empty() || row.boolean(0, 8)) throw jobs::JobError("the import or its project no longer exists");
  // Committed already (the worker died before it could say so): report, do not import again.
  if (row.boolean(0, 6)) return json::parse(row.view(0, 7)).as_object();
  if (row.boolean(0, 5)) throw jobs::JobError("the project was deleted");
  const std::string language = row.str(0, 10);
  const auto plan = numbering::NumberingPlan::load(conn);
  auto landlines = numbering::LandlineRegions::load(conn);
  ImportTarget target{row.opt_i64(0, 0), row.opt_i64(0, 1), row.opt_i64(0, 2), row.str(0, 3), import_id, &plan,
                      &landlines, row.boolean(0, 9)};
  std::optional<std::vector<Column>> columns;
  if (!row.is_null(0, 4)) {
    columns.emplace();
    auto names = json::parse(row.view(0, 4));
    for (const auto& n : names.as_array()) columns->push_back(column_from_name(n.as_string()).value_or(Column::Ignore));
  }

  const auto source = upload_path(files_dir, import_id);
  auto file = open_rows(source);

  // The report is written from scratch on every attempt.
  const auto report_path = error_report_path(files_dir, import_id);
  std::ofstream report(report_path, std::ios::binary | std::ios::trunc);
  if (!report) throw std::runtime_error("cannot write the error report " + report_path.string());
  // In the language of whoever started the import.
  report << "\xEF\xBB\xBF" << (language == "ru" ? "строка;значение;причина\r\n" : "row;value;reason\r\n");
  json::array first_errors;
  auto on_error = [&](const RowError& e) {
    report << e.line << ';' << csv_field(e.raw, ';') << ';' << csv_field(e.reason(language), ';') << "\r\n";
    if (first_errors.size() < kErrorsKept && !e.notice)
      first_errors.push_back(json::object{{"row", e.line}, {"value", e.raw}, {"error", e.reason()}});
  };
  // Progress in rows; the total is estimated from how much of the file the rows so far took.
  auto progress = [&](std::int64_t rows) {
    const auto at = file.position();
    std::optional<std::int64_t> total;
    if (at > 0 && rows > 0)
      total = std::max<std::int64_t>(rows, static_cast<std::int64_t>(static_cast<double>(rows) * file.size / at));
    job.progress(rows, total);
  };

  ImportCounts counts;
  conn.exec("BEGIN");  // the worker rolls back if anything below throws
  counts = import_rows(conn, *file.rows, columns, target, on_error, progress);
  report.close();
  if (!report) throw std::runtime_error("writing the error report failed");
  conn.query(
      "UPDATE imports SET total_rows = $2, imported_rows = $3, duplicates_in_file = $4, already_in_project = $5,"
      " failed_rows = $6, errors = $7::jsonb, region_unknown = $8, in_other_projects = $9, outside_geo = $10,"
      " routed_to_pool = $11 WHERE id = $1",
      import_id, counts.total_rows, counts.imported, counts.duplicates_in_file, counts.already_in_project,
      counts.failed, json::serialize(first_errors), counts.region_unknown, counts.in_other_projects,
      counts.outside_geo, counts.routed_to_pool);
  audit::Actor system;
  system.on_behalf_of = job.requested_by;
  json::object summary{{"project_id", target.project_id ? json::value(*target.project_id) : json::value(nullptr)},
                       {"target", target.project_id ? "project" : "pool"}, {"region_unknown", counts.region_unknown},
                       {"in_other_projects", counts.in_other_projects}, {"outside_geo", counts.outside_geo},
                       {"routed_to_pool", counts.routed_to_pool},
                       {"total_rows", counts.total_rows},
                       {"imported_rows", counts.imported},  {"duplicates_in_file", counts.duplicates_in_file},
                       {"already_in_project", counts.already_in_project}, {"failed_rows", counts.failed}};
  audit::record(conn, system, "import", "import", std::to_string(import_id), summary);
  job.progress(counts.total_rows, counts.total_rows);
  conn.exec("COMMIT");
  std::error_code ignored;
  std::filesystem::remove(source, ignored);  // committed: the rows are in the database now
  summary["import_id"] = import_id;
  return summary;
}

void remove_finished_uploads(db::Connection& conn, const std::filesystem::path& files_dir) {
  std::error_code ec;
  std::vector<std::int64_t> ids;
  std::vector<std::filesystem::path> paths;
  for (const auto& e : std::filesystem::directory_iterator(files_dir / "imports", ec)) {
    const auto name = e.path().filename().string();
    if (e.path().extension() != ".upload") continue;
    try {
      ids.push_back(std::stoll(name.substr(0, name.size() - 7)));
      paths.push_back(e.path());
    } catch (const std::exception&) {
    }
  }
  if (ids.empty()) return;
  // The ids still wanted: imports whose job has not ended.
  auto r = conn.query(
      "SELECT i.id, j.status IN ('queued', 'running') FROM imports i JOIN jobs j ON j.id = i.job_id"
      " WHERE i.id = ANY($1::bigint[])",
      ids);
  std::map<std::int64_t, bool> pending;
  for (int i = 0; i < r.rows(); ++i) pending[r.i64(i, 0)] = r.boolean(i, 1);
  const auto day_ago = std::filesystem::file_time_type::clock::now() - std::chrono::hours(24);
  for (std::size_t i = 0; i < ids.size(); ++i) {
    auto it = pending.find(ids[i]);
    const bool orphan = it == pending.end();
    if (orphan && std::filesystem::last_write_time(paths[i], ec) >= day_ago) continue;  // its request may be committing
    if (!orphan && it->second) continue;
    std::filesystem::remove(paths[i], ec);
  }
}

}  // namespace numbase::imports
