#include "claims/ClaimLinks.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace parallax::claims {
namespace {

quint64 sentenceKey(int doc, int sentence) {
    return (quint64(quint32(doc)) << 32) | quint32(sentence);
}

// Document-token range of a fact.
std::pair<int, int> tokensOf(const MentionFacts& f, const Document& doc) {
    const int base = doc.sentences[size_t(f.sentence)].firstToken;
    return {base + f.first, base + f.last};
}

// True when the word diff puts A's words [a0, a1] at B's words [b0, b1]: inside an equal run, or in
// the same replaced run ("eleven" -> "11", "Fourteen" -> "14 of whom").
constexpr int kSmallEdit = 4;

bool alignedInDiff(const std::vector<WordEdit>& edits, std::pair<int, int> a, std::pair<int, int> b) {
    for (const WordEdit& e : edits) {
        const int lo = std::max(a.first, e.firstA);
        const int hi = std::min(a.second, e.firstA + e.countA - 1);
        if (lo > hi)
            continue;
        int m0 = 0;
        int m1 = -1;
        if (e.op == EditOp::Equal) {
            m0 = e.firstB + (lo - e.firstA);
            m1 = e.firstB + (hi - e.firstA);
        } else if (e.op == EditOp::Replace && e.countA <= kSmallEdit && e.countB <= kSmallEdit) {
            // A small replacement is one thing said another way ("eleven" -> "11", "Fourteen" ->
            // "14 of whom"); inside a long one, as in a paraphrase, any two numbers would overlap.
            m0 = e.firstB;
            m1 = e.firstB + e.countB - 1;
        }
        if (m0 <= m1 && m0 <= b.second && b.first <= m1)
            return true;
    }
    return false;
}

bool bothSaid(const QString& a, const QString& b) {
    return !a.isEmpty() && !b.isEmpty();
}

} // namespace

bool sameUnit(const MentionFacts& a, const MentionFacts& b) {
    return a.unitKey == b.unitKey || (!a.convertedUnitKey.isEmpty() && a.convertedUnitKey == b.unitKey) ||
           (!b.convertedUnitKey.isEmpty() && b.convertedUnitKey == a.unitKey);
}

std::optional<LinkEvidence> sharedFeatures(const MentionFacts& a, const MentionFacts& b) {
    if (a.kindKey != b.kindKey || a.occasion != b.occasion)
        return std::nullopt;
    if (bothSaid(a.unitKey, b.unitKey) && !sameUnit(a, b))
        return std::nullopt;
    if (bothSaid(a.event, b.event) && a.event != b.event)
        return std::nullopt;
    if (bothSaid(a.agent, b.agent) && a.agent != b.agent)
        return std::nullopt;
    LinkEvidence e;
    if (bothSaid(a.unitKey, b.unitKey))
        e.add(LinkFeature::SameUnit);
    if (bothSaid(a.event, b.event))
        e.add(LinkFeature::SameEvent);
    else if (a.event.isEmpty() != b.event.isEmpty())
        e.add(LinkFeature::OneVerbMissing);
    else if (bothSaid(a.unitKey, b.unitKey))
        e.add(LinkFeature::BothVerbless);
    if (e.has(LinkFeature::SameUnit) && e.has(LinkFeature::SameEvent))
        e.add(LinkFeature::UnitAndEvent);
    if (bothSaid(a.agent, b.agent))
        e.add(LinkFeature::SameSubject);
    if (!a.occasion.isEmpty())
        e.add(LinkFeature::SameOccasion);
    return e;
}

FactIndex::FactIndex(const std::vector<MentionFacts>& facts) {
    for (int i = 0; i < int(facts.size()); ++i) {
        auto& r = ranges_[sentenceKey(facts[size_t(i)].doc, facts[size_t(i)].sentence)];
        if (r.second == 0)
            r.first = i;
        r.second = i + 1;
    }
}

std::pair<int, int> FactIndex::range(int doc, int sentence) const {
    return ranges_.value(sentenceKey(doc, sentence), {0, 0});
}

std::vector<ClaimLink> matchedSentenceLinks(const std::vector<MentionFacts>& facts, const FactIndex& index,
                                            const std::vector<Document>& docs, const ReuseResult& reuse) {
    std::vector<ClaimLink> links;
    struct Candidate {
        int a, b;
        LinkEvidence evidence;
        double score;
    };
    // Reused across matches: a one-story folder of 1,000 articles has three million of them.
    std::vector<int> as, bs, used;
    std::vector<Candidate> candidates;
    for (const SentenceMatch& m : reuse.matches) {
        as.clear();
        bs.clear();
        for (int s = m.firstA; s < m.firstA + m.countA; ++s)
            for (auto [i, end] = index.range(m.docA, s); i < end; ++i)
                as.push_back(i);
        for (int s = m.firstB; s < m.firstB + m.countB; ++s)
            for (auto [i, end] = index.range(m.docB, s); i < end; ++i)
                bs.push_back(i);
        if (as.empty() || bs.empty())
            continue;
        candidates.clear();
        for (int a : as)
            for (int b : bs) {
                const MentionFacts& fa = facts[size_t(a)];
                const MentionFacts& fb = facts[size_t(b)];
                std::optional<LinkEvidence> e = sharedFeatures(fa, fb);
                if (!e)
                    continue;
                e->add(m.kind == MatchKind::Paraphrase ? LinkFeature::ParaphraseMatch
                                                       : LinkFeature::MatchedSentence);
                if (alignedInDiff(m.edits, tokensOf(fa, docs[size_t(fa.doc)]),
                                  tokensOf(fb, docs[size_t(fb.doc)])))
                    e->add(LinkFeature::AlignedInDiff);
                // Matched sentences hold many numbers: one that is neither at the same place
                // of the diff nor shares a unit, event or occasion is no counterpart.
                if (!e->has(LinkFeature::AlignedInDiff) && !e->has(LinkFeature::SameUnit) &&
                    !e->has(LinkFeature::SameEvent) && !e->has(LinkFeature::SameOccasion))
                    continue;
                candidates.push_back({a, b, *e, linkScore(*e) + m.score});
            }
        // One to one, best evidence first; ties in reading order.
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const Candidate& x, const Candidate& y) { return x.score > y.score; });
        used.clear(); // a sentence's few numbers: a list is cheaper than a set
        auto isUsed = [&used](int i) { return std::find(used.begin(), used.end(), i) != used.end(); };
        for (const Candidate& c : candidates) {
            if (isUsed(c.a) || isUsed(c.b))
                continue;
            used.push_back(c.a);
            used.push_back(c.b);
            links.push_back({c.a, c.b, c.evidence, 0});
        }
    }
    return links;
}

std::vector<ClaimLink> sameMeasureLinks(const std::vector<MentionFacts>& facts, int documentCount,
                                        const ReuseResult& reuse, const PlaceLinks& places) {
    // Each document with itself and the documents the reuse stage relates it to.
    std::vector<std::vector<int>> related(static_cast<size_t>(documentCount));
    for (int d = 0; d < documentCount; ++d)
        related[size_t(d)].push_back(d);
    for (const DocumentPair& p : reuse.pairs)
        if (p.relation != Relation::Unrelated && p.a < documentCount && p.b < documentCount && p.a != p.b) {
            related[size_t(p.a)].push_back(p.b);
            related[size_t(p.b)].push_back(p.a);
        }
    // Facts that could be one measure, by document: kind, unit, occasion. A fact with a bracketed
    // conversion ("400km (250 miles)") is in the bucket of either unit. Each (kind, unit, occasion)
    // is numbered once, so the lookup per fact and related document is of a number: a one-story
    // folder asks for it twenty million times.
    QHash<QString, quint32> measures;
    auto measureOf = [&measures](const MentionFacts& f, const QString& unit) {
        const QString key = f.kindKey + u'\x1f' + unit + u'\x1f' + f.occasion;
        auto it = measures.constFind(key);
        if (it == measures.constEnd())
            it = measures.insert(key, quint32(measures.size()));
        return quint64(it.value());
    };
    std::vector<quint64> measureOfUnit(facts.size(), ~quint64(0)),
        measureOfConverted(facts.size(), ~quint64(0));
    for (std::size_t i = 0; i < facts.size(); ++i) {
        const MentionFacts& f = facts[i];
        if (!f.unitKey.isEmpty())
            measureOfUnit[i] = measureOf(f, f.unitKey);
        if (!f.convertedUnitKey.isEmpty())
            measureOfConverted[i] = measureOf(f, f.convertedUnitKey);
    }
    auto bucketKey = [](int doc, quint64 measure) { return quint64(quint32(doc)) << 32 | measure; };
    QHash<quint64, std::vector<int>> buckets;
    for (int i = 0; i < int(facts.size()); ++i) {
        const MentionFacts& f = facts[size_t(i)];
        if (f.unitKey.isEmpty()) // "what is measured" unknown: only a matched sentence places it
            continue;
        buckets[bucketKey(f.doc, measureOfUnit[size_t(i)])].push_back(i);
        if (!f.convertedUnitKey.isEmpty() && f.convertedUnitKey != f.unitKey)
            buckets[bucketKey(f.doc, measureOfConverted[size_t(i)])].push_back(i);
    }
    // An article that gives hundreds of numbers of one unit is a table, not prose: its numbers are
    // compared only where the reuse stage matched their sentences. Without this bound a pasted table
    // of 20,000 numbers asks for 20,000 x 40,000 comparisons.
    for (auto it = buckets.begin(); it != buckets.end();)
        it = it->size() > kMaxMentionsOfOneUnit ? buckets.erase(it) : std::next(it);

    std::vector<ClaimLink> links;
    std::vector<int> candidates;
    for (int i = 0; i < int(facts.size()); ++i) {
        const MentionFacts& a = facts[size_t(i)];
        if (a.unitKey.isEmpty())
            continue;
        candidates.clear();
        for (int d : related[size_t(a.doc)])
            for (const quint64 measure : {measureOfUnit[size_t(i)], measureOfConverted[size_t(i)]}) {
                if (measure == ~quint64(0))
                    continue;
                const auto it = buckets.constFind(bucketKey(d, measure));
                if (it != buckets.constEnd())
                    candidates.insert(candidates.end(), it->begin(), it->end());
            }
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        // "people" with no verb says nothing of what happened to them ("a city of 3 million
        // people", "20,000 people marched"): only a matched sentence places such a number.
        const bool people = a.unitKey == u"people";
        // A missing head is filled in for durations and shares, where the head is what is
        // measured and a story rarely has two of one unit; a missing verb of a count is not:
        // "Ukraine builds 4,000 drones a month" is no version of "Russia launched 550 drones".
        const bool byHead = isDurationUnit(a.unitKey) || a.kindKey == u"percent";
        QSet<QString> offered;
        if (a.event.isEmpty() && byHead)
            for (int j : candidates)
                if (!facts[size_t(j)].event.isEmpty() && placesCompatible(a, facts[size_t(j)], places))
                    offered.insert(facts[size_t(j)].event);
        for (int j : candidates) {
            if (j == i)
                continue;
            const MentionFacts& b = facts[size_t(j)];
            if ((a.doc == b.doc && a.sentence == b.sentence) || !placesCompatible(a, b, places) ||
                (bothSaid(a.agent, b.agent) && a.agent != b.agent))
                continue;
            const bool filledIn = a.event.isEmpty() && !b.event.isEmpty() && offered.size() == 1;
            if (a.event.isEmpty() != b.event.isEmpty() && !filledIn)
                continue; // a count's missing verb is never guessed
            if (a.event.isEmpty() && b.event.isEmpty() && people)
                continue;
            if (j < i && !filledIn)
                continue; // symmetric evidence once per pair
            std::optional<LinkEvidence> e = sharedFeatures(a, b);
            if (!e)
                continue;
            if (filledIn) {
                e->features &= ~quint32(LinkFeature::OneVerbMissing);
                e->add(LinkFeature::EventFilledIn);
            }
            // Places named in both sentences are evidence; an article's default is not.
            if (!a.articlePlaces && !b.articlePlaces && !a.places.isEmpty() && !b.places.isEmpty())
                e->add(LinkFeature::SamePlace);
            links.push_back({i, j, *e, 0});
        }
    }
    return links;
}

bool placesCompatible(const MentionFacts& a, const MentionFacts& b, const PlaceLinks& places) {
    return places.compatible(a.places, b.places);
}

} // namespace parallax::claims
