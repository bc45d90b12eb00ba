// The bundled sample corpus (resources/samples), against the "Intended claims" table of
// docs/samples.md: every claim with the article versions it lists, and its status.
#include "ClaimsTestUtil.h"
#include "SharedCorpus.h"

using namespace parallax;
using namespace parallax::test;

namespace {

const QString VC = QStringLiteral("velmouth-courier");
const QString ES = QStringLiteral("eastern-standard");
const QString BD = QStringLiteral("bayline-daily");
const QString MD = QStringLiteral("morning-dispatch");
const QString CS = QStringLiteral("caddoran-sentinel");

// One article's version of a claim: the mention text, and words of its sentence that find it.
struct Version {
    QString doc;
    QString sentencePart;
    QString text;
};

struct Intended {
    int row; // the row of docs/samples.md's table
    ClaimStatus status;
    std::vector<Version> versions;
};

const std::vector<Intended> intended = {
    {1,
     ClaimStatus::Consistent,
     {{VC, "One man was killed", "One"},
      {ES, "One man was killed", "One"},
      {BD, "killing one person", "one"},
      {MD, "one person dead", "one"},
      {CS, "killed one man", "one"},
      {BD, "One dead, 17 injured", "One"}}}, // the headline
    {2, ClaimStatus::Consistent, {{BD, "Dunholt", "one"}, {MD, "Dunholt", "one"}}},
    {3,
     ClaimStatus::Conflict,
     {{VC, "people were injured", "17"},
      {ES, "people were injured", "17"},
      {BD, "injuring 17", "17"},
      {MD, "17 hurt", "17"},
      {CS, "injured 19", "19"},
      {BD, "One dead, 17 injured", "17"}, // the headlines
      {MD, "Guard dies, 17 hurt", "17"}}},
    {4,
     ClaimStatus::Formatting,
     {{VC, "twelve were taken", "twelve"},
      {ES, "12 were taken", "12"},
      {BD, "12 were taken", "12"},
      {MD, "twelve of the wounded", "twelve"}}},
    {5, ClaimStatus::Conflict, {{VC, "two remained", "two"}, {ES, "three remained", "three"}}},
    {6,
     ClaimStatus::Qualifier,
     {{VC, "40 firefighters", "40"},
      {ES, "40 firefighters", "40"},
      {BD, "40 firefighters", "40"},
      {MD, "40 firefighters", "40"}}},
    {7, ClaimStatus::Single, {{CS, "fire engines", "eight"}}},
    {8,
     ClaimStatus::Conflict,
     {{VC, "nine-hour", "nine"},
      {ES, "nine-hour", "nine"},
      {BD, "11 hours", "11"},
      {MD, "11 hours", "11"},
      {CS, "ten hours", "ten"}}},
    {9, ClaimStatus::Formatting, {{VC, "litres", "1.2 million"}, {ES, "litres", "1.2m"}}},
    {10,
     ClaimStatus::Formatting,
     {{VC, "tonnes", "3,000"},
      {ES, "tonnes", "3,000"},
      {BD, "tonnes", "three thousand"},
      {MD, "tonnes", "3,000"},
      {CS, "tonnes", "Three thousand"}}},
    {11,
     ClaimStatus::Formatting,
     {{VC, "imports", "40%"},
      {ES, "imports", "40 per cent"},
      {BD, "imports", "40%"},
      {MD, "imports", "40 percent"}}},
    {12,
     ClaimStatus::Formatting,
     {{VC, "radius", "2km"}, {ES, "radius", "2km"}, {BD, "within 2km", "2km"}, {MD, "2 kilometers", "2"}}},
    {13, ClaimStatus::Formatting, {{VC, "crew members", "Fourteen"}, {ES, "crew members", "14"}}},
    {14, ClaimStatus::Consistent, {{VC, "residents", "300"}, {ES, "residents", "300"}}},
    {15, ClaimStatus::Consistent, {{VC, "metres", "400"}, {ES, "metres", "400"}}},
    {16, ClaimStatus::Single, {{CS, "Dennis Aldous, 54", "54"}}},
};

struct Samples : ::testing::Test {
    static inline Corpus corpus;
    static inline std::vector<Claim> claims;

    static void SetUpTestSuite() {
        corpus = loadFolder(sampleCorpusDir());
        claims = claimsOf(corpus.documents, reuseOf(corpus.documents));
    }
    const std::vector<Document>& docs() const { return corpus.documents; }
    const Claim* find(const Version& v) const {
        return claimWith(claims, docs(), v.doc, v.sentencePart, v.text);
    }
};

} // namespace

TEST_F(Samples, EveryIntendedClaimWithItsVersionsAndStatus) {
    ASSERT_EQ(corpus.documents.size(), 5u);
    for (const Intended& row : intended) {
        SCOPED_TRACE(QStringLiteral("docs/samples.md claim %1").arg(row.row).toStdString());
        const Claim* c = find(row.versions.front());
        ASSERT_TRUE(c);
        for (const Version& v : row.versions)
            EXPECT_EQ(find(v), c) << v.doc.toStdString() << " " << v.text.toStdString() << "\n"
                                  << describe(c, docs());
        EXPECT_EQ(c->variants.size(), row.versions.size()) << describe(c, docs());
        EXPECT_EQ(statusOf(c), claimStatusName(row.status)) << describe(c, docs());
    }
}

TEST_F(Samples, NothingButTheIntendedClaims) {
    // Every other number of the prose is a time, date, year, ordinal, identifier or the age of nobody
    // named ("a 54-year-old night watchman").
    EXPECT_EQ(claims.size(), intended.size());
    for (const Claim& c : claims) {
        bool listed = false;
        for (const Intended& row : intended)
            listed = listed || find(row.versions.front()) == &c;
        EXPECT_TRUE(listed) << describe(&c, docs());
    }
}

TEST_F(Samples, VelmouthAndDunholtDeathsStayApart) {
    const Claim* velmouth = find({VC, "One man was killed", "One"});
    const Claim* dunholt = find({BD, "Dunholt", "one"});
    ASSERT_TRUE(velmouth && dunholt);
    EXPECT_NE(velmouth, dunholt);
    EXPECT_TRUE(dunholt->label.endsWith("in Dunholt")) << dunholt->label.toStdString();
}

TEST_F(Samples, FortyFirefightersAreNotFortyPerCent) {
    EXPECT_NE(find({VC, "40 firefighters", "40"}), find({VC, "imports", "40%"}));
}

TEST_F(Samples, RouteTwelveAndWarehouseSevenAreNoCounts) {
    for (const Claim& c : claims)
        for (const ClaimVariant& v : c.variants) {
            const QString sentence = sentenceOf(docs()[size_t(v.doc)], v.sentence).toString();
            // variantSentenceSpan, not sentences[v.sentence]: a headline variant's index is
            // kHeadlineSentence (-1), which read before the vector (found by AddressSanitizer).
            const qsizetype at = v.span.start - variantSentenceSpan(docs()[size_t(v.doc)], v.sentence).start;
            EXPECT_FALSE(sentence.left(at).endsWith(u"Route ") || sentence.left(at).endsWith(u"Warehouse "))
                << describe(&c, docs());
        }
}

TEST_F(Samples, TheReprintChangedOneValue) {
    // docs/samples.md: claim 5 is the only value the reprint's editor changed.
    const int vc = docIndex(docs(), VC);
    const int es = docIndex(docs(), ES);
    int changed = 0;
    for (const Claim& c : claims) {
        QSet<double> vcValues, esValues;
        for (const ClaimVariant& v : c.variants) {
            if (v.doc == vc)
                vcValues.insert(v.mention.value);
            if (v.doc == es)
                esValues.insert(v.mention.value);
        }
        if (!vcValues.isEmpty() && !esValues.isEmpty() && vcValues != esValues)
            ++changed;
    }
    EXPECT_EQ(changed, 1);
}
