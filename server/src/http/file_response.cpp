#include "http/file_response.hpp"

#include <fstream>
#include <memory>

#include "core/errors.hpp"

namespace numbase::http {
namespace {

// Content-Disposition with an ASCII fallback and the UTF-8 name per RFC 6266 / 5987.
std::string disposition(const std::string& name) {
  std::string ascii, encoded;
  static const char* hex = "0123456789ABCDEF";
  for (unsigned char c : name) {
    const bool plain = std::isalnum(c) || c == '.' || c == '-' || c == '_';
    ascii += plain ? static_cast<char>(c) : '_';
    if (plain) {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += hex[c >> 4];
      encoded += hex[c & 15];
    }
  }
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

}  // namespace

Response file_response(const std::filesystem::path& path, const std::string& content_type,
                       const std::string& download_name) {
  auto in = std::make_shared<std::ifstream>(path, std::ios::binary);
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (!*in || ec) throw not_found("The file is no longer available");
  Response res;
  res.content_type = content_type;
  res.headers.emplace_back("Content-Disposition", disposition(download_name));
  res.stream_length = size;
  res.stream = [in]() -> std::optional<std::string> {
    std::string chunk(256 * 1024, '\0');
    in->read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    chunk.resize(static_cast<std::size_t>(in->gcount()));
    if (chunk.empty()) {
      if (in->bad()) throw std::runtime_error("reading the file failed");
      return std::nullopt;
    }
    return chunk;
  };
  return res;
}

}  // namespace numbase::http
