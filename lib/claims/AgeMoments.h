#pragma once

// Internal to lib/claims: whether differing ages of one person are a disagreement. A person's age
// moves with time: "Orozco, 27" when he was sought and "Orozco, 29" at his trial two years later
// are both right, so ages are compared at the moments their articles tell the story from.

#include "claims/Claim.h"
#include "corpus/Document.h"

#include <QStringList>
#include <vector>

namespace parallax::claims {

// The year an article tells its story from: its publication date's (`moment`, ISO, may be empty),
// else the latest year from 1900 on that its text names, as no article names a year after its
// writing save for plans ("a trial set for 2008"), which only make it look later. 0 when neither.
int storyYear(const Document& doc, const QString& moment);

// True when the variants' differing ages are a firm disagreement:
// - all articles dated: only when published within a month of each other;
// - else when they are one year apart: a slip of one outlet is the usual reason (or a birthday
//   between two reports, which a year named for a plan, "elections in 2026", cannot tell);
// - further apart, when every article has a story year (storyYear, by document) and some two
//   differing ages do not differ by their articles' years, give or take one. With no year to
//   tell, ages further apart are as likely told at two moments of a long story.
// `moments` and `years` are by document.
bool agesDisagreeFirmly(const std::vector<ClaimVariant>& variants, const QStringList& moments,
                        const std::vector<int>& years);

} // namespace parallax::claims
