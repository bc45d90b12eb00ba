#pragma once

#include <QSaveFile>

namespace parallax::cli {

// A QSaveFile that has the system start writing its text to disk while the rest is still being
// produced. commit() makes the file durable (fdatasync) before it replaces the target; a
// one-story folder of 1,000 articles writes 0.96 GB of JSON, which the kernel otherwise keeps in
// memory until then, so the command waited 0.8 s at the end for the disk. Started early, most of it
// is on disk by the time commit() asks. The file's content and the guarantee of commit() are
// unchanged; on systems without sync_file_range this is a plain QSaveFile.
class WritebackFile : public QSaveFile {
public:
    using QSaveFile::QSaveFile;

protected:
    qint64 writeData(const char* data, qint64 len) override;

private:
    qint64 written_ = 0; // bytes handed to the file so far
    qint64 started_ = 0; // bytes whose write-out has been started
};

} // namespace parallax::cli
