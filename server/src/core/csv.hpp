#pragma once
// Writing CSV (RFC 4180) that spreadsheets open safely.
#include <string>
#include <string_view>

namespace numbase {

// Appends one field: quoted when it holds the delimiter, a quote or a line break; a value
// a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading
// apostrophe so it is shown as text.
void append_csv_field(std::string& out, std::string_view value, char delimiter = ',');

}  // namespace numbase
