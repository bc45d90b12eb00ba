#pragma once

#include "align/Alignment.h"
#include "text/Span.h"

#include <QString>

#include <vector>

namespace parallax::gui {

// What the aligned panes draw, and nothing else: rows of cells, each a span of one article's
// display text with marks on it. Built from an Analysis by buildPaneModel(); the view never looks
// at the engine's types beyond this, so it can be tested and profiled on its own.

enum class MarkKind {
    WordChange,       // words this cell has and the row's base cell does not (or has other ones)
    NumberConflict,   // a number of a claim whose articles give different values
    NumberUpdated,    // a number of a claim whose value changed over time ("rose to 130")
    NumberPossible,   // a number of a disagreement the engine is not sure is one fact
    NumberQualifier,  // same value, different hedge ("more than 550" vs "550"), or rounded differently
    NumberFormatting, // same value written differently ("eleven" vs "11")
    NumberAgrees,     // a number every article gives alike
    NumberSingle,     // a number only one article gives: clickable, not marked
    SearchHit,        // a match of Find
};

struct CellMark {
    Span span; // offsets into the document's display text
    MarkKind kind = MarkKind::WordChange;
    int claim = -1;  // index into the claims of the analysis, for number marks
    QString tooltip; // e.g. "people injured: 23 (4 articles), 26 (001_…)"
};

struct PaneCell {
    int document = -1;      // index into Corpus::documents; -1 for a gap
    Span span;              // the text shown: one sentence, a split/merged run, or a boilerplate span
    int firstSentence = -1; // Document::sentences shown, [first, first + count); -1 for boilerplate
    int sentenceCount = 0;
    std::vector<CellMark> marks;
    bool moved = false; // this sentence's counterparts are on another row (counterpartRow)
    int counterpartRow = -1;
    // A folded run: `sentenceCount` sentences only this article has, shown as one strip with this
    // summary ("Only in Reuters: 6 sentences") until the reader opens it.
    QString foldSummary;

    bool isFolded() const { return !foldSummary.isEmpty(); }

    bool isGap() const { return document < 0; }
};

struct PaneRow {
    std::vector<PaneCell> cells; // one per column
    RowKind kind = RowKind::Unique;
    bool boilerplate = false;   // a caption, credit or metadata line, shown greyed
    bool hasConflict = false;   // holds a number of a conflicting claim
    bool hasDifference = false; // word changes or numbers that differ: what "next difference" visits
};

// What a pane's header shows, and the article's text its cells are spans of.
struct PaneColumn {
    QString title;
    QString detail;  // "Guardian · 2025-07-04 14:05", the file name when nothing better is known
    QString tooltip; // rich text
    QString text;    // Document::text, shared (QString is implicitly shared: no copy)
};

struct PaneModel {
    std::vector<int> documents;      // column -> document index
    std::vector<PaneColumn> columns; // one per entry of `documents`
    std::vector<PaneRow> rows;

    int rowOfSentence(int document, int sentence) const; // -1 when not shown
};

} // namespace parallax::gui
