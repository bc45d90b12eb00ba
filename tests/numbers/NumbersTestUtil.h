#pragma once

// Small helpers for the number tests: pick a mention by its text, print a mention when a test
// fails.

#include "numbers/NumberExtractor.h"

#include <QString>

#include <gtest/gtest.h>

#include <ostream>
#include <sstream>
#include <vector>

// Readable QString values in failure messages.
inline void PrintTo(const QString& s, std::ostream* os) {
    *os << '"' << s.toStdString() << '"';
}

namespace parallax {

inline std::ostream& operator<<(std::ostream& os, const NumberMention& m) {
    os << '"' << m.text.toStdString() << "\" value=" << m.value;
    if (m.rangeEnd)
        os << ".." << *m.rangeEnd;
    os << " kind=" << numberKindName(m.kind).toStdString()
       << " qualifier=" << numberQualifierName(m.qualifier).toStdString() << " unit=" << m.unit.toStdString()
       << (m.implicitUnit ? "(implicit)" : "") << " head=" << m.head.toStdString()
       << " predicate=" << m.predicate.toStdString();
    return os;
}

} // namespace parallax

namespace parallax::test {

inline std::string describe(const std::vector<NumberMention>& mentions) {
    std::string s;
    for (const NumberMention& m : mentions) {
        std::ostringstream os;
        os << "\n  " << m;
        s += os.str();
    }
    return s.empty() ? std::string("\n  (no mentions)") : s;
}

// The mentions of text, with their descriptions kept for failure messages.
struct Extracted {
    QString text;
    std::vector<NumberMention> mentions;

    explicit Extracted(const QString& s)
        : text(s)
        , mentions(extractNumbers(s)) {}

    // The mention whose text is exactly surface; fails the test and returns an empty mention when
    // there is none.
    NumberMention at(const QString& surface) const {
        for (const NumberMention& m : mentions)
            if (m.text == surface)
                return m;
        ADD_FAILURE() << "no mention \"" << surface.toStdString() << "\" in \"" << text.toStdString() << "\""
                      << describe(mentions);
        return {};
    }

    bool has(const QString& surface) const {
        for (const NumberMention& m : mentions)
            if (m.text == surface)
                return true;
        return false;
    }

    std::vector<double> values() const {
        std::vector<double> v;
        for (const NumberMention& m : mentions)
            v.push_back(m.value);
        return v;
    }

    std::string dump() const { return describe(mentions); }
};

// Extracted mentions of a single number: fails unless there is exactly one.
inline NumberMention only(const QString& s) {
    const Extracted e(s);
    if (e.mentions.size() != 1) {
        ADD_FAILURE() << "expected one mention in \"" << s.toStdString() << "\"" << e.dump();
        return {};
    }
    return e.mentions.front();
}

} // namespace parallax::test
