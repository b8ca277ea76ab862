#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "imports/xls_child.hpp"
#include "imports/xls_reader.hpp"
#include "support/xls_writer.hpp"

using namespace numbase::imports;
using numbase::test::XlsCell;
using numbase::test::XlsRows;

namespace {

using Cells = std::vector<std::string>;

struct Row {
  std::int64_t line;
  Cells cells;
};

std::vector<Row> read_all(const std::string& path) {
  XlsReader reader(path);
  std::vector<Row> rows;
  Cells cells;
  while (reader.next(cells)) rows.push_back({reader.line(), cells});
  return rows;
}

class Xls : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (std::filesystem::temp_directory_path() / "numbase-xls-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  std::filesystem::path dir_;
};

const XlsCell kEmpty = std::monostate{};

}  // namespace

TEST_F(Xls, CyrillicTextNumbersAndEmptyCells) {
  const auto file = path("numbers.xls");
  numbase::test::write_xls(file, {{"Номера",
                                   {
                                       {"Телефон", "Компания", "Комментарий"},
                                       {79161234567.0, kEmpty, "Перезвонить после обеда"},
                                       {"+7 (916) 123-45-68", "ООО «Ромашка»"},
                                       {},  // an empty row: skipped
                                       {89161234569.0, 12.5, kEmpty, kEmpty},
                                   }}});
  const auto rows = read_all(file);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].cells, (Cells{"Телефон", "Компания", "Комментарий"}));
  EXPECT_EQ(rows[0].line, 1);
  EXPECT_EQ(rows[1].cells, (Cells{"79161234567", "", "Перезвонить после обеда"}));
  EXPECT_EQ(rows[2].cells, (Cells{"+7 (916) 123-45-68", "ООО «Ромашка»"}));
  EXPECT_EQ(rows[3].cells, (Cells{"89161234569", "12.5"})) << "trailing empty cells are dropped";
  EXPECT_EQ(rows[3].line, 5) << "lines are the sheet's row numbers";
}

TEST_F(Xls, AllSheetsInOrderWithoutRepeatedHeader) {
  const auto file = path("sheets.xls");
  numbase::test::write_xls(file, {
                                     {"Первый", {{"Телефон", "Компания"}, {"79160000001", "А"}, {"79160000002", "Б"}}},
                                     {"Второй", {{"Телефон", "Компания"}, {"79160000003", "В"}}},
                                     {"Третий", {{79160000009.0, "без заголовка"}}},
                                 });
  const auto rows = read_all(file);
  std::vector<std::pair<std::int64_t, std::string>> got;
  for (const auto& r : rows) got.emplace_back(r.line, r.cells.at(0));
  const std::vector<std::pair<std::int64_t, std::string>> want = {
      {1, "Телефон"}, {2, "79160000001"}, {3, "79160000002"}, {5, "79160000003"}, {6, "79160000009"}};
  EXPECT_EQ(got, want);
}

TEST_F(Xls, LargerStreamSpansManySectors) {
  const auto file = path("large.xls");
  XlsRows sheet = {{"Телефон", "Компания"}};
  for (int r = 1; r <= 5000; ++r) sheet.push_back({79000000000.0 + r, "Компания " + std::to_string(r)});
  numbase::test::write_xls(file, {{"Лист1", sheet}});
  const auto rows = read_all(file);
  ASSERT_EQ(rows.size(), 5001u);
  EXPECT_EQ(rows.back().cells, (Cells{"79000005000", "Компания 5000"}));
  EXPECT_EQ(rows.back().line, 5001);
}

TEST_F(Xls, CorruptFilesAreFileErrors) {
  const std::string good = numbase::test::xls_file({{"Лист1", {{"Телефон"}, {79161234567.0}}}});
  auto error_of = [&](const std::string& name, const std::string& bytes) -> std::string {
    const auto file = path(name);
    std::ofstream(file, std::ios::binary) << bytes;
    try {
      read_all(file);
    } catch (const FileError& e) {
      return e.what();
    }
    return "no error";
  };
  // The writer's own output reads, so the failures below come from the damage.
  EXPECT_EQ(error_of("good.xls", good), "no error");

  std::string garbage = good.substr(0, 8);
  for (int i = 0; i < 4000; ++i) garbage += static_cast<char>((i * 7919) % 251);
  EXPECT_EQ(error_of("garbage.xls", garbage).rfind("the XLS file is damaged", 0), 0u);

  // Cut inside the records (a short file's second half is only padding, which loses nothing).
  XlsRows many;
  for (int r = 0; r < 3000; ++r) many.push_back({79000000000.0 + r, "строка"});
  const std::string large = numbase::test::xls_file({{"Лист1", many}});
  EXPECT_EQ(error_of("large.xls", large), "no error");
  EXPECT_EQ(error_of("truncated.xls", large.substr(0, large.size() / 2)),
            "the XLS file is damaged: it ends early (is it cut short?)");
  EXPECT_EQ(error_of("header-only.xls", good.substr(0, 512)).rfind("the XLS file is damaged", 0), 0u);
  EXPECT_EQ(error_of("text.xls", "phone;company\n79161234567;x\n"), "not an XLS file");
  try {
    XlsReader reader(path("absent.xls"));
    FAIL() << "a missing file was opened";
  } catch (const FileError& e) {
    EXPECT_EQ(std::string(e.what()), "cannot read the file");
  }
}

// Issue 16: XLS is parsed in a child process; the rows come back the same, a damaged file is
// still a FileError, and the server process never runs FreeXL on the file.
TEST_F(Xls, ReadInAChildProcess) {
  const auto file = path("child.xls");
  numbase::test::write_xls(file, {{"Лист1", {{std::string("Телефон"), std::string("Компания")},
                                              {79161234567.0, std::string("ООО Ромашка")}}}});
  numbase::imports::XlsChildReader child(file);
  numbase::imports::XlsReader direct(file);
  std::vector<std::string> a, b;
  while (direct.next(a)) {
    ASSERT_TRUE(child.next(b));
    EXPECT_EQ(a, b);
    EXPECT_EQ(direct.line(), child.line());
  }
  EXPECT_FALSE(child.next(b));

  // Damaged as CorruptFilesAreFileErrors damages one: an OLE2 signature, then garbage.
  const auto bad = path("bad.xls");
  std::string bytes = numbase::test::xls_file({{"Лист1", {{"Телефон"}, {79161234567.0}}}}).substr(0, 8);
  for (int i = 0; i < 4000; ++i) bytes += static_cast<char>((i * 7919) % 251);
  std::ofstream(bad, std::ios::binary) << bytes;
  EXPECT_THROW(
      {
        numbase::imports::XlsChildReader reader(bad);
        while (reader.next(b)) {
        }
      },
      numbase::imports::FileError);
}
