#pragma once
// Reading legacy Excel 97-2003 workbooks (.xls: BIFF records in an OLE2 compound file) for
// imports, with FreeXL. FreeXL parses the whole workbook when it opens it; that is bounded,
// as a BIFF8 sheet has at most 65,536 rows and 256 columns (FreeXL refuses sheets of more than
// 256 MiB of cells).
//
// Every worksheet is read, in workbook order, following the same rules as XlsxReader: trailing
// empty cells are dropped, rows without a value are skipped, a later sheet's first row equal to
// the first sheet's first row (a repeated header) is skipped, and line() numbers rows as if the
// sheets were stacked: row r of a sheet is r plus the row counts of the sheets before it.
// Strings come from FreeXL as UTF-8; numbers as spreadsheet_number_text() writes them; dates
// and times as FreeXL formats them ("2024-01-31", "2024-01-31 12:00:00", "12:00:00").
#include <cstdint>
#include <string>
#include <vector>

#include "imports/row_source.hpp"

namespace numbase::imports {

class XlsReader final : public RowSource {
 public:
  // Opens and parses the workbook. Throws FileError when it is not an XLS workbook, is
  // damaged, or is password-protected.
  explicit XlsReader(const std::string& path);
  ~XlsReader() override;
  XlsReader(const XlsReader&) = delete;
  XlsReader& operator=(const XlsReader&) = delete;

  bool next(std::vector<std::string>& fields) override;
  std::int64_t line() const override { return line_; }

 private:
  void select_sheet(unsigned index);
  const void* handle_ = nullptr;
  unsigned sheet_count_ = 0, sheet_ = 0;
  bool sheet_open_ = false, sheet_start_ = false;
  unsigned rows_ = 0, row_ = 0;  // of the current sheet; row_ is the next to read (0-based)
  unsigned short columns_ = 0;
  std::int64_t rows_before_ = 0, line_ = 0;
  bool have_first_row_ = false;
  std::vector<std::string> first_row_;
};

}  // namespace numbase::imports
