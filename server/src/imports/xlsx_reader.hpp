#pragma once
// Reading XLSX workbooks (Office Open XML: a ZIP of XML parts) for imports. Worksheets are read
// in workbook order, each streamed from the ZIP through expat a chunk at a time and handed out
// a row at a time, so a sheet of a million rows is never in memory; only the shared string
// table is, in a compact form.
//
// Rows and numbering:
// - Cells go to the column their reference (r="C5") names; missing cells become "". Trailing
//   empty cells are dropped, and rows without any non-empty cell are skipped, as blank lines
//   are in a CSV.
// - line() is the row number as if the worksheets were stacked one under another: row r of a
//   sheet is r plus the last row number of every sheet before it. On the first sheet it is the
//   row number Excel shows. Skipped rows (blank, absent, a repeated header) keep their numbers.
// - A later sheet whose first row equals the first sheet's first row starts with a repeated
//   header (our own export writes one on every sheet past Excel's 1,048,576 rows); that row is
//   skipped.
// Values: shared and inline strings (rich text runs joined, phonetic runs left out), formula
// results, TRUE/FALSE, errors as "", numbers via spreadsheet_number_text() (so a phone number
// stored as a number comes out as its digits). Dates stored as serial numbers come out as
// those numbers: telling them apart needs the styles part, which imports do not use.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "imports/row_source.hpp"

namespace numbase::imports {

class XlsxReader final : public RowSource {
 public:
  // Limits protect memory against hostile files: more is a FileError.
  static constexpr std::size_t kMaxRowBytes = 1 << 20;         // text of one row, so of a cell too
  static constexpr std::size_t kMaxColumns = 16384;            // Excel's column limit (XFD)
  static constexpr std::size_t kMaxSharedStrings = 256 << 20;  // bytes of the shared string table

  // A preview reads the first rows only, so it keeps at most kPreviewSharedStrings bytes of the
  // shared strings and inflates at most kPreviewSharedStringsXml bytes of their part, then goes
  // on to the sheet (Excel writes shared strings in order of first use: the first rows use the
  // first ones). A cell referring past what was kept reads as kNotRead.
  enum class Purpose { Import, Preview };
  static constexpr std::size_t kPreviewSharedStrings = 4 << 20;
  static constexpr std::size_t kPreviewSharedStringsXml = 16 << 20;
  static constexpr const char* kNotRead = "…";

  // Opens the workbook and loads its shared strings. Throws FileError when the file is not an
  // XLSX workbook or is damaged.
  explicit XlsxReader(const std::string& path, Purpose purpose = Purpose::Import);
  ~XlsxReader() override;
  XlsxReader(const XlsxReader&) = delete;
  XlsxReader& operator=(const XlsxReader&) = delete;

  bool next(std::vector<std::string>& fields) override;
  std::int64_t line() const override { return line_; }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::int64_t line_ = 0;
};

}  // namespace numbase::imports
