// XLS, the way the server reads it: XlsChildReader forks a child that parses the workbook with
// FreeXL (XlsReader) and sends the rows back through a pipe. The input is written to a scratch
// file (the readers take a path) and every row of every sheet is read.
//
// FreeXL 1.0.6 reads past a stack buffer on crafted files (a CFBF directory entry whose name
// length exceeds its 64 bytes), which is why it runs in a child; what matters to the server is
// that any death of the child becomes a FileError. So in the child the sanitizers' reports are
// silenced and libFuzzer's death callback is removed (it would save the input as a crash):
// a child that dies is the expected outcome; the parent — the pipe protocol, the error
// frames — is what this target checks. Coverage comes from the parent only.
//
// The child limits its address space to 1 GiB (RLIMIT_AS), but ASan reserves terabytes of
// shadow memory up front, so under ASan every allocation in the child would fail. setrlimit is
// therefore replaced here: RLIMIT_AS becomes the address space already in use plus the limit
// asked for (at most 256 MiB of room under ASan), and its CPU time is cut to 3 s
// (xls_rlimit.cpp, built without instrumentation: ASan calls it before it is set up).
#include <fcntl.h>
#include <pthread.h>
#include <sanitizer/common_interface_defs.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_support.hpp"
#include "imports/xls_child.hpp"

using namespace numbase::imports;

namespace {

void quiet_child() {
  __sanitizer_set_death_callback(nullptr);
  const int devnull = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
  if (devnull >= 0) __sanitizer_set_report_fd(reinterpret_cast<void*>(static_cast<std::intptr_t>(devnull)));
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  pthread_atfork(nullptr, nullptr, quiet_child);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return numbase::fuzz::read_every_row<XlsChildReader, FileError>(data, size, "input.xls");
}
