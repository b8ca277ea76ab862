#pragma once
// The route table: each route names its method, path pattern ("/api/v1/users/{id}"),
// the access it requires and its handler, in one place.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "http/lane.hpp"
#include "http/message.hpp"

namespace numbase::http {

struct RequestContext;  // defined by the application (who is calling, services)
using Handler = std::function<Response(RequestContext&)>;

struct Access {
  enum Kind { Public, SignedIn, Permission } kind = Public;
  std::string permission;
  static Access open() { return {Public, {}}; }
  static Access signed_in() { return {SignedIn, {}}; }
  static Access need(std::string perm) { return {Permission, std::move(perm)}; }
};

struct Route {
  std::string method;
  std::string pattern;
  Access access;
  Handler handler;
  std::string summary;
  std::size_t body_limit = 1 << 20;  // bytes
  bool upload = false;  // multipart/form-data streamed to disk, up to the configured upload limit
  Lane lane = Lane::Api;
};

struct Match {
  const Route* route = nullptr;
  std::map<std::string, std::string> params;
  std::vector<std::string> allowed;  // methods of the path, when the method did not match
};

class Router {
 public:
  void add(Route r);
  // The route for method + path; when none, `allowed` lists the methods the path accepts
  // (empty: the path is unknown).
  Match match(const std::string& method, const std::string& path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace numbase::http
