#pragma once
// Which column of an import file holds what: recognized from a header row written in Russian
// or English ("Телефон", "Phone", "Эл. почта" ...), or given by the user as a mapping.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace numbase::imports {

enum class Column { Ignore, Phone, Company, Site, Email, Comment, Region };

const char* column_name(Column c);  // "phone", "company" ...
std::optional<Column> column_from_name(std::string_view api_name);

// Lower-cases Latin and Cyrillic letters, trims, and folds runs of spaces and punctuation
// into one space: "  Эл.  Почта: " -> "эл почта".
std::string normalize_header(std::string_view cell);

// The columns a header row names, or nullopt when the row is not a header (no cell names the
// phone column).
std::optional<std::vector<Column>> recognize_header(const std::vector<std::string>& row);

// Without a header: the phone is the first column whose value has 10 to 15 digits.
std::vector<Column> guess_columns(const std::vector<std::string>& first_row);

}  // namespace numbase::imports
