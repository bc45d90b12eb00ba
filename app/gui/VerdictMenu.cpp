#include "VerdictMenu.h"

#include "VerdictMarks.h"
#include "VerdictStore.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMenu>

#include <functional>

namespace parallax::gui {
namespace {

// One target (a claim or a pair) seen through the store, so both menus are one piece of code.
struct Target {
    std::function<const Verdict*()> current;
    std::function<void(VerdictStatus, const QString&)> set;
    std::function<void()> clear;
};

Target claimTarget(VerdictStore* store, int claim) {
    return {[=] { return store->claimVerdict(claim); },
            [=](VerdictStatus s, const QString& note) { store->setClaimVerdict(claim, s, note); },
            [=] { store->clearClaimVerdict(claim); }};
}

Target pairTarget(VerdictStore* store, int pair) {
    return {[=] { return store->pairVerdict(pair); },
            [=](VerdictStatus s, const QString& note) { store->setPairVerdict(pair, s, note); },
            [=] { store->clearPairVerdict(pair); }};
}

QString tr(const char* text) {
    return QCoreApplication::translate("Verdicts", text);
}

void editNote(const Target& target, QWidget* parent) {
    const Verdict* verdict = target.current();
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(parent, tr("Note"),
                                                        tr("Your note (saved with the folder's verdicts):"),
                                                        verdict ? verdict->note : QString(), &ok);
    if (!ok)
        return;
    // Read again: the dialog ran an event loop, and the verdict may have changed meanwhile.
    verdict = target.current();
    target.set(verdict ? verdict->status : VerdictStatus::Checked, note);
}

void addActions(QMenu* menu, const Target& target, QWidget* parent) {
    const Verdict* verdict = target.current();
    for (VerdictStatus status : {VerdictStatus::Checked, VerdictStatus::Wrong, VerdictStatus::Fine}) {
        QAction* action = menu->addAction(tr("Mark %1").arg(verdictStatusLabel(status)));
        action->setCheckable(true);
        action->setChecked(verdict && verdict->status == status);
        QObject::connect(action, &QAction::triggered, menu, [target, status] {
            const Verdict* now = target.current();
            if (now && now->status == status && now->note.isEmpty())
                target.clear(); // choosing the ticked one again takes it back
            else
                target.set(status, now ? now->note : QString());
        });
    }
    QObject::connect(
        menu->addAction(verdict && !verdict->note.isEmpty() ? tr("Edit Note…") : tr("Add Note…")),
        &QAction::triggered, menu, [target, parent] { editNote(target, parent); });
    QAction* clear = menu->addAction(tr("Clear Verdict and Note"));
    clear->setEnabled(verdict != nullptr);
    QObject::connect(clear, &QAction::triggered, menu, [target] { target.clear(); });
}

} // namespace

void addClaimVerdictActions(QMenu* menu, VerdictStore* store, int claim, QWidget* dialogParent) {
    addActions(menu, claimTarget(store, claim), dialogParent);
}

void addPairVerdictActions(QMenu* menu, VerdictStore* store, int pair, QWidget* dialogParent) {
    addActions(menu, pairTarget(store, pair), dialogParent);
}

void editClaimNote(VerdictStore* store, int claim, QWidget* dialogParent) {
    editNote(claimTarget(store, claim), dialogParent);
}

void editPairNote(VerdictStore* store, int pair, QWidget* dialogParent) {
    editNote(pairTarget(store, pair), dialogParent);
}

} // namespace parallax::gui
