// Content units: stems, the news synonym table, numbers by value, function words dropped.
#include "reuse/ContentWords.h"

#include <gtest/gtest.h>

using namespace parallax;

namespace {

QString unit(const char* word) {
    return contentUnit(QString::fromUtf8(word), word[0] >= '0' && word[0] <= '9');
}

} // namespace

TEST(ContentWords, FunctionWordsAndReportingVerbsCarryNoContent) {
    for (const char* w : {"the", "of", "which", "said", "told", "according"})
        EXPECT_TRUE(unit(w).isEmpty()) << w;
}

TEST(ContentWords, InflectionsShareAStem) {
    EXPECT_EQ(unit("drones"), unit("drone"));
    EXPECT_EQ(unit("blanketed"), unit("blankets"));
    EXPECT_EQ(unit("missiles"), unit("missile"));
}

TEST(ContentWords, NewsSynonymsShareAUnit) {
    EXPECT_EQ(unit("wounded"), unit("injured"));
    EXPECT_EQ(unit("hurt"), unit("injured"));
    EXPECT_EQ(unit("raid"), unit("attack"));
    EXPECT_EQ(unit("strikes"), unit("assault"));
    EXPECT_EQ(unit("unleashed"), unit("launched"));
    EXPECT_EQ(unit("alerts"), unit("sirens"));
    EXPECT_NE(unit("injured"), unit("killed"));
}

TEST(ContentWords, NumbersCompareByValue) {
    EXPECT_EQ(unit("eleven"), "#11");
    EXPECT_EQ(unit("11"), "#11");
    EXPECT_EQ(unit("5,000"), "#5000");
    EXPECT_NE(unit("550"), unit("539"));
}
