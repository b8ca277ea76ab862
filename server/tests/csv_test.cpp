#include <gtest/gtest.h>

#include "core/csv.hpp"

using numbase::append_csv_field;

static std::string field(std::string_view v, char d = ',') {
  std::string out;
  append_csv_field(out, v, d);
  return out;
}

TEST(Csv, PlainFieldsUnquoted) { EXPECT_EQ(field("hello"), "hello"); }

TEST(Csv, QuotesDelimitersQuotesAndNewlines) {
  EXPECT_EQ(field("a,b"), "\"a,b\"");
  EXPECT_EQ(field("a;b", ';'), "\"a;b\"");
  EXPECT_EQ(field("a;b", ','), "a;b");
  EXPECT_EQ(field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(field("line1\nline2"), "\"line1\nline2\"");
}

TEST(Csv, NeutralizesFormulas) {
  EXPECT_EQ(field("=1+2"), "'=1+2");
  EXPECT_EQ(field("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(field("-2+3+cmd|' /C calc'!A0"), "'-2+3+cmd|' /C calc'!A0");
  EXPECT_EQ(field("+SUM(1)"), "'+SUM(1)");
  EXPECT_EQ(field("=HYPERLINK(\"x\",\"y\")"), "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
}

TEST(Csv, KeepsPhoneNumbersAndPlainNumbers) {
  EXPECT_EQ(field("+79161234567"), "+79161234567");
  EXPECT_EQ(field("+7 (916) 123-45-67"), "+7 (916) 123-45-67");
  EXPECT_EQ(field("-2"), "-2");
  EXPECT_EQ(field("-"), "-");
}
