#pragma once

#include "verdicts/Verdict.h"

#include <QString>

namespace parallax {

// A verdict as the report prints it beside its claim: "<b>Your verdict: wrong</b> — the note",
// escaped, coloured by the verdict (checked and fine green, wrong red).
QString verdictHtml(const Verdict& verdict);

// The verdict in words for a table cell: "checked", "wrong", "fine".
QString verdictWord(VerdictStatus status);

} // namespace parallax
