// The algorithm on hand-made matches, where the answer is known exactly: transitive conflicts,
// crossings shared by several articles, hidden columns, no matches at all, cancellation.
#include "AlignTestUtil.h"

#include <gtest/gtest.h>

using namespace parallax;
using namespace parallax::test;

namespace {

// An article of `n` one-line sentences, each its own paragraph.
Document article(const QString& id, int n) {
    QStringList paragraphs;
    for (int s = 0; s < n; ++s)
        paragraphs << QStringLiteral("Sentence number %1 of the article %2 says something.").arg(s).arg(id);
    return makeDocument(id, paragraphs.join(u"\n\n"_qs));
}

SentenceMatch match(int docA, int a, int docB, int b, MatchKind kind = MatchKind::Identical,
                    double score = 1) {
    SentenceMatch m;
    m.docA = docA;
    m.firstA = a;
    m.docB = docB;
    m.firstB = b;
    m.kind = kind;
    m.score = score;
    return m;
}

const Cell& cell(const Alignment& a, int row, int doc) {
    return a.rows[size_t(row)].cells[size_t(a.columnOf(doc))];
}

int rowOf(const Alignment& a, int doc, int sentence) {
    return a.rowOf[size_t(a.columnOf(doc))][size_t(sentence)];
}

} // namespace

TEST(Synthetic, AChainOfMatchesNeverPutsTwoSentencesOfOneArticleOnARow) {
    const std::vector<Document> docs{article(u"a"_qs, 3), article(u"b"_qs, 3), article(u"c"_qs, 3)};
    ReuseResult r;
    r.matches = {match(0, 1, 1, 1), match(1, 1, 2, 1), match(0, 2, 2, 1, MatchKind::Paraphrase, 0.5)};
    const Alignment a = align(docs, r, 0);
    EXPECT_TRUE(invariantViolations(a, docs).isEmpty()) << dump(a, docs).toStdString();
    EXPECT_EQ(rowOf(a, 0, 1), rowOf(a, 1, 1));
    EXPECT_EQ(rowOf(a, 0, 1), rowOf(a, 2, 1));
    EXPECT_NE(rowOf(a, 0, 2), rowOf(a, 0, 1));
    EXPECT_EQ(a.rows[size_t(rowOf(a, 0, 1))].kind, RowKind::Identical);
    EXPECT_EQ(a.rows[size_t(rowOf(a, 0, 2))].kind, RowKind::Unique);
}

TEST(Synthetic, ArticlesThatMovedTheSameParagraphShareOneMovedRow) {
    // a: x y z; b and c: z x y (z moved to the top). Reference a.
    const std::vector<Document> docs{article(u"a"_qs, 3), article(u"b"_qs, 3), article(u"c"_qs, 3)};
    ReuseResult r;
    for (int other : {1, 2})
        r.matches.insert(r.matches.end(),
                         {match(0, 0, other, 1), match(0, 1, other, 2), match(0, 2, other, 0)});
    r.matches.insert(r.matches.end(), {match(1, 0, 2, 0), match(1, 1, 2, 1), match(1, 2, 2, 2)});
    const Alignment a = align(docs, r, 0);
    EXPECT_TRUE(invariantViolations(a, docs).isEmpty()) << dump(a, docs).toStdString();
    ASSERT_EQ(a.rows.size(), 4u) << dump(a, docs).toStdString();
    const int moved = rowOf(a, 1, 0);
    EXPECT_EQ(rowOf(a, 2, 0), moved);
    EXPECT_TRUE(cell(a, moved, 1).moved);
    EXPECT_TRUE(cell(a, moved, 2).moved);
    EXPECT_EQ(a.rows[size_t(moved)].counterpart, rowOf(a, 0, 2));
    EXPECT_EQ(a.rows[size_t(rowOf(a, 0, 2))].movedRows, std::vector<int>{moved});
    EXPECT_EQ(rowOf(a, 0, 0), rowOf(a, 1, 1));
    EXPECT_EQ(rowOf(a, 0, 1), rowOf(a, 2, 2));
    // The moved row is diffed against the reference's sentence on the counterpart row.
    for (const CellDiff& d : a.rows[size_t(moved)].diffs) {
        EXPECT_EQ(d.baseRow, rowOf(a, 0, 2));
        EXPECT_EQ(d.baseColumn, a.columnOf(0));
    }
    EXPECT_EQ(a.rows[size_t(moved)].diffs.size(), 2u);
}

TEST(Synthetic, WithoutAReferenceTheMajorityOrderWins) {
    // Same articles as above: b and c agree, so following either moves only a's sentence.
    const std::vector<Document> docs{article(u"a"_qs, 3), article(u"b"_qs, 3), article(u"c"_qs, 3)};
    ReuseResult r;
    for (int other : {1, 2})
        r.matches.insert(r.matches.end(),
                         {match(0, 0, other, 1), match(0, 1, other, 2), match(0, 2, other, 0)});
    r.matches.insert(r.matches.end(), {match(1, 0, 2, 0), match(1, 1, 2, 1), match(1, 2, 2, 2)});
    const Alignment a = align(docs, r);
    EXPECT_TRUE(invariantViolations(a, docs).isEmpty());
    int moved = 0;
    for (const AlignedRow& row : a.rows)
        for (const Cell& c : row.cells)
            moved += c.moved;
    EXPECT_EQ(moved, 1) << dump(a, docs).toStdString();
    EXPECT_TRUE(cell(a, rowOf(a, 0, 2), 0).moved);
}

TEST(Synthetic, HiddenArticlesAndTheirLinksAreLeftOut) {
    const std::vector<Document> docs{article(u"a"_qs, 2), article(u"b"_qs, 2), article(u"c"_qs, 2)};
    ReuseResult r;
    // a and c meet only through b.
    r.matches = {match(0, 0, 1, 0), match(1, 0, 2, 1)};
    AlignOptions options;
    options.documents = {2, 0}; // b hidden, c first
    const std::atomic_bool cancel{false};
    const Alignment a = alignDocuments(docs, r, options, cancel);
    EXPECT_EQ(a.documents, (std::vector<int>{2, 0}));
    EXPECT_TRUE(invariantViolations(a, docs).isEmpty());
    EXPECT_NE(rowOf(a, 0, 0), rowOf(a, 2, 1));
    EXPECT_EQ(a.rows.size(), 4u);
    for (const AlignedRow& row : a.rows)
        EXPECT_EQ(row.kind, RowKind::Unique);
}

TEST(Synthetic, WithoutMatchesEverySentenceHasARowOfItsOwn) {
    const std::vector<Document> docs{article(u"a"_qs, 3), article(u"b"_qs, 2), makeDocument(u"c"_qs, {})};
    const Alignment a = align(docs, ReuseResult{});
    EXPECT_TRUE(invariantViolations(a, docs).isEmpty());
    EXPECT_EQ(a.rows.size(), 5u);
    EXPECT_EQ(a.documents.size(), 3u);
    const Alignment none = align({}, ReuseResult{});
    EXPECT_TRUE(none.rows.empty());
    EXPECT_FALSE(none.cancelled);
}

TEST(Synthetic, MatchesWithBadIndicesAreIgnored) {
    const std::vector<Document> docs{article(u"a"_qs, 2), article(u"b"_qs, 2)};
    ReuseResult r;
    r.matches = {match(0, 5, 1, 0), match(0, 0, 7, 0), match(0, 1, 1, 1)};
    const Alignment a = align(docs, r);
    EXPECT_TRUE(invariantViolations(a, docs).isEmpty());
    EXPECT_EQ(rowOf(a, 0, 1), rowOf(a, 1, 1));
}

TEST(Synthetic, CancelStopsWithNoRowsAndProgressEndsAtTheTotal) {
    const std::vector<Document> docs{article(u"a"_qs, 3), article(u"b"_qs, 3)};
    ReuseResult r;
    r.matches = {match(0, 0, 1, 0), match(0, 2, 1, 2)};
    std::atomic_bool cancel{true};
    const Alignment stopped = alignDocuments(docs, r, {}, cancel);
    EXPECT_TRUE(stopped.cancelled);
    EXPECT_TRUE(stopped.rows.empty());

    cancel = false;
    std::vector<std::pair<qsizetype, qsizetype>> calls;
    const Alignment a = alignDocuments(
        docs, r, {}, cancel, [&](qsizetype done, qsizetype total) { calls.emplace_back(done, total); });
    EXPECT_FALSE(a.cancelled);
    ASSERT_FALSE(calls.empty());
    for (size_t i = 1; i < calls.size(); ++i)
        EXPECT_GE(calls[i].first, calls[i - 1].first);
    EXPECT_EQ(calls.back().first, calls.back().second);

    // Cancelled from the progress callback, mid-way.
    const Alignment midway = alignDocuments(docs, r, {}, cancel, [&](qsizetype done, qsizetype) {
        if (done >= 2)
            cancel = true;
    });
    EXPECT_TRUE(midway.cancelled);
    EXPECT_TRUE(midway.rows.empty());
}
