#include "align/CellDiff.h"

#include "align/WordUnits.h"
#include "reuse/WordDiff.h"

#include <algorithm>

namespace parallax {
namespace {

struct TokenRange {
    int first = 0;
    int count = 0;
};

TokenRange tokensOf(const Document& doc, const Cell& cell) {
    if (cell.isGap() || cell.first < 0 || cell.first + cell.count > int(doc.sentences.size()))
        return {};
    const Sentence& head = doc.sentences[size_t(cell.first)];
    const Sentence& tail = doc.sentences[size_t(cell.first + cell.count - 1)];
    return {head.firstToken, tail.firstToken + tail.tokenCount - head.firstToken};
}

// Appends runs, joining neighbours a reader would see as one: equal after equal, and any changes
// next to each other (a deletion beside an insertion reads as a replaced phrase).
class EditList {
public:
    void add(const WordEdit& e) {
        if (e.countA == 0 && e.countB == 0)
            return;
        if (!edits.empty()) {
            WordEdit& last = edits.back();
            const bool bothEqual = last.op == EditOp::Equal && e.op == EditOp::Equal;
            const bool bothChanged = last.op != EditOp::Equal && e.op != EditOp::Equal;
            if (bothEqual || bothChanged) {
                last.countA += e.countA;
                last.countB += e.countB;
                if (bothChanged)
                    last.op = last.countA == 0   ? EditOp::Insert
                              : last.countB == 0 ? EditOp::Delete
                                                 : EditOp::Replace;
                return;
            }
        }
        edits.push_back(e);
    }
    std::vector<WordEdit> edits;
};

void diffByValue(const WordUnitReader& a, TokenRange ra, const WordUnitReader& b, TokenRange rb,
                 EditList& out, std::vector<NumberFormatting>& notes) {
    const std::vector<WordUnit> ua = a.units(ra.first, ra.count);
    const std::vector<WordUnit> ub = b.units(rb.first, rb.count);
    std::vector<std::uint64_t> ha, hb;
    ha.reserve(ua.size());
    hb.reserve(ub.size());
    for (const WordUnit& u : ua)
        ha.push_back(u.hash);
    for (const WordUnit& u : ub)
        hb.push_back(u.hash);
    // Unit index -> token index; one past the end maps to the end of the range.
    auto tokenA = [&](int i) { return i < int(ua.size()) ? ua[size_t(i)].firstToken : ra.first + ra.count; };
    auto tokenB = [&](int i) { return i < int(ub.size()) ? ub[size_t(i)].firstToken : rb.first + rb.count; };
    for (const WordEdit& e : wordDiff(ha, 0, int(ha.size()), hb, 0, int(hb.size()))) {
        const int firstA = tokenA(e.firstA), firstB = tokenB(e.firstB);
        out.add({e.op, firstA, tokenA(e.firstA + e.countA) - firstA, firstB,
                 tokenB(e.firstB + e.countB) - firstB});
        if (e.op != EditOp::Equal)
            continue;
        for (int k = 0; k < e.countA; ++k) {
            const WordUnit& x = ua[size_t(e.firstA + k)];
            const WordUnit& y = ub[size_t(e.firstB + k)];
            if (x.isNumber && x.spelling != y.spelling)
                notes.push_back({x.firstToken, x.tokenCount, y.firstToken, y.tokenCount, x.value});
        }
    }
}

} // namespace

std::vector<WordEdit> reversedEdits(std::span<const WordEdit> edits) {
    std::vector<WordEdit> out;
    out.reserve(edits.size());
    for (const WordEdit& e : edits) {
        const EditOp op = e.op == EditOp::Insert   ? EditOp::Delete
                          : e.op == EditOp::Delete ? EditOp::Insert
                                                   : e.op;
        out.push_back({op, e.firstB, e.countB, e.firstA, e.countA});
    }
    return out;
}

std::pair<int, int> cellTokens(const Document& doc, const Cell& cell) {
    const TokenRange r = tokensOf(doc, cell);
    return {r.first, r.count};
}

CellDiff diffCellsWith(LazyWordUnits& baseWords, const Document& base, const Cell& baseCell,
                       const Document& other, const Cell& otherCell, std::span<const WordEdit> known) {
    CellDiff d;
    const TokenRange ra = tokensOf(base, baseCell), rb = tokensOf(other, otherCell);
    EditList out;
    const bool useKnown = !known.empty();
    // Words all equal by key: nothing to read, and no number can be spelled differently.
    if (useKnown &&
        std::all_of(known.begin(), known.end(), [](const WordEdit& e) { return e.op == EditOp::Equal; })) {
        for (const WordEdit& e : known)
            out.add(e);
        d.edits = std::move(out.edits);
        return d;
    }
    const WordUnitReader& readA = baseWords.get();
    const WordUnitReader readB(other, rb.first, rb.count);
    // The reuse stage's edits stand unless a changed run touches a number: then the whole cell is
    // diffed again by value, since a number's words may straddle its runs ("eleven" replaced,
    // "weeks" equal). Both diffs are the same longest common subsequence, so elsewhere they agree.
    bool numbersChanged = false;
    if (useKnown)
        for (const WordEdit& e : known)
            numbersChanged = numbersChanged ||
                             (e.op != EditOp::Equal &&
                              (readA.hasNumber(e.firstA, e.countA) || readB.hasNumber(e.firstB, e.countB)));
    if (useKnown && !numbersChanged) {
        for (const WordEdit& e : known)
            out.add(e);
    } else {
        diffByValue(readA, ra, readB, rb, out, d.formatting);
    }
    d.edits = std::move(out.edits);
    return d;
}

CellDiff diffCells(const Document& base, const Cell& baseCell, const Document& other, const Cell& otherCell,
                   std::span<const WordEdit> known) {
    const TokenRange ra = tokensOf(base, baseCell);
    LazyWordUnits baseWords(base, ra.first, ra.count);
    return diffCellsWith(baseWords, base, baseCell, other, otherCell, known);
}

} // namespace parallax
