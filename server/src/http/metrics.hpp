#pragma once
// Request counts and latency histograms per route, rendered in Prometheus text format.
#include <array>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

namespace numbase::http {

class Metrics {
 public:
  static constexpr std::array<double, 12> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                      0.1,   0.25,   0.5,   1,    2.5,   10};

  void observe(const std::string& method, const std::string& route, int status, double seconds);
  // Appends the HTTP metrics; extra lines (e.g. the DB pool gauges) come from the caller.
  std::string render() const;

 private:
  struct Histogram {
    std::array<std::uint64_t, kBuckets.size()> buckets{};
    std::uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mu_;
  std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests_;
  std::map<std::pair<std::string, std::string>, Histogram> latency_;
};

}  // namespace numbase::http
