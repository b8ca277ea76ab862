#include <gtest/gtest.h>

#include <sstream>

#include "imports/csv_reader.hpp"

using namespace numbase::imports;

namespace {

std::vector<std::vector<std::string>> read_all(const std::string& bytes, CsvFormat* detected = nullptr) {
  auto f = detect_csv_format(bytes);
  if (detected) *detected = f;
  std::istringstream in(bytes);
  CsvReader r(in, f);
  std::vector<std::vector<std::string>> out;
  std::vector<std::string> rec;
  while (r.next(rec)) out.push_back(rec);
  return out;
}

// "Телефон;Компания" in Windows-1251.
const std::string kCp1251Header = "\xD2\xE5\xEB\xE5\xF4\xEE\xED;\xCA\xEE\xEC\xEF\xE0\xED\xE8\xFF";

}  // namespace

TEST(CsvReader, Utf8WithBomAndCommas) {
  CsvFormat f;
  auto rows = read_all("\xEF\xBB\xBFphone,company\r\n+79161234567,\"ООО \"\"Ромашка\"\", Москва\"\r\n", &f);
  EXPECT_TRUE(f.bom);
  EXPECT_EQ(f.encoding, Encoding::Utf8);
  EXPECT_EQ(f.delimiter, ',');
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0][0], "phone") << "the BOM is not part of the first field";
  EXPECT_EQ(rows[1][1], "ООО \"Ромашка\", Москва");
}

TEST(CsvReader, Windows1251SemicolonWithQuotedNewlines) {
  const std::string file = kCp1251Header + "\r\n8 (916) 123-45-67;\"\xCF\xE5\xF0\xE2\xE0\xFF\r\n\xE2\xF2\xEE\xF0\xE0\xFF; \xF1\xF2\xF0\xEE\xEA\xE0\"\r\n"
                                           "89161234568;\xC2\xF2\xEE\xF0\xE0\xFF\r\n";
  CsvFormat f;
  auto rows = read_all(file, &f);
  EXPECT_EQ(f.encoding, Encoding::Windows1251);
  EXPECT_EQ(f.delimiter, ';');
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"Телефон", "Компания"}));
  EXPECT_EQ(rows[1][1], "Первая\r\nвторая; строка");
  EXPECT_EQ(rows[2], (std::vector<std::string>{"89161234568", "Вторая"}));
}

TEST(CsvReader, TabsAndQuotedCommasPickTheRightDelimiter) {
  CsvFormat f;
  auto rows = read_all("phone\tcompany\n79161234567\t\"a, b, c\"\n79161234568\tx\n", &f);
  EXPECT_EQ(f.delimiter, '\t');
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1][1], "a, b, c");
}

TEST(CsvReader, LineNumbersCountBreaksInsideQuotes) {
  auto f = detect_csv_format("a;b\n1;\"x\ny\"\n2;z\n");
  std::istringstream in("a;b\n1;\"x\ny\"\n\n2;z\n");
  CsvReader r(in, f);
  std::vector<std::string> rec;
  std::vector<std::int64_t> lines;
  while (r.next(rec)) lines.push_back(r.line());
  EXPECT_EQ(lines, (std::vector<std::int64_t>{1, 2, 5}));
}

TEST(CsvReader, TruncatedFileIsAnError) {
  auto f = detect_csv_format("a;b\n1;\"never closed\n");
  std::istringstream in("a;b\n1;\"never closed\n");
  CsvReader r(in, f);
  std::vector<std::string> rec;
  ASSERT_TRUE(r.next(rec));
  try {
    r.next(rec);
    FAIL();
  } catch (const FileError& e) {
    EXPECT_EQ(e.line(), 2);
  }
}

TEST(CsvReader, EmptyAndBinaryFilesAreRefused) {
  EXPECT_THROW(detect_csv_format(""), FileError);
  EXPECT_THROW(detect_csv_format("\xEF\xBB\xBF\r\n  \n"), FileError);
  EXPECT_THROW(detect_csv_format(std::string("PK\x03\x04\0\0\x08\0", 8)), FileError);
}

TEST(CsvReader, HeaderOnly) {
  auto rows = read_all("Телефон;Компания\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].size(), 2u);
}

TEST(CsvReader, TenThousandColumns) {
  std::string line;
  for (int i = 0; i < 10000; ++i) line += (i ? ";" : "") + std::to_string(i);
  auto rows = read_all("a;b\n" + line + "\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].size(), 10000u);
  EXPECT_EQ(rows[1][9999], "9999");
}

TEST(CsvReader, RecordsStraddlingReadChunks) {
  // Quoted fields across the reader's 64 KiB chunks.
  std::string file = "phone;comment\n";
  for (int i = 0; i < 5000; ++i) file += "7916" + std::to_string(1000000 + i) + ";\"line one;\nline \"\"two\"\"\"\n";
  auto rows = read_all(file);
  ASSERT_EQ(rows.size(), 5001u);
  for (size_t i = 1; i < rows.size(); ++i) ASSERT_EQ(rows[i][1], "line one;\nline \"two\"") << i;
}

TEST(CsvReader, OverlongRecordIsRefused) {
  std::string file = "a;b\n1;" + std::string(CsvReader::kMaxRecordBytes + 10, 'x') + "\n";
  std::istringstream in(file);
  CsvReader r(in, detect_csv_format(file));
  std::vector<std::string> rec;
  ASSERT_TRUE(r.next(rec));
  EXPECT_THROW(r.next(rec), FileError);
}

// Issue 16: CR-only files (old Mac Excel) with blank lines and a quoted line break report the
// right line numbers.
TEST(CsvReader, CrOnlyLineEndsCountLines) {
  const std::string text = "phone\r\r79160000001\r\"two\rlines\"\r\r\r79160000002\r";
  std::istringstream in(text);
  CsvReader reader(in, detect_csv_format(text));
  std::vector<std::string> row;
  ASSERT_TRUE(reader.next(row));
  EXPECT_EQ(reader.line(), 1);
  ASSERT_TRUE(reader.next(row));
  EXPECT_EQ(row[0], "79160000001");
  EXPECT_EQ(reader.line(), 3);
  ASSERT_TRUE(reader.next(row));
  EXPECT_EQ(row[0], "two\rlines");
  EXPECT_EQ(reader.line(), 4);
  ASSERT_TRUE(reader.next(row));
  EXPECT_EQ(row[0], "79160000002");
  EXPECT_EQ(reader.line(), 8);
  EXPECT_FALSE(reader.next(row));
}
