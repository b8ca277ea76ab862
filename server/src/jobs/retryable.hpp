#pragma once
// A failure worth retrying that is not the database's: a remote host down or timing out.
// jobs::is_transient counts it, so the job is queued again with backoff.
#include <stdexcept>

namespace numbase::jobs {

class RetryableError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace numbase::jobs
