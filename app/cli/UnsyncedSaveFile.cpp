#include "UnsyncedSaveFile.h"

#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

namespace parallax::cli {

UnsyncedSaveFile::UnsyncedSaveFile(const QString& target)
    : target_(target) {}

UnsyncedSaveFile::~UnsyncedSaveFile() {
    if (file_.isOpen())
        file_.close();
    if (!committed_ && !temporary_.isEmpty())
        QFile::remove(temporary_);
}

bool UnsyncedSaveFile::open() {
    QByteArray pattern = QFile::encodeName(QFileInfo(target_).absoluteFilePath()) + ".XXXXXX";
    const int fd = mkstemp(pattern.data());
    if (fd < 0) {
        error_ = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    temporary_ = QFile::decodeName(pattern);
    // mkstemp makes the file private (0600); the output gets the target's mode, or a new file's.
    struct stat existing {};
    mode_t mode = 0;
    if (::stat(QFile::encodeName(target_).constData(), &existing) == 0) {
        mode = existing.st_mode & 07777;
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    ::fchmod(fd, mode);
    if (!file_.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return false;
    }
    return true;
}

bool UnsyncedSaveFile::commit() {
    if (!file_.isOpen() || !file_.flush())
        return false;
    file_.close();
    if (file_.error() != QFileDevice::NoError)
        return false;
    if (std::rename(QFile::encodeName(temporary_).constData(), QFile::encodeName(target_).constData()) != 0) {
        error_ = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    committed_ = true;
    return true;
}

} // namespace parallax::cli
