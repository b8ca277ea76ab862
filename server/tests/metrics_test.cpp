#include <gtest/gtest.h>

#include "http/metrics.hpp"

TEST(Metrics, RendersCountsAndCumulativeBuckets) {
  numbase::http::Metrics m;
  m.observe("GET", "/api/v1/users", 200, 0.003);
  m.observe("GET", "/api/v1/users", 200, 0.2);
  m.observe("GET", "/api/v1/users", 403, 0.001);
  auto text = m.render();
  EXPECT_NE(text.find("numbase_http_requests_total{method=\"GET\",route=\"/api/v1/users\",status=\"200\"} 2"),
            std::string::npos);
  EXPECT_NE(text.find("numbase_http_requests_total{method=\"GET\",route=\"/api/v1/users\",status=\"403\"} 1"),
            std::string::npos);
  EXPECT_NE(text.find("_bucket{method=\"GET\",route=\"/api/v1/users\",le=\"0.005\"} 2"), std::string::npos) << text;
  EXPECT_NE(text.find("_bucket{method=\"GET\",route=\"/api/v1/users\",le=\"+Inf\"} 3"), std::string::npos);
  EXPECT_NE(text.find("_count{method=\"GET\",route=\"/api/v1/users\"} 3"), std::string::npos);
}
