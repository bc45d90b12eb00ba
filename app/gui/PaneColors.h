#pragma once

#include "ClaimViews.h"
#include "PaneModel.h"

#include <QColor>
#include <QPalette>
#include <QTextCharFormat>

namespace parallax::gui {

// The colours of the panes, derived from the palette so light and dark themes both read well:
// tints are the base colour blended towards a hue, never fixed light colours.
struct PaneColors {
    explicit PaneColors(const QPalette& palette);

    QColor rowTint(RowKind kind) const;
    QTextCharFormat markFormat(MarkKind kind) const;
    QColor claimColor(ClaimState state) const; // the dot of a claim of this state, its numbers' colour

    QColor base, text, greyText, gridLine, currentRow, gapHatch, movedBorder, selectedClaim;
    QColor identical, nearIdentical, paraphrase, sharedFact, relatedNumbers;
    QColor conflict, updated, possible, qualifier, formatting, agrees, wordChange, searchHit;
};

QColor blend(const QColor& from, const QColor& to, double amount);

} // namespace parallax::gui
