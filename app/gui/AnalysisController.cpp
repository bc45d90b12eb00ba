#include "AnalysisController.h"

#include <algorithm>

#include <QElapsedTimer>
#include <QMetaObject>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace parallax::gui {
namespace {

// The analysis yields the processor to the window: on Linux QThread::LowPriority changes nothing
// for ordinary threads, but the nice value does, and it is per thread and inherited by the
// threads the stages start (parallelFor). With every core busy the UI thread still runs first, so
// scrolling and typing stay smooth; an idle machine gives the analysis all of it as before.
constexpr int kAnalysisNiceness = 5;

void yieldToTheWindow() {
#ifdef Q_OS_LINUX
    const auto thread = id_t(syscall(SYS_gettid));
    setpriority(PRIO_PROCESS, thread, std::max(kAnalysisNiceness, getpriority(PRIO_PROCESS, thread)));
#endif
}

} // namespace

AnalysisController::AnalysisController(QObject* parent)
    : QObject(parent) {}

AnalysisController::~AnalysisController() {
    // Cancelled stages return within one item of work; waiting here keeps a worker from touching a
    // destroyed controller or outliving the application.
    cancel();
    for (const QPointer<QThread>& thread : std::as_const(threads_))
        if (thread)
            thread->wait();
}

void AnalysisController::runInThread(
    std::function<void(AnalysisController* self, quint64 generation, const std::atomic_bool& cancel)> job) {
    cancel();
    const quint64 generation = ++generation_;
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    cancel_ = cancelFlag;
    running_ = true;
    AnalysisController* self = this; // outlives the thread: the destructor waits for it
    QThread* thread = QThread::create([self, generation, cancelFlag, job] {
        yieldToTheWindow();
        job(self, generation, *cancelFlag);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    threads_.removeAll(nullptr);
    threads_.append(thread);
    thread->start(QThread::LowPriority);
}

void AnalysisController::start(const QString& folder, const PipelineOptions& options) {
    // The job owns copies of what it reads and reaches back only through queued calls, which run
    // on the UI thread and check the generation before touching anything.
    runInThread([folder, options](AnalysisController* self, quint64 generation,
                                  const std::atomic_bool& cancel) {
        // Stages report from several threads at once: the throttle must be lock-free and shared.
        QElapsedTimer clock;
        clock.start();
        std::atomic<qint64> lastReport{-1000};
        auto report = [&](Stage stage, qsizetype done, qsizetype total) {
            const qint64 now = clock.elapsed();
            qint64 previous = lastReport.load();
            const bool due = now - previous >= 50 && lastReport.compare_exchange_strong(previous, now);
            if (!due && done != total)
                return; // at most ~20 updates a second: the status bar need not see every file
            QMetaObject::invokeMethod(
                self,
                [self, generation, stage, done, total] {
                    if (self->generation_ == generation)
                        Q_EMIT self->progress(stageName(stage), done, total);
                },
                Qt::QueuedConnection);
        };
        auto partial = [&](Stage, const Analysis& soFar) {
            auto copy = std::make_shared<const Analysis>(soFar);
            QMetaObject::invokeMethod(
                self,
                [self, generation, copy] {
                    if (self->generation_ == generation)
                        Q_EMIT self->partial(copy);
                },
                Qt::QueuedConnection);
        };
        std::shared_ptr<const Analysis> analysis;
        try {
            analysis =
                std::make_shared<const Analysis>(analyzeFolder(folder, options, cancel, report, partial));
        } catch (const std::exception& e) {
            // analyzeFolder turns a failed stage into Analysis::failure itself; this catches what
            // it cannot (memory to copy the options, say). A message, never a dead application.
            Analysis failed;
            failed.corpus.folder = folder;
            failed.corpus.error =
                QStringLiteral("the analysis failed: %1").arg(QString::fromLocal8Bit(e.what()));
            analysis = std::make_shared<const Analysis>(std::move(failed));
        }
        const bool wasCancelled = cancel.load();
        QMetaObject::invokeMethod(
            self,
            [self, generation, analysis, wasCancelled] { self->deliver(generation, analysis, wasCancelled); },
            Qt::QueuedConnection);
    });
}

void AnalysisController::realign(std::shared_ptr<const Analysis> base, int reference) {
    runInThread([base, reference](AnalysisController* self, quint64 generation,
                                  const std::atomic_bool& cancel) {
        std::shared_ptr<const Analysis> analysis;
        try {
            analysis = std::make_shared<const Analysis>(realignAnalysis(*base, reference, cancel));
        } catch (const std::exception& e) {
            // realignAnalysis reports a failed alignment itself; this is for what it cannot (memory
            // to copy the analysis): the old alignment stays, with the message.
            Analysis failed = *base;
            failed.failure = QStringLiteral("the analysis failed while aligning: %1")
                                 .arg(QString::fromLocal8Bit(e.what()));
            analysis = std::make_shared<const Analysis>(std::move(failed));
        }
        const bool wasCancelled = cancel.load();
        QMetaObject::invokeMethod(
            self,
            [self, generation, analysis, wasCancelled] { self->deliver(generation, analysis, wasCancelled); },
            Qt::QueuedConnection);
    });
}

void AnalysisController::cancel() {
    if (cancel_)
        cancel_->store(true);
    cancel_.reset();
    if (running_) {
        running_ = false;
        Q_EMIT cancelled();
    }
}

void AnalysisController::deliver(quint64 generation, std::shared_ptr<const Analysis> analysis,
                                 bool wasCancelled) {
    if (generation != generation_ || wasCancelled)
        return; // a late result of a request the user has moved on from
    running_ = false;
    cancel_.reset();
    Q_EMIT finished(std::move(analysis));
}

} // namespace parallax::gui
