#include "numbering/registry.hpp"

#include <charconv>
#include <string_view>

namespace numbase::numbering {
namespace {

using imports::FileError;

constexpr std::string_view kExpectedHeader = "АВС/ DEF;От;До;Емкость;Оператор;Регион;ИНН";

std::string_view trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::string without_spaces(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ' ') out += c;
  return out;
}

// The format of a file from its first 64 KiB; the stream is put back where it was.
imports::CsvFormat detect_format(std::istream& in) {
  const auto start = in.tellg();
  if (start == std::istream::pos_type(-1)) throw FileError("the registry file cannot be read (not seekable)", 0);
  std::string head(64 * 1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  in.clear();
  in.seekg(start);
  if (!in) throw FileError("the registry file cannot be read", 0);
  return imports::detect_csv_format(head);
}

// A whole field of 1 to `max_digits` decimal digits.
std::optional<std::int64_t> parse_digits(std::string_view s, std::size_t max_digits) {
  s = trim(s);
  if (s.empty() || s.size() > max_digits) return std::nullopt;
  std::int64_t v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v < 0) return std::nullopt;
  return v;
}

}  // namespace

RegistryReader::RegistryReader(std::istream& in) : format_(detect_format(in)), csv_(in, format_) {
  const auto wrong = [](const std::string& why) {
    return FileError("not a numbering plan registry file (" + why + "); its first row must name the columns " +
                         std::string(kExpectedHeader),
                     1);
  };
  if (!csv_.next(fields_)) throw wrong("it is empty");
  columns_ = fields_.size();
  std::optional<std::size_t> code, from, to, op, region;
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    const std::string name = without_spaces(trim(fields_[i]));
    auto take = [&](std::optional<std::size_t>& slot) {
      if (!slot) slot = i;
    };
    if (name == "АВС/DEF" || name == "ABC/DEF") take(code);  // Cyrillic or Latin "ABC"
    else if (name == "От") take(from);
    else if (name == "До") take(to);
    else if (name == "Емкость" || name == "Ёмкость") take(capacity_);
    else if (name == "Оператор") take(op);
    else if (name == "Регион") take(region);
  }
  std::string missing;
  auto need = [&](const std::optional<std::size_t>& slot, const char* name, std::size_t& into) {
    if (slot) into = *slot;
    else missing += (missing.empty() ? "" : ", ") + std::string(name);
  };
  need(code, "АВС/ DEF", code_);
  need(from, "От", from_);
  need(to, "До", to_);
  need(op, "Оператор", operator_);
  need(region, "Регион", region_);
  if (!missing.empty()) throw wrong("no column " + missing);
}

bool RegistryReader::next(RegistryRow& row) {
  if (!csv_.next(fields_)) return false;
  const std::int64_t line = csv_.line();
  if (fields_.size() != columns_)
    throw FileError("the row has " + std::to_string(fields_.size()) + " columns, the header " +
                        std::to_string(columns_),
                    line);
  const auto code = parse_digits(fields_[code_], 3);
  if (!code || *code < 100)
    throw FileError("АВС/ DEF must be a 3-digit code, not '" + fields_[code_] + "'", line);
  const auto from = parse_digits(fields_[from_], 7);
  if (!from) throw FileError("От must be a number of up to 7 digits, not '" + fields_[from_] + "'", line);
  const auto to = parse_digits(fields_[to_], 7);
  if (!to) throw FileError("До must be a number of up to 7 digits, not '" + fields_[to_] + "'", line);
  if (*from > *to) throw FileError("От is greater than До", line);
  if (capacity_) {
    const auto capacity = parse_digits(fields_[*capacity_], 8);
    if (!capacity || *capacity != *to - *from + 1)
      throw FileError("Емкость '" + fields_[*capacity_] + "' is not the size of the range От..До", line);
  }
  const auto op = trim(fields_[operator_]);
  if (op.empty()) throw FileError("Оператор is empty", line);
  const auto region = trim(fields_[region_]);
  if (region.empty()) throw FileError("Регион is empty", line);

  row.line = line;
  row.first = ru_number(static_cast<int>(*code), *from);
  row.last = ru_number(static_cast<int>(*code), *to);
  row.operator_name.assign(op);
  row.region.assign(region);
  return true;
}

}  // namespace numbase::numbering
