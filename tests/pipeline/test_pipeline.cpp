// analyzeFolder and realignAnalysis on the bundled sample and on folders written here: scopes, partial
// results, cancel at each stage, a stage that throws (from a worker thread) coming back as
// Analysis::failure, and the rows of numbers compared but not joined.
#include "analysis/Pipeline.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

using namespace parallax;

namespace {

// Analyses two articles written to `dir` as a.txt and b.txt, on two threads.
Analysis analyzeTwoArticles(const QTemporaryDir& dir, const QByteArray& a, const QByteArray& b) {
    for (const auto& [name, text] : {std::pair{"a.txt", a}, std::pair{"b.txt", b}}) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        if (f.open(QIODevice::WriteOnly))
            f.write(text);
    }
    const std::atomic_bool never{false};
    PipelineOptions options;
    options.threads = 2;
    return analyzeFolder(dir.path(), options, never);
}

// The row of a document's sentence.
int rowOf(const Analysis& x, int doc, int sentence) {
    return x.alignment.rowOf[size_t(x.alignment.columnOf(doc))][size_t(sentence)];
}

const QString samples = QStringLiteral(PARALLAX_SAMPLES_DIR);

Analysis analyse(PipelineScope scope, const std::atomic_bool& cancel, const PipelineProgress& progress = {},
                 const PartialResult& partial = {}) {
    PipelineOptions options;
    options.scope = scope;
    options.threads = 2;
    return analyzeFolder(samples, options, cancel, progress, partial);
}

} // namespace

TEST(Pipeline, FullScopeRunsEveryStage) {
    const std::atomic_bool never{false};
    const Analysis a = analyse(PipelineScope::Full, never);
    EXPECT_TRUE(a.failure.isEmpty());
    EXPECT_TRUE(a.corpus.error.isEmpty());
    ASSERT_EQ(a.corpus.documents.size(), 5u);
    EXPECT_FALSE(a.corpus.documents.front().tokens.empty());
    EXPECT_FALSE(a.reuse.pairs.empty());
    EXPECT_FALSE(a.reuse.matches.empty());
    EXPECT_FALSE(a.alignment.rows.empty());
    EXPECT_FALSE(a.claims.empty());
}

TEST(Pipeline, DocumentsScopeOnlyLoadsAndReleasesTokens) {
    const std::atomic_bool never{false};
    const Analysis a = analyse(PipelineScope::Documents, never);
    ASSERT_EQ(a.corpus.documents.size(), 5u);
    for (const Document& d : a.corpus.documents) {
        EXPECT_TRUE(d.tokens.empty()) << d.id.toStdString();
        EXPECT_GT(d.wordCount(), 0) << d.id.toStdString(); // sentences keep their word counts
    }
    EXPECT_TRUE(a.reuse.pairs.empty());
    EXPECT_TRUE(a.alignment.rows.empty());
    EXPECT_TRUE(a.claims.empty());
}

TEST(Pipeline, PairsScopeDecidesPairsWithoutSentencesAlignmentOrClaims) {
    const std::atomic_bool never{false};
    const Analysis pairs = analyse(PipelineScope::Pairs, never);
    const Analysis full = analyse(PipelineScope::Full, never);
    ASSERT_EQ(pairs.reuse.pairs.size(), full.reuse.pairs.size());
    for (size_t i = 0; i < pairs.reuse.pairs.size(); ++i) {
        EXPECT_EQ(pairs.reuse.pairs[i].a, full.reuse.pairs[i].a);
        EXPECT_EQ(pairs.reuse.pairs[i].b, full.reuse.pairs[i].b);
        EXPECT_EQ(pairs.reuse.pairs[i].relation, full.reuse.pairs[i].relation);
    }
    EXPECT_TRUE(pairs.reuse.matches.empty());
    EXPECT_TRUE(pairs.alignment.rows.empty());
    EXPECT_TRUE(pairs.claims.empty());
}

TEST(Pipeline, PartialResultsArriveInStageOrderEachWithMoreThanTheLast) {
    const std::atomic_bool never{false};
    std::vector<Stage> stages;
    std::vector<Analysis> soFar;
    const std::thread::id caller = std::this_thread::get_id();
    const Analysis final = analyse(PipelineScope::Full, never, {}, [&](Stage stage, const Analysis& a) {
        EXPECT_EQ(std::this_thread::get_id(), caller); // documented: on the calling thread
        stages.push_back(stage);
        soFar.push_back(a);
    });
    // The alignment is the last stage: the final result carries it.
    ASSERT_EQ(stages, (std::vector<Stage>{Stage::Loading, Stage::Reuse, Stage::Claims}));
    EXPECT_EQ(soFar[0].corpus.documents.size(), 5u);
    EXPECT_TRUE(soFar[0].reuse.pairs.empty());
    EXPECT_FALSE(soFar[1].reuse.pairs.empty());
    EXPECT_TRUE(soFar[1].claims.empty());
    EXPECT_FALSE(soFar[2].claims.empty()); // the claims anchor the rows, so they come first
    EXPECT_TRUE(soFar[2].alignment.rows.empty());
    EXPECT_FALSE(final.claims.empty());
    EXPECT_FALSE(final.alignment.rows.empty());
}

TEST(Pipeline, CancelledBeforeItStartsReadsNothing) {
    const std::atomic_bool cancelled{true};
    const Analysis a = analyse(PipelineScope::Full, cancelled);
    EXPECT_TRUE(a.corpus.cancelled);
    EXPECT_TRUE(a.corpus.documents.empty());
    EXPECT_TRUE(a.reuse.pairs.empty());
    EXPECT_TRUE(a.failure.isEmpty());
}

TEST(Pipeline, CancelledDuringReuseKeepsTheDocuments) {
    std::atomic_bool cancel{false};
    const Analysis a = analyse(PipelineScope::Full, cancel, [&](Stage stage, qsizetype, qsizetype) {
        if (stage == Stage::Reuse)
            cancel = true;
    });
    EXPECT_EQ(a.corpus.documents.size(), 5u);
    EXPECT_TRUE(a.alignment.rows.empty());
    EXPECT_TRUE(a.claims.empty());
    EXPECT_TRUE(a.failure.isEmpty());
}

TEST(Pipeline, ACancelledClaimsStageKeepsEverythingBeforeIt) {
    std::atomic_bool cancel{false};
    std::vector<Stage> partials;
    const Analysis a = analyse(
        PipelineScope::Full, cancel,
        [&](Stage stage, qsizetype, qsizetype) {
            if (stage == Stage::Claims)
                cancel = true;
        },
        [&](Stage stage, const Analysis&) { partials.push_back(stage); });
    EXPECT_EQ(partials, (std::vector<Stage>{Stage::Loading, Stage::Reuse}));
    EXPECT_EQ(a.corpus.documents.size(), 5u);
    EXPECT_FALSE(a.reuse.pairs.empty());
    EXPECT_TRUE(a.claims.empty());         // cancelled claims come back empty, never half grouped
    EXPECT_TRUE(a.alignment.rows.empty()); // and the rows they anchor are not built
    EXPECT_TRUE(a.failure.isEmpty());
}

TEST(Pipeline, AnExceptionInALoadingWorkerBecomesTheFailure) {
    const std::atomic_bool never{false};
    PipelineOptions options;
    options.threads = 2;
    std::atomic_int built{0};
    options.load.onDocument = [&](const Document&) {
        if (++built == 2)
            throw std::runtime_error("restoreTokens: sentence tokens differ from the document's");
    };
    std::vector<Stage> partials;
    const Analysis a = analyzeFolder(samples, options, never, {},
                                     [&](Stage stage, const Analysis&) { partials.push_back(stage); });
    EXPECT_EQ(a.failure.toStdString(), "the analysis failed while reading articles: restoreTokens: sentence "
                                       "tokens differ from the document's");
    EXPECT_TRUE(partials.empty());
    EXPECT_TRUE(a.corpus.documents.empty());
    EXPECT_TRUE(a.reuse.pairs.empty());
    EXPECT_TRUE(a.claims.empty());
}

TEST(Pipeline, AFailedStageKeepsTheStagesBeforeIt) {
    const std::atomic_bool never{false};
    const struct {
        Stage stage;
        const char* name;
    } cases[] = {{Stage::Reuse, "finding reuse"},
                 {Stage::Claims, "comparing numbers"},
                 {Stage::Alignment, "aligning"}};
    for (const auto& c : cases) {
        std::mutex mutex;
        std::vector<Stage> partials;
        const Analysis a = analyse(
            PipelineScope::Full, never,
            [&](Stage stage, qsizetype, qsizetype) {
                if (stage == c.stage)
                    throw std::out_of_range("index 7 past the end");
            },
            [&](Stage stage, const Analysis&) {
                const std::lock_guard lock(mutex);
                partials.push_back(stage);
            });
        EXPECT_EQ(a.failure,
                  QStringLiteral("the analysis failed while %1: index 7 past the end").arg(c.name));
        EXPECT_EQ(a.corpus.documents.size(), 5u) << c.name;
        EXPECT_EQ(a.reuse.pairs.empty(), c.stage == Stage::Reuse) << c.name;
        EXPECT_EQ(a.claims.empty(), c.stage <= Stage::Claims) << c.name;
        EXPECT_TRUE(a.alignment.rows.empty()) << c.name; // the last stage: kept only when it finished
        // The window saw every stage that finished, and none after the failure.
        EXPECT_EQ(partials.size(), size_t(c.stage)) << c.name;
    }
}

TEST(Pipeline, RealignFollowsTheNewReferenceAndKeepsTheRest) {
    const std::atomic_bool never{false};
    const Analysis a = analyse(PipelineScope::Full, never);
    const int other = a.alignment.reference == 0 ? 1 : 0;
    const Analysis b = realignAnalysis(a, other, never);
    EXPECT_EQ(b.alignment.reference, other);
    EXPECT_FALSE(b.alignment.rows.empty());
    EXPECT_EQ(b.reuse.pairs.size(), a.reuse.pairs.size());
    EXPECT_EQ(b.claims.size(), a.claims.size());
    EXPECT_TRUE(b.failure.isEmpty());

    const std::atomic_bool cancelled{true};
    const Analysis c = realignAnalysis(a, other, cancelled); // returns at once, never crashes
    EXPECT_EQ(c.corpus.documents.size(), a.corpus.documents.size());
    EXPECT_TRUE(c.failure.isEmpty());
}

TEST(Pipeline, AFolderThatCannotBeReadIsAnErrorNotAFailure) {
    const std::atomic_bool never{false};
    const Analysis a = analyzeFolder(QStringLiteral("/nonexistent/parallax"), {}, never);
    EXPECT_FALSE(a.corpus.error.isEmpty());
    EXPECT_TRUE(a.failure.isEmpty());
}

TEST(Pipeline, NumbersComparedButNotJoinedShareARelatedRow) {
    // Two reports written apart: the sums of money were compared by the claims model and left
    // apart (too little in common to be one fact), and nothing else ties their sentences.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // Sentences in common, as two reports of one story have, so that the articles are compared.
    const QByteArray shared =
        "Emergency crews worked through the night to clear the rubble from the central square.\n\nThe "
        "regional governor said the repairs would take several months to complete.\n\nResidents were told "
        "to avoid the area until engineers had inspected the damaged buildings.\n";
    const Analysis a = analyzeTwoArticles(
        dir,
        "At least 23 people were injured in Kyiv, officials said.\n\nA new school there cost $5 "
        "million.\n\nA bridge took $2 million.\n\n" +
            shared,
        "Officials said 26 people were injured in Kyiv.\n\nThe mayor has a budget of $8 million.\n\n"
        "Repairs need $3 million.\n\n" +
            shared);
    ASSERT_TRUE(a.failure.isEmpty());
    ASSERT_EQ(a.corpus.documents.size(), 2u);
    EXPECT_FALSE(a.comparedSentences.empty());
    const int school = rowOf(a, 0, 1);
    EXPECT_EQ(rowOf(a, 1, 1), school);
    EXPECT_EQ(a.alignment.rows[size_t(school)].kind, RowKind::RelatedNumbers);
    // The injured counts are one claim, and their sentences a paraphrase: not a row of related numbers.
    EXPECT_EQ(rowOf(a, 1, 0), rowOf(a, 0, 0));
    EXPECT_NE(a.alignment.rows[size_t(rowOf(a, 0, 0))].kind, RowKind::RelatedNumbers);
    // Choosing another reference keeps the related row.
    const std::atomic_bool never{false};
    const Analysis b = realignAnalysis(a, 1, never);
    EXPECT_EQ(rowOf(b, 0, 1), rowOf(b, 1, 1));
}

TEST(Pipeline, AlikeSentencesWithNumbersOfTwoNounsShareARelatedRow) {
    // Two reports give an island's population in two words ("people", "residents"): the claims
    // model has nothing to compare the numbers by, and the reuse stage does not call the sentences
    // a paraphrase, but their words around the numbers are much alike and a reader compares them
    // across a row. Numbers in sentences with nothing alike keep rows of their own.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray shared =
        "The champion retained his title in front of a sold-out crowd in the stadium.\n\nHis trainer said "
        "the challenger had been a stubborn and brave opponent.\n\nA rematch is not expected next year.\n";
    const Analysis a = analyzeTwoArticles(
        dir,
        shared + "\nThe tickets sold out in 40 minutes.\n\nThe storm struck Marlow Island, home to "
                 "40,000 people, and the port of Kessel, state media said.\n",
        "Fans queued overnight for 12 hours outside the arena.\n\n" + shared +
            "\nThe storm was centred near Marlow Island, home to 55,000 residents, and Kessel, the "
            "weather service said.\n");
    ASSERT_TRUE(a.failure.isEmpty());
    ASSERT_EQ(a.corpus.documents.size(), 2u);
    const int island = rowOf(a, 0, 4);
    EXPECT_EQ(rowOf(a, 1, 4), island);
    EXPECT_EQ(a.alignment.rows[size_t(island)].kind, RowKind::RelatedNumbers);
    EXPECT_NE(rowOf(a, 0, 3), rowOf(a, 1, 0)); // 40 minutes and 12 hours: nothing alike
}
