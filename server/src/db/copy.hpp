#pragma once
// COPY ... FROM STDIN, the bulk path into PostgreSQL: values in COPY's text format, sent in
// chunks. Used by the imports, the numbering plan loader and the distribution.
#include <optional>
#include <string>
#include <string_view>

#include "db/connection.hpp"

namespace numbase::db {

// A text value in COPY's text format (backslash, tab, newline and carriage return escaped).
void append_copy_text(std::string& out, std::string_view v);
// The same, with \N for a missing or empty value.
void append_copy_value(std::string& out, const std::optional<std::string>& v);

// COPY ... FROM STDIN on a connection: started by the constructor, ended by finish(); abandoned
// (the statement fails, so the transaction must be rolled back) when destroyed unfinished.
class CopyIn {
 public:
  CopyIn(Connection& conn, const char* sql);
  ~CopyIn();
  CopyIn(const CopyIn&) = delete;
  CopyIn& operator=(const CopyIn&) = delete;

  // Sends `data` and clears it.
  void send(std::string& data);
  void finish();

 private:
  Connection& conn_;
  bool open_ = false;
};

}  // namespace numbase::db
