// One folder per rule (tests/data/reuse/README.md): each pair must come out as written.
#include "ReuseTestUtil.h"
#include "SharedCorpus.h"

#include <QFile>
#include <QTemporaryDir>

using namespace parallax;
using namespace parallax::test;

namespace {

QString probe(const char* name) {
    return testDataDir() + QStringLiteral("/reuse/") + QLatin1String(name);
}

} // namespace

TEST(Probes, ReprintWithReorderedParagraphsAndACredit) {
    const Corpus c = loadFolder(probe("reordered"));
    ASSERT_EQ(c.documents.size(), 2u);
    const ReuseResult r = reuseOf(c);
    EXPECT_EQ(relationOf(c, r, "ferry-original", "ferry-reprint"), Relation::Reprint);
    EXPECT_EQ(originalOf(c, r, "ferry-original", "ferry-reprint"), "ferry-original");
    const auto p = pairOf(c, r, "ferry-original", "ferry-reprint");
    ASSERT_TRUE(p);
    EXPECT_TRUE(p->evidence.contains("Tolland Gazette")) << p->evidence.toStdString();
    // Moved paragraphs still match sentence for sentence: every sentence of the original has one.
    EXPECT_GE(p->sharedSentences,
              int(c.documents[size_t(indexOf(c, "ferry-original"))].sentences.size()) - 1);
}

TEST(Probes, ReprintWithAThirdCutPointsAtTheFullText) {
    const Corpus c = loadFolder(probe("cut"));
    ASSERT_EQ(c.documents.size(), 2u);
    const ReuseResult r = reuseOf(c);
    EXPECT_EQ(relationOf(c, r, "bridge-full", "bridge-cut"), Relation::Reprint);
    EXPECT_EQ(originalOf(c, r, "bridge-full", "bridge-cut"), "bridge-full");
    int nearIdentical = 0;
    for (const SentenceMatch& m : r.matches)
        nearIdentical += m.kind == MatchKind::NearIdentical;
    EXPECT_EQ(nearIdentical, 2) << "\"shortest\"/\"quickest\" and \"eleven\"/\"11\"";
}

TEST(Probes, IndependentReportsOfOneEventAreSameStory) {
    const Corpus c = loadFolder(probe("independent"));
    ASSERT_EQ(c.documents.size(), 2u);
    const ReuseResult r = reuseOf(c);
    EXPECT_EQ(relationOf(c, r, "flood-herald", "flood-post"), Relation::SameStory);
    EXPECT_EQ(originalOf(c, r, "flood-herald", "flood-post"), QString());
    // Facts both report match as paraphrases (the mayor's quote among them), but too few, in too
    // small a share of either article, to make a common skeleton.
    const auto p = pairOf(c, r, "flood-herald", "flood-post");
    ASSERT_TRUE(p);
    EXPECT_GE(p->sharedSentences, 2);
    bool quote = false;
    for (const SentenceMatch& m : r.matches)
        quote = quote || matchText(c, m.docA, m.firstA, m.countA).contains("dry bed");
    EXPECT_TRUE(quote);
}

TEST(Probes, SharedBoilerplateAloneIsUnrelated) {
    const Corpus c = loadFolder(probe("boilerplate-only"));
    ASSERT_EQ(c.documents.size(), 2u);
    const ReuseResult r = reuseOf(c);
    EXPECT_TRUE(r.pairs.empty());
    EXPECT_TRUE(r.matches.empty());
}

TEST(Probes, PairsOnlyModeDecidesTheSameRelations) {
    for (const char* name : {"reordered", "cut", "independent", "boilerplate-only"}) {
        const Corpus c = loadFolder(probe(name));
        ReuseOptions pairsOnly;
        pairsOnly.pairsOnly = true;
        const ReuseResult full = reuseOf(c), quick = reuseOf(c, pairsOnly);
        ASSERT_EQ(full.pairs.size(), quick.pairs.size()) << name;
        for (size_t i = 0; i < full.pairs.size(); ++i) {
            EXPECT_EQ(full.pairs[i].relation, quick.pairs[i].relation) << name;
            EXPECT_EQ(full.pairs[i].original, quick.pairs[i].original) << name;
        }
        EXPECT_TRUE(quick.matches.empty()) << name;
    }
}

TEST(Probes, AStoryCopiedMoreOftenThanTheIndexCapIsStillOneClusterOfReprints) {
    // 120 copies of one article, each with its own edit: every shingle is in more documents than
    // the index pairs in full (100), so candidates come from the anchors and the star closure.
    QFile source(probe("cut") + QStringLiteral("/bridge-full.txt"));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(source.readAll());
    QTemporaryDir dir;
    constexpr int copies = 120;
    for (int i = 0; i < copies; ++i) {
        QFile out(dir.filePath(QStringLiteral("copy-%1.txt").arg(i, 3, 10, QLatin1Char('0'))));
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(QString(text).replace(QStringLiteral("Monday"), QStringLiteral("Day%1").arg(i)).toUtf8());
    }
    const Corpus c = loadFolder(dir.path());
    ASSERT_EQ(c.documents.size(), size_t(copies));
    ReuseOptions options;
    options.pairsOnly = true;
    options.allPairsUpTo = 0;
    const ReuseResult r = reuseOf(c, options);
    ASSERT_EQ(r.pairs.size(), size_t(copies * (copies - 1) / 2));
    for (const DocumentPair& p : r.pairs)
        EXPECT_EQ(p.relation, Relation::Reprint);
}
