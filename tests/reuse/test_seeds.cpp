// The seed corpus (../shared/corpus/kyiv-2025-07-04) and the bundled samples (docs/samples.md):
// every pair's relation, the original of each reprint, and the sentence matches a reader expects.
#include "ReuseTestUtil.h"
#include "SharedCorpus.h"

#include <QRegularExpression>

#include <algorithm>

using namespace parallax;
using namespace parallax::test;

namespace {

const QString g000 = QStringLiteral("000_5aa5958f3505b684");
const QString i001 = QStringLiteral("001_f1b6b5ba79f4232f");
const QString it002 = QStringLiteral("002_d9bb819380e31bd8");
const QString w003 = QStringLiteral("003_d4585d1c7187f9d6");
const QString n004 = QStringLiteral("004_904c5b1b71004dbd");

std::vector<const SentenceMatch*> matchesBetween(const Corpus& c, const ReuseResult& r, const QString& x,
                                                 const QString& y) {
    const int a = std::min(indexOf(c, x), indexOf(c, y)), b = std::max(indexOf(c, x), indexOf(c, y));
    std::vector<const SentenceMatch*> out;
    for (const SentenceMatch& m : r.matches)
        if (m.docA == a && m.docB == b)
            out.push_back(&m);
    return out;
}

// The match whose two sides contain `left` and `right` (in either document), or null.
const SentenceMatch* findMatch(const Corpus& c, const std::vector<const SentenceMatch*>& matches,
                               const QString& left, const QString& right) {
    for (const SentenceMatch* m : matches) {
        const QString a = matchText(c, m->docA, m->firstA, m->countA);
        const QString b = matchText(c, m->docB, m->firstB, m->countB);
        if ((a.contains(left) && b.contains(right)) || (b.contains(left) && a.contains(right)))
            return m;
    }
    return nullptr;
}

} // namespace

TEST(SeedReuse, RelationsOfEveryPair) {
    PARALLAX_REQUIRE_SEEDS();
    const Corpus c = loadFolder(seedCorpusDir());
    ASSERT_EQ(c.documents.size(), 5u);
    for (bool pairsOnly : {false, true}) {
        ReuseOptions options;
        options.pairsOnly = pairsOnly;
        const ReuseResult r = reuseOf(c, options);
        const QString ids[] = {g000, i001, it002, w003, n004};
        for (const QString& x : ids)
            for (const QString& y : ids) {
                if (x >= y)
                    continue;
                Relation expected = Relation::SameStory;
                if (x == g000 && y == it002)
                    expected = Relation::Reprint;
                if (x == i001 && y == w003)
                    expected = Relation::SharedSource;
                EXPECT_EQ(relationName(relationOf(c, r, x, y)), relationName(expected))
                    << x.left(3).toStdString() << "/" << y.left(3).toStdString() << " pairsOnly "
                    << pairsOnly;
                if (expected != Relation::Reprint)
                    EXPECT_EQ(originalOf(c, r, x, y), QString())
                        << x.left(3).toStdString() << "/" << y.left(3).toStdString();
            }
        EXPECT_EQ(originalOf(c, r, g000, it002), g000);
    }
}

TEST(SeedReuse, ReprintSentencesIncludingSplitsAndMerges) {
    PARALLAX_REQUIRE_SEEDS();
    const Corpus c = loadFolder(seedCorpusDir());
    const ReuseResult r = reuseOf(c);
    const auto m = matchesBetween(c, r, g000, it002);
    int identical = 0, near = 0;
    for (const SentenceMatch* s : m) {
        identical += s->kind == MatchKind::Identical;
        near += s->kind == MatchKind::NearIdentical;
        EXPECT_NE(s->kind, MatchKind::Paraphrase)
            << matchText(c, s->docA, s->firstA, s->countA).toStdString();
    }
    EXPECT_GE(identical, 10);
    EXPECT_GE(near, 20);

    // One sentence in 000, two in 002.
    const SentenceMatch* split = findMatch(c, m, "leaving a thick pall", "hung over the city");
    ASSERT_TRUE(split);
    EXPECT_EQ(split->countA, 1);
    EXPECT_EQ(split->countB, 2);
    EXPECT_EQ(split->kind, MatchKind::NearIdentical);
    // Two in 000, one in 002.
    const SentenceMatch* merged = findMatch(c, m, "Fourteen were taken", "14 of whom");
    ASSERT_TRUE(merged);
    EXPECT_EQ(merged->countA, 2);
    EXPECT_EQ(merged->countB, 1);
    // House style shows as word edits: "Speaking" and two "Mr" inserted.
    const SentenceMatch* styled = findMatch(c, m, "After his conversation with Putin", "Speaking after");
    ASSERT_TRUE(styled);
    int inserted = 0;
    for (const WordEdit& e : r.editsOf(*styled))
        if (e.op == EditOp::Insert || e.op == EditOp::Replace)
            inserted += e.countB;
    EXPECT_EQ(inserted, 3);
}

TEST(SeedReuse, SharedSourceParaphrasesOf001And003) {
    PARALLAX_REQUIRE_SEEDS();
    const Corpus c = loadFolder(seedCorpusDir());
    const ReuseResult r = reuseOf(c);
    const auto m = matchesBetween(c, r, i001, w003);
    EXPECT_NE(findMatch(c, m, "smoke blanketed the city", "smoke blanketed Kyiv"), nullptr) << "smoke";
    EXPECT_NE(findMatch(c, m, "550 drones and 11 missiles", "550 drones and 11 missiles"), nullptr)
        << "550/11";
    EXPECT_NE(findMatch(c, m, "72 managed", "72 of the 550"), nullptr) << "72 of 550";
    EXPECT_NE(findMatch(c, m, "more than eight hours", "over eight hours"), nullptr) << "sirens";
    EXPECT_NE(findMatch(c, m, "Polish consulate", "Polish embassy"), nullptr) << "Sikorski";
    EXPECT_NE(findMatch(c, m, "Sumy, Kharkiv", "Sumy, Kharkiv"), nullptr) << "regions";
    EXPECT_NE(findMatch(c, m, "showed firefighters", "depicted firefighters"), nullptr) << "firefighters";
    int paraphrases = 0;
    for (const SentenceMatch* s : m)
        paraphrases += s->kind == MatchKind::Paraphrase;
    EXPECT_GE(paraphrases, 8);
}

TEST(SeedReuse, TheCandidateIndexFindsTheSameWordingPairs) {
    PARALLAX_REQUIRE_SEEDS();
    const Corpus c = loadFolder(seedCorpusDir());
    ReuseOptions options;
    options.allPairsUpTo = 0; // as in a folder of thousands
    options.pairsOnly = true;
    const ReuseResult r = reuseOf(c, options);
    EXPECT_EQ(relationOf(c, r, g000, it002), Relation::Reprint);
    EXPECT_EQ(originalOf(c, r, g000, it002), g000);
}

TEST(SeedReuse, ResultDoesNotDependOnThreads) {
    PARALLAX_REQUIRE_SEEDS();
    const Corpus c = loadFolder(seedCorpusDir());
    ReuseOptions one, two;
    one.threads = 1;
    two.threads = 2;
    const ReuseResult x = reuseOf(c, one), y = reuseOf(c, two);
    ASSERT_EQ(x.pairs.size(), y.pairs.size());
    for (size_t i = 0; i < x.pairs.size(); ++i)
        EXPECT_EQ(x.pairs[i].evidence, y.pairs[i].evidence);
    ASSERT_EQ(x.matches.size(), y.matches.size());
    for (size_t i = 0; i < x.matches.size(); ++i)
        EXPECT_TRUE(std::ranges::equal(x.editsOf(x.matches[i]), y.editsOf(y.matches[i])));
}

TEST(SeedReuse, CancelReturnsEarly) {
    PARALLAX_REQUIRE_SEEDS();
    const Corpus c = loadFolder(seedCorpusDir());
    const std::atomic_bool cancel{true};
    const ReuseResult r = findReuse(c.documents, {}, cancel);
    EXPECT_TRUE(r.cancelled);
    EXPECT_TRUE(r.pairs.empty());
}

TEST(SampleReuse, RelationsOfEveryPairAsDocsSamplesSays) {
    const Corpus c = loadFolder(sampleCorpusDir());
    ASSERT_EQ(c.documents.size(), 5u);
    for (bool pairsOnly : {false, true}) {
        ReuseOptions options;
        options.pairsOnly = pairsOnly;
        const ReuseResult r = reuseOf(c, options);
        EXPECT_EQ(r.pairs.size(), 10u) << "no pair is unrelated";
        for (const DocumentPair& p : r.pairs) {
            const QString a = c.documents[size_t(p.a)].id, b = c.documents[size_t(p.b)].id;
            Relation expected = Relation::SameStory;
            if ((a == "eastern-standard" && b == "velmouth-courier"))
                expected = Relation::Reprint;
            if ((a == "bayline-daily" && b == "morning-dispatch"))
                expected = Relation::SharedSource;
            EXPECT_EQ(relationName(p.relation), relationName(expected))
                << a.toStdString() << "/" << b.toStdString();
        }
        EXPECT_EQ(originalOf(c, r, "velmouth-courier", "eastern-standard"), "velmouth-courier");
    }
}

TEST(SampleReuse, TheMayorsQuoteIsTheOneIdenticalSentenceOfTheWireRewrites) {
    const Corpus c = loadFolder(sampleCorpusDir());
    const ReuseResult r = reuseOf(c);
    const auto m = matchesBetween(c, r, "bayline-daily", "morning-dispatch");
    int identical = 0;
    for (const SentenceMatch* s : m)
        identical += s->kind == MatchKind::Identical;
    EXPECT_EQ(identical, 1);
    EXPECT_NE(findMatch(c, m, "We will find out what happened", "We will find out what happened"), nullptr);
    EXPECT_NE(findMatch(c, m, "54-year-old security guard", "security guard aged 54"), nullptr);
}

TEST(SampleReuse, ReprintSplitAndMergeMatch) {
    const Corpus c = loadFolder(sampleCorpusDir());
    const ReuseResult r = reuseOf(c);
    const auto m = matchesBetween(c, r, "velmouth-courier", "eastern-standard");
    const SentenceMatch* split =
        findMatch(c, m, "followed by a column", "A column of orange-brown smoke then");
    ASSERT_TRUE(split);
    EXPECT_EQ(split->countA + split->countB, 3);
    const SentenceMatch* merged = findMatch(c, m, "The others, most of them cut", "while the others");
    ASSERT_TRUE(merged);
    EXPECT_EQ(merged->countA + merged->countB, 3);
}
