#include "ReportExporter.h"

#include "report/ExportReport.h"

#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

namespace parallax::gui {

ReportExporter::ReportExporter(QObject* parent)
    : QObject(parent) {}

bool ReportExporter::start(std::shared_ptr<const Analysis> analysis, const QString& path,
                           const ReportOptions& options) {
    if (running_ || !analysis)
        return false;
    running_ = true;
    QPointer<ReportExporter> self(this);
    // The analysis is shared, not copied: the window may replace its own while the report is written.
    QThreadPool::globalInstance()->start([self, analysis = std::move(analysis), path, options] {
        const QString error = exportReport(*analysis, path, options);
        QMetaObject::invokeMethod(
            self.data(),
            [self, path, error] {
                if (!self)
                    return;
                self->running_ = false;
                Q_EMIT self->finished(path, error);
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace parallax::gui
