#include "verdicts/VerdictMatching.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace parallax {
namespace {

using WordSet = QSet<QString>;

WordSet words(const QString& sentence) {
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    const QStringList list = sentence.toCaseFolded().split(separators, Qt::SkipEmptyParts);
    return WordSet(list.begin(), list.end());
}

double jaccard(const WordSet& a, const WordSet& b) {
    if (a.isEmpty() && b.isEmpty())
        return 1;
    const qsizetype shared = WordSet(a).intersect(b).size();
    return double(shared) / double(a.size() + b.size() - shared);
}

// Two sentences are one when most of their words are: a changed number, a fixed typo or a cut
// clause leaves well over this.
constexpr double kSameSentence = 0.6;

double sentenceOverlap(const QStringList& saved, const QStringList& current) {
    if (saved.isEmpty() || current.isEmpty())
        return 0;
    std::vector<WordSet> now;
    for (const QString& s : current)
        now.push_back(words(s));
    int matched = 0;
    for (const QString& s : saved) {
        const WordSet w = words(s);
        for (const WordSet& c : now) {
            if (jaccard(w, c) >= kSameSentence) {
                ++matched;
                break;
            }
        }
    }
    return 2.0 * matched / double(saved.size() + current.size());
}

double valueOverlap(const QStringList& saved, const QStringList& current) {
    const QSet<QString> a(saved.begin(), saved.end());
    const QSet<QString> b(current.begin(), current.end());
    if (a.isEmpty() && b.isEmpty())
        return 0;
    const qsizetype shared = QSet<QString>(a).intersect(b).size();
    return double(shared) / double(a.size() + b.size() - shared);
}

} // namespace

double claimKeySimilarity(const ClaimKey& saved, const ClaimKey& current) {
    const double label = saved.label.compare(current.label, Qt::CaseInsensitive) == 0 ? 1 : 0;
    return 0.35 * label + 0.25 * valueOverlap(saved.values, current.values) +
           0.4 * sentenceOverlap(saved.sentences, current.sentences);
}

VerdictPlacement placeVerdicts(const VerdictSession& session, const std::vector<ClaimKey>& claims,
                               const std::vector<PairKey>& pairs) {
    const size_t n = session.verdicts.size();
    VerdictPlacement p{std::vector<int>(n, -1), std::vector<int>(n, -1), std::vector<int>(claims.size(), -1),
                       std::vector<int>(pairs.size(), -1)};

    // Claims: every candidate above the threshold, best first, each side used once. Greedy is enough:
    // an edit changes a few claims, and the one the user judged stays far closer to itself than to
    // any other claim.
    std::vector<std::tuple<double, int, int>> candidates; // (similarity, verdict, claim)
    for (size_t v = 0; v < n; ++v) {
        if (session.verdicts[v].target != VerdictTarget::Claim)
            continue;
        for (size_t c = 0; c < claims.size(); ++c) {
            const double s = claimKeySimilarity(session.verdicts[v].claim, claims[c]);
            if (s >= kClaimMatchThreshold)
                candidates.emplace_back(s, int(v), int(c));
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const auto& x, const auto& y) { return std::get<0>(x) > std::get<0>(y); });
    for (const auto& [score, v, c] : candidates) {
        if (p.claimOf[size_t(v)] >= 0 || p.verdictOfClaim[size_t(c)] >= 0)
            continue;
        p.claimOf[size_t(v)] = c;
        p.verdictOfClaim[size_t(c)] = v;
    }

    // Pairs: by ids first (the files are the same), then by titles (a file renamed).
    for (const bool byTitle : {false, true}) {
        for (size_t v = 0; v < n; ++v) {
            const Verdict& verdict = session.verdicts[v];
            if (verdict.target != VerdictTarget::Pair || p.pairOf[v] >= 0)
                continue;
            for (size_t q = 0; q < pairs.size(); ++q) {
                if (p.verdictOfPair[q] >= 0)
                    continue;
                const PairKey& k = pairs[q];
                const PairKey& s = verdict.pair;
                const bool same =
                    byTitle ? (!s.titleA.isEmpty() && ((k.titleA == s.titleA && k.titleB == s.titleB) ||
                                                       (k.titleA == s.titleB && k.titleB == s.titleA)))
                            : (k.a == s.a && k.b == s.b);
                if (same) {
                    p.pairOf[v] = int(q);
                    p.verdictOfPair[q] = int(v);
                    break;
                }
            }
        }
    }
    return p;
}

} // namespace parallax
