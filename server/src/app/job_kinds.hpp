#pragma once
#include <map>
#include <string>

#include "jobs/worker.hpp"

namespace numbase {

// Every background job kind and its handler, in one table.
std::map<std::string, jobs::Handler> job_handlers();

}  // namespace numbase
