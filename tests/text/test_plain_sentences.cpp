// The plain-text shortcut of SentenceSegmenter (PlainSentenceBreaks) must give exactly what ICU
// gives: it is only worth having if no result anywhere changes.
#include "SharedCorpus.h"
#include "text/PlainSentenceBreaks.h"
#include "text/SentenceSegmenter.h"

#include <QDirIterator>
#include <QFile>

#include <gtest/gtest.h>

#include <random>

using namespace parallax;

namespace {

const SentenceSegmenter& shortcut() {
    static const SentenceSegmenter instance;
    return instance;
}

const SentenceSegmenter& icuOnly() {
    static const SentenceSegmenter instance(SentenceSegmenter::Engine::IcuOnly);
    return instance;
}

std::string spans(const QString& text, const std::vector<Span>& sentences) {
    std::string out;
    for (Span s : sentences)
        out += "\n  [" + text.sliced(s.start, s.length()).toStdString() + "]";
    return out;
}

void expectSameSentences(const QString& text, const std::string& where) {
    const std::vector<Span> fast = shortcut().split(text, {0, text.size()});
    const std::vector<Span> icu = icuOnly().split(text, {0, text.size()});
    ASSERT_EQ(fast, icu) << where << "\nshortcut:" << spans(text, fast) << "\nICU:" << spans(text, icu);
}

// Pieces that meet every rule the shortcut carries, and the abbreviations it must leave to ICU.
const char* const kPieces[] = {
    "the", "said", "Kyiv", "ATMs",  "Mr",    "Mrs", "Dr",  "U.S",    "Ph.D", "a.m", "vs",     "etc",
    "No",  "NATO", "A",    "J",     "To",    "In",  "Jan", "approx", "exec", "pp",  "Africa", "Lt.Cdr",
    "3",   "22",   "3.5",  "5,000", "1990s", ".",   ".",   ".",      "?",    "!",   "...",    ",",
    ":",   ";",    "-",    "\"",    "'",     "(",   ")",   "[",      "]",    "{",   "}",      "%",
    "$",   "&",    "/",    "@",     "#",     "*",   "_",   "`",      "~",    "+",   "=",      "|",
};

QString randomLine(std::mt19937& rng) {
    std::uniform_int_distribution<int> pieceCount(1, 30);
    std::uniform_int_distribution<std::size_t> piece(0, std::size(kPieces) - 1);
    std::uniform_int_distribution<int> gap(0, 9);
    QString line;
    for (int n = pieceCount(rng); n > 0; --n) {
        QString p = QString::fromLatin1(kPieces[piece(rng)]);
        if (gap(rng) == 0)
            p[0] = p[0].toUpper();
        line += p;
        const int g = gap(rng);
        if (g < 5)
            line += u' ';
        else if (g == 5)
            line += QStringLiteral("  ");
    }
    return line;
}

} // namespace

TEST(PlainSentences, RandomLinesAgreeWithIcu) {
    const PlainSentenceBreaks plain(icuSentenceExceptions());
    std::mt19937 rng(12);
    int decided = 0; // lines the shortcut decided alone, so that the agreement is not ICU's with itself
    constexpr int lines = 200000;
    for (int i = 0; i < lines; ++i) {
        const QString text = randomLine(rng) + u'\n' + randomLine(rng);
        expectSameSentences(text, "random line " + std::to_string(i));
        if (HasFatalFailure())
            return;
        std::vector<qsizetype> starts;
        const qsizetype firstEnd = text.indexOf(u'\n');
        decided += plain.breaks(text, 0, firstEnd, starts) && !starts.empty();
    }
    EXPECT_GT(decided, lines / 4);
}

// Without this the test above could pass with a shortcut that always asks ICU.
TEST(PlainSentences, MostPlainProseTakesTheShortcut) {
    const PlainSentenceBreaks plain(icuSentenceExceptions());
    ASSERT_TRUE(plain.usable());
    const QString prose = QStringLiteral(
        "Would water sox very phoniness so the it disgorge ever to genitals. Wrest carefuller into "
        "windbags, they said (it was 3.5 km). Is it? \"Yes!\" 22 people were there... And then the end.");
    std::vector<qsizetype> starts;
    EXPECT_TRUE(plain.breaks(prose, 0, prose.size(), starts));
    EXPECT_EQ(starts.size(), 5u); // "...", and “Yes!” before a figure, end sentences too
    starts.clear();
    const QString titled = QStringLiteral("It was Mr. Smith. The end.");
    EXPECT_FALSE(plain.breaks(titled, 0, titled.size(), starts)) << "an abbreviation is ICU's to judge";
    EXPECT_TRUE(starts.empty());
    const QString curly = QStringLiteral("It was \u201Cfine.\u201D The end.");
    EXPECT_FALSE(plain.breaks(curly, 0, curly.size(), starts));
}

TEST(PlainSentences, SeedsAndSamplesAgreeWithIcu) {
    PARALLAX_REQUIRE_SEEDS();
    int files = 0;
    for (const QString& dir : {test::seedCorpusDir(), test::sampleCorpusDir(),
                               QStringLiteral(PARALLAX_SHARED_DIR "/corpus/ecbplus-dev")}) {
        QDirIterator it(dir, {QStringLiteral("*.txt"), QStringLiteral("*.md")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
            expectSameSentences(QString::fromUtf8(file.readAll()), path.toStdString());
            ++files;
        }
    }
    EXPECT_GT(files, 5);
}
