#include "exports/job.hpp"

#include <boost/json/parse.hpp>

#include <spdlog/spdlog.h>

#include "audit/audit.hpp"
#include "exports/writers.hpp"
#include "numbers/filter.hpp"
#include "projects/access.hpp"

namespace numbase::exports {
namespace json = boost::json;
namespace {

constexpr int kBatch = 10000;

// The columns of an export, as the numbers screen shows them.
const std::vector<std::string> kHeaderRu = {"Телефон",   "Проект",      "Статус",    "Компания",  "Сайт",
                                            "Email",     "Комментарий", "Ответственный", "Поставщик", "Гео",
                                            "Напоминание", "Избранное", "Звонков",   "Создан"};
const std::vector<std::string> kHeaderEn = {"Phone",    "Project",   "Status", "Company",  "Site",
                                            "Email",    "Comment",   "Assignee", "Provider", "Geo",
                                            "Reminder", "Favourite", "Calls",  "Created"};

}  // namespace

// Times in Moscow time (the business day the counters use), as a spreadsheet shows them.
std::string export_query(const std::string& where, bool english) {
  const std::string status = english ? "s.name_en" : "s.name_ru";
  const std::string geo = english ? "g.name_en" : "g.name";
  const std::string yes = english ? "'yes'" : "'да'";
  return "SELECT '+' || n.phone, p.name, " + status + ", n.company, n.site, n.email, n.comment, u.username, v.code, " +
         geo + ", to_char(n.reminder_at AT TIME ZONE 'Europe/Moscow', 'YYYY-MM-DD HH24:MI'), CASE WHEN n.is_favourite THEN " +
         yes + " END, n.call_attempts::text, to_char(n.created_at AT TIME ZONE 'Europe/Moscow', 'YYYY-MM-DD HH24:MI:SS')"
         " FROM phone_numbers n JOIN projects p ON p.id = n.project_id JOIN number_statuses s ON s.id = n.status_id"
         " LEFT JOIN providers v ON v.id = n.provider_id LEFT JOIN geo g ON g.id = n.geo_id"
         " LEFT JOIN users u ON u.id = n.assigned_to" +
         where + " ORDER BY n.created_at DESC, n.id DESC";
}

namespace {

// The requesting user as they are now: an export never shows more than they may see today.
Principal requester(db::Connection& conn, std::int64_t user_id) {
  auto r = conn.query(
      "SELECT u.username, r.name, array_to_json(r.permissions)::text FROM users u JOIN roles r ON r.id = u.role_id"
      " WHERE u.id = $1 AND u.is_active",
      user_id);
  if (r.empty()) throw jobs::JobError("the user who asked for the export is no longer active");
  Principal p;
  p.id = user_id;
  p.username = r.str(0, 0);
  p.role = r.str(0, 1);
  auto perms = json::parse(r.view(0, 2));
  for (const auto& v : perms.as_array()) p.permissions.emplace_back(v.as_string());
  return p;
}

}  // namespace

std::filesystem::path export_path(const std::filesystem::path& files_dir, std::int64_t export_id,
                                  const std::string& format) {
  return files_dir / "exports" / (std::to_string(export_id) + "." + format);
}

json::object run_export(jobs::JobContext& job, const std::filesystem::path& files_dir, std::chrono::hours retention) {
  const auto export_id = job.payload.at("export_id").as_int64();
  auto& conn = job.conn;
  auto row = conn.query("SELECT format, delimiter, filters::text, created_by, language FROM exports WHERE id = $1",
                        export_id);
  if (row.empty()) throw jobs::JobError("the export no longer exists");
  const auto format = row.str(0, 0);
  const char delimiter = row.str(0, 1).at(0);
  const bool english = row.str(0, 4) == "en";
  auto filters_json = json::parse(row.view(0, 2));
  std::vector<FieldIssue> issues;
  auto filter = numbers::Filter::from_json(filters_json.as_object(), issues);
  if (!issues.empty()) throw jobs::JobError("the export's filter is not valid");
  const auto user = requester(conn, row.i64(0, 3));
  if (!user.can("exports.create")) throw jobs::JobError("the user may no longer export numbers");

  std::filesystem::create_directories(files_dir / "exports");
  const auto target = export_path(files_dir, export_id, format);
  const auto partial = std::filesystem::path(target.string() + ".part");
  const auto& header = english ? kHeaderEn : kHeaderRu;
  auto writer = format == "xlsx" ? xlsx_writer(partial, header) : csv_writer(partial, delimiter, header);
  struct RemovePartial {  // whatever happens, no half-written file stays behind
    const std::filesystem::path& path;
    ~RemovePartial() {
      std::error_code ignored;
      std::filesystem::remove(path, ignored);
    }
  } remove_partial{partial};

  // One consistent snapshot, read through a cursor in batches.
  conn.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  const auto scope = projects::number_scope(conn, user);
  SqlWhere where;
  filter.apply(where, scope);
  const auto total = filter.counted() ? numbers::counted_total(conn, filter, scope) : numbers::estimated_total(conn, where);
  conn.exec("DECLARE export_rows NO SCROLL CURSOR FOR " + export_query(where.sql(), english), where.params());
  std::int64_t rows = 0;
  std::vector<std::optional<std::string_view>> cells(header.size());
  for (;;) {
    auto batch = conn.exec("FETCH " + std::to_string(kBatch) + " FROM export_rows");
    for (int r = 0; r < batch.rows(); ++r) {
      for (int c = 0; c < static_cast<int>(cells.size()); ++c)
        cells[c] = batch.is_null(r, c) ? std::nullopt : std::optional<std::string_view>(batch.view(r, c));
      writer->row(cells);
    }
    rows += batch.rows();
    job.progress(rows, std::max(rows, total));
    if (batch.rows() < kBatch) break;
  }
  conn.exec("COMMIT");
  writer->finish();
  std::filesystem::rename(partial, target);
  const auto size = static_cast<std::int64_t>(std::filesystem::file_size(target));

  // The projects it read: a later download needs the requester to see every one of them.
  std::optional<std::vector<std::int64_t>> read_projects;
  if (!scope.all) read_projects = filter.project_id ? std::vector<std::int64_t>{*filter.project_id} : scope.projects;
  db::transaction(conn, [&](db::Connection& c) {
    c.query(
        "UPDATE exports SET row_count = $2, file_size = $3, expires_at = now() + make_interval(hours => $4),"
        " project_ids = $5::bigint[] WHERE id = $1",
        export_id, rows, size, static_cast<std::int64_t>(retention.count()), read_projects);
    audit::Actor system;
    system.on_behalf_of = job.requested_by;
    audit::record(c, system, "export", "export", std::to_string(export_id),
                  {{"rows", rows}, {"format", format}, {"filters", filter.json()}});
  });
  job.progress(rows, rows);
  return {{"export_id", export_id}, {"rows", rows}, {"file_size", size}};
}

void remove_expired(db::Connection& conn, const std::filesystem::path& files_dir) {
  auto r = conn.exec(
      "UPDATE exports SET removed_at = now() WHERE removed_at IS NULL AND expires_at < now() RETURNING id, format");
  std::error_code ignored;
  for (int i = 0; i < r.rows(); ++i) std::filesystem::remove(export_path(files_dir, r.i64(i, 0), r.str(i, 1)), ignored);
  if (r.rows() > 0) spdlog::info("removed {} expired export file(s)", r.rows());
}

}  // namespace numbase::exports
