// The article list: publication moments, sorted by them, named by outlet or title.
#include "ArticleListModel.h"
#include "MainWindow.h"

#include "SharedCorpus.h"
#include "WindowTestUtil.h"

#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <gtest/gtest.h>

using namespace parallax;
using parallax::gui::MainWindow;
using parallax::test::documentIndex;
using parallax::test::waitForAnalysis;

TEST(ArticleListModelTest, PublishedMomentsReadAsDayTimeAndZone) {
    Document d;
    d.published = QStringLiteral("2025-07-04T14:05:00+01:00");
    EXPECT_EQ(gui::publishedMoment(d), "2025-07-04 14:05 +01:00");
    d.published = QStringLiteral("2025-07-04T06:30:00Z");
    EXPECT_EQ(gui::publishedMoment(d), "2025-07-04 06:30 UTC");
    d.published = QStringLiteral("2025-07-04T06:30:00");
    EXPECT_EQ(gui::publishedMoment(d), "2025-07-04 06:30");
    d.published = QStringLiteral("2025-07-04");
    EXPECT_EQ(gui::publishedMoment(d), "2025-07-04");
    d.published.clear();
    EXPECT_EQ(gui::publishedMoment(d), "");
    d.date = QStringLiteral("2025-07-03");
    EXPECT_EQ(gui::publishedMoment(d), "2025-07-03");
}

TEST(ArticleListTest, DatedArticlesComeFirstInTimeOrderAndNamesAreNotFileNames) {
    PARALLAX_REQUIRE_SEEDS();
    MainWindow window;
    window.openFolder(test::seedCorpusDir());
    ASSERT_TRUE(waitForAnalysis(window));
    const QAbstractItemModel* shown = window.articleList()->model();
    const auto* sorted = qobject_cast<const QSortFilterProxyModel*>(shown);
    ASSERT_TRUE(sorted);
    // The seeds date one article (the reprint, 2025-07-04); it leads, the undated follow in folder order.
    const int dated = documentIndex(window, "002");
    EXPECT_EQ(sorted->mapToSource(shown->index(0, 0)).row(), dated);
    int previous = -1;
    for (int r = 1; r < shown->rowCount(); ++r) {
        const int doc = sorted->mapToSource(shown->index(r, 0)).row();
        EXPECT_GT(doc, previous);
        previous = doc;
    }
    // Relations name the other article by its outlet or title, never its hash-like file name.
    for (int r = 0; r < shown->rowCount(); ++r) {
        const QString relation = shown->index(r, gui::ArticleListModel::Relation).data().toString();
        EXPECT_FALSE(relation.contains(QRegularExpression(QStringLiteral("\\b00\\d_[0-9a-f]{6}"))))
            << relation.toStdString();
    }
}
