#include <boost/json/serialize.hpp>
#include <chrono>

#include "auth/jwt.hpp"
#include "support/api_fixture.hpp"

using namespace numbase;
using namespace numbase::test;
namespace json = boost::json;

namespace {
std::string body(json::object o) { return json::serialize(o); }
std::string creds(const std::string& u, const std::string& p) { return body({{"username", u}, {"password", p}}); }
}  // namespace

using Auth = ApiTest;

TEST_F(Auth, LoginReturnsTokensAndUser) {
  auto res = login("admin", kAdminPassword);
  EXPECT_FALSE(res.at("access_token").as_string().empty());
  EXPECT_FALSE(res.at("refresh_token").as_string().empty());
  EXPECT_EQ(res.at("expires_in").as_int64(), 900);
  EXPECT_EQ(res.at("user").at("username").as_string(), "admin");
  EXPECT_EQ(res.at("user").at("role").as_string(), "administrator");
  EXPECT_EQ(audit_count("action = 'login' AND user_id = 1"), 1);
}

TEST_F(Auth, MeShowsRoleAndPermissions) {
  create_user("manager1", "manager");
  auto res = client->get("/api/v1/auth/me", token("manager1", "password-123"));
  ASSERT_EQ(res.status, 200) << res.body;
  auto j = res.json();
  EXPECT_EQ(j.at("user").at("username").as_string(), "manager1");
  EXPECT_EQ(j.at("role").as_string(), "manager");
  EXPECT_NE(json::serialize(j.at("permissions")).find("phone_numbers.read"), std::string::npos);
}

TEST_F(Auth, WrongPasswordAndUnknownUserAre401AndAudited) {
  for (auto [u, p] : {std::pair{"admin", "wrong-password"}, {"nobody", "whatever-1"}}) {
    auto res = client->post("/api/v1/auth/login", creds(u, p));
    EXPECT_EQ(res.status, 401);
    EXPECT_EQ(res.json().at("error").at("code").as_string(), "INVALID_CREDENTIALS");
  }
  EXPECT_EQ(audit_count("action = 'login_failed'"), 2);
}

TEST_F(Auth, DeactivatedUserCannotSignIn) {
  auto id = create_user("gone", "manager");
  ASSERT_EQ(client->del("/api/v1/users/" + std::to_string(id), admin_token()).status, 200);
  EXPECT_EQ(client->post("/api/v1/auth/login", creds("gone", "password-123")).status, 401);
}

TEST_F(Auth, MissingOrBadTokensAre401) {
  EXPECT_EQ(client->get("/api/v1/auth/me").status, 401);
  EXPECT_EQ(client->get("/api/v1/auth/me", "not-a-jwt").status, 401);
  auto good = admin_token();
  // Tampered payload: claim another user, keep the signature.
  auto a = good.find('.'), b = good.rfind('.');
  auto tampered = good.substr(0, a) + "." + auth::base64url(R"({"sub":"2","sid":"x","exp":4000000000})") + good.substr(b);
  EXPECT_EQ(client->get("/api/v1/auth/me", tampered).status, 401);
  // alg none.
  auto none = auth::base64url(R"({"alg":"none","typ":"JWT"})") + "." +
              auth::base64url(R"({"sub":"1","sid":"00000000-0000-0000-0000-000000000000","exp":4000000000})") + ".";
  EXPECT_EQ(client->get("/api/v1/auth/me", none).status, 401);
  // Signed with another key.
  auth::JwtSigner other(std::string(32, 'z'));
  EXPECT_EQ(client->get("/api/v1/auth/me", other.sign({{"sub", "1"}, {"sid", "x"}, {"exp", 4000000000}})).status, 401);
  auto res = client->get("/api/v1/users", "garbage");
  EXPECT_EQ(res.status, 401);
  EXPECT_EQ(res.header("www-authenticate"), "Bearer");
  EXPECT_EQ(res.json().at("error").at("code").as_string(), "UNAUTHORIZED");
}

TEST_F(Auth, ExpiredTokenIs401) {
  admin_token();  // a live session exists
  db::Connection conn(conninfo);
  auto sid = conn.exec("SELECT family_id::text FROM refresh_tokens LIMIT 1").str(0, 0);
  auto now = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  auto expired = app->signer.sign({{"sub", "1"}, {"sid", sid}, {"iat", now - 1000}, {"exp", now - 1}});
  auto fresh = app->signer.sign({{"sub", "1"}, {"sid", sid}, {"iat", now}, {"exp", now + 60}});
  EXPECT_EQ(client->get("/api/v1/auth/me", expired).status, 401);
  EXPECT_EQ(client->get("/api/v1/auth/me", fresh).status, 200) << "the same claims, not expired, pass";
}

TEST_F(Auth, ManagerGets403OnAdministratorRoutes) {
  create_user("manager1", "manager");
  auto t = token("manager1", "password-123");
  for (const char* path : {"/api/v1/users", "/api/v1/roles", "/api/v1/audit_log", "/api/v1/audit_log/export",
                           "/api/v1/users/1"}) {
    auto res = client->get(path, t);
    EXPECT_EQ(res.status, 403) << path;
    EXPECT_EQ(res.json().at("error").at("code").as_string(), "FORBIDDEN");
  }
  EXPECT_EQ(client->post("/api/v1/users", creds("x12", "password-123"), t).status, 403);
  EXPECT_EQ(client->patch("/api/v1/users/1", "{}", t).status, 403);
  EXPECT_EQ(client->del("/api/v1/users/1", t).status, 403);
}

TEST_F(Auth, RefreshRotatesAndReuseRevokesTheFamily) {
  auto first = login("admin", kAdminPassword);
  const std::string r1(first.at("refresh_token").as_string());
  auto res = client->post("/api/v1/auth/refresh", body({{"refresh_token", r1}}));
  ASSERT_EQ(res.status, 200) << res.body;
  const std::string r2(res.json().at("refresh_token").as_string());
  const std::string a2(res.json().at("access_token").as_string());
  EXPECT_NE(r1, r2);
  EXPECT_EQ(client->get("/api/v1/auth/me", a2).status, 200);

  // The rotated token comes back: someone stole it. The whole family dies.
  res = client->post("/api/v1/auth/refresh", body({{"refresh_token", r1}}));
  EXPECT_EQ(res.status, 401);
  EXPECT_EQ(res.json().at("error").at("code").as_string(), "INVALID_REFRESH_TOKEN");
  EXPECT_EQ(client->post("/api/v1/auth/refresh", body({{"refresh_token", r2}})).status, 401);
  EXPECT_EQ(client->get("/api/v1/auth/me", a2).status, 401);
  EXPECT_EQ(audit_count("action = 'refresh_token_reuse'"), 1);

  // Another session of the same user is untouched.
  EXPECT_EQ(client->get("/api/v1/auth/me", admin_token()).status, 200);
  // Unknown tokens are refused.
  EXPECT_EQ(client->post("/api/v1/auth/refresh", body({{"refresh_token", "nope"}})).status, 401);
}

TEST_F(Auth, StoresOnlyTokenHashes) {
  auto res = login("admin", kAdminPassword);
  db::Connection conn(conninfo);
  auto r = conn.query("SELECT count(*) FROM refresh_tokens WHERE encode(token_hash, 'escape') = $1",
                      std::string(res.at("refresh_token").as_string()));
  EXPECT_EQ(r.i64(0, 0), 0);
  EXPECT_EQ(conn.exec("SELECT length(token_hash) FROM refresh_tokens").i64(0, 0), 32);
}

TEST_F(Auth, LogoutRevokesTheSession) {
  auto s = login("admin", kAdminPassword);
  const std::string access(s.at("access_token").as_string()), refresh(s.at("refresh_token").as_string());
  auto res = client->post("/api/v1/auth/logout", "", access);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(client->get("/api/v1/auth/me", access).status, 401);
  EXPECT_EQ(client->post("/api/v1/auth/refresh", body({{"refresh_token", refresh}})).status, 401);
  EXPECT_EQ(audit_count("action = 'logout'"), 1);

  // With only the refresh token (the access token may have expired).
  auto s2 = login("admin", kAdminPassword);
  res = client->post("/api/v1/auth/logout", body({{"refresh_token", s2.at("refresh_token")}}));
  EXPECT_EQ(res.status, 200);
  EXPECT_EQ(client->get("/api/v1/auth/me", std::string(s2.at("access_token").as_string())).status, 401);
  EXPECT_EQ(client->post("/api/v1/auth/logout", "").status, 401);
}

TEST_F(Auth, FiveFailuresForAnAccountAtAnAddressWaitGrowingly) {
  for (int i = 0; i < 5; ++i) EXPECT_EQ(client->post("/api/v1/auth/login", creds("admin", "wrong-pass")).status, 401);
  auto res = client->post("/api/v1/auth/login", creds("admin", kAdminPassword));
  EXPECT_EQ(res.status, 429) << "even the right password waits";
  EXPECT_EQ(res.json().at("error").at("code").as_string(), "TOO_MANY_ATTEMPTS");
  int retry = std::stoi(res.header("retry-after"));
  EXPECT_GT(retry, 0);
  EXPECT_LE(retry, 30) << "a short wait first, not a 15-minute wall";
  EXPECT_EQ(client->post("/api/v1/auth/login", creds("admin", kAdminPassword)).status, 429);
  EXPECT_EQ(audit_count("action = 'login_blocked'"), 1) << "blocked attempts are one audit record per window";

  // After the wait, another failure doubles it.
  db::Connection conn(conninfo);
  conn.exec("UPDATE auth_failures SET failed_at = failed_at - interval '31 seconds'");
  EXPECT_EQ(client->post("/api/v1/auth/login", creds("admin", "wrong-again")).status, 401);
  retry = std::stoi(client->post("/api/v1/auth/login", creds("admin", kAdminPassword)).header("retry-after"));
  EXPECT_GT(retry, 30);
  EXPECT_LE(retry, 60);

  // Once the failures are older than the window, sign-in works again.
  conn.exec("UPDATE auth_failures SET failed_at = failed_at - interval '16 minutes'");
  EXPECT_EQ(client->post("/api/v1/auth/login", creds("admin", kAdminPassword)).status, 200);
}

TEST_F(Auth, AHugeUsernameIsRefusedBeforeAnythingIsWritten) {
  const auto before = audit_count("true");
  auto res = client->post("/api/v1/auth/login", creds(std::string(200000, 'x'), "wrong-pass"));
  EXPECT_EQ(res.status, 422);
  EXPECT_EQ(audit_count("true"), before);
  db::Connection conn(conninfo);
  EXPECT_EQ(conn.exec("SELECT count(*) FROM auth_failures").i64(0, 0), 0);
}

class AuthBehindProxy : public ApiTest {
 protected:
  void configure(Config& c) override { c.trust_forwarded_for = true; }
  HttpResponse attempt(const std::string& user, const std::string& pass, const std::string& ip) {
    return client->request("POST", "/api/v1/auth/login", creds(user, pass), {{"X-Forwarded-For", ip + ", 10.0.0.1"}});
  }
};

TEST_F(AuthBehindProxy, AnOfficeBehindOneAddressIsNotLockedOutByOneUser) {
  // The administrator works from the office address.
  EXPECT_EQ(attempt("admin", kAdminPassword, "203.0.113.7").status, 200);
  create_user("colleague", "manager");
  // Someone in the office mistypes their own password five times: only they wait.
  for (int i = 0; i < 5; ++i) EXPECT_EQ(attempt("someone", "wrong-pass", "203.0.113.7").status, 401);
  EXPECT_EQ(attempt("someone", "wrong-pass", "203.0.113.7").status, 429);
  EXPECT_EQ(attempt("colleague", "password-123", "203.0.113.7").status, 200) << "a colleague is not blocked";
  // Wrong passwords for the administrator from elsewhere do not lock them out of the office.
  for (int i = 0; i < 5; ++i) EXPECT_EQ(attempt("admin", "wrong-pass", "198.51.100.9").status, 401);
  EXPECT_EQ(attempt("admin", kAdminPassword, "198.51.100.9").status, 429);
  EXPECT_EQ(attempt("admin", kAdminPassword, "203.0.113.7").status, 200);
  EXPECT_EQ(audit_count("action = 'login_blocked' AND ip = '203.0.113.7'"), 1);
}

TEST_F(AuthBehindProxy, ManyNamesFromOneAddressBlockItButNotItsKnownUsers) {
  EXPECT_EQ(attempt("admin", kAdminPassword, "203.0.113.7").status, 200);
  create_user("colleague", "manager");
  for (int i = 0; i < 50; ++i) EXPECT_EQ(attempt("user" + std::to_string(i), "wrong-pass", "203.0.113.7").status, 401);
  EXPECT_EQ(attempt("colleague", "password-123", "203.0.113.7").status, 429) << "never signed in from there";
  EXPECT_EQ(attempt("admin", kAdminPassword, "203.0.113.7").status, 200) << "a known address of the account";
  EXPECT_EQ(attempt("colleague", "password-123", "203.0.113.8").status, 200) << "another address is not blocked";
}

TEST_F(AuthBehindProxy, ADistributedGuessOfOneAccountWaitsButNotAtItsKnownAddress) {
  EXPECT_EQ(attempt("admin", kAdminPassword, "203.0.113.7").status, 200);
  for (int i = 0; i < 20; ++i)
    EXPECT_EQ(attempt("admin", "wrong-pass", "198.51.100." + std::to_string(i + 1)).status, 401);
  EXPECT_EQ(attempt("admin", kAdminPassword, "198.51.100.200").status, 429) << "from a new address";
  EXPECT_EQ(attempt("admin", kAdminPassword, "203.0.113.7").status, 200) << "from the office";
}

TEST_F(Auth, DeactivationRevokesTokens) {
  auto id = create_user("manager1", "manager");
  auto s = login("manager1", "password-123");
  const std::string access(s.at("access_token").as_string()), refresh(s.at("refresh_token").as_string());
  ASSERT_EQ(client->get("/api/v1/auth/me", access).status, 200);
  ASSERT_EQ(client->patch("/api/v1/users/" + std::to_string(id), body({{"status", "inactive"}}), admin_token()).status,
            200);
  EXPECT_EQ(client->get("/api/v1/auth/me", access).status, 401);
  EXPECT_EQ(client->post("/api/v1/auth/refresh", body({{"refresh_token", refresh}})).status, 401);
  db::Connection conn(conninfo);
  EXPECT_EQ(conn.query("SELECT count(*) FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL", id).i64(0, 0), 0);
}
