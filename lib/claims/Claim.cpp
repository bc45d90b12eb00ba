#include "claims/Claim.h"

namespace parallax {

QString claimStatusName(ClaimStatus status) {
    switch (status) {
    case ClaimStatus::Conflict:
        return QStringLiteral("conflict");
    case ClaimStatus::Updated:
        return QStringLiteral("updated");
    case ClaimStatus::Rounding:
        return QStringLiteral("rounding");
    case ClaimStatus::Qualifier:
        return QStringLiteral("qualifier");
    case ClaimStatus::Formatting:
        return QStringLiteral("formatting");
    case ClaimStatus::Consistent:
        return QStringLiteral("consistent");
    case ClaimStatus::Single:
        return QStringLiteral("single");
    }
    return {};
}

} // namespace parallax
