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

// The shortcut for Russian mobile spellings gives exactly what libphonenumber gives.
TEST(Phone, TheMobileShortcutAgreesWithLibphonenumber) {
  std::uint64_t x = 88172645463393265ull;
  for (int i = 0; i < 20000; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    const std::string national = std::to_string(3000000000ull + x % 7000000000ull);  // 3xx…9xx
    const std::string spellings[] = {
        "+7" + national,
        "8" + national,
        "7" + national,
        national,
        "+7 (" + national.substr(0, 3) + ") " + national.substr(3, 3) + "-" + national.substr(6, 2) + "-" +
            national.substr(8),
        "8 " + national.substr(0, 3) + " " + national.substr(3, 3) + " " + national.substr(6),
        "+8" + national,
        "+7 " + national + "1",
    };
    for (const auto& s : spellings) {
      auto fast = numbase::phones::normalize(s, "RU");
      auto slow = numbase::phones::normalize_with_library(s, "RU");
      ASSERT_EQ(fast.has_value(), slow.has_value()) << s;
      if (fast) {
        EXPECT_EQ(fast->digits, slow->digits) << s;
        EXPECT_EQ(fast->e164, slow->e164) << s;
      }
    }
  }
}
