#include "core/csv.hpp"

namespace numbase {

bool looks_like_formula(std::string_view value) {
  if (value.empty()) return false;
  const char c = value[0];
  if (c == '=' || c == '@' || c == '\t' || c == '\r') return true;
  if (c != '+' && c != '-') return false;
  if (value.size() == 1) return false;
  for (char d : value.substr(1))
    if (!((d >= '0' && d <= '9') || d == ' ' || d == '(' || d == ')' || d == '-' || d == '.')) return true;
  return false;
}

void append_csv_field(std::string& out, std::string_view value, char delimiter) {
  const bool formula = looks_like_formula(value);
  const bool quote = value.find_first_of(std::string{delimiter, '"', '\n', '\r'}) != std::string_view::npos;
  if (quote) out += '"';
  if (formula) out += '\'';
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  if (quote) out += '"';
}

std::string csv_field(std::string_view value, char delimiter) {
  std::string out;
  append_csv_field(out, value, delimiter);
  return out;
}

}  // namespace numbase
