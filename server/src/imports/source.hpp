#pragma once
// Opening a stored import file as rows, whatever its format: the format is told by the
// content (ZIP → XLSX, OLE2 → XLS, otherwise CSV with its encoding and delimiter detected),
// not by the file's name.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>

#include "imports/csv_reader.hpp"
#include "imports/file_kind.hpp"
#include "imports/row_source.hpp"

namespace numbase::imports {

struct OpenedFile {
  FileKind kind = FileKind::Csv;
  std::optional<CsvFormat> csv;  // for CSV: what was detected
  std::unique_ptr<std::ifstream> stream;  // for CSV: the file being read
  std::unique_ptr<RowSource> rows;
  std::uint64_t size = 0;
  // How far the reading got, in bytes of the file (CSV only; 0 when unknown).
  std::uint64_t position() const;
};

// Throws FileError for an empty, binary or damaged file. A preview reads only what its first
// rows need (see XlsxReader::Purpose).
OpenedFile open_rows(const std::filesystem::path& path, bool preview = false);

// The kind of an upload about to be queued, refusing (FileError) what open_rows would refuse;
// except that an XLS workbook is only recognized, not parsed: it is parsed once, by the job,
// in its child process (the preview shows the user a damaged one first).
FileKind check_upload(const std::filesystem::path& path);

}  // namespace numbase::imports
