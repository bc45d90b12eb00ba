#include "analysis/DisplayNames.h"

#include <gtest/gtest.h>

using namespace parallax;

namespace {

Document doc(const QString& id, const QString& source, const QString& title) {
    Document d;
    d.id = id;
    d.source = source;
    d.title = title;
    return d;
}

} // namespace

TEST(DisplayNames, OutletFirstThenTitleThenFileName) {
    EXPECT_EQ(displayName(doc("a", "The Guardian", "Putin humiliates Trump")), "The Guardian");
    EXPECT_EQ(displayName(doc("a", "", "Kyiv attacked")), "Kyiv attacked");
    EXPECT_EQ(displayName(doc("000_5aa5", "", "")), "000_5aa5");
}

TEST(DisplayNames, LongTitlesAreCutAtAWord) {
    const QString name =
        displayName(doc("a", "", "Ukraine has accused Vladimir Putin of publicly humiliating Donald Trump"));
    EXPECT_TRUE(name.endsWith(QChar(0x2026))) << name.toStdString();
    EXPECT_LE(name.size(), 37);
    EXPECT_TRUE(name.startsWith("Ukraine has accused Vladimir Putin")) << name.toStdString();
}

TEST(DisplayNames, NamesTwoArticlesWouldShareGetTheirFileName) {
    const std::vector<QString> names =
        displayNames({doc("000", "Reuters", "A"), doc("001", "Reuters", "B"), doc("002", "AP", "C")});
    EXPECT_EQ(names[0], "Reuters (000)");
    EXPECT_EQ(names[1], "Reuters (001)");
    EXPECT_EQ(names[2], "AP");
}
