// The seed corpus (../shared/corpus/kyiv-2025-07-04), read and matched as the application does:
// the conflicts a careful reader finds, and the differences that are not conflicts.
#include "ClaimsTestUtil.h"
#include "SharedCorpus.h"
#include "claims/ClaimStatus.h"

using namespace parallax;
using namespace parallax::test;

namespace {

const QString g000 = QStringLiteral("000_5aa5958f3505b684");
const QString i001 = QStringLiteral("001_f1b6b5ba79f4232f");
const QString it002 = QStringLiteral("002_d9bb819380e31bd8");
const QString w003 = QStringLiteral("003_d4585d1c7187f9d6");
const QString n004 = QStringLiteral("004_904c5b1b71004dbd");

struct Seeds : ::testing::Test {
    static inline Corpus corpus;
    static inline std::vector<Claim> claims;

    static void SetUpTestSuite() {
        if (!QDir(seedCorpusDir()).exists())
            return;
        corpus = loadFolder(seedCorpusDir());
        claims = claimsOf(corpus.documents, reuseOf(corpus.documents));
    }
    void SetUp() override {
        PARALLAX_REQUIRE_SEEDS();
        ASSERT_EQ(corpus.documents.size(), 5u);
    }
    const std::vector<Document>& docs() const { return corpus.documents; }
    const Claim* with(const QString& doc, const QString& part, const QString& text) const {
        return claimWith(claims, docs(), doc, part, text);
    }
    // The value and hedge each article gives: "000=7 001=more_than 8 ...".
    std::string versions(const Claim& c) const {
        QStringList out;
        for (const ClaimVariant& v : c.variants) {
            const QString hedge = numberQualifierName(v.mention.qualifier);
            out << docs()[size_t(v.doc)].id.left(3) + u'=' + (hedge.isEmpty() ? QString() : hedge + u' ') +
                       QString::number(v.mention.value);
        }
        return out.join(u' ').toStdString();
    }
};

const QSet<QString> allFive{g000, i001, it002, w003, n004};

} // namespace

TEST_F(Seeds, InjuredIsAConflictWithEveryArticle) {
    const Claim* c = with(g000, "were injured", "23");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->status, ClaimStatus::Conflict) << describe(c, docs());
    EXPECT_EQ(docIdsOf(*c, docs()), allFive) << describe(c, docs());
    EXPECT_EQ(c, with(i001, "26 others", "26"));
    EXPECT_EQ(c, with(it002, "were injured", "23"));
    EXPECT_EQ(c, with(w003, "were wounded", "23"));
    EXPECT_EQ(c, with(n004, "persons injured", "23"));
    EXPECT_EQ(c->variants.size(), 5u) << describe(c, docs());
    EXPECT_TRUE(c->label.startsWith("people injured")) << c->label.toStdString();
}

TEST_F(Seeds, DronesLaunchedIsAConflictWithEveryArticle) {
    const Claim* c = with(n004, "intercepted", "539");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->status, ClaimStatus::Conflict);
    EXPECT_EQ(docIdsOf(*c, docs()), allFive) << describe(c, docs());
    EXPECT_EQ(c, with(i001, "launched a record-breaking", "550"));
    EXPECT_EQ(c, with(w003, "launched a record", "550"));
    EXPECT_EQ(c, with(g000, "involved more than", "550"));
    EXPECT_EQ(c->label, "drones launched");
    for (const ClaimVariant& v : c->variants)
        EXPECT_TRUE(v.mention.value == 550 || v.mention.value == 539) << describe(c, docs());
}

TEST_F(Seeds, AttackLengthIsAConflictWithEveryArticle) {
    const Claim* c = with(g000, "seven-hour raid", "seven");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->status, ClaimStatus::Conflict);
    EXPECT_EQ(c->label, "attack length");
    EXPECT_EQ(docIdsOf(*c, docs()), allFive) << describe(c, docs());
    EXPECT_EQ(versions(*c), "000=7 001=more_than 8 002=7 003=more_than 8 004=13") << describe(c, docs());
    // The hour-long phone call is not the attack.
    EXPECT_NE(c, with(n004, "hour-long call", "hour-long"));
}

TEST_F(Seeds, OnlyTheThreeRealConflicts) {
    QStringList conflicts;
    for (const Claim& c : claims)
        if (c.status == ClaimStatus::Conflict)
            conflicts << c.label;
    conflicts.sort();
    EXPECT_EQ(conflicts.join(u", ").toStdString(), "attack length, drones launched, people injured in Kyiv");
    // ... and all three are firm: shown red, not as "possible".
    for (const Claim& c : claims)
        if (c.status == ClaimStatus::Conflict)
            EXPECT_TRUE(isFirmDisagreement(c)) << describe(&c, docs()) << " confidence " << c.confidence;
}

TEST_F(Seeds, SpellingDifferencesAreFormatting) {
    const Claim* missiles = with(n004, "fired eleven", "eleven");
    ASSERT_TRUE(missiles);
    EXPECT_EQ(missiles->status, ClaimStatus::Formatting) << describe(missiles, docs());
    EXPECT_EQ(missiles, with(i001, "11 missiles", "11"));
    EXPECT_EQ(missiles, with(w003, "11 missiles", "11"));

    const Claim* hospital = with(g000, "Fourteen were taken", "Fourteen");
    ASSERT_TRUE(hospital);
    EXPECT_EQ(hospital, with(it002, "14 of whom", "14"));
    EXPECT_EQ(hospital->status, ClaimStatus::Formatting) << describe(hospital, docs());

    const Claim* city = with(g000, "city of 3 million", "3 million");
    ASSERT_TRUE(city);
    EXPECT_EQ(city, with(it002, "city of three million", "three million"));
    EXPECT_EQ(city->status, ClaimStatus::Formatting);
}

TEST_F(Seeds, ThePreviousRecordAndTheHitsAreNotConflicts) {
    for (const Claim& c : claims)
        for (const ClaimVariant& v : c.variants)
            if (v.mention.value == 537 || v.mention.value == 72) {
                EXPECT_NE(c.status, ClaimStatus::Conflict) << describe(&c, docs());
            }
    const Claim* record = with(i001, "previous high", "537");
    ASSERT_TRUE(record);
    EXPECT_EQ(record, with(w003, "previous record", "537"));
    const Claim* hits = with(g000, "hit their targets", "72");
    ASSERT_TRUE(hits);
    EXPECT_EQ(docIdsOf(*hits, docs()), (QSet<QString>{g000, i001, it002, w003})) << describe(hits, docs());
    EXPECT_EQ(hits->status, ClaimStatus::Consistent);
}

TEST_F(Seeds, RostovIsNotKyiv) {
    const Claim* rostov = with(g000, "Rostov", "one");
    const Claim* kyiv = with(g000, "one person was killed", "one");
    ASSERT_TRUE(rostov && kyiv);
    EXPECT_NE(rostov, kyiv);
    EXPECT_EQ(rostov, with(it002, "Rostov", "one")) << describe(rostov, docs());
    EXPECT_EQ(kyiv, with(i001, "has been killed", "one")) << describe(kyiv, docs());
    for (const ClaimVariant& v : rostov->variants)
        EXPECT_TRUE(sentenceOf(docs()[size_t(v.doc)], v.sentence).contains(u"Rostov"))
            << describe(rostov, docs());
    // Sergiyev Posad's injured are not Kyiv's either.
    EXPECT_NE(with(g000, "Sergiyev Posad", "one"), with(g000, "were injured", "23"));
}

TEST_F(Seeds, NonCountsMakeNoClaims) {
    for (const Claim& c : claims)
        for (const ClaimVariant& v : c.variants)
            EXPECT_TRUE(isComparableQuantity(v.mention.kind)) << describe(&c, docs());
    EXPECT_EQ(with(g000, "number 22", "22"), nullptr);
    EXPECT_EQ(with(g000, "9am", "9am"), nullptr);
    EXPECT_EQ(with(n004, "in 2022", "2022"), nullptr);
}
