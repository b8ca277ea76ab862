#pragma once
// A streaming multipart/form-data parser (RFC 7578): the body is fed in pieces as it arrives;
// file parts go straight to files in a spool directory, small text fields are kept. Nothing
// holds a whole upload in memory.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace numbase::http {

struct UploadedFile {
  std::string filename;  // as the client named it (no directories)
  std::filesystem::path path;
  std::uint64_t size = 0;
};

struct FormData {
  std::map<std::string, std::string> fields;
  std::map<std::string, UploadedFile> files;
};

class MultipartError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The boundary of a "multipart/form-data; boundary=..." content type, or nullopt.
std::optional<std::string> multipart_boundary(std::string_view content_type);

class MultipartParser {
 public:
  static constexpr std::size_t kMaxHeaderBytes = 16 * 1024;
  static constexpr std::size_t kMaxFieldBytes = 64 * 1024;  // a text field
  static constexpr std::size_t kMaxParts = 64;

  // Files are written to `spool_dir` under random names; the caller owns them afterwards
  // (move them away or delete them; remove_files() deletes what is left).
  MultipartParser(std::string boundary, std::filesystem::path spool_dir);
  ~MultipartParser();
  // Throws MultipartError on a malformed body.
  void feed(std::string_view data);
  // The body has ended: checks that the closing boundary was seen.
  FormData finish();
  // Deletes the files written so far (after an error, or when they were not taken).
  void remove_files();

 private:
  enum class State { Preamble, Headers, Body, Done };
  void start_part(std::string_view headers);
  void write_body(std::string_view data);
  void end_part();

  std::string delimiter_;  // "\r\n--" + boundary
  std::filesystem::path spool_dir_;
  State state_ = State::Preamble;
  std::string buf_;
  std::string name_;
  bool is_file_ = false;
  std::string value_;
  std::ofstream out_;
  FormData form_;
  std::size_t parts_ = 0;
};

}  // namespace numbase::http
