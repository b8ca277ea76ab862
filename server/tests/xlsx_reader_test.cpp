#include <gtest/gtest.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "imports/file_kind.hpp"
#include "imports/xlsx_reader.hpp"

using namespace numbase::imports;

namespace {

struct Row {
  std::int64_t line;
  std::vector<std::string> cells;
};

std::vector<Row> read_all(const std::string& path) {
  XlsxReader reader(path);
  std::vector<Row> rows;
  std::vector<std::string> cells;
  while (reader.next(cells)) rows.push_back({reader.line(), cells});
  return rows;
}

using Cells = std::vector<std::string>;

class Xlsx : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string tmpl = (std::filesystem::temp_directory_path() / "numbase-xlsx-XXXXXX").string();
    ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }

  // A ZIP with these entries, written with libzip.
  static void write_zip(const std::string& file, const std::vector<std::pair<std::string, std::string>>& entries) {
    int error = 0;
    zip_t* z = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    ASSERT_NE(z, nullptr);
    for (const auto& [name, data] : entries) {
      zip_source_t* src = zip_source_buffer(z, data.data(), data.size(), 0);
      ASSERT_GE(zip_file_add(z, name.c_str(), src, ZIP_FL_OVERWRITE), 0);
    }
    ASSERT_EQ(zip_close(z), 0);
  }

  // A hand-written XLSX: each sheet is the inside of its <sheetData>. The worksheet targets are
  // absolute and the shared strings' relative, as different writers do.
  static void write_hand_xlsx(const std::string& file, const std::vector<std::string>& sheets,
                              const std::string& shared_strings = "") {
    const std::string rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    std::string book =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:rel=\"" +
        rel_ns + "\"><sheets>";
    std::string rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    std::vector<std::pair<std::string, std::string>> entries;
    // Listed in reverse in the ZIP and the relationships, so order must come from workbook.xml.
    for (std::size_t i = sheets.size(); i-- > 0;) {
      const std::string n = std::to_string(i + 1);
      rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + rel_ns + "/worksheet\" Target=\"/xl/worksheets/sheet" +
              n + ".xml\"/>";
      entries.emplace_back("xl/worksheets/sheet" + n + ".xml",
                           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                           "<sheetPr/><sheetData>" +
                               sheets[i] + "</sheetData></worksheet>");
    }
    for (std::size_t i = 0; i < sheets.size(); ++i)
      book += "<sheet name=\"S" + std::to_string(i + 1) + "\" sheetId=\"" + std::to_string(i + 1) + "\" rel:id=\"rId" +
              std::to_string(i + 1) + "\"/>";
    book += "</sheets></workbook>";
    if (!shared_strings.empty()) {
      rels += "<Relationship Id=\"rIdS\" Type=\"" + rel_ns + "/sharedStrings\" Target=\"./sharedStrings.xml\"/>";
      entries.emplace_back("xl/sharedStrings.xml",
                           "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" +
                               shared_strings + "</sst>");
    }
    rels += "</Relationships>";
    entries.emplace_back("xl/workbook.xml", book);
    entries.emplace_back("xl/_rels/workbook.xml.rels", rels);
    write_zip(file, entries);
  }

  // The text of one ZIP entry, or nullopt when there is none.
  static std::optional<std::string> zip_entry(const std::string& file, const std::string& name) {
    int error = 0;
    zip_t* z = zip_open(file.c_str(), ZIP_RDONLY, &error);
    if (!z) return std::nullopt;
    std::optional<std::string> out;
    if (zip_file_t* f = zip_fopen(z, name.c_str(), 0)) {
      out.emplace();
      char buf[4096];
      zip_int64_t n;
      while ((n = zip_fread(f, buf, sizeof buf)) > 0) out->append(buf, static_cast<std::size_t>(n));
      zip_fclose(f);
    }
    zip_discard(z);
    return out;
  }

  std::filesystem::path dir_;
};

}  // namespace

TEST_F(Xlsx, SharedStringsNumbersGapsAndFarCells) {
  const auto file = path("shared.xlsx");
  lxw_workbook* wb = workbook_new(file.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Номера");
  worksheet_write_string(ws, 0, 0, "Телефон", nullptr);
  worksheet_write_string(ws, 0, 1, "Компания", nullptr);
  worksheet_write_string(ws, 0, 2, "Комментарий", nullptr);
  worksheet_write_number(ws, 1, 0, 79161234567.0, nullptr);  // a phone typed without a quote
  // column B left empty
  worksheet_write_string(ws, 1, 2, "Перезвонить после обеда", nullptr);
  worksheet_write_string(ws, 2, 0, "+7 (916) 123-45-68", nullptr);
  worksheet_write_string(ws, 2, 1, "ООО «Ромашка»", nullptr);
  worksheet_write_string(ws, 2, 40, "далеко справа", nullptr);  // column AO
  worksheet_write_number(ws, 3, 0, 89161234569.0, nullptr);
  worksheet_write_number(ws, 3, 1, 12.5, nullptr);
  worksheet_write_string(ws, 3, 2, "Телефон", nullptr);  // a repeated shared string
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
  ASSERT_TRUE(zip_entry(file, "xl/sharedStrings.xml")) << "the default mode writes a shared string table";

  const auto rows = read_all(file);
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].cells, (Cells{"Телефон", "Компания", "Комментарий"}));
  EXPECT_EQ(rows[0].line, 1);
  EXPECT_EQ(rows[1].cells, (Cells{"79161234567", "", "Перезвонить после обеда"}));
  Cells far(41);
  far[0] = "+7 (916) 123-45-68";
  far[1] = "ООО «Ромашка»";
  far[40] = "далеко справа";
  EXPECT_EQ(rows[2].cells, far);
  EXPECT_EQ(rows[3].cells, (Cells{"89161234569", "12.5", "Телефон"}));
  EXPECT_EQ(rows[3].line, 4);
}

TEST_F(Xlsx, InlineStringsFromConstantMemoryMode) {
  const auto file = path("inline.xlsx");
  lxw_workbook_options options = {};
  options.constant_memory = LXW_TRUE;
  lxw_workbook* wb = workbook_new_opt(file.c_str(), &options);
  lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
  worksheet_write_string(ws, 0, 0, "Телефон", nullptr);
  worksheet_write_string(ws, 0, 1, "Компания", nullptr);
  worksheet_write_number(ws, 1, 0, 79161234567.0, nullptr);
  worksheet_write_string(ws, 1, 1, "Рога и копыта", nullptr);
  worksheet_write_string(ws, 3, 0, "79161234568", nullptr);  // row 3 (line 3) left out
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
  EXPECT_FALSE(zip_entry(file, "xl/sharedStrings.xml"));
  const auto sheet = zip_entry(file, "xl/worksheets/sheet1.xml");
  ASSERT_TRUE(sheet);
  EXPECT_NE(sheet->find("t=\"inlineStr\""), std::string::npos);

  const auto rows = read_all(file);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].cells, (Cells{"Телефон", "Компания"}));
  EXPECT_EQ(rows[1].cells, (Cells{"79161234567", "Рога и копыта"}));
  EXPECT_EQ(rows[2].cells, (Cells{"79161234568"}));
  EXPECT_EQ(rows[2].line, 4) << "a missing row is skipped, but lines are the sheet's row numbers";
}

TEST_F(Xlsx, RepeatedHeaderOnLaterSheetsIsSkipped) {
  const auto file = path("sheets.xlsx");
  lxw_workbook* wb = workbook_new(file.c_str());
  const char* phones[3][2] = {{"79160000001", "79160000002"}, {"79160000003", "79160000004"}, {"79160000005", ""}};
  for (int s = 0; s < 3; ++s) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
    // Sheets 1 and 2 start with the same header; sheet 3 starts with data.
    worksheet_write_string(ws, 0, 0, s < 2 ? "Телефон" : "79160000009", nullptr);
    worksheet_write_string(ws, 0, 1, s < 2 ? "Компания" : "Без заголовка", nullptr);
    for (int r = 0; r < 2; ++r)
      if (*phones[s][r]) worksheet_write_string(ws, r + 1, 0, phones[s][r], nullptr);
  }
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);

  const auto rows = read_all(file);
  std::vector<std::pair<std::int64_t, std::string>> got;
  for (const auto& r : rows) got.emplace_back(r.line, r.cells.at(0));
  // Lines run on across sheets: sheet 2 starts at 3 + 1, sheet 3 at 6 + 1.
  const std::vector<std::pair<std::int64_t, std::string>> want = {
      {1, "Телефон"},     {2, "79160000001"}, {3, "79160000002"}, {5, "79160000003"},
      {6, "79160000004"}, {7, "79160000009"}, {8, "79160000005"}};
  EXPECT_EQ(got, want);
}

TEST_F(Xlsx, HandWrittenCellsOfEveryKind) {
  const auto file = path("hand.xlsx");
  const std::string strings =
      "<si><t>Телефон</t></si>"
      "<si><r><rPr><b/></rPr><t>ООО </t></r><r><t xml:space=\"preserve\">«Ромашка» </t></r>"
      "<rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si>"
      "<si><t>строка_x000D_\nвторая, _x005F_x0041_</t></si>";
  const std::string sheet =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
      // Numbers as Excel and other writers store long digit strings.
      "<row r=\"2\"><c r=\"A2\"><v>7.9161234567E10</v></c><c r=\"B2\"><v>79161234567.0</v></c>"
      "<c r=\"C2\"><v>0.1</v></c><c r=\"D2\" t=\"n\"><v>-1.5e-3</v></c></row>"
      // A formula's text result, a boolean, an error, an inline rich string.
      "<row r=\"3\"><c r=\"A3\" t=\"str\"><f>A1&amp;\"!\"</f><v>Телефон!</v></c><c r=\"B3\" t=\"b\"><v>1</v></c>"
      "<c r=\"C3\" t=\"e\"><v>#N/A</v></c><c r=\"D3\" t=\"inlineStr\"><is><r><t>а</t></r><r><t>б</t></r></is></c>"
      "</row>"
      // Styled but empty cells: a blank row, skipped.
      "<row r=\"4\"><c r=\"A4\" s=\"1\"/><c r=\"B4\" s=\"1\"/></row>"
      // A gap (rows 5-6 absent), then rows and cells without references.
      "<row r=\"7\"><c r=\"C7\" t=\"s\"><v>2</v></c><c><v>5</v></c></row>"
      "<row><c><v>8</v></c><c r=\"C8\" s=\"2\"/></row>"
      "<row><c><v>9</v></c></row>";
  write_hand_xlsx(file, {sheet}, strings);

  const auto rows = read_all(file);
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(rows[0].cells, (Cells{"Телефон", "ООО «Ромашка» "})) << "runs joined, phonetic text left out";
  EXPECT_EQ(rows[1].cells, (Cells{"79161234567", "79161234567", "0.1", "-0.0015"}));
  EXPECT_EQ(rows[2].cells, (Cells{"Телефон!", "TRUE", "", "аб"}));
  EXPECT_EQ(rows[3].cells, (Cells{"", "", "строка\r\nвторая, _x0041_", "5"}));
  EXPECT_EQ(rows[3].line, 7);
  EXPECT_EQ(rows[4].cells, (Cells{"8"})) << "an empty styled cell at the end is dropped";
  EXPECT_EQ(rows[4].line, 8);
  EXPECT_EQ(rows[5].line, 9);
}

TEST_F(Xlsx, WorkbookOrderNotZipOrder) {
  const auto file = path("order.xlsx");
  write_hand_xlsx(file, {"<row r=\"1\"><c t=\"inlineStr\"><is><t>first</t></is></c></row>",
                         "<row r=\"1\"><c t=\"inlineStr\"><is><t>second</t></is></c></row>"});
  const auto rows = read_all(file);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].cells, Cells{"first"});
  EXPECT_EQ(rows[1].cells, Cells{"second"});
  EXPECT_EQ(rows[1].line, 2);
}

TEST_F(Xlsx, DamagedAndForeignFilesAreFileErrors) {
  const auto good = path("good.xlsx");
  lxw_workbook* wb = workbook_new(good.c_str());
  lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
  for (int r = 0; r < 200; ++r) worksheet_write_string(ws, r, 0, ("строка " + std::to_string(r)).c_str(), nullptr);
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);
  std::ifstream in(good, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_GT(bytes.size(), 1000u);

  auto error_of = [](const std::string& file) -> std::string {
    try {
      read_all(file);
    } catch (const FileError& e) {
      return e.what();
    }
    return "no error";
  };

  const auto truncated = path("truncated.xlsx");
  std::ofstream(truncated, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  EXPECT_EQ(error_of(truncated).rfind("the XLSX file is damaged", 0), 0u) << error_of(truncated);

  const auto docx = path("document.xlsx");
  write_zip(docx, {{"word/document.xml", "<document/>"}, {"[Content_Types].xml", "<Types/>"}});
  EXPECT_EQ(error_of(docx).rfind("not an XLSX file", 0), 0u) << error_of(docx);

  const auto text = path("text.xlsx");
  std::ofstream(text) << "phone;company\n79161234567;x\n";
  EXPECT_EQ(error_of(text), "not an XLSX file");

  const auto bad_xml = path("bad-xml.xlsx");
  write_hand_xlsx(bad_xml, {"<row r=\"1\"><c><v>1</v></c></row><row r=\"2\"><c><v>2</v></row>"});
  EXPECT_NE(error_of(bad_xml).find("the XLSX file is damaged: xl/worksheets/sheet1.xml: mismatched tag"),
            std::string::npos)
      << error_of(bad_xml);

  const auto bad_index = path("bad-index.xlsx");
  write_hand_xlsx(bad_index, {"<row r=\"1\"><c t=\"s\"><v>3</v></c></row>"}, "<si><t>only one</t></si>");
  EXPECT_NE(error_of(bad_index).find("shared string \"3\""), std::string::npos) << error_of(bad_index);

  // Issue 16: a shared string nested in another is "damaged", not an exception of another kind.
  const auto nested = path("nested-si.xlsx");
  write_hand_xlsx(nested, {"<row r=\"1\"><c t=\"s\"><v>0</v></c></row>"}, "<si><si><t>a</t></si><t>b</t></si>");
  EXPECT_EQ(error_of(nested).rfind("the XLSX file is damaged", 0), 0u) << error_of(nested);
}

TEST_F(Xlsx, APhoneticReadingOutsideAnItemDropsNoText) {
  const auto file = path("stray-rph.xlsx");
  write_hand_xlsx(file, {"<row r=\"1\"><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c></row>"},
                  "<rPh><t>reading</t></rPh><si><t>first</t></si><si><t>second</t><rPh><t>x</t></rPh></si>");
  auto rows = read_all(file);
  ASSERT_EQ(rows.size(), 1u);
  ASSERT_EQ(rows[0].cells.size(), 2u);
  EXPECT_EQ(rows[0].cells[0], "first");
  EXPECT_EQ(rows[0].cells[1], "second");
}

TEST_F(Xlsx, LimitsProtectMemory) {
  const auto wide = path("wide.xlsx");
  write_hand_xlsx(wide, {"<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row><row r=\"2\"><c r=\"XFE2\"><v>1</v></c></row>"});
  XlsxReader reader(wide);
  std::vector<std::string> cells;
  ASSERT_TRUE(reader.next(cells));
  EXPECT_EQ(cells.size(), 16384u) << "XFD is the last column allowed";
  try {
    reader.next(cells);
    FAIL() << "column XFE was accepted";
  } catch (const FileError& e) {
    EXPECT_EQ(std::string(e.what()), "a row has more than 16384 columns");
    EXPECT_EQ(e.line(), 2);
  }

  const auto long_cell = path("long.xlsx");
  const std::string big(XlsxReader::kMaxRowBytes + 1, 'x');
  write_hand_xlsx(long_cell, {"<row r=\"1\"><c t=\"inlineStr\"><is><t>" + big + "</t></is></c></row>"});
  EXPECT_THROW(read_all(long_cell), FileError);

  const auto long_shared = path("long-shared.xlsx");
  write_hand_xlsx(long_shared, {"<row r=\"1\"><c t=\"s\"><v>0</v></c></row>"}, "<si><t>" + big + "</t></si>");
  EXPECT_THROW(XlsxReader{long_shared}, FileError);

  // A tag expat would have to hold whole: refused before it grows without bound.
  const auto long_tag = path("long-tag.xlsx");
  write_hand_xlsx(long_tag, {"<row r=\"1\"><c r=\"A1\" x=\"" + std::string(5 << 20, 'y') + "\"><v>1</v></c></row>"});
  try {
    read_all(long_tag);
    FAIL() << "a 5 MiB tag was accepted";
  } catch (const FileError& e) {
    EXPECT_NE(std::string(e.what()).find("an XML tag is longer than 4 MiB"), std::string::npos) << e.what();
  }
}

TEST_F(Xlsx, LargeSheetIsStreamed) {
  const auto file = path("large.xlsx");
  lxw_workbook_options options = {};
  options.constant_memory = LXW_TRUE;
  lxw_workbook* wb = workbook_new_opt(file.c_str(), &options);
  lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
  constexpr int kRows = 200000;
  worksheet_write_string(ws, 0, 0, "Телефон", nullptr);
  worksheet_write_string(ws, 0, 1, "Компания", nullptr);
  for (int r = 1; r <= kRows; ++r) {
    worksheet_write_number(ws, r, 0, 79000000000.0 + r, nullptr);
    worksheet_write_string(ws, r, 1, ("Компания " + std::to_string(r)).c_str(), nullptr);
  }
  ASSERT_EQ(workbook_close(wb), LXW_NO_ERROR);

  XlsxReader reader(file);
  std::vector<std::string> cells, last;
  std::int64_t count = 0;
  while (reader.next(cells)) {
    ++count;
    last = cells;
  }
  EXPECT_EQ(count, kRows + 1);
  EXPECT_EQ(last, (Cells{"79000200000", "Компания 200000"}));
  EXPECT_EQ(reader.line(), kRows + 1);
}

TEST(XlsxFileKind, SniffsMagicBytes) {
  EXPECT_EQ(sniff_file_kind(std::string("PK\x03\x04\x14\x00", 6)), FileKind::Xlsx);
  EXPECT_EQ(sniff_file_kind("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest"), FileKind::Xls);
  EXPECT_EQ(sniff_file_kind("phone;company\n"), FileKind::Csv);
  EXPECT_EQ(sniff_file_kind("PK"), FileKind::Csv);
  EXPECT_EQ(sniff_file_kind(""), FileKind::Csv);
  EXPECT_STREQ(file_kind_name(FileKind::Xlsx), "xlsx");
  EXPECT_STREQ(file_kind_name(FileKind::Xls), "xls");
  EXPECT_STREQ(file_kind_name(FileKind::Csv), "csv");
}

TEST(XlsxNumbers, IntegralValuesAsDigits) {
  EXPECT_EQ(spreadsheet_number_text(79161234567.0), "79161234567");
  EXPECT_EQ(spreadsheet_number_text(7.9161234567E10), "79161234567");
  EXPECT_EQ(spreadsheet_number_text(-42.0), "-42");
  EXPECT_EQ(spreadsheet_number_text(-0.0), "0");
  EXPECT_EQ(spreadsheet_number_text(1e20), "100000000000000000000");
  EXPECT_EQ(spreadsheet_number_text(0.1), "0.1");
  EXPECT_EQ(spreadsheet_number_text(12.5), "12.5");
  EXPECT_EQ(spreadsheet_number_text(1.0 / 3), "0.3333333333333333");
}

// Issue 16: a workbook listing one worksheet many times, and a sheet inflating to far more
// than its file could hold, are refused early; blank rows still reach the watchdog.
TEST_F(Xlsx, BombsAreRefusedEarlyAndBlankRowsReachTheWatchdog) {
  const auto twice = path("twice.xlsx");
  {
    const std::string rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const std::string ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    write_zip(twice, {{"[Content_Types].xml", "<Types/>"},
                      {"xl/workbook.xml", "<workbook xmlns=\"" + ns + "\" xmlns:r=\"" + rel_ns +
                                              "\"><sheets><sheet name=\"a\" sheetId=\"1\" r:id=\"rId1\"/>"
                                              "<sheet name=\"b\" sheetId=\"2\" r:id=\"rId1\"/></sheets></workbook>"},
                      {"xl/_rels/workbook.xml.rels",
                       "<Relationships><Relationship Id=\"rId1\" Type=\"" + rel_ns +
                           "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
                      {"xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + ns + "\"><sheetData/></worksheet>"}});
  }
  try {
    XlsxReader reader(twice);
    FAIL() << "a worksheet listed twice was accepted";
  } catch (const FileError& e) {
    EXPECT_NE(std::string(e.what()).find("listed twice"), std::string::npos) << e.what();
  }

  // 200 MiB of spaces deflate to a few hundred KiB: far past 100 times the file's size.
  const auto spaces = path("spaces.xlsx");
  write_hand_xlsx(spaces, {"<row r=\"1\"><c><v>1</v></c></row>" + std::string(200u << 20, ' ')});
  ASSERT_LT(std::filesystem::file_size(spaces), 2u << 20);
  int watched = 0;
  try {
    XlsxReader reader(spaces);
    reader.set_watchdog([&] { ++watched; });
    std::vector<std::string> cells;
    while (reader.next(cells)) {
    }
    FAIL() << "200 MiB of spaces were read";
  } catch (const FileError& e) {
    EXPECT_NE(std::string(e.what()).find("inflates"), std::string::npos) << e.what();
  }
  EXPECT_GT(watched, 5) << "the reader reported while it found no rows";
}

// A preview reads the shared strings its first rows need, not a table of hundreds of MiB: it
// stops after kPreviewSharedStrings bytes of strings or kPreviewSharedStringsXml bytes of their
// part, and a cell past them reads as "…". An import reads the table whole (and refuses it).
TEST_F(Xlsx, APreviewReadsOnlyTheSharedStringsItsFirstRowsNeed) {
  // 300,000 strings of 40 bytes (12 MiB): the first row uses the first, the second the last.
  std::string strings;
  strings.reserve(300000 * 56);
  for (int i = 0; i < 300000; ++i) {
    char item[64];
    std::snprintf(item, sizeof item, "<si><t>company %032d</t></si>", i);
    strings += item;
  }
  const auto big = path("big-strings.xlsx");
  write_hand_xlsx(big, {"<row r=\"1\"><c t=\"s\"><v>0</v></c></row><row r=\"2\"><c t=\"s\"><v>299999</v></c></row>"},
                  strings);
  auto read = [](XlsxReader& reader) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> cells;
    while (reader.next(cells)) rows.push_back(cells);
    return rows;
  };
  XlsxReader preview(big, XlsxReader::Purpose::Preview);
  auto rows = read(preview);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], std::vector<std::string>{"company 00000000000000000000000000000000"});
  EXPECT_EQ(rows[1], std::vector<std::string>{"…"}) << "past what a preview keeps";
  XlsxReader whole(big);
  rows = read(whole);
  EXPECT_EQ(rows[1], std::vector<std::string>{"company 00000000000000000000000000299999"});

  // 200 MiB of spaces between the strings (far past the inflating budget of a file this
  // small): an import refuses the file, a preview stops after 16 MiB of them and shows the row.
  const auto spaces = path("spaced-strings.xlsx");
  write_hand_xlsx(spaces, {"<row r=\"1\"><c t=\"s\"><v>0</v></c></row>"},
                  "<si><t>first</t></si>" + std::string(200u << 20, ' ') + "<si><t>second</t></si>");
  EXPECT_THROW(XlsxReader{spaces}, FileError);
  XlsxReader spaced(spaces, XlsxReader::Purpose::Preview);
  rows = read(spaced);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0], std::vector<std::string>{"first"});
}
