#pragma once

#include "analysis/Analysis.h"
#include "analysis/Pipeline.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace parallax::gui {

// Runs the engine on a worker thread and hands its results to the UI thread.
//
// Every request carries a generation number; results and progress of an older request are dropped
// when they arrive, so opening another folder mid-analysis can never show the old folder's
// results. The UI thread never waits on the worker: cancel() only raises the old request's flag,
// and its thread finishes on its own.
class AnalysisController : public QObject {
    Q_OBJECT
public:
    explicit AnalysisController(QObject* parent = nullptr);
    ~AnalysisController() override;

    void start(const QString& folder, const PipelineOptions& options = {});
    // Re-runs the alignment of `base` with another reference article; delivers through finished().
    void realign(std::shared_ptr<const Analysis> base, int reference);
    void cancel();
    bool isRunning() const { return running_; }
    quint64 generation() const { return generation_; }

Q_SIGNALS:
    void progress(const QString& stage, qsizetype done, qsizetype total);
    void partial(std::shared_ptr<const parallax::Analysis> analysis); // documents first, then more
    void finished(std::shared_ptr<const parallax::Analysis> analysis);
    void cancelled();

private:
    void deliver(quint64 generation, std::shared_ptr<const Analysis> analysis, bool wasCancelled);
    void runInThread(
        std::function<void(AnalysisController* self, quint64 generation, const std::atomic_bool& cancel)>
            job);

    quint64 generation_ = 0;
    bool running_ = false;
    std::shared_ptr<std::atomic_bool> cancel_;
    QList<QPointer<QThread>> threads_;
};

} // namespace parallax::gui
