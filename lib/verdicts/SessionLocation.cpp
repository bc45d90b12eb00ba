#include "verdicts/SessionLocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace parallax {
namespace {

// One key per folder however it was named: "./x", "/home/me/x/" and a symbolic link to it share it.
QString folderKey(const QString& folder) {
    const QFileInfo info(folder);
    QString path = info.canonicalFilePath();
    if (path.isEmpty())
        path = QDir::cleanPath(info.absoluteFilePath());
    return QString::fromLatin1(
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}

} // namespace

QString sessionFileInDataLocation(const QString& folder) {
    // GenericDataLocation, not AppDataLocation: the window and parallax-cli have different
    // application names and must find the same file.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QStringLiteral("/parallax/sessions/") + folderKey(folder) + QStringLiteral(".json");
}

QString sessionFileInFolder(const QString& folder) {
    return QDir(folder).filePath(QStringLiteral(".parallax-session.json"));
}

QString sessionFileForFolder(const QString& folder) {
    const QString inFolder = sessionFileInFolder(folder);
    return QFileInfo::exists(inFolder) ? inFolder : sessionFileInDataLocation(folder);
}

} // namespace parallax
