// The streaming JSON writer (JsonWriter, writeAnalysisJson) against the tree it replaces in the CLI:
// the same bytes as QJsonDocument(analysisToJson(...)).toJson() in both layouts, on real articles,
// on text full of characters to escape, and on an empty analysis.
#include "analysis/AnalysisJsonWriter.h"
#include "analysis/Pipeline.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <random>

using namespace parallax;

namespace {

QJsonDocument::JsonFormat qtFormat(JsonStyle style) {
    return style == JsonStyle::Indented ? QJsonDocument::Indented : QJsonDocument::Compact;
}

QByteArray streamed(const Analysis& analysis, const JsonOptions& options, JsonStyle style) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(writeAnalysisJson(buffer, analysis, options, style));
    return buffer.data();
}

QByteArray fromTree(const Analysis& analysis, const JsonOptions& options, JsonStyle style) {
    return QJsonDocument(analysisToJson(analysis, options)).toJson(qtFormat(style));
}

void expectSameBytes(const Analysis& analysis) {
    for (JsonStyle style : {JsonStyle::Indented, JsonStyle::Compact})
        for (bool text : {true, false}) {
            JsonOptions options;
            options.includeText = text;
            const QByteArray expected = fromTree(analysis, options, style);
            const QByteArray actual = streamed(analysis, options, style);
            EXPECT_EQ(actual.size(), expected.size()) << "text " << text;
            EXPECT_TRUE(actual == expected)
                << "text " << text << ", compact " << (style == JsonStyle::Compact);
        }
}

Analysis analyse(const QString& folder) {
    PipelineOptions options;
    options.threads = 2;
    const std::atomic_bool never{false};
    return analyzeFolder(folder, options, never);
}

QByteArray written(const QJsonValue& v, JsonStyle style) {
    JsonWriter w(style);
    w.value(v);
    return w.bytes();
}

// QJsonDocument writes only objects and arrays at the top: compare a value inside an array.
void expectSameAsQt(const QJsonValue& v) {
    const QJsonArray wrapped{v};
    for (JsonStyle style : {JsonStyle::Indented, JsonStyle::Compact})
        EXPECT_EQ(written(wrapped, style), QJsonDocument(wrapped).toJson(qtFormat(style)));
}

} // namespace

TEST(JsonWriter, BundledSampleIsByteIdenticalToTheTree) {
    const Analysis a = analyse(QStringLiteral(PARALLAX_SAMPLES_DIR));
    ASSERT_FALSE(a.reuse.matches.empty());
    expectSameBytes(a);
}

TEST(JsonWriter, SeedCorpusIsByteIdenticalToTheTree) {
    const QString seeds = QStringLiteral(PARALLAX_SHARED_DIR "/corpus/kyiv-2025-07-04");
    if (!QDir(seeds).exists())
        GTEST_SKIP() << "seed corpus not found at " << seeds.toStdString();
    const Analysis a = analyse(seeds);
    ASSERT_FALSE(a.claims.empty());
    expectSameBytes(a);
}

TEST(JsonWriter, EmptyAnalysisIsByteIdenticalToTheTree) {
    expectSameBytes(Analysis{});
}

TEST(JsonWriter, ArticlesWithCharactersToEscapeAreByteIdentical) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString body = QStringLiteral(
        "Officials said \"23 people\" were hurt \\ 4 \u00e9vacu\u00e9s in K\u00f6ln, \u4e1c\u4eac and "
        "\u0391\u03b8\u03ae\u03bd\u03b1 \U0001F600 on Monday.\tA second sentence follows here.\n\n"
        "The mayor\u2028said the \u00a0 bridge would reopen on Friday after 12 days.\n");
    for (const char* name : {"a.txt", "b.txt", "quote\"d.txt"}) {
        QFile f(dir.filePath(QString::fromUtf8(name)));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(body.toUtf8());
    }
    const Analysis a = analyse(dir.path());
    ASSERT_EQ(a.corpus.documents.size(), 3u);
    expectSameBytes(a);
}

TEST(JsonWriter, EscapesLikeQJsonDocument) {
    QString every;
    for (char16_t c = 0; c < 0x80; ++c)
        every.append(QChar(c));
    expectSameAsQt(every);
    expectSameAsQt(QStringLiteral("caf\u00e9 \u2028 \u2029 \ufeff \uffff \U0001F4F0 \u00ad"));
    expectSameAsQt(QString(QChar(0xd800)) + QChar(u'x') + QChar(0xdc00) +
                   QChar(0xdbff)); // unpaired surrogates
    expectSameAsQt(QString());
    expectSameAsQt(QJsonObject{{u"k\n\"ey"_qs, 1}, {u"\u00e9"_qs, QJsonArray{}}, {u"o"_qs, QJsonObject{}}});
}

TEST(JsonWriter, NumbersLikeQJsonDocument) {
    for (double d : {0.0,     -0.0,     1.0,      0.5, 0.001, 0.0001, 0.00001, 0.999,   1.234,  9999.999,
                     10000.0, 100000.0, 123456.0, 1e6, 1e21,  -3.25,  1.0 / 3, 2.0 / 3, 1e-300, 1e300})
        expectSameAsQt(d);
    std::mt19937 random(7);
    std::uniform_real_distribution<double> unit(0, 1);
    for (int i = 0; i < 20000; ++i) {
        const double d = unit(random) * std::pow(10.0, double(int(random() % 12)) - 5);
        expectSameAsQt(d);
        expectSameAsQt(std::round(d * 1000) / 1000);
    }
    for (qint64 n :
         {qint64(0), qint64(-1), qint64(42), qint64(1000000), qint64(1) << 53, (qint64(1) << 62) + 1})
        expectSameAsQt(n);
    expectSameAsQt(true);
    expectSameAsQt(QJsonValue());
}

TEST(JsonWriter, FragmentsWrittenApartJoinAsOneArray) {
    for (JsonStyle style : {JsonStyle::Indented, JsonStyle::Compact}) {
        JsonWriter w(style);
        w.beginObject();
        w.key("list");
        w.beginArray();
        JsonWriter first = w.fragment(0);
        JsonWriter second = w.fragment(2);
        for (int i = 0; i < 2; ++i) {
            first.beginObject();
            first.key("n");
            first.value(i);
            first.endObject();
        }
        second.value(QStringLiteral("two"));
        w.append(first);
        w.append(second);
        w.endArray();
        w.endObject();
        const QJsonObject tree{
            {u"list"_qs, QJsonArray{QJsonObject{{u"n"_qs, 0}}, QJsonObject{{u"n"_qs, 1}}, u"two"_qs}}};
        EXPECT_EQ(w.bytes(), QJsonDocument(tree).toJson(qtFormat(style)));
    }
}
