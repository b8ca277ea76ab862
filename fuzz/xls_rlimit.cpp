// setrlimit for the xls target (see xls_fuzz.cpp): RLIMIT_AS is counted from the address space
// already in use, since ASan reserves terabytes up front. The room is cut to 256 MiB and RLIMIT_CPU
// to 3 s: under ASan, FreeXL filling 1 GiB with small allocations takes minutes (1 s without
// ASan), and the child must give up before libFuzzer's 10 s timeout calls it a hang of the
// parent. Built
// without sanitizers.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

// Called by ASan itself before it has initialized: raw syscalls only.
extern "C" int setrlimit(__rlimit_resource_t resource, const struct rlimit* limit) noexcept {
  struct rlimit adjusted = *limit;
  if (resource == RLIMIT_AS && limit->rlim_cur != RLIM_INFINITY) {
    char text[64] = {};
    unsigned long long pages = 0;  // the first field of statm: total program size, in pages
    const int fd = static_cast<int>(syscall(SYS_open, "/proc/self/statm", O_RDONLY | O_CLOEXEC));
    if (fd >= 0) {
      syscall(SYS_read, fd, text, sizeof text - 1);
      syscall(SYS_close, fd);
    }
    for (const char* c = text; *c >= '0' && *c <= '9'; ++c) pages = pages * 10 + static_cast<unsigned>(*c - '0');
    const unsigned long long in_use = pages * 4096ull;
    const unsigned long long room = limit->rlim_cur < (256ull << 20) ? limit->rlim_cur : (256ull << 20);
    adjusted.rlim_cur = in_use + room;
    adjusted.rlim_max = limit->rlim_max == RLIM_INFINITY ? RLIM_INFINITY : in_use + limit->rlim_max;
  }
  if (resource == RLIMIT_CPU) {
    if (adjusted.rlim_cur > 3) adjusted.rlim_cur = 3;
    if (adjusted.rlim_max > 3) adjusted.rlim_max = 3;
  }
  return static_cast<int>(syscall(SYS_prlimit64, 0, resource, &adjusted, nullptr));
}

