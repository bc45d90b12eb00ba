#include "SharedCorpus.h"
#include "text/SentenceSegmenter.h"

#include <QFile>
#include <QStringList>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <thread>

using namespace parallax;

// Readable failure messages; gtest finds it by argument-dependent lookup in QString's namespace.
static void PrintTo(const QString& s, std::ostream* os) {
    *os << '"' << s.toStdString() << '"';
}

namespace {

const SentenceSegmenter& segmenter() {
    static const SentenceSegmenter instance;
    return instance;
}

QStringList sentencesOf(const QString& text) {
    QStringList out;
    for (Span s : segmenter().split(text, {0, text.size()}))
        out << text.sliced(s.start, s.length());
    return out;
}

// Prints the sentences one per line on failure, which reads better than QStringList's debug form.
std::string show(const QStringList& list) {
    std::string out;
    for (const QString& s : list)
        out += "\n  [" + s.toStdString() + "]";
    return out;
}

#define EXPECT_SENTENCES(text, ...)                                                                          \
    do {                                                                                                     \
        const QStringList actual = sentencesOf(text);                                                        \
        const QStringList expected{__VA_ARGS__};                                                             \
        EXPECT_EQ(actual, expected) << "got:" << show(actual) << "\nwanted:" << show(expected);              \
    } while (0)

// Every span inside the region, trimmed, non-empty, in order and not overlapping.
void expectWellFormed(const QString& text, Span region, const std::vector<Span>& spans) {
    qsizetype last = region.start;
    for (Span s : spans) {
        ASSERT_FALSE(s.isEmpty());
        ASSERT_GE(s.start, last);
        ASSERT_LE(s.end, region.end);
        EXPECT_FALSE(text[s.start].isSpace()) << text.sliced(s.start, s.length()).toStdString();
        EXPECT_FALSE(text[s.end - 1].isSpace()) << text.sliced(s.start, s.length()).toStdString();
        last = s.end;
    }
}

QString readSeed(const QString& prefix) {
    const QDir dir(test::seedCorpusDir());
    const QStringList files = dir.entryList({prefix + QStringLiteral("_*.txt")}, QDir::Files);
    if (files.size() != 1)
        return {};
    QFile file(dir.filePath(files.front()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Sentences of each paragraph (a non-empty line) of a seed, in order.
QStringList seedSentences(const QString& text) {
    QStringList out;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        for (Span s : segmenter().split(text, {start, end}))
            out << text.sliced(s.start, s.length());
        start = end + 1;
    }
    return out;
}

} // namespace

// --- abbreviations -------------------------------------------------------------------------------

TEST(Sentences, TitlesDoNotEndSentences) {
    EXPECT_SENTENCES("Mr. Smith met Dr. Jones, Mrs. Brown and Prof. Green. They talked.",
                     "Mr. Smith met Dr. Jones, Mrs. Brown and Prof. Green.", "They talked.");
}

TEST(Sentences, BritishTitlesWithoutFullStop) {
    EXPECT_SENTENCES("Mr Trump spoke to Mr Putin. Ms Jones listened.", "Mr Trump spoke to Mr Putin.",
                     "Ms Jones listened.");
}

// ICU's filter only looks through one plain space after the abbreviation.
TEST(Sentences, TitleFollowedByTwoSpacesOrNoBreakSpace) {
    EXPECT_SENTENCES(QStringLiteral("Mr.  Smith arrived. Then Mr.\u00A0Jones left."), "Mr.  Smith arrived.",
                     QStringLiteral("Then Mr.\u00A0Jones left."));
}

TEST(Sentences, RanksGovernmentTitlesAndPlaces) {
    EXPECT_SENTENCES("Gen. Valery Gerasimov met Lt. Col. John Smith and Sgt. Ann Lee in St. Petersburg. "
                     "Gov. Newsom, Sen. Sanders and Rep. Ocasio-Cortez were not there. Mt. Everest is high.",
                     "Gen. Valery Gerasimov met Lt. Col. John Smith and Sgt. Ann Lee in St. Petersburg.",
                     "Gov. Newsom, Sen. Sanders and Rep. Ocasio-Cortez were not there.",
                     "Mt. Everest is high.");
}

TEST(Sentences, MonthsVersusAndApprox) {
    EXPECT_SENTENCES("It was Oct. 5 and Jan. 6, with approx. 500 people vs. 400. Sept. 11 came later.",
                     "It was Oct. 5 and Jan. 6, with approx. 500 people vs. 400.", "Sept. 11 came later.");
}

TEST(Sentences, Initials) {
    EXPECT_SENTENCES("J. K. Rowling said. She left.", "J. K. Rowling said.", "She left.");
    EXPECT_SENTENCES("George W. Bush spoke. George H. W. Bush did not.", "George W. Bush spoke.",
                     "George H. W. Bush did not.");
    EXPECT_SENTENCES("J.K. Rowling wrote it.", "J.K. Rowling wrote it.");
}

TEST(Sentences, CapitalLetterBeforeSentenceOpenerEndsSentence) {
    EXPECT_SENTENCES("He served in World War I. The war ended. They chose Plan B. It failed.",
                     "He served in World War I.", "The war ended.", "They chose Plan B.", "It failed.");
}

TEST(Sentences, NumberAbbreviation) {
    EXPECT_SENTENCES("The school, No. 22, was hit. No. 22 School was hit. He said No. Then he left.",
                     "The school, No. 22, was hit.", "No. 22 School was hit.", "He said No.",
                     "Then he left.");
    EXPECT_SENTENCES("Nos. 3 and 4 Downing Street were hit.", "Nos. 3 and 4 Downing Street were hit.");
}

TEST(Sentences, AmPm) {
    EXPECT_SENTENCES("It began at 9 a.m. and ended at 5 p.m. on Friday.",
                     "It began at 9 a.m. and ended at 5 p.m. on Friday.");
    EXPECT_SENTENCES("It began at 9 a.m. Friday and ended at 5 p.m. The city was quiet.",
                     "It began at 9 a.m. Friday and ended at 5 p.m.", "The city was quiet.");
}

TEST(Sentences, DottedCountryAbbreviations) {
    EXPECT_SENTENCES("The call was with U.S. presidential candidate Donald Trump.",
                     "The call was with U.S. presidential candidate Donald Trump.");
    EXPECT_SENTENCES("U.S. President Joe Biden met U.K. and E.U. envoys at the U.N. Security Council.",
                     "U.S. President Joe Biden met U.K. and E.U. envoys at the U.N. Security Council.");
    EXPECT_SENTENCES("He flew to the U.S. The visit was short.", "He flew to the U.S.",
                     "The visit was short.");
    EXPECT_SENTENCES("It happened in Washington, D.C. The city was quiet.", "It happened in Washington, D.C.",
                     "The city was quiet.");
}

// ICU's English list suppresses these without a word boundary or regardless of what follows.
TEST(Sentences, IcuSuppressionsThatEndNewsSentences) {
    EXPECT_SENTENCES("He joined NATO. The alliance grew.", "He joined NATO.", "The alliance grew.");
    EXPECT_SENTENCES("It was built by SpaceX. The company said so.", "It was built by SpaceX.",
                     "The company said so.");
    EXPECT_SENTENCES("He signed the Inflation Reduction Act. The bill passed.",
                     "He signed the Inflation Reduction Act.", "The bill passed.");
    EXPECT_SENTENCES("It was founded in 79 AD. The city burned.", "It was founded in 79 AD.",
                     "The city burned.");
    EXPECT_SENTENCES("He met his brother Joe. They talked.", "He met his brother Joe.", "They talked.");
    // "Ms." matches the end of "ATMs." and "PMs.": the opener after it restores the break.
    EXPECT_SENTENCES("Thieves emptied the ATMs. The police came. Ms. Lee spoke to the PMs. They left.",
                     "Thieves emptied the ATMs.", "The police came.", "Ms. Lee spoke to the PMs.",
                     "They left.");
}

// --- numbers -------------------------------------------------------------------------------------

TEST(Sentences, NumbersDoNotBreak) {
    EXPECT_SENTENCES("The air raid ended at 9am local time. It cost $4.5bn, or 3.5% of 5,000 units. "
                     "Around 4am there was a bang.",
                     "The air raid ended at 9am local time.", "It cost $4.5bn, or 3.5% of 5,000 units.",
                     "Around 4am there was a bang.");
}

// UAX #29 keeps "dawn. 23 people" together (a full stop followed, after the number, by a lower-case
// word never breaks); news copy that starts a sentence with a figure needs the break.
TEST(Sentences, SentenceStartingWithAFigure) {
    EXPECT_SENTENCES("The strike hit at dawn. 23 people were injured.", "The strike hit at dawn.",
                     "23 people were injured.");
    EXPECT_SENTENCES("The vote was 52 to 48. 17 members abstained.", "The vote was 52 to 48.",
                     "17 members abstained.");
    EXPECT_SENTENCES("“We will rebuild.” 550 drones were launched.", "“We will rebuild.”",
                     "550 drones were launched.");
    EXPECT_SENTENCES("The total rose to 3.5 million. 1,200 of them were children.",
                     "The total rose to 3.5 million.", "1,200 of them were children.");
    // Abbreviations that stand before a number, and list numbering, do not end a sentence.
    EXPECT_SENTENCES("See Fig. 3 for the map and pp. 12-14 for the list.",
                     "See Fig. 3 for the map and pp. 12-14 for the list.");
    EXPECT_SENTENCES("It was approx. 20 km away, at No. 7 Harbour Road.",
                     "It was approx. 20 km away, at No. 7 Harbour Road.");
    EXPECT_SENTENCES("Gen. 5 units moved; Dr. 3 arrived.", "Gen. 5 units moved; Dr. 3 arrived.");
    EXPECT_SENTENCES("1. 23 people died in the first wave.", "1. 23 people died in the first wave.");
}

// --- quotes --------------------------------------------------------------------------------------

TEST(Sentences, QuoteClosingAfterFullStopStaysWithItsSentence) {
    EXPECT_SENTENCES("It identified Kyiv as the “main target of the strikes.” Air raid alerts blared.",
                     "It identified Kyiv as the “main target of the strikes.”", "Air raid alerts blared.");
    EXPECT_SENTENCES("He said \"it is over.\" Then he left.", "He said \"it is over.\"", "Then he left.");
}

TEST(Sentences, QuoteEndingInCommaThenAttributionIsOneSentence) {
    EXPECT_SENTENCES("“I didn’t make any progress with him today at all,” Mr Trump said.",
                     "“I didn’t make any progress with him today at all,” Mr Trump said.");
}

// Decision: quoted speech is split into its own sentences; the attribution stays with the last one.
TEST(Sentences, MultiSentenceQuotedSpeechSplitsIntoItsSentences) {
    EXPECT_SENTENCES("“I’m not happy about that. No, I didn’t make any progress with him today at all,” "
                     "Trump said.",
                     "“I’m not happy about that.",
                     "No, I didn’t make any progress with him today at all,” Trump said.");
    EXPECT_SENTENCES("He stressed: “Strengthened sanctions. A shift from caution to clarity. So are others.”",
                     "He stressed: “Strengthened sanctions.", "A shift from caution to clarity.",
                     "So are others.”");
}

TEST(Sentences, QuestionOrExclamationBeforeLowercaseDoesNotBreak) {
    EXPECT_SENTENCES("“Why now?” he asked. “Why?” asked Smith.", "“Why now?” he asked.",
                     "“Why?” asked Smith.");
    EXPECT_SENTENCES("Yahoo! said it would. Wow! That was it.", "Yahoo! said it would.", "Wow!",
                     "That was it.");
}

TEST(Sentences, BareAttributionAfterClosedQuoteJoinsTheQuote) {
    EXPECT_SENTENCES("“We will win.” Zelensky said. He left.", "“We will win.” Zelensky said.", "He left.");
    EXPECT_SENTENCES("“We will win.” Mr Zelensky told reporters on Friday.", "“We will win.”",
                     "Mr Zelensky told reporters on Friday.");
}

TEST(Sentences, OpeningQuoteGluedToFullStopMovesToNextSentence) {
    EXPECT_SENTENCES("The war ended.“The end” came.", "The war ended.", "“The end” came.");
}

// --- punctuation and layout ----------------------------------------------------------------------

TEST(Sentences, Ellipses) {
    EXPECT_SENTENCES("He paused... then went on. He paused... Then he left.", "He paused... then went on.",
                     "He paused...", "Then he left.");
    EXPECT_SENTENCES("He paused… then went on. He paused… Then he left. “We waited…” Then it came.",
                     "He paused… then went on.", "He paused…", "Then he left.", "“We waited…”",
                     "Then it came.");
    EXPECT_SENTENCES("“We will […] The rest is secret.”", "“We will […] The rest is secret.”");
}

TEST(Sentences, LineBreakAlwaysEndsSentence) {
    EXPECT_SENTENCES("Russia unleashes record drone barrage\nKyiv was hit overnight. Officials said so.",
                     "Russia unleashes record drone barrage", "Kyiv was hit overnight.",
                     "Officials said so.");
    EXPECT_SENTENCES(QStringLiteral("Headline one\r\nHeadline two\rThird\u2029Fourth"), "Headline one",
                     "Headline two", "Third", "Fourth");
    EXPECT_SENTENCES("He met Mr.\nSmith left.", "He met Mr.", "Smith left.");
}

TEST(Sentences, Brackets) {
    EXPECT_SENTENCES("I counted the Shaheds [Iranian-made drones]. There were so many.",
                     "I counted the Shaheds [Iranian-made drones].", "There were so many.");
    EXPECT_SENTENCES("(It was late.) Then he left.", "(It was late.)", "Then he left.");
}

TEST(Sentences, SentencesGluedWithoutSpace) {
    EXPECT_SENTENCES("Officials said.The attack continued.", "Officials said.", "The attack continued.");
    EXPECT_SENTENCES("See example.com or write to john.Smith@example.com. It runs on ASP.NET today.",
                     "See example.com or write to john.Smith@example.com.", "It runs on ASP.NET today.");
}

TEST(Sentences, PiecesWithoutWordsAreNotSentences) {
    EXPECT_SENTENCES("He left. –", "He left. –");
    EXPECT_TRUE(sentencesOf("* * *").isEmpty());
    EXPECT_TRUE(sentencesOf("   \n\t\n").isEmpty());
}

// --- contract ------------------------------------------------------------------------------------

TEST(SentencesContract, SpansAreTrimmedInsideRegionAndAbsolute) {
    const QString text =
        QStringLiteral("IGNORED. First one.  Second one?\u00A0 Third!\n\n  Fourth  ALSO IGNORED.");
    const qsizetype start = text.indexOf(u"First");
    const qsizetype end = text.indexOf(u"ALSO");
    const std::vector<Span> spans = segmenter().split(text, {start, end});
    expectWellFormed(text, {start, end}, spans);
    QStringList got;
    for (Span s : spans)
        got << text.sliced(s.start, s.length());
    EXPECT_EQ(got, (QStringList{"First one.", "Second one?", "Third!", "Fourth"}));
}

TEST(SentencesContract, EmptyBlankAndOutOfRangeRegions) {
    const QString text = QStringLiteral("One. Two.");
    EXPECT_TRUE(segmenter().split(text, {3, 3}).empty());
    EXPECT_TRUE(segmenter().split(text, {4, 5}).empty());
    EXPECT_TRUE(segmenter().split(QString(), {0, 0}).empty());
    const std::vector<Span> clamped = segmenter().split(text, {-5, 100});
    ASSERT_EQ(clamped.size(), 2u);
    EXPECT_EQ(clamped[1], (Span{5, 9}));
}

TEST(SentencesContract, CharactersOutsideTheBasicPlane) {
    const QString text = QStringLiteral("Great news \U0001F600. Next \U0001D400\U0001D401 here.");
    EXPECT_SENTENCES(text, QStringLiteral("Great news \U0001F600."),
                     QStringLiteral("Next \U0001D400\U0001D401 here."));
}

TEST(SentencesContract, ConcurrentCallsAgreeWithSequentialOnes) {
    const QString text =
        QStringLiteral("Mr. Smith met J. K. Rowling. “Why?” he asked. No. 22 School was hit.\n"
                       "The U.S. The U.K. officials said so… Then they left.");
    const std::vector<Span> expected = segmenter().split(text, {0, text.size()});
    SentenceSegmenter other; // a second instance on the same threads swaps the per-thread clone
    std::vector<std::thread> threads;
    std::atomic<int> mismatches{0};
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 200; ++i) {
                const SentenceSegmenter& s = (i % 3 == 0) ? other : segmenter();
                if (s.split(text, {0, text.size()}) != expected)
                    ++mismatches;
            }
        });
    }
    for (std::thread& t : threads)
        t.join();
    EXPECT_EQ(mismatches.load(), 0);
}

// --- the seed corpus -----------------------------------------------------------------------------

// Counts and boundaries below were checked by reading every sentence of the five seeds.
TEST(SentencesSeeds, EverySeedReadsRight) {
    PARALLAX_REQUIRE_SEEDS();
    const std::map<QString, int> expectedCounts{
        {"000", 68}, {"001", 32}, {"002", 44}, {"003", 25}, {"004", 19}};
    for (const auto& [prefix, count] : expectedCounts) {
        const QString text = readSeed(prefix);
        ASSERT_FALSE(text.isEmpty()) << prefix.toStdString();
        const QStringList sentences = seedSentences(text);
        EXPECT_EQ(sentences.size(), count) << prefix.toStdString() << show(sentences);

        // Splitting the whole file at once gives the same sentences: line breaks end them anyway.
        const std::vector<Span> whole = segmenter().split(text, {0, text.size()});
        expectWellFormed(text, {0, text.size()}, whole);
        QStringList wholeText;
        for (Span s : whole)
            wholeText << text.sliced(s.start, s.length());
        EXPECT_EQ(wholeText, sentences) << prefix.toStdString();
    }
}

TEST(SentencesSeeds, Guardian000) {
    PARALLAX_REQUIRE_SEEDS();
    const QStringList s = seedSentences(readSeed("000"));
    for (const char* expected : {
             "The air raid ended at 9am local time, leaving a thick pall of choking black smoke over the "
             "city.",
             "Fourteen were taken to hospital.",
             "Blasts damaged apartment blocks, cars and warehouses.",
             "“I’m not happy about that.",
             "No, I didn’t make any progress with him today at all,” Trump said.",
             "“It was a terrible night.",
             "It’s roulette.",
             "You don’t know where the drones will land,” said Yaroslava Savchenko, a teacher.",
             "She spent the night sheltering in the corridor of her home and cradling her terrified cat.",
             "“I counted the Shaheds [Iranian-made drones].",
             "Around 4am there was a massive bang.",
             "In the morning I left footprints like Santa,” she said.",
             "“There must be consequences – not eventually, but now,” Zelenskyy said.",
             "So are others.”",
             "On Friday, volunteers and pupils were sweeping up debris from their school, number 22, which "
             "was "
             "damaged during the attack.",
             "According to the Ukrainian air force, 72 out of 550 drones and missiles hit their targets in "
             "Thursday’s raid.",
         })
        EXPECT_TRUE(s.contains(QString::fromUtf8(expected))) << expected << show(s);
}

TEST(SentencesSeeds, Wire001) {
    PARALLAX_REQUIRE_SEEDS();
    const QStringList s = seedSentences(readSeed("001"));
    for (const char* expected : {
             "The strikes came shortly after a phone call between U.S. presidential candidate Donald Trump "
             "and "
             "Russian President Vladimir Putin.",
             "He appealed to international partners, particularly the U.S., to step up sanctions and "
             "pressure "
             "on Moscow.",
             "Trump, addressing the issue, stated that the U.S. is still providing weapons and blamed "
             "President "
             "Joe Biden for depleting U.S. stockpiles by sending too many arms to Ukraine.",
             "“I’m very disappointed.",
             "I don’t think he’s ready to stop,” he said.",
         })
        EXPECT_TRUE(s.contains(QString::fromUtf8(expected))) << expected << show(s);
}

TEST(SentencesSeeds, Reprint002) {
    PARALLAX_REQUIRE_SEEDS();
    const QStringList s = seedSentences(readSeed("002"));
    for (const char* expected : {
             "The air raid ended at 9am local time.",
             "A thick pall of choking black smoke hung over the city.",
             "No, I didn’t make any progress with him today at all,” Mr Trump said.",
             "One senior Ukrainian official suggested that Mr Trump’s apparent strategy of appeasing Mr "
             "Putin "
             "was not working.",
             "Mr Putin treated these conversations as “an opportunity to publicly humiliate the other side’s "
             "reputation”.",
             "It was a “way to demonstrate his [Putin’s] boundlessness and willingness to kill ever more "
             "brazenly,” Mr Podolyak posted on social media.",
             "He stressed: “Strengthened sanctions.",
         })
        EXPECT_TRUE(s.contains(QString::fromUtf8(expected))) << expected << show(s);
}

TEST(SentencesSeeds, Wire003) {
    PARALLAX_REQUIRE_SEEDS();
    const QStringList s = seedSentences(readSeed("003"));
    for (const char* expected : {
             "Air raid alerts blared for over eight hours as multiple waves of attacks targeted Kyiv, which "
             "the "
             "air force, via the Telegram messaging app, identified as the “main target of the strikes.”",
             "Ukrainian President Volodymyr Zelensky condemned what he described as one of the war’s most "
             "“demonstratively significant and cynical” attacks, characterizing it as a “harsh, sleepless "
             "night.”",
             "Noting that the assault immediately followed Putin’s call with Trump, Zelensky added in a "
             "Telegram post: “Russia once again demonstrates that it does not intend to end the war.”",
             "“I’m just saying I don’t think he’s looking to stop, and that’s too bad.”",
             "Also Read: Russia unleashes record drone and missile barrage on Ukraine",
         })
        EXPECT_TRUE(s.contains(QString::fromUtf8(expected))) << expected << show(s);
}

TEST(SentencesSeeds, Wire004) {
    PARALLAX_REQUIRE_SEEDS();
    const QStringList s = seedSentences(readSeed("004"));
    for (const char* expected : {
             "“Absolutely horrible and sleepless night in Kyiv.",
             "One of the worst so far,” said Ukraine’s Minister of Foreign Affairs Andrii Sybiha.",
             "Earlier this week Ukraine’s foreign minister said that in June alone, Russia launched over 330 "
             "missiles, including nearly 80 ballistic missiles, 5,000 combat drones, and 5,000 gliding bombs "
             "against Ukraine.",
             "According to Kyiv city and military authorities, the 13-hour attack left at least 23 persons "
             "injured.",
         })
        EXPECT_TRUE(s.contains(QString::fromUtf8(expected))) << expected << show(s);
}
