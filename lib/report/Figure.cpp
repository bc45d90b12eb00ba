#include "report/Figure.h"

namespace parallax {

QString fitText(const QString& text, double width, double pointSize) {
    // 0.6 em is a little over DejaVu Sans' average advance over mixed-case news words (bold
    // included), so a cut text fits its box.
    const int fits = int(width / (pointSize * 0.6));
    if (text.size() <= fits)
        return text;
    if (fits <= 1)
        return QString();
    return text.left(fits - 1).trimmed() + QChar(0x2026);
}

} // namespace parallax
