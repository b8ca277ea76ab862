// Reading the numbering plan registry file: the shipped format, other header orders, and the
// files and rows it refuses.
#include <gtest/gtest.h>

#include <sstream>

#include "imports/row_source.hpp"
#include "numbering/embedded.hpp"
#include "numbering/registry.hpp"

using numbase::imports::FileError;
using numbase::numbering::RegistryReader;
using numbase::numbering::RegistryRow;

namespace {

const std::string kBom = "\xEF\xBB\xBF";
const std::string kHeader = "АВС/ DEF;От;До;Емкость;Оператор;Регион;ИНН\n";

std::vector<RegistryRow> read_all(const std::string& text) {
  std::istringstream in(text);
  RegistryReader reader(in);
  std::vector<RegistryRow> rows;
  RegistryRow row;
  while (reader.next(row)) rows.push_back(row);
  return rows;
}

// The line of the FileError reading `text` throws, or -1 when it reads.
std::int64_t error_line(const std::string& text, std::string* message = nullptr) {
  try {
    read_all(text);
  } catch (const FileError& e) {
    if (message) *message = e.what();
    return e.line();
  }
  return -1;
}

}  // namespace

TEST(NumberingRegistry, ReadsRowsAsFullNumbers) {
  auto rows = read_all(kBom + kHeader +
                       "900;0;61999;62000;\"ООО \"\"Т2 Мобайл\"\"\";Краснодарский край;7743895280\n"
                       "\n"
                       "977;1234;1234;1; ПАО \"МТС\" ;  г. Москва * Московская область ;7740000076\r\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].line, 2);
  EXPECT_EQ(rows[0].first, 79000000000);
  EXPECT_EQ(rows[0].last, 79000061999);
  EXPECT_EQ(rows[0].operator_name, "ООО \"Т2 Мобайл\"");
  EXPECT_EQ(rows[0].region, "Краснодарский край");
  EXPECT_EQ(rows[1].line, 4);
  EXPECT_EQ(rows[1].first, 79770001234);
  EXPECT_EQ(rows[1].last, 79770001234);
  EXPECT_EQ(rows[1].operator_name, "ПАО \"МТС\"");
  EXPECT_EQ(rows[1].region, "г. Москва * Московская область");
}

TEST(NumberingRegistry, FindsColumnsByName) {
  // Another order, a Latin "ABC", an extra column and no capacity column.
  auto rows = read_all("Регион,ABC/DEF,До,От,Территория ГАР,Оператор\nНовосибирская обл.,913,9999999,9000000,x,Y\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].first, 79139000000);
  EXPECT_EQ(rows[0].last, 79139999999);
  EXPECT_EQ(rows[0].region, "Новосибирская обл.");
  EXPECT_EQ(rows[0].operator_name, "Y");
}

TEST(NumberingRegistry, ReadsTheShippedFile) {
  const auto rows = read_all(std::string(numbase::numbering::embedded_registry()));
  ASSERT_EQ(rows.size(), 9677u);
  EXPECT_EQ(rows.front().first, 79000000000);
  EXPECT_EQ(rows.front().region, "Краснодарский край");
}

TEST(NumberingRegistry, RefusesWrongHeaders) {
  std::string message;
  EXPECT_EQ(error_line("phone;name\n79000000000;x\n", &message), 1);
  EXPECT_NE(message.find("not a numbering plan registry"), std::string::npos) << message;
  EXPECT_EQ(error_line(kBom + "АВС/ DEF;От;До;Емкость;Оператор;ИНН\n900;0;1;2;A;1\n", &message), 1);
  EXPECT_NE(message.find("Регион"), std::string::npos) << message;
  EXPECT_EQ(error_line(kBom + "900;0;61999;62000;A;Краснодарский край;7743895280\n"), 1);  // no header
  EXPECT_EQ(error_line(""), 1);
}

TEST(NumberingRegistry, RefusesMalformedRows) {
  const std::string ok = kHeader + "900;0;999;1000;A;Краснодарский край;1\n";
  EXPECT_EQ(error_line(ok), -1);
  EXPECT_EQ(error_line(ok + "900;1000;1999;1000;A;Краснодарский край\n"), 3);        // a column short
  EXPECT_EQ(error_line(ok + "90;1000;1999;1000;A;Краснодарский край;1\n"), 3);       // 2-digit code
  EXPECT_EQ(error_line(ok + "900;1x00;1999;1000;A;Краснодарский край;1\n"), 3);      // not a number
  EXPECT_EQ(error_line(ok + "900;1000;19999999;1000;A;Краснодарский край;1\n"), 3);  // 8 digits
  EXPECT_EQ(error_line(ok + "900;-5;1999;1000;A;Краснодарский край;1\n"), 3);
  EXPECT_EQ(error_line(ok + "900;2000;1999;0;A;Краснодарский край;1\n"), 3);         // От > До
  EXPECT_EQ(error_line(ok + "900;1000;1999;999;A;Краснодарский край;1\n"), 3);       // wrong capacity
  EXPECT_EQ(error_line(ok + "900;1000;1999;1000; ;Краснодарский край;1\n"), 3);      // no operator
  EXPECT_EQ(error_line(ok + "900;1000;1999;1000;A;;1\n"), 3);                        // no region
}
