#pragma once

#include "analysis/Analysis.h"
#include "report/ReportOptions.h"

#include <QObject>
#include <QString>

#include <memory>

namespace parallax::gui {

// Writes a report of an analysis on a pool thread, so a long PDF never freezes the window, and
// says when it is done. One export at a time: a second request while one runs is refused.
class ReportExporter : public QObject {
    Q_OBJECT
public:
    explicit ReportExporter(QObject* parent = nullptr);

    // False (and nothing started) while another export runs.
    bool start(std::shared_ptr<const Analysis> analysis, const QString& path, const ReportOptions& options);
    bool isRunning() const { return running_; }

Q_SIGNALS:
    // On the exporter's thread. `error` is empty on success, else a message for the user.
    void finished(const QString& path, const QString& error);

private:
    bool running_ = false;
};

} // namespace parallax::gui
