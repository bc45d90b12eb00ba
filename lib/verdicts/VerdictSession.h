#pragma once

#include "verdicts/Verdict.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <vector>

namespace parallax {

// Every verdict the user gave in one folder: what the session file holds. Verdicts that no longer
// match anything in the analysis are kept (an article may come back), never dropped silently.
struct VerdictSession {
    QString folder; // the folder's absolute path when saved, for the reader of the file
    std::vector<Verdict> verdicts;
    friend bool operator==(const VerdictSession&, const VerdictSession&) = default;
};

// The session as the "parallax-session" JSON object, version 1 (docs/cli.md, "Verdicts").
QJsonObject sessionToJson(const VerdictSession& session);
// Reads what sessionToJson wrote. Entries it cannot read (an unknown status) are skipped, so a
// newer file loses only what this version cannot show. Sets `error` when it is not a session.
VerdictSession sessionFromJson(const QJsonObject& json, QString* error = nullptr);

// Reads the session file at `path`. A missing file is an empty session and no error; a file that
// cannot be read or parsed sets `error` (the caller should then not overwrite it unasked).
VerdictSession loadSession(const QString& path, QString* error = nullptr);

// For tests only: called after the new file is fully written and before it replaces the old one.
// The kill-mid-save test ends the process here.
using BeforeCommitHook = std::function<void()>;

// Writes the session to `path` atomically (QSaveFile): the old file is replaced only once the new
// one is complete and flushed, so a crash or a kill at any moment leaves the previous session
// whole. Creates the folder. Returns an error message for the user, empty on success.
QString saveSession(const QString& path, const VerdictSession& session,
                    const BeforeCommitHook& beforeCommit = {});

} // namespace parallax
