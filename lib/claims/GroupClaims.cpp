#include "claims/AgeMoments.h"
#include "claims/Attribution.h"
#include "claims/ClaimClusters.h"
#include "claims/ClaimLabels.h"
#include "claims/ClaimLinks.h"
#include "claims/ClaimStatus.h"
#include "claims/CountedNouns.h"
#include "claims/FindClaims.h"
#include "claims/Headline.h"
#include "claims/MentionContext.h"
#include "claims/MentionFacts.h"
#include "claims/PlaceIds.h"
#include "claims/Places.h"
#include "claims/Predicates.h"
#include "lexicon/Plurals.h"
#include "numbers/NumberExtractor.h"
#include "util/ParallelFor.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <optional>
#include <span>
#include <tuple>

namespace parallax {
namespace {

using namespace claims;

// The most frequent non-empty string, the earliest on ties (so the result does not depend on hashing).
QString mostCommon(const QStringList& values) {
    QHash<QString, int> counts;
    QString best;
    int bestCount = 0;
    for (const QString& v : values) {
        if (v.isEmpty())
            continue;
        const int c = ++counts[v];
        if (c > bestCount) {
            best = v;
            bestCount = c;
        }
    }
    return best;
}

// "KYIV" from a dateline reads "Kyiv" in a label.
QString displayPlace(const QString& text) {
    if (text != text.toUpper())
        return text;
    // A dateline's "KYIV" reads "Kyiv"; an acronym of three letters or fewer stays one ("in the NBA",
    // "the USA"), as no city name is that short in a dateline.
    if (text.size() <= 3)
        return text;
    QString out = text.toLower();
    for (qsizetype i = 0; i < out.size(); ++i)
        if (i == 0 || out[i - 1] == u' ' || out[i - 1] == u'-')
            out[i] = out[i].toUpper();
    return out;
}

Claim buildClaim(const std::vector<int>& members, const std::vector<MentionFacts>& facts,
                 const std::vector<ArticlePlaces>& articles) {
    Claim c;
    QStringList units, predicates, heads, occasions, agents, sources;
    QStringList places; // every place any variant's sentence names, by key
    QHash<QString, QString> placeText;
    QSet<int> docs;
    for (int i : members) {
        const MentionFacts& f = facts[size_t(i)];
        ClaimVariant v;
        v.doc = f.doc;
        v.sentence = f.sentence;
        v.mention = *f.mention;
        v.span = f.span;
        v.unit = f.unitText;
        v.predicate = f.predicate;
        v.place = f.articlePlaces ? QString() : f.placeText;
        v.revised = f.revised;
        c.variants.push_back(v);
        docs.insert(f.doc);
        // A counted noun is a word ("Drones" at a sentence start is "drones"); a unit of measure
        // is a symbol whose case is its meaning ("kWh", "MW", "GB").
        units << (f.unitKey == u"people"                            ? QStringLiteral("people")
                  : f.mention->kind == NumberMention::Kind::Measure ? f.unitText
                                                                    : f.unitText.toLower());
        predicates << f.predicate;
        heads << f.headText.toLower();
        occasions << f.occasion;
        agents << f.agentText;
        if (f.sourceContrasted)
            sources << f.sourceText;
        if (!f.articlePlaces)
            for (qsizetype p = 0; p < f.places.size(); ++p) {
                // Every place named counts twice, the one nearest the number three times, so a
                // tie between "Ukraine's capital, Kyiv" goes to the nearer, more precise place.
                places << f.places[p] << f.places[p];
                if (f.placeTexts.value(p) == f.placeText)
                    places << f.places[p];
                if (!placeText.contains(f.places[p]))
                    placeText.insert(f.places[p], f.placeTexts.value(p));
            }
    }
    std::sort(c.variants.begin(), c.variants.end(), [](const ClaimVariant& a, const ClaimVariant& b) {
        return std::tie(a.doc, a.sentence, a.span.start) < std::tie(b.doc, b.sentence, b.span.start);
    });
    c.unit = mostCommon(units);
    c.predicate = mostCommon(predicates);
    c.head = mostCommon(heads);
    for (int f : members)
        c.headIsSubject = c.headIsSubject ||
                          (facts[size_t(f)].headIsSubject && facts[size_t(f)].headText.toLower() == c.head);
    c.occasion = mostCommon(occasions);
    c.agent = mostCommon(agents);
    c.source = mostCommon(sources);
    // The place most variants name: "Velmouth's Harrow Quay", "in the port city of Velmouth" and
    // "on Velmouth's Harrow Quay" are in Velmouth.
    c.place = placeText.value(mostCommon(places));
    if (c.place.isEmpty()) {
        const ArticlePlaces& a = articles[size_t(c.variants.front().doc)];
        if (!a.texts.isEmpty())
            c.place = displayPlace(a.texts.front());
    }
    c.articles = int(docs.size());
    c.status = claimStatusOf(c.variants);
    return c;
}

// A sentence that a rewrite merged with its neighbour ("... injuring at least one person. Explosions
// were reported in at least four locations" -> one sentence) loses the place it shares with that
// neighbour. Within one side of a match, a sentence naming no place takes the places of the others.
void shareMatchedPlaces(std::vector<MentionFacts>& facts, const FactIndex& index,
                        const std::vector<Document>& docs, const ReuseResult& reuse, PlaceLinks& links) {
    auto share = [&](int doc, int first, int count) {
        if (count < 2)
            return;
        ArticlePlaces side;
        for (int s = first; s < first + count; ++s)
            for (const PlaceName& p : findPlaces(SentenceWords(docs[size_t(doc)], s), links))
                if (!side.keys.contains(p.key)) {
                    side.keys << p.key;
                    side.texts << p.text;
                }
        if (side.keys.isEmpty())
            return;
        for (int s = first; s < first + count; ++s)
            for (auto [i, end] = index.range(doc, s); i < end; ++i) {
                MentionFacts& f = facts[size_t(i)];
                if (!f.articlePlaces)
                    continue;
                f.places = side.keys;
                f.placeTexts = side.texts;
                f.placeText = side.texts.front();
                f.articlePlaces = false;
            }
    };
    for (const SentenceMatch& m : reuse.matches) {
        share(m.docA, m.firstA, m.countA);
        share(m.docB, m.firstB, m.countB);
    }
}

// Units (or other keys) the articles that use them use about once each (at most kDistinctiveUses mentions per
// article on average): "firefighters", "tonnes", "magnitude". "people", "hours" and "dollars" are
// used for many facts in one story, so sharing them says little.
// Amounts of money are told by what they are the value of the same way: a story of one "$80
// million contract" compares its contracts, a story of a dozen teams' contracts does not.
template <typename KeyOf> QSet<QString> distinctiveKeys(const std::vector<MentionFacts>& facts, KeyOf keyOf) {
    QHash<QString, int> mentions;
    QHash<QString, QSet<int>> articles;
    for (const MentionFacts& f : facts) {
        const QString key = keyOf(f);
        if (key.isEmpty())
            continue;
        ++mentions[key];
        articles[key].insert(f.doc);
    }
    QSet<QString> out;
    for (auto it = mentions.cbegin(); it != mentions.cend(); ++it)
        if (it.key() != u"people" && *it <= kDistinctiveUses * articles[it.key()].size())
            out.insert(it.key());
    return out;
}

// How firmly a disagreement holds, per claim (by root): every value must be tied to another value
// of the claim by a link between two articles; the claim is as firm as its most loosely tied value,
// and a value is as firmly tied as its strongest such link. A weak link that only brings one more
// agreeing mention does not make a real disagreement "possible"; a weak link that brings the only
// differing value does. Two close values tie more firmly (closeValuesBonus); `close` says the
// weakest tie needed that, for the claim's evidence.
struct ValueGroupTie {
    double weakest = 0;
    bool close = false;
};

std::vector<ValueGroupTie> valueGroupTies(const std::vector<MentionFacts>& facts,
                                          std::span<const ClaimLink> links, ClaimClusters& clusters) {
    struct Tie {
        double value;
        double best;
        bool close;
    };
    std::vector<std::vector<Tie>> ties(facts.size()); // by root
    auto tieOf = [&](int root, double value) -> Tie& {
        std::vector<Tie>& list = ties[size_t(root)];
        for (Tie& t : list)
            if (std::abs(t.value - value) <= 1e-9 * std::max({1.0, std::abs(t.value), std::abs(value)}))
                return t;
        list.push_back({value, 0, false});
        return list.back();
    };
    auto raise = [](Tie& t, double score, bool close) {
        if (score > t.best)
            t = {t.value, score, close};
    };
    for (int i = 0; i < int(facts.size()); ++i)
        tieOf(clusters.find(i), facts[size_t(i)].mention->value);
    for (const ClaimLink& l : links) {
        const MentionFacts& a = facts[size_t(l.a)];
        const MentionFacts& b = facts[size_t(l.b)];
        const int root = clusters.find(l.a);
        if (a.doc == b.doc || root != clusters.find(l.b) || a.mention->value == b.mention->value)
            continue;
        const double bonus = closeValuesBonus(a.mention->value, b.mention->value);
        raise(tieOf(root, a.mention->value), l.score + bonus, bonus > 0);
        raise(tieOf(root, b.mention->value), l.score + bonus, bonus > 0);
    }
    std::vector<ValueGroupTie> out(facts.size());
    for (size_t root = 0; root < ties.size(); ++root) {
        if (ties[root].size() < 2)
            continue; // one value: no disagreement to be sure of
        const Tie* weakest = &ties[root].front();
        for (const Tie& t : ties[root])
            if (t.best < weakest->best)
                weakest = &t;
        out[root] = {weakest->best, weakest->close};
    }
    return out;
}

void sortAndName(std::vector<Claim>& claims, const std::vector<Document>& docs) {
    // Firm disagreements first; a possible one (low confidence) after every firm one.
    auto rank = [](const Claim& c) {
        return isPossibleDisagreement(c) ? int(ClaimStatus::Updated) * 2 + 1 : int(c.status) * 2;
    };
    std::stable_sort(claims.begin(), claims.end(), [&](const Claim& a, const Claim& b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        if (a.articles != b.articles)
            return a.articles > b.articles;
        const ClaimVariant& x = a.variants.front();
        const ClaimVariant& y = b.variants.front();
        return std::tie(x.doc, x.sentence, x.span.start) < std::tie(y.doc, y.sentence, y.span.start);
    });
    for (size_t i = 0; i < claims.size(); ++i)
        claims[i].id = QStringLiteral("c%1").arg(i + 1);
    labelClaims(claims, [&](const Claim& c) { return cueWords(c, docs); });
}

// What the corpus knows before any grouping: the places of each article and of the sentences, and
// the headlines (Headline.h), which facts of kHeadlineSentence point into.
struct Reading {
    PlaceLinks placeLinks;
    std::vector<ArticlePlaces> articles;
    std::vector<Document> headlines;
    std::vector<std::vector<NumberMention>> headlineMentions;
    std::vector<MentionFacts> facts;
};

// The facts of every sentence, then of every headline. False when cancelled. Two passes, each on
// every core: first each article's places and what they teach of which place holds which, then
// its numbers, read with all of that known (so a number's places do not depend on the order of
// the files).
bool readFacts(const std::vector<Document>& docs, const CorpusMentions& mentions, Reading& r,
               const std::atomic_bool& cancel, const ClaimProgress& progress, qsizetype steps) {
    auto sentencesOf = [&](size_t d) {
        return d < mentions.size() ? std::min(docs[d].sentences.size(), mentions[d].size()) : size_t(0);
    };
    r.articles.resize(docs.size());
    std::vector<PlaceLinks> learnt(docs.size());
    std::vector<std::vector<std::vector<PlaceName>>> placesOf(docs.size()); // [doc][sentence]
    parallelFor(docs.size(), cancel, [&](size_t d) {
        r.articles[d] = articlePlaces(docs[d], learnt[d]);
        placesOf[d].resize(sentencesOf(d));
        for (size_t s = 0; s < placesOf[d].size(); ++s)
            if (!mentions[d][s].empty())
                placesOf[d][s] = findPlaces(SentenceWords(docs[d], int(s)), learnt[d]);
    });
    if (cancel.load(std::memory_order_relaxed))
        return false;
    for (const PlaceLinks& links : learnt)
        r.placeLinks.merge(links);
    std::vector<std::vector<MentionFacts>> factsOf(docs.size()), headlineFactsOf(docs.size());
    r.headlines.resize(docs.size());
    r.headlineMentions.resize(docs.size());
    std::atomic<qsizetype> done{0};
    parallelFor(docs.size(), cancel, [&](size_t d) {
        for (size_t s = 0; s < placesOf[d].size(); ++s) {
            if (mentions[d][s].empty())
                continue;
            for (MentionFacts& f : readMentions(SentenceWords(docs[d], int(s)), mentions[d][s],
                                                placesOf[d][s], r.placeLinks, r.articles[d], true, int(d)))
                factsOf[d].push_back(std::move(f));
        }
        markContrastedSources(factsOf[d]);
        // Headlines take part too. Their places are the article's: a title in Title Case
        // capitalises every word, so the place rules would read places into it.
        r.headlines[d] = headlineDocument(docs[d]);
        if (!r.headlines[d].sentences.empty())
            r.headlineMentions[d] = extractNumbers(r.headlines[d].sentenceText(0));
        if (!r.headlineMentions[d].empty())
            for (MentionFacts& f : readMentions(SentenceWords(r.headlines[d], 0), r.headlineMentions[d], {},
                                                r.placeLinks, r.articles[d], true, int(d))) {
                f.sentence = kHeadlineSentence;
                headlineFactsOf[d].push_back(std::move(f));
            }
        const qsizetype finished = ++done;
        if (progress)
            progress(finished, steps);
    });
    if (cancel.load(std::memory_order_relaxed))
        return false;
    for (std::vector<MentionFacts>& facts : factsOf)
        for (MentionFacts& f : facts)
            r.facts.push_back(std::move(f));
    for (std::vector<MentionFacts>& facts : headlineFactsOf)
        for (MentionFacts& f : facts)
            r.facts.push_back(std::move(f));
    return true;
}

// The facts' places made final: shared within matched sentences, other names of one place linked.
void settlePlaces(const std::vector<Document>& docs, const ReuseResult& reuse, const FactIndex& index,
                  Reading& r) {
    shareMatchedPlaces(r.facts, index, docs, reuse, r.placeLinks);
    QSet<QString> placeKeys;
    for (const MentionFacts& f : r.facts)
        for (const QString& key : f.places)
            placeKeys.insert(key);
    r.placeLinks.linkOtherNames(placeKeys);
}

// The facts with their places final, and what the grouping looks them up by.
struct SettledFacts {
    Reading reading;
    std::optional<FactIndex> index;
    std::optional<PlaceIds> places;
};

// readFacts(), then settlePlaces(): false when cancelled.
bool settleFacts(const std::vector<Document>& docs, const CorpusMentions& mentions, const ReuseResult& reuse,
                 const std::atomic_bool& cancel, const ClaimProgress& progress, qsizetype steps,
                 SettledFacts& out) {
    if (!readFacts(docs, mentions, out.reading, cancel, progress, steps))
        return false;
    out.index.emplace(out.reading.facts);
    settlePlaces(docs, reuse, *out.index, out.reading);
    out.places.emplace(out.reading.facts, out.reading.placeLinks);
    return true;
}

// Pairs of numbers the model has no evidence to compare (two counted nouns, "three left hooks" and
// "two hard lefts"), in sentences whose words around the numbers are much alike: a reader compares
// them across a row, so they take part in the compared sentences (ComparedSentences.h). Never
// joined: each scores under kJoinScore, and only its context orders it among the others.
void addAlikeLinks(const std::vector<MentionFacts>& facts, const MentionContexts& contexts,
                   std::vector<ClaimLink>& links) {
    QSet<std::pair<int, int>> known;
    for (const ClaimLink& l : links)
        known.insert({std::min(l.a, l.b), std::max(l.a, l.b)});
    auto accept = [&](int a, int b) {
        const MentionFacts& x = facts[size_t(a)];
        const MentionFacts& y = facts[size_t(b)];
        return x.sentence >= 0 && y.sentence >= 0 && x.mention->kind == y.mention->kind &&
               !known.contains({std::min(a, b), std::max(a, b)});
    };
    for (const auto& [a, b] : contexts.alikePairs(facts, kAlikeContext, kAlikePerFact, accept)) {
        ClaimLink link{a, b, {}, 0};
        link.evidence.context = contexts.similarity(a, b);
        link.score = std::min(linkScore(link.evidence), kJoinScore - kBelowFirm);
        links.push_back(link);
    }
}

// Every candidate pair scored by the model (ClaimScoring.h), in no particular order; with `alike`,
// also the pairs of addAlikeLinks().
std::vector<ClaimLink> candidateLinks(const std::vector<Document>& docs, const ReuseResult& reuse,
                                      const FactIndex& index, const Reading& r, const PlaceIds& places,
                                      bool alike = false) {
    const RelatedArticles related = closestRelated(int(docs.size()), reuse);
    const std::vector<FactCode> codes = factCodes(r.facts);
    std::vector<ClaimLink> links = matchedSentenceLinks(r.facts, codes, index, docs, reuse, related);
    const std::vector<ClaimLink> measured = sameMeasureLinks(r.facts, codes, related, places);
    links.insert(links.end(), measured.begin(), measured.end());
    const MentionContexts contexts(docs, r.headlines, r.facts);
    const QSet<QString> distinctive =
        distinctiveKeys(r.facts, [](const MentionFacts& f) { return f.unitKey; });
    const QSet<QString> distinctiveValued = distinctiveKeys(r.facts, valuedThingKey);
    // Per fact, not per link: there are millions of links.
    std::vector<char> distinctiveFact(r.facts.size());
    std::vector<QString> valued(r.facts.size());
    for (size_t i = 0; i < r.facts.size(); ++i) {
        distinctiveFact[i] = distinctive.contains(r.facts[i].unitKey);
        if (const QString key = valuedThingKey(r.facts[i]); distinctiveValued.contains(key))
            valued[i] = key;
    }
    // Each link is scored on its own: in slices on every core.
    constexpr size_t kLinksPerSlice = 16384;
    const std::atomic_bool never{false};
    parallelFor((links.size() + kLinksPerSlice - 1) / kLinksPerSlice, never, [&](size_t slice) {
        const size_t end = std::min(links.size(), (slice + 1) * kLinksPerSlice);
        for (size_t k = slice * kLinksPerSlice; k < end; ++k) {
            ClaimLink& link = links[k];
            if (link.evidence.has(LinkFeature::SameUnit) && distinctiveFact[size_t(link.a)])
                link.evidence.add(LinkFeature::DistinctiveUnit);
            // "an $82 million deal", "a $80 million contract": two values of one thing.
            if (!valued[size_t(link.a)].isEmpty() && valued[size_t(link.a)] == valued[size_t(link.b)])
                link.evidence.add(LinkFeature::SameMeasured);
            link.evidence.context = contexts.similarity(link.a, link.b);
            link.score = linkScore(link.evidence);
        }
    });
    if (alike)
        addAlikeLinks(r.facts, contexts, links);
    return links;
}

// Every candidate pair, those that reach kJoinScore first and strongest first; `joinable` says how
// many do. The others (in no particular order) are kept for the compared sentences, with the
// alike pairs among them when `alike` (addAlikeLinks).
std::vector<ClaimLink> scoredLinks(const std::vector<Document>& docs, const ReuseResult& reuse,
                                   const FactIndex& index, const Reading& r, const PlaceIds& places,
                                   bool alike, size_t& joinable) {
    std::vector<ClaimLink> links = candidateLinks(docs, reuse, index, r, places, alike);
    const auto end =
        std::partition(links.begin(), links.end(), [](const ClaimLink& l) { return l.score >= kJoinScore; });
    std::stable_sort(links.begin(), end, [](const ClaimLink& x, const ClaimLink& y) {
        if (x.score != y.score)
            return x.score > y.score;
        return std::tie(x.a, x.b) < std::tie(y.a, y.b);
    });
    joinable = size_t(end - links.begin());
    return links;
}

// The counted nouns of the members, in the plural, each once ("experts", "observers").
QStringList countedNouns(const std::vector<int>& members, const std::vector<MentionFacts>& facts) {
    QStringList nouns;
    for (int m : members) {
        const MentionFacts& f = facts[size_t(m)];
        if (f.unitSenses.isEmpty() && f.dimensionKey.isEmpty()) // a measure names its unit
            continue;
        // A measure's unit as lib/numbers names it ("day", "building"), not its key ("build").
        const QString noun =
            f.unitSenses.isEmpty() ? f.mention->unit : lexicon::pluralOf(f.unitText.toLower());
        if (!noun.isEmpty() && !nouns.contains(noun))
            nouns << noun;
    }
    return nouns;
}

// The sentence pairs whose candidate pairs of numbers ended in two claims (ComparedSentences.h):
// each sentence keeps its kMaxComparedPerSentence best, strongest first.
std::vector<ComparedSentences> comparedSentencesOf(const std::vector<MentionFacts>& facts,
                                                   std::span<const ClaimLink> links,
                                                   ClaimClusters& clusters) {
    std::vector<int> claimOf(facts.size());
    for (size_t i = 0; i < facts.size(); ++i)
        claimOf[i] = clusters.find(int(i));
    std::vector<ComparedSentences> all;
    for (const ClaimLink& l : links) {
        const MentionFacts& a = facts[size_t(l.a)];
        const MentionFacts& b = facts[size_t(l.b)];
        // A headline (sentence -1) stands above the rows.
        if (a.doc == b.doc || a.sentence < 0 || b.sentence < 0 ||
            claimOf[size_t(l.a)] == claimOf[size_t(l.b)])
            continue;
        all.push_back(a.doc < b.doc ? ComparedSentences{a.doc, a.sentence, b.doc, b.sentence, l.score}
                                    : ComparedSentences{b.doc, b.sentence, a.doc, a.sentence, l.score});
    }
    auto key = [](const ComparedSentences& c) { return std::tie(c.docA, c.sentenceA, c.docB, c.sentenceB); };
    std::sort(all.begin(), all.end(), [&](const ComparedSentences& x, const ComparedSentences& y) {
        return x.score != y.score ? x.score > y.score : key(x) < key(y);
    });
    QHash<std::pair<int, int>, int> kept; // (doc, sentence) -> pairs kept
    auto packed = [](int doc, int sentence) { return (qint64(doc) << 32) | quint32(sentence); };
    QSet<std::pair<qint64, qint64>> seen;
    std::vector<ComparedSentences> out;
    for (const ComparedSentences& c : all) {
        const std::pair<int, int> sentenceA{c.docA, c.sentenceA}, sentenceB{c.docB, c.sentenceB};
        const std::pair<qint64, qint64> both{packed(c.docA, c.sentenceA), packed(c.docB, c.sentenceB)};
        if (kept.value(sentenceA) >= kMaxComparedPerSentence ||
            kept.value(sentenceB) >= kMaxComparedPerSentence || seen.contains(both))
            continue;
        seen.insert(both);
        ++kept[sentenceA]; // one at a time: a reference into a QHash dies when it grows
        ++kept[sentenceB];
        out.push_back(c);
    }
    return out;
}

// The claims of the joined clusters, each with its status, confidence and evidence.
std::vector<Claim> claimsOf(const std::vector<Document>& docs, const Reading& r,
                            std::span<const ClaimLink> links, ClaimClusters& clusters) {
    QStringList moments;
    for (const Document& doc : docs)
        moments << (doc.published.isEmpty() ? doc.date : doc.published); // the moment when known
    std::vector<int> years; // storyYear() by document, found the first time an age differs
    auto yearsOfDocs = [&]() -> const std::vector<int>& {
        if (years.empty())
            for (size_t d = 0; d < docs.size(); ++d)
                years.push_back(storyYear(docs[d], moments[qsizetype(d)]));
        return years;
    };
    const std::vector<ValueGroupTie> tied = valueGroupTies(r.facts, links, clusters);
    const std::vector<std::vector<int>> clustered = clusters.claims();
    // Each claim is built from its members alone: on every core, as thousands of claims each copy
    // the strings of their variants.
    std::vector<Claim> claims(clustered.size());
    const std::atomic_bool never{false};
    parallelFor(clustered.size(), never,
                [&](size_t k) { claims[k] = buildClaim(clustered[k], r.facts, r.articles); });
    for (size_t k = 0; k < clustered.size(); ++k) {
        const std::vector<int>& members = clustered[k];
        Claim& c = claims[k];
        const int root = members.front();
        const double weakest = clusters.weakestCrossScore(root);
        c.confidence = std::isinf(weakest) ? 1.0 : confidenceOfScore(weakest);
        if (c.status == ClaimStatus::Conflict)
            c.status = disagreementKind(c.variants, moments);
        if (c.status == ClaimStatus::Updated)
            std::stable_sort(c.variants.begin(), c.variants.end(),
                             [&](const ClaimVariant& a, const ClaimVariant& b) {
                                 return moments.value(a.doc) < moments.value(b.doc);
                             });
        const ValueGroupTie& tie = tied[size_t(clusters.find(root))];
        if (isDisagreement(c))
            c.confidence = confidenceOfScore(tie.weakest);
        if (isDisagreement(c) && r.facts[size_t(root)].kindKey == u"age" &&
            !agesDisagreeFirmly(c.variants, moments, yearsOfDocs()))
            c.confidence = std::min(c.confidence, kFirmConfidence - kBelowFirm);
        // A duration's event is what lasted ("attack", "hospitalised"), not the word "lasted"; two
        // measures of one thing name the thing ("the dhow", "the distance"), not a verb near one.
        const bool measured = (clusters.features(root) & quint32(LinkFeature::SameMeasured)) != 0;
        const QString event =
            c.predicate.isEmpty() || c.predicate == lastedPredicate || measured ? c.head : c.predicate;
        if (c.articles > 1) // what joined one article's repetitions is not worth a sentence
            c.evidence =
                describeEvidence(clusters.features(root), clusters.context(root), displayUnit(c.unit), event,
                                 c.agent, c.place, countedNouns(members, r.facts));
        if (c.articles > 1 && isDisagreement(c) && tie.close)
            c.evidence << QStringLiteral("values close to each other (within %1%)")
                              .arg(qRound(kCloseValueGap * 100));
    }
    return claims;
}

} // namespace

std::vector<ScoredCandidate> scoredCandidates(const std::vector<Document>& docs,
                                              const CorpusMentions& mentions, const ReuseResult& reuse,
                                              const std::atomic_bool& cancel) {
    SettledFacts settled;
    if (!settleFacts(docs, mentions, reuse, cancel, {}, 1, settled))
        return {};
    const Reading& reading = settled.reading;
    std::vector<ScoredCandidate> out;
    for (const ClaimLink& link : candidateLinks(docs, reuse, *settled.index, reading, *settled.places)) {
        const MentionFacts& a = reading.facts[size_t(link.a)];
        const MentionFacts& b = reading.facts[size_t(link.b)];
        out.push_back({a.doc, a.span, b.doc, b.span, link.score,
                       describeEvidence(link.evidence.features, link.evidence.context, a.unitText,
                                        a.predicate, a.agentText, a.placeText, {})});
    }
    return out;
}

QStringList whyNoCandidate(const std::vector<Document>& docs, const CorpusMentions& mentions,
                           const ReuseResult& reuse,
                           const std::vector<std::pair<MentionEnd, MentionEnd>>& pairs) {
    const std::atomic_bool never{false};
    SettledFacts settled;
    if (!settleFacts(docs, mentions, reuse, never, {}, 1, settled))
        return {};
    const Reading& reading = settled.reading;
    const PlaceIds& places = *settled.places;
    const RelatedArticles related = closestRelated(int(docs.size()), reuse);
    QHash<std::pair<int, qsizetype>, int> factAt;
    for (int i = 0; i < int(reading.facts.size()); ++i)
        factAt.insert({reading.facts[size_t(i)].doc, reading.facts[size_t(i)].span.start}, i);
    auto said = [](const QString& s) {
        return s.isEmpty() ? QStringLiteral("none") : QStringLiteral("'%1'").arg(s);
    };
    auto both = [&](const char* what, const QString& a, const QString& b) {
        return QStringLiteral("%1: %2 / %3").arg(QLatin1String(what), said(a), said(b));
    };
    QStringList out;
    for (const auto& [ea, eb] : pairs) {
        const int ia = factAt.value({ea.doc, ea.start}, -1);
        const int ib = factAt.value({eb.doc, eb.start}, -1);
        if (ia < 0 || ib < 0) {
            out << QStringLiteral("not a comparable quantity");
            continue;
        }
        const MentionFacts& a = reading.facts[size_t(ia)];
        const MentionFacts& b = reading.facts[size_t(ib)];
        const bool unitsSaid = !a.unitKey.isEmpty() && !b.unitKey.isEmpty();
        if (!related.compared(a.doc, b.doc))
            out << QStringLiteral("articles not compared (the reuse stage relates them: no)");
        else if (a.kindKey != b.kindKey)
            out << both("another kind", a.kindKey, b.kindKey);
        else if (a.occasion != b.occasion)
            out << both("another occasion", a.occasion, b.occasion);
        else if (a.unitKey.isEmpty() || b.unitKey.isEmpty())
            out << both("no unit, only a matched sentence places it", a.unitKey, b.unitKey);
        else if (unitsSaid && !sameUnit(a, b) && !oneKindOfThing(a, b) && !oneDimension(a, b))
            out << both("another unit", a.unitKey, b.unitKey);
        else if (!a.event.isEmpty() && !b.event.isEmpty() && a.event != b.event)
            out << both("another event", a.event, b.event);
        else if (!a.agent.isEmpty() && !b.agent.isEmpty() && a.agent != b.agent)
            out << both("another subject", a.agent, b.agent);
        else if (!a.givenName.isEmpty() && !b.givenName.isEmpty() && a.givenName != b.givenName)
            out << both("another given name", a.givenName, b.givenName);
        else if (!places.compatible(places.of(ia), places.of(ib)))
            out << both("other places", a.places.join(u'|'), b.places.join(u'|'));
        else if (a.event.isEmpty() != b.event.isEmpty())
            out << both("one verb missing", a.event, b.event);
        else if (a.event.isEmpty() && a.unitKey == u"people")
            out << QStringLiteral("people with no verb");
        else
            out << QString();
    }
    return out;
}

std::vector<Claim> groupClaims(const std::vector<Document>& docs, const CorpusMentions& mentions,
                               const ReuseResult& reuse, const std::atomic_bool& cancel,
                               const ClaimProgress& progress, std::vector<ComparedSentences>* compared) {
    const qsizetype steps = qsizetype(docs.size()) + 1;
    SettledFacts settled;
    if (!settleFacts(docs, mentions, reuse, cancel, progress, steps, settled))
        return {};
    const Reading& reading = settled.reading;
    const PlaceIds& places = *settled.places;
    size_t joinable = 0;
    std::vector<ClaimLink> links =
        scoredLinks(docs, reuse, *settled.index, reading, places, compared != nullptr, joinable);
    if (!compared) // the others are only for the compared sentences: millions in a large folder
        links.resize(joinable);
    if (cancel.load(std::memory_order_relaxed))
        return {};
    const std::span<const ClaimLink> joined(links.data(), joinable);
    ClaimClusters clusters(reading.facts, places);
    for (const ClaimLink& link : joined)
        clusters.join(link);
    std::vector<Claim> claims = claimsOf(docs, reading, joined, clusters);
    if (compared)
        *compared = comparedSentencesOf(reading.facts, links, clusters);
    sortAndName(claims, docs);
    if (progress)
        progress(steps, steps);
    return claims;
}

} // namespace parallax
