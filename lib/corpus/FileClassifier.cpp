#include "corpus/FileClassifier.h"

#include <QFileInfo>

#include <array>

namespace parallax {
namespace {

struct Magic {
    std::string_view bytes;
    const char* name;
};

// Files people really drop into an article folder by mistake.
constexpr std::array magics{
    Magic{"%PDF-", "PDF document"},
    Magic{"\x89PNG", "PNG image"},
    Magic{"\xFF\xD8\xFF", "JPEG image"},
    Magic{"GIF8", "GIF image"},
    Magic{"PK\x03\x04", "ZIP archive or Office document"},
    Magic{"\x1F\x8B", "gzip archive"},
    Magic{"\x7F"
          "ELF",
          "executable"},
    Magic{"\xD0\xCF\x11\xE0", "legacy Office document"},
    Magic{"{\\rtf", "RTF document"},
    Magic{"RIFF", "audio or video file"},
    Magic{"ID3", "MP3 audio"},
    Magic{"OggS", "Ogg media"},
    Magic{"7z\xBC\xAF", "7-Zip archive"},
    Magic{"Rar!", "RAR archive"},
    Magic{"SQLite format 3", "SQLite database"},
};

bool hasUnicodeBom(QByteArrayView b) {
    auto at = [&](qsizetype i) { return static_cast<unsigned char>(b[i]); };
    return (b.size() >= 2 && ((at(0) == 0xFF && at(1) == 0xFE) || (at(0) == 0xFE && at(1) == 0xFF))) ||
           (b.size() >= 4 && at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF);
}

// Zeros at only even or only odd positions: UTF-16 text without a BOM.
bool zerosLookLikeUtf16(QByteArrayView b) {
    qsizetype even = 0, odd = 0;
    for (qsizetype i = 0; i + 1 < b.size(); i += 2) {
        even += b[i] == 0;
        odd += b[i + 1] == 0;
    }
    return (even == 0) != (odd == 0);
}

} // namespace

QString articleFormatName(ArticleFormat format) {
    switch (format) {
    case ArticleFormat::Text:
        return QStringLiteral("text");
    case ArticleFormat::Markdown:
        return QStringLiteral("markdown");
    case ArticleFormat::Html:
        return QStringLiteral("html");
    }
    return {};
}

std::optional<ArticleFormat> articleFormatForFileName(const QString& fileName) {
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix.isEmpty() || suffix == u"txt" || suffix == u"text")
        return ArticleFormat::Text;
    if (suffix == u"md" || suffix == u"markdown")
        return ArticleFormat::Markdown;
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return ArticleFormat::Html;
    return std::nullopt;
}

QString reasonNotText(QByteArrayView bytes) {
    if (bytes.isEmpty())
        return QStringLiteral("empty file");
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 64 * 1024));
    for (const Magic& magic : magics)
        if (head.startsWith(QByteArrayView(magic.bytes.data(), qsizetype(magic.bytes.size()))))
            return QStringLiteral("binary file (%1)").arg(QLatin1StringView(magic.name));
    if (hasUnicodeBom(head))
        return {};
    qsizetype zeros = 0, controls = 0;
    for (char ch : head) {
        const auto c = static_cast<unsigned char>(ch);
        zeros += c == 0;
        controls += c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B;
    }
    if (zeros > 0 && !zerosLookLikeUtf16(head))
        return QStringLiteral("binary file (contains NUL bytes)");
    if (zeros == 0 && controls * 20 > head.size())
        return QStringLiteral("binary file (too many control characters)");
    return {};
}

} // namespace parallax
