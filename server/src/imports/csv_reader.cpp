#include "imports/csv_reader.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "core/utf8.hpp"

namespace numbase::imports {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// True when `s` is valid UTF-8, allowing a sequence cut off at the very end.
bool valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : 99;
    if (n == 99) return false;
    if (i + n >= s.size()) return true;  // truncated at the end of the sample
    for (size_t k = 1; k <= n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n + 1;
  }
  return true;
}

// Windows-1251 bytes 0x80-0xFF as Unicode code points.
constexpr std::array<char16_t, 64> kCp1251 = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A,
    0x040C, 0x040B, 0x040F, 0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122,
    0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, 0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6,
    0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, 0x00B0, 0x00B1, 0x0406, 0x0456,
    0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457};


void cp1251_to_utf8(std::string_view in, std::string& out) {
  for (char ch : in) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) out += ch;
    else if (c >= 0xC0) append_utf8(out, 0x0410 + (c - 0xC0));  // А..я are contiguous
    else append_utf8(out, kCp1251[c - 0x80]);
  }
}

// Delimiters counted outside quotes on each of the first lines.
std::vector<std::map<char, int>> count_per_line(std::string_view text) {
  std::vector<std::map<char, int>> lines(1);
  bool quoted = false;
  for (size_t i = 0; i < text.size() && lines.size() <= 50; ++i) {
    const char c = text[i];
    if (c == '"') quoted = !quoted;
    else if (!quoted && c == '\n') lines.emplace_back();
    else if (!quoted && (c == ',' || c == ';' || c == '\t')) ++lines.back()[c];
  }
  if (lines.size() > 1) lines.pop_back();  // the last line may be cut off
  return lines;
}

}  // namespace

const char* encoding_name(Encoding e) { return e == Encoding::Utf8 ? "UTF-8" : "Windows-1251"; }

CsvFormat detect_csv_format(std::string_view head) {
  head = head.substr(0, 64 * 1024);
  CsvFormat f;
  if (head.substr(0, 3) == kBom) {
    f.bom = true;
    head.remove_prefix(3);
  }
  if (head.find_first_not_of(" \t\r\n") == std::string_view::npos) throw FileError("the file is empty", 1);
  if (head.find('\0') != std::string_view::npos) throw FileError("the file is not a text (CSV) file", 1);
  if (!f.bom && !valid_utf8(head)) f.encoding = Encoding::Windows1251;

  // The delimiter that splits the most lines into the same number of fields; ';' first on a
  // tie, as Russian Excel writes it.
  const auto lines = count_per_line(head);
  int best_score = 0, best_count = 0;
  for (char d : {';', ',', '\t'}) {
    std::map<int, int> how_many;  // fields count -> lines
    for (const auto& l : lines) {
      auto it = l.find(d);
      ++how_many[it == l.end() ? 0 : it->second];
    }
    auto mode = std::max_element(how_many.begin(), how_many.end(),
                                 [](auto& a, auto& b) { return a.second < b.second; });
    if (mode->first == 0) continue;
    if (mode->second > best_score || (mode->second == best_score && mode->first > best_count)) {
      best_score = mode->second;
      best_count = mode->first;
      f.delimiter = d;
    }
  }
  return f;
}

CsvReader::CsvReader(std::istream& in, CsvFormat format) : in_(in), format_(format) {}

bool CsvReader::fill() {
  if (eof_) return false;
  char raw[64 * 1024];
  in_.read(raw, sizeof raw);
  std::string_view got(raw, static_cast<size_t>(in_.gcount()));
  if (got.empty()) {
    eof_ = true;
    return false;
  }
  if (!started_) {
    started_ = true;
    if (format_.bom && got.substr(0, 3) == kBom) got.remove_prefix(3);
  }
  buffer_.erase(0, pos_);
  pos_ = 0;
  if (format_.encoding == Encoding::Windows1251) cp1251_to_utf8(got, buffer_);
  else buffer_.append(got);
  return true;
}

bool CsvReader::next(std::vector<std::string>& fields) {
  fields.clear();
  // Skip blank lines between records; a line ends with CR LF, LF or a lone CR (old Mac files).
  for (;;) {
    if (pos_ >= buffer_.size() && !fill()) return false;
    const char c = buffer_[pos_];
    if (c != '\n' && c != '\r') break;
    ++pos_;
    if (c == '\r') {
      if (pos_ >= buffer_.size()) fill();
      if (pos_ < buffer_.size() && buffer_[pos_] == '\n') ++pos_;
    }
    ++line_;
  }
  record_line_ = line_;
  std::string field;
  std::size_t record_bytes = 0;
  bool quoted = false, was_quoted = false;
  auto end_field = [&] {
    if (fields.size() >= kMaxFields)
      throw FileError("a row has more than " + std::to_string(kMaxFields) + " columns", record_line_);
    fields.push_back(std::move(field));
    field.clear();
    was_quoted = false;
  };
  for (;;) {
    if (pos_ >= buffer_.size() && !fill()) {
      if (quoted) throw FileError("the file ends inside a quoted field (is it truncated?)", record_line_);
      end_field();
      return true;
    }
    const char c = buffer_[pos_++];
    if (++record_bytes > kMaxRecordBytes)
      throw FileError("a row is longer than " + std::to_string(kMaxRecordBytes) + " bytes", record_line_);
    if (quoted) {
      if (c == '"') {
        if (pos_ >= buffer_.size()) fill();
        if (pos_ < buffer_.size() && buffer_[pos_] == '"') {
          field += '"';
          ++pos_;
        } else {
          quoted = false;
        }
      } else {
        field += c;
        if (c == '\r') {
          if (pos_ >= buffer_.size()) fill();
          if (pos_ < buffer_.size() && buffer_[pos_] == '\n') field += buffer_[pos_++];
          ++line_;
        } else if (c == '\n') {
          ++line_;
        }
      }
    } else if (c == '"' && field.empty() && !was_quoted) {
      quoted = was_quoted = true;
    } else if (c == format_.delimiter) {
      end_field();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r') {
        if (pos_ >= buffer_.size()) fill();
        if (pos_ < buffer_.size() && buffer_[pos_] == '\n') ++pos_;
      }
      ++line_;
      end_field();
      return true;
    } else {
      field += c;
    }
  }
}

}  // namespace numbase::imports
