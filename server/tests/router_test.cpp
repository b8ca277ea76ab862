#include <gtest/gtest.h>

#include "http/router.hpp"

using namespace numbase::http;

namespace {
Router make() {
  Router r;
  auto h = [](RequestContext&) { return Response{}; };
  r.add({"GET", "/api/v1/users", Access::open(), h});
  r.add({"POST", "/api/v1/users", Access::open(), h});
  r.add({"GET", "/api/v1/users/{id}", Access::open(), h});
  r.add({"GET", "/api/v1/users/deleted", Access::open(), h});
  return r;
}
}  // namespace

TEST(Router, MatchesLiteralAndParams) {
  auto r = make();
  auto m = r.match("GET", "/api/v1/users/42");
  ASSERT_TRUE(m.route);
  EXPECT_EQ(m.route->pattern, "/api/v1/users/{id}");
  EXPECT_EQ(m.params.at("id"), "42");
}

TEST(Router, LiteralBeatsParameter) {
  auto r = make();
  auto m = r.match("GET", "/api/v1/users/deleted");
  ASSERT_TRUE(m.route);
  EXPECT_EQ(m.route->pattern, "/api/v1/users/deleted");
}

TEST(Router, WrongMethodListsAllowed) {
  auto m = make().match("DELETE", "/api/v1/users");
  EXPECT_FALSE(m.route);
  EXPECT_EQ(m.allowed, (std::vector<std::string>{"GET", "POST"}));
}

TEST(Router, UnknownPath) {
  auto m = make().match("GET", "/api/v1/nothing");
  EXPECT_FALSE(m.route);
  EXPECT_TRUE(m.allowed.empty());
}

TEST(Router, HeadUsesGet) { EXPECT_TRUE(make().match("HEAD", "/api/v1/users").route); }

TEST(Router, DuplicateRouteRefused) {
  auto r = make();
  EXPECT_THROW(r.add({"GET", "/api/v1/users", Access::open(), {}}), std::logic_error);
}
