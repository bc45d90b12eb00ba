#include "report/Figure.h"

namespace parallax {

QString fitText(const QString& text, double width, double pointSize) {
    // 0.55 em is DejaVu Sans' average advance over mixed-case news words.
    const int fits = int(width / (pointSize * 0.55));
    if (text.size() <= fits)
        return text;
    if (fits <= 1)
        return QString();
    return text.left(fits - 1).trimmed() + QChar(0x2026);
}

} // namespace parallax
