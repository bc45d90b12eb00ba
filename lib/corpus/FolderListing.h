#pragma once

#include <QString>

#include <vector>

namespace parallax {

// One entry of a folder, as listFolder() gives it.
struct FolderEntry {
    QString name;
    QString path;             // the folder's path, '/', the name: QFileInfo::filePath() of the entry
    bool regularFile = false; // known from the listing alone to be a regular file, not a link
    bool isDir = false;       // a folder, or a link to one
};

// The entries of `dirPath` in the order QDir::entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot
// | QDir::System, QDir::Name | QDir::DirsLast) gives them (by name, folders last), hidden ones (a
// name starting with '.') left out. On Unix the names come from readdir and only entries it cannot
// type are asked about: a folder of 100,000 articles took QDir half a second, most of it building a
// QFileInfo per file and sorting those. Empty when the folder cannot be read.
std::vector<FolderEntry> listFolder(const QString& dirPath);

} // namespace parallax
