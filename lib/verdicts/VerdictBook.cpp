#include "verdicts/VerdictBook.h"

#include "verdicts/VerdictKeys.h"

namespace parallax {

void VerdictBook::attach(const std::vector<Claim>& claims, const std::vector<DocumentPair>& pairs,
                         const std::vector<Document>& documents) {
    claims_.clear();
    for (const Claim& c : claims)
        claims_.push_back(claimKey(c, documents));
    pairs_.clear();
    for (const DocumentPair& p : pairs)
        pairs_.push_back(pairKey(p, documents));
    place();
}

void VerdictBook::place() {
    placement_ = placeVerdicts(session_, claims_, pairs_);
}

const Verdict* VerdictBook::claimVerdict(int claim) const {
    if (claim < 0 || size_t(claim) >= placement_.verdictOfClaim.size())
        return nullptr;
    const int v = placement_.verdictOfClaim[size_t(claim)];
    return v < 0 ? nullptr : &session_.verdicts[size_t(v)];
}

const Verdict* VerdictBook::pairVerdict(int pair) const {
    if (pair < 0 || size_t(pair) >= placement_.verdictOfPair.size())
        return nullptr;
    const int v = placement_.verdictOfPair[size_t(pair)];
    return v < 0 ? nullptr : &session_.verdicts[size_t(v)];
}

int VerdictBook::claimOf(int verdict) const {
    return verdict < 0 || size_t(verdict) >= placement_.claimOf.size() ? -1
                                                                       : placement_.claimOf[size_t(verdict)];
}

int VerdictBook::pairOf(int verdict) const {
    return verdict < 0 || size_t(verdict) >= placement_.pairOf.size() ? -1
                                                                      : placement_.pairOf[size_t(verdict)];
}

int VerdictBook::unattachedCount() const {
    int n = 0;
    for (size_t v = 0; v < session_.verdicts.size(); ++v)
        if (placement_.claimOf[v] < 0 && placement_.pairOf[v] < 0)
            ++n;
    return n;
}

void VerdictBook::set(int verdict, int target, Verdict v) {
    v.changed = QDateTime::currentDateTimeUtc();
    if (verdict >= 0) {
        session_.verdicts[size_t(verdict)] = std::move(v);
        return;
    }
    // Placed where the user put it, not re-matched: two claims of equal content are still two.
    const int index = int(session_.verdicts.size());
    const bool claim = v.target == VerdictTarget::Claim;
    session_.verdicts.push_back(std::move(v));
    placement_.claimOf.push_back(-1);
    placement_.pairOf.push_back(-1);
    (claim ? placement_.claimOf : placement_.pairOf).back() = target;
    (claim ? placement_.verdictOfClaim : placement_.verdictOfPair)[size_t(target)] = index;
}

void VerdictBook::erase(int verdict) {
    if (verdict < 0)
        return;
    session_.verdicts.erase(session_.verdicts.begin() + verdict);
    placement_.claimOf.erase(placement_.claimOf.begin() + verdict);
    placement_.pairOf.erase(placement_.pairOf.begin() + verdict);
    for (std::vector<int>* of : {&placement_.verdictOfClaim, &placement_.verdictOfPair}) {
        for (int& v : *of) {
            if (v == verdict)
                v = -1;
            else if (v > verdict)
                --v;
        }
    }
}

void VerdictBook::setClaimVerdict(int claim, VerdictStatus status, const QString& note) {
    if (claim < 0 || size_t(claim) >= claims_.size())
        return;
    Verdict v;
    v.target = VerdictTarget::Claim;
    v.status = status;
    v.note = note;
    v.claim = claims_[size_t(claim)];
    set(placement_.verdictOfClaim[size_t(claim)], claim, std::move(v));
}

void VerdictBook::setPairVerdict(int pair, VerdictStatus status, const QString& note) {
    if (pair < 0 || size_t(pair) >= pairs_.size())
        return;
    Verdict v;
    v.target = VerdictTarget::Pair;
    v.status = status;
    v.note = note;
    v.pair = pairs_[size_t(pair)];
    set(placement_.verdictOfPair[size_t(pair)], pair, std::move(v));
}

void VerdictBook::clearClaimVerdict(int claim) {
    if (claim >= 0 && size_t(claim) < placement_.verdictOfClaim.size())
        erase(placement_.verdictOfClaim[size_t(claim)]);
}

void VerdictBook::clearPairVerdict(int pair) {
    if (pair >= 0 && size_t(pair) < placement_.verdictOfPair.size())
        erase(placement_.verdictOfPair[size_t(pair)]);
}

} // namespace parallax
