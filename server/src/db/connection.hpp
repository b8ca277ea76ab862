#pragma once
// A thin C++ layer over libpq: connections, results, bound text parameters and typed
// errors (SQLSTATE). Every query goes through PQexecParams: parameters are never spliced
// into SQL text.
#include <libpq-fe.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace numbase::db {

namespace sqlstate {
inline constexpr std::string_view unique_violation = "23505";
inline constexpr std::string_view foreign_key_violation = "23503";
inline constexpr std::string_view check_violation = "23514";
inline constexpr std::string_view serialization_failure = "40001";
inline constexpr std::string_view deadlock_detected = "40P01";
inline constexpr std::string_view connection_failure = "08006";
}  // namespace sqlstate

// A database failure. `sqlstate` is PostgreSQL's five-character code ("08006" when the
// connection itself failed). The message is for logs, never for clients.
class Error : public std::runtime_error {
 public:
  Error(std::string sqlstate, const std::string& message, std::string constraint = {}, std::string table = {})
      : std::runtime_error(message),
        sqlstate_(std::move(sqlstate)),
        constraint_(std::move(constraint)),
        table_(std::move(table)) {}
  const std::string& sqlstate() const { return sqlstate_; }
  const std::string& constraint() const { return constraint_; }
  const std::string& table() const { return table_; }
  // The column a CHECK constraint named by PostgreSQL's default (<table>_<column>_check)
  // guards, or the constraint's name.
  std::string checked_field() const;
  bool is(std::string_view code) const { return sqlstate_ == code; }
  bool is_retryable() const { return is(sqlstate::serialization_failure) || is(sqlstate::deadlock_detected); }

 private:
  std::string sqlstate_;
  std::string constraint_;
  std::string table_;
};

using Param = std::optional<std::string>;

inline Param to_param(std::nullopt_t) { return std::nullopt; }
inline Param to_param(const std::string& s) { return s; }
inline Param to_param(std::string_view s) { return std::string(s); }
inline Param to_param(const char* s) { return std::string(s); }
inline Param to_param(bool b) { return std::string(b ? "t" : "f"); }
inline Param to_param(std::int64_t v) { return std::to_string(v); }
inline Param to_param(int v) { return std::to_string(v); }
// A PostgreSQL array literal, e.g. {1,2,3}; bind it as $n::bigint[].
inline Param to_param(const std::vector<std::int64_t>& v) {
  std::string out = "{";
  for (size_t i = 0; i < v.size(); ++i) out += (i ? "," : "") + std::to_string(v[i]);
  return out + "}";
}
// A PostgreSQL array literal of text values (quoted, NULL for a missing one); bind it as
// $n::text[] (or cast to the element type: $n::timestamptz[]).
Param to_param(const std::vector<std::optional<std::string>>& v);
Param to_param(const std::vector<std::string>& v);
// The same for optional integers: {1,NULL,3}.
Param to_param(const std::vector<std::optional<std::int64_t>>& v);
template <class T>
Param to_param(const std::optional<T>& v) {
  return v ? to_param(*v) : std::nullopt;
}

class Result {
 public:
  explicit Result(PGresult* r) : r_(r, &PQclear) {}
  int rows() const { return PQntuples(r_.get()); }
  bool empty() const { return rows() == 0; }
  bool is_null(int row, int col) const { return PQgetisnull(r_.get(), row, col) != 0; }
  std::string_view view(int row, int col) const {
    return {PQgetvalue(r_.get(), row, col), static_cast<size_t>(PQgetlength(r_.get(), row, col))};
  }
  std::string str(int row, int col) const { return std::string(view(row, col)); }
  std::optional<std::string> opt_str(int row, int col) const {
    return is_null(row, col) ? std::nullopt : std::optional<std::string>(str(row, col));
  }
  std::int64_t i64(int row, int col) const;
  std::optional<std::int64_t> opt_i64(int row, int col) const {
    return is_null(row, col) ? std::nullopt : std::optional<std::int64_t>(i64(row, col));
  }
  bool boolean(int row, int col) const { return view(row, col) == "t"; }
  PGresult* raw() const { return r_.get(); }

 private:
  std::unique_ptr<PGresult, decltype(&PQclear)> r_;
};

class Connection {
 public:
  explicit Connection(const std::string& conninfo);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  Result exec(std::string_view sql, const std::vector<Param>& params = {});
  template <class... A>
  Result query(std::string_view sql, const A&... args) {
    return exec(sql, std::vector<Param>{to_param(args)...});
  }
  // Runs several ;-separated statements with no parameters (migrations only).
  void exec_script(std::string_view sql);
  // Starts a query whose rows arrive one by one (libpq single-row mode); read them with
  // next_row() until it returns nullopt. Nothing else may run on the connection meanwhile.
  void stream(std::string_view sql, const std::vector<Param>& params);
  std::optional<Result> next_row();

  bool ok() const { return PQstatus(c_) == CONNECTION_OK; }
  bool idle() const { return PQtransactionStatus(c_) == PQTRANS_IDLE; }
  PGconn* raw() { return c_; }

 private:
  [[noreturn]] void throw_error(PGresult* r);
  PGconn* c_;
};

// Runs f(conn) inside BEGIN/COMMIT, rolling back on any exception; serialization
// failures and deadlocks are retried a few times before giving up.
template <class F>
auto transaction(Connection& conn, F&& f) -> decltype(f(conn)) {
  for (int attempt = 1;; ++attempt) {
    conn.exec("BEGIN");
    try {
      if constexpr (std::is_void_v<decltype(f(conn))>) {
        f(conn);
        conn.exec("COMMIT");
        return;
      } else {
        auto result = f(conn);
        conn.exec("COMMIT");
        return result;
      }
    } catch (const Error& e) {
      try { conn.exec("ROLLBACK"); } catch (...) {}
      if (!e.is_retryable() || attempt >= 3) throw;
    } catch (...) {
      try { conn.exec("ROLLBACK"); } catch (...) {}
      throw;
    }
  }
}

}  // namespace numbase::db
