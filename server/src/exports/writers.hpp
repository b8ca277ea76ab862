#pragma once
// The two export file formats behind one interface: rows go in one at a time and straight to
// disk. CSV is UTF-8 with a BOM (so Excel reads it as UTF-8), `;` or `,`; XLSX is written by
// libxlsxwriter in constant-memory mode, continuing on a new sheet (with the header again)
// past Excel's 1,048,576 rows.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace numbase::exports {

class SheetWriter {
 public:
  virtual ~SheetWriter() = default;
  // Cells of one row; nullopt is an empty cell.
  virtual void row(const std::vector<std::optional<std::string_view>>& cells) = 0;
  // Flushes and closes the file; throws when it could not be written completely.
  virtual void finish() = 0;
};

std::unique_ptr<SheetWriter> csv_writer(const std::filesystem::path& path, char delimiter,
                                        const std::vector<std::string>& header);
// `rows_per_sheet`: 1,048,576 including the header row (smaller in tests).
std::unique_ptr<SheetWriter> xlsx_writer(const std::filesystem::path& path, const std::vector<std::string>& header,
                                         std::size_t rows_per_sheet = 1048576);

}  // namespace numbase::exports
