#pragma once
// Reading the numbering plan registry file published by the Russian regulator (e.g.
// DEF-9xx.csv): `;`-separated CSV, UTF-8 with a BOM, columns
// `АВС/ DEF;От;До;Емкость;Оператор;Регион;ИНН`. Streaming: a row at a time, through
// imports::CsvReader. A file that is not such a registry, or a malformed row, is an
// imports::FileError naming the line.
#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "imports/csv_reader.hpp"

namespace numbase::numbering {

struct RegistryRow {
  std::int64_t line = 0;   // where the row starts in the file (1-based)
  std::int64_t first = 0;  // full E.164 digits: 7, the 3-digit code, the 7-digit number
  std::int64_t last = 0;   // inclusive
  std::string operator_name;
  std::string region;      // as the registry spells it, trimmed
};

// E.164 digits of a +7 number given its 3-digit code and 7-digit subscriber number.
constexpr std::int64_t ru_number(int code, std::int64_t subscriber) {
  return 70'000'000'000 + static_cast<std::int64_t>(code) * 10'000'000 + subscriber;
}

class RegistryReader {
 public:
  // Reads the header row. The stream must be seekable: its start is read twice (once to
  // detect the encoding and the delimiter).
  explicit RegistryReader(std::istream& in);
  // Reads the next range; false at the end of the file.
  bool next(RegistryRow& row);

 private:
  imports::CsvFormat format_;
  imports::CsvReader csv_;
  std::vector<std::string> fields_;
  std::size_t columns_ = 0;  // in the header
  std::size_t code_ = 0, from_ = 0, to_ = 0, operator_ = 0, region_ = 0;
  std::optional<std::size_t> capacity_;
};

}  // namespace numbase::numbering
