#pragma once
// Who sees which project. Administrators (permission "projects.all") see every project;
// everyone else only the projects they are a member of. A project the caller may not see
// answers 404, never 403, so ids do not leak.
#include <cstdint>
#include <optional>
#include <vector>

#include "app/app.hpp"
#include "db/connection.hpp"

namespace numbase::projects {

bool sees_all_projects(const Principal& p);

// The member filter to bind in SQL: the user's id, or nullopt for administrators.
std::optional<std::int64_t> member_filter(const Principal& p);

// Throws 404 unless the project exists and the caller may see it. Deleted projects are found
// only with allow_deleted. Locks the row (FOR UPDATE) when lock is set.
void require_project(db::Connection& conn, const Principal& p, std::int64_t project_id, bool allow_deleted = false,
                     bool lock = false);

// The numbers a caller may see: of live (not deleted) projects, and for managers only of
// their projects. Expressed as a condition on a phone_numbers column, added to `where`.
struct NumberScope {
  bool all = false;                   // administrators
  std::vector<std::int64_t> projects;  // all: the deleted projects to leave out; else: the visible ones
};
NumberScope number_scope(db::Connection& conn, const Principal& p);

}  // namespace numbase::projects
