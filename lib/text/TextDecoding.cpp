#include "text/TextDecoding.h"

#include <QStringDecoder>

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>

#include <algorithm>

#include <memory>

namespace parallax {
namespace {

bool startsWith(QByteArrayView bytes, std::initializer_list<unsigned char> prefix) {
    if (bytes.size() < qsizetype(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char c : prefix)
        if (static_cast<unsigned char>(bytes[i++]) != c)
            return false;
    return true;
}

// UTF-16 without a BOM is common from Windows tools; its ASCII text has a zero in every other byte.
// Returns 1 for LE, 2 for BE, 0 when the zeros do not look like UTF-16.
int guessBomlessUtf16(QByteArrayView bytes) {
    const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 4096);
    if (n < 4)
        return 0;
    qsizetype zeroEven = 0, zeroOdd = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        zeroEven += bytes[i] == 0;
        zeroOdd += bytes[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    if (zeroOdd * 10 >= pairs * 4 && zeroEven * 20 < pairs)
        return 1;
    if (zeroEven * 10 >= pairs * 4 && zeroOdd * 20 < pairs)
        return 2;
    return 0;
}

QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes, bool* hadErrors) {
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (hadErrors)
        *hadErrors = decoder.hasError();
    return text;
}

QString decodeWindows1252(QByteArrayView bytes) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open("windows-1252", &status),
                                                                 &ucnv_close);
    if (U_FAILURE(status))
        return QString::fromLatin1(bytes.data(), bytes.size()); // ICU data missing: closest fallback
    QString out(bytes.size(), Qt::Uninitialized);               // single-byte: one unit per byte
    const int32_t written = ucnv_toUChars(converter.get(), reinterpret_cast<UChar*>(out.data()),
                                          int32_t(out.size()), bytes.data(), int32_t(bytes.size()), &status);
    out.resize(U_SUCCESS(status) ? written : 0);
    return out;
}

bool isRemovedFormatCharacter(char16_t c) {
    // Zero-width and BOM characters are invisible, break word matching, and carry no meaning here.
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

} // namespace

namespace {

bool needsCleaning(char16_t c) {
    if (c >= 0x20 && c < 0x7F)
        return false; // printable ASCII, most of any text, in one test
    return c < 0x20 ? (c != u'\n' && c != u'\t')
                    : (c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || isRemovedFormatCharacter(c));
}

// Most article text is already NFC; ICU's quick check says so without building a copy. Below
// U+0300 (the combining marks) every character is NFC on its own, so text without one needs no
// check: one vectorised pass for the plain text most articles are.
bool isNfc(const QString& text) {
    const char16_t* units = reinterpret_cast<const char16_t*>(text.utf16());
    char16_t highest = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        highest = std::max(highest, units[i]);
    if (highest < 0x300)
        return true;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status))
        return false;
    const icu::UnicodeString view(false, reinterpret_cast<const UChar*>(text.constData()),
                                  int32_t(text.size()));
    return nfc->quickCheck(view, status) == UNORM_YES && U_SUCCESS(status);
}

} // namespace

QString cleanDisplayText(QString text) {
    // Clean text (the usual case) is returned as it came: one scan, no copy.
    const auto first =
        std::find_if(text.cbegin(), text.cend(), [](QChar c) { return needsCleaning(c.unicode()); });
    if (first != text.cend()) {
        QString out;
        out.reserve(text.size());
        const qsizetype n = text.size();
        const qsizetype clean = first - text.cbegin();
        out.append(QStringView(text).first(clean));
        for (qsizetype i = clean; i < n; ++i) {
            const char16_t c = text[i].unicode();
            if (c == u'\r') {
                out.append(u'\n');
                if (i + 1 < n && text[i + 1] == u'\n')
                    ++i;
            } else if (c == 0x2028 || c == 0x2029 || c == 0x0C || c == 0x0B || c == 0x85) {
                out.append(u'\n');
            } else if (!needsCleaning(c)) {
                out.append(QChar(c));
            }
        }
        text = std::move(out);
    }
    return isNfc(text) ? text : text.normalized(QString::NormalizationForm_C);
}

DecodedText decodeText(QByteArrayView bytes) {
    DecodedText result;
    bool errors = false;
    if (startsWith(bytes, {0xFF, 0xFE, 0x00, 0x00})) {
        result.encoding = QStringLiteral("UTF-32LE (BOM)");
        result.text = decodeWith(QStringConverter::Utf32LE, bytes.sliced(4), &errors);
    } else if (startsWith(bytes, {0x00, 0x00, 0xFE, 0xFF})) {
        result.encoding = QStringLiteral("UTF-32BE (BOM)");
        result.text = decodeWith(QStringConverter::Utf32BE, bytes.sliced(4), &errors);
    } else if (startsWith(bytes, {0xEF, 0xBB, 0xBF})) {
        result.encoding = QStringLiteral("UTF-8 (BOM)");
        result.text = decodeWith(QStringConverter::Utf8, bytes.sliced(3), &errors);
    } else if (startsWith(bytes, {0xFF, 0xFE})) {
        result.encoding = QStringLiteral("UTF-16LE (BOM)");
        result.text = decodeWith(QStringConverter::Utf16LE, bytes.sliced(2), &errors);
    } else if (startsWith(bytes, {0xFE, 0xFF})) {
        result.encoding = QStringLiteral("UTF-16BE (BOM)");
        result.text = decodeWith(QStringConverter::Utf16BE, bytes.sliced(2), &errors);
    } else if (const int utf16 = guessBomlessUtf16(bytes)) {
        result.encoding = utf16 == 1 ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        result.text =
            decodeWith(utf16 == 1 ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, bytes, &errors);
        result.warnings << QStringLiteral("no byte-order mark; read as %1").arg(result.encoding);
    } else {
        result.encoding = QStringLiteral("UTF-8");
        result.text = decodeWith(QStringConverter::Utf8, bytes, &errors);
        if (errors) {
            result.encoding = QStringLiteral("windows-1252");
            result.text = decodeWindows1252(bytes);
            errors = false;
            result.warnings << QStringLiteral("not valid UTF-8; read as windows-1252");
        }
    }
    if (errors)
        result.warnings << QStringLiteral("invalid %1 sequences replaced with U+FFFD").arg(result.encoding);
    result.text = cleanDisplayText(std::move(result.text));
    return result;
}

} // namespace parallax
