#include "claims/ClaimLinks.h"

#include "claims/Attribution.h"

#include "util/ParallelFor.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace parallax::claims {
namespace {

// Document-token range of a fact.
std::pair<int, int> tokensOf(const MentionFacts& f, const Document& doc) {
    const int base = doc.sentences[size_t(f.sentence)].firstToken;
    return {base + f.first, base + f.last};
}

// True when the word diff puts A's words [a0, a1] at B's words [b0, b1]: inside an equal run, or in
// the same replaced run ("eleven" -> "11", "Fourteen" -> "14 of whom").
constexpr int kSmallEdit = 4;

bool alignedInDiff(std::span<const WordEdit> edits, std::pair<int, int> a, std::pair<int, int> b) {
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

// Slices of work for the cores: one for a small folder, so nothing is spawned for it.
size_t sliceCount(size_t items) {
    constexpr size_t kItemsPerSlice = 4096;
    return std::clamp<size_t>(items / kItemsPerSlice, 1, 64);
}

std::vector<ClaimLink> joined(std::vector<std::vector<ClaimLink>>& slices) {
    if (slices.size() == 1)
        return std::move(slices.front());
    size_t total = 0;
    for (const auto& s : slices)
        total += s.size();
    std::vector<ClaimLink> out;
    out.reserve(total);
    for (auto& s : slices)
        out.insert(out.end(), s.begin(), s.end());
    return out;
}

bool bothSaid(const QString& a, const QString& b) {
    return !a.isEmpty() && !b.isEmpty();
}

} // namespace

RelatedArticles closestRelated(int documentCount, const ReuseResult& reuse) {
    RelatedArticles out;
    const size_t n = size_t(documentCount);
    out.trimmed.assign(n, 0);
    // What ranks a pair, copied out of it: the heaps below compare often, and a pointer into
    // millions of pairs would miss the cache each time.
    struct Ranked {
        int sharedSentences;
        double resemblance;
        int a, b;
    };
    // Closest first: most shared sentences, then most shared wording. The order is total, so which
    // are kept does not depend on the order the pairs come in.
    auto closer = [](const Ranked& x, const Ranked& y) {
        if (x.sharedSentences != y.sharedSentences)
            return x.sharedSentences > y.sharedSentences;
        if (x.resemblance != y.resemblance)
            return x.resemblance > y.resemblance;
        return std::pair(x.a, x.b) < std::pair(y.a, y.b);
    };
    // Each document's closest kMaxRelatedArticles pairs as a heap with the farthest on top: a story
    // told a thousand times has millions of pairs, and most are farther than all of those kept.
    std::vector<std::vector<Ranked>> closest(n);
    auto offer = [&](size_t d, const Ranked& p) {
        std::vector<Ranked>& heap = closest[d];
        if (heap.size() < kMaxRelatedArticles) {
            heap.push_back(p);
            std::push_heap(heap.begin(), heap.end(), closer);
            return;
        }
        out.trimmed[d] = 1;
        if (!closer(p, heap.front()))
            return;
        std::pop_heap(heap.begin(), heap.end(), closer);
        heap.back() = p;
        std::push_heap(heap.begin(), heap.end(), closer);
    };
    for (const DocumentPair& p : reuse.pairs)
        if (p.relation != Relation::Unrelated && p.a >= 0 && p.b >= 0 && p.a < documentCount &&
            p.b < documentCount && p.a != p.b) {
            const Ranked r{p.sharedSentences, p.resemblance, p.a, p.b};
            offer(size_t(p.a), r);
            offer(size_t(p.b), r);
        }
    std::vector<std::vector<int>> related(n);
    for (size_t d = 0; d < n; ++d) {
        related[d].push_back(int(d));
        for (const Ranked& p : closest[d]) {
            const int other = p.a == int(d) ? p.b : p.a;
            related[d].push_back(other);
            related[size_t(other)].push_back(int(d));
        }
    }
    for (std::vector<int>& r : related) {
        std::sort(r.begin(), r.end());
        r.erase(std::unique(r.begin(), r.end()), r.end());
    }
    out.near = std::move(related);
    return out;
}

bool RelatedArticles::compared(int a, int b) const {
    if (a < 0 || b < 0 || size_t(a) >= near.size() || size_t(b) >= near.size())
        return false;
    if (!trimmed[size_t(a)] && !trimmed[size_t(b)])
        return true;
    return std::binary_search(near[size_t(a)].begin(), near[size_t(a)].end(), b);
}

bool sameUnit(const MentionFacts& a, const MentionFacts& b) {
    return a.unitKey == b.unitKey || (!a.convertedUnitKey.isEmpty() && a.convertedUnitKey == b.unitKey) ||
           (!b.convertedUnitKey.isEmpty() && b.convertedUnitKey == a.unitKey);
}

bool oneDimension(const MentionFacts& a, const MentionFacts& b) {
    if (a.dimensionKey.isEmpty() || a.dimensionKey != b.dimensionKey || a.unitKey == b.unitKey)
        return false;
    // Two reports of one span or distance, even disagreeing, are of one order: "nine days" may
    // be "three weeks", never "40 years". One unit says the scale already; two units must show it.
    const double x = std::abs(a.mention->value) * a.dimensionFactor;
    const double y = std::abs(b.mention->value) * b.dimensionFactor;
    return x > 0 && y > 0 && std::max(x, y) <= kOtherUnitRatio * std::min(x, y);
}

bool oneKindOfThing(const MentionFacts& a, const MentionFacts& b) {
    return lexicon::nameOneKind(a.unitSenses, b.unitSenses);
}

std::optional<LinkEvidence> sharedFeatures(const MentionFacts& a, const MentionFacts& b) {
    if (a.kindKey != b.kindKey || a.occasion != b.occasion)
        return std::nullopt;
    const bool unitsSaid = bothSaid(a.unitKey, b.unitKey);
    const bool oneUnit = unitsSaid && sameUnit(a, b);
    const bool kindOfUnit = unitsSaid && !oneUnit && oneKindOfThing(a, b);
    const bool otherUnit = unitsSaid && !oneUnit && !kindOfUnit && oneDimension(a, b);
    if (unitsSaid && !oneUnit && !kindOfUnit && !otherUnit)
        return std::nullopt;
    if (bothSaid(a.event, b.event) && a.event != b.event)
        return std::nullopt;
    if ((bothSaid(a.agent, b.agent) && a.agent != b.agent) ||
        (bothSaid(a.givenName, b.givenName) && a.givenName != b.givenName))
        return std::nullopt;
    if (otherSourcesEstimates(a, b)) // the police's count and the organisers'
        return std::nullopt;
    LinkEvidence e;
    if (unitsSaid)
        e.add(kindOfUnit  ? LinkFeature::OneKindUnit
              : otherUnit ? LinkFeature::OneDimension
                          : LinkFeature::SameUnit);
    if (bothSaid(a.event, b.event))
        e.add(LinkFeature::SameEvent);
    else if (a.event.isEmpty() != b.event.isEmpty())
        e.add(LinkFeature::OneVerbMissing);
    else if (unitsSaid)
        e.add(LinkFeature::BothVerbless);
    if (unitsSaid && e.has(LinkFeature::SameEvent))
        e.add(LinkFeature::UnitAndEvent);
    if (bothSaid(a.agent, b.agent))
        e.add(LinkFeature::SameSubject);
    // "a 10-metre dhow", "a 24- to 30-foot dhow": a measure names no verb (MentionFacts.cpp,
    // readEvent), but the thing it measures, when both name it alike, says they are one.
    if (a.event.isEmpty() && b.event.isEmpty() && a.mention->kind == NumberMention::Kind::Measure &&
        b.mention->kind == NumberMention::Kind::Measure && !a.headText.isEmpty() &&
        a.headText.compare(b.headText, Qt::CaseInsensitive) == 0)
        e.add(LinkFeature::SameMeasured);
    if (!a.occasion.isEmpty())
        e.add(LinkFeature::SameOccasion);
    return e;
}

FactIndex::FactIndex(const std::vector<MentionFacts>& facts) {
    for (int i = 0; i < int(facts.size()); ++i) {
        const MentionFacts& f = facts[size_t(i)];
        if (f.doc < 0 || f.sentence < 0) // a headline stands above the sentences
            continue;
        if (size_t(f.doc) >= ranges_.size())
            ranges_.resize(size_t(f.doc) + 1);
        std::vector<std::pair<int, int>>& doc = ranges_[size_t(f.doc)];
        if (size_t(f.sentence) >= doc.size())
            doc.resize(size_t(f.sentence) + 1, {0, 0});
        auto& r = doc[size_t(f.sentence)];
        if (r.second == 0)
            r.first = i;
        r.second = i + 1;
    }
}

std::pair<int, int> FactIndex::range(int doc, int sentence) const {
    if (doc < 0 || sentence < 0 || size_t(doc) >= ranges_.size() ||
        size_t(sentence) >= ranges_[size_t(doc)].size())
        return {0, 0};
    return ranges_[size_t(doc)][size_t(sentence)];
}

std::vector<ClaimLink> matchedSentenceLinks(const std::vector<MentionFacts>& facts,
                                            const std::vector<FactCode>& codes, const FactIndex& index,
                                            const std::vector<Document>& docs, const ReuseResult& reuse,
                                            const RelatedArticles& related) {
    struct Candidate {
        int a, b;
        LinkEvidence evidence;
        double score;
        int order; // ties keep reading order
    };
    // A story told a thousand times has millions of matches: they are read in slices on every
    // core, each slice's links kept in match order, so the result does not depend on the threads.
    std::vector<std::vector<ClaimLink>> slices(sliceCount(reuse.matches.size()));
    const std::atomic_bool never{false};
    parallelFor(slices.size(), never, [&](size_t slice) {
        std::vector<ClaimLink>& links = slices[slice];
        std::vector<int> as;
        std::vector<int> bs;
        std::vector<Candidate> candidates;
        std::vector<int> used;
        const size_t first = reuse.matches.size() * slice / slices.size();
        const size_t end = reuse.matches.size() * (slice + 1) / slices.size();
        for (size_t k = first; k < end; ++k) {
            const SentenceMatch& m = reuse.matches[k];
            as.clear();
            bs.clear();
            for (int s = m.firstA; s < m.firstA + m.countA; ++s)
                for (auto [i, end] = index.range(m.docA, s); i < end; ++i)
                    as.push_back(i);
            for (int s = m.firstB; s < m.firstB + m.countB; ++s)
                for (auto [i, end] = index.range(m.docB, s); i < end; ++i)
                    bs.push_back(i);
            // Most matched sentences hold no number: that is known before the related articles
            // are searched.
            if (as.empty() || bs.empty() || !related.compared(m.docA, m.docB))
                continue;
            candidates.clear();
            for (int a : as)
                for (int b : bs) {
                    if (ruledOut(codes[size_t(a)], codes[size_t(b)]))
                        continue;
                    const MentionFacts& fa = facts[size_t(a)];
                    const MentionFacts& fb = facts[size_t(b)];
                    std::optional<LinkEvidence> e = sharedFeatures(fa, fb);
                    if (!e)
                        continue;
                    e->add(m.kind == MatchKind::Paraphrase ? LinkFeature::ParaphraseMatch
                                                           : LinkFeature::MatchedSentence);
                    if (alignedInDiff(reuse.editsOf(m), tokensOf(fa, docs[size_t(fa.doc)]),
                                      tokensOf(fb, docs[size_t(fb.doc)])))
                        e->add(LinkFeature::AlignedInDiff);
                    // Matched sentences hold many numbers: one that is neither at the same place
                    // of the diff nor shares a unit, event or occasion is no counterpart.
                    if (!e->has(LinkFeature::AlignedInDiff) && !e->has(LinkFeature::SameUnit) &&
                        !e->has(LinkFeature::OneKindUnit) && !e->has(LinkFeature::OneDimension) &&
                        !e->has(LinkFeature::SameEvent) && !e->has(LinkFeature::SameOccasion))
                        continue;
                    candidates.push_back({a, b, *e, linkScore(*e) + m.score, int(candidates.size())});
                }
            // One to one, best evidence first; ties in reading order. Not std::stable_sort: it
            // takes a buffer from the heap for each of millions of matches.
            std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
                return x.score != y.score ? x.score > y.score : x.order < y.order;
            });
            used.clear();
            for (const Candidate& c : candidates) {
                if (std::find(used.begin(), used.end(), c.a) != used.end() ||
                    std::find(used.begin(), used.end(), c.b) != used.end())
                    continue;
                used.push_back(c.a);
                used.push_back(c.b);
                links.push_back({c.a, c.b, c.evidence, 0});
            }
        }
    });
    return joined(slices);
}

std::vector<ClaimLink> sameMeasureLinks(const std::vector<MentionFacts>& facts,
                                        const std::vector<FactCode>& codes, const RelatedArticles& articles,
                                        const PlaceIds& places) {
    const std::vector<std::vector<int>>& related = articles.near;
    // Facts that could be one measure share a key: kind, unit, occasion. A fact with a bracketed
    // conversion ("400km (250 miles)") has the key of either unit; a counted noun also has keys of
    // its senses ("sense:N") and of the kinds those are ("kind:N"), so that it meets the nouns
    // sharing a sense, its kind, and the kinds of it. Keys are interned: a story of thousands of
    // related articles asks for millions of lookups.
    QHash<QString, int> keyIds;
    auto keyId = [&](const MentionFacts& f, const QString& unit) {
        const QString key = f.kindKey + u'\x1f' + unit + u'\x1f' + f.occasion;
        return *keyIds.insert(key, keyIds.value(key, int(keyIds.size())));
    };
    auto senseKey = [](quint32 synset) { return QStringLiteral("sense:") + QString::number(synset); };
    auto kindKey = [](quint32 synset) { return QStringLiteral("kind:") + QString::number(synset); };
    std::vector<std::vector<int>> ownKeys(facts.size());    // the keys a fact is found under
    std::vector<std::vector<int>> soughtKeys(facts.size()); // the keys a fact looks under
    // Per key, its facts as (document, fact), sorted: found by binary search, never hashed.
    std::vector<std::vector<std::pair<int, int>>> holders;
    for (int i = 0; i < int(facts.size()); ++i) {
        const MentionFacts& f = facts[size_t(i)];
        if (f.unitKey.isEmpty()) // "what is measured" unknown: only a matched sentence places it
            continue;
        std::vector<int>& own = ownKeys[size_t(i)];
        std::vector<int>& sought = soughtKeys[size_t(i)];
        own.push_back(keyId(f, f.unitKey));
        if (!f.convertedUnitKey.isEmpty() && f.convertedUnitKey != f.unitKey)
            own.push_back(keyId(f, f.convertedUnitKey));
        if (!f.dimensionKey.isEmpty()) // "nine days" meets "three weeks"
            own.push_back(keyId(f, QStringLiteral("dimension:") + f.dimensionKey));
        sought = own;
        for (quint32 synset : f.unitSenses.own) {
            own.push_back(keyId(f, senseKey(synset)));
            sought.push_back(own.back());
            sought.push_back(keyId(f, kindKey(synset)));
        }
        for (quint32 synset : f.unitSenses.broader) {
            own.push_back(keyId(f, kindKey(synset)));
            sought.push_back(keyId(f, senseKey(synset)));
        }
        for (quint32 synset : f.unitSenses.compoundHead) // "speedboats" meets "boats"
            sought.push_back(keyId(f, senseKey(synset)));
        holders.resize(size_t(keyIds.size()));
        for (int key : own)
            holders[size_t(key)].emplace_back(f.doc, i);
    }
    holders.resize(size_t(keyIds.size()));
    // An article that gives hundreds of numbers of one unit is a table, not prose: its numbers are
    // compared only where the reuse stage matched their sentences. Without this bound a pasted table
    // of 20,000 numbers asks for 20,000 x 40,000 comparisons.
    std::vector<std::vector<int>> docsWithKey(holders.size()); // the documents holding each key
    for (size_t key = 0; key < holders.size(); ++key) {
        std::vector<std::pair<int, int>>& h = holders[key];
        std::sort(h.begin(), h.end());
        std::vector<std::pair<int, int>> kept;
        for (size_t from = 0; from < h.size();) {
            size_t to = from;
            while (to < h.size() && h[to].first == h[from].first)
                ++to;
            if (to - from <= kMaxMentionsOfOneUnit) {
                kept.insert(kept.end(), h.begin() + qsizetype(from), h.begin() + qsizetype(to));
                docsWithKey[key].push_back(h[from].first);
            }
            from = to;
        }
        h = std::move(kept);
    }
    // A key most documents hold ("people" who were injured) is looked up for each related article of
    // each of its facts: tens of millions of binary searches in one long list. Such a key gets the
    // start of each document's run instead; a key of few documents keeps the searches (an array
    // per key and document would not fit a folder of many units).
    size_t documents = related.size();
    for (const auto& h : holders)
        if (!h.empty())
            documents = std::max(documents, size_t(h.back().first) + 1);
    std::vector<std::vector<int>> runStart(holders.size()); // [key][document], documents + 1 each
    for (size_t key = 0; key < holders.size(); ++key) {
        if (docsWithKey[key].size() * 8 < documents)
            continue;
        const std::vector<std::pair<int, int>>& h = holders[key];
        std::vector<int>& start = runStart[key];
        start.assign(documents + 1, 0);
        for (const auto& [doc, fact] : h)
            ++start[size_t(doc) + 1];
        for (size_t d = 0; d < documents; ++d)
            start[d + 1] += start[d];
    }

    // Facts in slices on every core, each slice's links in fact order (as matchedSentenceLinks).
    std::vector<std::vector<ClaimLink>> slices(sliceCount(facts.size()));
    const std::atomic_bool never{false};
    parallelFor(slices.size(), never, [&](size_t slice) {
        std::vector<ClaimLink>& links = slices[slice];
        std::vector<int> candidates;
        const int first = int(facts.size() * slice / slices.size());
        const int end = int(facts.size() * (slice + 1) / slices.size());
        for (int i = first; i < end; ++i) {
            const MentionFacts& a = facts[size_t(i)];
            if (a.unitKey.isEmpty())
                continue;
            candidates.clear();
            const std::vector<int>& near = related[size_t(a.doc)];
            for (int key : soughtKeys[size_t(i)]) {
                const std::vector<std::pair<int, int>>& h = holders[size_t(key)];
                const std::vector<int>& start = runStart[size_t(key)];
                if (!start.empty()) {
                    for (int d : near)
                        for (int k = start[size_t(d)]; k < start[size_t(d) + 1]; ++k)
                            candidates.push_back(h[size_t(k)].second);
                } else if (docsWithKey[size_t(key)].size() < near.size()) {
                    for (const auto& [doc, fact] : h)
                        if (std::binary_search(near.begin(), near.end(), doc))
                            candidates.push_back(fact);
                } else {
                    for (int d : near) {
                        auto it = std::lower_bound(h.begin(), h.end(), std::pair(d, -1));
                        for (; it != h.end() && it->first == d; ++it)
                            candidates.push_back(it->second);
                    }
                }
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
                    if (!facts[size_t(j)].event.isEmpty() && places.compatible(places.of(i), places.of(j)))
                        offered.insert(facts[size_t(j)].event);
            for (int j : candidates) {
                if (j == i || ruledOut(codes[size_t(i)], codes[size_t(j)]))
                    continue;
                const MentionFacts& b = facts[size_t(j)];
                const bool filledIn = a.event.isEmpty() && !b.event.isEmpty() && offered.size() == 1;
                if (j < i && !filledIn)
                    continue; // symmetric evidence once per pair
                if ((a.doc == b.doc && a.sentence == b.sentence) ||
                    !places.compatible(places.of(i), places.of(j)) ||
                    (bothSaid(a.agent, b.agent) && a.agent != b.agent))
                    continue;
                if (a.event.isEmpty() != b.event.isEmpty() && !filledIn)
                    continue; // a count's missing verb is never guessed
                if (a.event.isEmpty() && b.event.isEmpty() && people)
                    continue;
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
    });
    return joined(slices);
}

} // namespace parallax::claims
