#include "SharedCorpus.h"
#include "text/WordTokenizer.h"

#include <QFile>
#include <QStringList>

#include <gtest/gtest.h>

using namespace parallax;

// Readable failure messages; gtest finds it by argument-dependent lookup in QString's namespace.
static void PrintTo(const QString& s, std::ostream* os) {
    *os << '"' << s.toStdString() << '"';
}

namespace {

QStringList wordsOf(const QString& text) {
    QStringList out;
    for (const Token& t : tokenizeWords(text, {0, text.size()}))
        out << text.sliced(t.span.start, t.span.length());
    return out;
}

QString key(const QString& word) {
    return normalizeForMatching(word);
}

} // namespace

// --- tokens --------------------------------------------------------------------------------------

TEST(Words, LetterAndDigitRunsPunctuationIsNotAToken) {
    EXPECT_EQ(wordsOf("Hello, world! (Yes) – no; “maybe”… [Putin’s]"),
              (QStringList{"Hello", "world", "Yes", "no", "maybe", "Putin’s"}));
    EXPECT_TRUE(wordsOf(" — , . ! “ ” ‘ ’ - ").isEmpty());
}

TEST(Words, NumbersKeepTheirSeparators) {
    EXPECT_EQ(wordsOf("5,000 drones, 3.5 hours, 1,000,000 people and 550."),
              (QStringList{"5,000", "drones", "3.5", "hours", "1,000,000", "people", "and", "550"}));
    EXPECT_EQ(wordsOf("It was 550, a record. Then 3. Next"),
              (QStringList{"It", "was", "550", "a", "record", "Then", "3", "Next"}));
}

TEST(Words, MixedLettersAndDigits) {
    EXPECT_EQ(wordsOf("At 9am the 22nd flight MH370 cost $4.5bn."),
              (QStringList{"At", "9am", "the", "22nd", "flight", "MH370", "cost", "4.5bn"}));
}

TEST(Words, ApostrophesBetweenLettersStayInside) {
    EXPECT_EQ(wordsOf("don't, Kyiv’s, the 1990's, Ukrainians’ homes, ’90s, 'quoted'"),
              (QStringList{"don't", "Kyiv’s", "the", "1990's", "Ukrainians", "homes", "90s", "quoted"}));
}

TEST(Words, HyphensBetweenLettersStayInsideDashesSplit) {
    EXPECT_EQ(wordsOf("co-ordinated seven-hour machine-gun F-16 Covid-19 non\u2011stop"),
              (QStringList{"co-ordinated", "seven-hour", "machine-gun", "F-16", "Covid-19",
                           QStringLiteral("non\u2011stop")}));
    EXPECT_EQ(wordsOf("550 – a record—2022–23 -5 well--known"),
              (QStringList{"550", "a", "record", "2022", "23", "5", "well", "known"}));
}

TEST(Words, DottedAbbreviationsKeepTheirDots) {
    EXPECT_EQ(
        wordsOf("U.S. and U.K. envoys at 9 a.m., a Ph.D. e.g. here"),
        (QStringList{"U.S.", "and", "U.K.", "envoys", "at", "9", "a.m.", "a", "Ph.D.", "e.g.", "here"}));
    EXPECT_EQ(wordsOf("U.S.-backed J. Smith bbc.co Kyiv.The"),
              (QStringList{"U.S.", "backed", "J", "Smith", "bbc", "co", "Kyiv", "The"}));
}

TEST(Words, AnyScriptCombiningMarksAndAstralLetters) {
    EXPECT_EQ(wordsOf("Radosław Sikorski у Києві, Αθήνα"),
              (QStringList{"Radosław", "Sikorski", "у", "Києві", "Αθήνα"}));
    EXPECT_EQ(wordsOf(QStringLiteral("cafe\u0301 open")),
              (QStringList{QStringLiteral("cafe\u0301"), "open"}));
    EXPECT_EQ(wordsOf(QStringLiteral("\U0001D400\U0001D401 x")),
              (QStringList{QStringLiteral("\U0001D400\U0001D401"), "x"}));
    EXPECT_EQ(wordsOf(QStringLiteral("co\u00ADordinated")),
              (QStringList{QStringLiteral("co\u00ADordinated")}));
}

TEST(Words, NumericFlag) {
    const QString text = QStringLiteral("5,000 9am 22nd MH370 seven-hour ½");
    std::vector<bool> numeric;
    for (const Token& t : tokenizeWords(text, {0, text.size()}))
        numeric.push_back(t.isNumeric);
    EXPECT_EQ(numeric, (std::vector<bool>{true, true, true, false, false, true}));
}

TEST(Words, SpansAreOffsetsIntoTheWholeText) {
    const QString text = QStringLiteral("skip this. Take “these” words");
    const qsizetype start = text.indexOf(u"Take");
    const std::vector<Token> tokens = tokenizeWords(text, {start, text.size() - 2});
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_EQ(tokens[0].span, (Span{start, start + 4}));
    EXPECT_EQ(text.sliced(tokens[1].span.start, tokens[1].span.length()), "these");
    EXPECT_EQ(text.sliced(tokens[2].span.start, tokens[2].span.length()), "wor"); // the region cuts it
    EXPECT_EQ(tokens[0].key, "take");
    EXPECT_TRUE(tokenizeWords(text, {5, 5}).empty());
    EXPECT_EQ(tokenizeWords(text, {-3, 1000}).size(), 5u);
}

// --- matching keys -------------------------------------------------------------------------------

TEST(Words, KeysFoldCaseQuotesAndHyphens) {
    EXPECT_EQ(key("Ukraine"), "ukraine");
    EXPECT_EQ(key("co-ordinated"), key("coordinated"));
    EXPECT_EQ(key(QStringLiteral("CO\u2010ORDINATED")), "coordinated");
    EXPECT_EQ(key("Kyiv’s"), "kyiv's");
    EXPECT_EQ(key("Kyiv's"), "kyiv's");
    EXPECT_EQ(key(QStringLiteral("co\u00ADordinated")), "coordinated");
}

TEST(Words, KeysDropAbbreviationDotsButKeepNumberValue) {
    EXPECT_EQ(key("U.S."), "us");
    EXPECT_EQ(key("U.S."), key("US"));
    EXPECT_EQ(key("a.m."), "am");
    EXPECT_EQ(key("3.5"), "3.5");
    EXPECT_NE(key("3.5"), key("35"));
    EXPECT_EQ(key("5,000"), "5000");
    EXPECT_EQ(key("4.5bn"), "4.5bn");
}

TEST(Words, KeysFoldDiacritics) {
    EXPECT_EQ(key("Radosław"), "radoslaw");
    EXPECT_EQ(key("café"), "cafe");
    EXPECT_EQ(key(QStringLiteral("cafe\u0301")), "cafe");
    EXPECT_EQ(key("Zelenskyy"), "zelenskyy");
    EXPECT_EQ(key("ŁÓDŹ"), "lodz");
    EXPECT_EQ(key("Søren"), "soren");
    EXPECT_EQ(key("Đoković"), "dokovic");
    EXPECT_EQ(key("Straße"), "strasse");
    // Not only Latin: Ukrainian ї is і plus a diaeresis, so it folds like any other accent.
    EXPECT_EQ(key("Київ"), QStringLiteral("\u043a\u0438\u0456\u0432"));
}

TEST(Words, KeysUnfoldCompatibilityForms) {
    EXPECT_EQ(key("ﬁre"), "fire");
    EXPECT_EQ(key("ＵＳ"), "us");
}

TEST(Words, AsciiFastPathAgreesWithUnicodePath) {
    // Appending "é" forces the Unicode path; its key must only differ by the folded "e".
    for (const char* w : {"Co-Ordinated", "U.S.", "5,000", "3.5", "don't", "MH370", "a.m.", "x`y"})
        EXPECT_EQ(key(QString::fromUtf8(w) + QStringLiteral("é")), key(QString::fromUtf8(w)) + "e") << w;
}

TEST(Words, KeyIntoBufferIsTheSameKey) {
    std::u16string buffer = u"left over from the last word";
    for (const char* w : {"Co-Ordinated", "U.S.", "5,000", "3.5", "don't", "x`y", "Radosław", "Kyiv’s",
                          "café", "ＵＳ", "ﬁre", "Straße", "𝐀𝐁", "-"}) {
        const QString word = QString::fromUtf8(w);
        normalizeForMatching(word, buffer);
        EXPECT_EQ(QString::fromUtf16(buffer.data(), qsizetype(buffer.size())), key(word)) << w;
    }
}

TEST(Words, NextWordAndCountWordsFindTheTokensOfTokenizeWords) {
    const QString text =
        QStringLiteral("Mr. Smith’s co-ordinated 5,000-strong U.S. team — said “no” at 9 a.m. in Zürich; "
                       "cafe\u0301 e\u0301 F-16s 3.5% 𝐀𝐁C -- end.");
    for (const Span region : {Span{0, text.size()}, Span{4, 40}, Span{20, 21}, Span{0, 0}}) {
        const std::vector<Token> tokens = tokenizeWords(text, region);
        EXPECT_EQ(countWords(text, region), int(tokens.size()));
        qsizetype pos = region.start;
        size_t i = 0;
        for (Span word; nextWord(text, pos, region.end, word); ++i) {
            ASSERT_LT(i, tokens.size());
            EXPECT_EQ(word, tokens[i].span);
        }
        EXPECT_EQ(i, tokens.size());
    }
    EXPECT_EQ(countWords(text, {0, text.size()}),
              19); // counted by hand: "5,000-strong", "U.S.", "a.m.", "F-16s" are one each
}

// --- the seed corpus -----------------------------------------------------------------------------

TEST(WordsSeeds, SeedTokensAndKeys) {
    PARALLAX_REQUIRE_SEEDS();
    const QDir dir(test::seedCorpusDir());
    QMap<QString, QString> keys; // token text -> key, over all seeds
    qsizetype total = 0;
    for (const QString& name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        qsizetype last = 0;
        for (const Token& t : tokenizeWords(text, {0, text.size()})) {
            ASSERT_GE(t.span.start, last);
            ASSERT_LE(t.span.end, text.size());
            const QString word = text.sliced(t.span.start, t.span.length());
            for (QChar c : word)
                ASSERT_FALSE(c.isSpace() || c == u'“' || c == u'”' || c == u'–' || c == u'—')
                    << name.toStdString();
            EXPECT_FALSE(t.key.isEmpty());
            keys.insert(word, t.key);
            last = t.span.end;
            ++total;
        }
    }
    EXPECT_GT(total, 3500);
    EXPECT_EQ(keys.value("co-ordinated"), "coordinated");
    EXPECT_EQ(keys.value("coordinated"), "coordinated");
    EXPECT_EQ(keys.value("Radosław"), "radoslaw");
    EXPECT_EQ(keys.value("Kyiv’s"), "kyiv's");
    EXPECT_EQ(keys.value("Ukraine's"), "ukraine's");
    EXPECT_EQ(keys.value("U.S."), "us");
    EXPECT_EQ(keys.value("US"), "us");
    EXPECT_EQ(keys.value("5,000"), "5000");
    EXPECT_EQ(keys.value("seven-hour"), "sevenhour");
    EXPECT_EQ(keys.value("13-hour"), "13hour");
    EXPECT_EQ(keys.value("9am"), "9am");
    EXPECT_EQ(keys.value("2025-07-04"), "20250704");
    EXPECT_TRUE(keys.contains("Iranian-made"));
    EXPECT_TRUE(keys.contains("Secretary-General"));
}

// wordHash skips making the key of a word that is its own; the hash must not tell the difference.
TEST(WordHash, EqualsTheHashOfTheKey) {
    for (const char* w : {"the", "kyiv", "Kyiv", "22", "5,000", "3.5", "U.S.", "co-ordinated", "don't", "9am",
                          "caf\u00e9", "Radosław", "a", "ZELENSKYY", "x1", "1990's"}) {
        const QString word = QString::fromUtf8(w);
        EXPECT_EQ(wordHash(word), keyHash(normalizeForMatching(word))) << w;
    }
    const QString text = QStringLiteral("The U.S. said 5,000 co-ordinated caf\u00e9s opened.");
    std::vector<std::uint64_t> hashes;
    EXPECT_EQ(hashWords(text, {0, text.size()}, hashes), countWords(text, {0, text.size()}));
    const std::vector<Token> tokens = tokenizeWords(text, {0, text.size()});
    ASSERT_EQ(hashes.size(), tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i)
        EXPECT_EQ(hashes[i], keyHash(tokens[i].key)) << tokens[i].key.toStdString();
}
