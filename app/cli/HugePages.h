#pragma once

namespace parallax::cli {

// Starts this program again with glibc's malloc asking the kernel for transparent huge pages
// (GLIBC_TUNABLES=glibc.malloc.hugetlb=1), which glibc reads only at start. A pairs run over 20,000
// articles touches 300 MB of fresh heap; with 4 KB pages the kernel's page faults were a seventh of
// its CPU time, and 2 MB pages need a third as many faults. Returns (and the program goes on as it
// is) when the variable already names the tunable (ours after the restart, or the user's choice),
// on systems without glibc, or when the restart fails. Call first thing in main(), before any
// thread starts.
void restartWithHugePages(char* argv[]);

} // namespace parallax::cli
