// SoftPhone, the operator's side (issue 12): the live pop-up stream, click-to-call through a
// PBX's API (a local HTTP server checks the signed request as the PBX would), calls whose end
// never comes, unlinked calls, and calls in the conversion counters.
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>
#include <boost/json/parse.hpp>
#include <sys/socket.h>

#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <thread>

#include "softphone/calls.hpp"
#include "support/softphone.hpp"

using namespace numbase;
using namespace numbase::test;
namespace json = boost::json;
namespace net = boost::asio;
namespace bhttp = boost::beast::http;

namespace {

// A PBX's API on loopback: each request goes to `answer`, which checks it and says what to send.
class FakePbx {
 public:
  using Request = bhttp::request<bhttp::string_body>;
  struct Reply {
    int status;
    std::string body;
  };
  explicit FakePbx(std::function<Reply(const Request&)> answer)
      : answer_(std::move(answer)), acceptor_(io_, {net::ip::make_address("127.0.0.1"), 0}) {
    thread_ = std::thread([this] { serve(); });
  }
  ~FakePbx() {
    stopping_ = true;
    net::io_context io;
    net::ip::tcp::socket poke(io);
    boost::system::error_code ec;
    poke.connect(acceptor_.local_endpoint(), ec);
    thread_.join();
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(acceptor_.local_endpoint().port()); }
  int requests() const { return requests_; }

 private:
  void serve() {
    while (!stopping_) {
      net::ip::tcp::socket s(io_);
      boost::system::error_code ec;
      acceptor_.accept(s, ec);
      if (ec || stopping_) break;
      boost::beast::flat_buffer buffer;
      Request req;
      bhttp::read(s, buffer, req, ec);
      if (ec) continue;
      ++requests_;
      const auto reply = answer_(req);
      bhttp::response<bhttp::string_body> res{static_cast<bhttp::status>(reply.status), 11};
      res.set(bhttp::field::content_type, "application/json");
      res.body() = reply.body;
      res.prepare_payload();
      bhttp::write(s, res, ec);
    }
  }
  std::function<Reply(const Request&)> answer_;
  net::io_context io_;
  net::ip::tcp::acceptor acceptor_;
  std::atomic<bool> stopping_{false};
  std::atomic<int> requests_{0};
  std::thread thread_;
};

std::map<std::string, std::string> parse_form(const std::string& text) {
  std::map<std::string, std::string> out;
  std::size_t at = 0;
  while (at <= text.size()) {
    const auto end = std::min(text.find('&', at), text.size());
    const auto pair = text.substr(at, end - at);
    const auto eq = pair.find('=');
    std::string value;
    const std::string raw = eq == std::string::npos ? "" : pair.substr(eq + 1);
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '%' && i + 2 < raw.size()) {
        value += static_cast<char>(std::stoi(raw.substr(i + 1, 2), nullptr, 16));
        i += 2;
      } else {
        value += raw[i] == '+' ? ' ' : raw[i];
      }
    }
    out[pair.substr(0, eq)] = value;
    at = end + 1;
  }
  return out;
}

std::string hex_of(const unsigned char* bytes, std::size_t n) {
  std::string out(n * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), bytes, n);
  out.pop_back();
  return out;
}

// A stream read from a raw socket until `needle` shows up (or 20 s pass).
class Stream {
 public:
  Stream(unsigned short port, const std::string& target, const std::string& token) : s_(io_) {
    s_.connect({net::ip::make_address("127.0.0.1"), port});
    timeval tv{0, 200000};
    setsockopt(s_.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    net::write(s_, net::buffer("GET " + target + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token + "\r\n\r\n"));
  }
  bool wait_for(const std::string& needle, std::chrono::milliseconds limit = std::chrono::seconds(20)) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (got.find(needle) == std::string::npos && std::chrono::steady_clock::now() < deadline) {
      char buf[4096];
      const auto n = ::recv(s_.native_handle(), buf, sizeof buf, 0);
      if (n > 0) got.append(buf, static_cast<std::size_t>(n));
      else if (n == 0) break;
    }
    return got.find(needle) != std::string::npos;
  }
  std::string got;

 private:
  net::io_context io_;
  net::ip::tcp::socket s_;
};

class SoftPhoneLive : public SoftPhone {
 protected:
  // A project with a member `caller` and numbers; returns the project id.
  std::int64_t project_of(std::int64_t caller, const std::string& phones) {
    const auto p = project("Обзвон");
    EXPECT_EQ(client->post("/api/v1/projects/" + std::to_string(p) + "/members",
                           json::serialize(json::object{{"user_id", caller}}), admin_token())
                  .status,
              200);
    exec("INSERT INTO phone_numbers (project_id, phone, status_id, company) SELECT " + std::to_string(p) +
         ", x, 1, 'ООО Ромашка' FROM unnest('{" + phones + "}'::bigint[]) x");
    return p;
  }
};

}  // namespace

TEST_F(SoftPhoneLive, TheOperatorsOpenPagesHearOfHisCallWithItsCard) {
  const auto caller = create_user("operator", "manager");
  create_user("other", "manager");
  project_of(caller, "79160000001");
  const auto id = integration({{"101", caller}});
  const auto tok = token("operator", "password-123");

  auto me = client->get("/api/v1/softphone/me", tok);
  ASSERT_EQ(me.status, 200) << me.body;
  EXPECT_EQ(me.json().at("extension").as_string(), "101");
  EXPECT_FALSE(me.json().at("click_to_call").as_bool()) << "the numbase kind has no API to dial with";
  EXPECT_TRUE(client->get("/api/v1/softphone/me", token("other", "password-123")).json().at("extension").is_null());

  Stream first(server->port(), "/api/v1/softphone/calls/live", tok), second(server->port(), "/api/v1/softphone/calls/live", tok);
  Stream others(server->port(), "/api/v1/softphone/calls/live", token("other", "password-123"));
  ASSERT_TRUE(first.wait_for("\r\n\r\n")) << "headers";
  ASSERT_TRUE(second.wait_for("\r\n\r\n"));
  EXPECT_EQ(first.got.rfind("HTTP/1.1 200", 0), 0u) << first.got;
  EXPECT_NE(first.got.find("text/event-stream"), std::string::npos);

  const auto started = std::chrono::steady_clock::now();
  ASSERT_EQ(post_event(id, event("call_started", "live-1", "+79160000001", {{"extension", "101"}, {"direction", "inbound"}})).status,
            200);
  ASSERT_TRUE(first.wait_for("event: call")) << first.got;
  const auto latency = std::chrono::steady_clock::now() - started;
  EXPECT_LT(latency, std::chrono::seconds(2)) << "woken by the notification, not a slow poll";
  ASSERT_TRUE(first.wait_for("}\n\n"));
  EXPECT_NE(first.got.find("\"state\":\"ringing\""), std::string::npos) << first.got;
  EXPECT_NE(first.got.find("\"company\":\"ООО Ромашка\""), std::string::npos) << "the card comes along";
  EXPECT_TRUE(second.wait_for("+79160000001")) << "every tab gets it";

  ASSERT_EQ(post_event(id, event("call_ended", "live-1", "+79160000001", {{"extension", "101"}, {"duration", 30}, {"result", "answered"}})).status,
            200);
  EXPECT_TRUE(first.wait_for("\"state\":\"ended\"")) << first.got;
  EXPECT_FALSE(others.wait_for("event: call", std::chrono::milliseconds(600))) << "another user's stream hears nothing";
  EXPECT_EQ(client->get("/api/v1/softphone/calls/live").status, 401);
}

TEST_F(SoftPhoneLive, ACallWhoseEndNeverComesIsClosedAsUnknown) {
  const auto caller = create_user("operator", "manager");
  project_of(caller, "79160000001");
  const auto id = integration({{"101", caller}});
  ASSERT_EQ(post_event(id, event("call_started", "lost", "+79160000001", {{"extension", "101"}})).status, 200);
  ASSERT_EQ(post_event(id, event("call_started", "fresh", "+79160000001", {{"extension", "101"}})).status, 200);
  exec("UPDATE calls SET started_at = CASE pbx_call_id WHEN 'lost' THEN now() - interval '4 hours' ELSE now() END");
  db::Connection conn(conninfo);
  EXPECT_EQ(softphone::close_unfinished_calls(conn, std::chrono::hours(3), 100), 1);
  EXPECT_EQ(softphone::close_unfinished_calls(conn, std::chrono::hours(3), 100), 0) << "its end is queued once";
  apply_events();
  EXPECT_EQ(softphone::close_unfinished_calls(conn, std::chrono::hours(3), 100), 0) << "and it is ended";
  EXPECT_EQ(scalar("SELECT count(*) FROM calls WHERE pbx_call_id = 'lost' AND outcome = 'unknown' AND ended_at IS NOT NULL"), 1);
  EXPECT_EQ(scalar("SELECT count(*) FROM calls WHERE pbx_call_id = 'fresh' AND ended_at IS NULL"), 1) << "still going";
  EXPECT_EQ(scalar("SELECT call_attempts FROM phone_numbers"), 1) << "the attempt counts";
  EXPECT_EQ(scalar("SELECT status_id FROM phone_numbers"), 1) << "no status from an unknown end";
}

TEST_F(SoftPhoneLive, CallsAndContactedNumbersReachTheConversionReport) {
  const auto caller = create_user("operator", "manager");
  const auto p = project_of(caller, "79160000001,79160000002,79160000003");
  const auto id = integration({{"101", caller}});
  const auto call = [&](const std::string& call_id, const std::string& phone, const std::string& result) {
    ASSERT_EQ(post_event(id, event("call_started", call_id, phone, {{"extension", "101"}})).status, 200);
    ASSERT_EQ(post_event(id, event("call_ended", call_id, phone,
                                   {{"extension", "101"}, {"duration", result == "answered" ? 60 : 0}, {"result", result}}))
                  .status,
              200);
  };
  call("a1", "+79160000001", "no_answer");
  call("a2", "+79160000001", "answered");
  call("a3", "+79160000001", "answered");  // contacted once, however often
  call("a4", "+79160000002", "answered");
  call("a5", "+79160000003", "busy");
  auto report = client->get("/api/v1/projects/" + std::to_string(p) + "/conversion?date_from=2026-12-01&date_to=2026-12-31",
                            admin_token());
  ASSERT_EQ(report.status, 200) << report.body;
  const auto m = report.json().at("measures");
  EXPECT_EQ(m.at("calls").as_int64(), 5);
  EXPECT_EQ(m.at("contacted").as_int64(), 2);
  auto summary = client->get("/api/v1/conversion/summary?date_from=2026-11-01&date_to=2026-12-31", admin_token()).json();
  EXPECT_EQ(summary.at("totals").at("calls").as_int64(), 5) << summary;
  EXPECT_EQ(summary.at("totals").at("contacted").as_int64(), 2);
  const auto day = report.json().at("daily").as_array();
  std::int64_t daily_calls = 0;
  for (const auto& d : day) daily_calls += d.at("calls").as_int64();
  EXPECT_EQ(daily_calls, 5);
}

TEST_F(SoftPhoneLive, UnlinkedCallsAreListedForAdministrators) {
  const auto caller = create_user("operator", "manager");
  project_of(caller, "79160000001");
  const auto id = integration({{"101", caller}});
  ASSERT_EQ(post_event(id, event("call_started", "u1", "+79169999991")).status, 200);
  ASSERT_EQ(post_event(id, event("call_started", "u2", "+79169999992")).status, 200);
  ASSERT_EQ(post_event(id, event("call_started", "k1", "+79160000001")).status, 200);
  auto page = client->get("/api/v1/softphone/calls?unlinked=true&limit=1", admin_token());
  ASSERT_EQ(page.status, 200) << page.body;
  auto j = page.json();
  ASSERT_EQ(j.at("data").as_array().size(), 1u);
  EXPECT_EQ(j.at("data").at(0).at("phone_number").as_string(), "+79169999992") << "newest first";
  EXPECT_EQ(j.at("data").at(0).at("integration_name").as_string(), "Офисная АТС");
  const auto cursor = std::string(j.at("pagination").at("next_cursor").as_string());
  auto next = client->get("/api/v1/softphone/calls?unlinked=true&limit=1&cursor=" + cursor, admin_token()).json();
  ASSERT_EQ(next.at("data").as_array().size(), 1u);
  EXPECT_EQ(next.at("data").at(0).at("phone_number").as_string(), "+79169999991");
  EXPECT_TRUE(next.at("pagination").at("next_cursor").is_null());
  EXPECT_EQ(client->get("/api/v1/softphone/calls?unlinked=false", admin_token()).json().at("data").as_array().size(), 1u);
  EXPECT_EQ(client->get("/api/v1/softphone/calls", token("operator", "password-123")).status, 403);
  EXPECT_EQ(client->get("/api/v1/softphone/calls?unlinked=maybe", admin_token()).status, 422);
}

TEST_F(SoftPhoneLive, ClickToCallThroughZadarmaIsSignedAsTheApiWants) {
  const auto caller = create_user("operator", "manager");
  project_of(caller, "79160000001");
  const std::string key = "zadarma-user-key-1", secret = "zadarma-secret-key-1";
  std::mutex mu;
  std::string seen_target;
  bool signature_ok = false;
  FakePbx pbx([&](const FakePbx::Request& req) -> FakePbx::Reply {
    // What Zadarma checks: "key:base64(hex(HMAC-SHA1(secret, method + params + md5(params))))".
    const std::string target(req.target());
    const auto q = target.find('?');
    const std::string method = target.substr(0, q), params = q == std::string::npos ? "" : target.substr(q + 1);
    unsigned char md5[16];
    unsigned int n = 0;
    EVP_Digest(params.data(), params.size(), md5, &n, EVP_md5(), nullptr);
    const auto expected = key + ":" + zadarma_signature(secret, method + params + hex_of(md5, 16));
    std::lock_guard lock(mu);
    seen_target = target;
    signature_ok = req.method() == bhttp::verb::get && std::string(req[bhttp::field::authorization]) == expected;
    if (!signature_ok) return {401, R"({"status":"error","message":"Not authorized"})"};
    return {200, R"({"status":"success","from":101,"to":79160000001,"time":1733220000})"};
  });
  auto created = client->post("/api/v1/softphone/integrations",
                              json::serialize(json::object{{"name", "Задарма"},
                                                           {"kind", "zadarma"},
                                                           {"secrets", {{"secret", secret}, {"api_key", key}}},
                                                           {"api_url", pbx.url()},
                                                           {"extensions", {{"101", caller}}}}),
                              admin_token());
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.body.find(key), std::string::npos) << "the API key is a secret too";
  const auto tok = token("operator", "password-123");
  EXPECT_TRUE(client->get("/api/v1/softphone/me", tok).json().at("click_to_call").as_bool());

  auto res = client->post("/api/v1/softphone/calls", R"({"phone_number": "+7 916 000-00-01"})", tok);
  ASSERT_EQ(res.status, 202) << res.body;
  {
    std::lock_guard lock(mu);
    EXPECT_TRUE(signature_ok) << seen_target;
    EXPECT_EQ(seen_target, "/v1/request/callback/?from=101&to=79160000001");
  }
  EXPECT_EQ(audit_count("action = 'call' AND entity_type = 'phone_number'"), 1);

  // Not a number of his projects: no call is made.
  auto stranger = client->post("/api/v1/softphone/calls", R"({"phone_number": "+79169999999"})", tok);
  EXPECT_EQ(stranger.status, 422) << stranger.body;
  EXPECT_EQ(pbx.requests(), 1);

  // The PBX refuses (a wrong key): the user hears why.
  const auto zid = created.json().at("id").as_int64();
  ASSERT_EQ(client->patch("/api/v1/softphone/integrations/" + std::to_string(zid),
                          json::serialize(json::object{{"secrets", {{"secret", "another-secret-key"}, {"api_key", key}}}}),
                          admin_token())
                .status,
            200);
  auto refused = client->post("/api/v1/softphone/calls", R"({"phone_number": "+79160000001"})", tok);
  EXPECT_EQ(refused.status, 502) << refused.body;
  EXPECT_EQ(refused.json().at("error").at("code").as_string(), "PBX_ERROR");
}

TEST_F(SoftPhoneLive, ClickToCallThroughMangoIsSignedAsTheApiWants) {
  const auto caller = create_user("operator", "manager");
  project_of(caller, "79160000001");
  const std::string key = "mango-api-key-0001", salt = "mango-api-salt-0001";
  std::mutex mu;
  json::object command;
  bool signature_ok = false;
  FakePbx pbx([&](const FakePbx::Request& req) -> FakePbx::Reply {
    auto f = parse_form(req.body());
    unsigned char digest[crypto_hash_sha256_BYTES];
    const auto message = f["vpbx_api_key"] + f["json"] + salt;
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(message.data()), message.size());
    std::lock_guard lock(mu);
    signature_ok = req.target() == "/vpbx/commands/callback" && f["vpbx_api_key"] == key && f["sign"] == hex_of(digest, sizeof digest);
    if (!signature_ok) return {200, R"({"result":3102})"};
    command = json::parse(f["json"]).as_object();
    return {200, R"({"result":1000})"};
  });
  auto created = client->post("/api/v1/softphone/integrations",
                              json::serialize(json::object{{"name", "Манго"},
                                                           {"kind", "mango"},
                                                           {"secrets", {{"api_key", key}, {"api_salt", salt}}},
                                                           {"api_url", pbx.url() + "/vpbx/"},
                                                           {"extensions", {{"205", caller}}}}),
                              admin_token());
  ASSERT_EQ(created.status, 201) << created.body;
  auto res = client->post("/api/v1/softphone/calls", R"({"phone_number": "79160000001"})", token("operator", "password-123"));
  ASSERT_EQ(res.status, 202) << res.body;
  std::lock_guard lock(mu);
  EXPECT_TRUE(signature_ok);
  EXPECT_EQ(command.at("from").at("extension").as_string(), "205");
  EXPECT_EQ(command.at("to_number").as_string(), "79160000001");
  EXPECT_FALSE(command.at("command_id").as_string().empty());
}
