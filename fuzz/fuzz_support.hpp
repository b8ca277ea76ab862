#pragma once
// Shared by the libFuzzer targets: a scratch file reused for every input of the process (the
// spreadsheet readers take a path), and the rule for exceptions — the readers' own error types
// are expected, anything else is a finding and aborts, so libFuzzer saves the input.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>
#include <typeinfo>
#include <vector>

namespace numbase::fuzz {

// A private directory under $TMPDIR (or /tmp), removed when the process exits normally.
class ScratchDir {
 public:
  ScratchDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "numbase-fuzz-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) {
      std::perror("mkdtemp");
      std::abort();
    }
    path_ = tmpl;
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline const std::filesystem::path& scratch_dir() {
  static ScratchDir dir;
  return dir.path();
}

// Writes the input to the process's one scratch file and returns its path.
inline std::string write_input(const std::uint8_t* data, std::size_t size, const char* name) {
  static const std::string path = (scratch_dir() / name).string();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  out.close();
  if (!out) {
    std::fprintf(stderr, "cannot write the fuzz input to %s\n", path.c_str());
    std::abort();
  }
  return path;
}

// For a catch (...) after the expected types: reports the exception and aborts (a finding).
[[noreturn]] inline void unexpected_exception() {
  try {
    throw;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "==FUZZ== unexpected exception %s: %s\n", typeid(e).name(), e.what());
  } catch (...) {
    std::fprintf(stderr, "==FUZZ== unexpected exception of a non-std type\n");
  }
  std::abort();
}

// Writes the input to the scratch file `name` and reads every row of it with a Reader that takes
// a path; the reader's FileError is its expected answer to a damaged file.
template <class Reader, class FileError>
int read_every_row(const std::uint8_t* data, std::size_t size, const char* name) {
  const std::string path = write_input(data, size, name);
  try {
    Reader reader(path);
    std::vector<std::string> fields;
    while (reader.next(fields)) {
    }
  } catch (const FileError&) {
  } catch (...) {
    unexpected_exception();
  }
  return 0;
}

}  // namespace numbase::fuzz
