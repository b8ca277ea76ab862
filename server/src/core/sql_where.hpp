#pragma once
// Building a WHERE clause from optional filters while keeping every value a bound parameter.
#include <string>
#include <vector>

#include "db/connection.hpp"

namespace numbase {

class SqlWhere {
 public:
  // Adds a parameter and returns its placeholder ("$3").
  template <class T>
  std::string bind(const T& value) {
    params_.push_back(db::to_param(value));
    return "$" + std::to_string(params_.size());
  }
  void add(const std::string& condition) { sql_ += (sql_.empty() ? " WHERE " : " AND ") + condition; }
  const std::string& sql() const { return sql_; }
  const std::vector<db::Param>& params() const { return params_; }

 private:
  std::string sql_;
  std::vector<db::Param> params_;
};

}  // namespace numbase
