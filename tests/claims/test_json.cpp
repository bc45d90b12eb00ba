// The "claims" array of the version-1 JSON (DESIGN.md): names of fields, documents by id, null
// for no hedge, absolute offsets.
#include "ClaimsTestUtil.h"
#include "claims/ClaimsJson.h"

#include <QJsonObject>

using namespace parallax;
using namespace parallax::test;

TEST(ClaimsJson, ShapeOfDesignMd) {
    const std::vector<Document> docs{
        makeDocument("000_a", "Officials said at least 23 people were injured in Kyiv."),
        makeDocument("001_b", "In Kyiv, 26 others were injured, officials said.")};
    const std::vector<Claim> claims = claimsOf(docs, oneStory(2));
    const QJsonArray json = claimsToJson(claims, docs);
    ASSERT_EQ(json.size(), 1);
    const QJsonObject c = json[0].toObject();
    EXPECT_EQ(c["id"].toString(), "c1");
    EXPECT_EQ(c["label"].toString(), "people injured");
    EXPECT_EQ(c["status"].toString(), "conflict");
    EXPECT_EQ(c["unit"].toString(), "people");
    EXPECT_EQ(c["predicate"].toString(), "injured");
    EXPECT_EQ(c["articles"].toInt(), 2);
    const QJsonArray variants = c["variants"].toArray();
    ASSERT_EQ(variants.size(), 2);
    const QJsonObject a = variants[0].toObject();
    EXPECT_EQ(a["doc"].toString(), "000_a");
    EXPECT_EQ(a["sentence"].toInt(), 0);
    EXPECT_EQ(a["text"].toString(), "23");
    EXPECT_EQ(a["value"].toDouble(), 23);
    EXPECT_EQ(a["qualifier"].toString(), "at_least");
    EXPECT_EQ(a["qualifier_text"].toString(), "at least");
    EXPECT_EQ(a["kind"].toString(), "count");
    EXPECT_EQ(a["unit"].toString(), "people");
    EXPECT_EQ(docs[0].text.mid(a["start"].toInt(), a["end"].toInt() - a["start"].toInt()), "23");
    const QJsonObject b = variants[1].toObject();
    EXPECT_EQ(b["doc"].toString(), "001_b");
    EXPECT_TRUE(b["qualifier"].isNull());
    EXPECT_TRUE(b["range_end"].isNull());
    EXPECT_EQ(b["unit"].toString(), "people"); // "26 others": the people of the sentence
    EXPECT_EQ(docs[1].text.mid(b["start"].toInt(), b["end"].toInt() - b["start"].toInt()), "26");
}

TEST(ClaimsJson, EmptyIsAnEmptyArray) {
    EXPECT_TRUE(claimsToJson({}, {}).isEmpty());
}
