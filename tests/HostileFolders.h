#pragma once

// Hostile folders for the CLI and window tests (issue 13, "Hardening"), made in a temporary folder,
// and a snapshot of a folder (every entry's name, type, size, mtime, permissions and SHA-256) to
// prove that reading it changed nothing.
#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

namespace parallax::test::hostile {

// Under AddressSanitizer every allocation and memory access costs several times more
// (docs/testing.md), so there the time bounds are printed, not checked; everything else is.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool checkTimeBounds = false;
#else
inline constexpr bool checkTimeBounds = true;
#endif

inline void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << path.toStdString();
    ASSERT_EQ(f.write(bytes), bytes.size()) << path.toStdString();
}

inline const QByteArray& quayArticle() {
    static const QByteArray text = QByteArrayLiteral(
        "Fire at the quay\n\n"
        "One man was killed and at least 17 people were injured in the blast on Saturday. Twelve were "
        "taken to hospital, the fire service said.\n\n"
        "The warehouse had been empty for a year, according to the harbour office.\n");
    return text;
}

// The name of the one-line file and its size: five times the default 20 MB article limit.
inline QString oneLineFileName() {
    return QStringLiteral("one-line-100mb.txt");
}
inline constexpr qint64 oneLineBytes = 100LL * 1024 * 1024;

// `bytes` of words, some numbers and full stops, and not one line end: one line. A 64 KB block of
// random words is made once and written again and again, so 100 MB take well under a second.
inline void writeOneLineFile(const QString& path, qint64 bytes) {
    static const char* const words[] = {"the",      "fire",  "quay",     "warehouse", "injured", "people",
                                        "were",     "taken", "hospital", "said",      "harbour", "office",
                                        "at least", "blast", "Saturday", "service",   "one",     "man",
                                        "killed",   "empty", "year",     "according", "to",      "and"};
    QRandomGenerator random(13);
    QByteArray block;
    block.reserve(64 * 1024 + 64);
    while (block.size() < 64 * 1024) {
        const quint32 r = random.bounded(40u);
        if (r < 24)
            block += words[r];
        else if (r < 30)
            block += QByteArray::number(random.bounded(100000));
        else
            block += words[r % 24];
        block += random.bounded(12u) == 0 ? ". " : " ";
    }
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << path.toStdString();
    for (qint64 written = 0; written < bytes;) {
        const qint64 n = std::min<qint64>(block.size(), bytes - written);
        ASSERT_EQ(f.write(block.constData(), n), n);
        written += n;
    }
}

// One folder holding every hostile input of issue 13 at once, besides three ordinary articles:
//   one-line-100mb.txt     100 MB on one line (no line end)
//   sixty-digits*.txt      a 60-digit number in a sentence, in two articles (they differ in the
//                          last digit, which a double cannot tell apart)
//   "news\nflash.txt", "-dash.txt", "--help.txt"   names with a line end and leading dashes
//   binary.txt             an ELF program named .txt
//   invalid-utf8.txt       bytes that are not UTF-8 (read as windows-1252, with a warning)
//   utf16-bom.txt          UTF-16LE with its BOM
//   locked.txt             mode 000 (unreadable unless the tests run as root)
//   loop -> .              a folder link to the folder itself
//   link-a.txt <-> link-b.txt   two file links pointing at each other
inline void writeHostileFolder(const QString& dir) {
    const QDir d(dir);
    writeOneLineFile(d.filePath(oneLineFileName()), oneLineBytes);
    const QByteArray sixty = "123456789012345678901234567890123456789012345678901234567890";
    writeFile(d.filePath("sixty-digits.txt"),
              "Harbour fund\n\nThe harbour fund now holds " + sixty +
                  " dollars, the office said. At least 17 people were injured in the blast on Saturday.\n");
    QByteArray sixtyOther = sixty;
    sixtyOther.back() = '1';
    writeFile(d.filePath("sixty-digits-other.txt"),
              "Harbour fund grows\n\nThe harbour fund now holds " + sixtyOther +
                  " dollars, the office said. At least 19 people were injured in the blast on Saturday.\n");
    writeFile(d.filePath("news\nflash.txt"), quayArticle());
    writeFile(d.filePath("-dash.txt"),
              "Blast on the quay\n\nOne man died and 19 people were hurt in the explosion on Saturday.\n");
    writeFile(d.filePath("--help.txt"),
              "Quay fire\n\nSeventeen people were injured when a warehouse exploded on Saturday.\n");
    writeFile(d.filePath("binary.txt"), QByteArray("\x7F"
                                                   "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3E\0",
                                                   20) +
                                            QByteArray(4000, '\0'));
    writeFile(d.filePath("invalid-utf8.txt"),
              QByteArray("Harbour office\n\nThe office said 14 people were injured \xC3\x28 in the blast "
                         "\xFF\xFE on Saturday. The quay was closed \x80 for a day.\n"));
    QByteArray utf16("\xFF\xFE", 2);
    for (const QChar ch : QString::fromUtf8(quayArticle())) {
        utf16 += char(ch.unicode() & 0xFF);
        utf16 += char(ch.unicode() >> 8);
    }
    writeFile(d.filePath("utf16-bom.txt"), utf16);
    writeFile(d.filePath("locked.txt"), quayArticle());
    ASSERT_TRUE(QFile::setPermissions(d.filePath("locked.txt"), QFileDevice::Permissions()));
    ASSERT_EQ(::symlink(".", d.filePath("loop").toLocal8Bit().constData()), 0);
    ASSERT_EQ(::symlink("link-b.txt", d.filePath("link-a.txt").toLocal8Bit().constData()), 0);
    ASSERT_EQ(::symlink("link-a.txt", d.filePath("link-b.txt").toLocal8Bit().constData()), 0);
    writeFile(d.filePath("velmouth.txt"), quayArticle());
    writeFile(d.filePath("caddoran.txt"),
              "Warehouse blast\n\nOne man was killed and 19 people were injured in the blast on Saturday. "
              "Twelve were taken to hospital, the fire service said.\n");
    writeFile(d.filePath("eastern.md"),
              "# Quay blast\n\nAt least 23 people were injured in the blast on Saturday, the harbour office "
              "said.\n");
}

// `count` small articles on one story, each with numbers and a sentence of its own, so the reuse and
// claims stages have real work: every pair of them shares sentences.
inline void writeManySmallFiles(const QString& dir, int count) {
    for (int i = 0; i < count; ++i) {
        const QByteArray text = "Fire at the quay " + QByteArray::number(i) +
                                "\n\nOne man was killed and at least " + QByteArray::number(10 + i % 20) +
                                " people were injured in the blast on Saturday. Shop " +
                                QByteArray::number(i) + " on the quay lost " + QByteArray::number(i * 7) +
                                " windows, its owner said.\n";
        writeFile(QDir(dir).filePath(QStringLiteral("article-%1.txt").arg(i, 4, 10, QLatin1Char('0'))), text);
    }
}

// Every entry under `dir` (hidden ones too; links are not followed): name, type, size, mtime in
// nanoseconds, mode and, for a regular file, its SHA-256. A file this process cannot open (mode 000
// without root) is known by the rest.
inline QStringList snapshot(const QString& dir) {
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories); // does not follow links by default
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st {};
        if (::lstat(path.toLocal8Bit().constData(), &st) != 0) {
            out << path + QStringLiteral(" lstat failed");
            continue;
        }
        QString line =
            QStringLiteral("%1 mode=%2 size=%3 mtime=%4.%5")
                .arg(QDir(dir).relativeFilePath(path).replace(QLatin1Char('\n'), QStringLiteral("\\n")))
                .arg(st.st_mode, 0, 8)
                .arg(qint64(st.st_size))
                .arg(qint64(st.st_mtim.tv_sec))
                .arg(qint64(st.st_mtim.tv_nsec));
        if (S_ISLNK(st.st_mode)) {
            line += QStringLiteral(" -> ") + QFileInfo(path).symLinkTarget();
        } else if (S_ISREG(st.st_mode)) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly)) {
                QCryptographicHash hash(QCryptographicHash::Sha256);
                hash.addData(&f);
                line += QStringLiteral(" sha256=") + QString::fromLatin1(hash.result().toHex());
            } else {
                line += QStringLiteral(" unreadable");
            }
        }
        out << line;
    }
    out.sort();
    return out;
}

} // namespace parallax::test::hostile
