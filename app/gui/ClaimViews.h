#pragma once

#include "text/Span.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace parallax::gui {

// A claim as the window shows it, adapted once from the engine's claims (see
// ClaimViewsFromAnalysis.cpp) so the panels and panes share one simple shape.
// Conflict and Updated are firm disagreements; Possible is a disagreement the engine is not sure is
// one fact (low confidence): drawn muted, never red. Rounding is one value rounded differently.
enum class ClaimState { Conflict, Updated, Possible, Rounding, Qualifier, Formatting, Consistent, Single };

QString claimStateName(ClaimState state);  // "conflict", "qualifier", ... (the JSON spelling)
QString claimStateLabel(ClaimState state); // "Conflict", "Different hedge", ... for people

struct ClaimVariantView {
    int document = -1;
    int sentence = -1;
    Span span;          // the number, in the document's display text
    Span qualifierSpan; // its hedge ("more than"), empty when none
    QString text;       // the number as written
    QString qualifier;  // the hedge as written
    double value = 0;
};

struct ClaimView {
    QString id;    // "c1"
    QString label; // "people injured"
    ClaimState state = ClaimState::Single;
    double confidence = 1; // 0..1: how sure the engine is that the variants are one fact
    QStringList evidence;  // why they were joined: "counted noun 'seats'", "matched sentence" ...
    std::vector<ClaimVariantView> variants;

    QString valueSummary() const; // "23 ×4 · 26" : each value and how many articles give it
};

} // namespace parallax::gui
