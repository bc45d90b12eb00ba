#include "reuse/ReuseResult.h"

namespace parallax {

QString relationName(Relation relation) {
    switch (relation) {
    case Relation::Reprint:
        return QStringLiteral("reprint");
    case Relation::SharedSource:
        return QStringLiteral("shared-source");
    case Relation::SameStory:
        return QStringLiteral("same-story");
    case Relation::Unrelated:
        break;
    }
    return QStringLiteral("unrelated");
}

QString matchKindName(MatchKind kind) {
    switch (kind) {
    case MatchKind::Identical:
        return QStringLiteral("identical");
    case MatchKind::NearIdentical:
        return QStringLiteral("near-identical");
    case MatchKind::Paraphrase:
        break;
    }
    return QStringLiteral("paraphrase");
}

QString editOpName(EditOp op) {
    switch (op) {
    case EditOp::Equal:
        return QStringLiteral("equal");
    case EditOp::Insert:
        return QStringLiteral("insert");
    case EditOp::Delete:
        return QStringLiteral("delete");
    case EditOp::Replace:
        break;
    }
    return QStringLiteral("replace");
}

} // namespace parallax
