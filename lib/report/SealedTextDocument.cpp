#include "report/SealedTextDocument.h"

namespace parallax {

QVariant SealedTextDocument::loadResource(int, const QUrl&) {
    return {};
}

} // namespace parallax
