// buildPaneModel (app/gui/PaneModelBuilder.h) on folders written here: what rows the panes draw.
#include "PaneModelBuilder.h"

#include "analysis/Pipeline.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>

using namespace parallax;

namespace {

std::shared_ptr<const Analysis> analyzeWritten(const QTemporaryDir& dir,
                                               const std::vector<std::pair<QString, QByteArray>>& files) {
    for (const auto& [name, text] : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return nullptr;
        f.write(text);
    }
    const std::atomic_bool cancel{false};
    return std::make_shared<const Analysis>(analyzeFolder(dir.path(), {}, cancel));
}

int documentNamed(const Analysis& analysis, const QString& id) {
    for (size_t d = 0; d < analysis.corpus.documents.size(); ++d)
        if (analysis.corpus.documents[d].id == id)
            return int(d);
    return -1;
}

} // namespace

// Three reports open with ledes of their own, then share three wire sentences. Each lede alone on a
// row stacked three rows of one text beside hatched gaps; packed, they read across one row, and
// every article keeps its order (its second lone sentence goes on a later row, never beside its
// first).
TEST(PaneModelTest, LoneSentencesOfDifferentArticlesShareARow) {
    QTemporaryDir dir;
    const QByteArray wire =
        "The harbour master suspended all traffic through the inner basin until noon on Sunday.\n\n"
        "A spokesman for Brackwater Agri-Supplies said the building had passed a fire inspection in May.\n\n"
        "Police have asked anyone who saw the fire start to call the station on Dock Street.\n";
    const auto analysis = analyzeWritten(
        dir, {{QStringLiteral("a.txt"),
               "Depot fire\n\nA blaze gutted a fertiliser depot on Harrow Quay overnight.\n\n"
               "Residents were woken by explosions shortly after two o'clock.\n\n" +
                   wire},
              {QStringLiteral("b.txt"),
               "Velmouth fire\n\nFirefighters battled flames at the port for most of the night.\n\n" + wire},
              {QStringLiteral("c.txt"),
               "Quay blaze\n\nSmoke hung over the old town of Velmouth as crews worked.\n\n" + wire}});
    ASSERT_TRUE(analysis);
    ASSERT_EQ(analysis->corpus.documents.size(), 3u);
    const int a = documentNamed(*analysis, QStringLiteral("a")),
              b = documentNamed(*analysis, QStringLiteral("b")),
              c = documentNamed(*analysis, QStringLiteral("c"));
    ASSERT_GE(std::min({a, b, c}), 0);

    const gui::PaneModel packed = gui::buildPaneModel(*analysis, {}, {});
    const int lede = packed.rowOfSentence(a, 0);
    ASSERT_GE(lede, 0);
    EXPECT_EQ(packed.rowOfSentence(b, 0), lede);
    EXPECT_EQ(packed.rowOfSentence(c, 0), lede);
    EXPECT_EQ(packed.rows[size_t(lede)].kind, RowKind::Unique) << "side by side, not matched";
    EXPECT_GT(packed.rowOfSentence(a, 1), lede) << "a's own order";
    const int shared = packed.rowOfSentence(a, 2);
    EXPECT_GT(shared, packed.rowOfSentence(a, 1));
    EXPECT_EQ(packed.rowOfSentence(b, 1), shared) << "the wire sentences still line up";

    gui::PaneOptions stacked;
    stacked.packLoneRows = false;
    const gui::PaneModel unpacked = gui::buildPaneModel(*analysis, {}, stacked);
    EXPECT_NE(unpacked.rowOfSentence(a, 0), unpacked.rowOfSentence(b, 0));
    EXPECT_LT(packed.rows.size(), unpacked.rows.size());
}
