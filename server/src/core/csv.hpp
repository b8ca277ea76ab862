#pragma once
// Writing CSV (RFC 4180) that spreadsheets open safely.
#include <string>
#include <string_view>

namespace numbase {

// True for a value a spreadsheet would run as a formula: it starts with = @ tab or CR, or
// with + or - followed by anything but a plain number (digits, spaces, ( ) - .), so that
// phone numbers like "+7 (916) 123-45-67" stay as they are.
bool looks_like_formula(std::string_view value);

// Appends one field: quoted when it holds the delimiter, a quote or a line break; a formula
// gets a leading apostrophe so it is shown as text.
void append_csv_field(std::string& out, std::string_view value, char delimiter = ',');

// The field as a string (see append_csv_field).
std::string csv_field(std::string_view value, char delimiter = ',');

}  // namespace numbase
