#pragma once

#include <QtGlobal>

namespace parallax {

// A half-open range [start, end) of UTF-16 code units in a document's display text. Offsets are in
// UTF-16 units because that is what QString, QTextDocument and JavaScript index by; the JSON format
// (docs/cli.md) uses the same units.
struct Span {
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    bool contains(qsizetype pos) const { return pos >= start && pos < end; }
    bool overlaps(Span other) const { return start < other.end && other.start < end; }
    friend bool operator==(Span, Span) = default;
};

} // namespace parallax
