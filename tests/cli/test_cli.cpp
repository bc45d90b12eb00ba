// parallax-cli as a user runs it: exit codes, one-line messages, the JSON it writes.
#include "CliContext.h"
#include "SharedCorpus.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CliRun cli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(PARALLAX_CLI), args);
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

void write(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST(Cli, HelpAndVersion) {
    const CliRun help = cli({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("analyze FOLDER"));
    const CliRun analyzeHelp = cli({"analyze", "--help"});
    EXPECT_EQ(analyzeHelp.exitCode, 0);
    EXPECT_TRUE(analyzeHelp.out.contains("--json"));
    const CliRun version = cli({"--version"});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("parallax-cli "));
}

TEST(Cli, UsageErrorsExitWithTwo) {
    EXPECT_EQ(cli({}).exitCode, 2);
    EXPECT_EQ(cli({"frobnicate"}).exitCode, 2);
    EXPECT_EQ(cli({"analyze"}).exitCode, 2);
    const CliRun badOption = cli({"analyze", ".", "--bogus"});
    EXPECT_EQ(badOption.exitCode, 2);
    EXPECT_TRUE(badOption.err.contains("bogus"));
    EXPECT_EQ(cli({"analyze", ".", "--only", "everything"}).exitCode, 2);
}

TEST(Cli, NothingToAnalyseExitsWithThreeAndSaysWhy) {
    const CliRun missing = cli({"analyze", "/nonexistent/folder"});
    EXPECT_EQ(missing.exitCode, 3);
    EXPECT_EQ(missing.err.trimmed(), "parallax-cli: error: folder not found: /nonexistent/folder");

    QTemporaryDir empty;
    const CliRun none = cli({"analyze", empty.path()});
    EXPECT_EQ(none.exitCode, 3);
    EXPECT_TRUE(none.err.contains("no readable article"));

    QTemporaryDir binary;
    write(binary.filePath("a.txt"), QByteArray("\x89PNG\r\n\x1A\n\0\0", 10));
    write(binary.filePath("b.txt"), QByteArray("\0\1\2\3\0\0\0\0", 8));
    const CliRun onlyBinary = cli({"analyze", binary.path()});
    EXPECT_EQ(onlyBinary.exitCode, 3);
    const QStringList lines = onlyBinary.err.trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 3) << onlyBinary.err.toStdString();
    EXPECT_EQ(lines[0], "parallax-cli: warning: a.txt: skipped: binary file (PNG image)");
    EXPECT_EQ(lines[1], "parallax-cli: warning: b.txt: skipped: binary file (contains NUL bytes)");
}

TEST(Cli, SeedCorpusJsonHasTheVersionOneShape) {
    PARALLAX_REQUIRE_SEEDS();
    const CliRun run = cli({"analyze", parallax::test::seedCorpusDir(), "--json", "-"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_EQ(root["format"].toString(), "parallax-analysis");
    EXPECT_EQ(root["version"].toInt(), 1);
    const QJsonArray documents = root["documents"].toArray();
    ASSERT_EQ(documents.size(), 5);
    for (const char* key : {"pairs", "shared_sentences", "claims", "skipped"})
        EXPECT_TRUE(root[QLatin1StringView(key)].isArray()) << key;

    for (const QJsonValue& value : documents) {
        const QJsonObject doc = value.toObject();
        const QString text = doc["text"].toString();
        const QJsonArray sentences = doc["sentences"].toArray();
        ASSERT_FALSE(sentences.isEmpty());
        qint64 previousEnd = 0;
        for (const QJsonValue& s : sentences) {
            const QJsonObject o = s.toObject();
            const qint64 start = o["start"].toInteger(), end = o["end"].toInteger();
            EXPECT_GE(start, previousEnd);
            EXPECT_EQ(text.mid(start, end - start), o["text"].toString()) << "offsets index the display text";
            previousEnd = end;
        }
    }
    const QJsonObject reprint = documents[2].toObject();
    EXPECT_EQ(reprint["date"].toString(), "2025-07-04");
    QStringList kinds;
    for (const QJsonValue& b : reprint["boilerplate"].toArray())
        kinds << b.toObject()["kind"].toString();
    EXPECT_EQ(kinds, (QStringList{"metadata", "caption", "caption", "attribution"}));

    // The Guardian piece and its Irish Times reprint are one family; the original is named.
    const QJsonArray families = root["families"].toArray();
    ASSERT_EQ(families.size(), 1);
    const QJsonObject family = families[0].toObject();
    EXPECT_EQ(family["id"].toString(), "f1");
    EXPECT_TRUE(family["representative"].toString().startsWith("000"));
    EXPECT_TRUE(family["original"].toString().startsWith("000"));
    ASSERT_EQ(family["members"].toArray().size(), 2);
    EXPECT_TRUE(family["members"].toArray()[1].toString().startsWith("002"));
    EXPECT_EQ(family["edited"].toInt(), 1) << "house-style edits";
}

TEST(Cli, SummaryListsFamiliesFirst) {
    PARALLAX_REQUIRE_SEEDS();
    const CliRun run = cli({"analyze", parallax::test::seedCorpusDir()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString out = QString::fromUtf8(run.out);
    const qsizetype families = out.indexOf("Families of reprints:");
    ASSERT_GE(families, 0) << out.toStdString();
    EXPECT_LT(families, out.indexOf("Related pairs:"));
    EXPECT_TRUE(out.contains("reprinted by 1 article, 1 with edits")) << out.toStdString();
}

TEST(Cli, OnlyDocumentsLeavesTextOut) {
    const CliRun run =
        cli({"analyze", parallax::test::sampleCorpusDir(), "--only", "documents", "--json", "-"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject doc = QJsonDocument::fromJson(run.out).object()["documents"].toArray()[0].toObject();
    EXPECT_FALSE(doc.contains("text"));
    EXPECT_FALSE(doc.contains("sentences"));
    EXPECT_GT(doc["sentence_count"].toInt(), 10);
    EXPECT_GT(doc["words"].toInt(), 100);
}

TEST(Cli, JsonToAFileAndSummaryOnStdout) {
    QTemporaryDir out;
    const CliRun run = cli({"analyze", parallax::test::sampleCorpusDir(), "--json", out.filePath("a.json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith("Read 5 articles from "));
    QFile f(out.filePath("a.json"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(f.readAll()).object()["documents"].toArray().size(), 5);
}

// The JSON is streamed (AnalysisJsonWriter): compact by default, indented with --indent, the same
// analysis either way.
TEST(Cli, JsonIsCompactUnlessIndentIsAsked) {
    const CliRun compact = cli({"analyze", parallax::test::sampleCorpusDir(), "--json", "-"});
    const CliRun indented = cli({"analyze", parallax::test::sampleCorpusDir(), "--json", "-", "--indent"});
    ASSERT_EQ(compact.exitCode, 0) << compact.err.toStdString();
    ASSERT_EQ(indented.exitCode, 0) << indented.err.toStdString();
    EXPECT_FALSE(compact.out.contains('\n'));
    EXPECT_TRUE(indented.out.startsWith("{\n    \"alignment\": {"));
    const QJsonDocument a = QJsonDocument::fromJson(compact.out), b = QJsonDocument::fromJson(indented.out);
    ASSERT_TRUE(a.isObject());
    EXPECT_EQ(a, b);
    EXPECT_EQ(indented.out, b.toJson(QJsonDocument::Indented));
    EXPECT_EQ(compact.out, a.toJson(QJsonDocument::Compact));
}

TEST(Cli, RefusesToWriteJsonOverAnArticle) {
    QTemporaryDir dir;
    const QByteArray article("Fire at the quay\n\nOne man was killed in the blast on Saturday.\n");
    write(dir.filePath("story.txt"), article);
    const CliRun run = cli({"analyze", dir.path(), "--json", dir.filePath("story.txt")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains("refusing to overwrite"));
    QFile f(dir.filePath("story.txt"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), article);
}

TEST(Cli, OnlyPairsDecidesRelationsWithoutSentenceText) {
    const CliRun run = cli({"analyze", parallax::test::sampleCorpusDir(), "--only", "pairs", "--json", "-"});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    EXPECT_TRUE(root["shared_sentences"].toArray().isEmpty());
    bool reprintFound = false;
    for (const QJsonValue& v : root["pairs"].toArray()) {
        const QJsonObject pair = v.toObject();
        if (pair["relation"].toString() == "reprint") {
            reprintFound = true;
            EXPECT_EQ(pair["original"].toString(), "velmouth-courier");
        }
    }
    EXPECT_TRUE(reprintFound);
    EXPECT_FALSE(run.out.contains("\"text\":")) << "no text key anywhere";
}

TEST(Cli, OnlyPairsReportsTheSamePairsAndWordCountsAsAFullRun) {
    // Pairs mode loads documents without their tokens and restores only those it compares; what it
    // reports must not differ from the full analysis. (Only `shared_sentences` may: for a pair
    // decided by wording, pairs mode counts copied sentences instead of matching them; docs/reuse.md.)
    const CliRun pairs =
        cli({"analyze", parallax::test::sampleCorpusDir(), "--only", "pairs", "--json", "-"});
    const CliRun full = cli({"analyze", parallax::test::sampleCorpusDir(), "--json", "-"});
    ASSERT_EQ(pairs.exitCode, 0) << pairs.err.toStdString();
    ASSERT_EQ(full.exitCode, 0) << full.err.toStdString();
    const QJsonObject p = QJsonDocument::fromJson(pairs.out).object();
    const QJsonObject f = QJsonDocument::fromJson(full.out).object();
    ASSERT_FALSE(f["pairs"].toArray().isEmpty());
    const QJsonArray pp = p["pairs"].toArray(), fp = f["pairs"].toArray();
    ASSERT_EQ(pp.size(), fp.size());
    for (qsizetype i = 0; i < pp.size(); ++i) {
        QJsonObject a = pp[i].toObject(), b = fp[i].toObject();
        a.remove(u"shared_sentences");
        b.remove(u"shared_sentences");
        EXPECT_EQ(a, b) << QJsonDocument(a).toJson().toStdString();
    }
    const QJsonArray pd = p["documents"].toArray(), fd = f["documents"].toArray();
    ASSERT_EQ(pd.size(), fd.size());
    for (qsizetype i = 0; i < pd.size(); ++i) {
        EXPECT_EQ(pd[i].toObject()["words"], fd[i].toObject()["words"]);
        EXPECT_EQ(pd[i].toObject()["sentence_count"], fd[i].toObject()["sentence_count"]);
    }
}

TEST(Cli, SummaryNamesTheReprintAndItsOriginal) {
    const CliRun run = cli({"analyze", parallax::test::sampleCorpusDir()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("eastern-standard ~ velmouth-courier  reprint (original: velmouth-courier)"))
        << run.out.toStdString();
}

TEST(Cli, NumbersAnswersOneJsonArrayPerLine) {
    QProcess p;
    p.start(QStringLiteral(PARALLAX_CLI), {"numbers"});
    ASSERT_TRUE(p.waitForStarted());
    p.write("At least 23 people were injured.\nNo numbers here.\nFourteen were taken to hospital.\n");
    p.closeWriteChannel();
    ASSERT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0);
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    ASSERT_EQ(lines.size(), 3);
    const QJsonArray first = QJsonDocument::fromJson(lines[0]).array();
    ASSERT_EQ(first.size(), 1);
    EXPECT_EQ(first[0].toObject()["value"].toDouble(), 23);
    EXPECT_EQ(first[0].toObject()["qualifier"].toString(), "at_least");
    EXPECT_EQ(first[0].toObject()["unit"].toString(), "people");
    EXPECT_TRUE(QJsonDocument::fromJson(lines[1]).array().isEmpty());
    EXPECT_EQ(QJsonDocument::fromJson(lines[2]).array()[0].toObject()["value"].toDouble(), 14);
}

TEST(Cli, SummaryListsTheNumbersThatDisagree) {
    const CliRun run = cli({"analyze", parallax::test::sampleCorpusDir()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const qsizetype at = run.out.indexOf("Numbers that disagree:");
    ASSERT_GE(at, 0) << run.out.toStdString();
    const QByteArray conflicts = run.out.mid(at);
    EXPECT_TRUE(conflicts.contains("caddoran-sentinel 19")) << conflicts.toStdString();
    EXPECT_TRUE(conflicts.contains("velmouth-courier at least 17")) << conflicts.toStdString();
}

// A fact told by many articles is summed up by value: a story carried by 5,000 outlets printed
// one line of 5,000 values.
TEST(Cli, SummaryCountsTheArticlesOfEachValueWhenManyTellIt) {
    QTemporaryDir dir;
    for (int i = 0; i < 16; ++i)
        write(dir.filePath(QStringLiteral("outlet%1.txt").arg(i, 2, 10, QChar(u'0'))),
              QStringLiteral("Fire at the quay\n\nOne man was killed and %1 people were injured when a fire "
                             "at the warehouse on Harrow Quay set off an explosion on Saturday.\n")
                  .arg(i < 13 ? 17 : 19)
                  .toUtf8());
    const CliRun run = cli({"analyze", dir.path()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QByteArray conflicts = run.out.mid(run.out.indexOf("Numbers that disagree:"));
    EXPECT_TRUE(conflicts.contains("17 (13 articles)  19 (3 articles)")) << conflicts.toStdString();
    EXPECT_FALSE(conflicts.contains("outlet05")) << conflicts.toStdString();
}

// A file name may hold a line end: printed raw it split a warning in two, the second half without
// the "parallax-cli:" prefix, and an article's summary entry likewise (fixed in CliContext.cpp).
TEST(Cli, NamesWithLineEndsStayOnOneLine) {
    EXPECT_EQ(parallax::cli::oneLine(QStringLiteral("plain name.txt")), "plain name.txt");
    EXPECT_EQ(parallax::cli::oneLine(QString::fromUtf8("a\nb\rc\td\x01"
                                                       "e\x7F\u2028f")),
              "a\\nb\\rc\\td\\x01e\\x7f\\u2028f");

    QTemporaryDir dir;
    write(
        dir.filePath("news\nflash.txt"),
        QByteArray("Fire at the quay\n\nOne man was killed and 17 were injured in the blast on Saturday.\n"));
    write(dir.filePath("bad\nname.jpg"), "x");
    const CliRun run = cli({"analyze", dir.path()});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.err, "parallax-cli: warning: bad\\nname.jpg: skipped: not an article file (.jpg)\n");
    EXPECT_TRUE(run.out.contains("\n  news\\nflash  -  -  ")) << run.out.toStdString();
}
