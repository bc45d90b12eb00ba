#include "RecentFolders.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace parallax::gui {
namespace {
const QString key = QStringLiteral("recentFolders");
}

QStringList RecentFolders::list() const {
    QStringList folders = QSettings().value(key).toStringList();
    folders.removeIf([](const QString& f) { return !QFileInfo(f).isDir(); });
    return folders;
}

void RecentFolders::add(const QString& folder) {
    const QString path = QDir(folder).absolutePath();
    QStringList folders = QSettings().value(key).toStringList();
    folders.removeAll(path);
    folders.prepend(path);
    while (folders.size() > maxCount)
        folders.removeLast();
    QSettings().setValue(key, folders);
}

void RecentFolders::clear() {
    QSettings().remove(key);
}

} // namespace parallax::gui
