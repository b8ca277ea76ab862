#include "http/server.hpp"
#include "core/secrets.hpp"

#include <sodium.h>
#include <spdlog/spdlog.h>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>
#include <boost/json/serialize.hpp>
#include <boost/url/parse.hpp>

#include <cmath>
#include <csignal>
#include <set>

namespace numbase::http {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
using tcp = net::ip::tcp;
constexpr auto use_tuple = net::as_tuple(net::use_awaitable);

namespace {

bool valid_request_id(std::string_view id) {
  if (id.empty() || id.size() > 128) return false;
  for (char c : id)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.')) return false;
  return true;
}

std::string new_request_id() { return random_hex(12); }

Response error_response(int status, const char* code, const char* message) {
  boost::json::object err{{"code", code}, {"message", message}, {"details", boost::json::array()}};
  return Response::json(status, boost::json::object{{"error", std::move(err)}});
}

// Fills method, path, query, headers and request id from the parsed header.
bool read_head(const bhttp::request_header<>& h, Request& req) {
  req.method = std::string(h.method_string());
  for (const auto& f : h) {
    std::string name(f.name_string());
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    req.headers[name] = std::string(f.value());
  }
  auto rid = req.header("x-request-id");
  req.request_id = rid && valid_request_id(*rid) ? *rid : new_request_id();
  auto url = boost::urls::parse_origin_form(h.target());
  if (!url) return false;
  req.path = url->path();
  for (auto p : url->params(boost::urls::encoding_opts(true))) req.query.emplace_back(p.key, p.value);
  return true;
}

// Answers "Expect: 100-continue" before the body is read.
net::awaitable<void> send_continue(beast::tcp_stream& stream, const bhttp::request_header<>& head) {
  if (head[bhttp::field::expect] != "100-continue") co_return;
  bhttp::response<bhttp::empty_body> cont{bhttp::status::continue_, 11};
  co_await bhttp::async_write(stream, cont, use_tuple);
}

void log_exception(std::exception_ptr e) {
  if (!e) return;
  try {
    std::rethrow_exception(e);
  } catch (const std::exception& x) {
    spdlog::error("connection failed: {}", x.what());
  }
}

}  // namespace

struct Server::Impl {
  struct Session {
    beast::tcp_stream* stream;
    bool idle = true;
  };

  Impl(ServerOptions o, Dispatcher& d, Metrics& m)
      : options(std::move(o)), dispatcher(d), metrics(m), workers(options.workers), file_workers(options.file_workers),
        webhook_workers(options.webhook_workers) {}

  ServerOptions options;
  Dispatcher& dispatcher;
  Metrics& metrics;
  net::io_context io{1};
  net::thread_pool workers;
  net::thread_pool file_workers;
  net::thread_pool webhook_workers;
  net::thread_pool probes{1};
  std::size_t files_in_flight = 0;  // uploads admitted and not yet answered (I/O thread only)
  tcp::acceptor acceptor{io};
  net::signal_set signals{io};
  net::steady_timer grace{io};
  std::set<Session*> sessions;
  bool draining = false;

  // Runs the handler on its lane's pool (it blocks on the database or reads a file).
  net::awaitable<Response> handle(Request& req, std::string& route, Lane lane) {
    auto& pool = lane == Lane::Files      ? file_workers
                 : lane == Lane::Probe    ? probes
                 : lane == Lane::Webhooks ? webhook_workers
                                          : workers;
    co_return co_await net::co_spawn(
        pool, [&]() -> net::awaitable<Response> { co_return dispatcher.handle(req, route); }, net::use_awaitable);
  }
  enum class Upload { Received, TooLarge, Malformed, NotStored, Failed };
  net::awaitable<Upload> read_upload(beast::tcp_stream& stream, beast::flat_buffer& buffer,
                                     bhttp::request_parser<bhttp::empty_body>& head, std::uint64_t limit,
                                     Request& req);
  net::awaitable<void> accept_loop();
  net::awaitable<void> session(tcp::socket socket);
  net::awaitable<bool> write(beast::tcp_stream& stream, const Request& req, Response& res, bool keep_alive,
                             std::size_t& bytes);
  void begin_shutdown();
};

net::awaitable<void> Server::Impl::accept_loop() {
  for (;;) {
    auto [ec, socket] = co_await acceptor.async_accept(use_tuple);
    if (draining) co_return;
    if (ec) {
      spdlog::warn("accept failed: {}", ec.message());
      net::steady_timer pause(io, std::chrono::milliseconds(50));
      co_await pause.async_wait(use_tuple);
      continue;
    }
    net::co_spawn(io, session(std::move(socket)), log_exception);
  }
}

net::awaitable<bool> Server::Impl::write(beast::tcp_stream& stream, const Request& req, Response& res,
                                         bool keep_alive, std::size_t& bytes) {
  auto fill = [&](auto& out) {
    out.set(bhttp::field::server, "numbase");
    out.set(bhttp::field::content_type, res.content_type);
    out.set("X-Request-Id", req.request_id);
    out.set("X-Content-Type-Options", "nosniff");
    for (const auto& [k, v] : res.headers) out.set(k, v);
    out.keep_alive(keep_alive);
  };
  stream.expires_after(options.read_timeout);
  if (!res.stream) {
    bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(res.status), 11};
    fill(out);
    bytes = res.body.size();
    out.body() = std::move(res.body);
    out.prepare_payload();
    if (req.method == "HEAD") out.body().clear();
    auto [ec, n] = co_await bhttp::async_write(stream, out, use_tuple);
    co_return !ec;
  }
  bhttp::response<bhttp::empty_body> out{static_cast<bhttp::status>(res.status), 11};
  fill(out);
  const bool chunked = !res.stream_length;
  if (chunked) {
    out.chunked(true);
  } else {
    out.content_length(*res.stream_length);
  }
  if (res.live) {
    out.set(bhttp::field::cache_control, "no-cache");
    out.set("X-Accel-Buffering", "no");  // Nginx (deploy/) passes each event on as it comes
  }
  bhttp::response_serializer<bhttp::empty_body> sr(out);
  if (auto [ec, n] = co_await bhttp::async_write_header(stream, sr, use_tuple); ec) co_return false;
  for (;;) {
    if (res.live && draining) break;
    std::optional<std::string> chunk;
    bool failed = false;
    chunk = co_await net::co_spawn(
        workers,
        [&]() -> net::awaitable<std::optional<std::string>> {
          try {
            co_return res.stream();
          } catch (const std::exception& e) {
            spdlog::error("request {}: streaming failed: {}", req.request_id, e.what());
            failed = true;
            co_return std::nullopt;
          }
        },
        net::use_awaitable);
    if (failed) co_return false;  // close without the last chunk: the client sees a truncated body
    if (!chunk) break;
    if (chunk->empty()) {  // nothing yet: wait here, on the I/O thread, without holding a worker
      net::steady_timer pause(io, std::chrono::milliseconds(250));
      co_await pause.async_wait(use_tuple);
      continue;
    }
    bytes += chunk->size();
    stream.expires_after(options.read_timeout);
    auto [ec, n] = chunked ? co_await net::async_write(stream, bhttp::make_chunk(net::buffer(*chunk)), use_tuple)
                           : co_await net::async_write(stream, net::buffer(*chunk), use_tuple);
    if (ec) co_return false;
  }
  if (!chunked) co_return bytes == *res.stream_length;
  auto [ec, n] = co_await net::async_write(stream, bhttp::make_chunk_last(), use_tuple);
  co_return !ec;
}

net::awaitable<Server::Impl::Upload> Server::Impl::read_upload(beast::tcp_stream& stream, beast::flat_buffer& buffer,
                                                              bhttp::request_parser<bhttp::empty_body>& head,
                                                              std::uint64_t limit, Request& req) {
  auto boundary = multipart_boundary(req.header("content-type").value_or(""));
  if (!boundary) co_return Upload::Malformed;
  bhttp::request_parser<bhttp::buffer_body> body(std::move(head));
  body.body_limit(limit);
  co_await send_continue(stream, body.get());
  std::error_code ignored;
  std::filesystem::create_directories(options.spool_dir, ignored);  // a failure shows when writing
  MultipartParser parser(*boundary, options.spool_dir);
  std::vector<char> chunk(256 * 1024);
  try {
    while (!body.is_done()) {
      body.get().body().data = chunk.data();
      body.get().body().size = chunk.size();
      stream.expires_after(options.read_timeout);  // per piece: a long upload is fine, a stalled one is not
      auto [ec, n] = co_await bhttp::async_read(stream, buffer, body, use_tuple);
      if (ec == bhttp::error::body_limit) {
        parser.remove_files();
        co_return Upload::TooLarge;
      }
      if (ec && ec != bhttp::error::need_buffer) {
        parser.remove_files();
        co_return Upload::Failed;
      }
      parser.feed(std::string_view(chunk.data(), chunk.size() - body.get().body().size));
    }
    req.form = parser.finish();
  } catch (const MultipartError& e) {
    spdlog::info("request {}: malformed upload: {}", req.request_id, e.what());
    parser.remove_files();
    co_return Upload::Malformed;
  } catch (const std::exception& e) {
    spdlog::error("request {}: storing the upload failed: {}", req.request_id, e.what());
    parser.remove_files();
    co_return Upload::NotStored;
  }
  co_return Upload::Received;
}

static void remove_uploads(Request& req) {
  std::error_code ignored;
  for (const auto& [_, f] : req.form.files) std::filesystem::remove(f.path, ignored);
  req.form.files.clear();
}

net::awaitable<void> Server::Impl::session(tcp::socket socket) {
  beast::tcp_stream stream(std::move(socket));
  beast::flat_buffer buffer;
  Session self{&stream};
  sessions.insert(&self);
  struct Leave {
    Impl* impl;
    Session* self;
    ~Leave() {
      impl->sessions.erase(self);
      if (impl->draining && impl->sessions.empty()) impl->grace.cancel();
    }
  } leave{this, &self};

  std::string remote_ip;
  {
    boost::system::error_code ec;
    auto ep = stream.socket().remote_endpoint(ec);
    if (!ec) remote_ip = ep.address().to_string();
  }

  for (;;) {
    self.idle = true;
    if (draining) break;
    bhttp::request_parser<bhttp::empty_body> head;
    head.header_limit(static_cast<std::uint32_t>(options.header_limit));
    head.body_limit(boost::none);  // checked below against the route's own limit
    stream.expires_after(options.idle_timeout);
    auto [ec, n] = co_await bhttp::async_read_header(stream, buffer, head, use_tuple);
    self.idle = false;
    if (ec) {
      // A header the server will not read is answered, not just dropped: 431 when it is too
      // large, 400 when it is malformed (a negative Content-Length, say). A closed, timed-out
      // or cancelled connection is simply gone.
      const bool too_large = ec == bhttp::error::header_limit;
      const bool malformed = ec.category() == bhttp::make_error_code(bhttp::error::bad_method).category() &&
                             ec != bhttp::error::end_of_stream && ec != bhttp::error::partial_message &&
                             ec != bhttp::error::need_more && ec != bhttp::error::need_buffer;
      if (too_large || malformed) {
        Request req;
        req.remote_ip = remote_ip;
        req.request_id = new_request_id();
        Response res = too_large ? error_response(431, "HEADER_TOO_LARGE",
                                                  "The request line or headers are larger than 16 KiB")
                                 : error_response(400, "BAD_REQUEST", "The request is malformed");
        std::size_t bytes = 0;
        co_await write(stream, req, res, false, bytes);
        metrics.observe("", "malformed", res.status, 0);
        boost::system::error_code ignored;
        stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
      }
      break;
    }

    const auto started = std::chrono::steady_clock::now();
    Request req;
    req.remote_ip = remote_ip;
    std::string route = "unmatched";
    Response res;
    bool keep_alive = head.get().keep_alive();
    bool drain_after = false;

    if (!read_head(head.get(), req)) {
      res = error_response(400, "BAD_REQUEST", "The request target is not a valid URL");
      keep_alive = false;
    } else {
      const BodyPlan plan = dispatcher.prepare(req);
      auto refuse = [&](Response r, const char* label) {
        res = std::move(r);
        route = label;
        keep_alive = false;
        drain_after = true;
      };
      if (head.content_length() && *head.content_length() > plan.limit) {
        refuse(error_response(413, "PAYLOAD_TOO_LARGE", "The request body is larger than this endpoint accepts"),
               "oversized");
      } else if (plan.lane == Lane::Files && files_in_flight >= options.file_queue) {
        refuse(error_response(503, "SERVER_BUSY", "The server is reading other files; try again in a minute"), "busy");
        res.headers.emplace_back("Retry-After", "30");
      } else if (plan.upload) {
        const bool counted = plan.lane == Lane::Files;
        if (counted) ++files_in_flight;
        struct Release {
          std::size_t* n;
          ~Release() {
            if (n) --*n;
          }
        } release{counted ? &files_in_flight : nullptr};
        auto refused = co_await net::co_spawn(
            workers, [&]() -> net::awaitable<std::optional<Response>> { co_return dispatcher.admit(req); },
            net::use_awaitable);
        if (refused) {
          refuse(std::move(*refused), "refused");
        } else {
          auto outcome = co_await read_upload(stream, buffer, head, plan.limit, req);
          if (outcome == Upload::Received) {
            res = co_await handle(req, route, plan.lane);
          } else if (outcome == Upload::TooLarge) {
            refuse(error_response(413, "PAYLOAD_TOO_LARGE", "The upload is larger than the configured limit"),
                   "oversized");
          } else if (outcome == Upload::Malformed) {
            refuse(error_response(400, "BAD_REQUEST", "The body is not valid multipart/form-data"), "malformed");
          } else if (outcome == Upload::NotStored) {
            refuse(error_response(500, "INTERNAL_ERROR", "The upload could not be stored"), "upload_failed");
          } else {
            break;  // the connection failed; read_upload removed what it had written
          }
        }
        remove_uploads(req);
      } else {
        bhttp::request_parser<bhttp::string_body> body(std::move(head));
        body.body_limit(plan.limit);
        co_await send_continue(stream, body.get());
        stream.expires_after(options.read_timeout);
        auto [bec, bn] = co_await bhttp::async_read(stream, buffer, body, use_tuple);
        if (bec == bhttp::error::body_limit) {
          refuse(error_response(413, "PAYLOAD_TOO_LARGE", "The request body is larger than this endpoint accepts"),
                 "oversized");
        } else if (bec) {
          break;
        } else {
          req.body = std::move(body.get().body());
          res = co_await handle(req, route, plan.lane);
        }
      }
    }

    if (draining) keep_alive = false;
    std::size_t bytes = 0;
    bool written = co_await write(stream, req, res, keep_alive, bytes);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    metrics.observe(req.method, route, res.status, seconds);
    spdlog::get("access")->info(boost::json::serialize(boost::json::object{
        {"request_id", req.request_id},
        {"method", req.method},
        {"path", req.path},
        {"route", route},
        {"status", res.status},
        {"bytes", bytes},
        {"duration_us", static_cast<std::int64_t>(std::llround(seconds * 1e6))},
        {"ip", req.remote_ip},
    }));
    if (!written || !keep_alive) {
      if (drain_after) {
        // Let the client read the 413 before the unread body makes the kernel reset the
        // connection: stop sending, then discard input for a moment.
        boost::system::error_code ignored;
        stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        stream.expires_after(std::chrono::seconds(2));
        char sink[8192];
        for (std::size_t total = 0; total < (4u << 20);) {
          auto [rec, rn] = co_await stream.async_read_some(net::buffer(sink), use_tuple);
          if (rec) break;
          total += rn;
        }
      }
      break;
    }
  }
  boost::system::error_code ignored;
  stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
  stream.socket().close(ignored);
}

void Server::Impl::begin_shutdown() {
  if (draining) return;
  draining = true;
  spdlog::info("shutting down: finishing {} open connection(s)", sessions.size());
  boost::system::error_code ignored;
  acceptor.close(ignored);
  signals.cancel(ignored);
  for (auto* s : sessions)
    if (s->idle) s->stream->cancel();
  if (sessions.empty()) return;
  grace.expires_after(options.shutdown_grace);
  grace.async_wait([this](boost::system::error_code ec) {
    if (ec) return;  // drained in time
    spdlog::warn("shutdown grace period over: closing {} connection(s)", sessions.size());
    for (auto* s : sessions) s->stream->cancel();
  });
}

Server::Server(ServerOptions options, Dispatcher& dispatcher, Metrics& metrics)
    : impl_(std::make_unique<Impl>(std::move(options), dispatcher, metrics)) {
  if (!spdlog::get("access")) {
    auto access = spdlog::default_logger()->clone("access");
    spdlog::register_logger(access);
  }
}

Server::~Server() = default;

void Server::listen() {
  auto& i = *impl_;
  tcp::endpoint ep(net::ip::make_address(i.options.host), i.options.port);
  i.acceptor.open(ep.protocol());
  i.acceptor.set_option(net::socket_base::reuse_address(true));
  i.acceptor.bind(ep);
  i.acceptor.listen(net::socket_base::max_listen_connections);
}

std::uint16_t Server::port() const { return impl_->acceptor.local_endpoint().port(); }

void Server::run(bool handle_signals) {
  auto& i = *impl_;
  if (handle_signals) {
    i.signals.add(SIGINT);
    i.signals.add(SIGTERM);
    i.signals.async_wait([&i](boost::system::error_code ec, int) {
      if (!ec) i.begin_shutdown();
    });
  }
  net::co_spawn(i.io, i.accept_loop(), log_exception);
  i.io.run();
  i.workers.join();
  i.file_workers.join();
  i.webhook_workers.join();
  i.probes.join();
}

void Server::stop() {
  net::post(impl_->io, [i = impl_.get()] { i->begin_shutdown(); });
}

}  // namespace numbase::http
