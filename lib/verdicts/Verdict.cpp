#include "verdicts/Verdict.h"

namespace parallax {

QString verdictTargetName(VerdictTarget target) {
    return target == VerdictTarget::Pair ? QStringLiteral("pair") : QStringLiteral("claim");
}

QString verdictStatusName(VerdictStatus status) {
    switch (status) {
    case VerdictStatus::Checked:
        return QStringLiteral("checked");
    case VerdictStatus::Wrong:
        return QStringLiteral("wrong");
    case VerdictStatus::Fine:
        return QStringLiteral("fine");
    }
    return {};
}

std::optional<VerdictTarget> verdictTargetFromName(const QString& name) {
    if (name == u"claim")
        return VerdictTarget::Claim;
    if (name == u"pair")
        return VerdictTarget::Pair;
    return std::nullopt;
}

std::optional<VerdictStatus> verdictStatusFromName(const QString& name) {
    for (VerdictStatus s : {VerdictStatus::Checked, VerdictStatus::Wrong, VerdictStatus::Fine})
        if (name == verdictStatusName(s))
            return s;
    return std::nullopt;
}

} // namespace parallax
