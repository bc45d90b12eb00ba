#include "ReplacedFile.h"

#include <QFile>

#if defined(__linux__)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace parallax::cli {

void dropCachedPages(const QString& path) {
#if defined(__linux__)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return; // no file to replace yet, or not one we may read: nothing to drop
    posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED); // a hint: errors change nothing
    ::close(fd);
#else
    (void)path;
#endif
}

} // namespace parallax::cli
