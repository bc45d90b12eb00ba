#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace parallax {

// What two articles are to each other. docs/reuse.md says how each is decided.
enum class Relation {
    Reprint,      // one article is essentially the other, edited (cuts, house style, moved paragraphs)
    SharedSource, // both carry one source's text: a shared passage, or the same facts in the same order
    SameStory,    // same event, written independently: shared names and numbers, little shared prose
    Unrelated,
};

QString relationName(Relation relation); // the JSON spelling: "reprint", "shared-source", ...

// How closely two sentences (or two runs of sentences, for splits and merges) agree.
enum class MatchKind {
    Identical,     // equal after normalising case, quotes, dashes and spacing (Token::key)
    NearIdentical, // most words equal and in order: a few words edited
    Paraphrase,    // same content words, names and numbers, other wording
};

QString matchKindName(MatchKind kind); // "identical", "near-identical", "paraphrase"

enum class EditOp { Equal, Insert, Delete, Replace };

QString editOpName(EditOp op); // "equal", "insert", "delete", "replace"

// One run of a word-level diff. Token indices are into Document::tokens of each side, so a run can
// be highlighted with the tokens' spans. Insert has countA == 0, Delete countB == 0; firstA/firstB
// of an empty side is where the run would sit.
struct WordEdit {
    EditOp op = EditOp::Equal;
    int firstA = 0;
    int countA = 0;
    int firstB = 0;
    int countB = 0;

    friend bool operator==(const WordEdit&, const WordEdit&) = default;
};

// Two articles worth reporting. a < b, both indices into the documents given to findReuse.
struct DocumentPair {
    int a = 0;
    int b = 0;
    double resemblance = 0;     // shared 3-word shingles / shingles of either (Jaccard)
    double containmentAInB = 0; // share of a's shingles found in b
    double containmentBInA = 0;
    Relation relation = Relation::Unrelated;
    int original = -1;       // a or b when the evidence says who copied whom, else -1
    int sharedSentences = 0; // sentence matches between the two (see docs/reuse.md for pairs-only mode)
    QString evidence;        // one line: why this relation and why that original
};

// A sentence of one article matched to a sentence of another. A sentence split in two, or two
// sentences merged into one, is one match with count 2 on one side.
//
// Its word diff is not held here but in the edit store of the result it belongs to (ReuseResult::
// edits, PairMatches::edits; read it with their editsOf): a one-story folder of 1,000 articles has
// three million matches, and a vector each was three million heap blocks to allocate and a third
// more memory.
struct SentenceMatch {
    int docA = 0;
    int firstA = 0; // sentences [firstA, firstA + countA) of docA
    int countA = 1;
    int docB = 0;
    int firstB = 0;
    int countB = 1;
    double score = 0; // 0..1: word agreement for (near-)identical, content agreement for paraphrase
    MatchKind kind = MatchKind::Paraphrase;
    std::uint32_t editsCount = 0; // its word diff: edits [editsBegin, editsBegin + editsCount) of
    std::size_t editsBegin = 0;   // its result's store, in order; none in pairs-only mode
};

// The word diff of `m` in `store`, the edit store of the result `m` belongs to.
inline std::span<const WordEdit> editsOf(const std::vector<WordEdit>& store, const SentenceMatch& m) {
    return {store.data() + m.editsBegin, m.editsCount};
}

struct ReuseResult {
    std::vector<DocumentPair> pairs;    // by (a, b); unrelated pairs are left out
    std::vector<SentenceMatch> matches; // by (docA, docB, firstA); docA < docB
    std::vector<WordEdit> edits;        // the matches' word diffs, in the order of `matches`
    bool cancelled = false;

    std::span<const WordEdit> editsOf(const SentenceMatch& m) const { return parallax::editsOf(edits, m); }
};

} // namespace parallax
