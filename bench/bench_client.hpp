#pragma once
// A keep-alive HTTP client for the benchmarks, as a browser would hold one, plus a
// multipart upload that streams a file from disk.
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>

namespace numbase::bench {

class Client {
 public:
  explicit Client(std::uint16_t port) : socket_(io_) {
    socket_.connect({boost::asio::ip::make_address("127.0.0.1"), port});
  }

  std::pair<int, std::string> send(const std::string& method, const std::string& target, const std::string& token,
                                   const std::string& body = {}) {
    namespace bhttp = boost::beast::http;
    bhttp::request<bhttp::string_body> req{bhttp::string_to_verb(method), target, 11};
    req.set(bhttp::field::host, "127.0.0.1");
    if (!token.empty()) req.set(bhttp::field::authorization, "Bearer " + token);
    if (!body.empty()) req.set(bhttp::field::content_type, "application/json");
    req.body() = body;
    req.prepare_payload();
    bhttp::write(socket_, req);
    return read();
  }

  // POST multipart/form-data with text fields and the file at `path` as the part "file".
  std::pair<int, std::string> upload(const std::string& target, const std::string& token,
                                     const std::vector<std::pair<std::string, std::string>>& fields,
                                     const std::filesystem::path& path) {
    const std::string boundary = "numbase-bench-boundary-0123456789";
    std::string head;
    for (const auto& [k, v] : fields)
      head += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n";
    head += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" +
            path.filename().string() + "\"\r\nContent-Type: text/csv\r\n\r\n";
    const std::string tail = "\r\n--" + boundary + "--\r\n";
    const auto size = std::filesystem::file_size(path);
    std::string request = "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
                          "\r\nContent-Type: multipart/form-data; boundary=" + boundary +
                          "\r\nContent-Length: " + std::to_string(head.size() + size + tail.size()) + "\r\n\r\n" + head;
    boost::asio::write(socket_, boost::asio::buffer(request));
    std::ifstream in(path, std::ios::binary);
    std::string chunk(1 << 20, '\0');
    while (in) {
      in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
      boost::asio::write(socket_, boost::asio::buffer(chunk.data(), static_cast<std::size_t>(in.gcount())));
    }
    boost::asio::write(socket_, boost::asio::buffer(tail));
    return read();
  }

 private:
  std::pair<int, std::string> read() {
    namespace bhttp = boost::beast::http;
    bhttp::response_parser<bhttp::string_body> parser;
    parser.body_limit(boost::none);
    bhttp::read(socket_, buffer_, parser);
    return {parser.get().result_int(), std::move(parser.get().body())};
  }

  boost::asio::io_context io_;
  boost::asio::ip::tcp::socket socket_;
  boost::beast::flat_buffer buffer_;
};

}  // namespace numbase::bench
