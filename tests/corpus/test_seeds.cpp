// The real seed corpus (../shared/corpus/kyiv-2025-07-04) and the bundled sample, read through the
// loader: metadata, boilerplate and sentences a reader would agree with.
#include "corpus/CorpusLoader.h"

#include "SharedCorpus.h"

#include <gtest/gtest.h>

using namespace parallax;

namespace {

Corpus loadFolder(const QString& folder) {
    const std::atomic_bool cancel{false};
    return loadCorpus(folder, {}, cancel);
}

const Document& byId(const Corpus& c, const QString& id) {
    for (const Document& d : c.documents)
        if (d.id == id)
            return d;
    ADD_FAILURE() << "no document " << id.toStdString();
    static const Document none;
    return none;
}

std::vector<QString> boilerplateOfKind(const Document& d, BoilerplateKind kind) {
    std::vector<QString> out;
    for (const Boilerplate& b : d.boilerplate)
        if (b.kind == kind)
            out.push_back(d.textOf(b.span).toString());
    return out;
}

bool anySentenceContains(const Document& d, const QString& needle) {
    for (size_t i = 0; i < d.sentences.size(); ++i)
        if (d.sentenceText(int(i)).contains(needle))
            return true;
    return false;
}

} // namespace

TEST(Seeds, FiveDocumentsWithFileNameIds) {
    PARALLAX_REQUIRE_SEEDS();
    const Corpus c = loadFolder(test::seedCorpusDir());
    ASSERT_EQ(c.documents.size(), 5u);
    EXPECT_TRUE(c.skipped.empty());
    EXPECT_EQ(c.documents[0].id, "000_5aa5958f3505b684");
    EXPECT_EQ(c.documents[4].id, "004_904c5b1b71004dbd");
    for (const Document& d : c.documents) {
        EXPECT_EQ(d.encoding, "UTF-8");
        EXPECT_GT(d.sentences.size(), 10u) << d.id.toStdString();
        EXPECT_EQ(d.sha256.size(), 64);
    }
}

TEST(Seeds, IrishTimesReprintDateLineAndCaptionsAreBoilerplate) {
    PARALLAX_REQUIRE_SEEDS();
    const Corpus c = loadFolder(test::seedCorpusDir());
    const Document& d = byId(c, "002_d9bb819380e31bd8");
    EXPECT_EQ(d.date, "2025-07-04");
    EXPECT_EQ(d.attribution, "Guardian");
    EXPECT_TRUE(d.source.isEmpty()) << "the closing credit names the original outlet, not the publisher";

    const auto metadata = boilerplateOfKind(d, BoilerplateKind::Metadata);
    ASSERT_EQ(metadata.size(), 1u);
    EXPECT_EQ(metadata[0], "date 2025-07-04");
    const auto captions = boilerplateOfKind(d, BoilerplateKind::Caption);
    ASSERT_EQ(captions.size(), 2u);
    EXPECT_TRUE(captions[0].startsWith("Flames and smoke billow"));
    EXPECT_TRUE(captions[0].endsWith("via Getty Images"));
    EXPECT_TRUE(captions[1].startsWith("Residents console each other"));
    EXPECT_TRUE(captions[1].endsWith("Andrew Kravchenko/Bloomberg"));

    for (const QString& needle : {QStringLiteral("Photograph"), QStringLiteral("Getty"),
                                  QStringLiteral("date 2025"), QStringLiteral("– Guardian")})
        EXPECT_FALSE(anySentenceContains(d, needle)) << needle.toStdString();
    EXPECT_TRUE(d.sentenceText(0).startsWith(u"Ukraine has accused Vladimir Putin"));
    EXPECT_TRUE(d.sentenceText(int(d.sentences.size()) - 1).endsWith(u"said on Telegram early on Friday."));
}

TEST(Seeds, WireDatelineAndAlsoReadAreBoilerplate) {
    PARALLAX_REQUIRE_SEEDS();
    const Corpus c = loadFolder(test::seedCorpusDir());
    const Document& d = byId(c, "003_d4585d1c7187f9d6");
    EXPECT_EQ(d.dateline, "KYIV, Ukraine");
    EXPECT_TRUE(d.sentenceText(0).startsWith(u"A thick pall of acrid smoke"));
    const auto related = boilerplateOfKind(d, BoilerplateKind::Related);
    ASSERT_EQ(related.size(), 1u);
    EXPECT_TRUE(related[0].startsWith("Also Read:"));
    EXPECT_FALSE(anySentenceContains(d, QStringLiteral("Also Read")));
}

TEST(Seeds, ArticlesWithoutHeadlineGetATitleFromTheirFirstSentence) {
    PARALLAX_REQUIRE_SEEDS();
    const Corpus c = loadFolder(test::seedCorpusDir());
    const Document& d = byId(c, "000_5aa5958f3505b684");
    EXPECT_TRUE(d.titleFromText);
    EXPECT_TRUE(d.title.startsWith("Ukraine has accused Vladimir Putin"));
    EXPECT_TRUE(d.boilerplate.empty()) << "000 is clean prose";
    EXPECT_EQ(d.paragraphs.size(), 27u) << "one paragraph per line";
}

TEST(Samples, EveryFormatGivesItsMetadata) {
    const Corpus c = loadFolder(test::sampleCorpusDir());
    ASSERT_EQ(c.documents.size(), 5u);
    EXPECT_TRUE(c.skipped.empty());

    const Document& courier = byId(c, "velmouth-courier");
    EXPECT_FALSE(courier.titleFromText);
    EXPECT_TRUE(courier.title.startsWith("Night watchman killed"));
    EXPECT_EQ(courier.date, "2026-03-14");

    const Document& reprint = byId(c, "eastern-standard");
    EXPECT_EQ(reprint.attribution, "Velmouth Courier");
    EXPECT_EQ(boilerplateOfKind(reprint, BoilerplateKind::Caption).size(), 2u);
    EXPECT_FALSE(anySentenceContains(reprint, QStringLiteral("Pressfoto")));
    EXPECT_TRUE(anySentenceContains(reprint, QStringLiteral("The fire was reported shortly before 1am")));

    const Document& html = byId(c, "bayline-daily");
    EXPECT_EQ(html.format, "html");
    EXPECT_EQ(html.source, "Bayline Daily");
    EXPECT_EQ(html.date, "2026-03-14");
    EXPECT_FALSE(anySentenceContains(html, QStringLiteral("newsletter")));

    const Document& md = byId(c, "morning-dispatch");
    EXPECT_EQ(md.format, "markdown");
    EXPECT_EQ(md.source, "Morning Dispatch");
    EXPECT_EQ(md.dateline, "VELMOUTH, Caddoran");
    EXPECT_FALSE(anySentenceContains(md, QStringLiteral("---")));
    EXPECT_FALSE(anySentenceContains(md, QStringLiteral("Sign up")));

    const Document& crlf = byId(c, "caddoran-sentinel");
    EXPECT_FALSE(crlf.text.contains(u'\r'));
    EXPECT_FALSE(crlf.dateline.isEmpty());
}

// Every seed article that states when it was published gets that date. Only 002 (the Irish Times
// reprint, "date 2025-07-04") states one: the other four carry no date or time anywhere in their
// text (only weekdays: "on Friday morning"), so they must stay without one rather than get a guess.
TEST(Seeds, EveryArticleThatStatesADateGetsIt) {
    PARALLAX_REQUIRE_SEEDS();
    const Corpus c = loadFolder(test::seedCorpusDir());
    ASSERT_EQ(c.documents.size(), 5u);
    for (const Document& d : c.documents) {
        if (d.id.startsWith(u"002")) {
            EXPECT_EQ(d.date, "2025-07-04");
            EXPECT_EQ(d.published, "2025-07-04");
        } else {
            EXPECT_TRUE(d.date.isEmpty())
                << d.id.toStdString() << " states no date, got " << d.date.toStdString();
            EXPECT_TRUE(d.published.isEmpty()) << d.id.toStdString();
        }
    }
}

TEST(Samples, PublicationMomentsOfEveryFormat) {
    const Corpus c = loadFolder(test::sampleCorpusDir());
    EXPECT_EQ(byId(c, "bayline-daily").published, "2026-03-14T15:30Z"); // article:published_time
    EXPECT_EQ(byId(c, "morning-dispatch").published, "2026-03-14");     // front matter date
    EXPECT_EQ(byId(c, "velmouth-courier").published, "2026-03-14");     // "date 2026-03-14"
    EXPECT_TRUE(byId(c, "caddoran-sentinel").published.isEmpty());      // states none
}
