#include "http/static_files.hpp"

#include <fstream>
#include <map>

namespace numbase::http {
namespace fs = std::filesystem;
namespace {

std::string content_type(const fs::path& p) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},   {".json", "application/json"},
      {".svg", "image/svg+xml"},             {".png", "image/png"},
      {".ico", "image/x-icon"},              {".woff2", "font/woff2"},
      {".woff", "font/woff"},                {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json"}};
  auto it = types.find(p.extension().string());
  return it == types.end() ? "application/octet-stream" : it->second;
}

std::optional<std::string> read_file(const fs::path& p) {
  std::error_code ec;
  if (!fs::is_regular_file(p, ec)) return std::nullopt;
  std::ifstream in(p, std::ios::binary);
  if (!in) return std::nullopt;
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

bool safe_relative(const std::string& path) {
  // No parent references, no hidden files, nothing but plain segments.
  size_t i = 0;
  while (i < path.size()) {
    size_t j = path.find('/', i);
    if (j == std::string::npos) j = path.size();
    std::string_view seg(path.data() + i, j - i);
    if (!seg.empty() && seg[0] == '.') return false;
    if (seg.find('\\') != std::string_view::npos || seg.find('\0') != std::string_view::npos) return false;
    i = j + 1;
  }
  return true;
}

}  // namespace

std::optional<Response> serve_static(const fs::path& root, const std::string& path) {
  if (safe_relative(path) && path.size() > 1) {
    fs::path file = root / path.substr(1);
    if (auto body = read_file(file)) {
      Response r;
      r.content_type = content_type(file);
      r.body = std::move(*body);
      // Vite puts content-hashed files under assets/: they never change.
      const bool hashed = path.rfind("/assets/", 0) == 0;
      r.headers.emplace_back("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
      return r;
    }
  }
  auto index = read_file(root / "index.html");
  if (!index) return std::nullopt;
  Response r;
  r.content_type = "text/html; charset=utf-8";
  r.body = std::move(*index);
  r.headers.emplace_back("Cache-Control", "no-cache");
  return r;
}

}  // namespace numbase::http
