#pragma once

#include "verdicts/Verdict.h"

#include <QString>

namespace parallax::gui {

// How a verdict shows beside its claim in the claims list and the matrix: "✓ checked",
// "✗ wrong", "● fine", with "✎" when it has a note; empty without a verdict.
QString verdictMark(const Verdict* verdict);

// The short form at the start of a claim in the narrow claims list, where the end may be cut off:
// "✓", "✗", "●", with "✎" when it has a note; empty without a verdict.
QString verdictSymbol(const Verdict* verdict);

// The verdict and its note for a tooltip (HTML, escaped); empty without a verdict.
QString verdictToolTip(const Verdict* verdict);

// The menu text of each status: "Checked", "Wrong", "Fine".
QString verdictStatusLabel(VerdictStatus status);

} // namespace parallax::gui
