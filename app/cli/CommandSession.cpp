#include "CommandSession.h"

#include "verdicts/SessionLocation.h"

#include <QFileInfo>

namespace parallax::cli {

std::shared_ptr<const VerdictSession> sessionForCommand(CliContext& context, const QString& folder,
                                                        const QString& explicitFile, bool& failed) {
    failed = false;
    const QString path = explicitFile.isEmpty() ? sessionFileForFolder(folder) : explicitFile;
    if (!QFileInfo::exists(path)) {
        if (explicitFile.isEmpty())
            return nullptr;
        context.error(QStringLiteral("%1: no such session file").arg(path));
        failed = true;
        return nullptr;
    }
    QString error;
    auto session = std::make_shared<VerdictSession>(loadSession(path, &error));
    if (!error.isEmpty()) {
        if (explicitFile.isEmpty()) {
            context.warning(QStringLiteral("%1; the verdicts are left out").arg(error));
        } else {
            context.error(error);
            failed = true;
        }
        return nullptr;
    }
    return session;
}

} // namespace parallax::cli
