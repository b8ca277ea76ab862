#include "imports/file_kind.hpp"

#include <charconv>
#include <cmath>

namespace numbase::imports {

FileKind sniff_file_kind(std::string_view head) {
  if (head.starts_with(std::string_view("PK\x03\x04", 4))) return FileKind::Xlsx;
  if (head.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return FileKind::Xls;
  return FileKind::Csv;
}

const char* file_kind_name(FileKind kind) {
  switch (kind) {
    case FileKind::Xlsx: return "xlsx";
    case FileKind::Xls: return "xls";
    case FileKind::Csv: break;
  }
  return "csv";
}

std::string spreadsheet_number_text(double value) {
  if (!std::isfinite(value)) return {};  // a spreadsheet cannot hold these; treat as empty
  if (value == 0) return "0";           // also for -0
  char buf[400];                         // fixed notation of a double below 1e21 fits easily
  // Below 1e21 every integral double prints as its digits without an exponent, which is what
  // a user means by a 15-20 digit number; beyond that the exponent form is more honest.
  const bool integral = value == std::trunc(value) && std::fabs(value) < 1e21;
  const auto r = integral ? std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed)
                          : std::to_chars(buf, buf + sizeof buf, value);
  return std::string(buf, r.ptr);
}

}  // namespace numbase::imports
