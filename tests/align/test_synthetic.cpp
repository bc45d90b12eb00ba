// The algorithm on hand-made matches, where the answer is known exactly: transitive conflicts,
// crossings shared by several articles, hidden columns, no matches at all, cancellation.
#include "AlignTestUtil.h"
#include "align/MatchGraph.h"

#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <numeric>
#include <random>
#include <set>

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

TEST(Synthetic, RandomClustersKeepEveryInvariant) {
    // Articles made of shuffled, cut and reordered runs of one story's sentences, matched where they
    // share a sentence, plus stray weak matches and two-sentence groups: whatever the reuse stage
    // says, the rows must keep every column's order and only join matched sentences.
    std::mt19937 rng(7);
    auto between = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    int moved = 0, groups = 0;
    for (int round = 0; round < 40; ++round) {
        const int n = between(2, 9), story = between(5, 30);
        std::vector<Document> docs;
        std::vector<std::vector<int>> origin; // per document, per sentence: story sentence or -1
        for (int d = 0; d < n; ++d) {
            std::vector<int> o;
            for (int s = 0; s < story; ++s)
                if (between(0, 9) > 1)
                    o.push_back(between(0, 9) > 0 ? s : -1);
            if (o.size() > 4 && between(0, 2) == 0) // move a run
                std::rotate(o.begin() + between(0, 1), o.begin() + between(2, 3), o.end() - between(0, 1));
            origin.push_back(o);
            docs.push_back(article(QStringLiteral("d%1").arg(d), int(o.size())));
        }
        ReuseResult r;
        for (int a = 0; a < n; ++a)
            for (int b = a + 1; b < n; ++b) {
                std::vector<char> usedA(origin[size_t(a)].size()), usedB(origin[size_t(b)].size());
                for (size_t i = 0; i < origin[size_t(a)].size(); ++i)
                    for (size_t j = 0; j < origin[size_t(b)].size(); ++j)
                        if (origin[size_t(a)][i] >= 0 && origin[size_t(a)][i] == origin[size_t(b)][j] &&
                            !usedA[i] && !usedB[j]) {
                            usedA[i] = usedB[j] = 1;
                            SentenceMatch m = match(a, int(i), b, int(j), MatchKind::NearIdentical, 0.8);
                            // Now and then a merge: two sentences of a against one of b.
                            if (between(0, 5) == 0 && i + 1 < usedA.size() && !usedA[i + 1]) {
                                m.countA = 2;
                                m.score = 0.9;
                                usedA[i + 1] = 1;
                            }
                            r.matches.push_back(m);
                        }
                for (int stray = between(0, 2); stray > 0; --stray) {
                    const int i = between(0, int(usedA.size()) - 1), j = between(0, int(usedB.size()) - 1);
                    if (!usedA.empty() && !usedB.empty() && !usedA[size_t(i)] && !usedB[size_t(j)]) {
                        usedA[size_t(i)] = usedB[size_t(j)] = 1;
                        r.matches.push_back(match(a, i, b, j, MatchKind::Paraphrase, 0.45));
                    }
                }
            }
        const int reference = between(-1, n - 1);
        const Alignment a = align(docs, r, reference);
        const QStringList violations = invariantViolations(a, docs);
        ASSERT_TRUE(violations.isEmpty())
            << "round " << round << ": " << violations.join(u'\n').toStdString() << "\n"
            << dump(a, docs, 12).toStdString();
        // The cells of a row are connected by matches (union-find over sentences).
        std::map<std::pair<int, int>, std::pair<int, int>> parent;
        std::function<std::pair<int, int>(std::pair<int, int>)> find = [&](std::pair<int, int> x) {
            auto it = parent.find(x);
            if (it == parent.end() || it->second == x)
                return x;
            return it->second = find(it->second);
        };
        for (const SentenceMatch& m : r.matches)
            for (int k = 0; k < m.countA; ++k)
                parent[find({m.docA, m.firstA + k})] = find({m.docB, m.firstB});
        for (const AlignedRow& row : a.rows) {
            std::set<std::pair<int, int>> roots;
            for (int c = 0; c < int(row.cells.size()); ++c)
                if (!row.cells[size_t(c)].isGap())
                    roots.insert(find({a.documents[size_t(c)], row.cells[size_t(c)].first}));
            EXPECT_LE(roots.size(), 1u) << "round " << round << "\n" << dump(a, docs, 12).toStdString();
            if (row.textColumns() > 1)
                EXPECT_NE(row.kind, RowKind::Unique) << "round " << round;
            for (const Cell& c : row.cells) {
                moved += c.moved;
                groups += c.count > 1;
            }
        }
        if (reference >= 0)
            for (const AlignedRow& row : a.rows)
                EXPECT_FALSE(row.cells[size_t(a.columnOf(reference))].moved) << "round " << round;
    }
    EXPECT_GT(moved, 20); // the rounds did exercise moves and groups
    EXPECT_GT(groups, 10);
    std::printf("random clusters: %d moved cells, %d groups\n", moved, groups);
}

namespace {

Alignment alignWithFacts(const std::vector<Document>& docs, const ReuseResult& r,
                         std::vector<SentenceAnchor> facts, int reference = 0) {
    AlignOptions options;
    options.reference = reference;
    options.factAnchors = std::move(facts);
    std::atomic_bool cancel{false};
    return alignDocuments(docs, r, options, cancel);
}

} // namespace

TEST(SyntheticFacts, SentencesOfOneFactShareARowInArticlesThatShareNoText) {
    // Two independent reports: nothing matched, but a's sentence 3 and b's sentence 1 state one fact.
    const std::vector<Document> docs{article(u"a"_qs, 5), article(u"b"_qs, 4)};
    const Alignment a = alignWithFacts(docs, {}, {{0, 3, 1, 1, 0.9}});
    EXPECT_TRUE(invariantViolations(a, docs).isEmpty()) << dump(a, docs).toStdString();
    const int row = rowOf(a, 0, 3);
    EXPECT_EQ(rowOf(a, 1, 1), row) << dump(a, docs).toStdString();
    EXPECT_EQ(a.rows[size_t(row)].kind, RowKind::SharedFact);
    EXPECT_FALSE(cell(a, row, 1).moved);
    EXPECT_TRUE(a.rows[size_t(row)].diffs.empty()) << "other words: no word diff to show";
    // Everything else stays one sentence a row, in each article's order.
    EXPECT_EQ(a.rows[size_t(rowOf(a, 0, 0))].kind, RowKind::Unique);
    EXPECT_EQ(a.rows.size(), 5u + 4u - 1u) << dump(a, docs).toStdString();
}

TEST(SyntheticFacts, AFactNeverOverridesAMatchOfTheReuseStage) {
    // b's sentence 1 is a reprint of a's sentence 1; a fact tying it to a's sentence 2 loses.
    const std::vector<Document> docs{article(u"a"_qs, 3), article(u"b"_qs, 3)};
    ReuseResult r;
    r.matches = {match(0, 1, 1, 1, MatchKind::Paraphrase, 0.4)};
    const Alignment a = alignWithFacts(docs, r, {{0, 2, 1, 1, 1.0}});
    EXPECT_TRUE(invariantViolations(a, docs).isEmpty()) << dump(a, docs).toStdString();
    EXPECT_EQ(rowOf(a, 0, 1), rowOf(a, 1, 1));
    EXPECT_NE(rowOf(a, 0, 2), rowOf(a, 1, 1));
    EXPECT_EQ(a.rows[size_t(rowOf(a, 0, 1))].kind, RowKind::Paraphrase);
}

TEST(SyntheticFacts, ADisagreementOutweighsAParaphraseButNotACopy) {
    // b's sentence 1 is loosely paraphrased from a's sentence 1, but states the fact of a's
    // sentence 2 with another value: the disagreement takes the row. Were b's sentence an
    // identical copy of a's 1, the copy would keep it.
    const std::vector<Document> docs{article(u"a"_qs, 3), article(u"b"_qs, 3)};
    SentenceAnchor disagreement{0, 2, 1, 1, 0.9};
    disagreement.disagreement = true;
    ReuseResult paraphrased;
    paraphrased.matches = {match(0, 1, 1, 1, MatchKind::Paraphrase, 0.45)};
    const Alignment a = alignWithFacts(docs, paraphrased, {disagreement});
    EXPECT_TRUE(invariantViolations(a, docs).isEmpty()) << dump(a, docs).toStdString();
    EXPECT_EQ(rowOf(a, 0, 2), rowOf(a, 1, 1)) << dump(a, docs).toStdString();
    ReuseResult copied;
    copied.matches = {match(0, 1, 1, 1, MatchKind::Identical, 1.0)};
    const Alignment c = alignWithFacts(docs, copied, {disagreement});
    EXPECT_EQ(rowOf(c, 0, 1), rowOf(c, 1, 1)) << dump(c, docs).toStdString();
}

TEST(SyntheticFacts, APossibleDisagreementTakesOnlyWhatNoMatchHolds) {
    // A possible disagreement (a claim below firm confidence) ties its two sentences where no match
    // holds them, and in row order outweighs a loose paraphrase crossing it, not a copy.
    const std::vector<Document> docs{article(u"a"_qs, 4), article(u"b"_qs, 4)};
    SentenceAnchor possible{0, 2, 1, 1, 0.2};
    possible.disagreement = true;
    possible.firm = false;
    const Alignment free = alignWithFacts(docs, {}, {possible});
    EXPECT_TRUE(invariantViolations(free, docs).isEmpty()) << dump(free, docs).toStdString();
    EXPECT_EQ(rowOf(free, 0, 2), rowOf(free, 1, 1)) << dump(free, docs).toStdString();
    // b's sentence 1 is a paraphrase of a's 1: a match holds it, and the possible tie never takes it.
    ReuseResult held;
    held.matches = {match(0, 1, 1, 1, MatchKind::Paraphrase, 0.45)};
    const Alignment h = alignWithFacts(docs, held, {possible});
    EXPECT_EQ(rowOf(h, 0, 1), rowOf(h, 1, 1)) << dump(h, docs).toStdString();
    // Crossing a loose paraphrase (a's 1 ~ b's 2), the possible disagreement keeps its row ...
    ReuseResult loose;
    loose.matches = {match(0, 1, 1, 2, MatchKind::Paraphrase, 0.45)};
    const Alignment l = alignWithFacts(docs, loose, {possible});
    EXPECT_TRUE(invariantViolations(l, docs).isEmpty()) << dump(l, docs).toStdString();
    EXPECT_EQ(rowOf(l, 0, 2), rowOf(l, 1, 1)) << dump(l, docs).toStdString();
    // ... but not crossing a copy.
    ReuseResult copied;
    copied.matches = {match(0, 1, 1, 2, MatchKind::Identical, 1.0)};
    const Alignment c = alignWithFacts(docs, copied, {possible});
    EXPECT_EQ(rowOf(c, 0, 1), rowOf(c, 1, 2)) << dump(c, docs).toStdString();
    EXPECT_NE(rowOf(c, 0, 2), rowOf(c, 1, 1)) << dump(c, docs).toStdString();
}

TEST(SyntheticFacts, RelatedNumbersTakeOnlyWhatNoFactHolds) {
    // a's sentence 2 and b's 1 hold numbers the claims model compared but did not join: where
    // nothing else ties them they share a row of their own kind, with no word diff ...
    const std::vector<Document> docs{article(u"a"_qs, 4), article(u"b"_qs, 4)};
    SentenceAnchor related{0, 2, 1, 1, 0.9};
    related.related = true;
    const Alignment free = alignWithFacts(docs, {}, {related});
    EXPECT_TRUE(invariantViolations(free, docs).isEmpty()) << dump(free, docs).toStdString();
    const int row = rowOf(free, 0, 2);
    EXPECT_EQ(rowOf(free, 1, 1), row) << dump(free, docs).toStdString();
    EXPECT_EQ(free.rows[size_t(row)].kind, RowKind::RelatedNumbers);
    EXPECT_EQ(rowKindName(RowKind::RelatedNumbers), u"related"_qs);
    EXPECT_TRUE(free.rows[size_t(row)].diffs.empty());
    // ... and give way to a fact of a claim, even one weaker and listed after them.
    const SentenceAnchor fact{0, 1, 1, 1, 0.1};
    const Alignment held = alignWithFacts(docs, {}, {related, fact});
    EXPECT_TRUE(invariantViolations(held, docs).isEmpty()) << dump(held, docs).toStdString();
    EXPECT_EQ(rowOf(held, 0, 1), rowOf(held, 1, 1)) << dump(held, docs).toStdString();
    EXPECT_EQ(held.rows[size_t(rowOf(held, 1, 1))].kind, RowKind::SharedFact);
    EXPECT_NE(rowOf(held, 0, 2), rowOf(held, 1, 1));
    // A match of the reuse stage holds b's 1 just as firmly.
    ReuseResult matched;
    matched.matches = {match(0, 1, 1, 1, MatchKind::Paraphrase, 0.45)};
    const Alignment m = alignWithFacts(docs, matched, {related});
    EXPECT_EQ(rowOf(m, 0, 1), rowOf(m, 1, 1)) << dump(m, docs).toStdString();
    EXPECT_EQ(m.rows[size_t(rowOf(m, 1, 1))].kind, RowKind::Paraphrase);
}

TEST(SyntheticFacts, FactsInCrossingOrderAreNotDrawnAsMoved) {
    // a states facts X then Y; b states Y then X. One pair shares a row; the other sentence stays
    // in its place, unmoved: independent reports order their facts freely.
    const std::vector<Document> docs{article(u"a"_qs, 2), article(u"b"_qs, 2)};
    const Alignment a = alignWithFacts(docs, {}, {{0, 0, 1, 1, 0.9}, {0, 1, 1, 0, 0.8}});
    EXPECT_TRUE(invariantViolations(a, docs).isEmpty()) << dump(a, docs).toStdString();
    EXPECT_EQ(rowOf(a, 0, 0), rowOf(a, 1, 1)) << "the firmer fact wins" << dump(a, docs).toStdString();
    for (const AlignedRow& row : a.rows) {
        EXPECT_EQ(row.counterpart, -1);
        for (const Cell& c : row.cells)
            EXPECT_FALSE(c.moved) << dump(a, docs).toStdString();
    }
    EXPECT_EQ(a.rows[size_t(rowOf(a, 0, 1))].kind, RowKind::Unique);
}

TEST(SyntheticFacts, WhereFactsCrossTheDisagreementKeepsItsRow) {
    // Independent reports state facts X and Y in opposite orders; only one pair can share a row.
    // Plain, the firmer fact (X, agreeing) wins; when Y is a disagreement ("23 injured" vs "26"),
    // Y keeps the row even though its claim is held less firmly, and X's sentences stay unmoved.
    const std::vector<Document> docs{article(u"a"_qs, 2), article(u"b"_qs, 2)};
    const SentenceAnchor x{0, 0, 1, 1, 0.9};
    SentenceAnchor y{0, 1, 1, 0, 0.6};
    const Alignment plain = alignWithFacts(docs, {}, {x, y});
    EXPECT_EQ(rowOf(plain, 0, 0), rowOf(plain, 1, 1)) << dump(plain, docs).toStdString();
    y.disagreement = true;
    const Alignment a = alignWithFacts(docs, {}, {x, y});
    EXPECT_TRUE(invariantViolations(a, docs).isEmpty()) << dump(a, docs).toStdString();
    EXPECT_EQ(rowOf(a, 0, 1), rowOf(a, 1, 0)) << dump(a, docs).toStdString();
    EXPECT_NE(rowOf(a, 0, 0), rowOf(a, 1, 1)) << dump(a, docs).toStdString();
    for (const AlignedRow& row : a.rows)
        for (const Cell& c : row.cells)
            EXPECT_FALSE(c.moved) << dump(a, docs).toStdString();
}

TEST(SyntheticFacts, WhereMatchedPairsCrossTheDisagreementKeepsItsRow) {
    // A rewrite reorders two matched sentences: a's 1 and 2 are b's 2 and 1. The reference keeps
    // a's order, so one pair is drawn moved. Plain, the stronger match (1~2, identical) keeps the row;
    // when the other pair states one fact with two values ("23 injured" vs "26 injured"), it does:
    // a disagreement is what a reader must see across one row.
    const std::vector<Document> docs{article(u"a"_qs, 4), article(u"b"_qs, 4)};
    ReuseResult r;
    r.matches = {match(0, 1, 1, 2, MatchKind::Identical, 1.0), match(0, 2, 1, 1, MatchKind::Paraphrase, 0.6)};
    const Alignment plain = alignWithFacts(docs, r, {});
    EXPECT_EQ(rowOf(plain, 0, 1), rowOf(plain, 1, 2)) << dump(plain, docs).toStdString();
    EXPECT_NE(rowOf(plain, 0, 2), rowOf(plain, 1, 1)) << dump(plain, docs).toStdString();
    SentenceAnchor disagreement{0, 2, 1, 1, 0.9};
    disagreement.disagreement = true;
    const Alignment a = alignWithFacts(docs, r, {disagreement});
    EXPECT_TRUE(invariantViolations(a, docs).isEmpty()) << dump(a, docs).toStdString();
    EXPECT_EQ(rowOf(a, 0, 2), rowOf(a, 1, 1)) << dump(a, docs).toStdString();
    EXPECT_FALSE(cell(a, rowOf(a, 0, 2), 1).moved) << dump(a, docs).toStdString();
    // An agreeing fact on the same pair changes nothing.
    const Alignment agreeing = alignWithFacts(docs, r, {{0, 2, 1, 1, 0.9}});
    EXPECT_EQ(rowOf(agreeing, 0, 1), rowOf(agreeing, 1, 2)) << dump(agreeing, docs).toStdString();
}

TEST(SyntheticFacts, AMatchedDisagreementJoinsBeforeTheOtherParaphrases) {
    // a's 1 and b's 1 are a paraphrase the claims read as one fact with two values. Each is also
    // a paraphrase, more strongly, of a different sentence of c (c's 1 and c's 2). Taken by score,
    // those two join first and leave a's 1 and b's 1 in two clusters that both hold a sentence of
    // c, so the disagreement could not share a row. As a firm disagreement's tie, it joins first.
    const std::vector<Document> docs{article(u"a"_qs, 3), article(u"b"_qs, 3), article(u"c"_qs, 4)};
    ReuseResult r;
    r.matches = {match(0, 1, 2, 1, MatchKind::Paraphrase, 0.8), match(1, 1, 2, 2, MatchKind::Paraphrase, 0.7),
                 match(0, 1, 1, 1, MatchKind::Paraphrase, 0.5)};
    const Alignment plain = alignWithFacts(docs, r, {});
    EXPECT_NE(rowOf(plain, 0, 1), rowOf(plain, 1, 1)) << dump(plain, docs).toStdString();
    SentenceAnchor disagreement{0, 1, 1, 1, 0.9};
    disagreement.disagreement = true;
    const Alignment a = alignWithFacts(docs, r, {disagreement});
    EXPECT_TRUE(invariantViolations(a, docs).isEmpty()) << dump(a, docs).toStdString();
    EXPECT_EQ(rowOf(a, 0, 1), rowOf(a, 1, 1)) << dump(a, docs).toStdString();
    EXPECT_EQ(rowOf(a, 0, 1), rowOf(a, 2, 1)) << "the stronger of c's paraphrases still joins";
    // A possible disagreement does not outrank the stronger paraphrases.
    disagreement.firm = false;
    const Alignment possible = alignWithFacts(docs, r, {disagreement});
    EXPECT_NE(rowOf(possible, 0, 1), rowOf(possible, 1, 1)) << dump(possible, docs).toStdString();
}

TEST(Synthetic, ASentenceReprintedByHundredsOfOutletsIsOneRowFromAFewOfItsMatches) {
    // 120 outlets carry one three-sentence story word for word: every sentence has 119 identical
    // matches, and each block keeps only its strongest kMaxEdgesPerBlock. The first sentence is
    // matched as near-identical in the pairs of the first 20 outlets, weaker than the rest.
    const int n = 120;
    std::vector<Document> docs;
    for (int d = 0; d < n; ++d)
        docs.push_back(article(QStringLiteral("outlet%1").arg(d), 3));
    ReuseResult r;
    for (int a = 0; a < n; ++a)
        for (int b = a + 1; b < n; ++b)
            for (int s = 0; s < 3; ++s)
                r.matches.push_back(
                    match(a, s, b, s, s == 0 && b < 20 ? MatchKind::NearIdentical : MatchKind::Identical));
    const std::atomic_bool cancel{false};
    std::vector<int> columns(static_cast<size_t>(n));
    std::iota(columns.begin(), columns.end(), 0);
    const MatchGraph g = buildMatchGraph(docs, r, columns, cancel);
    EXPECT_LE(g.edges.size(), g.blocks.size() * size_t(kMaxEdgesPerBlock)) << "all matches kept";
    EXPECT_LT(g.edges.size(), r.matches.size());
    const Alignment a = align(docs, r, 0);
    EXPECT_TRUE(invariantViolations(a, docs).isEmpty()) << dump(a, docs).toStdString();
    ASSERT_EQ(a.rows.size(), 3u) << dump(a, docs).toStdString();
    for (int s = 0; s < 3; ++s)
        for (int d = 1; d < n; ++d)
            EXPECT_EQ(rowOf(a, d, s), rowOf(a, 0, s)) << "outlet " << d << ", sentence " << s;
    EXPECT_EQ(a.rows[size_t(rowOf(a, 0, 1))].kind, RowKind::Identical);
}
