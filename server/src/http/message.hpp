#pragma once
// Transport-independent request and response: handlers see only these, never Beast.
#include <boost/json/value.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "http/multipart.hpp"

namespace numbase::http {

struct Request {
  std::string method;  // "GET", "POST", ...
  std::string path;    // decoded path without the query
  std::vector<std::pair<std::string, std::string>> query;  // decoded, in order
  std::map<std::string, std::string> headers;              // names lower-cased
  std::string body;
  FormData form;  // an upload's fields and spooled files; files left here are deleted afterwards
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
  // chunked transfer encoding; each call runs on a worker thread and may block on I/O. An
  // empty string means "nothing yet": the server waits a moment (without a thread) and asks again.
  std::function<std::optional<std::string>()> stream;
  // For a stream of known size: sent with Content-Length instead of chunks (downloads show progress).
  std::optional<std::uint64_t> stream_length;
  // An endless event stream (SSE): ended by the server when it shuts down.
  bool live = false;

  static Response json(int status, const boost::json::value& v);
  static Response json(const boost::json::value& v) { return json(200, v); }
  // A body that already is serialized JSON (e.g. built by PostgreSQL).
  static Response raw_json(int status, std::string text);
};

}  // namespace numbase::http
