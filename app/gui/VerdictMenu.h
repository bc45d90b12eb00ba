#pragma once

class QMenu;
class QWidget;

namespace parallax::gui {

class VerdictStore;

// The verdict actions for one claim (or one pair), the same wherever they are offered (the claims
// list, the variants, the matrix, the similarity map): Checked, Wrong, Fine (ticked when set;
// choosing the ticked one again clears it, unless it has a note, which only Clear removes), Add or
// Edit Note…, Clear Verdict and Note.
void addClaimVerdictActions(QMenu* menu, VerdictStore* store, int claim, QWidget* dialogParent);
void addPairVerdictActions(QMenu* menu, VerdictStore* store, int pair, QWidget* dialogParent);

// Asks for the note of a claim's (or pair's) verdict in a small dialog; a note without a verdict
// yet marks it Checked.
void editClaimNote(VerdictStore* store, int claim, QWidget* dialogParent);
void editPairNote(VerdictStore* store, int pair, QWidget* dialogParent);

} // namespace parallax::gui
