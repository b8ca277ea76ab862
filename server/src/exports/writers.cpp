#include "exports/writers.hpp"

#include <xlsxwriter.h>

#include <fstream>
#include <stdexcept>

#include "core/csv.hpp"

namespace numbase::exports {
namespace {

class CsvWriter final : public SheetWriter {
 public:
  CsvWriter(const std::filesystem::path& path, char delimiter, const std::vector<std::string>& header)
      : out_(path, std::ios::binary | std::ios::trunc), delimiter_(delimiter) {
    if (!out_) throw std::runtime_error("cannot create " + path.string());
    buf_ = "\xEF\xBB\xBF";
    std::vector<std::optional<std::string_view>> cells(header.begin(), header.end());
    row(cells);
  }

  void row(const std::vector<std::optional<std::string_view>>& cells) override {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i) buf_ += delimiter_;
      if (cells[i]) append_csv_field(buf_, *cells[i], delimiter_);
    }
    buf_ += "\r\n";
    if (buf_.size() >= (1 << 20)) flush();
  }

  void finish() override {
    flush();
    out_.close();
    if (!out_) throw std::runtime_error("writing the export failed (disk full?)");
  }

 private:
  void flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }
  std::ofstream out_;
  char delimiter_;
  std::string buf_;
};

class XlsxWriter final : public SheetWriter {
 public:
  XlsxWriter(const std::filesystem::path& path, const std::vector<std::string>& header, std::size_t rows_per_sheet)
      : header_(header), rows_per_sheet_(rows_per_sheet), tmpdir_(path.parent_path().string()) {
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;  // rows are flushed as they are finished
    options.tmpdir = tmpdir_.data();  // the sheet's rows are spooled beside the target, not in /tmp
    options.use_zip64 = LXW_TRUE;
    workbook_ = workbook_new_opt(path.c_str(), &options);
    if (!workbook_) throw std::runtime_error("cannot create " + path.string());
    text_ = workbook_add_format(workbook_);
    format_set_num_format(text_, "@");
    new_sheet();
  }

  ~XlsxWriter() override {
    if (workbook_) workbook_close(workbook_);
  }

  void row(const std::vector<std::optional<std::string_view>>& cells) override {
    if (next_row_ >= rows_per_sheet_) new_sheet();
    write(cells);
  }

  void finish() override {
    auto err = workbook_close(workbook_);
    workbook_ = nullptr;
    if (err != LXW_NO_ERROR) throw std::runtime_error(std::string("writing the XLSX failed: ") + lxw_strerror(err));
  }

 private:
  void new_sheet() {
    const auto name = "Numbers" + (sheets_ ? " " + std::to_string(sheets_ + 1) : std::string());
    sheet_ = workbook_add_worksheet(workbook_, name.c_str());
    if (!sheet_) throw std::runtime_error("cannot add a worksheet");
    ++sheets_;
    next_row_ = 0;
    std::vector<std::optional<std::string_view>> cells(header_.begin(), header_.end());
    write(cells);
  }

  void write(const std::vector<std::optional<std::string_view>>& cells) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (!cells[c] || cells[c]->empty()) continue;
      cell_.assign(*cells[c]);  // libxlsxwriter wants NUL-terminated text
      // Strings only: a spreadsheet never evaluates a string cell, so nothing needs neutralizing.
      worksheet_write_string(sheet_, static_cast<lxw_row_t>(next_row_), static_cast<lxw_col_t>(c), cell_.c_str(),
                             text_);
    }
    ++next_row_;
  }

  std::vector<std::string> header_;
  std::size_t rows_per_sheet_;
  std::string tmpdir_;
  lxw_workbook* workbook_ = nullptr;
  lxw_worksheet* sheet_ = nullptr;
  lxw_format* text_ = nullptr;
  std::size_t next_row_ = 0;
  int sheets_ = 0;
  std::string cell_;
};

}  // namespace

std::unique_ptr<SheetWriter> csv_writer(const std::filesystem::path& path, char delimiter,
                                        const std::vector<std::string>& header) {
  return std::make_unique<CsvWriter>(path, delimiter, header);
}

std::unique_ptr<SheetWriter> xlsx_writer(const std::filesystem::path& path, const std::vector<std::string>& header,
                                         std::size_t rows_per_sheet) {
  return std::make_unique<XlsxWriter>(path, header, rows_per_sheet);
}

}  // namespace numbase::exports
