#include "imports/columns.hpp"

#include <map>

#include "core/utf8.hpp"

namespace numbase::imports {
namespace {

// Decodes one UTF-8 code point at s[i], advancing i; invalid bytes read as themselves.
char32_t next_code_point(std::string_view s, size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80 || i + 1 >= s.size()) return s[i++] & 0xFF;
  if ((c >> 5) == 0x6) {
    char32_t cp = ((c & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
    i += 2;
    return cp;
  }
  return s[i++] & 0xFF;  // 3- and 4-byte letters are not needed in header names
}


const std::map<std::string, Column>& known_names() {
  static const std::map<std::string, Column> names = {
      {"телефон", Column::Phone}, {"тел", Column::Phone}, {"номер", Column::Phone},
      {"номер телефона", Column::Phone}, {"мобильный", Column::Phone}, {"мобильный телефон", Column::Phone},
      {"phone", Column::Phone}, {"phone number", Column::Phone}, {"tel", Column::Phone},
      {"telephone", Column::Phone}, {"mobile", Column::Phone}, {"number", Column::Phone},
      {"компания", Column::Company}, {"организация", Column::Company}, {"наименование", Column::Company},
      {"наименование компании", Column::Company}, {"название", Column::Company}, {"company", Column::Company},
      {"company name", Column::Company}, {"organization", Column::Company}, {"organisation", Column::Company},
      {"сайт", Column::Site}, {"веб сайт", Column::Site}, {"домен", Column::Site}, {"site", Column::Site},
      {"website", Column::Site}, {"web", Column::Site}, {"url", Column::Site}, {"domain", Column::Site},
      {"email", Column::Email}, {"e mail", Column::Email}, {"почта", Column::Email}, {"эл почта", Column::Email},
      {"электронная почта", Column::Email}, {"mail", Column::Email},
      {"комментарий", Column::Comment}, {"примечание", Column::Comment}, {"заметка", Column::Comment},
      {"comment", Column::Comment}, {"comments", Column::Comment}, {"note", Column::Comment},
      {"notes", Column::Comment},
      {"регион", Column::Region}, {"область", Column::Region}, {"город", Column::Region}, {"region", Column::Region},
      {"city", Column::Region},
  };
  return names;
}

}  // namespace

const char* column_name(Column c) {
  switch (c) {
    case Column::Phone: return "phone";
    case Column::Company: return "company";
    case Column::Site: return "site";
    case Column::Email: return "email";
    case Column::Comment: return "comment";
    case Column::Region: return "region";
    case Column::Ignore: break;
  }
  return "ignore";
}

std::optional<Column> column_from_name(std::string_view api_name) {
  for (auto c : {Column::Ignore, Column::Phone, Column::Company, Column::Site, Column::Email, Column::Comment,
                 Column::Region})
    if (api_name == column_name(c)) return c;
  return std::nullopt;
}

std::string normalize_header(std::string_view cell) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < cell.size();) {
    char32_t cp = next_code_point(cell, i);
    if (cp >= U'A' && cp <= U'Z') cp += 0x20;
    else if (cp >= 0x0410 && cp <= 0x042F) cp += 0x20;  // А-Я
    else if (cp == 0x0401 || cp == 0x0451) cp = 0x0435;  // Ё, ё -> е
    const bool letter = (cp >= U'a' && cp <= U'z') || (cp >= U'0' && cp <= U'9') || (cp >= 0x0430 && cp <= 0x044F);
    if (!letter) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    append_utf8(out, cp);
  }
  return out;
}

std::optional<std::vector<Column>> recognize_header(const std::vector<std::string>& row) {
  std::vector<Column> columns;
  bool phone = false;
  for (const auto& cell : row) {
    auto it = known_names().find(normalize_header(cell));
    const Column c = it == known_names().end() ? Column::Ignore : it->second;
    // A name seen twice keeps its first column.
    bool seen = false;
    for (auto prev : columns) seen |= prev == c && c != Column::Ignore;
    columns.push_back(seen ? Column::Ignore : c);
    phone |= c == Column::Phone;
  }
  if (!phone) return std::nullopt;
  return columns;
}

std::vector<Column> guess_columns(const std::vector<std::string>& first_row) {
  std::vector<Column> columns(first_row.size(), Column::Ignore);
  for (size_t i = 0; i < first_row.size(); ++i) {
    int digits = 0;
    for (char ch : first_row[i]) digits += ch >= '0' && ch <= '9';
    if (digits >= 10 && digits <= 15) {
      columns[i] = Column::Phone;
      break;
    }
  }
  return columns;
}

}  // namespace numbase::imports
