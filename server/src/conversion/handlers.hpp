#pragma once
// The conversion reports' API: the summary of all projects (and its file), one project's
// report with breakdowns, and rebuilding a project's counters.
#include "http/message.hpp"
#include "http/router.hpp"

namespace numbase::conversion {

http::Response get_summary(http::RequestContext& ctx);
http::Response export_summary(http::RequestContext& ctx);
http::Response get_project_conversion(http::RequestContext& ctx);
http::Response recalculate_project(http::RequestContext& ctx);

}  // namespace numbase::conversion
