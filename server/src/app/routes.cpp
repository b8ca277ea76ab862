#include "app/routes.hpp"

#include "audit/handlers.hpp"
#include "auth/handlers.hpp"
#include "system/handlers.hpp"
#include "users/handlers.hpp"

namespace numbase {

void add_routes(http::Router& r) {
  using http::Access;
  const auto open = Access::open();
  const auto signed_in = Access::signed_in();

  // method, path, access, handler, summary
  r.add({"GET", "/healthz", open, system::healthz, "The process is up"});
  r.add({"GET", "/readyz", open, system::readyz, "The database is reachable and migrated"});
  r.add({"GET", "/metrics", open, system::metrics, "Prometheus metrics"});
  r.add({"GET", "/api/v1/openapi.json", open, system::openapi, "This API's OpenAPI document"});

  r.add({"POST", "/api/v1/auth/login", open, auth::login, "Sign in"});
  r.add({"POST", "/api/v1/auth/refresh", open, auth::refresh, "Exchange a refresh token for a new token pair"});
  r.add({"POST", "/api/v1/auth/logout", open, auth::logout, "Sign out (revoke the session)"});
  r.add({"GET", "/api/v1/auth/me", signed_in, auth::me, "The signed-in user, role and permissions"});

  r.add({"GET", "/api/v1/users", Access::need("users.read"), users::list_users, "List users"});
  r.add({"POST", "/api/v1/users", Access::need("users.manage"), users::create_user, "Create a user"});
  r.add({"GET", "/api/v1/users/{id}", Access::need("users.read"), users::get_user, "One user"});
  r.add({"PATCH", "/api/v1/users/{id}", Access::need("users.manage"), users::update_user, "Change a user"});
  r.add({"DELETE", "/api/v1/users/{id}", Access::need("users.manage"), users::deactivate_user,
         "Deactivate a user"});
  r.add({"GET", "/api/v1/roles", Access::need("roles.read"), users::list_roles, "List roles"});

  r.add({"GET", "/api/v1/audit_log", Access::need("audit.read"), audit::list_audit_log, "The audit log"});
  r.add({"GET", "/api/v1/audit_log/export", Access::need("audit.read"), audit::export_audit_log,
         "The filtered audit log as CSV"});
}

}  // namespace numbase
