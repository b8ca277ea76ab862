#pragma once
// What every import file reader (CSV, XLSX, XLS) gives the importer: records of UTF-8 cells,
// one at a time, never the whole file in memory.
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace numbase::imports {

// A file that cannot be read; `line` is the row (or line) where the problem starts, 1-based,
// 0 when it is the file as a whole.
class FileError : public std::runtime_error {
 public:
  FileError(const std::string& message, std::int64_t line) : std::runtime_error(message), line_(line) {}
  std::int64_t line() const { return line_; }

 private:
  std::int64_t line_;
};

class RowSource {
 public:
  virtual ~RowSource() = default;
  // Reads the next record into `fields`; false at the end of the input. Throws FileError.
  virtual bool next(std::vector<std::string>& fields) = 0;
  // Where the last record started (1-based): a line of a CSV, a row of a spreadsheet (counted
  // across sheets).
  virtual std::int64_t line() const = 0;
  // Called every few megabytes of work that yields no record (a spreadsheet's blank rows),
  // so a cancel, a shutdown or a deadline can stop it by throwing.
  void set_watchdog(std::function<void()> f) { watchdog_ = std::move(f); }

 protected:
  void watch() {
    if (watchdog_) watchdog_();
  }

 private:
  std::function<void()> watchdog_;
};

}  // namespace numbase::imports
