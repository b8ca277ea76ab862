#include "http/multipart.hpp"
#include "core/secrets.hpp"

#include <sodium.h>

#include <algorithm>

namespace numbase::http {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The value of `param` in a header such as `form-data; name="file"; filename="a.csv"`:
// parameters are split at semicolons outside quotes; quoted values may escape with '\\'.
std::optional<std::string> header_param(std::string_view header, std::string_view param) {
  std::string key, value;
  bool in_value = false, quoted = false, first = true;
  // Ends a parameter: true when it is the one asked for (the first segment is the type).
  auto matches = [&]() {
    bool hit = !first && in_value && lower(trim(key)) == param;
    first = false;
    key.clear();
    in_value = false;
    return hit;
  };
  for (std::size_t i = 0; i < header.size(); ++i) {
    char c = header[i];
    if (quoted) {
      if (c == '\\' && i + 1 < header.size()) c = header[++i];
      else if (c == '"') { quoted = false; continue; }
      value += c;
    } else if (c == ';') {
      if (matches()) return std::string(trim(value));
      value.clear();
    } else if (in_value) {
      if (c == '"') quoted = true;
      else value += c;
    } else if (c == '=') {
      in_value = true;
    } else {
      key += c;
    }
  }
  if (matches()) return std::string(trim(value));
  return std::nullopt;
}

std::string random_name() { return "upload-" + random_hex(12); }

}  // namespace

std::optional<std::string> multipart_boundary(std::string_view content_type) {
  auto semi = content_type.find(';');
  if (lower(trim(content_type.substr(0, semi))) != "multipart/form-data") return std::nullopt;
  auto b = header_param(content_type, "boundary");
  if (!b || b->empty() || b->size() > 70) return std::nullopt;
  return b;
}

MultipartParser::MultipartParser(std::string boundary, std::filesystem::path spool_dir)
    : delimiter_("\r\n--" + boundary), spool_dir_(std::move(spool_dir)), buf_("\r\n") {}

MultipartParser::~MultipartParser() {
  if (out_.is_open()) out_.close();
}

void MultipartParser::feed(std::string_view data) {
  buf_.append(data);
  for (;;) {
    if (state_ == State::Done) {
      buf_.clear();  // the epilogue is ignored
      return;
    }
    if (state_ == State::Headers) {
      auto end = buf_.find("\r\n\r\n");
      if (end == std::string::npos) {
        if (buf_.size() > kMaxHeaderBytes) throw MultipartError("a part's headers are too long");
        return;
      }
      start_part(std::string_view(buf_).substr(0, end));
      buf_.erase(0, end + 4);
      state_ = State::Body;
      continue;
    }
    // Preamble or Body: look for the next delimiter.
    auto at = buf_.find(delimiter_);
    if (at == std::string::npos) {
      // Keep what could be the start of a delimiter split across pieces.
      const std::size_t keep = std::min(buf_.size(), delimiter_.size() + 1);
      if (state_ == State::Body) write_body(std::string_view(buf_).substr(0, buf_.size() - keep));
      buf_.erase(0, buf_.size() - keep);
      return;
    }
    const std::size_t after = at + delimiter_.size();
    if (buf_.size() < after + 2) {  // need the two characters that say what follows
      if (state_ == State::Body) write_body(std::string_view(buf_).substr(0, at));
      buf_.erase(0, at);
      return;
    }
    if (state_ == State::Body) {
      write_body(std::string_view(buf_).substr(0, at));
      end_part();
    }
    const auto tail = std::string_view(buf_).substr(after, 2);
    if (tail == "--") {
      state_ = State::Done;
    } else if (tail == "\r\n") {
      if (++parts_ > kMaxParts) throw MultipartError("too many parts");
      state_ = State::Headers;
    } else {
      throw MultipartError("a boundary is not followed by a line break");
    }
    buf_.erase(0, after + 2);
  }
}

void MultipartParser::start_part(std::string_view headers) {
  std::optional<std::string> disposition;
  std::size_t pos = 0;
  while (pos < headers.size()) {
    auto eol = headers.find("\r\n", pos);
    auto line = headers.substr(pos, eol == std::string_view::npos ? std::string_view::npos : eol - pos);
    pos = eol == std::string_view::npos ? headers.size() : eol + 2;
    auto colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    if (lower(trim(line.substr(0, colon))) == "content-disposition") disposition = std::string(line.substr(colon + 1));
  }
  if (!disposition || lower(trim(disposition->substr(0, disposition->find(';')))) != "form-data")
    throw MultipartError("a part has no Content-Disposition: form-data header");
  auto name = header_param(*disposition, "name");
  if (!name || name->empty()) throw MultipartError("a part has no name");
  name_ = *name;
  auto filename = header_param(*disposition, "filename");
  is_file_ = filename.has_value();
  value_.clear();
  if (is_file_) {
    auto base = filename->substr(filename->find_last_of("/\\") == std::string::npos ? 0
                                                                                   : filename->find_last_of("/\\") + 1);
    if (base.empty()) base = "upload";
    if (form_.files.count(name_)) throw MultipartError("more than one file named " + name_);
    auto& f = form_.files[name_];
    f.filename = base.substr(0, 255);
    f.path = spool_dir_ / random_name();
    out_.open(f.path, std::ios::binary | std::ios::trunc);
    if (!out_) throw std::runtime_error("cannot write the upload to " + f.path.string());
  }
}

void MultipartParser::write_body(std::string_view data) {
  if (data.empty()) return;
  if (is_file_) {
    out_.write(data.data(), static_cast<std::streamsize>(data.size()));
    if (!out_) throw std::runtime_error("writing the upload failed (disk full?)");
    form_.files[name_].size += data.size();
  } else {
    if (value_.size() + data.size() > kMaxFieldBytes) throw MultipartError("the field " + name_ + " is too long");
    value_.append(data);
  }
}

void MultipartParser::end_part() {
  if (is_file_) {
    out_.close();
    if (!out_) throw std::runtime_error("writing the upload failed (disk full?)");
  } else {
    form_.fields[name_] = std::move(value_);
  }
  value_.clear();
}

FormData MultipartParser::finish() {
  if (state_ != State::Done) throw MultipartError("the body ended before the closing boundary");
  return std::move(form_);
}

void MultipartParser::remove_files() {
  if (out_.is_open()) out_.close();
  std::error_code ignored;
  for (const auto& [_, f] : form_.files) std::filesystem::remove(f.path, ignored);
}

}  // namespace numbase::http
