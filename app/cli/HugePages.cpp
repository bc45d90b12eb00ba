#include "HugePages.h"

#include <cstdlib>
#include <cstring>
#include <string>

#if defined(__linux__) && defined(__GLIBC__)
#include <unistd.h>
#endif

namespace parallax::cli {

void restartWithHugePages(char* argv[]) {
#if defined(__linux__) && defined(__GLIBC__)
    const char* current = std::getenv("GLIBC_TUNABLES");
    if (current && std::strstr(current, "glibc.malloc.hugetlb"))
        return;
    const std::string previous = current ? current : "";
    const std::string tunables = (previous.empty() ? "" : previous + ":") + "glibc.malloc.hugetlb=1";
    if (setenv("GLIBC_TUNABLES", tunables.c_str(), 1) != 0)
        return;
    execv("/proc/self/exe", argv);
    // Still here: the restart failed (no /proc, say). Run as we are, and leave the environment of
    // anything we start as it was.
    if (current)
        setenv("GLIBC_TUNABLES", previous.c_str(), 1);
    else
        unsetenv("GLIBC_TUNABLES");
#else
    (void)argv;
#endif
}

} // namespace parallax::cli
