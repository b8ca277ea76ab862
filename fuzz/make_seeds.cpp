// Writes the fuzzers' seed corpus into <dir>/{csv,xlsx,xls,multipart,json}, with the writers
// the tests use: libxlsxwriter and a hand-written workbook through libzip (as
// xlsx_reader_test.cpp does), tests/support/xls_writer.hpp for XLS, and the tests' own CSV,
// multipart and JSON bodies. Nothing binary is committed; scripts/fuzz.sh runs this each time.
#include <xlsxwriter.h>
#include <zip.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "support/xls_writer.hpp"

namespace fs = std::filesystem;
using numbase::test::XlsCell;
using numbase::test::XlsRows;

namespace {

[[noreturn]] void die(const std::string& what) {
  std::fprintf(stderr, "make_seeds: %s\n", what.c_str());
  std::exit(1);
}

void write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) die("cannot write " + path.string());
}

// A ZIP of these entries. Stored (not deflated) entries keep the XML visible to the
// fuzzer's mutations; deflated ones exercise libzip's inflate path.
void write_zip(const fs::path& file, const std::vector<std::pair<std::string, std::string>>& entries, bool store) {
  int error = 0;
  zip_t* z = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (!z) die("zip_open " + file.string());
  for (const auto& [name, data] : entries) {
    zip_source_t* src = zip_source_buffer(z, data.data(), data.size(), 0);
    const zip_int64_t index = zip_file_add(z, name.c_str(), src, ZIP_FL_OVERWRITE);
    if (index < 0) die("zip_file_add " + name);
    if (store && zip_set_file_compression(z, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0) < 0)
      die("zip_set_file_compression " + name);
  }
  if (zip_close(z) != 0) die("zip_close " + file.string());
}

// xlsx_reader_test.cpp's hand-written workbook: each sheet is the inside of its <sheetData>.
void write_hand_xlsx(const fs::path& file, const std::vector<std::string>& sheets, const std::string& shared_strings,
                     bool store) {
  const std::string rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  std::string book =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:rel=\"" +
      rel_ns + "\"><sheets>";
  std::string rels =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  std::vector<std::pair<std::string, std::string>> entries;
  for (std::size_t i = sheets.size(); i-- > 0;) {
    const std::string n = std::to_string(i + 1);
    rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + rel_ns + "/worksheet\" Target=\"/xl/worksheets/sheet" + n +
            ".xml\"/>";
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
                         "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + shared_strings +
                             "</sst>");
  }
  rels += "</Relationships>";
  entries.emplace_back("xl/workbook.xml", book);
  entries.emplace_back("xl/_rels/workbook.xml.rels", rels);
  write_zip(file, entries, store);
}

void csv_seeds(const fs::path& dir) {
  const std::string cp1251_header = "\xD2\xE5\xEB\xE5\xF4\xEE\xED;\xCA\xEE\xEC\xEF\xE0\xED\xE8\xFF";
  const std::vector<std::string> files = {
      "\xEF\xBB\xBFphone,company\r\n+79161234567,\"ООО \"\"Ромашка\"\", Москва\"\r\n",
      cp1251_header + "\r\n8 (916) 123-45-67;\"\xCF\xE5\xF0\xE2\xE0\xFF\r\n\xE2\xF2\xEE\xF0\xE0\xFF; "
                      "\xF1\xF2\xF0\xEE\xEA\xE0\"\r\n89161234568;\xC2\xF2\xEE\xF0\xE0\xFF\r\n",
      "phone\tcompany\n79161234567\t\"a, b, c\"\n79161234568\tx\n",
      "a;b\n1;\"x\ny\"\n\n2;z\n",
      "a;b\n1;\"never closed\n",
      "Телефон;Компания\n",
      "phone\r\r79160000001\r\"two\rlines\"\r\r\r79160000002\r",
  };
  for (std::size_t i = 0; i < files.size(); ++i) write_file(dir / ("seed" + std::to_string(i) + ".csv"), files[i]);
}

void xlsx_seeds(const fs::path& dir) {
  {  // libxlsxwriter's default mode: a shared string table, a cell far to the right.
    const auto file = (dir / "shared.xlsx").string();
    lxw_workbook* wb = workbook_new(file.c_str());
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Номера");
    worksheet_write_string(ws, 0, 0, "Телефон", nullptr);
    worksheet_write_string(ws, 0, 1, "Компания", nullptr);
    worksheet_write_number(ws, 1, 0, 79161234567.0, nullptr);
    worksheet_write_string(ws, 1, 2, "Перезвонить после обеда", nullptr);
    worksheet_write_string(ws, 2, 0, "+7 (916) 123-45-68", nullptr);
    worksheet_write_string(ws, 2, 40, "далеко справа", nullptr);
    worksheet_write_number(ws, 3, 1, 12.5, nullptr);
    if (workbook_close(wb) != LXW_NO_ERROR) die("libxlsxwriter: " + file);
  }
  {  // Constant-memory mode: inline strings, two sheets with the same header.
    const auto file = (dir / "inline.xlsx").string();
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* wb = workbook_new_opt(file.c_str(), &options);
    for (int s = 0; s < 2; ++s) {
      lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
      worksheet_write_string(ws, 0, 0, "Телефон", nullptr);
      worksheet_write_number(ws, 1, 0, 79161234567.0 + s, nullptr);
      worksheet_write_string(ws, 3, 1, "Рога и копыта", nullptr);
    }
    if (workbook_close(wb) != LXW_NO_ERROR) die("libxlsxwriter: " + file);
  }
  const std::string strings =
      "<si><t>Телефон</t></si>"
      "<si><r><rPr><b/></rPr><t>ООО </t></r><r><t xml:space=\"preserve\">«Ромашка» </t></r>"
      "<rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si>"
      "<si><t>строка_x000D_\nвторая, _x005F_x0041_</t></si>";
  const std::string sheet =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
      "<row r=\"2\"><c r=\"A2\"><v>7.9161234567E10</v></c><c r=\"B2\"><v>79161234567.0</v></c>"
      "<c r=\"C2\"><v>0.1</v></c><c r=\"D2\" t=\"n\"><v>-1.5e-3</v></c></row>"
      "<row r=\"3\"><c r=\"A3\" t=\"str\"><f>A1&amp;\"!\"</f><v>Телефон!</v></c><c r=\"B3\" t=\"b\"><v>1</v></c>"
      "<c r=\"C3\" t=\"e\"><v>#N/A</v></c><c r=\"D3\" t=\"inlineStr\"><is><r><t>а</t></r><r><t>б</t></r></is></c>"
      "</row>"
      "<row r=\"4\"><c r=\"A4\" s=\"1\"/><c r=\"B4\" s=\"1\"/></row>"
      "<row r=\"7\"><c r=\"C7\" t=\"s\"><v>2</v></c><c><v>5</v></c></row>"
      "<row><c><v>8</v></c><c r=\"XFD8\" s=\"2\"/></row>"
      "<row><c><v>9</v></c></row>";
  write_hand_xlsx(dir / "hand-stored.xlsx", {sheet}, strings, true);
  write_hand_xlsx(dir / "hand-deflated.xlsx", {sheet}, strings, false);
  write_hand_xlsx(dir / "two-sheets.xlsx",
                  {"<row r=\"1\"><c t=\"inlineStr\"><is><t>first</t></is></c></row>",
                   "<row r=\"1\"><c t=\"inlineStr\"><is><t>second</t></is></c></row>"},
                  "", true);
}

void xls_seeds(const fs::path& dir) {
  const XlsCell empty = std::monostate{};
  numbase::test::write_xls((dir / "numbers.xls").string(),
                           {{"Номера",
                             {
                                 {"Телефон", "Компания", "Комментарий"},
                                 {79161234567.0, empty, "Перезвонить после обеда"},
                                 {"+7 (916) 123-45-68", "ООО «Ромашка»"},
                                 {},
                                 {89161234569.0, 12.5, empty, empty},
                             }}});
  numbase::test::write_xls((dir / "sheets.xls").string(),
                           {
                               {"Первый", {{"Телефон", "Компания"}, {"79160000001", "А"}}},
                               {"Второй", {{"Телефон", "Компания"}, {"79160000003", "В"}}},
                               {"Третий", {{79160000009.0, "без заголовка"}}},
                           });
}

void multipart_seeds(const fs::path& dir) {
  // multipart_test.cpp's body; the first byte is the size of the pieces it is fed in (0: whole).
  const std::string content = "a;b\r\n--XyY\r\n--Xy\r\nlast line without a break";
  const std::string body =
      "preamble is ignored\r\n"
      "--XyZ\r\nContent-Disposition: form-data; name=\"project_id\"\r\n\r\n42\r\n"
      "--XyZ\r\ncontent-disposition: form-data; name=\"file\"; filename=\"C:\\\\data\\\\база.csv\"\r\n"
      "Content-Type: text/csv\r\n\r\n" +
      content +
      "\r\n"
      "--XyZ\r\nContent-Disposition: form-data; name=\"columns\"\r\n\r\n[\"phone\"]\r\n"
      "--XyZ--\r\nepilogue";
  write_file(dir / "form-whole", std::string(1, '\0') + body);
  write_file(dir / "form-1", std::string(1, '\x01') + body);
  write_file(dir / "form-7", std::string(1, '\x07') + body);
  write_file(dir / "unfinished", std::string(1, '\0') + "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue");
  write_file(dir / "content-type", "Multipart/Form-Data; charset=utf-8; boundary=\"a b\"");
}

void json_seeds(const fs::path& dir) {
  const std::vector<std::string> bodies = {
      R"({"name": "x", "is_active": true, "project_id": 3})",
      R"({"name": 5, "is_active": "yes", "project_id": 1.5, "limit": 18446744073709551615})",
      R"({"username": "оператор", "comment": null, "nested": {"a": [1, 2, {"b": "c\u0000"}]}})",
      "{", "[]", "", " ",
  };
  for (std::size_t i = 0; i < bodies.size(); ++i) write_file(dir / ("seed" + std::to_string(i) + ".json"), bodies[i]);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) die("usage: make_seeds <dir>");
  const fs::path root = argv[1];
  for (const char* kind : {"csv", "xlsx", "xls", "multipart", "json"}) fs::create_directories(root / kind);
  csv_seeds(root / "csv");
  xlsx_seeds(root / "xlsx");
  xls_seeds(root / "xls");
  multipart_seeds(root / "multipart");
  json_seeds(root / "json");
  return 0;
}
