#pragma once
#include "http/router.hpp"

namespace numbase {

// Every route of the API, in one table.
void add_routes(http::Router& router);

}  // namespace numbase
