#pragma once
#include <map>
#include <string>

#include "core/config.hpp"
#include "jobs/worker.hpp"

namespace numbase {

// Every background job kind and its handler, in one table.
std::map<std::string, jobs::Handler> job_handlers(const Config& config);

// The worker settings from the configuration.
jobs::WorkerOptions worker_options(const Config& config, jobs::Notifier* notifier);

}  // namespace numbase
