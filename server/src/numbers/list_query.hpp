#pragma once
// The numbers list as SQL: filter, scope, sort and keyset cursor in, one query out. The
// handler runs it; the benchmark explains it to prove every shape uses an index.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "numbers/filter.hpp"

namespace numbase::numbers {

// created_at, updated_at or reminder_at; descending with a leading '-'.
struct Sort {
  std::string column = "created_at";
  bool desc = true;
  static std::optional<Sort> parse(const std::string& text);
};

// The position after the last row of a page: its sort value (UTC, microseconds) and id.
struct Cursor {
  std::string key;
  std::int64_t id;
  std::string encode() const;
  static std::optional<Cursor> decode(const std::string& text);
};

struct ListQuery {
  SqlWhere where;  // filter and scope, without the cursor: what the total counts
  std::string sql;  // columns: id, cursor key, number JSON
  std::vector<db::Param> params;
};

// Selects limit + 1 rows so the caller can tell whether another page follows.
ListQuery build_list_query(const Filter& filter, const projects::NumberScope& scope, const Sort& sort,
                           const std::optional<Cursor>& cursor, std::int64_t limit);

// A number as the API shows it, from the phone_numbers row x and the joins below.
extern const char* const kNumberJson;
extern const char* const kNumberJoins;

}  // namespace numbase::numbers
