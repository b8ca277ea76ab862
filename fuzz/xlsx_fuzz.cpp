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
  const std::string path = numbase::fuzz::write_input(data, size, "input.xlsx");
  try {
    XlsxReader reader(path);
    std::vector<std::string> fields;
    while (reader.next(fields)) {
    }
  } catch (const FileError&) {
  } catch (...) {
    numbase::fuzz::unexpected_exception();
  }
  return 0;
}
