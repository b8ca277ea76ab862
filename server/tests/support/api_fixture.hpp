#pragma once
// A numbase server on a free port over a fresh database, one per test, with the first
// administrator ("admin" / kAdminPassword) already created.
#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>
#include <thread>

#include "app/app.hpp"
#include "app/dispatcher.hpp"
#include "http/server.hpp"
#include "support/client.hpp"

namespace numbase::test {

inline constexpr const char* kAdminPassword = "admin-password-1";

// The fields named in a 4xx error body's details.
std::set<std::string> error_fields(const HttpResponse& res);

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;
  // Override to change settings before the server starts.
  virtual void configure(Config&) {}

  // Signs in and returns the whole response body.
  boost::json::object login(const std::string& username, const std::string& password);
  std::string token(const std::string& username, const std::string& password);
  const std::string& admin_token();
  // Creates a user through the API (as admin) and returns its id.
  std::int64_t create_user(const std::string& username, const std::string& role,
                           const std::string& password = "password-123");
  // Creates a provider through the API and returns its id.
  std::int64_t create_provider(const std::string& code);
  // The seeded geo row of a Russian federal subject, e.g. "Москва".
  std::int64_t ru_region(const std::string& region);
  std::int64_t admin_id();
  // How many audit records match (read straight from the database).
  std::int64_t audit_count(const std::string& where);
  // Runs every queued background job to completion.
  void run_jobs();

  std::string conninfo;
  std::unique_ptr<App> app;
  std::unique_ptr<AppDispatcher> dispatcher;
  std::unique_ptr<http::Server> server;
  std::thread server_thread;
  std::unique_ptr<Client> client;

 private:
  std::string admin_token_;
};

}  // namespace numbase::test
