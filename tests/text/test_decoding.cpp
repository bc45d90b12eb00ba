#include "text/TextDecoding.h"

#include <gtest/gtest.h>

using parallax::decodeText;

namespace {

QByteArray utf16(const QString& s, bool littleEndian, bool bom) {
    QByteArray out;
    if (bom)
        out += littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (QChar c : s) {
        const char lo = char(c.unicode() & 0xFF), hi = char(c.unicode() >> 8);
        out.append(littleEndian ? lo : hi);
        out.append(littleEndian ? hi : lo);
    }
    return out;
}

const QString sentence = QStringLiteral("“Fourteen were taken to hospital,” the mayor’s office said – café.");

} // namespace

TEST(Decoding, PlainUtf8IsReadAsIsWithoutWarnings) {
    const auto d = decodeText(sentence.toUtf8());
    EXPECT_EQ(d.text, sentence);
    EXPECT_EQ(d.encoding, "UTF-8");
    EXPECT_TRUE(d.warnings.isEmpty());
}

TEST(Decoding, Utf8ByteOrderMarkIsDropped) {
    const auto d = decodeText("\xEF\xBB\xBF" + sentence.toUtf8());
    EXPECT_EQ(d.text, sentence);
    EXPECT_EQ(d.encoding, "UTF-8 (BOM)");
}

TEST(Decoding, Utf16WithByteOrderMarkInBothByteOrders) {
    EXPECT_EQ(decodeText(utf16(sentence, true, true)).text, sentence);
    EXPECT_EQ(decodeText(utf16(sentence, false, true)).text, sentence);
    EXPECT_EQ(decodeText(utf16(sentence, false, true)).encoding, "UTF-16BE (BOM)");
}

TEST(Decoding, Utf16WithoutByteOrderMarkIsRecognisedWithAWarning) {
    const auto d = decodeText(utf16(QStringLiteral("Eleven missiles were fired overnight."), true, false));
    EXPECT_EQ(d.text, "Eleven missiles were fired overnight.");
    EXPECT_EQ(d.encoding, "UTF-16LE");
    EXPECT_EQ(d.warnings.size(), 1);
}

TEST(Decoding, InvalidUtf8FallsBackToWindows1252AndSaysSo) {
    // Word-exported text: curly quotes 0x93/0x94, an en dash 0x96, a euro sign 0x80, é as 0xE9.
    const QByteArray bytes("\x93"
                           "Caf\xE9 costs \x80"
                           "5 \x96 or so,\x94 she said.");
    const auto d = decodeText(bytes);
    EXPECT_EQ(d.text, QStringLiteral("“Café costs €5 – or so,” she said."));
    EXPECT_EQ(d.encoding, "windows-1252");
    ASSERT_EQ(d.warnings.size(), 1);
    EXPECT_TRUE(d.warnings.front().contains("windows-1252"));
}

TEST(Decoding, LineEndsBecomeNewlines) {
    EXPECT_EQ(decodeText("one\r\ntwo\rthree\nfour").text, "one\ntwo\nthree\nfour");
}

TEST(Decoding, TextIsNormalisedToNfc) {
    const QString decomposed = QStringLiteral("Zelenskiy visited Mykola\u0301yiv");
    const auto d = decodeText(decomposed.toUtf8());
    EXPECT_EQ(d.text, decomposed.normalized(QString::NormalizationForm_C));
    EXPECT_EQ(decodeText(QStringLiteral("cafe\u0301").toUtf8()).text, QStringLiteral("caf\u00E9"));
}

TEST(Decoding, InvisibleAndControlCharactersAreRemovedButTabsAndNewlinesStay) {
    EXPECT_EQ(decodeText(QStringLiteral("a\u200Bb\u00ADc\td\x01"
                                        "e\nf")
                             .toUtf8())
                  .text,
              "abc\tde\nf");
}

TEST(Decoding, EmptyInputGivesEmptyText) {
    EXPECT_TRUE(decodeText(QByteArray()).text.isEmpty());
}
