#include "corpus/FileBytes.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace parallax {

#ifdef Q_OS_UNIX

namespace {

// Until a read comes back short: a regular file is then at its end, so a file read whole in one
// call costs no second call to learn so. A file that grew since fstat is read on to its end.
bool readAll(int fd, QByteArray& bytes) {
    qsizetype got = 0;
    for (;;) {
        const qsizetype room = bytes.size() - got;
        const ssize_t n = ::read(fd, bytes.data() + got, size_t(room));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        got += n;
        if (n < room)
            break;
        bytes.resize(bytes.size() * 2);
    }
    bytes.truncate(got);
    return true;
}

} // namespace

FileBytes readFileBytes(const QString& path, qint64 maxBytes) {
    FileBytes out;
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        out.error = qt_error_string(errno);
        return out;
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        out.error = qt_error_string(errno);
    } else if (out.size = qint64(info.st_size); out.size > maxBytes) {
        out.tooLarge = true;
    } else {
        out.bytes.resize(qsizetype(out.size) + 1); // one spare byte: a full buffer means read on
        if (!readAll(fd, out.bytes)) {
            out.error = qt_error_string(errno);
            out.bytes.clear();
        }
    }
    ::close(fd);
    return out;
}

#else

FileBytes readFileBytes(const QString& path, qint64 maxBytes) {
    FileBytes out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = file.errorString();
        return out;
    }
    out.size = file.size();
    if (out.size > maxBytes) {
        out.tooLarge = true;
        return out;
    }
    out.bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        out.error = file.errorString();
        out.bytes.clear();
    }
    return out;
}

#endif

} // namespace parallax
