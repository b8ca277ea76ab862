#include "http/metrics.hpp"

#include <fmt/format.h>

namespace numbase::http {

void Metrics::observe(const std::string& method, const std::string& route, int status, double seconds) {
  std::lock_guard lock(mu_);
  ++requests_[{method, route, status}];
  auto& h = latency_[{method, route}];
  for (size_t i = 0; i < kBuckets.size(); ++i)
    if (seconds <= kBuckets[i]) ++h.buckets[i];
  ++h.count;
  h.sum += seconds;
}

std::string Metrics::render() const {
  std::lock_guard lock(mu_);
  std::string out;
  out += "# HELP numbase_http_requests_total HTTP requests by method, route and status.\n";
  out += "# TYPE numbase_http_requests_total counter\n";
  for (const auto& [key, n] : requests_) {
    const auto& [method, route, status] = key;
    out += fmt::format("numbase_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{}\"}} {}\n", method, route,
                       status, n);
  }
  out += "# HELP numbase_http_request_duration_seconds Time from request read to response written.\n";
  out += "# TYPE numbase_http_request_duration_seconds histogram\n";
  for (const auto& [key, h] : latency_) {
    const auto& [method, route] = key;
    auto labels = fmt::format("method=\"{}\",route=\"{}\"", method, route);
    for (size_t i = 0; i < kBuckets.size(); ++i)
      out += fmt::format("numbase_http_request_duration_seconds_bucket{{{},le=\"{}\"}} {}\n", labels, kBuckets[i],
                         h.buckets[i]);
    out += fmt::format("numbase_http_request_duration_seconds_bucket{{{},le=\"+Inf\"}} {}\n", labels, h.count);
    out += fmt::format("numbase_http_request_duration_seconds_sum{{{}}} {}\n", labels, h.sum);
    out += fmt::format("numbase_http_request_duration_seconds_count{{{}}} {}\n", labels, h.count);
  }
  return out;
}

}  // namespace numbase::http
