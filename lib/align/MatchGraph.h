#pragma once

// Internal to lib/align: the reuse stage's sentence matches as a graph of blocks, grouped into
// clusters that can each become one row.

#include "align/AlignDocuments.h"
#include "corpus/Document.h"
#include "reuse/ReuseResult.h"

#include <atomic>
#include <utility>
#include <vector>

namespace parallax {

// A run of adjacent sentences of one column that must share a cell: one sentence, or the sentences
// a split or merge matched as one. Where pairs disagree on the grouping the strongest match wins
// (MatchGraph.cpp, makeBlocks).
struct Block {
    int column = 0;
    int first = 0;
    int count = 1;
    int paragraph = 0; // Document::paragraphs index of its first sentence
};

// One pair of blocks the reuse stage matched. Strength orders identical above near-identical above
// paraphrase whatever the scores, then by score (as the reuse stage takes its matches).
struct MatchEdge {
    int a = 0; // block ids, a < b
    int b = 0;
    double strength = 0;
    MatchKind kind = MatchKind::Paraphrase;
    int match = -1;    // index into ReuseResult::matches; -1 for a fact anchor
    bool fact = false; // a SentenceAnchor: one fact in other words, weaker than any match
    // Added to the strength when rows are ordered (RowOrder): a matched pair that states one fact
    // with different values (SentenceAnchor::disagreement) outweighs one crossing matched pair.
    double orderBonus = 0;
    bool firm = true;     // a fact edge from a firm claim (SentenceAnchor::firm)
    bool related = false; // a fact edge between numbers compared, not joined (SentenceAnchor::related)

    // 0 identical, 1 near-identical, 2 paraphrase, 3 fact, 4 related numbers: the row kind it makes
    int rank() const;
};

// What a disagreement adds to its matched pair's weight when rows are ordered: a little more than
// any one identical match (strength at most 3) is worth.
inline constexpr double kDisagreementOrderBonus = 3.5;
// The same for a possible disagreement (SentenceAnchor::firm false): as often two facts as one, so
// it moves a loose paraphrase off its row, not a reprinted sentence (docs/alignment.md, "Facts").
inline constexpr double kPossibleDisagreementOrderBonus = 1.0;

// How many of its matches a block keeps (the strongest; MatchGraph.cpp, edgeCutoffs): a sentence
// carried by thousands of outlets needs a few of its matches to make its row, not all of them.
inline constexpr int kMaxEdgesPerBlock = 50;

// The strength of a fact anchor of the given weight: below every match of the reuse stage.
double factStrength(double weight);

double matchStrength(MatchKind kind, double score);

struct MatchGraph {
    std::vector<Block> blocks;                     // column by column, each in sentence order
    std::vector<int> columnStart;                  // column c owns blocks [columnStart[c], columnStart[c+1])
    std::vector<std::vector<int>> blockOfSentence; // [column][sentence] -> block id
    std::vector<MatchEdge> edges;                  // strongest first
    std::vector<std::vector<int>> adjacency;       // block -> its edges (indices into `edges`)
    // Clusters: blocks joined by matches, strongest first, never two blocks of one column in one
    // cluster (a row has one cell per column). cluster[block] is its id in [0, clusterCount).
    std::vector<int> cluster;
    int clusterCount = 0;
    std::vector<int> clusterRank; // MatchEdge::rank of the weakest link that joined the cluster (0 if alone)
    std::vector<int> clusterSize; // blocks in the cluster

    int columns() const { return int(columnStart.size()) - 1; }
    // The direct edge between two blocks, or nullptr.
    const MatchEdge* edgeBetween(int blockA, int blockB) const;
    MatchEdge* edgeBetween(int blockA, int blockB) {
        return const_cast<MatchEdge*>(std::as_const(*this).edgeBetween(blockA, blockB));
    }
    int otherEnd(const MatchEdge& e, int block) const { return e.a == block ? e.b : e.a; }
    // True when the block has a match of the reuse stage (not only fact anchors) to a block of `cluster`.
    bool matchedInto(int block, int cluster) const;
};

// `columns` are document indices in column order. Matches and anchors touching other documents
// are ignored. Returns an empty graph when `cancel` becomes true. Uses `threads` threads (0: one per
// core); the graph does not depend on them.
MatchGraph buildMatchGraph(const std::vector<Document>& docs, const ReuseResult& reuse,
                           const std::vector<int>& columns, const std::atomic_bool& cancel,
                           const std::vector<SentenceAnchor>& factAnchors = {}, unsigned threads = 0);

} // namespace parallax
