#pragma once
// XLS workbooks are parsed by FreeXL in a short-lived child process, never in the server's
// address space: FreeXL 1.0.6 reads past a stack buffer on crafted files (found by fuzzing),
// and parses the whole workbook in memory. The child has a memory and a CPU-time limit and
// sends the rows back through a pipe; a crash or a limit is reported as a damaged file.
#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

#include "imports/row_source.hpp"

namespace numbase::imports {

class XlsChildReader final : public RowSource {
 public:
  // Starts the child and waits until it has opened the workbook. Throws FileError when it
  // is not an XLS workbook, is damaged, or the child could not read it within its limits.
  explicit XlsChildReader(const std::string& path);
  ~XlsChildReader() override;
  XlsChildReader(const XlsChildReader&) = delete;
  XlsChildReader& operator=(const XlsChildReader&) = delete;

  bool next(std::vector<std::string>& fields) override;
  std::int64_t line() const override { return line_; }

  static constexpr std::uint64_t kMemoryLimit = 1ull << 30;  // address space of the child
  static constexpr unsigned kCpuSeconds = 120;

 private:
  bool read_exact(void* data, std::size_t n);
  [[noreturn]] void child_failed();
  [[noreturn]] void rethrow_failure();  // the child's FileError, from its 'F' frame
  pid_t child_ = -1;
  int fd_ = -1;
  bool done_ = false;
  std::int64_t line_ = 0;
};

}  // namespace numbase::imports
