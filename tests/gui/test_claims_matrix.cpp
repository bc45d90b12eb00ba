// The claims matrix: one row per claim two or more articles state, one column per article.
#include "AlignedPanesView.h"
#include "ArticleListModel.h"
#include "ArticleTitleDelegate.h"
#include "ClaimsMatrixModel.h"
#include "ClaimsMatrixView.h"
#include "ClaimsPanel.h"
#include "FindBar.h"
#include "LegendView.h"
#include "MainWindow.h"

#include "SharedCorpus.h"
#include "WindowTestUtil.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <set>

using namespace parallax;
using parallax::gui::ClaimsMatrixModel;
using parallax::gui::ClaimState;
using parallax::gui::MainWindow;
using parallax::test::documentIndex;
using parallax::test::waitForAnalysis;

namespace {

// What a cell must say: the article's variants of the claim, with their hedges, once each.
QString expectedCell(const gui::ClaimView& claim, int document) {
    QStringList texts;
    for (const gui::ClaimVariantView& v : claim.variants)
        if (v.document == document) {
            const QString t = v.qualifier.isEmpty() ? v.text : v.qualifier + u' ' + v.text;
            if (!texts.contains(t))
                texts << t;
        }
    return texts.join(QStringLiteral(" · "));
}

int injuredClaim(const MainWindow& window) {
    const auto& claims = window.claimsPanel()->claims();
    for (size_t i = 0; i < claims.size(); ++i)
        if (claims[i].state == ClaimState::Conflict && claims[i].label.contains("injured"))
            return int(i);
    return -1;
}

void click(QAbstractItemView* view, const QModelIndex& index, QPoint at = {}) {
    view->scrollTo(index);
    if (at.isNull())
        at = view->visualRect(index).center();
    for (const QEvent::Type type : {QEvent::MouseButtonPress, QEvent::MouseButtonRelease}) {
        QMouseEvent event(type, at, view->viewport()->mapToGlobal(at), Qt::LeftButton,
                          type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view->viewport(), &event);
    }
}

} // namespace

TEST(ClaimsMatrixTest, EveryClaimOfTwoArticlesHasARowWithEachArticlesValue) {
    PARALLAX_REQUIRE_SEEDS();
    MainWindow window;
    window.openFolder(test::seedCorpusDir());
    ASSERT_TRUE(waitForAnalysis(window));
    window.centralViews()->setCurrentIndex(1); // the matrix is filled when first shown
    const ClaimsMatrixModel* matrix = window.claimsMatrix()->matrix();
    const auto& claims = window.claimsPanel()->claims();
    const int documents = int(window.analysis()->corpus.documents.size());
    ASSERT_EQ(matrix->columnCount(), documents + 1);

    std::set<int> rowed;
    int lastPriority = -1;
    for (int row = 0; row < matrix->rowCount(); ++row) {
        const int c = matrix->claimAtRow(row);
        ASSERT_GE(c, 0);
        rowed.insert(c);
        const gui::ClaimView& claim = claims[size_t(c)];
        // Disagreements before agreement.
        const int priority = claim.state == ClaimState::Conflict     ? 0
                             : claim.state == ClaimState::Consistent ? 2
                                                                     : 1;
        EXPECT_GE(priority, lastPriority) << claim.label.toStdString();
        lastPriority = std::max(lastPriority, priority);
        for (int d = 0; d < documents; ++d)
            EXPECT_EQ(matrix->index(row, d + 1).data().toString(), expectedCell(claim, d))
                << claim.label.toStdString() << " in article " << d;
    }
    for (size_t c = 0; c < claims.size(); ++c) {
        std::set<int> articles;
        for (const auto& v : claims[c].variants)
            articles.insert(v.document);
        EXPECT_EQ(rowed.count(int(c)) == 1, articles.size() >= 2) << claims[c].label.toStdString();
    }

    // The injured conflict: 23 and 26 side by side, the less common value marked as differing.
    const int injured = injuredClaim(window);
    ASSERT_GE(injured, 0);
    const int row = matrix->rowOfClaim(injured);
    ASSERT_GE(row, 0);
    std::set<QString> values;
    int differing = 0;
    int stated = 0;
    for (int d = 0; d < documents; ++d) {
        const QModelIndex cell = matrix->index(row, d + 1);
        if (cell.data().toString().isEmpty())
            continue;
        ++stated;
        values.insert(cell.data().toString());
        differing += cell.data(ClaimsMatrixModel::DiffersRole).toBool();
    }
    EXPECT_TRUE(values.count("23") || values.count("at least 23")) << "23 is shown";
    EXPECT_TRUE(values.count("26")) << "26 is shown";
    EXPECT_GE(differing, 1);
    EXPECT_LT(differing * 2, stated + 1) << "the usual value is the one most articles give";
}

TEST(ClaimsMatrixTest, ClickingACellShowsItsSentenceInThePanes) {
    PARALLAX_REQUIRE_SEEDS();
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    window.openFolder(test::seedCorpusDir());
    ASSERT_TRUE(waitForAnalysis(window));
    window.centralViews()->setCurrentIndex(1);
    const int injured = injuredClaim(window);
    ASSERT_GE(injured, 0);
    const gui::ClaimView& claim = window.claimsPanel()->claims()[size_t(injured)];
    const int doc = documentIndex(window, "001");
    ASSERT_GE(doc, 0);
    int variant = -1;
    for (size_t v = 0; v < claim.variants.size() && variant < 0; ++v)
        if (claim.variants[v].document == doc)
            variant = int(v);
    ASSERT_GE(variant, 0);

    // Hidden first: the click brings its pane back rather than doing nothing.
    window.articleModel()->setData(window.articleModel()->index(doc, 0), Qt::Unchecked, Qt::CheckStateRole);
    QCoreApplication::processEvents();
    auto* panes = window.panes();
    for (int d : panes->paneModel()->documents)
        ASSERT_NE(d, doc);

    auto* view = window.claimsMatrix();
    click(view, view->matrix()->index(view->matrix()->rowOfClaim(injured), doc + 1));

    EXPECT_EQ(window.centralViews()->currentIndex(), 0) << "the side-by-side view is shown";
    EXPECT_EQ(panes->selectedClaim(), injured);
    EXPECT_EQ(window.claimsPanel()->selectedClaim(), injured);
    const auto& v = claim.variants[size_t(variant)];
    ASSERT_GE(panes->currentRow(), 0);
    EXPECT_EQ(panes->currentRow(), panes->paneModel()->rowOfSentence(v.document, v.sentence));
    ASSERT_GE(panes->currentColumn(), 0);
    EXPECT_EQ(panes->paneModel()->documents[size_t(panes->currentColumn())], doc);
    EXPECT_TRUE(panes->cellText(panes->currentRow(), panes->currentColumn()).contains(v.text));
}

TEST(LegendTest, HelpLegendExplainsEveryColourOfThePanesAndClaims) {
    MainWindow window;
    auto* legend = window.findChild<gui::LegendView*>(QStringLiteral("legend"));
    ASSERT_TRUE(legend);
    const QString all = legend->entries().join(u'\n');
    for (const char* word : {"identical", "Near-identical", "paraphrase", "One fact", "Related numbers",
                             "Hatched", "conflict", "update", "possible", "hedge", "written another way",
                             "every article", "changed", "Find", "Dashed box", "selected", "most articles"})
        EXPECT_TRUE(all.contains(QString::fromLatin1(word), Qt::CaseInsensitive)) << word;
    // The samples carry the panes' own formats: the conflict sample is bold in the conflict colour.
    const QString text = legend->toPlainText();
    EXPECT_TRUE(text.contains("26"));
    QAction* toggle = nullptr;
    for (QAction* a : window.findChildren<QAction*>())
        if (a->text().remove(u'&') == "Legend")
            toggle = a;
    ASSERT_TRUE(toggle) << "Help › Legend exists";
    auto* dock = qobject_cast<QWidget*>(legend->parent());
    ASSERT_TRUE(dock);
    EXPECT_FALSE(legend->isVisibleTo(&window));
    toggle->trigger();
    EXPECT_TRUE(legend->isVisibleTo(&window));
}

TEST(ArticleListTest, TheCheckBoxTogglesOnAClickAnywhereInItsBox) {
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    window.openFolder(test::sampleCorpusDir());
    ASSERT_TRUE(waitForAnalysis(window));
    QTableView* list = window.articleList();
    // The list shows the articles sorted by date through a proxy: click where row 0 is drawn.
    const auto* sorted = qobject_cast<const QSortFilterProxyModel*>(list->model());
    ASSERT_TRUE(sorted);
    const QModelIndex title = sorted->mapFromSource(window.articleModel()->index(0, 0));
    QStyleOptionViewItem opt;
    opt.initFrom(list->viewport());
    opt.rect = list->visualRect(title);
    opt.font = list->font();
    opt.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
    opt.rect = gui::ArticleTitleDelegate::titleLine(opt);
    const QRect box = list->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &opt, list);
    ASSERT_TRUE(box.isValid());
    // The upper and the lower edge of the box as drawn, and its middle.
    for (const QPoint at : {QPoint(box.center().x(), box.top() + 1), box.center(),
                            QPoint(box.center().x(), box.bottom() - 1)}) {
        const bool before = title.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        click(list, title, at);
        EXPECT_NE(title.data(Qt::CheckStateRole).toInt() == Qt::Checked, before)
            << "a click at y " << at.y() - box.top() << " of the box toggles it";
    }
}

TEST(ClaimsPanelTest, VariantsAreGroupedByValueMostArticlesFirst) {
    PARALLAX_REQUIRE_SEEDS();
    MainWindow window;
    window.openFolder(test::seedCorpusDir());
    ASSERT_TRUE(waitForAnalysis(window));
    const int injured = injuredClaim(window);
    ASSERT_GE(injured, 0);
    window.selectClaim(injured);
    const QString text = window.claimsPanel()->variantsText();
    // Four articles say 23 (one of them "at least"), one says 26: 23's group comes first.
    const qsizetype usual = text.indexOf(QRegularExpression(QStringLiteral("\\b23 — \\d articles")));
    const qsizetype other = text.indexOf(QStringLiteral("26 — 1 article"));
    ASSERT_GE(usual, 0) << text.toStdString();
    ASSERT_GE(other, 0) << text.toStdString();
    EXPECT_LT(usual, other);
}

TEST(MainWindowLayoutTest, At1024By700ThePanesGetMostOfTheWidth) {
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    window.openFolder(test::sampleCorpusDir());
    ASSERT_TRUE(waitForAnalysis(window));
    QCoreApplication::processEvents();
    auto* splitter = window.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
    ASSERT_TRUE(splitter);
    std::string sizes;
    for (int i = 0; i < splitter->count(); ++i)
        sizes += std::to_string(splitter->widget(i)->width()) + " (min " +
                 std::to_string(splitter->widget(i)->minimumSizeHint().width()) + ") ";
    EXPECT_LE(window.width(), 1024) << sizes;
    EXPECT_GE(window.panes()->width(), 480) << sizes;
    // Help › Legend does not take the panes' width: at this size it floats over the window's edge.
    QAction* legend = nullptr;
    for (QAction* a : window.findChildren<QAction*>())
        if (a->text().remove(u'&') == "Legend")
            legend = a;
    ASSERT_TRUE(legend);
    legend->trigger();
    QCoreApplication::processEvents();
    window.resize(1024, 700);
    QCoreApplication::processEvents();
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("legendDock"));
    ASSERT_TRUE(dock);
    EXPECT_TRUE(dock->isVisible());
    EXPECT_TRUE(dock->isFloating());
    EXPECT_GE(window.panes()->width(), 480) << "with the legend open";
}

TEST(FactRowsTest, ADisagreementOfIndependentReportsSitsOnOneRow) {
    // Three reports written apart (no sentence reused), the fact in a different place in each.
    QTemporaryDir dir;
    const QStringList articles = {
        "Storm floods Marlow valley\n\n"
        "Heavy rain swept across the Marlow valley on Tuesday night, and the River Kell burst its banks "
        "near Ashby.\n\n"
        "Roads between Ashby and Marlow were closed until morning.\n\n"
        "Officials said 12 people were injured in Marlow as the water rose.\n\n"
        "Mayor Dana Whitcombe promised help for farmers whose fields were lost.",
        "Marlow counts the cost after night of rain\n\n"
        "Emergency crews said 15 people were injured in Marlow when flash floods hit the town.\n\n"
        "Residents described a wall of brown water from the River Kell moving through the lower "
        "streets.\n\n"
        "Schools will stay shut for the rest of the week, Mayor Dana Whitcombe announced.",
        "Valley residents clean up\n\n"
        "Volunteers with shovels and pumps arrived in Ashby from neighbouring towns at dawn.\n\n"
        "Shopkeepers in Marlow carried ruined stock out onto the pavement after the River Kell "
        "flooded.\n\n"
        "A regional spokesman said 12 people were injured in Marlow in the flooding overnight.\n\n"
        "Mayor Dana Whitcombe said drier weather is expected by Friday."};
    for (int i = 0; i < articles.size(); ++i) {
        QFile f(dir.filePath(QStringLiteral("report%1.txt").arg(i)));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(articles[i].toUtf8());
    }
    MainWindow window;
    window.openFolder(dir.path());
    ASSERT_TRUE(waitForAnalysis(window));
    const auto& claims = window.claimsPanel()->claims();
    const gui::ClaimView* injured = nullptr;
    for (const auto& c : claims)
        if (c.label.contains("injured") && c.variants.size() > 1)
            injured = &c;
    ASSERT_TRUE(injured) << "the injured count is one claim";
    ASSERT_EQ(injured->state, ClaimState::Conflict);
    ASSERT_EQ(claims.size(), 1u) << "no other number is stated";
    EXPECT_TRUE(window.statusText().contains("3 articles · 3 related pairs · 1 claim, 1 in conflict"))
        << window.statusText().toStdString();
    const auto* model = window.panes()->paneModel();
    std::set<int> rows;
    for (const auto& v : injured->variants)
        rows.insert(model->rowOfSentence(v.document, v.sentence));
    EXPECT_EQ(rows.size(), 1u) << "12, 15 and 12 are read across one row";
    const int row = *rows.begin();
    ASSERT_GE(row, 0);
    EXPECT_EQ(model->rows[size_t(row)].kind, RowKind::SharedFact);
}

TEST(FoldedRunsTest, SentencesOnlyOneArticleHasFoldIntoAStripThatOpensOnAClick) {
    QTemporaryDir dir;
    // A report with a long stretch of its own, and a second that shares only its first sentence.
    QFile a(dir.filePath(QStringLiteral("a.txt")));
    ASSERT_TRUE(a.open(QIODevice::WriteOnly));
    a.write("Fire at the Harrow Quay depot\n\n"
            "A fire tore through the Harrow Quay fertiliser depot in Velmouth early on Saturday.\n\n"
            "The owner, Brackwater Agri-Supplies, said the building had passed an inspection in May.\n\n"
            "Neighbours said the smell of smoke reached the old town within an hour.\n\n"
            "A school on Dock Street will stay closed on Monday as a precaution.\n\n"
            "The harbour master suspended traffic through the inner basin until noon.\n");
    a.close();
    QFile b(dir.filePath(QStringLiteral("b.txt")));
    ASSERT_TRUE(b.open(QIODevice::WriteOnly));
    b.write("Velmouth depot fire\n\n"
            "A fire tore through the Harrow Quay fertiliser depot in Velmouth early on Saturday.\n\n"
            "Firefighters from three stations fought the blaze for most of the morning.\n");
    b.close();
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    window.openFolder(dir.path());
    ASSERT_TRUE(waitForAnalysis(window));
    auto* panes = window.panes();
    const gui::PaneModel* model = panes->paneModel();
    const int docA = documentIndex(window, "a");
    int strip = -1, column = -1;
    for (size_t r = 0; r < model->rows.size(); ++r)
        for (size_t c = 0; c < model->rows[r].cells.size(); ++c)
            if (model->rows[r].cells[c].isFolded()) {
                strip = int(r);
                column = int(c);
            }
    ASSERT_GE(strip, 0) << "a's four sentences of its own are one strip";
    const auto& cell = model->rows[size_t(strip)].cells[size_t(column)];
    EXPECT_EQ(cell.document, docA);
    EXPECT_EQ(cell.sentenceCount, 4);
    EXPECT_TRUE(panes->cellText(strip, column).contains("Only in"))
        << panes->cellText(strip, column).toStdString();
    EXPECT_TRUE(panes->cellText(strip, column).contains("4 sentences"));

    // A click on the strip opens it: the four sentences are rows again.
    panes->scrollToRow(strip);
    QCoreApplication::processEvents();
    const QPoint at = panes->pointForOffset(strip, column, cell.span.start);
    ASSERT_FALSE(at.isNull());
    QMouseEvent press(QEvent::MouseButtonPress, at, panes->viewport()->mapToGlobal(at), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(panes->viewport(), &press);
    model = panes->paneModel();
    for (const auto& row : model->rows)
        for (const auto& c : row.cells)
            EXPECT_FALSE(c.isFolded());
    const int first = model->rowOfSentence(docA, 2);
    ASSERT_GE(first, 0);
    EXPECT_NE(model->rowOfSentence(docA, 3), first);
}

TEST(FindTest, FindSearchesEveryArticleHiddenOnesAndFoldedRunsToo) {
    QTemporaryDir dir;
    QFile a(dir.filePath(QStringLiteral("a.txt")));
    ASSERT_TRUE(a.open(QIODevice::WriteOnly));
    a.write("Fire at the Harrow Quay depot\n\n"
            "A fire tore through the Harrow Quay fertiliser depot in Velmouth early on Saturday.\n\n"
            "The owner, Brackwater Agri-Supplies, said the building had passed an inspection in May.\n\n"
            "Neighbours said the smell of smoke reached the old town within an hour.\n\n"
            "A school on Dock Street will stay closed on Monday as a precaution.\n\n"
            "The harbour master suspended traffic through the inner basin until noon.\n");
    a.close();
    QFile b(dir.filePath(QStringLiteral("b.txt")));
    ASSERT_TRUE(b.open(QIODevice::WriteOnly));
    b.write("Velmouth depot fire\n\n"
            "A fire tore through the Harrow Quay fertiliser depot in Velmouth early on Saturday.\n\n"
            "Firefighters from three stations fought the blaze with a turntable ladder.\n");
    b.close();
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    window.openFolder(dir.path());
    ASSERT_TRUE(waitForAnalysis(window));
    auto folded = [&] {
        int n = 0;
        for (const auto& row : window.panes()->paneModel()->rows)
            for (const auto& c : row.cells)
                n += c.isFolded();
        return n;
    };
    ASSERT_EQ(folded(), 1);
    window.findBar()->activate();
    window.findBar()->setText(QStringLiteral("harbour master"));
    EXPECT_EQ(folded(), 0) << "the strip holding the match opened";
    EXPECT_TRUE(window.findBar()->hiddenMatchesText().isEmpty());

    // Hide b: a word only b has is counted as a match in a hidden article, and shown on request.
    const int docB = documentIndex(window, "b");
    window.articleModel()->setData(window.articleModel()->index(docB, 0), Qt::Unchecked, Qt::CheckStateRole);
    QCoreApplication::processEvents();
    window.findBar()->setText(QStringLiteral("turntable"));
    EXPECT_TRUE(window.findBar()->hiddenMatchesText().contains("1 more in 1 hidden article"))
        << window.findBar()->hiddenMatchesText().toStdString();
    Q_EMIT window.findBar()->showHiddenMatches();
    QCoreApplication::processEvents();
    EXPECT_FALSE(window.articleModel()->hiddenDocuments().count(docB));
    EXPECT_TRUE(window.findBar()->hiddenMatchesText().isEmpty());
}

TEST(PanesTest, HidingArticlesRewrapsTheTextAtTheNewWidth) {
    PARALLAX_REQUIRE_SEEDS();
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    window.openFolder(test::seedCorpusDir());
    ASSERT_TRUE(waitForAnalysis(window));
    auto settle = [] {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 300)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    };
    settle();
    const int doc = documentIndex(window, "001");
    auto* panes = window.panes();
    const int before = panes->rowHeight(panes->paneModel()->rowOfSentence(doc, 0));
    // Hide the articles that have nothing on that row, so its cells and marks stay the same and
    // only the width changes.
    // (A copy: hiding an article replaces the pane model.)
    const gui::PaneModel model = *panes->paneModel();
    const auto& cells = model.rows[size_t(model.rowOfSentence(doc, 0))].cells;
    int kept = 0;
    for (size_t c = 0; c < cells.size(); ++c) {
        if (cells[c].isGap())
            window.articleModel()->setData(window.articleModel()->index(model.documents[c], 0), Qt::Unchecked,
                                           Qt::CheckStateRole);
        else
            ++kept;
    }
    settle();
    ASSERT_EQ(panes->columnCount(), kept);
    ASSERT_LE(kept * 2, int(cells.size())) << "the test needs a row most articles do not share";
    const int after = panes->rowHeight(panes->paneModel()->rowOfSentence(doc, 0));
    EXPECT_LT(after * 3, before * 2) << "columns at least twice as wide: the sentence takes fewer lines ("
                                     << before << " px before, " << after << " after)";
}

TEST(PanesTest, EditCopyPutsTheCurrentSentenceOnTheClipboard) {
    MainWindow window;
    window.openFolder(test::sampleCorpusDir());
    ASSERT_TRUE(waitForAnalysis(window));
    auto* panes = window.panes();
    int row = -1, column = -1;
    for (int r = 0; r < panes->rowCount() && row < 0; ++r)
        for (int c = 0; c < panes->columnCount(); ++c)
            if (!panes->paneModel()->rows[size_t(r)].cells[size_t(c)].isGap() &&
                !panes->paneModel()->rows[size_t(r)].cells[size_t(c)].isFolded()) {
                row = r;
                column = c;
                break;
            }
    ASSERT_GE(row, 0);
    panes->setCurrentCell(row, column);
    QApplication::clipboard()->clear();
    QAction* copy = nullptr;
    for (QAction* a : window.findChildren<QAction*>())
        if (a->text().remove(u'&') == "Copy Sentence")
            copy = a;
    ASSERT_TRUE(copy);
    copy->trigger();
    EXPECT_EQ(QApplication::clipboard()->text(), panes->cellText(row, column));
    EXPECT_FALSE(QApplication::clipboard()->text().isEmpty());
}

TEST(PanesTest, APaneStandingForAFamilySaysHowManyCopiesItHides) {
    PARALLAX_REQUIRE_SEEDS();
    MainWindow window;
    window.openFolder(test::seedCorpusDir());
    ASSERT_TRUE(waitForAnalysis(window));
    const int original = documentIndex(window, "000");
    const int reprint = documentIndex(window, "002");
    window.articleModel()->setData(window.articleModel()->index(reprint, 0), Qt::Unchecked,
                                   Qt::CheckStateRole);
    QCoreApplication::processEvents();
    const gui::PaneModel& model = *window.panes()->paneModel();
    const auto column =
        std::find(model.documents.begin(), model.documents.end(), original) - model.documents.begin();
    ASSERT_LT(size_t(column), model.columns.size());
    EXPECT_TRUE(model.columns[size_t(column)].detail.contains("and 1 near-identical copy"))
        << model.columns[size_t(column)].detail.toStdString();
}
