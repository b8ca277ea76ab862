#pragma once
// The SoftPhone tests' fixture: an integration of the numbase kind, its signed events, projects.
#include <boost/json/serialize.hpp>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "db/connection.hpp"
#include "softphone/calls.hpp"
#include "support/api_fixture.hpp"

namespace numbase::test {
namespace json = boost::json;

inline const std::string kSecret = "pbx-shared-secret-0123456789";

class SoftPhone : public ApiTest {
 protected:
  std::int64_t scalar(const std::string& sql) { return db::Connection(conninfo).exec(sql).i64(0, 0); }
  void exec(const std::string& sql) { db::Connection(conninfo).exec(sql); }

  std::int64_t integration(json::object extensions = {}) {
    auto res = client->post("/api/v1/softphone/integrations",
                            json::serialize(json::object{{"name", "Офисная АТС"},
                                                         {"kind", "numbase"},
                                                         {"secrets", {{"secret", kSecret}}},
                                                         {"extensions", extensions}}),
                            admin_token());
    EXPECT_EQ(res.status, 201) << res.body;
    return res.json().at("id").as_int64();
  }

  static std::string sign(const std::string& secret, const std::string& ts, const std::string& body) {
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state st;
    crypto_auth_hmacsha256_init(&st, reinterpret_cast<const unsigned char*>(secret.data()), secret.size());
    const std::string message = ts + "." + body;
    crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(message.data()), message.size());
    crypto_auth_hmacsha256_final(&st, mac);
    char hex[sizeof mac * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
    return std::string("sha256=") + hex;
  }

  static std::string now_ts(int shift = 0) {
    return std::to_string(
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count() +
        shift);
  }

  // Applies the queued call events, as the server's applier thread does (tests run none).
  void apply_events() {
    db::Connection c(conninfo);
    while (softphone::apply_queued_events(c) > 0) {
    }
  }
  // A webhook's answer, the events it queued applied when it took them.
  HttpResponse applied(HttpResponse res) {
    if (res.status == 200) apply_events();
    return res;
  }

  HttpResponse post_signed(const std::string& path, std::int64_t integration_id, const std::string& body,
                           const std::string& secret = kSecret, int shift = 0) {
    const auto ts = now_ts(shift);
    return client->request("POST", path, body,
                           {{"Content-Type", "application/json"},
                            {"X-Numbase-Integration", std::to_string(integration_id)},
                            {"X-Numbase-Timestamp", ts},
                            {"X-Numbase-Signature", sign(secret, ts, body)}});
  }
  // Posts a signed event and applies it.
  HttpResponse post_event(std::int64_t integration_id, json::object event, const std::string& secret = kSecret,
                          int shift = 0) {
    return applied(post_signed("/api/v1/softphone/events", integration_id, json::serialize(event), secret, shift));
  }

  std::int64_t project(const std::string& name) {
    auto res = client->post("/api/v1/projects", json::serialize(json::object{{"name", name}, {"is_active", false}}),
                            admin_token());
    EXPECT_EQ(res.status, 201) << res.body;
    return res.json().at("id").as_int64();
  }
};

inline json::object event(const std::string& type, const std::string& call, const std::string& phone, json::object extra = {}) {
  json::object e{{"event_type", type}, {"call_id", call}, {"phone_number", phone}, {"direction", "outbound"},
                 {"timestamp", "2026-12-03T10:00:00Z"}};
  for (auto& [k, v] : extra) e[k] = v;
  return e;
}


// What Zadarma sends: base64 of the hex HMAC-SHA1 (PHP's base64_encode(hash_hmac('sha1', …))).
inline std::string zadarma_signature(const std::string& secret, const std::string& text) {
  unsigned char mac[20];
  unsigned int n = 0;
  HMAC(EVP_sha1(), secret.data(), static_cast<int>(secret.size()), reinterpret_cast<const unsigned char*>(text.data()),
       text.size(), mac, &n);
  char hex[41];
  sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
  char b64[64];
  sodium_bin2base64(b64, sizeof b64, reinterpret_cast<const unsigned char*>(hex), 40, sodium_base64_VARIANT_ORIGINAL);
  return b64;
}

inline std::string form(const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string out;
  for (const auto& [k, v] : fields) {
    if (!out.empty()) out += '&';
    out += k + '=';
    for (char c : v) {
      if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.') out += c;
      else if (c == ' ') out += '+';
      else {
        char buf[4];
        std::snprintf(buf, sizeof buf, "%%%02X", static_cast<unsigned char>(c));
        out += buf;
      }
    }
  }
  return out;
}

}  // namespace numbase::test
