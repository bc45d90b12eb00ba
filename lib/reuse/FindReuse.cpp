#include "reuse/FindReuse.h"

#include "corpus/DocumentTokens.h"
#include "reuse/CandidatePairs.h"
#include "reuse/ContentWords.h"
#include "reuse/Fingerprint.h"
#include "reuse/GroupedMatches.h"
#include "reuse/RelationRules.h"
#include "reuse/SentenceGroups.h"
#include "reuse/SentenceMatcher.h"
#include "reuse/WordingFacts.h"
#include "util/FreshPages.h"
#include "util/ParallelFor.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <span>
#include <tuple>
#include <utility>

namespace parallax {
namespace {

// Sentence groups two documents share to become a candidate pair (a reprint or shared passage
// needs three copied sentences; two leave room for a copy the grouping missed).
constexpr int minSharedSentenceGroups = 2;

void addContentFacts(PairFacts& f, const ContentProfile& a, const ContentProfile& b) {
    f.sharedSpecifics = sharedCount(a.documentSpecifics, b.documentSpecifics);
    const double norm = std::sqrt(double(a.documentUnits.size()) * double(b.documentUnits.size()));
    f.contentSimilarity = norm > 0 ? sharedCount(a.documentUnits, b.documentUnits) / norm : 0;
}

struct PairWork {
    int a = 0;
    int b = 0;
    PairFacts facts;
    Relation relation = Relation::Unrelated;
    bool decided = false;           // by wording alone
    std::uint32_t choicesBegin = 0; // a grouped pair's: where its choices start in its block's
    std::size_t groupedEdits = 0;   // and the runs of their word diffs
    std::vector<SentenceMatch> matches;
    std::vector<WordEdit> edits; // of `matches`
};

// Progress from many threads, reported about every 1% so the callback stays cheap.
class Progress {
public:
    Progress(const ReuseProgress& callback)
        : callback_(callback) {}
    void setTotal(qsizetype total) { total_ = total; }
    void step(qsizetype n = 1) {
        const qsizetype done = done_ += n;
        if (callback_ && (done % std::max<qsizetype>(1, total_ / 100) == 0 || done == total_))
            callback_(std::min(done, total_), total_);
    }

private:
    const ReuseProgress& callback_;
    std::atomic<qsizetype> done_{0};
    qsizetype total_ = 1;
};

// Verifies pairs (a, b) into PairWork entries, on all threads.
std::vector<PairWork> verify(const std::vector<std::pair<int, int>>& pairs,
                             const std::vector<Fingerprint>& prints, const std::atomic_bool& cancel,
                             unsigned threads, Progress& progress) {
    // Half a million pairs at 1,000 one-story articles: 70 MB of fresh pages, mapped on every core.
    std::vector<PairWork> work;
    resizeOnAllCores(work, pairs.size(), threads);
    const std::size_t fingerprinted = std::size_t(std::count_if(
        prints.begin(), prints.end(), [](const Fingerprint& f) { return !f.sentenceStart.empty(); }));
    std::vector<PairFacts> facts;
    if (worthAnIndex(pairs.size(), fingerprinted))
        facts = wordingFactsOfMany(pairs, prints, cancel, threads);
    parallelFor(
        pairs.size(), cancel,
        [&](std::size_t i) {
            PairWork& w = work[i];
            w.a = pairs[i].first;
            w.b = pairs[i].second;
            w.facts = facts.empty() ? wordingFacts(prints[size_t(w.a)], prints[size_t(w.b)]) : facts[i];
            w.relation = relationFromWording(w.facts);
            w.decided = w.relation != Relation::Unrelated;
            progress.step();
        },
        threads);
    return work;
}

// Two reprints of one article are reprints of each other. The candidate index pairs the copies of
// a much-copied story only with a few anchors (CandidateOptions::anchors), so the star of reprints
// around each article is closed here: every two reprint partners of one document are verified too,
// until no new reprint appears.
void closeReprintStars(std::vector<PairWork>& work, const std::vector<Fingerprint>& prints,
                       const std::atomic_bool& cancel, unsigned threads, Progress& progress) {
    auto key = [](int a, int b) {
        return std::uint64_t(std::min(a, b)) << 32 | std::uint64_t(std::max(a, b));
    };
    std::vector<std::uint64_t> known;
    for (const PairWork& w : work)
        known.push_back(key(w.a, w.b));
    std::sort(known.begin(), known.end());
    std::size_t from = 0; // reprints before this index have had their stars closed
    while (!cancel) {
        std::vector<std::vector<int>> partners(prints.size());
        for (const PairWork& w : work)
            if (w.relation == Relation::Reprint) {
                partners[size_t(w.a)].push_back(w.b);
                partners[size_t(w.b)].push_back(w.a);
            }
        std::vector<std::uint64_t> fresh;
        for (std::size_t i = from; i < work.size(); ++i) {
            if (work[i].relation != Relation::Reprint)
                continue;
            for (int centre : {work[i].a, work[i].b})
                for (int other : partners[size_t(centre)])
                    for (int end : {work[i].a, work[i].b})
                        if (end != centre && other != end &&
                            !std::binary_search(known.begin(), known.end(), key(end, other)))
                            fresh.push_back(key(end, other));
        }
        from = work.size();
        std::sort(fresh.begin(), fresh.end());
        fresh.erase(std::unique(fresh.begin(), fresh.end()), fresh.end());
        if (fresh.empty())
            return;
        std::vector<std::pair<int, int>> pairs;
        for (std::uint64_t k : fresh)
            pairs.emplace_back(int(k >> 32), int(k & 0xffffffffu));
        std::vector<PairWork> more = verify(pairs, prints, cancel, threads, progress);
        if (work.size() + more.size() > work.capacity()) {
            // insert() would move the half million pairs of 1,000 one-story articles (70 MB) into
            // storage whose pages the kernel clears one by one on this thread; they are mapped on
            // every core first.
            std::vector<PairWork> grown;
            grown.reserve(work.size() + more.size());
            mapPagesOnAllCores(grown.data(), grown.capacity() * sizeof(PairWork), threads);
            grown.insert(grown.end(), std::make_move_iterator(work.begin()),
                         std::make_move_iterator(work.end()));
            work.swap(grown);
        }
        work.insert(work.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
        std::vector<std::uint64_t> merged;
        std::merge(known.begin(), known.end(), fresh.begin(), fresh.end(), std::back_inserter(merged));
        known.swap(merged);
    }
}

// Candidates of a corpus too large to compare pair by pair, from each document's candidate sample.
std::vector<std::pair<int, int>> indexedCandidates(const std::vector<std::vector<std::uint64_t>>& samples,
                                                   const ReuseOptions& options,
                                                   const std::atomic_bool& cancel) {
    CandidateOptions c;
    c.threads = options.threads;
    return candidatePairs(samples, c, cancel);
}

// Pairs that share copied sentences, from the sentence groups of every fingerprinted document, added
// to `candidates` (kept sorted, without duplicates). The shingle index pairs the documents of a
// shingle found in many only with a few anchors; the groups give every pair a much-copied passage
// links, so a story reprinted by hundreds loses none of them. Returns each sentence's group
// (SentenceGrouping::labels), from which the matches of pairs the wording decides are taken.
std::vector<std::vector<std::uint64_t>> addSentenceGroupPairs(std::vector<std::pair<int, int>>& candidates,
                                                              const std::vector<Fingerprint>& prints,
                                                              const ReuseOptions& options,
                                                              const std::atomic_bool& cancel) {
    SentenceGrouping grouping = sentenceGroups(prints, cancel, options.threads);
    std::vector<std::pair<int, int>> grouped =
        pairsSharingGroups(grouping.groups, prints.size(), minSharedSentenceGroups, cancel, options.threads);
    if (cancel || grouped.empty())
        return std::move(grouping.labels);
    std::vector<std::pair<int, int>> merged;
    merged.reserve(candidates.size() + grouped.size());
    std::set_union(candidates.begin(), candidates.end(), grouped.begin(), grouped.end(),
                   std::back_inserter(merged));
    candidates.swap(merged);
    return std::move(grouping.labels);
}

std::vector<char> documentsIn(const std::vector<std::pair<int, int>>& pairs, std::size_t n) {
    std::vector<char> in(n, 0);
    for (const auto& [a, b] : pairs)
        in[size_t(a)] = in[size_t(b)] = 1;
    return in;
}

std::vector<std::pair<int, int>> everyPair(std::size_t n, const std::atomic_bool& cancel) {
    std::vector<std::pair<int, int>> pairs;
    for (int a = 0; a < int(n) && !cancel; ++a)
        for (int b = a + 1; b < int(n); ++b)
            pairs.emplace_back(a, b);
    return pairs;
}

ReuseResult cancelledResult() {
    ReuseResult result;
    result.cancelled = true;
    return result;
}

std::vector<PairWork> pairsByWording(std::vector<std::pair<int, int>> candidates,
                                     std::vector<Fingerprint> prints, bool allPairs,
                                     const ReuseOptions& options, const std::atomic_bool& cancel,
                                     Progress& progress);
std::vector<char> documentsToMatch(const std::vector<PairWork>& work, std::size_t n,
                                   const ReuseOptions& options);
ReuseResult finishPairs(const std::vector<Document>& docs, std::vector<PairWork> work,
                        const std::vector<char>& needed,
                        const std::vector<std::vector<std::uint64_t>>& labels, const ReuseOptions& options,
                        const std::atomic_bool& cancel, Progress& progress);

// `labels`: each sentence's group in the folder (empty when every pair is compared).
ReuseResult decidePairs(const std::vector<Document>& docs, std::vector<std::pair<int, int>> candidates,
                        std::vector<Fingerprint> prints,
                        const std::vector<std::vector<std::uint64_t>>& labels, const ReuseOptions& options,
                        const std::atomic_bool& cancel, Progress& progress);

} // namespace

std::vector<std::uint64_t> candidateSample(const Document& doc) {
    return sampledShingles(doc, candidateSampling);
}

std::vector<std::uint64_t> candidateSample(const Document& doc,
                                           const std::vector<std::uint64_t>& wordHashes) {
    return sampledShingles(doc, wordHashes, candidateSampling);
}

ReuseResult findReuse(const std::vector<Document>& docs, const ReuseOptions& options,
                      const std::atomic_bool& cancel, const ReuseProgress& progressCallback) {
    const std::size_t n = docs.size();
    Progress progress(progressCallback);
    progress.setTotal(qsizetype(n) * 2);

    // Full fingerprints for every document only while every pair is examined; at scale, the index
    // needs a quarter of each document's shingles, and full fingerprints are made for candidates.
    const bool allPairs = int(n) <= options.allPairsUpTo;
    std::vector<Fingerprint> prints(n);
    std::vector<std::pair<int, int>> candidates;
    if (allPairs) {
        parallelFor(
            n, cancel,
            [&](std::size_t d) {
                prints[d] = fingerprint(docs[d]);
                progress.step();
            },
            options.threads);
        candidates = everyPair(n, cancel);
        return decidePairs(docs, std::move(candidates), std::move(prints), {}, options, cancel, progress);
    }
    std::vector<std::vector<std::uint64_t>> samples(n);
    parallelFor(
        n, cancel,
        [&](std::size_t d) {
            samples[d] = candidateSample(docs[d]);
            progress.step();
        },
        options.threads);
    candidates = indexedCandidates(samples, options, cancel);
    std::vector<std::vector<std::uint64_t>>().swap(samples);
    const std::vector<char> candidate = documentsIn(candidates, n);
    parallelFor(
        n, cancel,
        [&](std::size_t d) {
            if (candidate[d])
                prints[d] = fingerprint(docs[d]);
        },
        options.threads);
    const auto labels = addSentenceGroupPairs(candidates, prints, options, cancel);
    return decidePairs(docs, std::move(candidates), std::move(prints), labels, options, cancel, progress);
}

ReuseResult findReuse(std::vector<Document>& docs, const std::vector<std::vector<std::uint64_t>>& samples,
                      const ReuseOptions& options, const std::atomic_bool& cancel,
                      const ReuseProgress& progressCallback) {
    const std::size_t n = docs.size();
    if (int(n) <= options.allPairsUpTo || samples.size() != n) {
        parallelFor(
            n, cancel, [&](std::size_t d) { restoreTokens(docs[d]); }, options.threads);
        return findReuse(std::as_const(docs), options, cancel, progressCallback);
    }
    Progress progress(progressCallback);
    progress.setTotal(qsizetype(n));
    std::vector<std::pair<int, int>> candidates = indexedCandidates(samples, options, cancel);
    const std::vector<char> candidate = documentsIn(candidates, n);
    std::vector<Fingerprint> prints(n);
    // Fingerprints come from the text: a candidate's tokens are made only if sentence matching will
    // read them, which in pairs mode is a handful of the thousands of candidates.
    parallelFor(
        n, cancel,
        [&](std::size_t d) {
            if (candidate[d])
                prints[d] = fingerprint(docs[d]);
            progress.step();
        },
        options.threads);
    const auto labels = addSentenceGroupPairs(candidates, prints, options, cancel);
    if (cancel)
        return cancelledResult();
    std::vector<PairWork> work =
        pairsByWording(std::move(candidates), std::move(prints), false, options, cancel, progress);
    if (cancel)
        return cancelledResult();
    const std::vector<char> needed = documentsToMatch(work, n, options);
    parallelFor(
        n, cancel,
        [&](std::size_t d) {
            if (needed[d])
                restoreTokens(docs[d]);
        },
        options.threads);
    return finishPairs(docs, std::move(work), needed, labels, options, cancel, progress);
}

namespace {

// What sentence matching reads of each document, made once per document.
struct SideInputs {
    const std::vector<Document>* docs = nullptr;
    std::vector<ContentProfile> content;
    std::vector<std::vector<std::uint64_t>> words;
    std::vector<MatchPrep> preps;
    std::vector<std::vector<GroupedSentence>> grouped; // above allPairsUpTo only
    bool scale = false;

    MatchInput of(int d) const {
        const size_t i = size_t(d);
        return {&(*docs)[i], &words[i], &content[i], &preps[i]};
    }
};

SideInputs sideInputs(const std::vector<Document>& docs, const std::vector<char>& needed,
                      const std::vector<std::vector<std::uint64_t>>& labels, const std::atomic_bool& cancel,
                      unsigned threads) {
    const std::size_t n = docs.size();
    SideInputs s;
    s.docs = &docs;
    s.scale = !labels.empty();
    s.content.resize(n);
    s.words.resize(n);
    s.preps.resize(n);
    s.grouped.resize(n);
    parallelFor(
        n, cancel,
        [&](std::size_t d) {
            if (!needed[d])
                return;
            s.content[d] = contentProfile(docs[d]);
            s.words[d] = tokenHashes(docs[d]);
            s.preps[d] = prepareMatching(docs[d], s.words[d], s.content[d]);
            if (s.scale)
                s.grouped[d] = sentencesByGroup(labels[d], s.of(int(d)));
        },
        threads);
    return s;
}

// At scale, a pair the wording decided takes its matches from the sentence groups: its relation no
// longer depends on them, and comparing every sentence of half a million pairs is what a one-story
// folder cannot afford (GroupedMatches.h).
bool takesGroupedMatches(const PairWork& w, const SideInputs& sides, const ReuseOptions& options) {
    return w.decided && sides.scale && !options.pairsOnly;
}

// Pairs are matched in blocks of this many, and a block's grouped pairs keep their chosen matches
// in one vector (GroupedChoice) until the matches are made with their diffs: half a million pairs'
// choices in two thousand vectors, not half a million.
constexpr std::size_t pairsPerBlock = 256;

struct BlockChoices {
    std::vector<std::vector<GroupedChoice>> blocks;

    std::span<const GroupedChoice> of(std::size_t pair, const PairWork& w) const {
        return {blocks[pair / pairsPerBlock].data() + w.choicesBegin, size_t(std::max(0, w.facts.matches))};
    }
};

// Each pair's relation and its matches; a grouped pair's are only chosen here (gatherMatches makes
// them, with their diffs, from the choice).
BlockChoices matchPairs(std::vector<PairWork>& work, const SideInputs& sides, const ReuseOptions& options,
                        GroupedMemory& memory, const std::atomic_bool& cancel, Progress& progress) {
    SentenceMatchOptions matchOptions;
    matchOptions.wordLevel = !options.pairsOnly;
    BlockChoices choices;
    choices.blocks.resize((work.size() + pairsPerBlock - 1) / pairsPerBlock);
    parallelFor(
        choices.blocks.size(), cancel,
        [&](std::size_t block) {
            GroupedMemory::Lease remembered(memory);
            const std::size_t end = std::min(work.size(), (block + 1) * pairsPerBlock);
            for (std::size_t i = block * pairsPerBlock; i < end; ++i) {
                PairWork& w = work[i];
                progress.step();
                if (w.decided && options.pairsOnly)
                    continue;
                if (takesGroupedMatches(w, sides, options)) {
                    std::vector<GroupedChoice>& chosen = choices.blocks[block];
                    w.choicesBegin = std::uint32_t(chosen.size());
                    w.facts.matches = chooseGroupedMatches(
                        sides.of(w.a), sides.grouped[size_t(w.a)], sides.of(w.b), sides.grouped[size_t(w.b)],
                        chosen, w.facts.matchesInOrder, w.groupedEdits, remembered);
                    continue;
                }
                const size_t a = size_t(w.a), b = size_t(w.b);
                addContentFacts(w.facts, sides.content[a], sides.content[b]);
                if (!w.decided && !looksLikeSameStory(w.facts))
                    continue;
                PairMatches m = matchSentences(sides.of(w.a), sides.of(w.b), matchOptions);
                w.facts.matches = int(m.matches.size());
                w.facts.matchesInOrder = m.inOrder;
                w.relation = decideRelation(w.facts);
                if (!options.pairsOnly && w.relation != Relation::Unrelated) {
                    w.matches = std::move(m.matches);
                    w.edits = std::move(m.edits);
                }
            }
        },
        options.threads);
    return choices;
}

// The reported pairs, in the order of `work`, with their original and evidence (on all threads:
// half a million evidence lines at 1,000 one-story articles).
void gatherPairs(const std::vector<PairWork>& work, const std::vector<Document>& docs, ReuseResult& result,
                 unsigned threads) {
    std::vector<std::size_t> related;
    for (std::size_t i = 0; i < work.size(); ++i)
        if (work[i].relation != Relation::Unrelated)
            related.push_back(i);
    resizeOnAllCores(result.pairs, related.size(), threads);
    const std::atomic_bool never{false};
    parallelFor(
        related.size(), never,
        [&](std::size_t k) {
            const PairWork& w = work[related[k]];
            const Direction direction =
                decideOriginal(docs[size_t(w.a)], docs[size_t(w.b)], w.facts, w.relation);
            DocumentPair& p = result.pairs[k];
            p.a = w.a;
            p.b = w.b;
            p.resemblance = w.facts.resemblance;
            p.containmentAInB = w.facts.containmentAInB;
            p.containmentBInA = w.facts.containmentBInA;
            p.relation = w.relation;
            p.original = direction.original < 0 ? -1 : direction.original == 0 ? w.a : w.b;
            p.sharedSentences =
                w.facts.matches >= 0 ? w.facts.matches : std::max(w.facts.copiedA, w.facts.copiedB);
            p.evidence = evidenceLine(w.facts, w.relation, direction);
        },
        threads);
}

// Every reported pair's matches in one array, in pair order, and their word diffs in one edit store,
// each pair writing its own place: a grouped pair's (with their word diffs) are made here from its
// choice, so the folder's millions of matches and edits exist once, not once per pair and again in
// the result.
void gatherMatches(std::vector<PairWork>& work, const SideInputs& sides, BlockChoices& choices,
                   const ReuseOptions& options, GroupedMemory& memory, ReuseResult& result,
                   const std::atomic_bool& cancel) {
    auto grouped = [&](const PairWork& w) { return takesGroupedMatches(w, sides, options); };
    std::vector<std::size_t> offset(work.size() + 1, 0);
    std::vector<std::size_t> editsAt(work.size() + 1, 0);
    for (std::size_t i = 0; i < work.size(); ++i) {
        const PairWork& w = work[i];
        std::size_t count = 0, edits = 0;
        if (w.relation != Relation::Unrelated && grouped(w)) {
            edits = w.groupedEdits;
            count = size_t(std::max(0, w.facts.matches));
        } else if (w.relation != Relation::Unrelated) {
            for (const SentenceMatch& m : w.matches)
                edits += m.editsCount;
            count = w.matches.size();
        }
        offset[i + 1] = offset[i] + count;
        editsAt[i + 1] = editsAt[i] + edits;
    }
    resizeOnAllCores(result.matches, offset.back(), options.threads);
    resizeOnAllCores(result.edits, editsAt.back(), options.threads);
    parallelFor(
        choices.blocks.size(), cancel,
        [&](std::size_t block) {
            GroupedMemory::Lease remembered(memory);
            const std::size_t end = std::min(work.size(), (block + 1) * pairsPerBlock);
            for (std::size_t i = block * pairsPerBlock; i < end; ++i) {
                PairWork& w = work[i];
                if (offset[i + 1] == offset[i])
                    continue;
                SentenceMatch* out = &result.matches[offset[i]];
                if (grouped(w)) {
                    groupedMatchesWithEdits(sides.of(w.a), sides.grouped[size_t(w.a)], sides.of(w.b),
                                            sides.grouped[size_t(w.b)], choices.of(i, w), out,
                                            result.edits.data(), editsAt[i], editsAt[i + 1], remembered);
                } else {
                    std::size_t at = editsAt[i];
                    for (std::size_t k = 0; k < w.matches.size(); ++k) {
                        const std::span<const WordEdit> own = editsOf(w.edits, w.matches[k]);
                        out[k] = w.matches[k];
                        out[k].editsBegin = at;
                        std::copy(own.begin(), own.end(), result.edits.begin() + std::ptrdiff_t(at));
                        at += own.size();
                    }
                    std::vector<SentenceMatch>().swap(w.matches);
                    std::vector<WordEdit>().swap(w.edits);
                }
                for (std::size_t k = 0; k < offset[i + 1] - offset[i]; ++k)
                    out[k].docA = w.a, out[k].docB = w.b;
            }
            // Given back as the edits made from it are allocated, so the two are not held at once.
            std::vector<GroupedChoice>().swap(choices.blocks[block]);
        },
        options.threads);
}

std::vector<PairWork> pairsByWording(std::vector<std::pair<int, int>> candidates,
                                     std::vector<Fingerprint> prints, bool allPairs,
                                     const ReuseOptions& options, const std::atomic_bool& cancel,
                                     Progress& progress) {
    progress.setTotal(qsizetype(prints.size()) + 2 * qsizetype(candidates.size()) + 1);
    std::vector<PairWork> work = verify(candidates, prints, cancel, options.threads, progress);
    if (!allPairs)
        closeReprintStars(work, prints, cancel, options.threads, progress);
    // The candidates come sorted; the pairs that closing the stars added (75 of half a million at
    // 1,000 one-story articles) are sorted and merged in rather than everything sorted again. (a, b)
    // is unique per pair, so the order is the one std::sort gives.
    auto before = [](const PairWork& l, const PairWork& r) {
        return std::tie(l.a, l.b) < std::tie(r.a, r.b);
    };
    const auto sortedEnd = std::is_sorted_until(work.begin(), work.end(), before);
    std::sort(sortedEnd, work.end(), before);
    std::inplace_merge(work.begin(), sortedEnd, work.end(), before);
    return work; // the wording facts are all that was needed of the fingerprints
}

// Documents that sentence matching will read: those of undecided pairs (for their relation) and,
// in full mode, of every reused pair (for its matches).
std::vector<char> documentsToMatch(const std::vector<PairWork>& work, std::size_t n,
                                   const ReuseOptions& options) {
    std::vector<char> needed(n, 0);
    for (const PairWork& w : work)
        if (!w.decided || !options.pairsOnly)
            needed[size_t(w.a)] = needed[size_t(w.b)] = 1;
    return needed;
}

ReuseResult finishPairs(const std::vector<Document>& docs, std::vector<PairWork> work,
                        const std::vector<char>& needed,
                        const std::vector<std::vector<std::uint64_t>>& labels, const ReuseOptions& options,
                        const std::atomic_bool& cancel, Progress& progress) {
    ReuseResult result;
    const SideInputs sides = sideInputs(docs, needed, labels, cancel, options.threads);
    GroupedMemory memory;
    BlockChoices choices = matchPairs(work, sides, options, memory, cancel, progress);
    if (cancel) {
        result.cancelled = true;
        return result;
    }
    gatherPairs(work, docs, result, options.threads);
    gatherMatches(work, sides, choices, options, memory, result, cancel);
    result.cancelled = cancel;
    progress.step();
    return result;
}

ReuseResult decidePairs(const std::vector<Document>& docs, std::vector<std::pair<int, int>> candidates,
                        std::vector<Fingerprint> prints,
                        const std::vector<std::vector<std::uint64_t>>& labels, const ReuseOptions& options,
                        const std::atomic_bool& cancel, Progress& progress) {
    if (cancel)
        return cancelledResult();
    std::vector<PairWork> work =
        pairsByWording(std::move(candidates), std::move(prints), labels.empty(), options, cancel, progress);
    if (cancel)
        return cancelledResult();
    const std::vector<char> needed = documentsToMatch(work, docs.size(), options);
    return finishPairs(docs, std::move(work), needed, labels, options, cancel, progress);
}

} // namespace
} // namespace parallax
