#pragma once
// What kind of file an upload is, told by its first bytes rather than its name (users rename
// files, and browsers send whatever type they like), and the conventions the spreadsheet
// readers share.
#include <string>
#include <string_view>

namespace numbase::imports {

enum class FileKind { Csv, Xlsx, Xls };

// ZIP magic → Xlsx, OLE2 (Compound File) magic → Xls, anything else → Csv: the CSV format
// detector refuses other binary files itself.
FileKind sniff_file_kind(std::string_view head);

// "csv", "xlsx" or "xls".
const char* file_kind_name(FileKind kind);

// A numeric cell as text. Excel stores a long digit string such as a phone number typed
// without a quote as a number, so integral values come out as plain digits
// (79161234567, never 7.9161234567E10 or 79161234567.0); other values as the shortest text
// that reads back as the same double.
std::string spreadsheet_number_text(double value);

}  // namespace numbase::imports
