// pairs and shared_sentences in the shape of DESIGN.md's version-1 JSON: ids, not indices.
#include "ReuseTestUtil.h"
#include "SharedCorpus.h"
#include "reuse/ReuseJson.h"

#include <QJsonObject>

using namespace parallax;
using namespace parallax::test;

TEST(ReuseJson, PairsCarryIdsRelationAndOriginal) {
    const Corpus c = loadFolder(sampleCorpusDir());
    const ReuseResult r = reuseOf(c);
    const QJsonArray pairs = pairsToJson(r, c.documents);
    ASSERT_EQ(pairs.size(), qsizetype(r.pairs.size()));
    bool sawReprint = false;
    for (const QJsonValue& v : pairs) {
        const QJsonObject o = v.toObject();
        for (const char* key : {"a", "b", "resemblance", "containment_a_in_b", "containment_b_in_a",
                                "relation", "original", "shared_sentences", "evidence"})
            EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
        EXPECT_TRUE(o[u"a"].isString());
        if (o[u"relation"].toString() == "reprint") {
            sawReprint = true;
            EXPECT_EQ(o[u"original"].toString(), "velmouth-courier");
        } else {
            EXPECT_TRUE(o[u"original"].isNull());
        }
    }
    EXPECT_TRUE(sawReprint);
}

TEST(ReuseJson, SharedSentencesCarryKindCountsAndEdits) {
    const Corpus c = loadFolder(sampleCorpusDir());
    const ReuseResult r = reuseOf(c);
    const QJsonArray matches = sharedSentencesToJson(r, c.documents);
    ASSERT_EQ(matches.size(), qsizetype(r.matches.size()));
    QStringList kinds;
    for (const QJsonValue& v : matches) {
        const QJsonObject o = v.toObject();
        for (const char* key :
             {"a", "a_index", "a_count", "b", "b_index", "b_count", "score", "kind", "edits"})
            EXPECT_TRUE(o.contains(QLatin1String(key))) << key;
        kinds << o[u"kind"].toString();
        const QJsonArray edits = o[u"edits"].toArray();
        ASSERT_FALSE(edits.isEmpty());
        const QJsonObject e = edits.first().toObject();
        EXPECT_EQ(e[u"a"].toArray().size(), 2);
    }
    EXPECT_TRUE(kinds.contains("identical"));
    EXPECT_TRUE(kinds.contains("near-identical"));
    EXPECT_TRUE(kinds.contains("paraphrase"));
}
