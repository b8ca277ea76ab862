// XLSX: the input is written to a scratch file (XlsxReader takes a path) and every row of
// every sheet is read. FileError is the reader's answer to a damaged or hostile workbook.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_support.hpp"
#include "imports/xlsx_reader.hpp"

using namespace numbase::imports;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return numbase::fuzz::read_every_row<XlsxReader, FileError>(data, size, "input.xlsx");
}
