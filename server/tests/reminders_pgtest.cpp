// Callbacks coming due (issue 14): found once each, for their assignee only, and sent to the
// open page over server-sent events.
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>

#include <sys/socket.h>

#include <chrono>

#include "reminders/due.hpp"
#include "support/api_fixture.hpp"

using namespace numbase;
using namespace numbase::test;
namespace net = boost::asio;

namespace {
class Reminders : public ApiTest {
 protected:
  void exec(const std::string& sql) { db::Connection(conninfo).exec(sql); }
  std::int64_t project() {
    auto res = client->post("/api/v1/projects", R"({"name": "Callbacks", "is_active": false})", admin_token());
    EXPECT_EQ(res.status, 201) << res.body;
    return res.json().at("id").as_int64();
  }
};
}  // namespace

TEST_F(Reminders, EachComesDueOnceForItsAssignee) {
  const auto p = std::to_string(project());
  const auto anna = std::to_string(create_user("anna", "manager")), boris = std::to_string(create_user("boris", "manager"));
  db::Connection conn(conninfo);
  const auto start = reminders::due_since(conn, std::stoll(anna), "");
  EXPECT_TRUE(start.numbers.empty()) << "nothing before a first look";
  exec("INSERT INTO phone_numbers (project_id, phone, status_id, assigned_to, reminder_at, company) VALUES"
       " (" + p + ", 79160000001, 1, " + anna + ", now() - interval '1 second', 'ООО Ромашка'),"
       " (" + p + ", 79160000002, 1, " + boris + ", now() - interval '1 second', NULL),"
       " (" + p + ", 79160000003, 1, " + anna + ", now() + interval '1 hour', NULL),"
       " (" + p + ", 79160000004, 1, " + anna + ", now() - interval '1 day', NULL)");
  // Those set to a moment after `since` that has come: Anna's first, not Boris's, not later ones.
  const auto since = db::Connection(conninfo).exec(
      "SELECT to_char((now() - interval '1 minute') AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US')").str(0, 0);
  auto due = reminders::due_since(conn, std::stoll(anna), since);
  ASSERT_EQ(due.numbers.size(), 1u);
  EXPECT_EQ(due.numbers[0].at("phone_number").as_string(), "+79160000001");
  EXPECT_EQ(due.numbers[0].at("company").as_string(), "ООО Ромашка");
  EXPECT_TRUE(reminders::due_since(conn, std::stoll(anna), due.until).numbers.empty()) << "once";
}

TEST_F(Reminders, TheOpenPageHearsOfACallbackWhenItComesDue) {
  const auto p = std::to_string(project());
  const auto anna = std::to_string(create_user("anna", "manager"));
  ASSERT_EQ(client->post("/api/v1/projects/" + p + "/members", "{\"user_id\": " + anna + "}", admin_token()).status, 200);
  const auto tok = token("anna", "password-123");

  net::io_context io;
  net::ip::tcp::socket s(io);
  s.connect({net::ip::make_address("127.0.0.1"), server->port()});
  timeval tv{1, 0};
  setsockopt(s.native_handle(), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  net::write(s, net::buffer("GET /api/v1/reminders/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + tok + "\r\n\r\n"));
  // Due two seconds after the page opened.
  exec("INSERT INTO phone_numbers (project_id, phone, status_id, assigned_to, reminder_at) VALUES"
       " (" + p + ", 79161234567, 1, " + anna + ", now() + interval '2 seconds')");
  std::string got;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (got.find("event: reminder") == std::string::npos && std::chrono::steady_clock::now() < deadline) {
    char buf[4096];
    const auto n = ::recv(s.native_handle(), buf, sizeof buf, 0);
    if (n > 0) got.append(buf, static_cast<std::size_t>(n));
    else if (n == 0) break;
  }
  EXPECT_EQ(got.rfind("HTTP/1.1 200", 0), 0u) << got;
  EXPECT_NE(got.find("text/event-stream"), std::string::npos) << got;
  EXPECT_NE(got.find("event: reminder"), std::string::npos) << got;
  EXPECT_NE(got.find("+79161234567"), std::string::npos) << got;
  EXPECT_EQ(client->get("/api/v1/reminders/events").status, 401);
}
