#pragma once
// The HTTP/1.1 server (Boost.Beast on Asio, C++20 coroutines). One I/O thread reads and
// writes; handlers run on worker pools because they block on the database or read files
// (one pool per Lane).
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <functional>
#include <memory>
#include <string>

#include "http/lane.hpp"
#include "http/message.hpp"
#include "http/metrics.hpp"

namespace numbase::http {

// How to receive a request's body, decided from its headers.
struct BodyPlan {
  std::uint64_t limit = 0;  // the largest body accepted (413 beyond)
  // multipart/form-data streamed to disk: file parts are spooled under the server's spool
  // directory as they arrive, text fields kept (Request::form); never the whole body in memory.
  bool upload = false;
  Lane lane = Lane::Api;  // the pool that runs the handler
};

// What the server asks of the application.
class Dispatcher {
 public:
  virtual ~Dispatcher() = default;
  // Called once the headers are in (on the I/O thread, so without blocking).
  virtual BodyPlan prepare(Request& req) = 0;
  // For uploads, before any of the body is read (on a worker thread): a response refuses the
  // request (401, 403 ...), so that nobody can fill the disk without the right to upload.
  virtual std::optional<Response> admit(Request& req) = 0;
  // Produces the response; never throws. Runs on a worker thread. Returns the route label
  // for logs and metrics through `route`.
  virtual Response handle(Request& req, std::string& route) = 0;
};

struct ServerOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8000;
  std::size_t workers = 8;       // Lane::Api
  std::size_t file_workers = 2;  // Lane::Files
  std::size_t webhook_workers = 32;  // Lane::Webhooks
  // Uploads in flight (running or waiting) beyond which more are refused with 503 before their
  // bodies are read.
  std::size_t file_queue = 8;
  std::size_t header_limit = 16 * 1024;
  std::chrono::seconds read_timeout{30};   // for one request once it has started
  std::chrono::seconds idle_timeout{60};   // keep-alive wait for the next request
  std::chrono::seconds shutdown_grace{30};
  std::filesystem::path spool_dir = "var/files/spool";  // uploads land here
};

class Server {
 public:
  Server(ServerOptions options, Dispatcher& dispatcher, Metrics& metrics);
  ~Server();

  // Binds the listening socket; port() is valid afterwards (port 0 picks a free one).
  void listen();
  std::uint16_t port() const;
  // Serves until stop() or SIGINT/SIGTERM (when handle_signals), then drains: no new
  // connections, in-flight requests finish, idle keep-alive connections close.
  void run(bool handle_signals);
  // Thread-safe; returns at once. run() returns once drained.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace numbase::http
