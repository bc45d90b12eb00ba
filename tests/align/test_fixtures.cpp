// Named input sets under tests/data/align (README.md there says what each was written to show),
// aligned after the real reuse stage.
#include "AlignTestUtil.h"
#include "SharedCorpus.h"

#include "align/AlignmentJson.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace parallax;
using namespace parallax::test;

namespace {

struct Fixture {
    Corpus corpus;
    ReuseResult reuse;
    const std::vector<Document>& docs() const { return corpus.documents; }
    int doc(const char* id) const { return documentIndex(corpus.documents, QLatin1String(id)); }
};

Fixture fixture(const char* name) {
    Fixture f;
    f.corpus = loadFolder(testDataDir() + u"/align/"_qs + QLatin1String(name));
    f.reuse = reuseOf(f.corpus.documents);
    if (qEnvironmentVariableIsSet("PARALLAX_DUMP_ALIGNMENT"))
        std::printf("%s\n%s\n", name, qPrintable(dump(align(f.docs(), f.reuse), f.docs(), 50)));
    return f;
}

#define EXPECT_INVARIANTS(a, docs)                                                                           \
    do {                                                                                                     \
        const QStringList v = invariantViolations(a, docs);                                                  \
        EXPECT_TRUE(v.isEmpty()) << v.join(u'\n').toStdString() << "\n" << dump(a, docs).toStdString();      \
    } while (0)

} // namespace

TEST(Reordered, MovedParagraphIsMarkedAndLinkedToItsCounterpart) {
    const Fixture f = fixture("reordered");
    ASSERT_EQ(f.docs().size(), 2u);
    const int gazette = f.doc("ashcombe-gazette"), echo = f.doc("ashcombe-echo");
    const Alignment a = align(f.docs(), f.reuse, gazette);
    EXPECT_INVARIANTS(a, f.docs());
    EXPECT_EQ(a.reference, gazette);
    const int g = a.columnOf(gazette), e = a.columnOf(echo);
    for (const char* moved : {"Residents had complained", "The water company said"}) {
        const int row = rowWith(a, f.docs(), echo, QLatin1String(moved));
        ASSERT_GE(row, 0);
        const AlignedRow& r = a.rows[size_t(row)];
        EXPECT_TRUE(r.cells[size_t(e)].moved) << moved << "\n" << dump(a, f.docs()).toStdString();
        EXPECT_TRUE(r.cells[size_t(g)].isGap());
        const int counterpart = rowWith(a, f.docs(), gazette, QLatin1String(moved));
        EXPECT_EQ(r.counterpart, counterpart) << moved;
        ASSERT_GE(counterpart, 0);
        const auto& back = a.rows[size_t(counterpart)].movedRows;
        EXPECT_NE(std::find(back.begin(), back.end(), row), back.end()) << moved;
        EXPECT_EQ(r.kind, RowKind::Identical) << moved;
    }
    // The paragraph the reprint kept in place is level, and nothing of the reference moves.
    for (const char* level : {"Floodwater poured", "The library will stay closed", "mobile library van"})
        EXPECT_EQ(rowWith(a, f.docs(), gazette, QLatin1String(level)),
                  rowWith(a, f.docs(), echo, QLatin1String(level)))
            << level;
    for (const AlignedRow& row : a.rows)
        EXPECT_FALSE(row.cells[size_t(g)].moved);
}

TEST(Reordered, TheChosenReferenceDecidesWhichSideMoves) {
    const Fixture f = fixture("reordered");
    const int gazette = f.doc("ashcombe-gazette"), echo = f.doc("ashcombe-echo");
    const Alignment a = align(f.docs(), f.reuse, echo);
    EXPECT_INVARIANTS(a, f.docs());
    EXPECT_EQ(a.reference, echo);
    const int row = rowWith(a, f.docs(), gazette, u"Residents had complained"_qs);
    ASSERT_GE(row, 0);
    EXPECT_TRUE(a.rows[size_t(row)].cells[size_t(a.columnOf(gazette))].moved);
    EXPECT_EQ(a.rows[size_t(row)].counterpart, rowWith(a, f.docs(), echo, u"Residents had complained"_qs));
    for (const AlignedRow& r : a.rows)
        EXPECT_FALSE(r.cells[size_t(a.columnOf(echo))].moved);
}

TEST(Reordered, NumbersSpelledDifferentlyAreFormattingNotWordChanges) {
    const Fixture f = fixture("reordered");
    const int gazette = f.doc("ashcombe-gazette"), echo = f.doc("ashcombe-echo");
    const Alignment a = align(f.docs(), f.reuse, gazette);
    const int row = rowWith(a, f.docs(), gazette, u"books in the local history room"_qs);
    ASSERT_EQ(row, rowWith(a, f.docs(), echo, u"books in the local history room"_qs));
    const AlignedRow& r = a.rows[size_t(row)];
    ASSERT_EQ(r.diffs.size(), 1u);
    const CellDiff& d = r.diffs[0];
    EXPECT_EQ(d.baseColumn, a.columnOf(gazette));
    EXPECT_EQ(d.column, a.columnOf(echo));
    for (const WordEdit& edit : d.edits)
        EXPECT_EQ(edit.op, EditOp::Equal) << "\"Fourteen thousand\" against \"14,000\" is no word change";
    ASSERT_EQ(d.formatting.size(), 1u);
    EXPECT_EQ(d.formatting[0].value, 14000);
    EXPECT_EQ(d.formatting[0].countA, 2); // "Fourteen thousand"
    EXPECT_EQ(d.formatting[0].countB, 1); // "14,000"
    // "nearly" -> "almost" is a word change.
    const int water = rowWith(a, f.docs(), gazette, u"found the ground floor"_qs);
    ASSERT_EQ(a.rows[size_t(water)].diffs.size(), 1u);
    int replaced = 0;
    for (const WordEdit& edit : a.rows[size_t(water)].diffs[0].edits)
        if (edit.op == EditOp::Replace) {
            ++replaced;
            EXPECT_EQ(f.docs()[size_t(gazette)].tokens[size_t(edit.firstA)].key, u"nearly");
            EXPECT_EQ(f.docs()[size_t(echo)].tokens[size_t(edit.firstB)].key, u"almost");
        }
    EXPECT_EQ(replaced, 1);
    EXPECT_EQ(a.rows[size_t(water)].kind, RowKind::NearIdentical);
}

TEST(Reordered, ASentenceFoundNowhereElseIsAloneOnItsRow) {
    const Fixture f = fixture("reordered");
    const int gazette = f.doc("ashcombe-gazette"), echo = f.doc("ashcombe-echo");
    const Alignment a = align(f.docs(), f.reuse, gazette);
    const int row = rowWith(a, f.docs(), echo, u"Councillor Ravi Mehta"_qs);
    ASSERT_GE(row, 0);
    EXPECT_EQ(a.rows[size_t(row)].kind, RowKind::Unique);
    EXPECT_TRUE(a.rows[size_t(row)].cells[size_t(a.columnOf(gazette))].isGap());
    EXPECT_TRUE(a.rows[size_t(row)].diffs.empty());
}

TEST(Split, ASplitSentenceSitsBesideBothHalves) {
    const Fixture f = fixture("split");
    ASSERT_EQ(f.docs().size(), 2u);
    const int courier = f.doc("harbour-courier"), post = f.doc("harbour-post");
    const Alignment a = align(f.docs(), f.reuse, courier);
    EXPECT_INVARIANTS(a, f.docs());
    // One sentence in the courier, two in the post: one row, the post's cell a group of two.
    const int row = rowWith(a, f.docs(), courier, u"Witnesses described a flash"_qs);
    ASSERT_GE(row, 0);
    EXPECT_EQ(rowWith(a, f.docs(), post, u"Witnesses described a flash"_qs), row);
    EXPECT_EQ(rowWith(a, f.docs(), post, u"A column of black smoke then drifted"_qs), row);
    const Cell& cell = a.rows[size_t(row)].cells[size_t(a.columnOf(post))];
    EXPECT_EQ(cell.count, 2);
    EXPECT_EQ(a.rows[size_t(row)].kind, RowKind::NearIdentical);
    // And the other way: two sentences of the courier merged into one of the post.
    const int merged = rowWith(a, f.docs(), post, u"Two of them were taken"_qs);
    EXPECT_EQ(rowWith(a, f.docs(), courier, u"Two of them were taken"_qs), merged);
    EXPECT_EQ(rowWith(a, f.docs(), courier, u"The other two were treated"_qs), merged);
    EXPECT_EQ(a.rows[size_t(merged)].cells[size_t(a.columnOf(courier))].count, 2);
    // The JSON names the groups.
    const QJsonObject json = alignmentToJson(a, f.docs());
    const QJsonObject info = json[u"row_info"].toArray()[row].toObject();
    EXPECT_EQ(info[u"groups"].toArray(), (QJsonArray{QJsonArray{a.columnOf(post), cell.first, 2}}));
}

TEST(Three, OnlyTheArticlesThatShareASentenceShareItsRow) {
    const Fixture f = fixture("three");
    ASSERT_EQ(f.docs().size(), 3u);
    const int wire = f.doc("delmont-wire"), star = f.doc("delmont-star"), herald = f.doc("delmont-herald");
    const Alignment a = align(f.docs(), f.reuse, wire);
    EXPECT_INVARIANTS(a, f.docs());
    const int w = a.columnOf(wire), s = a.columnOf(star), h = a.columnOf(herald);
    auto rowOf = [&](int doc, const char* text) { return rowWith(a, f.docs(), doc, QLatin1String(text)); };
    // All three.
    const int lead = rowOf(wire, "Tram drivers in Delmont walked out");
    EXPECT_EQ(rowOf(star, "Tram drivers in Delmont walked out"), lead);
    EXPECT_EQ(rowOf(herald, "Tram drivers in Delmont walked out"), lead);
    EXPECT_EQ(a.rows[size_t(lead)].kind, RowKind::Identical);
    // Wire and star only: the herald has a gap.
    const int cycling = rowOf(wire, "Cycling groups reported");
    EXPECT_EQ(rowOf(star, "Cycling groups reported"), cycling);
    EXPECT_TRUE(a.rows[size_t(cycling)].cells[size_t(h)].isGap());
    EXPECT_EQ(a.rows[size_t(cycling)].textColumns(), 2);
    // Wire and herald only: the star has a gap.
    const int quote = rowOf(wire, "Nobody wants to strand passengers");
    EXPECT_EQ(rowOf(herald, "Nobody wants to strand passengers"), quote);
    EXPECT_TRUE(a.rows[size_t(quote)].cells[size_t(s)].isGap());
    // The herald's own sentence.
    const int shops = rowOf(herald, "Shop owners on Market Street");
    EXPECT_EQ(a.rows[size_t(shops)].kind, RowKind::Unique);
    EXPECT_TRUE(a.rows[size_t(shops)].cells[size_t(w)].isGap());
    // "after eleven weeks" / "after 11 weeks": same value, so the star's diff notes formatting only.
    const int talks = rowOf(wire, "talks with the authority had broken down");
    EXPECT_EQ(rowOf(star, "talks with the authority had broken down"), talks);
    EXPECT_EQ(rowOf(herald, "talks with the authority had broken down"), talks);
    bool noted = false;
    for (const CellDiff& d : a.rows[size_t(talks)].diffs)
        if (d.column == s) {
            noted = d.formatting.size() == 1 && d.formatting[0].value == 11;
            for (const WordEdit& e : d.edits)
                EXPECT_EQ(e.op, EditOp::Equal);
        }
    EXPECT_TRUE(noted);
}
