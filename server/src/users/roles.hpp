#pragma once
// Roles: named permission sets. The built-in administrator holds "all"; every other role,
// the built-in manager included, is a set from the permission catalog that administrators
// edit (issue 14's role editor).
#include <string_view>
#include <vector>

#include "http/router.hpp"

namespace numbase::users {

struct PermissionInfo {
  std::string_view code;
  std::string_view group;  // projects, numbers, dictionaries, files, distribution, ...
};

// Every permission a role may hold ("all" is the administrator's alone).
const std::vector<PermissionInfo>& permission_catalog();
bool is_known_permission(std::string_view code);

http::Response list_roles(http::RequestContext& ctx);
http::Response list_permissions(http::RequestContext& ctx);
http::Response create_role(http::RequestContext& ctx);
http::Response update_role(http::RequestContext& ctx);
http::Response delete_role(http::RequestContext& ctx);

}  // namespace numbase::users
