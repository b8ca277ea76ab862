#include "projects/access.hpp"

#include "core/errors.hpp"

namespace numbase::projects {

bool sees_all_projects(const Principal& p) { return p.can("projects.all"); }

std::optional<std::int64_t> member_filter(const Principal& p) {
  return sees_all_projects(p) ? std::nullopt : std::optional<std::int64_t>(p.id);
}

void require_project(db::Connection& conn, const Principal& p, std::int64_t project_id, bool allow_deleted, bool lock) {
  std::string sql =
      "SELECT 1 FROM projects p WHERE p.id = $1 AND ($2 OR p.deleted_at IS NULL)"
      " AND ($3::bigint IS NULL OR EXISTS (SELECT 1 FROM project_members m"
      "      WHERE m.project_id = p.id AND m.user_id = $3))";
  if (lock) sql += " FOR UPDATE";
  if (conn.query(sql, project_id, allow_deleted, member_filter(p)).empty()) throw not_found("Project not found");
}

NumberScope number_scope(db::Connection& conn, const Principal& p) {
  NumberScope s;
  s.all = sees_all_projects(p);
  auto r = s.all ? conn.exec("SELECT id FROM projects WHERE deleted_at IS NOT NULL ORDER BY id")
                 : conn.query(
                       "SELECT p.id FROM projects p JOIN project_members m ON m.project_id = p.id"
                       " WHERE m.user_id = $1 AND p.deleted_at IS NULL ORDER BY p.id",
                       p.id);
  for (int i = 0; i < r.rows(); ++i) s.projects.push_back(r.i64(i, 0));
  return s;
}

}  // namespace numbase::projects
