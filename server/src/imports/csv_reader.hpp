#pragma once
// Reading the CSV files Excel and LibreOffice write: UTF-8 (with or without BOM) or
// Windows-1251, delimited by ',' ';' or tab, quoted per RFC 4180 (delimiters and line breaks
// inside quotes). Streaming: a record at a time, never the whole file in memory.
#include <cstdint>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "imports/row_source.hpp"

namespace numbase::imports {

enum class Encoding { Utf8, Windows1251 };

struct CsvFormat {
  Encoding encoding = Encoding::Utf8;
  bool bom = false;
  char delimiter = ',';
};

// Guesses the format from the start of a file (a few KiB suffice; 64 KiB are used at most).
// Throws FileError for an empty or binary file.
CsvFormat detect_csv_format(std::string_view head);

const char* encoding_name(Encoding e);

class CsvReader final : public RowSource {
 public:
  // Limits protect memory against hostile files: a longer record is a FileError.
  static constexpr std::size_t kMaxRecordBytes = 1 << 20;
  static constexpr std::size_t kMaxFields = 16384;  // Excel's column limit

  CsvReader(std::istream& in, CsvFormat format);
  // Reads the next record; false at the end of the input. Fields are UTF-8.
  bool next(std::vector<std::string>& fields) override;
  // The line the last record started on (1-based, counting line breaks inside quotes).
  std::int64_t line() const override { return record_line_; }

 private:
  bool fill();
  std::istream& in_;
  CsvFormat format_;
  std::string buffer_;  // decoded UTF-8 not yet parsed
  std::size_t pos_ = 0;
  bool eof_ = false;
  bool started_ = false;
  std::int64_t line_ = 1, record_line_ = 0;
};

}  // namespace numbase::imports
