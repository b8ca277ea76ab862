#pragma once
// "Сегодня": the home screen's figures, all from counters and small tables, never from
// counting phone_numbers (issue 14).
#include "http/router.hpp"

namespace numbase::home {

http::Response today(http::RequestContext& ctx);

}  // namespace numbase::home
