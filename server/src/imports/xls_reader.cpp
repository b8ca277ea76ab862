#include "imports/xls_reader.hpp"

#include <freexl.h>

#include <fstream>
#include <string_view>
#include <utility>

#include "imports/file_kind.hpp"

namespace numbase::imports {
namespace {

std::string error_text(int code) {
  switch (code) {
    case FREEXL_FILE_NOT_FOUND: return "cannot read the file";
    case FREEXL_INVALID_CFBF_HEADER:
    case FREEXL_CFBF_INVALID_SIGNATURE: return "not an XLS file";
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND: return "not an XLS file: it holds no Excel workbook";
    case FREEXL_CFBF_READ_ERROR:
    case FREEXL_CFBF_SEEK_ERROR: return "the XLS file is damaged: it ends early (is it cut short?)";
    case FREEXL_INSUFFICIENT_MEMORY: return "the XLS file is too large or damaged";
    case FREEXL_UNSUPPORTED_CHARSET: return "the XLS file uses an unsupported code page";
    default: return "the XLS file is damaged (FreeXL error " + std::to_string(code) + ")";
  }
}

// FreeXL also reads the raw BIFF2-4 files of Excel 2-4, which have no signature; whatever it
// fails on without the OLE2 signature is not an XLS file at all rather than a damaged one.
bool starts_like_ole2(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char magic[8] = {};
  in.read(magic, 8);
  return in.gcount() == 8 && std::string_view(magic, 8) == "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
}

std::string cell_text(const FreeXL_CellValue& v) {
  switch (v.type) {
    case FREEXL_CELL_INT: return std::to_string(v.value.int_value);
    case FREEXL_CELL_DOUBLE: return spreadsheet_number_text(v.value.double_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME: return v.value.text_value ? v.value.text_value : "";
    default: return {};  // FREEXL_CELL_NULL
  }
}

}  // namespace

XlsReader::XlsReader(const std::string& path) {
  auto fail = [&](const std::string& message) {
    // FreeXL may hand out a handle even when opening fails; the destructor will not run.
    if (handle_) freexl_close(handle_);
    handle_ = nullptr;
    throw FileError(message, 0);
  };
  if (const int rc = freexl_open(path.c_str(), &handle_); rc != FREEXL_OK)
    fail(rc != FREEXL_FILE_NOT_FOUND && !starts_like_ole2(path) ? "not an XLS file" : error_text(rc));
  unsigned info = 0;
  if (freexl_get_info(handle_, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED)
    fail("the XLS file is password-protected; save it without a password");
  if (const int rc = freexl_get_info(handle_, FREEXL_BIFF_SHEET_COUNT, &sheet_count_); rc != FREEXL_OK)
    fail(error_text(rc));
}

XlsReader::~XlsReader() {
  if (handle_) freexl_close(handle_);
}

void XlsReader::select_sheet(unsigned index) {
  int rc = freexl_select_active_worksheet(handle_, static_cast<unsigned short>(index));
  if (rc == FREEXL_OK) rc = freexl_worksheet_dimensions(handle_, &rows_, &columns_);
  if (rc != FREEXL_OK) throw FileError(error_text(rc), rows_before_ + 1);
  row_ = 0;
}

bool XlsReader::next(std::vector<std::string>& fields) {
  for (;;) {
    if (!sheet_open_) {
      if (sheet_ >= sheet_count_) return false;
      select_sheet(sheet_);
      sheet_open_ = true;
      sheet_start_ = true;
    }
    // FreeXL's row count is one past the last row (DIMENSIONS' rwMac), despite its header
    // calling it zero-based: cells are accepted for row < rows.
    if (row_ >= rows_) {
      rows_before_ += rows_;
      sheet_open_ = false;
      ++sheet_;
      continue;
    }
    const unsigned row = row_++;
    fields.clear();
    for (unsigned short col = 0; col < columns_; ++col) {
      FreeXL_CellValue value;
      if (const int rc = freexl_get_cell_value(handle_, row, col, &value); rc != FREEXL_OK)
        throw FileError(error_text(rc), rows_before_ + row + 1);
      std::string text = cell_text(value);
      if (text.empty()) continue;  // so trailing empty cells are dropped
      if (fields.size() <= col) fields.resize(col + 1u);
      fields[col] = std::move(text);
    }
    if (fields.empty()) continue;  // a row without values, like a blank line in a CSV
    line_ = rows_before_ + row + 1;
    if (std::exchange(sheet_start_, false)) {
      if (!have_first_row_) {
        first_row_ = fields;
        have_first_row_ = true;
      } else if (fields == first_row_) {
        continue;  // the header again, on a later sheet
      }
    }
    return true;
  }
}

}  // namespace numbase::imports
