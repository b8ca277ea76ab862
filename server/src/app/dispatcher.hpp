#pragma once
// From a parsed request to a response: route lookup, authentication, the permission
// check, the handler, and the one place where errors become the contract's error body.
#include "app/app.hpp"
#include "core/errors.hpp"
#include "http/server.hpp"

namespace numbase {

class AppDispatcher : public http::Dispatcher {
 public:
  explicit AppDispatcher(App& app) : app_(app) {}
  http::BodyPlan prepare(http::Request& req) override;
  std::optional<http::Response> admit(http::Request& req) override;
  http::Response handle(http::Request& req, std::string& route) override;

 private:
  http::Response dispatch(http::Request& req, std::string& route);
  // Authenticates and checks the route's access; throws ApiError.
  void authorize(const http::Route& route, http::RequestContext& ctx);
  http::Response to_response(const http::Request& req, std::exception_ptr e);
  App& app_;
};

// The contract's error body.
http::Response error_response(int status, const std::string& code, const std::string& message,
                              const std::vector<FieldIssue>& details = {});

}  // namespace numbase
