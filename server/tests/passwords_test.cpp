#include <gtest/gtest.h>
#include <sodium.h>

#include "auth/passwords.hpp"

using namespace numbase::auth;

TEST(Passwords, Argon2idHashVerifies) {
  ASSERT_GE(sodium_init(), 0);
  auto h = hash_password("correct horse");
  EXPECT_EQ(h.rfind("$argon2id$", 0), 0u) << h;
  EXPECT_TRUE(verify_password(h, "correct horse"));
  EXPECT_FALSE(verify_password(h, "correct horsE"));
  EXPECT_NE(h, hash_password("correct horse")) << "salted";
}

TEST(Passwords, Policy) {
  EXPECT_FALSE(password_problem("short").empty());
  EXPECT_TRUE(password_problem("long enough").empty());
}
