#pragma once

// One quantity in two units: how much of its dimension's base unit a unit is
// (resources/lexicon/unit-factors.txt), so that "40 miles" meets "64 km" and "nine days" meets
// "three weeks". lib/claims compares such values; lib/numbers never converts what it reads.

#include <QStringView>

#include <optional>

namespace parallax::lexicon {

struct UnitFactor {
    QStringView dimension; // "time", "length" ...
    double factor = 1;     // in the dimension's base unit: "km" is 1000 (metres)
};

// The factor of a canonical unit ("km", "hour", "acre"), or nothing when the unit is not listed.
std::optional<UnitFactor> unitFactor(QStringView canonical);

} // namespace parallax::lexicon
