// Eight versions of one story, as a wire story reaches eight outlets: each cuts, edits, moves or
// adds something different. Built here from one text so the expected rows follow from the edits.
#include "AlignTestUtil.h"

#include <gtest/gtest.h>

using namespace parallax;
using namespace parallax::test;

namespace {

const char* const story[4][3] = {
    {"Heavy rain caused the river Lune to burst its banks at Kirkby on Thursday, flooding more than "
     "forty homes along the old canal.",
     "Firefighters used boats to reach an elderly couple trapped on the upper floor of their cottage.",
     "The Environment Agency had issued a severe flood warning for the valley late on Wednesday evening."},
    {"Residents said the water rose faster than anyone could remember, covering the main road within an "
     "hour.",
     "A rest centre was opened in the parish hall, where volunteers served hot meals through the night.",
     "The local primary school will remain closed until the caretaker can assess the damage to its "
     "classrooms."},
    {"The county council said twelve roads were still impassable on Friday morning because of debris.",
     "Engineers are checking the stone bridge at Lowgill, which carries the only route to three farms.",
     "Drivers have been asked to avoid the valley until the council reopens the roads."},
    {"Forecasters expect another band of rain to arrive on Sunday afternoon, bringing the risk of more "
     "flooding.",
     "The agency said its defences had protected about two hundred properties further downstream.",
     "A meeting for residents who want advice on insurance claims will be held at the parish hall on "
     "Monday."},
};

QString sentence(int p, int s) {
    return QString::fromUtf8(story[p][s]);
}

// Paragraph order and sentence edits per outlet.
std::vector<Document> outlets() {
    std::vector<Document> docs;
    for (int k = 0; k < 8; ++k) {
        std::vector<int> order{0, 1, 2, 3};
        if (k == 3)
            order = {0, 3, 1, 2}; // moved the forecast paragraph up
        if (k == 7)
            order = {0, 1, 3}; // cut the roads paragraph
        QStringList paragraphs;
        for (int p : order) {
            QStringList sentences;
            for (int s = 0; s < 3; ++s) {
                QString text = sentence(p, s);
                if (k == 1 && p == 1 && s == 2)
                    continue; // cut the school
                if (k == 2 && p == 0 && s == 1)
                    text.replace(u"elderly couple"_qs, u"elderly man and his wife"_qs);
                if (k == 5 && p == 2 && s == 0)
                    text.replace(u"twelve roads"_qs, u"12 roads"_qs);
                if (k == 6 && p == 3 && s == 1)
                    text.replace(u"about two hundred"_qs, u"about 200"_qs);
                sentences << text;
            }
            if (k == 4 && p == 3)
                sentences
                    << u"Our reporter spoke to the farmer whose lambs were carried away by the water."_qs;
            paragraphs << sentences.join(u' ');
        }
        docs.push_back(makeDocument(QStringLiteral("outlet-%1").arg(k), paragraphs.join(u"\n\n"_qs)));
    }
    return docs;
}

} // namespace

TEST(Eight, EveryOutletsSentenceSitsBesideTheSameSentenceOfTheOthers) {
    const std::vector<Document> docs = outlets();
    const ReuseResult reuse = reuseOf(docs);
    const Alignment a = align(docs, reuse, 0);
    const QStringList violations = invariantViolations(a, docs);
    ASSERT_TRUE(violations.isEmpty())
        << violations.join(u'\n').toStdString() << dump(a, docs, 20).toStdString();
    ASSERT_EQ(a.documents.size(), 8u);
    for (int p = 0; p < 4; ++p)
        for (int s = 0; s < 3; ++s) {
            const QString probe = sentence(p, s).left(22); // before any outlet's edit
            const int row = rowWith(a, docs, 0, probe);
            int present = 0;
            for (int k = 0; k < 8; ++k) {
                const bool has = !(k == 1 && p == 1 && s == 2) && !(k == 7 && p == 2);
                const int column = a.columnOf(k);
                const Cell& cell = a.rows[size_t(row)].cells[size_t(column)];
                if (!has) {
                    EXPECT_TRUE(cell.isGap()) << "outlet " << k << ": " << probe.toStdString();
                    continue;
                }
                if (k == 3 && p == 3) { // the moved paragraph: on its own row, linked here
                    EXPECT_TRUE(cell.isGap());
                    const int moved = rowWith(a, docs, 3, probe);
                    EXPECT_TRUE(a.rows[size_t(moved)].cells[size_t(column)].moved);
                    EXPECT_EQ(a.rows[size_t(moved)].counterpart, row);
                    continue;
                }
                ++present;
                EXPECT_EQ(rowWith(a, docs, k, probe), row)
                    << "outlet " << k << ": " << probe.toStdString() << "\n"
                    << dump(a, docs, 20).toStdString();
            }
            EXPECT_GE(present, 6);
        }
    // Twelve shared rows, three moved ones, one outlet's own sentence.
    EXPECT_EQ(a.rows.size(), 16u) << dump(a, docs, 20).toStdString();
    const int own = rowWith(a, docs, 4, u"Our reporter spoke to the farmer"_qs);
    EXPECT_EQ(a.rows[size_t(own)].kind, RowKind::Unique);
    // Outlet 5 wrote "12 roads" for "twelve roads": a formatting note on an identical-looking row.
    const int roads = rowWith(a, docs, 0, u"twelve roads"_qs);
    bool noted = false;
    for (const CellDiff& d : a.rows[size_t(roads)].diffs)
        if (d.column == a.columnOf(5))
            noted = d.formatting.size() == 1 && d.formatting[0].value == 12;
    EXPECT_TRUE(noted);
    EXPECT_EQ(a.rows[size_t(roads)].kind, RowKind::NearIdentical);
}

TEST(Eight, AnyReferenceKeepsEveryColumnInOrder) {
    const std::vector<Document> docs = outlets();
    const ReuseResult reuse = reuseOf(docs);
    for (int reference = -1; reference < 8; ++reference) {
        const Alignment a = align(docs, reuse, reference);
        const QStringList violations = invariantViolations(a, docs);
        EXPECT_TRUE(violations.isEmpty())
            << "reference " << reference << ": " << violations.join(u'\n').toStdString();
        int moved = 0;
        for (const AlignedRow& row : a.rows)
            for (const Cell& c : row.cells)
                moved += c.moved;
        // Outlet 3's paragraph moves when another outlet leads. When outlet 3 leads, the other
        // seven move their three forecast sentences instead (outlet 7, which cut the roads
        // paragraph, could as well move the three it has before them: a tie).
        EXPECT_EQ(moved, reference == 3 ? 7 * 3 : 3) << "reference " << reference << "\n"
                                                     << dump(a, docs, 14).toStdString();
    }
}
