#pragma once
#include "http/message.hpp"
#include "http/router.hpp"

namespace numbase::projects {

http::Response list_projects(http::RequestContext& ctx);
http::Response list_deleted_projects(http::RequestContext& ctx);
http::Response get_project(http::RequestContext& ctx);
http::Response create_project(http::RequestContext& ctx);
http::Response update_project(http::RequestContext& ctx);
http::Response put_project_settings(http::RequestContext& ctx);
http::Response delete_project(http::RequestContext& ctx);
http::Response restore_project(http::RequestContext& ctx);
http::Response purge_project(http::RequestContext& ctx);
http::Response list_members(http::RequestContext& ctx);
http::Response add_member(http::RequestContext& ctx);
http::Response remove_member(http::RequestContext& ctx);

}  // namespace numbase::projects
