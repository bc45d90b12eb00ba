#pragma once

#include "claims/Claim.h"

#include <QString>

#include <vector>

namespace parallax {

// A variant's value as printed: its hedge and its number as written ("at least 23", "seven").
QString variantValueText(const ClaimVariant& variant);

// The claim's status in words, "possible" below the firm confidence ("possible conflict").
QString claimStatusText(const Claim& claim);

// The CSS class of that status: "conflict", "updated", "possible", "agree" ...
QString claimStatusClass(const Claim& claim);

// The articles that give one value (value and range end, whatever the hedge or spelling).
struct ValueGroup {
    QString text;          // the spelling most of them use, with its hedge
    std::vector<int> docs; // distinct, ascending
};

// The claim's values, most articles first (ties: the first variant first).
std::vector<ValueGroup> valueGroups(const Claim& claim);

// "550 (4 of 5 articles)", or "no value has a majority (seven in 2; more than eight in 2; 13 in 1)"
// when no value is given by more than half of the claim's articles.
QString majorityText(const Claim& claim);

} // namespace parallax
