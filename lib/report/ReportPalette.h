#pragma once

#include <QColor>

namespace parallax::reportPalette {

// The report's colours, chosen to survive a black-and-white printer: every colour also comes with
// a word, a line style or a mark, never alone.
inline const QColor ink{0x22, 0x22, 0x22};
inline const QColor muted{0x77, 0x77, 0x77};
inline const QColor rule{0xbb, 0xbb, 0xbb};
inline const QColor shade{0xf2, 0xf2, 0xf2};
inline const QColor similarity{0x1f, 0x4e, 0x79}; // heat map: the more shared, the darker
inline const QColor reprint{0xb0, 0x3a, 0x2e};    // reprints and conflicts
inline const QColor sharedSource{0xd6, 0x8a, 0x00};
inline const QColor updated{0x6c, 0x3d, 0x91};
inline const QColor agreement{0x2e, 0x7d, 0x32};

inline QColor blend(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace parallax::reportPalette
