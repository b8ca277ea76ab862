#include <gtest/gtest.h>

#include "phones/phone.hpp"

using numbase::phones::normalize;

TEST(Phone, NormalizesRussianForms) {
  for (const char* raw : {"+7 916 123-45-67", "8 (916) 123-45-67", "79161234567", "+79161234567", "9161234567",
                          "8-916-123-45-67"}) {
    auto n = normalize(raw);
    ASSERT_TRUE(n) << raw;
    EXPECT_EQ(n->e164, "+79161234567") << raw;
    EXPECT_EQ(n->digits, 79161234567) << raw;
  }
  EXPECT_EQ(normalize("8 495 123-45-67")->e164, "+74951234567");
}

TEST(Phone, OtherCountries) {
  EXPECT_EQ(normalize("+44 20 7946 0958")->e164, "+442079460958");
  EXPECT_EQ(normalize("020 7946 0958", "GB")->e164, "+442079460958");
}

TEST(Phone, RejectsInvalid) {
  for (const char* raw : {"", "123", "abc", "+7 916 123", "8 (000) 000-00-00"})
    EXPECT_FALSE(normalize(raw)) << raw;
}
