#include "db/connection.hpp"

#include <charconv>

namespace numbase::db {

std::int64_t Result::i64(int row, int col) const {
  auto v = view(row, col);
  std::int64_t out = 0;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  if (ec != std::errc() || p != v.data() + v.size()) throw Error("22P02", "not an integer: " + std::string(v));
  return out;
}

Connection::Connection(const std::string& conninfo) : c_(PQconnectdb(conninfo.c_str())) {
  if (PQstatus(c_) != CONNECTION_OK) {
    std::string msg = PQerrorMessage(c_);
    PQfinish(c_);
    c_ = nullptr;
    throw Error(std::string(sqlstate::connection_failure), "cannot connect to PostgreSQL: " + msg);
  }
  PQsetNoticeProcessor(c_, [](void*, const char*) {}, nullptr);
}

Connection::~Connection() {
  if (c_) PQfinish(c_);
}

void Connection::throw_error(PGresult* r) {
  // The fields live in the result: copied before it is freed.
  auto field = [r](int code, std::string_view otherwise) {
    const char* v = r ? PQresultErrorField(r, code) : nullptr;
    return std::string(v ? std::string_view(v) : otherwise);
  };
  std::string state = field(PG_DIAG_SQLSTATE, sqlstate::connection_failure);
  std::string constraint = field(PG_DIAG_CONSTRAINT_NAME, "");
  std::string table = field(PG_DIAG_TABLE_NAME, "");
  std::string msg = r ? PQresultErrorMessage(r) : PQerrorMessage(c_);
  if (r) PQclear(r);
  throw Error(std::move(state), msg, std::move(constraint), std::move(table));
}

std::string Error::checked_field() const {
  const std::string suffix = "_check";
  if (!table_.empty() && constraint_.size() > table_.size() + 1 + suffix.size() &&
      constraint_.compare(0, table_.size() + 1, table_ + "_") == 0 &&
      constraint_.compare(constraint_.size() - suffix.size(), suffix.size(), suffix) == 0)
    return constraint_.substr(table_.size() + 1, constraint_.size() - table_.size() - 1 - suffix.size());
  return constraint_;
}

namespace {
struct Bound {
  std::vector<const char*> values;
  explicit Bound(const std::vector<Param>& params) {
    values.reserve(params.size());
    for (const auto& p : params) values.push_back(p ? p->c_str() : nullptr);
  }
};
}  // namespace

Result Connection::exec(std::string_view sql, const std::vector<Param>& params) {
  Bound b(params);
  std::string text(sql);
  PGresult* r = PQexecParams(c_, text.c_str(), static_cast<int>(params.size()), nullptr, b.values.data(), nullptr,
                             nullptr, 0);
  auto st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) throw_error(r);
  return Result(r);
}

void Connection::exec_script(std::string_view sql) {
  std::string text(sql);
  PGresult* r = PQexec(c_, text.c_str());
  auto st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
  if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && st != PGRES_EMPTY_QUERY) throw_error(r);
  PQclear(r);
}

void Connection::stream(std::string_view sql, const std::vector<Param>& params) {
  Bound b(params);
  std::string text(sql);
  if (!PQsendQueryParams(c_, text.c_str(), static_cast<int>(params.size()), nullptr, b.values.data(), nullptr,
                         nullptr, 0))
    throw_error(nullptr);
  PQsetSingleRowMode(c_);
}

std::optional<Result> Connection::next_row() {
  for (;;) {
    PGresult* r = PQgetResult(c_);
    if (!r) return std::nullopt;
    auto st = PQresultStatus(r);
    if (st == PGRES_SINGLE_TUPLE) return Result(r);
    if (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK) {
      PQclear(r);  // end of rows; loop to drain the final null result
      continue;
    }
    // Drain whatever is left so the connection is reusable, then report.
    std::string state = PQresultErrorField(r, PG_DIAG_SQLSTATE) ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : "XX000";
    std::string msg = PQresultErrorMessage(r);
    PQclear(r);
    while (PGresult* rest = PQgetResult(c_)) PQclear(rest);
    throw Error(state, msg);
  }
}

Param to_param(const std::vector<std::optional<std::string>>& v) {
  std::string out = "{";
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (i) out += ',';
    if (!v[i]) {
      out += "NULL";
      continue;
    }
    out += '"';
    for (char c : *v[i]) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

Param to_param(const std::vector<std::string>& v) {
  return to_param(std::vector<std::optional<std::string>>(v.begin(), v.end()));
}

Param to_param(const std::vector<std::optional<std::int64_t>>& v) {
  std::string out = "{";
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? "," : "") + (v[i] ? std::to_string(*v[i]) : std::string("NULL"));
  return out + "}";
}

}  // namespace numbase::db
