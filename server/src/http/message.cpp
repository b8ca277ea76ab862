#include "http/message.hpp"

#include <boost/json/serialize.hpp>

namespace numbase::http {

std::optional<std::string> Request::query_param(const std::string& name) const {
  for (const auto& [k, v] : query)
    if (k == name) return v;
  return std::nullopt;
}

std::optional<std::string> Request::header(const std::string& lower_name) const {
  auto it = headers.find(lower_name);
  if (it == headers.end()) return std::nullopt;
  return it->second;
}

Response Response::json(int status, const boost::json::value& v) { return raw_json(status, boost::json::serialize(v)); }

Response Response::raw_json(int status, std::string text) {
  Response r;
  r.status = status;
  r.body = std::move(text);
  return r;
}

}  // namespace numbase::http
