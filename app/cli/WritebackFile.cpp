#include "WritebackFile.h"

#if defined(__linux__)
#include <fcntl.h>
#endif

namespace parallax::cli {
namespace {

// Large enough that the calls cost nothing, small enough that the disk starts early.
constexpr qint64 writebackStep = qint64(16) << 20;

} // namespace

qint64 WritebackFile::writeData(const char* data, qint64 len) {
    const qint64 done = QSaveFile::writeData(data, len);
#if defined(__linux__)
    if (done > 0)
        written_ += done;
    if (written_ - started_ >= writebackStep) {
        // Only starts the write-out (no wait for it); bytes still in QFileDevice's buffer are not in
        // the file yet and are left to commit().
        const int fd = handle();
        if (fd >= 0)
            sync_file_range(fd, started_, written_ - started_, SYNC_FILE_RANGE_WRITE);
        started_ = written_;
    }
#endif
    return done;
}

} // namespace parallax::cli
