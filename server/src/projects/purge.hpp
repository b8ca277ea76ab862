#pragma once
#include <boost/json/object.hpp>

#include "jobs/worker.hpp"

namespace numbase::projects {

// The "project_purge" job: removes a deleted project's numbers in batches (short
// transactions, no long locks), reporting progress, then the project itself.
boost::json::object run_purge(jobs::JobContext& job);

}  // namespace numbase::projects
