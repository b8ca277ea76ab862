#include "db/copy.hpp"

namespace numbase::db {

void append_copy_text(std::string& out, std::string_view v) {
  for (char c : v) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      default: out += c;
    }
  }
}

void append_copy_value(std::string& out, const std::optional<std::string>& v) {
  if (!v || v->empty()) out += "\\N";
  else append_copy_text(out, *v);
}

CopyIn::CopyIn(Connection& conn, const char* sql) : conn_(conn) {
  PGresult* r = PQexec(conn_.raw(), sql);
  const bool ok = PQresultStatus(r) == PGRES_COPY_IN;
  PQclear(r);
  if (!ok) throw Error("08006", std::string("COPY did not start: ") + PQerrorMessage(conn_.raw()));
  open_ = true;
}

CopyIn::~CopyIn() {
  if (!open_) return;
  PQputCopyEnd(conn_.raw(), "stopped");
  while (PGresult* r = PQgetResult(conn_.raw())) PQclear(r);
}

void CopyIn::send(std::string& data) {
  if (!data.empty() && PQputCopyData(conn_.raw(), data.data(), static_cast<int>(data.size())) != 1)
    throw Error("08006", std::string("COPY failed: ") + PQerrorMessage(conn_.raw()));
  data.clear();
}

void CopyIn::finish() {
  open_ = false;
  if (PQputCopyEnd(conn_.raw(), nullptr) != 1) throw Error("08006", "COPY did not end");
  std::string error;
  while (PGresult* r = PQgetResult(conn_.raw())) {
    if (PQresultStatus(r) != PGRES_COMMAND_OK && error.empty()) error = PQresultErrorMessage(r);
    PQclear(r);
  }
  if (!error.empty()) throw Error("XX000", "COPY failed: " + error);
}

}  // namespace numbase::db
