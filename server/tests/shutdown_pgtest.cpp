// Graceful shutdown: a request in flight when the server is told to stop still gets its
// response; idle keep-alive connections are closed; the server then returns.
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>

#include "support/api_fixture.hpp"

using namespace numbase::test;
namespace net = boost::asio;
using tcp = net::ip::tcp;

using Shutdown = ApiTest;

TEST_F(Shutdown, FinishesInFlightRequestsThenStops) {
  net::io_context io;
  const tcp::endpoint ep(net::ip::make_address("127.0.0.1"), server->port());
  tcp::socket idle(io), busy(io);
  idle.connect(ep);
  busy.connect(ep);

  const std::string body = std::string(R"({"username":"admin","password":")") + kAdminPassword + "\"}";
  const std::string head = "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                           "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  net::write(busy, net::buffer(head + body.substr(0, 10)));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // the server is now reading the body

  server->stop();
  std::this_thread::sleep_for(std::chrono::milliseconds(200));

  // The idle connection was closed by the server.
  char byte;
  boost::system::error_code ec;
  idle.read_some(net::buffer(&byte, 1), ec);
  EXPECT_EQ(ec, net::error::eof);

  // The request in flight completes, and its connection then closes.
  net::write(busy, net::buffer(body.substr(10)));
  std::string response;
  net::read(busy, net::dynamic_buffer(response), ec);
  EXPECT_EQ(response.rfind("HTTP/1.1 200", 0), 0u) << response;
  EXPECT_NE(response.find("Connection: close"), std::string::npos);
  EXPECT_NE(response.find("access_token"), std::string::npos);

  server_thread.join();  // run() returned: drained
  tcp::socket late(io);
  late.connect(ep, ec);
  EXPECT_TRUE(ec) << "no new connections after shutdown";
}
