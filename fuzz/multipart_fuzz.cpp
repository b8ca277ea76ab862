// multipart/form-data: the streaming parser over a body with the boundary "XyZ", fed in pieces
// whose size the input's first byte chooses (0: the whole body at once), so delimiters split
// across pieces are exercised as the network splits them. The input is also read as a
// Content-Type header by multipart_boundary(). MultipartError is the expected answer; the files
// written to the scratch spool directory are removed after each input.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>

#include "fuzz_support.hpp"
#include "http/multipart.hpp"

using namespace numbase::http;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  try {
    (void)multipart_boundary(input.substr(0, std::min<std::size_t>(size, 256)));
  } catch (...) {
    numbase::fuzz::unexpected_exception();
  }
  const std::size_t piece = data[0] == 0 ? size : data[0];
  const std::string_view body = input.substr(1);
  MultipartParser parser("XyZ", numbase::fuzz::scratch_dir());
  try {
    for (std::size_t at = 0; at < body.size(); at += piece) parser.feed(body.substr(at, piece));
    const FormData form = parser.finish();  // the files are the caller's now
    for (const auto& [name, file] : form.files) {
      std::error_code ignored;
      std::filesystem::remove(file.path, ignored);
      if (file.path.parent_path() != numbase::fuzz::scratch_dir() || file.filename.empty() ||
          file.filename.find_first_of("/\\") != std::string::npos) {
        std::fprintf(stderr, "==FUZZ== a file part named %s went to %s\n", file.filename.c_str(), file.path.c_str());
        std::abort();
      }
    }
  } catch (const MultipartError&) {
  } catch (...) {
    parser.remove_files();
    numbase::fuzz::unexpected_exception();
  }
  parser.remove_files();
  return 0;
}
