#pragma once
// Outbound HTTP(S) requests to other services (a PBX's API), with libcurl: TLS certificates
// verified, a whole-request timeout, no redirects, and the answer bounded in size.
#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace numbase {

struct HttpAnswer {
  long status = 0;    // 0 when no answer came
  std::string body;   // at most 64 KiB
  std::string error;  // why no answer came
};

// `body` empty with GET; with POST it is sent as is (set its Content-Type in `headers`).
HttpAnswer http_request(const std::string& method, const std::string& url,
                        const std::vector<std::pair<std::string, std::string>>& headers, const std::string& body,
                        std::chrono::milliseconds timeout);

// application/x-www-form-urlencoded of one value (RFC 3986 unreserved characters kept).
std::string form_escape(const std::string& value);

}  // namespace numbase
