#include "imports/xls_child.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "imports/xls_reader.hpp"

namespace numbase::imports {
namespace {

// Frames from the child: 'O' opened; 'R' line, cells…; 'E' end; 'F' line, message.
void write_all(int fd, const void* data, std::size_t n) {
  const char* p = static_cast<const char*>(data);
  while (n > 0) {
    const ssize_t w = ::write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) _exit(3);  // the parent went away
    p += w;
    n -= static_cast<std::size_t>(w);
  }
}
void put_u32(int fd, std::uint32_t v) { write_all(fd, &v, sizeof v); }
void put_i64(int fd, std::int64_t v) { write_all(fd, &v, sizeof v); }
void put_text(int fd, const std::string& s) {
  put_u32(fd, static_cast<std::uint32_t>(s.size()));
  write_all(fd, s.data(), s.size());
}

[[noreturn]] void run_child(const std::string& path, int fd) {
  rlimit memory{XlsChildReader::kMemoryLimit, XlsChildReader::kMemoryLimit};
  setrlimit(RLIMIT_AS, &memory);
  rlimit cpu{XlsChildReader::kCpuSeconds, XlsChildReader::kCpuSeconds};
  setrlimit(RLIMIT_CPU, &cpu);
  try {
    XlsReader reader(path);
    write_all(fd, "O", 1);
    std::vector<std::string> cells;
    while (reader.next(cells)) {
      write_all(fd, "R", 1);
      put_i64(fd, reader.line());
      put_u32(fd, static_cast<std::uint32_t>(cells.size()));
      for (const auto& c : cells) put_text(fd, c);
    }
    write_all(fd, "E", 1);
  } catch (const FileError& e) {
    write_all(fd, "F", 1);
    put_i64(fd, e.line());
    put_text(fd, e.what());
  } catch (...) {
    _exit(2);
  }
  _exit(0);
}

}  // namespace

XlsChildReader::XlsChildReader(const std::string& path) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
  child_ = fork();
  if (child_ < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
  }
  if (child_ == 0) {
    ::close(fds[0]);
    run_child(path, fds[1]);
  }
  ::close(fds[1]);
  fd_ = fds[0];
  char kind = 0;
  if (!read_exact(&kind, 1)) child_failed();
  if (kind == 'O') return;
  if (kind == 'F') rethrow_failure();
  child_failed();
}

void XlsChildReader::rethrow_failure() {
  std::int64_t line = 0;
  std::uint32_t n = 0;
  if (!read_exact(&line, sizeof line) || !read_exact(&n, sizeof n) || n > (1u << 20)) child_failed();
  std::string message(n, '\0');
  if (!read_exact(message.data(), n)) child_failed();
  throw FileError(message, line);
}

XlsChildReader::~XlsChildReader() {
  if (fd_ >= 0) ::close(fd_);
  if (child_ > 0) {
    ::kill(child_, SIGKILL);
    while (waitpid(child_, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
}

bool XlsChildReader::read_exact(void* data, std::size_t n) {
  char* p = static_cast<char*>(data);
  while (n > 0) {
    const ssize_t r = ::read(fd_, p, n);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    p += r;
    n -= static_cast<std::size_t>(r);
  }
  return true;
}

void XlsChildReader::child_failed() {
  throw FileError("the XLS file is damaged: its reader stopped (a crash or its memory or time limit)", line_);
}

bool XlsChildReader::next(std::vector<std::string>& fields) {
  if (done_) return false;
  fields.clear();
  char kind = 0;
  if (!read_exact(&kind, 1)) child_failed();
  if (kind == 'E') {
    done_ = true;
    return false;
  }
  if (kind == 'F') rethrow_failure();
  if (kind != 'R') child_failed();
  std::uint32_t count = 0;
  if (!read_exact(&line_, sizeof line_) || !read_exact(&count, sizeof count) || count > 16384) child_failed();
  fields.resize(count);
  for (auto& cell : fields) {
    std::uint32_t n = 0;
    if (!read_exact(&n, sizeof n) || n > (1u << 20)) child_failed();
    cell.assign(n, '\0');
    if (n > 0 && !read_exact(cell.data(), n)) child_failed();
  }
  if (line_ % 1000 == 0) watch();
  return true;
}

}  // namespace numbase::imports
