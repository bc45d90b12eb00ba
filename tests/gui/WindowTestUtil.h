#pragma once

// Helpers the window tests share: waiting for an analysis and finding an article by id.
#include "MainWindow.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace parallax::test {

using gui::MainWindow;

// Runs the event loop until the window shows a complete analysis, or the timeout passes.
inline bool waitForAnalysis(MainWindow& window, int timeoutMs = 30000) {
    bool shown = false;
    const auto connection =
        QObject::connect(&window, &MainWindow::analysisShown, &window, [&] { shown = true; });
    QElapsedTimer timer;
    timer.start();
    while (!shown && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    QObject::disconnect(connection);
    return shown;
}

inline int documentIndex(const MainWindow& window, const QString& idPrefix) {
    const auto& docs = window.analysis()->corpus.documents;
    for (size_t i = 0; i < docs.size(); ++i)
        if (docs[i].id.startsWith(idPrefix))
            return int(i);
    return -1;
}

} // namespace parallax::test
