#include "corpus/FolderListing.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <dirent.h>
#endif

namespace parallax {
namespace {

QString childPath(const QString& dirPath, const QString& name) {
    return dirPath.endsWith(u'/') ? dirPath + name : dirPath + u'/' + name;
}

// QDir's order for QDir::Name | QDir::DirsLast: UTF-16 order of the names, folders after the rest.
void sortAsQDir(std::vector<FolderEntry>& entries) {
    std::sort(entries.begin(), entries.end(), [](const FolderEntry& a, const FolderEntry& b) {
        if (a.isDir != b.isDir)
            return !a.isDir;
        return a.name.compare(b.name) < 0;
    });
}

} // namespace

#ifdef Q_OS_UNIX

std::vector<FolderEntry> listFolder(const QString& dirPath) {
    std::vector<FolderEntry> entries;
    DIR* dir = ::opendir(QFile::encodeName(dirPath).constData());
    if (!dir)
        return entries;
    while (const dirent* d = ::readdir(dir)) {
        if (d->d_name[0] == '.')
            continue; // hidden, and "." and ".."
        FolderEntry e;
        e.name = QFile::decodeName(d->d_name);
        e.path = childPath(dirPath, e.name);
        e.regularFile = d->d_type == DT_REG;
        if (d->d_type == DT_DIR)
            e.isDir = true;
        else if (d->d_type != DT_REG)
            e.isDir = QFileInfo(e.path).isDir(); // a link, or a file system that does not say
        entries.push_back(std::move(e));
    }
    ::closedir(dir);
    sortAsQDir(entries);
    return entries;
}

#else

std::vector<FolderEntry> listFolder(const QString& dirPath) {
    std::vector<FolderEntry> entries;
    const QFileInfoList infos = QDir(dirPath).entryInfoList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System, QDir::Name | QDir::DirsLast);
    for (const QFileInfo& info : infos)
        entries.push_back(
            {info.fileName(), info.filePath(), info.isFile() && !info.isSymLink(), info.isDir()});
    return entries;
}

#endif

} // namespace parallax
