#include "verdicts/VerdictMatching.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>
#include <tuple>

namespace parallax {
namespace {

using WordSet = QSet<QString>;

WordSet wordSet(const QString& sentence) {
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    const QStringList list = sentence.toCaseFolded().split(separators, Qt::SkipEmptyParts);
    return WordSet(list.begin(), list.end());
}

double jaccard(const WordSet& a, const WordSet& b) {
    if (a.isEmpty() && b.isEmpty())
        return 1;
    const WordSet& small = a.size() <= b.size() ? a : b;
    const WordSet& large = a.size() <= b.size() ? b : a;
    qsizetype shared = 0; // counted in place: QSet::intersect would copy a set per comparison
    for (const QString& w : small)
        shared += large.contains(w);
    return double(shared) / double(a.size() + b.size() - shared);
}

// Two sentences are one when most of their words are: a changed number, a fixed typo or a cut
// clause leaves well over this.
constexpr double kSameSentence = 0.6;

// A key made ready for comparing. Word sets are made once, and only for keys that get as far as
// comparing sentences (most claims are ruled out by label and values first).
struct PreparedKey {
    QString label;
    QSet<QString> values;
    QStringList texts;
    QSet<QString> textSet;
    mutable std::optional<std::vector<WordSet>> sentences;

    const std::vector<WordSet>& words() const {
        if (!sentences) {
            sentences.emplace();
            for (const QString& s : texts)
                sentences->push_back(wordSet(s));
        }
        return *sentences;
    }
};

PreparedKey prepare(const ClaimKey& key) {
    return {key.label.toCaseFolded(), QSet<QString>(key.values.begin(), key.values.end()), key.sentences,
            QSet<QString>(key.sentences.begin(), key.sentences.end()), std::nullopt};
}

double sentenceOverlap(const PreparedKey& saved, const PreparedKey& current) {
    if (saved.texts.isEmpty() || current.texts.isEmpty())
        return 0;
    int matched = 0;
    for (qsizetype i = 0; i < saved.texts.size(); ++i) {
        if (current.textSet.contains(saved.texts[i])) { // unchanged: the common case, and cheap
            ++matched;
            continue;
        }
        const WordSet& w = saved.words()[size_t(i)];
        const auto& now = current.words();
        matched += std::any_of(now.begin(), now.end(),
                               [&](const WordSet& c) { return jaccard(w, c) >= kSameSentence; });
    }
    return 2.0 * matched / double(saved.texts.size() + current.texts.size());
}

double valueOverlap(const QSet<QString>& a, const QSet<QString>& b) {
    if (a.isEmpty() && b.isEmpty())
        return 0;
    const qsizetype shared = QSet<QString>(a).intersect(b).size();
    return double(shared) / double(a.size() + b.size() - shared);
}

constexpr double kLabelWeight = 0.35, kValuesWeight = 0.25, kSentencesWeight = 0.4;

double similarity(const PreparedKey& saved, const PreparedKey& current) {
    const double label = saved.label == current.label ? 1 : 0;
    const double values = valueOverlap(saved.values, current.values);
    // Sentences alone cannot reach the threshold: skip the costly part for a claim that shares
    // neither label nor a value (most of them, in a folder of hundreds of claims).
    if (kLabelWeight * label + kValuesWeight * values + kSentencesWeight < kClaimMatchThreshold)
        return kLabelWeight * label + kValuesWeight * values;
    return kLabelWeight * label + kValuesWeight * values + kSentencesWeight * sentenceOverlap(saved, current);
}

} // namespace

double claimKeySimilarity(const ClaimKey& saved, const ClaimKey& current) {
    return similarity(prepare(saved), prepare(current));
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
    std::vector<PreparedKey> current;
    const bool anyClaimVerdict =
        std::any_of(session.verdicts.begin(), session.verdicts.end(),
                    [](const Verdict& v) { return v.target == VerdictTarget::Claim; });
    if (anyClaimVerdict)
        for (const ClaimKey& key : claims)
            current.push_back(prepare(key));
    for (size_t v = 0; v < n; ++v) {
        if (session.verdicts[v].target != VerdictTarget::Claim)
            continue;
        const PreparedKey saved = prepare(session.verdicts[v].claim);
        for (size_t c = 0; c < claims.size(); ++c) {
            const double s = similarity(saved, current[c]);
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
