// The word diff inside a row: numbers compared by value, formatting noted, words changed marked.
#include "AlignTestUtil.h"

#include "align/CellDiff.h"

#include <gtest/gtest.h>

using namespace parallax;
using namespace parallax::test;

namespace {

struct Diffed {
    Document a;
    Document b;
    CellDiff diff;
    int changes() const {
        int n = 0;
        for (const WordEdit& e : diff.edits)
            n += e.op != EditOp::Equal;
        return n;
    }
    QString textA(int first, int count) const { return spanText(a, first, count); }
    QString textB(int first, int count) const { return spanText(b, first, count); }
    static QString spanText(const Document& d, int first, int count) {
        if (count == 0)
            return {};
        return d.text.mid(d.tokens[size_t(first)].span.start,
                          d.tokens[size_t(first + count - 1)].span.end - d.tokens[size_t(first)].span.start);
    }
};

Diffed diffOf(const char* a, const char* b) {
    Diffed d{makeDocument(u"a"_qs, QString::fromUtf8(a)), makeDocument(u"b"_qs, QString::fromUtf8(b)), {}};
    d.diff = diffCells(d.a, Cell{0, int(d.a.sentences.size())}, d.b, Cell{0, int(d.b.sentences.size())});
    return d;
}

} // namespace

TEST(CellDiff, NumbersWithOneValueAreFormattingNotChanges) {
    struct Case {
        const char* a;
        const char* b;
        double value;
        const char* spellingA;
        const char* spellingB;
    } cases[] = {
        {"Fourteen were taken to hospital.", "14 were taken to hospital.", 14, "Fourteen", "14"},
        // A unit of measurement written next to the number is part of its spelling.
        {"It holds three thousand tonnes of grain.", "It holds 3,000 tonnes of grain.", 3000,
         "three thousand tonnes", "3,000 tonnes"},
        {"The port handles 40% of imports.", "The port handles 40 per cent of imports.", 40, "40",
         "40 per cent"},
        {"The port handles 40 percent of imports.", "The port handles 40 per cent of imports.", 40,
         "40 percent", "40 per cent"},
        {"The seven-hour raid ended at dawn.", "The 7-hour raid ended at dawn.", 7, "seven-hour", "7-hour"},
        {"Twenty-one people were hurt.", "21 people were hurt.", 21, "Twenty-one", "21"},
        {"Crews pumped 1.2m litres of water.", "Crews pumped 1.2 million litres of water.", 1.2e6,
         "1.2m litres", "1.2 million litres"},
        {"Stay within 2km of the site.", "Stay within 2 kilometers of the site.", 2, "2km", "2 kilometers"},
        {"It is the fourth year of war.", "It is the 4th year of war.", 4, "fourth", "4th"},
        {"They counted one hundred and twenty boats.", "They counted 120 boats.", 120,
         "one hundred and twenty", "120"},
        {"The 13-hour attack left damage.", "The thirteen-hour attack left damage.", 13, "13-hour",
         "thirteen-hour"},
    };
    for (const Case& c : cases) {
        const Diffed d = diffOf(c.a, c.b);
        EXPECT_EQ(d.changes(), 0) << c.a << " / " << c.b;
        ASSERT_EQ(d.diff.formatting.size(), 1u) << c.a << " / " << c.b;
        const NumberFormatting& f = d.diff.formatting[0];
        EXPECT_DOUBLE_EQ(f.value, c.value) << c.a;
        EXPECT_EQ(d.textA(f.firstA, f.countA), QString::fromUtf8(c.spellingA));
        EXPECT_EQ(d.textB(f.firstB, f.countB), QString::fromUtf8(c.spellingB));
    }
}

TEST(CellDiff, ADifferentValueIsAChange) {
    const Diffed d = diffOf("Two remained in a serious condition.", "Three remained in a serious condition.");
    ASSERT_EQ(d.changes(), 1);
    EXPECT_TRUE(d.diff.formatting.empty());
    EXPECT_EQ(d.diff.edits[0].op, EditOp::Replace);
    EXPECT_EQ(d.textA(d.diff.edits[0].firstA, d.diff.edits[0].countA), u"Two");
    EXPECT_EQ(d.textB(d.diff.edits[0].firstB, d.diff.edits[0].countB), u"Three");
    // A percentage is not the bare number, nor a unit-less one a measure.
    EXPECT_EQ(diffOf("It fell by 40% overnight.", "It fell by 40 overnight.").changes(), 1);
    EXPECT_EQ(diffOf("A seven-hour raid.", "A seven raid.").changes(), 1);
}

TEST(CellDiff, SameSpellingsNeedNoNote) {
    const Diffed d =
        diffOf("At 9am, 3,000 people and one dog left.", "At 9am, 3000 people and one dog left.");
    EXPECT_EQ(d.changes(), 0);
    EXPECT_TRUE(d.diff.formatting.empty()); // "3,000" and "3000" have one matching key
}

TEST(CellDiff, WordsAroundARespelledNumberAreStillDiffed) {
    const Diffed d = diffOf("Fourteen crew members were taken off the ships as a precaution.",
                            "As a precaution, 14 crew members were taken off the ships.");
    ASSERT_EQ(d.diff.formatting.size(), 1u);
    EXPECT_EQ(d.diff.formatting[0].value, 14);
    QStringList inserted, deleted;
    for (const WordEdit& e : d.diff.edits) {
        if (e.op == EditOp::Insert)
            inserted << d.textB(e.firstB, e.countB);
        if (e.op == EditOp::Delete)
            deleted << d.textA(e.firstA, e.countA);
        EXPECT_NE(e.op, EditOp::Replace);
    }
    EXPECT_EQ(inserted, QStringList{u"As a precaution"_qs});
    EXPECT_EQ(deleted, QStringList{u"as a precaution"_qs});
}

TEST(CellDiff, KnownEditsAreKeptAndTheirReplacementsReadByValue) {
    Diffed d{makeDocument(u"a"_qs, u"Of the injured, twelve were taken to hospital."_qs),
             makeDocument(u"b"_qs, u"Of the injured, 12 were taken to a hospital."_qs),
             {}};
    // As the reuse stage reports it: "twelve" -> "12" replaced, "a" inserted.
    const std::vector<WordEdit> known{{EditOp::Equal, 0, 3, 0, 3},
                                      {EditOp::Replace, 3, 1, 3, 1},
                                      {EditOp::Equal, 4, 3, 4, 3},
                                      {EditOp::Insert, 7, 0, 7, 1},
                                      {EditOp::Equal, 7, 1, 8, 1}};
    d.diff = diffCells(d.a, Cell{0, 1}, d.b, Cell{0, 1}, known);
    const std::vector<WordEdit> expected{
        {EditOp::Equal, 0, 7, 0, 7}, {EditOp::Insert, 7, 0, 7, 1}, {EditOp::Equal, 7, 1, 8, 1}};
    EXPECT_EQ(d.diff.edits, expected);
    ASSERT_EQ(d.diff.formatting.size(), 1u);
    EXPECT_EQ(d.diff.formatting[0], (NumberFormatting{3, 1, 3, 1, 12}));
    // Seen from the other side.
    const std::vector<WordEdit> reversed = reversedEdits(known);
    EXPECT_EQ(reversed[3], (WordEdit{EditOp::Delete, 7, 1, 7, 0}));
    EXPECT_EQ(reversed[1], (WordEdit{EditOp::Replace, 3, 1, 3, 1}));
}

TEST(CellDiff, AGapComparesAsNoWords) {
    const Document a = makeDocument(u"a"_qs, u"Nothing here matches."_qs);
    const CellDiff d = diffCells(a, Cell{0, 1}, a, Cell{});
    ASSERT_EQ(d.edits.size(), 1u);
    EXPECT_EQ(d.edits[0].op, EditOp::Delete);
    EXPECT_EQ(d.edits[0].countA, 3);
}
