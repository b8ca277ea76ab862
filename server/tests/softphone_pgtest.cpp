// SoftPhone (issue 12, first slice): integrations with sealed secrets, the numbase kind's signed
// webhook, calls made of events (idempotent), linked to numbers, and what a call's end does.
#include <boost/json/serialize.hpp>
#include <sodium.h>

#include <chrono>
#include <ctime>

#include "support/softphone.hpp"

using namespace numbase;
using namespace numbase::test;
namespace json = boost::json;

TEST_F(SoftPhone, AnIntegrationsSecretsAreSealedAndNeverShown) {
  const auto id = integration();
  auto got = client->get("/api/v1/softphone/integrations/" + std::to_string(id), admin_token());
  ASSERT_EQ(got.status, 200) << got.body;
  EXPECT_EQ(got.body.find(kSecret), std::string::npos) << "never echoed";
  EXPECT_EQ(std::string(got.json().at("webhook_url").as_string()).substr(0, 7), "http://");
  EXPECT_NE(got.json().at("webhook_url").as_string().find("/api/v1/softphone/events"), std::string::npos);
  EXPECT_TRUE(got.json().at("outcomes").as_object().contains("no_answer")) << "the defaults";
  EXPECT_EQ(scalar("SELECT count(*) FROM softphone_integrations WHERE position('" + kSecret +
                   "'::bytea IN secrets) > 0"),
            0)
      << "sealed at rest";
  EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE entity_type = 'softphone_integration' AND changes::text LIKE '%" +
                   kSecret + "%'"),
            0);
  auto bad = client->post("/api/v1/softphone/integrations",
                          json::serialize(json::object{{"name", "x"}, {"kind", "mango"}, {"secrets", {{"secret", "short"}}}}),
                          admin_token());
  EXPECT_EQ(bad.status, 422) << bad.body;
  create_user("mgr", "manager");
  EXPECT_EQ(client->get("/api/v1/softphone/integrations", token("mgr", "password-123")).status, 403);
}

TEST_F(SoftPhone, OnlyASignedFreshEventIsTaken) {
  const auto id = integration();
  EXPECT_EQ(post_event(id, event("call_started", "c1", "+79160000001"), "another-secret-entirely").status, 401);
  EXPECT_EQ(post_event(id, event("call_started", "c1", "+79160000001"), kSecret, -301).status, 401) << "stale";
  EXPECT_EQ(post_event(id + 1, event("call_started", "c1", "+79160000001")).status, 401) << "unknown integration";
  EXPECT_EQ(client->request("POST", "/api/v1/softphone/events", "{}", {{"Content-Type", "application/json"}}).status, 401);
  EXPECT_EQ(scalar("SELECT count(*) FROM calls"), 0) << "nothing stored";
  EXPECT_EQ(scalar("SELECT signature_failures FROM softphone_integrations"), 2);
  auto ok = post_event(id, event("call_started", "c1", "+79160000001"), kSecret, -299);
  EXPECT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(post_event(id, event("call_ended", "c1", "not a phone")).status, 422);
}

TEST_F(SoftPhone, ACallsEndMovesItsNumberOnceAndAPersonsStatusWins) {
  const auto mine = project("Mine"), other = project("Other");
  const auto caller = create_user("caller", "manager");
  ASSERT_EQ(client->post("/api/v1/projects/" + std::to_string(mine) + "/members",
                         json::serialize(json::object{{"user_id", caller}}), admin_token())
                .status,
            200);
  const auto id = integration({{"101", caller}});
  const auto m = std::to_string(mine), o = std::to_string(other);
  exec("INSERT INTO phone_numbers (project_id, phone, status_id, created_at, updated_at) VALUES"
       " (" + o + ", 79160000001, 1, '2026-11-01', '2026-11-01'), (" + m + ", 79160000001, 1, '2026-11-02', '2026-11-02'),"
       " (" + m + ", 79160000002, 1, '2026-11-02', '2026-11-02'), (" + o + ", 79160000002, 1, '2026-11-02', '2026-11-02'),"
       " (" + o + ", 79160000003, 1, '2026-11-02', '2026-11-02')");
  const auto number_in = [&](const std::string& project, const std::string& phone) {
    return scalar("SELECT id FROM phone_numbers WHERE project_id = " + project + " AND phone = " + phone);
  };

  // Extension 101 is the caller's: linked to the number in his project only.
  auto res = post_event(id, event("call_started", "c1", "+7 916 000-00-01", {{"extension", "101"}}));
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().at("phone_number_id").as_int64(), number_in(m, "79160000001"));
  const auto no_answer = event("call_ended", "c1", "+79160000001", {{"extension", "101"}, {"duration", 0}, {"result", "no_answer"}});
  ASSERT_EQ(post_event(id, no_answer).status, 200);
  ASSERT_EQ(post_event(id, no_answer).status, 200) << "PBXs repeat themselves";
  EXPECT_EQ(scalar("SELECT call_attempts FROM phone_numbers WHERE id = " + std::to_string(number_in(m, "79160000001"))), 1)
      << "once";
  EXPECT_EQ(scalar("SELECT status_id FROM phone_numbers WHERE id = " + std::to_string(number_in(m, "79160000001"))),
            scalar("SELECT id FROM number_statuses WHERE code = 'no_answer'"));
  EXPECT_EQ(scalar("SELECT call_attempts FROM phone_numbers WHERE id = " + std::to_string(number_in(o, "79160000001"))), 0)
      << "the other project's copy is not his call";
  EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE username = 'softphone: Офисная АТС'"), 1);

  // No extension: every project holding the number. A final status is not overridden.
  exec("UPDATE phone_numbers SET status_id = (SELECT id FROM number_statuses WHERE code = 'refused'), updated_at = '2026-11-03'"
       " WHERE project_id = " + o + " AND phone = 79160000002");
  ASSERT_EQ(post_event(id, event("call_started", "c2", "+79160000002")).status, 200);
  ASSERT_EQ(post_event(id, event("call_ended", "c2", "+79160000002", {{"duration", 95}, {"result", "answered"}})).status, 200);
  EXPECT_EQ(scalar("SELECT count(*) FROM call_numbers l JOIN calls c ON c.id = l.call_id WHERE c.pbx_call_id = 'c2'"), 2);
  EXPECT_EQ(scalar("SELECT status_id FROM phone_numbers WHERE id = " + std::to_string(number_in(m, "79160000002"))),
            scalar("SELECT id FROM number_statuses WHERE code = 'in_progress'"));
  EXPECT_EQ(scalar("SELECT status_id FROM phone_numbers WHERE id = " + std::to_string(number_in(o, "79160000002"))),
            scalar("SELECT id FROM number_statuses WHERE code = 'refused'"));

  // A person's status set after the call began wins over the call's outcome.
  ASSERT_EQ(post_event(id, event("call_started", "c3", "+79160000003")).status, 200);
  exec("UPDATE phone_numbers SET status_id = (SELECT id FROM number_statuses WHERE code = 'callback'), updated_at = '2026-12-03T10:00:30Z'"
       " WHERE phone = 79160000003");
  ASSERT_EQ(post_event(id, event("call_ended", "c3", "+79160000003", {{"duration", 0}, {"result", "busy"}})).status, 200);
  EXPECT_EQ(scalar("SELECT status_id FROM phone_numbers WHERE phone = 79160000003"),
            scalar("SELECT id FROM number_statuses WHERE code = 'callback'"));
  EXPECT_EQ(scalar("SELECT call_attempts FROM phone_numbers WHERE phone = 79160000003"), 1);

  // A number nobody holds: the call is kept, unlinked, and counted as such.
  // (Now: the integration counts today's unlinked calls, today in Moscow.)
  const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  char iso[32];
  std::strftime(iso, sizeof iso, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&now));
  res = post_event(id, event("call_started", "c4", "+79169999999", {{"timestamp", iso}}));
  ASSERT_EQ(res.status, 200);
  EXPECT_TRUE(res.json().at("phone_number_id").is_null());
  auto listed = client->get("/api/v1/softphone/integrations/" + std::to_string(id), admin_token()).json();
  EXPECT_EQ(listed.at("unlinked_calls").as_int64(), 1);
  EXPECT_FALSE(listed.at("last_event_at").is_null());

  // The number card shows its calls.
  auto card = client->get("/api/v1/phone_numbers/" + std::to_string(number_in(m, "79160000001")), admin_token()).json();
  ASSERT_EQ(card.at("call_history").as_array().size(), 1u);
  EXPECT_EQ(card.at("call_history").at(0).at("result").as_string(), "no_answer");
  EXPECT_EQ(card.at("call_history").at(0).at("user").as_string(), "caller");

  // The pop-up: the numbers with that phone the user may see, each with its last calls.
  auto popup = client->get("/api/v1/softphone/number/" + std::string("%2B7%20916%20000-00-01"), token("caller", "password-123"));
  ASSERT_EQ(popup.status, 200) << popup.body;
  auto p = popup.json();
  EXPECT_EQ(p.at("phone_number").as_string(), "+79160000001");
  ASSERT_EQ(p.at("data").as_array().size(), 1u) << "his project only";
  EXPECT_EQ(p.at("data").at(0).at("number").at("project_name").as_string(), "Mine");
  EXPECT_EQ(p.at("data").at(0).at("last_calls").as_array().size(), 1u);
  EXPECT_EQ(client->get("/api/v1/softphone/number/79160000001", admin_token()).json().at("data").as_array().size(), 2u);
  EXPECT_EQ(client->get("/api/v1/softphone/number/nonsense", admin_token()).status, 422);
}


TEST_F(SoftPhone, ZadarmaNotificationsMakeCallsAndTheAddressAnswersItsEcho) {
  const auto p = std::to_string(project("Zadarma"));
  exec("INSERT INTO phone_numbers (project_id, phone, status_id, updated_at) VALUES (" + p + ", 79161112233, 1, '2026-01-01')");
  auto res = client->post("/api/v1/softphone/integrations",
                          json::serialize(json::object{{"name", "Zadarma"}, {"kind", "zadarma"}, {"secrets", {{"secret", kSecret}}}}),
                          admin_token());
  ASSERT_EQ(res.status, 201) << res.body;
  const std::string url = std::string(res.json().at("webhook_url").as_string());
  const std::string path = url.substr(url.find("/api/"));
  EXPECT_NE(path.find("/api/v1/softphone/webhook/"), std::string::npos) << url;

  auto echo = client->get(path + "?zd_echo=abc123");
  EXPECT_EQ(echo.status, 200);
  EXPECT_EQ(echo.body, "abc123");
  EXPECT_EQ(client->get("/api/v1/softphone/webhook/" + std::string(36, 'a') + "?zd_echo=x").status, 404);

  auto send = [&](std::vector<std::pair<std::string, std::string>> fields, const std::string& signed_text,
                  const std::string& secret = kSecret) {
    return applied(client->request("POST", path, form(fields),
                                   {{"Content-Type", "application/x-www-form-urlencoded"},
                                    {"Signature", zadarma_signature(secret, signed_text)}}));
  };
  const std::string start = "2026-12-03 13:00:00";
  // An incoming call: START, then END with its disposition.
  EXPECT_EQ(send({{"event", "NOTIFY_START"}, {"call_start", start}, {"pbx_call_id", "in_1"}, {"caller_id", "+79161112233"},
                  {"called_did", "74951234567"}},
                 "+79161112233" "74951234567" + start, "a wrong secret!!")
                .status,
            401);
  res = send({{"event", "NOTIFY_START"}, {"call_start", start}, {"pbx_call_id", "in_1"}, {"caller_id", "+79161112233"},
              {"called_did", "74951234567"}},
             "+79161112233" "74951234567" + start);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_FALSE(res.json().at("phone_number_id").is_null()) << res.body;
  res = send({{"event", "NOTIFY_END"}, {"call_start", start}, {"pbx_call_id", "in_1"}, {"caller_id", "+79161112233"},
              {"called_did", "74951234567"}, {"internal", "101"}, {"duration", "0"}, {"disposition", "busy"},
              {"is_recorded", "0"}},
             "+79161112233" "74951234567" + start);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(scalar("SELECT call_attempts FROM phone_numbers WHERE phone = 79161112233"), 1);
  EXPECT_EQ(scalar("SELECT status_id FROM phone_numbers WHERE phone = 79161112233"),
            scalar("SELECT id FROM number_statuses WHERE code = 'no_answer'"));
  EXPECT_EQ(scalar("SELECT count(*) FROM calls WHERE pbx_call_id = 'in_1' AND direction = 'inbound' AND outcome = 'busy'"
                   " AND started_at = '2026-12-03 13:00:00 Europe/Moscow'"),
            1);

  // An outgoing call from extension 102, answered, then its recording.
  res = send({{"event", "NOTIFY_OUT_START"}, {"call_start", start}, {"pbx_call_id", "out_1"}, {"internal", "102"},
              {"destination", "89161112233"}},
             "102" "89161112233" + start);
  ASSERT_EQ(res.status, 200) << res.body;
  res = send({{"event", "NOTIFY_OUT_END"}, {"call_start", start}, {"pbx_call_id", "out_1"}, {"internal", "102"},
              {"destination", "89161112233"}, {"duration", "61"}, {"disposition", "answered"}, {"is_recorded", "1"},
              {"call_id_with_rec", "1700000000.123"}},
             "102" "89161112233" + start);
  ASSERT_EQ(res.status, 200) << res.body;
  res = send({{"event", "NOTIFY_RECORD"}, {"pbx_call_id", "out_1"}, {"call_id_with_rec", "1700000000.123"}},
             "out_1" "1700000000.123");
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(scalar("SELECT count(*) FROM calls WHERE pbx_call_id = 'out_1' AND outcome = 'answered' AND duration = 61"
                   " AND recording = '1700000000.123' AND extension = '102'"),
            1);
  EXPECT_EQ(scalar("SELECT call_attempts FROM phone_numbers WHERE phone = 79161112233"), 2);
  EXPECT_EQ(scalar("SELECT signature_failures FROM softphone_integrations WHERE kind = 'zadarma'"), 1);
}

TEST_F(SoftPhone, MangoEventsAreOrderedBySeqAndTheSummaryEndsTheCall) {
  const auto p = std::to_string(project("Mango"));
  const auto caller = create_user("operator", "manager");
  ASSERT_EQ(client->post("/api/v1/projects/" + p + "/members", json::serialize(json::object{{"user_id", caller}}),
                         admin_token())
                .status,
            200);
  exec("INSERT INTO phone_numbers (project_id, phone, status_id, updated_at) VALUES (" + p + ", 79163334455, 1, '2025-01-01')");
  const std::string key = "mango-api-key-123", salt = "mango-salt-456";
  auto res = client->post("/api/v1/softphone/integrations",
                          json::serialize(json::object{{"name", "Mango"},
                                                       {"kind", "mango"},
                                                       {"secrets", {{"api_key", key}, {"api_salt", salt}}},
                                                       {"extensions", {{"201", caller}}}}),
                          admin_token());
  ASSERT_EQ(res.status, 201) << res.body;
  const std::string url = std::string(res.json().at("webhook_url").as_string());
  const std::string base = url.substr(url.find("/api/"));
  auto post = [&](const std::string& what, json::object body, const std::string& with_salt) {
    const auto text = json::serialize(body);
    unsigned char digest[crypto_hash_sha256_BYTES];
    const auto message = key + text + with_salt;
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(message.data()), message.size());
    char hex[sizeof digest * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return applied(client->request("POST", base + "/events/" + what,
                                   form({{"vpbx_api_key", key}, {"sign", hex}, {"json", text}}),
                                   {{"Content-Type", "application/x-www-form-urlencoded"}}));
  };
  const json::object from{{"number", "79163334455"}}, to{{"extension", "201"}, {"number", "74950000000"}};
  auto state = [&](int seq, const char* s) {
    return json::object{{"entry_id", "E1"}, {"call_id", "L1"}, {"timestamp", 1764756000 + seq}, {"seq", seq},
                        {"call_state", s}, {"from", from}, {"to", to}};
  };
  EXPECT_EQ(post("call", state(1, "Appeared"), "a wrong salt").status, 401);
  // Out of order: Connected (seq 2) before Appeared (seq 1); the late Appeared changes nothing.
  res = post("call", state(2, "Connected"), salt);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().at("status").as_string(), "event_received");
  res = post("call", state(1, "Appeared"), salt);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(scalar("SELECT last_seq FROM calls WHERE pbx_call_id = 'E1'"), 2) << "the late Appeared changed nothing";
  EXPECT_EQ(scalar("SELECT count(*) FROM calls WHERE pbx_call_id = 'E1' AND answered_at IS NOT NULL AND direction = 'inbound'"
                   " AND extension = '201' AND user_id = " + std::to_string(caller)),
            1);
  ASSERT_EQ(post("call", state(3, "Disconnected"), salt).status, 200);
  EXPECT_EQ(scalar("SELECT call_attempts FROM phone_numbers WHERE phone = 79163334455"), 0) << "the summary ends it";
  res = post("summary",
             json::object{{"entry_id", "E1"}, {"from", from}, {"to", to}, {"entry_result", 1}, {"talk_time", 1764756005},
                          {"end_time", 1764756065}},
             salt);
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(scalar("SELECT count(*) FROM calls WHERE pbx_call_id = 'E1' AND outcome = 'answered' AND duration = 60"), 1);
  EXPECT_EQ(scalar("SELECT call_attempts FROM phone_numbers WHERE phone = 79163334455"), 1);
  EXPECT_EQ(scalar("SELECT status_id FROM phone_numbers WHERE phone = 79163334455"),
            scalar("SELECT id FROM number_statuses WHERE code = 'in_progress'"));
}

TEST_F(SoftPhone, EventsWaitInTheQueueAndABatchAppliesThemAsIfOneByOne) {
  const auto p = std::to_string(project("Batch"));
  exec("INSERT INTO phone_numbers (project_id, phone, status_id, updated_at) VALUES (" + p + ", 79160000001, 1, '2026-01-01'),"
       " (" + p + ", 79160000002, 1, '2026-01-01')");
  const auto id = integration();
  const auto post = [&](json::object e) {
    auto res = post_signed("/api/v1/softphone/events", id, json::serialize(e));
    EXPECT_EQ(res.status, 200) << res.body;
    return res;
  };
  // A whole call, a second call to the same number, and a missed call: all in one batch.
  auto res = post(event("call_started", "b1", "+79160000001"));
  EXPECT_FALSE(res.json().at("phone_number_id").is_null()) << "the PBX hears which number it is at once";
  post(event("call_answered", "b1", "+79160000001"));
  post(event("call_ended", "b1", "+79160000001", {{"duration", 30}, {"result", "answered"}}));
  post(event("call_ended", "b1", "+79160000001", {{"duration", 30}, {"result", "answered"}}));  // repeated
  post(event("call_started", "b2", "+79160000001"));
  post(event("call_ended", "b2", "+79160000001", {{"duration", 12}, {"result", "answered"}}));
  post(event("call_ended", "b3", "+79160000002", {{"duration", 0}, {"result", "no_answer"}}));
  EXPECT_EQ(scalar("SELECT count(*) FROM calls"), 0) << "answered before it is applied";
  EXPECT_EQ(scalar("SELECT count(*) FROM call_events"), 7);

  db::Connection conn(conninfo);
  EXPECT_EQ(softphone::apply_queued_events(conn), 7);
  EXPECT_EQ(scalar("SELECT count(*) FROM call_events"), 0);
  EXPECT_EQ(scalar("SELECT count(*) FROM calls WHERE ended_at IS NOT NULL"), 3);
  EXPECT_EQ(scalar("SELECT count(*) FROM calls WHERE pbx_call_id = 'b1' AND answered_at IS NOT NULL AND duration = 30"), 1);
  EXPECT_EQ(scalar("SELECT call_attempts FROM phone_numbers WHERE phone = 79160000001"), 2) << "two calls, each once";
  EXPECT_EQ(scalar("SELECT call_attempts FROM phone_numbers WHERE phone = 79160000002"), 1);
  EXPECT_EQ(scalar("SELECT status_id FROM phone_numbers WHERE phone = 79160000002"),
            scalar("SELECT id FROM number_statuses WHERE code = 'no_answer'"));
  EXPECT_EQ(scalar("SELECT coalesce(sum(calls), 0) FROM conversion_calls WHERE grain = 'd' AND provider_id = 0 AND geo_id = 0"), 3);
  EXPECT_EQ(scalar("SELECT coalesce(sum(contacted), 0) FROM conversion_calls WHERE grain = 'd' AND provider_id = 0 AND geo_id = 0"), 1)
      << "the number answered twice is contacted once";
  EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE entity_type = 'phone_number' AND username = 'softphone: Офисная АТС'"), 2)
      << "each number's status change, once";

  // Another answered call later: the number was contacted already.
  post(event("call_ended", "b4", "+79160000001", {{"duration", 5}, {"result", "answered"}}));
  apply_events();
  EXPECT_EQ(scalar("SELECT coalesce(sum(contacted), 0) FROM conversion_calls WHERE grain = 'd' AND provider_id = 0 AND geo_id = 0"), 1);
  EXPECT_EQ(scalar("SELECT call_attempts FROM phone_numbers WHERE phone = 79160000001"), 3);
}

TEST_F(SoftPhone, AnEventThatCannotBeAppliedIsSetAsideAndTheOthersGoOn) {
  const auto id = integration();
  ASSERT_EQ(post_signed("/api/v1/softphone/events", id, json::serialize(event("call_started", "g1", "+79160000001"))).status, 200);
  exec("INSERT INTO call_events (integration_id, kind, pbx_call_id, direction, at) VALUES (" + std::to_string(id) +
       ", 's', repeat('x', 300), 'outbound', now())");
  ASSERT_EQ(post_signed("/api/v1/softphone/events", id, json::serialize(event("call_started", "g2", "+79160000002"))).status, 200);
  apply_events();
  EXPECT_EQ(scalar("SELECT count(*) FROM calls WHERE pbx_call_id IN ('g1', 'g2')"), 2);
  EXPECT_EQ(scalar("SELECT count(*) FROM call_events WHERE failed LIKE '%calls_pbx_call_id_check%'"), 1) << "kept, with why";
  ASSERT_EQ(post_event(id, event("call_started", "g3", "+79160000003")).status, 200);
  EXPECT_EQ(scalar("SELECT count(*) FROM calls WHERE pbx_call_id = 'g3'"), 1) << "it holds nothing up";
}

TEST_F(SoftPhone, ACallResultEndsTheCallAndNotesItsNumber) {
  const auto p = std::to_string(project("Results"));
  exec("INSERT INTO phone_numbers (project_id, phone, status_id, updated_at) VALUES (" + p + ", 79160000001, 1, '2026-01-01'),"
       " (" + p + ", 79160000002, 1, '2026-01-01')");
  const auto first = scalar("SELECT id FROM phone_numbers WHERE phone = 79160000001");
  const auto second = scalar("SELECT id FROM phone_numbers WHERE phone = 79160000002");
  const auto id = integration();
  const auto result = [&](json::object body, const std::string& secret = kSecret) {
    return post_signed("/api/v1/softphone/call_result", id, json::serialize(body), secret);
  };
  ASSERT_EQ(post_event(id, event("call_started", "r1", "+79160000001")).status, 200);
  EXPECT_EQ(result({{"call_id", "r1"}, {"result", "no_answer"}}, "another-secret-entirely").status, 401);
  auto res = result({{"call_id", "r1"}, {"phone_number_id", first}, {"result", "no_answer"}, {"duration", 0},
                     {"notes", "Перезвонить завтра"}});
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().at("phone_number_id").as_int64(), first);
  EXPECT_EQ(res.json().at("updated_status_id").as_int64(), scalar("SELECT id FROM number_statuses WHERE code = 'no_answer'"));
  EXPECT_EQ(scalar("SELECT count(*) FROM number_notes WHERE body = 'Перезвонить завтра' AND number_id = " + std::to_string(first)), 1);
  EXPECT_EQ(scalar("SELECT call_attempts FROM phone_numbers WHERE id = " + std::to_string(first)), 1);
  EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE changes->>'note' = 'Перезвонить завтра'"), 1);

  // A result for a call never heard of: made from the number the PBX names.
  res = result({{"call_id", "r2"}, {"phone_number_id", second}, {"result", "answered"}, {"duration", 42}});
  ASSERT_EQ(res.status, 200) << res.body;
  EXPECT_EQ(res.json().at("phone_number_id").as_int64(), second);
  EXPECT_EQ(scalar("SELECT count(*) FROM calls WHERE pbx_call_id = 'r2' AND outcome = 'answered' AND duration = 42"), 1);

  auto bad = result({{"call_id", "r3"}, {"phone_number_id", second + 1000}, {"result", "maybe"}});
  EXPECT_EQ(bad.status, 422) << bad.body;
  EXPECT_EQ(error_fields(bad), (std::set<std::string>{"phone_number_id", "result"}));
  EXPECT_EQ(scalar("SELECT count(*) FROM call_events"), 0) << "nothing queued from a refused result";
}

TEST_F(SoftPhone, AnUnknownPhonesNumberIsMadeWhereTheIntegrationSaysOrByThePopUp) {
  const auto inbox = project("Входящие"), later = project("Позже");
  const auto id = integration();
  const auto path = "/api/v1/softphone/integrations/" + std::to_string(id);
  auto bad = client->patch(path, json::serialize(json::object{{"unlinked_project_id", inbox + 1000}}), admin_token());
  EXPECT_EQ(bad.status, 422) << bad.body;
  auto set = client->patch(path, json::serialize(json::object{{"unlinked_project_id", inbox}}), admin_token());
  ASSERT_EQ(set.status, 200) << set.body;
  EXPECT_EQ(set.json().at("unlinked_project_id").as_int64(), inbox);

  // Two calls from a phone nobody holds: one number, in the integration's project, both linked.
  ASSERT_EQ(post_event(id, event("call_started", "u1", "+79165550001")).status, 200);
  ASSERT_EQ(post_event(id, event("call_ended", "u1", "+79165550001", {{"duration", 0}, {"result", "no_answer"}})).status, 200);
  ASSERT_EQ(post_event(id, event("call_started", "u2", "+79165550001")).status, 200);
  EXPECT_EQ(scalar("SELECT count(*) FROM phone_numbers WHERE phone = 79165550001 AND project_id = " + std::to_string(inbox)), 1);
  EXPECT_EQ(scalar("SELECT count(*) FROM calls WHERE linked"), 2);
  EXPECT_EQ(scalar("SELECT call_attempts FROM phone_numbers WHERE phone = 79165550001"), 1);
  EXPECT_EQ(scalar("SELECT status_id FROM phone_numbers WHERE phone = 79165550001"),
            scalar("SELECT id FROM number_statuses WHERE code = 'no_answer'"))
      << "the call that made the number sets its status";
  EXPECT_EQ(scalar("SELECT count(*) FROM audit_log WHERE entity_type = 'phone_number' AND action = 'create'"
                   " AND username = 'softphone: Офисная АТС'"),
            1);

  // Without a project named, the call stays unlinked until someone makes the number (the pop-up's
  // «Создать в проекте»): then it is that number's call.
  ASSERT_EQ(client->patch(path, json::serialize(json::object{{"unlinked_project_id", nullptr}}), admin_token()).status, 200);
  ASSERT_EQ(post_event(id, event("call_ended", "u3", "+79165550002", {{"duration", 20}, {"result", "answered"}})).status, 200);
  EXPECT_EQ(scalar("SELECT count(*) FROM calls WHERE pbx_call_id = 'u3' AND NOT linked"), 1);
  exec("UPDATE calls SET started_at = now() WHERE pbx_call_id = 'u3'");
  auto made = client->post("/api/v1/phone_numbers",
                           json::serialize(json::object{{"phone_number", "+79165550002"}, {"project_id", later}}), admin_token());
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(scalar("SELECT count(*) FROM calls WHERE pbx_call_id = 'u3' AND linked"), 1);
  EXPECT_EQ(made.json().at("call_attempts").as_int64(), 1) << made.body;
  EXPECT_EQ(scalar("SELECT count(*) FROM call_numbers l JOIN calls c ON c.id = l.call_id WHERE c.pbx_call_id = 'u3'"), 1);
}
