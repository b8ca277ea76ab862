#include "imports/xlsx_reader.hpp"

#include <expat.h>
#include <zip.h>

#include <algorithm>
#include <filesystem>
#include <charconv>
#include <deque>
#include <exception>
#include <fstream>
#include <map>
#include <optional>
#include <string_view>
#include <utility>

#include "core/utf8.hpp"
#include "imports/file_kind.hpp"

namespace numbase::imports {
namespace {

constexpr std::size_t kChunk = 64 * 1024;  // read from the ZIP and parsed at a time
constexpr XML_Char kNsSeparator = ' ';     // expat names: "namespace-uri local-name"
// Expat holds a token (a tag with its attributes) in memory until it is complete; a ZIP can
// inflate a small file into one enormous tag, so input that produces no callback for this long
// is refused. Cell text is not affected: expat reports it piecewise.
constexpr std::size_t kMaxQuietBytes = 4 << 20;

FileError damaged(const std::string& detail, std::int64_t line = 0) {
  return FileError("the XLSX file is damaged: " + detail, line);
}

// Element and attribute names without their namespace: SpreadsheetML comes in a transitional
// and a strict namespace, and prefixes are the writer's choice.
std::string_view local_name(const XML_Char* name) {
  std::string_view n(name);
  const auto sep = n.rfind(kNsSeparator);
  return sep == std::string_view::npos ? n : n.substr(sep + 1);
}

const XML_Char* attribute(const XML_Char** atts, std::string_view local) {
  for (; atts[0]; atts += 2)
    if (local_name(atts[0]) == local) return atts[1];
  return nullptr;
}

// Excel writes characters XML cannot hold (carriage returns, control characters) as _xHHHH_
// (ECMA-376 ST_Xstring); a literal "_x" is itself escaped as _x005F_x. Surrogate halves are
// left as they are (they would need pairing and never matter for phone lists), and so is
// _x0000_: text cannot hold a NUL.
void decode_escapes(std::string& s, std::size_t from = 0) {
  const auto first = s.find("_x", from);
  if (first == std::string::npos) return;
  std::string out;  // the decoded rest from `first` on: only the tail is copied
  std::size_t at = first;
  while (at < s.size()) {
    unsigned code = 0;
    const char* hex = s.data() + at + 2;
    const bool escape = at + 7 <= s.size() && s[at + 6] == '_' &&
                        std::from_chars(hex, hex + 4, code, 16).ptr == hex + 4 &&
                        code != 0 && (code < 0xD800 || code > 0xDFFF);  // never a NUL
    if (escape) {
      append_utf8(out, code);
      at += 7;
    } else {
      out += s[at++];
    }
    const auto next = s.find("_x", at);
    const auto stop = next == std::string::npos ? s.size() : next;
    out.append(s, at, stop - at);
    at = stop;
  }
  s.resize(first);
  s += out;
}

struct ZipArchive {
  zip_t* zip = nullptr;
  ~ZipArchive() {
    if (zip) zip_discard(zip);  // read-only: nothing to write back
  }
};

// What an expat parse calls back into. Handlers may throw: the exception is carried past expat
// (a C library, so it must not unwind through it) and rethrown by PartParser::step.
struct XmlHandler {
  virtual ~XmlHandler() = default;
  virtual void start(std::string_view name, const XML_Char** atts) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view s) = 0;
  XML_Parser xml = nullptr;
  // For streaming: stop after the current callback; the next step() goes on from there.
  void pause() {
    XML_ParsingStatus status;
    XML_GetParsingStatus(xml, &status);
    if (status.parsing == XML_PARSING) XML_StopParser(xml, XML_TRUE);
  }
};

// One part of the ZIP parsed by expat, a chunk at a time.
// What all the parts of one file may inflate to, and a callback every few megabytes of it.
struct InflateBudget {
  std::uint64_t left = 0;
  std::uint64_t since_watch = 0;
  std::function<void()> watch;
  void spend(std::uint64_t n, const std::string& part, std::int64_t line) {
    if (n > left)
      throw FileError("the XLSX file is damaged or hostile: " + part +
                          " inflates to far more than a spreadsheet of its size could hold",
                      line);
    left -= n;
    since_watch += n;
    if (since_watch >= (4u << 20) && watch) {
      since_watch = 0;
      watch();
    }
  }
};

class PartParser {
 public:
  PartParser(zip_t* zip, zip_int64_t index, std::string name, XmlHandler& handler, InflateBudget& budget)
      : name_(std::move(name)), handler_(handler), budget_(budget) {
    file_ = zip_fopen_index(zip, static_cast<zip_uint64_t>(index), 0);
    if (!file_) throw damaged(name_ + ": " + zip_strerror(zip));
    parser_ = XML_ParserCreateNS(nullptr, kNsSeparator);
    if (!parser_) {
      zip_fclose(file_);
      throw std::bad_alloc();
    }
    handler_.xml = parser_;
    XML_SetUserData(parser_, this);
    XML_SetElementHandler(parser_, on_start, on_end);
    XML_SetCharacterDataHandler(parser_, on_text);
    // OOXML parts never have a DTD; refusing one keeps entity tricks out.
    XML_SetStartDoctypeDeclHandler(parser_, on_doctype);
  }
  ~PartParser() {
    XML_ParserFree(parser_);
    zip_fclose(file_);
  }
  PartParser(const PartParser&) = delete;
  PartParser& operator=(const PartParser&) = delete;

  // Parses the next chunk, or goes on after a pause; false once the part has been read.
  // `line` is where errors are reported.
  bool step(std::int64_t line = 0) {
    if (done_) return false;
    XML_Status status;
    if (paused_) {
      status = XML_ResumeParser(parser_);
    } else {
      void* buf = XML_GetBuffer(parser_, static_cast<int>(kChunk));
      if (!buf) throw std::bad_alloc();
      const zip_int64_t n = zip_fread(file_, buf, kChunk);
      if (n < 0) throw damaged(name_ + ": " + zip_file_strerror(file_), line);
      budget_.spend(static_cast<std::uint64_t>(n), name_, line);
      final_ = n == 0;
      quiet_bytes_ += static_cast<std::size_t>(n);  // callbacks reset it
      status = XML_ParseBuffer(parser_, static_cast<int>(n), final_);
    }
    if (pending_) std::rethrow_exception(std::exchange(pending_, nullptr));
    if (status == XML_STATUS_ERROR)
      throw damaged(name_ + ": " + XML_ErrorString(XML_GetErrorCode(parser_)) + " at line " +
                        std::to_string(XML_GetCurrentLineNumber(parser_)),
                    line);
    if (quiet_bytes_ > kMaxQuietBytes)
      throw damaged(name_ + ": an XML tag is longer than " + std::to_string(kMaxQuietBytes >> 20) + " MiB", line);
    paused_ = status == XML_STATUS_SUSPENDED;
    done_ = !paused_ && final_;
    return true;
  }

  void run() {
    while (step()) {
    }
  }

 private:
  template <typename F>
  static void guarded(void* self_ptr, F&& f) {
    auto* self = static_cast<PartParser*>(self_ptr);
    if (self->pending_) return;  // stopped; expat may still deliver a callback or two
    self->quiet_bytes_ = 0;
    try {
      f(self->handler_);
    } catch (...) {
      self->pending_ = std::current_exception();
      XML_StopParser(self->parser_, XML_FALSE);
    }
  }
  static void on_start(void* p, const XML_Char* name, const XML_Char** atts) {
    guarded(p, [&](XmlHandler& h) { h.start(local_name(name), atts); });
  }
  static void on_end(void* p, const XML_Char* name) {
    guarded(p, [&](XmlHandler& h) { h.end(local_name(name)); });
  }
  static void on_text(void* p, const XML_Char* s, int len) {
    guarded(p, [&](XmlHandler& h) { h.text(std::string_view(s, static_cast<std::size_t>(len))); });
  }
  static void on_doctype(void* p, const XML_Char*, const XML_Char*, const XML_Char*, int) {
    guarded(p, [&](XmlHandler&) -> void { throw damaged(static_cast<PartParser*>(p)->name_ + " has a DTD"); });
  }

  std::string name_;
  XmlHandler& handler_;
  InflateBudget& budget_;
  zip_file_t* file_ = nullptr;
  XML_Parser parser_ = nullptr;
  std::exception_ptr pending_;
  std::size_t quiet_bytes_ = 0;
  bool paused_ = false, final_ = false, done_ = false;
};

// xl/workbook.xml: the sheets in workbook order, as relationship ids.
struct WorkbookHandler : XmlHandler {
  std::vector<std::string> sheet_ids;
  void start(std::string_view name, const XML_Char** atts) override {
    if (name != "sheet") return;
    if (const auto* id = attribute(atts, "id")) sheet_ids.emplace_back(id);
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}
};

// xl/_rels/workbook.xml.rels: relationship id -> (type, target).
struct RelsHandler : XmlHandler {
  struct Rel {
    std::string type, target;
  };
  std::map<std::string, Rel, std::less<>> rels;
  void start(std::string_view name, const XML_Char** atts) override {
    if (name != "Relationship") return;
    const auto *id = attribute(atts, "Id"), *type = attribute(atts, "Type"), *target = attribute(atts, "Target");
    if (id && type && target) rels[id] = {type, target};
  }
  void end(std::string_view) override {}
  void text(std::string_view) override {}
};

// The shared string table, compact: all strings in one arena, where each ends in `ends`.
// A vector of std::string would cost 32 bytes and an allocation per string on top of the text.
// Thrown by a preview's handlers to stop reading a part once it has what it needs.
struct EnoughRead {};

struct SharedStrings : XmlHandler {
  std::string arena;
  std::vector<std::uint32_t> ends;  // fits: the table is limited to kMaxSharedStrings bytes
  std::size_t limit = XlsxReader::kMaxSharedStrings;
  bool preview = false;  // at the limit, stop reading (EnoughRead) rather than refuse the file
  bool partial = false;  // a preview stopped before the end of the table
  bool in_item = false, in_text = false;
  int phonetic = 0;  // inside <rPh>: a reading aid for East Asian text, not part of the value
  std::size_t item_start = 0;

  std::size_t size() const { return ends.size(); }
  std::string_view at(std::size_t i) const {
    const std::size_t from = i == 0 ? 0 : ends[i - 1];
    return std::string_view(arena).substr(from, ends[i] - from);
  }

  void start(std::string_view name, const XML_Char**) override {
    if (name == "si") {
      if (in_item) throw FileError("the XLSX file is damaged: a shared string inside another", 0);
      in_item = true;
      phonetic = 0;
      item_start = arena.size();
    } else if (in_item && name == "rPh") {
      ++phonetic;
    } else if (in_item && name == "t" && phonetic == 0) {
      in_text = true;
    }
  }
  void end(std::string_view name) override {
    if (name == "t") {
      in_text = false;
    } else if (name == "rPh") {
      if (phonetic > 0) --phonetic;  // one opened outside an item was never counted
    } else if (name == "si") {
      decode_escapes(arena, item_start);  // only ever shortens the item
      ends.push_back(static_cast<std::uint32_t>(arena.size()));
      in_item = false;
      if (arena.size() + ends.size() * sizeof(ends[0]) > limit) {
        if (preview) throw EnoughRead{};
        throw FileError("the XLSX file's shared strings take more than " + std::to_string(limit >> 20) + " MiB", 0);
      }
    }
  }
  void text(std::string_view s) override {
    if (!in_text) return;
    arena.append(s);
    if (arena.size() - item_start > XlsxReader::kMaxRowBytes)
      throw FileError("a cell is longer than " + std::to_string(XlsxReader::kMaxRowBytes) + " bytes", 0);
  }
};

struct SheetRow {
  std::int64_t number;
  std::vector<std::string> cells;
};

// Parses a cell reference's column ("C5" -> 2), 0-based; nullopt when it has no letters.
std::optional<std::size_t> column_of(std::string_view ref) {
  std::size_t col = 0, letters = 0;
  for (char c : ref) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') break;
    if (++letters > 4) return XlsxReader::kMaxColumns;  // past XFD anyway; avoids overflow
    col = col * 26 + static_cast<std::size_t>(c - 'A' + 1);
  }
  if (letters == 0) return std::nullopt;
  return col - 1;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// A worksheet's <sheetData>, turned into rows. It pauses the parser after each row, so rows are
// handed out as they are parsed and the sheet is never in memory.
struct SheetHandler : XmlHandler {
  const SharedStrings& strings;
  const std::int64_t line_offset;  // rows of the sheets before this one
  std::deque<SheetRow> ready;      // normally at most one
  std::int64_t row_number = 0, last_row = 0;
  std::vector<std::string> cells;
  std::size_t row_bytes = 0, column = 0, next_column = 0;
  std::string type, value;
  bool in_row = false, in_cell = false, in_inline = false, capture = false;
  int phonetic = 0;

  SheetHandler(const SharedStrings& s, std::int64_t offset) : strings(s), line_offset(offset) {}
  std::int64_t line() const { return line_offset + row_number; }

  void start(std::string_view name, const XML_Char** atts) override {
    if (name == "row") {
      std::int64_t r = 0;
      if (const auto* ref = attribute(atts, "r")) {
        const std::string_view v = trim(ref);
        auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), r);
        if (ec != std::errc() || end != v.data() + v.size() || r < 1 || r > (std::int64_t{1} << 31))
          throw damaged("a row has the number \"" + std::string(ref) + "\"", line());
      }
      row_number = r ? r : row_number + 1;  // rows without r follow the one before
      last_row = std::max(last_row, row_number);
      in_row = true;
      cells.clear();
      row_bytes = next_column = 0;
    } else if (in_row && name == "c") {
      const auto* ref = attribute(atts, "r");
      const auto col = ref ? column_of(ref) : std::nullopt;
      column = col ? *col : next_column;
      if (column >= XlsxReader::kMaxColumns)
        throw FileError("a row has more than " + std::to_string(XlsxReader::kMaxColumns) + " columns", line());
      const auto* t = attribute(atts, "t");
      type = t ? t : "n";
      value.clear();
      in_cell = true;
    } else if (in_cell && name == "v") {
      capture = true;
    } else if (in_cell && name == "is") {
      in_inline = true;
    } else if (in_inline && name == "rPh") {
      ++phonetic;
    } else if (in_inline && name == "t" && phonetic == 0) {
      capture = true;
    }
  }

  void end(std::string_view name) override {
    if (name == "v" || name == "t") {
      capture = false;
    } else if (name == "rPh") {
      --phonetic;
    } else if (name == "is") {
      in_inline = false;
    } else if (name == "c" && in_cell) {
      in_cell = false;
      next_column = column + 1;
      std::string text = cell_text();
      if (text.empty()) return;
      row_bytes += text.size();
      if (row_bytes > XlsxReader::kMaxRowBytes) too_long();
      if (cells.size() <= column) cells.resize(column + 1);
      cells[column] = std::move(text);
    } else if (name == "row" && in_row) {
      in_row = false;
      if (cells.empty()) return;  // no values: blank, skipped
      ready.push_back({row_number, std::move(cells)});
      cells = {};
      pause();
    }
  }

  void text(std::string_view s) override {
    if (!capture) return;
    value.append(s);
    if (row_bytes + value.size() > XlsxReader::kMaxRowBytes) too_long();
  }

  [[noreturn]] void too_long() const {
    throw FileError("a row is longer than " + std::to_string(XlsxReader::kMaxRowBytes) + " bytes", line());
  }

  std::string cell_text() {
    if (type == "s") {
      const std::string_view v = trim(value);
      std::size_t i = 0;
      auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), i);
      if (ec == std::errc() && end == v.data() + v.size() && i >= strings.size() && strings.partial)
        return XlsxReader::kNotRead;
      if (ec != std::errc() || end != v.data() + v.size() || i >= strings.size())
        throw damaged("a cell refers to shared string \"" + value + "\", which does not exist", line());
      return std::string(strings.at(i));
    }
    if (type == "inlineStr" || type == "str") {
      decode_escapes(value);
      return std::move(value);
    }
    if (type == "b") {
      const auto v = trim(value);
      return v.empty() ? std::string() : v == "0" ? "FALSE" : "TRUE";
    }
    if (type == "e") return {};  // #N/A, #DIV/0!, ...: no value
    if (type == "n") {
      const std::string_view v = trim(value);
      const bool digits = !v.empty() && std::all_of(v.begin() + (v[0] == '-'), v.end(),
                                                    [](char c) { return c >= '0' && c <= '9'; });
      if (digits && v != "-") return std::string(v);  // the common case, already as wanted
      double d = 0;
      auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), d);
      if (ec == std::errc() && end == v.data() + v.size()) return spreadsheet_number_text(d);
      return std::string(v);
    }
    return std::move(value);  // "d" (an ISO 8601 date) and anything unknown: as written
  }
};

// A relationship target, relative to xl/ (where workbook.xml is) or absolute in the package,
// as a ZIP entry name.
std::string resolve_target(std::string_view target) {
  std::string joined = target.starts_with('/') ? std::string(target.substr(1)) : "xl/" + std::string(target);
  std::vector<std::string_view> parts;
  std::string_view rest = joined;
  while (!rest.empty()) {
    const auto slash = rest.find('/');
    const auto part = rest.substr(0, slash);
    rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else {
      parts.push_back(part);
    }
  }
  std::string path;
  for (const auto part : parts) path += (path.empty() ? "" : "/") + std::string(part);
  return path;
}

bool starts_like_zip(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char magic[4] = {};
  in.read(magic, 4);
  return in.gcount() == 4 && std::string_view(magic, 4) == std::string_view("PK\x03\x04", 4);
}

}  // namespace

struct XlsxReader::Impl {
  ZipArchive archive;
  InflateBudget budget;
  SharedStrings strings;
  std::vector<zip_int64_t> sheets;  // ZIP entries of the worksheets, in workbook order
  std::vector<std::string> sheet_names;
  std::size_t next_sheet = 0;
  std::int64_t rows_before = 0;  // last row numbers of the sheets already read
  // The sheet being read; the parser refers to the handler, so it is declared after it.
  std::unique_ptr<SheetHandler> sheet;
  std::unique_ptr<PartParser> parser;
  bool sheet_start = false;
  std::optional<std::vector<std::string>> first_row;  // the first sheet's, to spot repeated headers

  zip_int64_t locate(const std::string& name) const {
    // Names are matched ignoring case: some writers differ from the case the relationships use.
    return zip_name_locate(archive.zip, name.c_str(), ZIP_FL_NOCASE);
  }
  void parse_whole(zip_int64_t index, const std::string& name, XmlHandler& handler) {
    PartParser(archive.zip, index, name, handler, budget).run();
  }
};

XlsxReader::XlsxReader(const std::string& path, Purpose purpose) : impl_(std::make_unique<Impl>()) {
  int code = 0;
  impl_->archive.zip = zip_open(path.c_str(), ZIP_RDONLY, &code);
  if (!impl_->archive.zip) {
    if (code == ZIP_ER_OPEN || code == ZIP_ER_NOENT || code == ZIP_ER_READ) throw FileError("cannot read the file", 0);
    if (!starts_like_zip(path)) throw FileError("not an XLSX file", 0);
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    std::string detail = code == ZIP_ER_NOZIP ? "the ZIP directory at its end is missing (is the file cut short?)"
                                              : zip_error_strerror(&error);
    zip_error_fini(&error);
    throw damaged(detail);
  }

  // Inflating may yield at most 100 times the file's size plus 64 MiB (real sheets compress
  // 5-20 times), and never more than 16 GiB: a ZIP bomb stops early.
  std::error_code size_error;
  const auto file_size = std::filesystem::file_size(path, size_error);
  impl_->budget.left = std::min<std::uint64_t>(16ull << 30, (size_error ? 0 : file_size) * 100 + (64ull << 20));
  impl_->budget.watch = [this] { watch(); };

  const auto workbook = impl_->locate("xl/workbook.xml");
  if (workbook < 0) throw FileError("not an XLSX file: the ZIP archive has no xl/workbook.xml", 0);
  WorkbookHandler book;
  impl_->parse_whole(workbook, "xl/workbook.xml", book);

  const auto rels_at = impl_->locate("xl/_rels/workbook.xml.rels");
  if (rels_at < 0) throw damaged("xl/_rels/workbook.xml.rels is missing");
  RelsHandler rels;
  impl_->parse_whole(rels_at, "xl/_rels/workbook.xml.rels", rels);

  for (const auto& id : book.sheet_ids) {
    const auto rel = rels.rels.find(id);
    if (rel == rels.rels.end()) throw damaged("the sheet with relationship \"" + id + "\" has no part");
    if (!rel->second.type.ends_with("/worksheet")) continue;  // chart sheets and the like hold no rows
    const auto name = resolve_target(rel->second.target);
    const auto index = impl_->locate(name);
    if (index < 0) throw damaged(name + " is missing");
    if (std::find(impl_->sheets.begin(), impl_->sheets.end(), index) != impl_->sheets.end())
      throw damaged("the worksheet " + name + " is listed twice");
    impl_->sheets.push_back(index);
    impl_->sheet_names.push_back(name);
  }
  if (impl_->sheets.empty()) throw FileError("the XLSX file has no worksheets", 0);

  // Shared strings: where the relationships say, else the usual place; none at all is fine
  // (files written with inline strings only).
  std::string strings_name = "xl/sharedStrings.xml";
  for (const auto& [id, rel] : rels.rels)
    if (rel.type.ends_with("/sharedStrings")) strings_name = resolve_target(rel.target);
  const auto index = impl_->locate(strings_name);
  if (index < 0) return;
  if (purpose == Purpose::Import) {
    // The text is shorter than its XML: room for it at once, rather than doubling (and briefly
    // holding twice the table) as it grows. The size is the file's word, so it is only a hint.
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(impl_->archive.zip, static_cast<zip_uint64_t>(index), 0, &stat) == 0 &&
        (stat.valid & ZIP_STAT_SIZE))
      impl_->strings.arena.reserve(static_cast<std::size_t>(std::min<zip_uint64_t>(stat.size, kMaxSharedStrings)));
    impl_->parse_whole(index, strings_name, impl_->strings);
    return;
  }
  // A preview: what the first rows need. The budget is watched every 4 MiB inflated.
  auto& strings = impl_->strings;
  strings.preview = true;
  strings.limit = kPreviewSharedStrings;
  const auto watch_file = impl_->budget.watch;
  const auto left = impl_->budget.left;
  impl_->budget.watch = [&] {
    if (left - impl_->budget.left >= kPreviewSharedStringsXml) throw EnoughRead{};
    watch_file();
  };
  try {
    impl_->parse_whole(index, strings_name, strings);
  } catch (const EnoughRead&) {
    strings.partial = true;
  }
  impl_->budget.watch = watch_file;
}

XlsxReader::~XlsxReader() = default;

bool XlsxReader::next(std::vector<std::string>& fields) {
  auto& d = *impl_;
  for (;;) {
    if (!d.parser) {
      if (d.next_sheet == d.sheets.size()) return false;
      d.sheet = std::make_unique<SheetHandler>(d.strings, d.rows_before);
      if (d.next_sheet > 0) watch();  // between sheets, too
      d.parser = std::make_unique<PartParser>(d.archive.zip, d.sheets[d.next_sheet], d.sheet_names[d.next_sheet],
                                              *d.sheet, d.budget);
      ++d.next_sheet;
      d.sheet_start = true;
    }
    if (!d.sheet->ready.empty()) {
      SheetRow row = std::move(d.sheet->ready.front());
      d.sheet->ready.pop_front();
      line_ = d.rows_before + row.number;
      if (std::exchange(d.sheet_start, false)) {
        if (!d.first_row) d.first_row = row.cells;
        else if (row.cells == *d.first_row) continue;  // the header again, on a later sheet
      }
      fields = std::move(row.cells);
      return true;
    }
    if (!d.parser->step(d.sheet->line())) {
      d.rows_before += d.sheet->last_row;
      d.parser.reset();
      d.sheet.reset();
    }
  }
}

}  // namespace numbase::imports
