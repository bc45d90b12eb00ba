#pragma once

#include "analysis/Analysis.h"
#include "verdicts/VerdictBook.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

class QAction;

namespace parallax::gui {

// The window's verdicts and notes for the open folder: loads the folder's session when it is
// opened, attaches it to each analysis shown, and saves it (atomically) on every change, so a
// verdict is on disk the moment the user gives it and nothing is lost to a crash or a kill.
class VerdictStore : public QObject {
    Q_OBJECT
public:
    explicit VerdictStore(QObject* parent = nullptr);

    // Loads the session of `folder` (verdicts/SessionLocation.h). A file that cannot be read is
    // reported through failed() and never overwritten until the user gives a new verdict.
    void openFolder(const QString& folder);
    // Places the verdicts on the analysis's claims and pairs. Without any verdict yet, only keeps
    // the analysis and does the work when the first verdict is given: most folders have none, and
    // the window attaches after every partial result on its UI thread.
    void attach(std::shared_ptr<const Analysis> analysis);
    QString path() const { return path_; }

    // The session lives in the user's data location unless the user chooses to keep it with the
    // articles (FOLDER/.parallax-session.json, verdicts/SessionLocation.h). Moving writes the new
    // file first and only then removes the old one, so a failure leaves the session where it was.
    bool keptInFolder() const;
    void keepInFolder(bool inFolder);
    // File › Keep Verdicts in the Article Folder: checkable, follows the folder open.
    QAction* keepInFolderAction();
    // True for a moment after a save into the article folder, so the window's folder watcher can
    // tell its own write from an article added (which would start a new analysis on each verdict).
    bool justWroteIntoFolder() const;

    const Verdict* claimVerdict(int claim) const { return book_.claimVerdict(claim); }
    const Verdict* pairVerdict(int pair) const { return book_.pairVerdict(pair); }
    int unattachedCount() const { return book_.unattachedCount(); }
    bool isEmpty() const { return book_.session().verdicts.empty(); }
    // A copy of the session for a report written on another thread.
    std::shared_ptr<const VerdictSession> snapshot() const;

    void setClaimVerdict(int claim, VerdictStatus status, const QString& note);
    void clearClaimVerdict(int claim);
    void setPairVerdict(int pair, VerdictStatus status, const QString& note);
    void clearPairVerdict(int pair);

Q_SIGNALS:
    void changed();                      // a verdict was set or cleared, or a session loaded
    void failed(const QString& message); // the session could not be read or saved

private:
    void save();
    void ensureAttached();

    QString folder_;
    QString path_;
    QAction* keepInFolder_ = nullptr;
    QElapsedTimer sinceFolderWrite_;
    VerdictBook book_;
    std::shared_ptr<const Analysis> analysis_;
    bool attached_ = false; // book_ is attached to analysis_
};

} // namespace parallax::gui
