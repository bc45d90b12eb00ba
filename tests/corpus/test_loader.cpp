#include "corpus/CorpusLoader.h"

#include "SharedCorpus.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace parallax;

namespace {

const QByteArray article = QByteArrayLiteral(
    "Fire at the quay\n\n"
    "One man was killed and at least 17 people were injured in the blast. Twelve were taken to hospital.\n");

void write(const QString& path, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << path.toStdString();
    f.write(bytes);
}

Corpus load(const QString& folder, LoadOptions options = {}) {
    const std::atomic_bool cancel{false};
    return loadCorpus(folder, options, cancel);
}

QString reasonFor(const Corpus& c, const QString& path) {
    for (const SkippedFile& s : c.skipped)
        if (s.path == path)
            return s.reason;
    return QStringLiteral("<not skipped>");
}

QStringList ids(const Corpus& c) {
    QStringList out;
    for (const Document& d : c.documents)
        out << d.id;
    return out;
}

} // namespace

TEST(Loader, MissingFolderIsAnErrorNotACrash) {
    const Corpus c = load(QStringLiteral("/nonexistent/parallax/folder"));
    EXPECT_TRUE(c.error.contains("folder not found")) << c.error.toStdString();
    EXPECT_TRUE(c.documents.empty());
}

TEST(Loader, AFileInsteadOfAFolderIsAnError) {
    QTemporaryDir dir;
    write(dir.filePath("a.txt"), article);
    EXPECT_TRUE(load(dir.filePath("a.txt")).error.contains("not a folder"));
}

TEST(Loader, EmptyFolderGivesNoDocumentsAndNoError) {
    QTemporaryDir dir;
    const Corpus c = load(dir.path());
    EXPECT_TRUE(c.error.isEmpty());
    EXPECT_TRUE(c.documents.empty());
    EXPECT_TRUE(c.skipped.empty());
}

TEST(Loader, BinaryEmptyAndForeignFilesAreSkippedWithReasons) {
    QTemporaryDir dir;
    write(dir.filePath("scan.txt"), QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", 22));
    write(dir.filePath("blob.txt"), QByteArray("abc\0\0\x01\x02\0xyz\0\0\0", 14));
    write(dir.filePath("empty.txt"), QByteArray());
    write(dir.filePath("blank.md"), QByteArray("  \n\n\t\n"));
    write(dir.filePath("photo.jpg"), QByteArray("\xFF\xD8\xFF\xE0", 4));
    write(dir.filePath("report.docx"), QByteArray("PK\x03\x04", 4));
    write(dir.filePath(".DS_Store"), QByteArray("\0\0\0\1Bud1", 9));
    const Corpus c = load(dir.path());
    EXPECT_TRUE(c.documents.empty());
    EXPECT_EQ(reasonFor(c, "scan.txt"), "binary file (PDF document)");
    EXPECT_EQ(reasonFor(c, "blob.txt"), "binary file (contains NUL bytes)");
    EXPECT_EQ(reasonFor(c, "empty.txt"), "empty file");
    EXPECT_EQ(reasonFor(c, "blank.md"), "empty file (only white space)");
    EXPECT_EQ(reasonFor(c, "photo.jpg"), "not an article file (.jpg)");
    EXPECT_EQ(reasonFor(c, "report.docx"), "not an article file (.docx)");
    EXPECT_EQ(c.skipped.size(), 6u) << "hidden files are passed over silently";
}

TEST(Loader, MixedEncodingsAllReadToTheSameText) {
    QTemporaryDir dir;
    const QString text =
        QStringLiteral("Fire at the quay\n\n“Twelve were taken to hospital,” the mayor’s office said.\n");
    QByteArray utf16le("\xFF\xFE", 2), utf16be("\xFE\xFF", 2);
    for (QChar ch : text) {
        utf16le += char(ch.unicode() & 0xFF);
        utf16le += char(ch.unicode() >> 8);
        utf16be += char(ch.unicode() >> 8);
        utf16be += char(ch.unicode() & 0xFF);
    }
    write(dir.filePath("a-utf8.txt"), text.toUtf8());
    write(dir.filePath("b-bom.txt"), "\xEF\xBB\xBF" + text.toUtf8());
    write(dir.filePath("c-utf16le.txt"), utf16le);
    write(dir.filePath("d-utf16be.txt"), utf16be);
    write(dir.filePath("e-crlf.txt"), text.toUtf8().replace("\n", "\r\n"));
    write(dir.filePath("f-cp1252.txt"), QByteArray("Fire at the quay\r\n\r\n\x93Twelve were taken to "
                                                   "hospital,\x94 the mayor\x92s office said.\r\n"));
    const Corpus c = load(dir.path());
    ASSERT_EQ(c.documents.size(), 6u);
    for (const Document& d : c.documents) {
        EXPECT_EQ(d.text, c.documents.front().text)
            << d.id.toStdString() << " read as " << d.encoding.toStdString();
        EXPECT_EQ(d.title, "Fire at the quay");
        ASSERT_EQ(d.sentences.size(), 1u) << d.id.toStdString();
    }
    EXPECT_EQ(c.documents[5].encoding, "windows-1252");
    EXPECT_EQ(c.documents[5].warnings.size(), 1);
    EXPECT_TRUE(c.documents[0].warnings.isEmpty());
}

TEST(Loader, HugeFileIsSkippedWithoutBeingRead) {
    QTemporaryDir dir;
    QFile big(dir.filePath("huge.txt"));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    ASSERT_TRUE(big.resize(50LL * 1024 * 1024)); // sparse: cheap to make, 50 MB to read
    big.close();
    write(dir.filePath("small.txt"), article);
    const Corpus c = load(dir.path());
    EXPECT_EQ(ids(c), QStringList{"small"});
    EXPECT_EQ(reasonFor(c, "huge.txt"), "file too large (50.0 MB; the limit is 20.0 MB)");
}

TEST(Loader, TwoThousandSmallFilesLoadInAStableOrder) {
    QTemporaryDir dir;
    for (int i = 0; i < 2000; ++i)
        write(dir.filePath(QStringLiteral("article-%1.txt").arg(i, 4, 10, QLatin1Char('0'))),
              article + QByteArray::number(i) + " more people were evacuated.\n");
    const Corpus c = load(dir.path());
    ASSERT_EQ(c.documents.size(), 2000u);
    EXPECT_TRUE(c.skipped.empty());
    for (int i = 0; i < 2000; ++i)
        ASSERT_EQ(c.documents[size_t(i)].id, QStringLiteral("article-%1").arg(i, 4, 10, QLatin1Char('0')));
    EXPECT_EQ(c.documents[1234].sentences.size(), 3u);
}

TEST(Loader, FilesAreNeverModified) {
    QTemporaryDir dir;
    write(dir.filePath("a.txt"), article);
    write(dir.filePath("b.html"),
          "<html><body><article><h1>T</h1><p>One sentence here.</p></article></body></html>");
    const QDateTime before = QFileInfo(dir.filePath("a.txt")).lastModified();
    QFile::setPermissions(dir.filePath("b.html"), QFileDevice::ReadOwner | QFileDevice::ReadUser);
    const Corpus c = load(dir.path());
    EXPECT_EQ(c.documents.size(), 2u);
    EXPECT_EQ(QFileInfo(dir.filePath("a.txt")).lastModified(), before);
    QFile f(dir.filePath("a.txt"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), article);
    EXPECT_EQ(c.documents[0].sha256, QCryptographicHash::hash(article, QCryptographicHash::Sha256).toHex());
}

TEST(Loader, UnreadableFileIsSkipped) {
    if (geteuid() == 0)
        GTEST_SKIP() << "running as root: permissions cannot make a file unreadable";
    QTemporaryDir dir;
    write(dir.filePath("locked.txt"), article);
    QFile::setPermissions(dir.filePath("locked.txt"), QFileDevice::Permissions());
    const Corpus c = load(dir.path());
    EXPECT_TRUE(reasonFor(c, "locked.txt").startsWith("cannot read"))
        << reasonFor(c, "locked.txt").toStdString();
}

TEST(Loader, SubfoldersOnlyWhenAskedAndLinkLoopsEndOnce) {
    QTemporaryDir dir;
    write(dir.filePath("top.txt"), article);
    write(dir.filePath("wire/inner.md"), article);
    ASSERT_EQ(::symlink(dir.path().toLocal8Bit(), dir.filePath("wire/loop").toLocal8Bit()), 0);
    ASSERT_EQ(::symlink("/nonexistent/target.txt", dir.filePath("dangling.txt").toLocal8Bit()), 0);

    const Corpus flat = load(dir.path());
    EXPECT_EQ(ids(flat), QStringList{"top"});
    EXPECT_TRUE(reasonFor(flat, "wire").contains("--recursive"));
    EXPECT_EQ(reasonFor(flat, "dangling.txt"), "broken symbolic link");

    LoadOptions recursive;
    recursive.recursive = true;
    const Corpus deep = load(dir.path(), recursive);
    EXPECT_EQ(ids(deep), (QStringList{"top", "inner"}));
    EXPECT_TRUE(reasonFor(deep, "wire/loop").contains("loop")) << reasonFor(deep, "wire/loop").toStdString();
}

TEST(Loader, CollidingNamesUseTheirRelativePathAsId) {
    QTemporaryDir dir;
    write(dir.filePath("story.txt"), article);
    write(dir.filePath("story.md"), article);
    write(dir.filePath("other.txt"), article);
    EXPECT_EQ(ids(load(dir.path())), (QStringList{"other", "story.md", "story.txt"}));
}

TEST(Loader, ProgressReachesTheTotalAndCancelStopsEarly) {
    QTemporaryDir dir;
    for (int i = 0; i < 50; ++i)
        write(dir.filePath(QStringLiteral("a%1.txt").arg(i)), article);
    std::atomic<qsizetype> last{0}, total{0};
    const std::atomic_bool noCancel{false};
    loadCorpus(dir.path(), {}, noCancel, [&](qsizetype done, qsizetype all) {
        last = std::max<qsizetype>(last, done);
        total = all;
    });
    EXPECT_EQ(last.load(), 50);
    EXPECT_EQ(total.load(), 50);

    const std::atomic_bool cancelled{true};
    const Corpus c = loadCorpus(dir.path(), {}, cancelled);
    EXPECT_TRUE(c.cancelled);
    EXPECT_LT(c.documents.size(), 50u);
}
