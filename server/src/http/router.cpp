#include "http/router.hpp"

#include <stdexcept>

namespace numbase::http {
namespace {

std::vector<std::string_view> split(std::string_view path) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i <= path.size()) {
    size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    if (j > i) out.push_back(path.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

bool match_pattern(std::string_view pattern, std::string_view path, std::map<std::string, std::string>& params) {
  auto p = split(pattern), s = split(path);
  if (p.size() != s.size()) return false;
  std::map<std::string, std::string> found;
  for (size_t i = 0; i < p.size(); ++i) {
    if (p[i].size() > 2 && p[i].front() == '{' && p[i].back() == '}') {
      found.emplace(std::string(p[i].substr(1, p[i].size() - 2)), std::string(s[i]));
    } else if (p[i] != s[i]) {
      return false;
    }
  }
  params = std::move(found);
  return true;
}

}  // namespace

void Router::add(Route r) {
  for (const auto& existing : routes_)
    if (existing.method == r.method && existing.pattern == r.pattern)
      throw std::logic_error("duplicate route " + r.method + " " + r.pattern);
  routes_.push_back(std::move(r));
}

Match Router::match(const std::string& method, const std::string& path) const {
  Match m;
  // Literal segments win over parameters ("/projects/deleted" before "/projects/{id}").
  const Route* best = nullptr;
  size_t best_literals = 0;
  std::map<std::string, std::string> best_params;
  for (const auto& r : routes_) {
    std::map<std::string, std::string> params;
    if (!match_pattern(r.pattern, path, params)) continue;
    if (r.method != method && !(method == "HEAD" && r.method == "GET")) {
      m.allowed.push_back(r.method);
      continue;
    }
    size_t literals = split(r.pattern).size() - params.size();
    if (!best || literals > best_literals) {
      best = &r;
      best_literals = literals;
      best_params = std::move(params);
    }
  }
  if (best) {
    m.route = best;
    m.params = std::move(best_params);
    m.allowed.clear();
  }
  return m;
}

}  // namespace numbase::http
