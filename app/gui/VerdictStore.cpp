#include "VerdictStore.h"

#include "verdicts/SessionLocation.h"

#include <QAction>
#include <QFile>

namespace parallax::gui {

VerdictStore::VerdictStore(QObject* parent)
    : QObject(parent) {}

void VerdictStore::openFolder(const QString& folder) {
    folder_ = folder;
    path_ = sessionFileForFolder(folder);
    QString error;
    VerdictSession session = loadSession(path_, &error);
    session.folder = folder;
    book_ = VerdictBook(std::move(session));
    analysis_.reset(); // the previous folder's
    attached_ = false;
    if (!error.isEmpty())
        Q_EMIT failed(tr("Your verdicts for this folder could not be read (%1).").arg(error));
    Q_EMIT changed();
}

bool VerdictStore::keptInFolder() const {
    return !folder_.isEmpty() && path_ == sessionFileInFolder(folder_);
}

void VerdictStore::keepInFolder(bool inFolder) {
    if (folder_.isEmpty() || inFolder == keptInFolder())
        return;
    const QString target = inFolder ? sessionFileInFolder(folder_) : sessionFileInDataLocation(folder_);
    if (const QString error = saveSession(target, book_.session()); !error.isEmpty()) {
        Q_EMIT failed(tr("Your verdicts could not be moved: %1").arg(error));
        Q_EMIT changed();
        return;
    }
    sinceFolderWrite_.start(); // the new file appears in, or the old one leaves, the folder
    QFile::remove(path_);      // else the folder's copy would win over the data location's next time
    path_ = target;
    Q_EMIT changed();
}

QAction* VerdictStore::keepInFolderAction() {
    if (keepInFolder_)
        return keepInFolder_;
    keepInFolder_ = new QAction(tr("&Keep Verdicts in the Article Folder"), this);
    keepInFolder_->setCheckable(true);
    keepInFolder_->setEnabled(false);
    keepInFolder_->setToolTip(
        tr("Save your verdicts and notes as .parallax-session.json inside the folder, "
           "so they travel with the articles (otherwise they stay in your data folder)"));
    connect(keepInFolder_, &QAction::triggered, this, &VerdictStore::keepInFolder);
    connect(this, &VerdictStore::changed, keepInFolder_, [this] {
        keepInFolder_->setEnabled(!folder_.isEmpty());
        keepInFolder_->setChecked(keptInFolder());
    });
    return keepInFolder_;
}

bool VerdictStore::justWroteIntoFolder() const {
    constexpr qint64 settleMs = 1000; // the watcher reports within milliseconds; margin for a busy machine
    return sinceFolderWrite_.isValid() && sinceFolderWrite_.elapsed() < settleMs;
}

void VerdictStore::attach(std::shared_ptr<const Analysis> analysis) {
    analysis_ = std::move(analysis);
    attached_ = false;
    if (book_.session().verdicts.empty())
        return;
    ensureAttached();
    Q_EMIT changed();
}

void VerdictStore::ensureAttached() {
    if (attached_ || !analysis_)
        return;
    book_.attach(analysis_->claims, analysis_->reuse.pairs, analysis_->corpus.documents);
    attached_ = true;
}

std::shared_ptr<const VerdictSession> VerdictStore::snapshot() const {
    if (book_.session().verdicts.empty())
        return nullptr;
    return std::make_shared<const VerdictSession>(book_.session());
}

void VerdictStore::setClaimVerdict(int claim, VerdictStatus status, const QString& note) {
    ensureAttached();
    book_.setClaimVerdict(claim, status, note);
    save();
}

void VerdictStore::clearClaimVerdict(int claim) {
    ensureAttached();
    book_.clearClaimVerdict(claim);
    save();
}

void VerdictStore::setPairVerdict(int pair, VerdictStatus status, const QString& note) {
    ensureAttached();
    book_.setPairVerdict(pair, status, note);
    save();
}

void VerdictStore::clearPairVerdict(int pair) {
    ensureAttached();
    book_.clearPairVerdict(pair);
    save();
}

void VerdictStore::save() {
    if (path_.isEmpty())
        return;
    // Small (a few kilobytes) and written on each change: slower than batching by microseconds,
    // and a verdict is never only in memory.
    if (keptInFolder())
        sinceFolderWrite_.start();
    if (const QString error = saveSession(path_, book_.session()); !error.isEmpty())
        Q_EMIT failed(tr("Your verdicts could not be saved: %1").arg(error));
    Q_EMIT changed();
}

} // namespace parallax::gui
