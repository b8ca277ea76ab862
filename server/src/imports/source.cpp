#include "imports/source.hpp"

#include "imports/xls_child.hpp"
#include "imports/xlsx_reader.hpp"

namespace numbase::imports {

std::uint64_t OpenedFile::position() const {
  if (!stream) return 0;
  auto p = stream->tellg();
  return p < 0 ? size : static_cast<std::uint64_t>(p);
}

namespace {

// The first 64 KiB: enough to tell the kind, and a CSV's encoding and delimiter.
std::string read_head(const std::filesystem::path& path, std::uint64_t& size) {
  std::error_code ec;
  size = std::filesystem::file_size(path, ec);
  if (ec) throw FileError("the file is missing: " + path.filename().string(), 0);
  std::string head(64 * 1024, '\0');
  std::ifstream in(path, std::ios::binary);
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return head;
}

}  // namespace

FileKind check_upload(const std::filesystem::path& path) {
  std::uint64_t size = 0;
  if (sniff_file_kind(read_head(path, size)) == FileKind::Xls) return FileKind::Xls;
  return open_rows(path).kind;
}

OpenedFile open_rows(const std::filesystem::path& path, bool preview) {
  OpenedFile f;
  const std::string head = read_head(path, f.size);
  f.kind = sniff_file_kind(head);
  switch (f.kind) {
    case FileKind::Xlsx:
      f.rows = std::make_unique<XlsxReader>(path.string(),
                                            preview ? XlsxReader::Purpose::Preview : XlsxReader::Purpose::Import);
      break;
    case FileKind::Xls: f.rows = std::make_unique<XlsChildReader>(path.string()); break;  // outside this process
    case FileKind::Csv:
      f.csv = detect_csv_format(head);
      f.stream = std::make_unique<std::ifstream>(path, std::ios::binary);
      f.rows = std::make_unique<CsvReader>(*f.stream, *f.csv);
      break;
  }
  return f;
}

}  // namespace numbase::imports
