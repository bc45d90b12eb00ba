#pragma once

#include "verdicts/VerdictMatching.h"
#include "verdicts/VerdictSession.h"

#include "claims/Claim.h"
#include "corpus/Document.h"
#include "reuse/ReuseResult.h"

#include <vector>

namespace parallax {

// A session attached to one analysis: which claim and pair each verdict belongs to, and the edits
// the window makes (set, change, clear). Keeps the keys of the analysis it was attached to, not the
// analysis, so it outlives it safely. Verdicts that match nothing stay in the session.
class VerdictBook {
public:
    VerdictBook() = default;
    explicit VerdictBook(VerdictSession session)
        : session_(std::move(session)) {}

    // Matches the session's verdicts to these claims and pairs (VerdictMatching.h).
    void attach(const std::vector<Claim>& claims, const std::vector<DocumentPair>& pairs,
                const std::vector<Document>& documents);

    const VerdictSession& session() const { return session_; }
    const Verdict* claimVerdict(int claim) const;
    const Verdict* pairVerdict(int pair) const;
    int claimOf(int verdict) const; // the claim a verdict is attached to, or -1
    int pairOf(int verdict) const;
    int unattachedCount() const; // verdicts that match nothing in this analysis

    // Sets (or replaces) the verdict of a claim or pair, keyed by its content now.
    void setClaimVerdict(int claim, VerdictStatus status, const QString& note);
    void setPairVerdict(int pair, VerdictStatus status, const QString& note);
    void clearClaimVerdict(int claim);
    void clearPairVerdict(int pair);

private:
    void place();
    void set(int verdict, int target, Verdict v); // verdict -1: a new one, placed on target
    void erase(int verdict);

    VerdictSession session_;
    std::vector<ClaimKey> claims_;
    std::vector<PairKey> pairs_;
    VerdictPlacement placement_;
};

} // namespace parallax
