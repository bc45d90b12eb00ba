#include "corpus/Document.h"

namespace parallax {

QString boilerplateKindName(BoilerplateKind kind) {
    switch (kind) {
    case BoilerplateKind::Metadata:
        return QStringLiteral("metadata");
    case BoilerplateKind::Title:
        return QStringLiteral("title");
    case BoilerplateKind::Dateline:
        return QStringLiteral("dateline");
    case BoilerplateKind::Caption:
        return QStringLiteral("caption");
    case BoilerplateKind::Credit:
        return QStringLiteral("credit");
    case BoilerplateKind::Attribution:
        return QStringLiteral("attribution");
    case BoilerplateKind::Related:
        return QStringLiteral("related");
    case BoilerplateKind::Promotion:
        return QStringLiteral("promotion");
    }
    return {};
}

} // namespace parallax
