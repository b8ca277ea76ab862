#pragma once
// Transport-independent request and response: handlers see only these, never Beast.
#include <boost/json/value.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace numbase::http {

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // decoded path without the query
  std::vector<std::pair<std::string, std::string>> query;  // decoded, in order
  std::map<std::string, std::string> headers;              // names lower-cased
  std::string body;
  std::string remote_ip;
  std::string request_id;
  std::map<std::string, std::string> path_params;  // filled by the router

  std::optional<std::string> query_param(const std::string& name) const;
  std::optional<std::string> header(const std::string& lower_name) const;
  const std::string& path_param(const std::string& name) const { return path_params.at(name); }
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  // When set, the body is produced by calling this until it returns nullopt and sent with
  // chunked transfer encoding; each call runs on a worker thread and may block on I/O.
  std::function<std::optional<std::string>()> stream;

  static Response json(int status, const boost::json::value& v);
  static Response json(const boost::json::value& v) { return json(200, v); }
  // A body that already is serialized JSON (e.g. built by PostgreSQL).
  static Response raw_json(int status, std::string text);
};

}  // namespace numbase::http
