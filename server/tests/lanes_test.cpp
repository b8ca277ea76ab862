// The server's lanes: uploads run on a small pool of their own and are refused beyond a bound,
// so that costly files never hold the request workers, and the probes are always answered.
#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <future>
#include <mutex>
#include <thread>

#include "http/server.hpp"
#include "support/client.hpp"

using namespace numbase;
using namespace std::chrono_literals;

namespace {

// Uploads to /slow block until released; /healthz and /api answer at once.
class BlockingDispatcher : public http::Dispatcher {
 public:
  http::BodyPlan prepare(http::Request& req) override {
    if (req.path == "/slow") return {1 << 20, true, http::Lane::Files};
    if (req.path == "/healthz") return {0, false, http::Lane::Probe};
    return {1024, false, http::Lane::Api};
  }
  std::optional<http::Response> admit(http::Request&) override { return std::nullopt; }
  http::Response handle(http::Request& req, std::string& route) override {
    route = req.path;
    if (req.path == "/slow") {
      std::unique_lock lock(mutex_);
      ++blocked_;
      changed_.notify_all();
      changed_.wait(lock, [&] { return released_; });
    }
    return http::Response::json(boost::json::object{{"path", req.path}});
  }
  void wait_blocked(int n) {
    std::unique_lock lock(mutex_);
    ASSERT_TRUE(changed_.wait_for(lock, 10s, [&] { return blocked_ >= n; })) << blocked_ << " of " << n << " blocked";
  }
  int blocked() {
    std::lock_guard lock(mutex_);
    return blocked_;
  }
  void release() {
    std::lock_guard lock(mutex_);
    released_ = true;
    changed_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  int blocked_ = 0;
  bool released_ = false;
};

}  // namespace

TEST(Lanes, CostlyUploadsHoldNeitherTheProbesNorTheApiAndAreBounded) {
  BlockingDispatcher dispatcher;
  http::Metrics metrics;
  http::ServerOptions options;
  options.port = 0;
  options.workers = 2;
  options.file_workers = 2;
  options.file_queue = 4;
  options.spool_dir = std::filesystem::temp_directory_path() / ("numbase-lanes-" + std::to_string(::getpid()));
  http::Server server(options, dispatcher, metrics);
  server.listen();
  std::thread running([&] { server.run(false); });
  test::Client client(server.port());
  auto ask = [&](const std::string& path) { return std::async(std::launch::async, [&client, path] { return client.get(path); }); };
  auto upload = [&] { return std::async(std::launch::async, [&client] { return client.upload("/slow", {}, "a.csv", "x"); }); };

  std::vector<std::future<test::HttpResponse>> pending;
  // Whatever fails below, the blocked handlers are released and the server stopped.
  struct Finally {
    BlockingDispatcher& dispatcher;
    http::Server& server;
    std::thread& running;
    ~Finally() {
      dispatcher.release();
      server.stop();
      running.join();
    }
  } finally{dispatcher, server, running};

  // Four uploads are admitted: two run (and block), two wait for the files pool.
  for (int i = 0; i < 4; ++i) pending.push_back(upload());
  dispatcher.wait_blocked(2);
  std::this_thread::sleep_for(200ms);  // the other two reach the server and queue
  EXPECT_EQ(dispatcher.blocked(), 2) << "the files pool has two threads";

  // The probe and the API are answered meanwhile.
  for (const char* path : {"/healthz", "/api"}) {
    auto answer = ask(path);
    if (answer.wait_for(5s) != std::future_status::ready) {
      ADD_FAILURE() << path << " waits for the uploads";
      pending.push_back(std::move(answer));
      continue;
    }
    EXPECT_EQ(answer.get().status, 200) << path;
  }

  // A fifth upload is refused at once, without its body being read.
  auto fifth = upload();
  if (fifth.wait_for(5s) == std::future_status::ready) {
    auto refused = fifth.get();
    EXPECT_EQ(refused.status, 503);
    EXPECT_EQ(refused.header("retry-after"), "30");
    EXPECT_NE(refused.body.find("SERVER_BUSY"), std::string::npos) << refused.body;
  } else {
    ADD_FAILURE() << "a fifth upload waits instead of being refused";
    pending.push_back(std::move(fifth));
  }

  dispatcher.release();
  for (auto& u : pending) EXPECT_EQ(u.get().status, 200);
  EXPECT_EQ(client.upload("/slow", {}, "a.csv", "x").status, 200) << "admitted again once the others are answered";
  std::filesystem::remove_all(options.spool_dir);
}
