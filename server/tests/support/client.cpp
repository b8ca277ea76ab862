#include "support/client.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>
#include <boost/json/parse.hpp>

namespace numbase::test {
namespace net = boost::asio;
namespace bhttp = boost::beast::http;
using tcp = net::ip::tcp;

boost::json::value HttpResponse::json() const { return boost::json::parse(body); }

std::string HttpResponse::header(const std::string& lower_name) const {
  auto it = headers.find(lower_name);
  return it == headers.end() ? std::string() : it->second;
}

HttpResponse Client::request(const std::string& method, const std::string& target, const std::string& body,
                             const Headers& headers) {
  net::io_context io;
  tcp::socket socket(io);
  socket.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port_));
  bhttp::request<bhttp::string_body> req{bhttp::string_to_verb(method), target, 11};
  req.set(bhttp::field::host, "127.0.0.1");
  if (!body.empty()) req.set(bhttp::field::content_type, "application/json");
  for (const auto& [k, v] : headers) req.set(k, v);
  req.body() = body;
  req.prepare_payload();
  bhttp::write(socket, req);
  boost::beast::flat_buffer buf;
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(boost::none);
  if (method == "HEAD") parser.skip(true);
  bhttp::read(socket, buf, parser);
  HttpResponse out;
  const auto& res = parser.get();
  out.status = res.result_int();
  for (const auto& f : res) {
    std::string name(f.name_string());
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.headers[name] = std::string(f.value());
  }
  out.body = res.body();
  return out;
}

static Headers bearer(const std::string& token) {
  if (token.empty()) return {};
  return {{"Authorization", "Bearer " + token}};
}

HttpResponse Client::get(const std::string& t, const std::string& token) { return request("GET", t, {}, bearer(token)); }
HttpResponse Client::post(const std::string& t, const std::string& b, const std::string& token) {
  return request("POST", t, b, bearer(token));
}
HttpResponse Client::patch(const std::string& t, const std::string& b, const std::string& token) {
  return request("PATCH", t, b, bearer(token));
}
HttpResponse Client::del(const std::string& t, const std::string& token) {
  return request("DELETE", t, {}, bearer(token));
}

std::string Client::raw(const std::string& bytes) {
  net::io_context io;
  tcp::socket socket(io);
  socket.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port_));
  net::write(socket, net::buffer(bytes));
  std::string out;
  boost::system::error_code ec;
  net::read(socket, net::dynamic_buffer(out), ec);
  return out;
}

HttpResponse Client::upload(const std::string& target, const std::vector<std::pair<std::string, std::string>>& fields,
                            const std::string& filename, const std::string& content, const std::string& token) {
  const std::string boundary = "----numbase-test-boundary-7MA4YWxkTrZu0gW";
  std::string body;
  for (const auto& [name, value] : fields)
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
  if (!filename.empty())
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename +
            "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n";
  body += "--" + boundary + "--\r\n";
  Headers headers{{"Content-Type", "multipart/form-data; boundary=" + boundary}};
  if (!token.empty()) headers.emplace_back("Authorization", "Bearer " + token);
  return request("POST", target, body, headers);
}

}  // namespace numbase::test
