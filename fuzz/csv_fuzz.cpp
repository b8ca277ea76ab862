// CSV: format detection on the head (as imports::open_rows does, 64 KiB at most) and every
// record through CsvReader. FileError is the reader's answer to a bad file.
//
// CsvReader reads 64 KiB at a time, so a small input never crosses a chunk boundary. Inputs of
// odd size are therefore read a second time behind blank lines (which the reader skips) that
// put the boundary k bytes into the input, k = 1 + the last byte: records, quotes, CR LF pairs
// and UTF-8 / Windows-1251 sequences split across two reads.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.hpp"
#include "imports/csv_reader.hpp"

using namespace numbase::imports;

namespace {

void read_all(const std::string& bytes, const CsvFormat& format) {
  std::istringstream in(bytes);
  CsvReader reader(in, format);
  std::vector<std::string> fields;
  std::int64_t last = 0;
  while (reader.next(fields)) {
    if (reader.line() <= last) {  // every record starts on a later line
      std::fprintf(stderr, "==FUZZ== line() went from %lld to %lld\n", static_cast<long long>(last),
                   static_cast<long long>(reader.line()));
      std::abort();
    }
    last = reader.line();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  CsvFormat format;
  try {
    format = detect_csv_format(std::string_view(bytes).substr(0, std::min<std::size_t>(size, 64 * 1024)));
  } catch (const FileError&) {
    return 0;
  } catch (...) {
    numbase::fuzz::unexpected_exception();
  }
  try {
    read_all(bytes, format);
  } catch (const FileError&) {
  } catch (...) {
    numbase::fuzz::unexpected_exception();
  }
  if (size % 2 == 1) {
    const std::size_t k = 1 + data[size - 1];
    try {
      read_all(std::string(64 * 1024 - k, '\n') + bytes, format);
    } catch (const FileError&) {
    } catch (...) {
      numbase::fuzz::unexpected_exception();
    }
  }
  return 0;
}
