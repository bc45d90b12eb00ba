// The article list: publication moments, sorted by them, named by outlet or title.
#include "ArticleColumnsFit.h"
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

// At 1024x700 the panel is about 240 px: the relation column gives way so that the title keeps
// most of the room; in a wide panel the relation keeps its full width.
TEST(ArticleListTest, ANarrowPanelKeepsTheTitleReadable) {
    EXPECT_EQ(gui::ArticleColumnsFit::relationWidth(190, 140, 70), 76);
    EXPECT_EQ(gui::ArticleColumnsFit::relationWidth(600, 140, 70), 140);
    EXPECT_EQ(gui::ArticleColumnsFit::relationWidth(60, 140, 70), 70);

    PARALLAX_REQUIRE_SEEDS();
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    window.openFolder(test::seedCorpusDir());
    ASSERT_TRUE(waitForAnalysis(window));
    QTableView* list = window.articleList();
    list->resize(240, list->height());
    QCoreApplication::processEvents();
    EXPECT_GT(list->columnWidth(gui::ArticleListModel::Title),
              list->columnWidth(gui::ArticleListModel::Relation));
    list->resize(700, list->height());
    QCoreApplication::processEvents();
    EXPECT_GE(list->columnWidth(gui::ArticleListModel::Relation),
              list->fontMetrics().horizontalAdvance(QStringLiteral("shared source with W")));
}
