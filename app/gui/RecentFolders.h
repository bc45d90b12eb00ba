#pragma once

#include <QStringList>

namespace parallax::gui {

// The folders the user opened, most recent first, kept in QSettings between sessions.
class RecentFolders {
public:
    static constexpr int maxCount = 10;

    QStringList list() const;        // existing folders only
    void add(const QString& folder); // moves it to the front
    void clear();
};

} // namespace parallax::gui
