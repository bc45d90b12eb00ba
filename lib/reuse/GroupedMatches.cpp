#include "reuse/GroupedMatches.h"

#include "reuse/WordDiff.h"
#include "util/SortedSets.h"

#include <xxhash.h>

#include <algorithm>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <tuple>

namespace parallax {
namespace {

// matchSentences' word-level test of two single sentences, with its bound on distinct common words.
// The score when they are near-identical copies, else nothing.
std::optional<double> compareCopies(const MatchInput& a, const MatchPrep::Group& x, const MatchInput& b,
                                    const MatchPrep::Group& y) {
    const double distinct =
        2.0 * double(sortedCommonCount(x.words, y.words)) / double(x.words.size() + y.words.size());
    if (distinct < nearIdenticalMin)
        return std::nullopt;
    const auto& wa = *a.words;
    const auto& wb = *b.words;
    const int common =
        commonWordCount(&wa[size_t(x.firstToken)], x.tokenCount, &wb[size_t(y.firstToken)], y.tokenCount);
    const double score = 2.0 * common / double(x.tokenCount + y.tokenCount);
    if (score >= nearIdenticalMin)
        return score;
    return std::nullopt;
}

// Two edited copies of one sentence, as word sequences, meet in hundreds of pairs of a one-story
// folder (each outlet's edit against the wire's own wording): their comparison and word diff are
// kept in a memory (GroupedMemory), by the two sequences' hashes. Both are functions of the words
// alone.
struct Remembered {
    std::uint64_t a = 0; // the key: the two sequences' hashes
    std::uint64_t b = 0;
    double score = 0;
    std::uint32_t editsBegin = 0; // in Memory::edits, relative to each sentence's first token
    std::uint16_t editsCount = 0;
    std::uint8_t state = 0; // 0: an empty slot, else the flags below

    static constexpr std::uint8_t known = 1, near = 2, diffed = 4;
};

// Enough for every pairing of a story's edited sentences; cleared past it so memory stays bounded.
constexpr std::size_t maxRemembered = 1 << 20;

// An open-addressing table (linear probing, at most half full) in one array: a lookup is one cache
// line where a node-based map took three (bucket, node, its chain), and five million lookups at
// 1,000 one-story articles were a tenth of the whole run. The table and the edits are two blocks,
// given back whole with their GroupedMemory (a million nodes freed one by one fragmented malloc's
// arenas for the stages after). A pair's lookups are batched: reserve() room for them, then
// prefetch every slot before reading any, so their cache misses overlap.
class Memory {
public:
    Memory() { slots_.resize(std::size_t(1) << 12); }

    // Room for `more` new entries; until the next call, slot indices stay valid.
    void reserve(std::size_t more) {
        if (size_ + more > maxRemembered) {
            std::fill(slots_.begin(), slots_.end(), Remembered{});
            size_ = 0;
            edits.clear();
        }
        while ((size_ + more) * 2 > slots_.size())
            grow();
    }
    std::size_t home(std::uint64_t a, std::uint64_t b) const {
        // XXH3 values: their low bits are uniform already. b is mixed so (a, b) and (b, a) part.
        return std::size_t(a ^ (b * 0x9E3779B97F4A7C15ULL)) & (slots_.size() - 1);
    }
    void prefetch(std::size_t slot) const { __builtin_prefetch(&slots_[slot]); }
    // The slot of key (a, b), probed from its home (home()). A new key is added as `known` with
    // nothing else, and `added` set: the caller fills it in.
    std::uint32_t find(std::uint64_t a, std::uint64_t b, std::size_t slot, bool& added) {
        const std::size_t mask = slots_.size() - 1;
        for (;; slot = (slot + 1) & mask) {
            Remembered& r = slots_[slot];
            if (r.state == 0) {
                r.a = a, r.b = b, r.state = Remembered::known;
                ++size_;
                added = true;
                return std::uint32_t(slot);
            }
            if (r.a == a && r.b == b) {
                added = false;
                return std::uint32_t(slot);
            }
        }
    }
    Remembered& operator[](std::uint32_t slot) { return slots_[slot]; }

    std::vector<WordEdit> edits;

private:
    void grow() {
        std::vector<Remembered> old(slots_.size() * 2);
        old.swap(slots_);
        for (const Remembered& r : old)
            if (r.state != 0) {
                std::size_t slot = home(r.a, r.b);
                while (slots_[slot].state != 0)
                    slot = (slot + 1) & (slots_.size() - 1);
                slots_[slot] = r;
            }
    }

    std::vector<Remembered> slots_; // a power of two
    std::size_t size_ = 0;
};

} // namespace

struct GroupedMemory::Table {
    Memory memory;
};

GroupedMemory::GroupedMemory() = default;
GroupedMemory::~GroupedMemory() = default;

GroupedMemory::Lease::Lease(GroupedMemory& owner)
    : owner_(owner) {
    const std::lock_guard lock(owner_.mutex_);
    if (!owner_.idle_.empty()) {
        table_ = std::move(owner_.idle_.back());
        owner_.idle_.pop_back();
    } else {
        table_ = std::make_unique<Table>();
    }
}

GroupedMemory::Lease::~Lease() {
    const std::lock_guard lock(owner_.mutex_);
    owner_.idle_.push_back(std::move(table_));
}

namespace {

struct Candidate {
    std::uint32_t x = 0; // indices into the two sides' grouped sentences
    std::uint32_t y = 0;
    std::uint32_t slot = 0; // a near-identical one's in the memory (Memory::find)
    int sentenceA = 0;
    int sentenceB = 0;
    MatchKind kind = MatchKind::NearIdentical;
    double score = 0;
};

// Two sentences of one group, one from each side, not word-for-word copies.
struct Pending {
    const GroupedSentence* x = nullptr;
    const GroupedSentence* y = nullptr;
    std::size_t slot = 0;
};

bool sameWords(const MatchInput& a, const GroupedSentence& x, const MatchInput& b, const GroupedSentence& y) {
    // Different hashes are different words; equal ones are checked (a collision is not a copy).
    if (x.wordsHash != y.wordsHash)
        return false;
    const MatchPrep::Group& gx = *x.single;
    const MatchPrep::Group& gy = *y.single;
    const auto& wa = *a.words;
    const auto& wb = *b.words;
    return gx.tokenCount == gy.tokenCount &&
           std::equal(wa.begin() + gx.firstToken, wa.begin() + gx.firstToken + gx.tokenCount,
                      wb.begin() + gy.firstToken);
}

// The word diff of two near-identical sentences, appended to `edits`; from the memory when the same
// two word sequences were diffed before. `slot` is theirs (Memory::find).
void appendDiffRemembered(const MatchInput& a, const MatchPrep::Group& x, const MatchInput& b,
                          const MatchPrep::Group& y, std::uint32_t slot, Memory& remembered,
                          std::vector<WordEdit>& edits) {
    Remembered& r = remembered[slot];
    if (!(r.state & Remembered::diffed)) {
        const std::size_t first = edits.size();
        appendWordDiff(*a.words, x.firstToken, x.tokenCount, *b.words, y.firstToken, y.tokenCount, edits);
        const std::size_t count = edits.size() - first;
        if (count > std::numeric_limits<std::uint16_t>::max() ||
            remembered.edits.size() + count > std::numeric_limits<std::uint32_t>::max())
            return; // not kept: past what an entry can point to
        r.editsBegin = std::uint32_t(remembered.edits.size());
        r.editsCount = std::uint16_t(count);
        for (std::size_t k = first; k < first + count; ++k) {
            WordEdit e = edits[k];
            e.firstA -= x.firstToken, e.firstB -= y.firstToken;
            remembered.edits.push_back(e);
        }
        r.state |= Remembered::diffed;
        return;
    }
    for (std::size_t k = r.editsBegin; k < std::size_t(r.editsBegin) + r.editsCount; ++k) {
        WordEdit e = remembered.edits[k];
        e.firstA += x.firstToken, e.firstB += y.firstToken;
        edits.push_back(e);
    }
}

// The most of `choices` (by sentence of a) that keep the same order on both sides, as matchesInOrder.
int choicesInOrder(std::span<const GroupedChoice> choices, const std::vector<GroupedSentence>& groupsB) {
    thread_local std::vector<int> tails;
    tails.clear();
    for (const GroupedChoice& c : choices) {
        const int sentenceB = groupsB[c.y].sentence;
        const auto it = std::lower_bound(tails.begin(), tails.end(), sentenceB);
        if (it == tails.end())
            tails.push_back(sentenceB);
        else
            *it = sentenceB;
    }
    return int(tails.size());
}

} // namespace

std::vector<GroupedSentence> sentencesByGroup(const std::vector<std::uint64_t>& labels,
                                              const MatchInput& in) {
    std::vector<GroupedSentence> out;
    out.reserve(labels.size());
    const std::vector<MatchPrep::Group>& singles = in.prep->singles;
    auto single = singles.begin();
    for (std::size_t s = 0; s < labels.size(); ++s) {
        while (single != singles.end() && single->first < int(s))
            ++single;
        if (labels[s] == ~std::uint64_t(0) || single == singles.end() || single->first != int(s))
            continue;
        out.push_back({labels[s], int(s), &*single,
                       XXH3_64bits(in.words->data() + single->firstToken,
                                   size_t(single->tokenCount) * sizeof(std::uint64_t))});
    }
    std::sort(out.begin(), out.end(), [](const GroupedSentence& l, const GroupedSentence& r) {
        return std::pair(l.group, l.sentence) < std::pair(r.group, r.sentence);
    });
    return out;
}

int chooseGroupedMatches(const MatchInput& a, const std::vector<GroupedSentence>& groupsA,
                         const MatchInput& b, const std::vector<GroupedSentence>& groupsB,
                         std::vector<GroupedChoice>& out, int& inOrder, std::size_t& edits,
                         GroupedMemory::Lease& memory) {
    Memory& remembered = memory.table().memory;
    thread_local std::vector<Candidate> candidates;
    thread_local std::vector<Pending> pending;
    candidates.clear();
    pending.clear();
    for (std::size_t i = 0, j = 0; i < groupsA.size() && j < groupsB.size();) {
        if (groupsA[i].group < groupsB[j].group) {
            ++i;
        } else if (groupsB[j].group < groupsA[i].group) {
            ++j;
        } else {
            // Every sentence of the group on one side with every one on the other (almost always one each).
            std::size_t iEnd = i, jEnd = j;
            while (iEnd < groupsA.size() && groupsA[iEnd].group == groupsA[i].group)
                ++iEnd;
            while (jEnd < groupsB.size() && groupsB[jEnd].group == groupsB[j].group)
                ++jEnd;
            for (std::size_t x = i; x < iEnd; ++x)
                for (std::size_t y = j; y < jEnd; ++y)
                    if (sameWords(a, groupsA[x], b, groupsB[y]))
                        candidates.push_back({std::uint32_t(x), std::uint32_t(y), 0, groupsA[x].sentence,
                                              groupsB[y].sentence, MatchKind::Identical, 1.0});
                    else
                        pending.push_back({&groupsA[x], &groupsB[y]});
            i = iEnd, j = jEnd;
        }
    }
    // The rest are compared (compareCopies), or found compared before.
    remembered.reserve(pending.size());
    for (Pending& p : pending) {
        p.slot = remembered.home(p.x->wordsHash, p.y->wordsHash);
        remembered.prefetch(p.slot);
    }
    for (const Pending& p : pending) {
        bool added = false;
        const std::uint32_t slot = remembered.find(p.x->wordsHash, p.y->wordsHash, p.slot, added);
        Remembered& r = remembered[slot];
        if (added) {
            const std::optional<double> score = compareCopies(a, *p.x->single, b, *p.y->single);
            if (score)
                r.state |= Remembered::near, r.score = *score;
        }
        if (r.state & Remembered::near)
            candidates.push_back({std::uint32_t(p.x - groupsA.data()), std::uint32_t(p.y - groupsB.data()),
                                  slot, p.x->sentence, p.y->sentence, MatchKind::NearIdentical, r.score});
    }
    // As matchSentences: identical before near-identical, then by score, ties in reading order.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& l, const Candidate& r) {
        return std::tuple(l.kind != MatchKind::Identical, -l.score, l.sentenceA, l.sentenceB) <
               std::tuple(r.kind != MatchKind::Identical, -r.score, r.sentenceA, r.sentenceB);
    });
    thread_local std::vector<char> usedA, usedB;
    usedA.assign(a.doc->sentences.size(), 0);
    usedB.assign(b.doc->sentences.size(), 0);
    const std::size_t first = out.size();
    edits = 0;
    for (const Candidate& c : candidates) {
        if (usedA[size_t(c.sentenceA)] || usedB[size_t(c.sentenceB)])
            continue;
        usedA[size_t(c.sentenceA)] = usedB[size_t(c.sentenceB)] = 1;
        GroupedChoice choice;
        choice.x = c.x;
        choice.y = c.y;
        choice.identical = c.kind == MatchKind::Identical;
        choice.score = c.score;
        const MatchPrep::Group& x = *groupsA[c.x].single;
        if (choice.identical) {
            edits += x.tokenCount > 0 ? 1 : 0;
        } else if (remembered[c.slot].state & Remembered::diffed) {
            edits += remembered[c.slot].editsCount;
        } else {
            thread_local std::vector<WordEdit> diff;
            diff.clear();
            appendDiffRemembered(a, x, b, *groupsB[c.y].single, c.slot, remembered, diff);
            edits += diff.size();
        }
        out.push_back(choice);
    }
    // By sentence of a: a side's grouped sentences are sorted by group, not by sentence.
    std::sort(out.begin() + std::ptrdiff_t(first), out.end(),
              [&](const GroupedChoice& l, const GroupedChoice& r) {
                  return groupsA[l.x].sentence < groupsA[r.x].sentence;
              });
    const std::span<const GroupedChoice> chosen(out.data() + first, out.size() - first);
    inOrder = choicesInOrder(chosen, groupsB);
    return int(chosen.size());
}

void groupedMatchesWithEdits(const MatchInput& a, const std::vector<GroupedSentence>& groupsA,
                             const MatchInput& b, const std::vector<GroupedSentence>& groupsB,
                             std::span<const GroupedChoice> choices, SentenceMatch* out, WordEdit* edits,
                             std::size_t editsBegin, std::size_t editsEnd, GroupedMemory::Lease& memory) {
    // The near-identical ones' diffs are remembered, unless the memory was full since: their slots
    // are looked up together.
    Memory& remembered = memory.table().memory;
    thread_local std::vector<std::size_t> slots;
    slots.assign(choices.size(), 0);
    remembered.reserve(choices.size());
    for (std::size_t k = 0; k < choices.size(); ++k)
        if (!choices[k].identical) {
            slots[k] = remembered.home(groupsA[choices[k].x].wordsHash, groupsB[choices[k].y].wordsHash);
            remembered.prefetch(slots[k]);
        }
    thread_local std::vector<WordEdit> diff;
    for (std::size_t k = 0; k < choices.size(); ++k) {
        const GroupedChoice& c = choices[k];
        const GroupedSentence& x = groupsA[c.x];
        const GroupedSentence& y = groupsB[c.y];
        SentenceMatch& m = out[k];
        m.firstA = x.sentence;
        m.firstB = y.sentence;
        m.score = c.score;
        m.kind = c.identical ? MatchKind::Identical : MatchKind::NearIdentical;
        diff.clear();
        if (c.identical) {
            // The words of two identical sentences are one equal run, as wordDiff finds it.
            if (x.single->tokenCount > 0)
                diff.push_back(WordEdit{EditOp::Equal, x.single->firstToken, x.single->tokenCount,
                                        y.single->firstToken, y.single->tokenCount});
        } else {
            bool added = false;
            const std::uint32_t slot = remembered.find(x.wordsHash, y.wordsHash, slots[k], added);
            if (added) { // forgotten since: what was found is a function of the words
                Remembered& r = remembered[slot];
                r.state |= Remembered::near, r.score = c.score;
            }
            appendDiffRemembered(a, *x.single, b, *y.single, slot, remembered, diff);
        }
        // The same words give the same diff; only two word sequences whose hashes collide could
        // differ, and they must not write past the room counted for them.
        if (diff.size() > editsEnd - editsBegin)
            throw std::logic_error("grouped matches: a word diff changed between its two steps");
        m.editsBegin = editsBegin;
        m.editsCount = std::uint32_t(diff.size());
        editsBegin = std::size_t(std::copy(diff.begin(), diff.end(), edits + editsBegin) - edits);
    }
    if (editsBegin != editsEnd)
        throw std::logic_error("grouped matches: a word diff changed between its two steps");
}

} // namespace parallax
