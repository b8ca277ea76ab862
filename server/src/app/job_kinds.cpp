#include "app/job_kinds.hpp"

#include "projects/purge.hpp"

namespace numbase {

std::map<std::string, jobs::Handler> job_handlers() {
  return {
      {"project_purge", projects::run_purge},
  };
}

}  // namespace numbase
