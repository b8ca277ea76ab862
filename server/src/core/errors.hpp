#pragma once
// One error vocabulary for the whole service, independent of HTTP transport.
// A handler throws ApiError; the dispatcher turns it into the contract's error body.
#include <stdexcept>
#include <string>
#include <vector>

namespace numbase {

struct FieldIssue {
  std::string field;
  std::string issue;
};

class ApiError : public std::runtime_error {
 public:
  ApiError(int status, std::string code, std::string message, std::vector<FieldIssue> details = {})
      : std::runtime_error(message), status_(status), code_(std::move(code)), details_(std::move(details)) {}

  int status() const { return status_; }
  const std::string& code() const { return code_; }
  const std::vector<FieldIssue>& details() const { return details_; }
  // Seconds a client should wait (429 only); 0 when not set.
  int retry_after = 0;

 private:
  int status_;
  std::string code_;
  std::vector<FieldIssue> details_;
};

inline ApiError bad_request(std::string code, std::string message) {
  return ApiError(400, std::move(code), std::move(message));
}
inline ApiError validation_error(std::vector<FieldIssue> details) {
  return ApiError(422, "VALIDATION_ERROR", "Invalid input data", std::move(details));
}
inline ApiError validation_error(std::string field, std::string issue) {
  return validation_error(std::vector<FieldIssue>{{std::move(field), std::move(issue)}});
}
inline ApiError unauthorized(std::string message = "Authentication required") {
  return ApiError(401, "UNAUTHORIZED", std::move(message));
}
inline ApiError forbidden(std::string message = "You do not have permission to perform this action") {
  return ApiError(403, "FORBIDDEN", std::move(message));
}
inline ApiError not_found(std::string message = "Not found") {
  return ApiError(404, "NOT_FOUND", std::move(message));
}
inline ApiError conflict(std::string message, std::vector<FieldIssue> details = {}) {
  return ApiError(409, "CONFLICT", std::move(message), std::move(details));
}

}  // namespace numbase
