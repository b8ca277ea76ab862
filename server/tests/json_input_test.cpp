#include <gtest/gtest.h>

#include "core/json_input.hpp"

using namespace numbase;

TEST(JsonInput, MalformedIs400) {
  for (const char* body : {"{", "[]", "\"x\"", "", "nul"}) {
    try {
      parse_json_object(body);
      FAIL() << body;
    } catch (const ApiError& e) {
      EXPECT_EQ(e.status(), 400) << body;
      EXPECT_EQ(e.code(), "MALFORMED_JSON");
    }
  }
  EXPECT_TRUE(parse_json_object("", true).empty());
}

TEST(JsonInput, CollectsEveryFieldIssue) {
  auto obj = parse_json_object(R"({"name": 5, "active": "yes", "count": 1.5})");
  FieldReader f(obj);
  f.string("name", true);
  f.boolean("active", false);
  f.integer("count", false);
  f.string("missing", true);
  try {
    f.finish();
    FAIL();
  } catch (const ApiError& e) {
    EXPECT_EQ(e.status(), 422);
    ASSERT_EQ(e.details().size(), 4u);
    EXPECT_EQ(e.details()[0].field, "name");
    EXPECT_EQ(e.details()[0].issue, "must be a string");
    EXPECT_EQ(e.details()[3].field, "missing");
    EXPECT_EQ(e.details()[3].issue, "is required");
  }
}

TEST(JsonInput, ReadsValues) {
  auto obj = parse_json_object(R"({"name": "x", "active": true, "count": 3})");
  FieldReader f(obj);
  EXPECT_EQ(f.string("name", true), "x");
  EXPECT_EQ(f.boolean("active", true), true);
  EXPECT_EQ(f.integer("count", true), 3);
  EXPECT_NO_THROW(f.finish());
}
