// The two real corpora. Seeds (kyiv-2025-07-04): 000 is the Guardian piece and 002 its reprint,
// 001 and 003 rewrite one wire story, 004 is another outlet's report. Samples (docs/samples.md):
// velmouth-courier and its reprint eastern-standard (a split, a merge, a moved paragraph, numbers
// respelled), bayline-daily and morning-dispatch rewriting one wire story, caddoran-sentinel.
#include "AlignTestUtil.h"
#include "SharedCorpus.h"

#include "align/AlignmentJson.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace parallax;
using namespace parallax::test;

namespace {

struct Loaded {
    Corpus corpus;
    ReuseResult reuse;
    const std::vector<Document>& docs() const { return corpus.documents; }
    int doc(const char* idPrefix) const { return documentIndex(corpus.documents, QLatin1String(idPrefix)); }
};

Loaded load(const QString& folder) {
    Loaded out;
    out.corpus = loadFolder(folder);
    out.reuse = reuseOf(out.corpus.documents);
    return out;
}

const Loaded& seeds() {
    static const Loaded s = load(seedCorpusDir());
    return s;
}

const Loaded& samples() {
    static const Loaded s = load(sampleCorpusDir());
    return s;
}

Alignment alignAndCheck(const Loaded& l, int reference = -1) {
    const Alignment a = align(l.docs(), l.reuse, reference);
    const QStringList violations = invariantViolations(a, l.docs());
    EXPECT_TRUE(violations.isEmpty()) << violations.join(u'\n').toStdString();
    if (qEnvironmentVariableIsSet("PARALLAX_DUMP_ALIGNMENT"))
        std::printf("%s\n", qPrintable(dump(a, l.docs(), 36)));
    return a;
}

// Sentences of two articles, each named by a piece of its text, that must share a row.
struct Pair {
    const char* a;
    const char* b;
};

void expectSameRow(const Alignment& a, const Loaded& l, int docA, int docB, const Pair& p) {
    const int row = rowWith(a, l.docs(), docA, QString::fromUtf8(p.a));
    EXPECT_GE(row, 0) << p.a;
    EXPECT_EQ(rowWith(a, l.docs(), docB, QString::fromUtf8(p.b)), row) << p.a << " / " << p.b << "\n"
                                                                       << dump(a, l.docs()).toStdString();
}

const Pair guardianAndReprint[] = {
    {"The sustained and coordinated night-time attack", "The sustained and co-ordinated night-time attack"},
    {"Volodymyr Zelenskyy described the seven-hour raid",
     "Volodymyr Zelenskiy described the seven-hour raid"},
    {"There was also disruption to the normally reliable",
     "There was also disruption to the normally reliable"},
    {"Thursday’s attack came after the Pentagon", "Thursday’s grim attack came after the Pentagon"},
    {"Zelenskyy said he hoped to speak with Trump", "Mr Zelenskiy said on Thursday that he hoped"},
    {"“I ask everyone to remain calm", "“I ask everyone to remain calm"},
    {"Another drone attack on the southern Russian region",
     "Another drone attack on the southern Russian region"},
};

} // namespace

TEST(Seeds, TheGuardianAndItsReprintShareRowsSentenceForSentence) {
    PARALLAX_REQUIRE_SEEDS();
    const Loaded& l = seeds();
    ASSERT_EQ(l.docs().size(), 5u);
    // Whoever the reader takes as the reference, the reprint stays level with its original.
    for (int reference = -1; reference < 5; ++reference) {
        const Alignment a = alignAndCheck(l, reference);
        for (const Pair& p : guardianAndReprint)
            expectSameRow(a, l, l.doc("000"), l.doc("002"), p);
    }
}

TEST(Seeds, TheWireRewritesShareRowsWhereTheyParaphraseEachOther) {
    PARALLAX_REQUIRE_SEEDS();
    const Loaded& l = seeds();
    const Alignment a = alignAndCheck(l);
    const Pair paraphrases[] = {
        {"Ukrainian authorities reported that Russia launched a record-breaking",
         "Ukraine’s air force reported that Russia launched a record 550"},
        {"Air raid sirens blared across Kyiv", "Air raid alerts blared for over eight hours"},
        {"He appealed to international partners", "He appealed to international allies"},
        {"Dramatic footage released by Ukraine’s State Emergency Service",
         "Footage shared on social media by Ukraine’s state emergency service"},
    };
    for (const Pair& p : paraphrases) {
        expectSameRow(a, l, l.doc("001"), l.doc("003"), p);
        const int row = rowWith(a, l.docs(), l.doc("001"), QString::fromUtf8(p.a));
        EXPECT_EQ(a.rows[size_t(row)].kind, RowKind::Paraphrase) << p.a;
    }
}

TEST(Seeds, TheInjuredCountOfEveryArticleSitsOnOneRow) {
    PARALLAX_REQUIRE_SEEDS();
    const Loaded& l = seeds();
    const Alignment a = alignAndCheck(l, l.doc("000"));
    // 000 says it in two sentences ("... at least 23 people were injured. Fourteen were taken to
    // hospital."), 002 in one ("... at least 23 people were injured, 14 of whom ...").
    const int row = rowWith(a, l.docs(), l.doc("000"), u"at least 23 people were injured"_qs);
    ASSERT_GE(row, 0);
    EXPECT_EQ(rowWith(a, l.docs(), l.doc("000"), u"Fourteen were taken to hospital"_qs), row);
    EXPECT_EQ(rowWith(a, l.docs(), l.doc("002"), u"at least 23 people were injured, 14 of whom"_qs), row);
    EXPECT_EQ(rowWith(a, l.docs(), l.doc("004"), u"left at least 23 persons injured"_qs), row);
    const AlignedRow& r = a.rows[size_t(row)];
    EXPECT_EQ(r.cells[size_t(a.columnOf(l.doc("000")))].count, 2);
    // "Fourteen" and "14": the same value, a formatting note in 002's diff, not a word change.
    const CellDiff* reprint = nullptr;
    for (const CellDiff& d : r.diffs)
        if (d.column == a.columnOf(l.doc("002")))
            reprint = &d;
    ASSERT_NE(reprint, nullptr);
    ASSERT_EQ(reprint->formatting.size(), 1u);
    EXPECT_EQ(reprint->formatting[0].value, 14);
    const Document& guardian = l.docs()[size_t(l.doc("000"))];
    EXPECT_EQ(guardian.textOf(guardian.tokens[size_t(reprint->formatting[0].firstA)].span), u"Fourteen");
}

TEST(Seeds, MovedSentencesPointAtTheirCounterparts) {
    PARALLAX_REQUIRE_SEEDS();
    const Loaded& l = seeds();
    const Alignment a = alignAndCheck(l);
    int moved = 0;
    for (int r = 0; r < int(a.rows.size()); ++r) {
        const AlignedRow& row = a.rows[size_t(r)];
        if (row.counterpart < 0)
            continue;
        ++moved;
        EXPECT_NE(row.kind, RowKind::Unique);
        // The counterpart row holds a sentence the moved one was matched to.
        EXPECT_GT(a.rows[size_t(row.counterpart)].textColumns(), 0);
        EXPECT_TRUE(row.cells[size_t(a.columnOf(a.reference))].isGap());
    }
    EXPECT_GE(moved, 1);
}

TEST(Seeds, JsonHasTheDesignShape) {
    PARALLAX_REQUIRE_SEEDS();
    const Loaded& l = seeds();
    const Alignment a = alignAndCheck(l);
    const QJsonObject json = alignmentToJson(a, l.docs());
    const QJsonArray ids = json[u"documents"].toArray();
    ASSERT_EQ(ids.size(), 5);
    for (int c = 0; c < 5; ++c)
        EXPECT_EQ(ids[c].toString(), l.docs()[size_t(a.documents[size_t(c)])].id);
    const QJsonArray rows = json[u"rows"].toArray();
    ASSERT_EQ(rows.size(), qsizetype(a.rows.size()));
    EXPECT_EQ(json[u"row_info"].toArray().size(), rows.size());
    EXPECT_EQ(json[u"reference"].toString(), l.docs()[size_t(a.reference)].id);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QJsonArray cells = rows[r].toArray();
        ASSERT_EQ(cells.size(), 5);
        for (int c = 0; c < 5; ++c) {
            const Cell& cell = a.rows[size_t(r)].cells[size_t(c)];
            if (cell.isGap())
                EXPECT_TRUE(cells[c].isNull());
            else
                EXPECT_EQ(cells[c].toInt(-1), cell.first);
        }
        const QJsonObject info = json[u"row_info"].toArray()[r].toObject();
        EXPECT_EQ(info[u"kind"].toString(), rowKindName(a.rows[size_t(r)].kind));
    }
}

TEST(Samples, TheReprintsMovedParagraphSplitAndMergeAreAligned) {
    const Loaded& l = samples();
    ASSERT_EQ(l.docs().size(), 5u);
    const int courier = l.doc("velmouth-courier"), standard = l.doc("eastern-standard");
    const Alignment a = alignAndCheck(l, courier);
    const int vc = a.columnOf(courier), es = a.columnOf(standard);
    // Edit 10: the Environment Agency paragraph comes earlier in the reprint: moved, linked.
    for (const char* text : {"The Caddoran Environment Agency said it had placed", "Leah Fenwick"}) {
        const int row = rowWith(a, l.docs(), standard, QLatin1String(text));
        ASSERT_GE(row, 0);
        EXPECT_TRUE(a.rows[size_t(row)].cells[size_t(es)].moved) << text;
        EXPECT_EQ(a.rows[size_t(row)].counterpart, rowWith(a, l.docs(), courier, QLatin1String(text)))
            << text;
    }
    // Edit 4: split. One courier sentence, two reprint sentences, one row.
    const int flash = rowWith(a, l.docs(), courier, u"Witnesses described a flash"_qs);
    EXPECT_EQ(rowWith(a, l.docs(), standard, u"Witnesses described a flash"_qs), flash);
    EXPECT_EQ(rowWith(a, l.docs(), standard, u"A column of orange-brown smoke then drifted"_qs), flash);
    // Edits 6 and 7: merge, with "twelve" -> "12" (formatting) and "two" -> "three" (a change).
    const int injured = rowWith(a, l.docs(), courier, u"Of the injured, twelve were taken"_qs);
    EXPECT_EQ(rowWith(a, l.docs(), courier, u"The others, most of them cut by flying glass"_qs), injured);
    EXPECT_EQ(rowWith(a, l.docs(), standard, u"Of the injured, 12 were taken"_qs), injured);
    const AlignedRow& row = a.rows[size_t(injured)];
    EXPECT_EQ(row.cells[size_t(vc)].count, 2);
    const Document& c = l.docs()[size_t(courier)];
    const Document& s = l.docs()[size_t(standard)];
    bool twelve = false, twoToThree = false;
    for (const CellDiff& d : row.diffs) {
        if (d.column != es)
            continue;
        EXPECT_EQ(d.baseColumn, vc);
        for (const NumberFormatting& f : d.formatting)
            twelve = twelve || (f.value == 12 && c.tokens[size_t(f.firstA)].key == u"twelve" &&
                                s.tokens[size_t(f.firstB)].key == u"12");
        for (const WordEdit& e : d.edits)
            twoToThree = twoToThree || (e.op == EditOp::Replace && e.countA == 1 && e.countB == 1 &&
                                        c.tokens[size_t(e.firstA)].key == u"two" &&
                                        s.tokens[size_t(e.firstB)].key == u"three");
    }
    EXPECT_TRUE(twelve);
    EXPECT_TRUE(twoToThree);
    // Edit 8: "Fourteen crew members ..." reworded to "As a precaution, 14 crew members ...".
    const int crew = rowWith(a, l.docs(), courier, u"crew members were taken off"_qs);
    EXPECT_EQ(rowWith(a, l.docs(), standard, u"crew members were taken off"_qs), crew);
    ASSERT_EQ(a.rows[size_t(crew)].diffs.size(), 1u);
    ASSERT_EQ(a.rows[size_t(crew)].diffs[0].formatting.size(), 1u);
    EXPECT_EQ(a.rows[size_t(crew)].diffs[0].formatting[0].value, 14);
    // Edit 11 and dropped sentences: gaps on both sides.
    const int added = rowWith(a, l.docs(), standard, u"Mr Harrap is due to meet"_qs);
    EXPECT_EQ(a.rows[size_t(added)].kind, RowKind::Unique);
    const int dropped = rowWith(a, l.docs(), courier, u"Some stayed with relatives"_qs);
    EXPECT_TRUE(a.rows[size_t(dropped)].cells[size_t(es)].isGap());
}

TEST(Samples, TheWireRewritesAndTheIndependentReportJoinSharedFacts) {
    const Loaded& l = samples();
    const Alignment a = alignAndCheck(l);
    // Fact 12 of docs/samples.md: "40%" / "40 per cent" / "40 percent" in four articles, one row.
    const int share = rowWith(a, l.docs(), l.doc("velmouth-courier"), u"40% of Caddoran"_qs);
    EXPECT_EQ(rowWith(a, l.docs(), l.doc("eastern-standard"), u"40 per cent"_qs), share);
    EXPECT_EQ(rowWith(a, l.docs(), l.doc("bayline-daily"), u"Velmouth is the entry point"_qs), share);
    EXPECT_EQ(rowWith(a, l.docs(), l.doc("morning-dispatch"), u"takes in 40 percent"_qs), share);
    // The mayor's quote, word for word in both wire rewrites.
    const int quote = rowWith(a, l.docs(), l.doc("bayline-daily"), u"We will find out what happened"_qs);
    EXPECT_EQ(rowWith(a, l.docs(), l.doc("morning-dispatch"), u"We will find out what happened"_qs), quote);
    EXPECT_EQ(a.rows[size_t(quote)].kind, RowKind::Identical);
    // The independent report's lead beside the others'.
    const int lead = rowWith(a, l.docs(), l.doc("velmouth-courier"), u"One man was killed"_qs);
    EXPECT_EQ(rowWith(a, l.docs(), l.doc("caddoran-sentinel"), u"killed one man"_qs), lead);
}
