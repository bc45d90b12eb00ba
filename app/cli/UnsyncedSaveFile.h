#pragma once

#include <QFile>
#include <QString>

namespace parallax::cli {

// The JSON output file, written as QSaveFile writes (a new file beside the target, renamed over it
// once complete, so no reader ever sees half of it and a failed run leaves the old file whole) but
// without forcing it to the disk first. The JSON is derived from the articles and made again by
// running the command again; like other command-line tools (sort -o, compilers) the command leaves
// the write-out to the system instead of waiting for it: for the 0.96 GB of a one-story folder of
// 1,000 articles the fdatasync of QSaveFile::commit() held the command 0.45-0.6 s after its work
// was done. A power cut within the system's write-back delay may lose the new file; a crash of the
// command never does. POSIX: mkstemp beside the target, rename() over it.
class UnsyncedSaveFile {
public:
    explicit UnsyncedSaveFile(const QString& target);
    ~UnsyncedSaveFile(); // removes the new file unless committed
    UnsyncedSaveFile(const UnsyncedSaveFile&) = delete;
    UnsyncedSaveFile& operator=(const UnsyncedSaveFile&) = delete;

    // Creates the new file, with the target's permissions when it exists (else as a new file).
    bool open();
    QIODevice& device() { return file_; }
    // Flushes and closes the new file and renames it over the target.
    bool commit();
    QString errorString() const { return error_.isEmpty() ? file_.errorString() : error_; }

private:
    QString target_;
    QString temporary_;
    QFile file_;
    QString error_;
    bool committed_ = false;
};

} // namespace parallax::cli
