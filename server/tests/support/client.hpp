#pragma once
// A small blocking HTTP/1.1 client for the API tests.
#include <boost/json/value.hpp>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace numbase::test {

struct HttpResponse {
  int status = 0;
  std::map<std::string, std::string> headers;  // lower-case names
  std::string body;
  boost::json::value json() const;
  std::string header(const std::string& lower_name) const;
};

using Headers = std::vector<std::pair<std::string, std::string>>;

class Client {
 public:
  explicit Client(std::uint16_t port) : port_(port) {}
  HttpResponse request(const std::string& method, const std::string& target, const std::string& body = {},
                       const Headers& headers = {});
  HttpResponse get(const std::string& target, const std::string& token = {});
  HttpResponse post(const std::string& target, const std::string& body, const std::string& token = {});
  HttpResponse patch(const std::string& target, const std::string& body, const std::string& token = {});
  HttpResponse del(const std::string& target, const std::string& token = {});
  // POSTs multipart/form-data: the text fields and one file part named "file" (when
  // `filename` is not empty).
  HttpResponse upload(const std::string& target, const std::vector<std::pair<std::string, std::string>>& fields,
                      const std::string& filename, const std::string& content, const std::string& token = {});
  // Sends raw bytes on a new connection and reads until the server closes it.
  std::string raw(const std::string& bytes);

 private:
  std::uint16_t port_;
};

}  // namespace numbase::test
