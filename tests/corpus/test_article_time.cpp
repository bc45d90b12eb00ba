// Publication moments: timestamp lines of plain text, metadata values of HTML and Markdown, and
// the Document::published they give. Every text here is written for the test, in the shapes
// real news files carry.
#include "corpus/ArticleTime.h"
#include "corpus/DocumentBuilder.h"
#include "corpus/FileClassifier.h"
#include "corpus/HtmlExtractor.h"
#include "corpus/MarkdownText.h"
#include "corpus/PlainTextMetadata.h"
#include "text/SentenceSegmenter.h"

#include <gtest/gtest.h>

using namespace parallax;

namespace {

// The moment a line that is only a timestamp gives, resolved as the loader resolves it.
QString momentOf(QStringView line) {
    const auto stamps = parseTimestampLine(line);
    if (!stamps)
        return QStringLiteral("<not a timestamp>");
    const ArticleMoments m = resolveTimestamps(*stamps);
    return versionMoment(m.published, m.updated);
}

Document buildText(const QString& text, ArticleFormat format = ArticleFormat::Text) {
    static const SentenceSegmenter segmenter;
    Document doc;
    buildDocument(doc, text, format, segmenter, true);
    return doc;
}

bool anySentenceContains(const Document& d, const QString& needle) {
    for (size_t i = 0; i < d.sentences.size(); ++i)
        if (d.sentenceText(int(i)).contains(needle))
            return true;
    return false;
}

} // namespace

TEST(ArticleTime, TheFormsOfTheBrief) {
    EXPECT_EQ(momentOf(u"Last Updated: Monday, 28 November 2005, 02:24 GMT"), "2005-11-28T02:24Z");
    // 3:15 p.m. Eastern in December is EST (UTC-5).
    EXPECT_EQ(momentOf(u"Updated 3:15 p.m. ET, Sun December 14, 2008"), "2008-12-14T20:15Z");
    EXPECT_EQ(momentOf(u"Published: 12/14/2008 10:37 AM"), "2008-12-14T10:37");
    EXPECT_EQ(momentOf(u"Posted on Sat, Dec. 13, 2008"), "2008-12-13");
    EXPECT_EQ(momentOf(u"Dec 14, 2008 4:07 PM EST"), "2008-12-14T21:07Z");
}

TEST(ArticleTime, DateForms) {
    EXPECT_EQ(momentOf(u"May 03,2013"), "2013-05-03");
    EXPECT_EQ(momentOf(u"May 3rd, 2013"), "2013-05-03");
    EXPECT_EQ(momentOf(u"THURSDAY, DECEMBER 3,2009"), "2009-12-03");
    EXPECT_EQ(momentOf(u"Wednesday, 04 April 2012"), "2012-04-04");
    EXPECT_EQ(momentOf(u"Fri., May. 3,2013"), "2013-05-03");
    EXPECT_EQ(momentOf(u"Sat Nov 12 2011"), "2011-11-12");
    EXPECT_EQ(momentOf(u"published: 2012 - 04-04"), "2012-04-04");
    EXPECT_EQ(momentOf(u"Published: 2012.08.08"), "2012-08-08");
    EXPECT_EQ(momentOf(u"Article posted on 08.07.2012"), "2012-07-08"); // dots: day first
    EXPECT_EQ(momentOf(u"27 / 09 / 2013"), "2013-09-27");               // 27 can only be a day
    EXPECT_EQ(momentOf(u"11 / 30 / 09"), "2009-11-30");                 // 30 can only be a day
}

TEST(ArticleTime, TimeForms) {
    EXPECT_EQ(momentOf(u"May 2,2013 | 5:03pm"), "2013-05-02T17:03");
    EXPECT_EQ(momentOf(u"May 2,2013 1:35 pm."), "2013-05-02T13:35");
    EXPECT_EQ(momentOf(u"MAY 3,2013 AT 1:10PM"), "2013-05-03T13:10");
    EXPECT_EQ(momentOf(u"May 2,2013,12:50 PM"), "2013-05-02T12:50");
    EXPECT_EQ(momentOf(u"May 2,2013,12:10 AM"), "2013-05-02T00:10");
    EXPECT_EQ(momentOf(u"on Jul 7 2012,5:55p"), "2012-07-07T17:55");
    EXPECT_EQ(momentOf(u"First Posted 23:37:00 05 / 05 / 2010"), "2010-05-05T23:37");
    EXPECT_EQ(momentOf(u"Sat Nov 12 2011,01:19 hrs"), "2011-11-12T01:19");
    EXPECT_EQ(momentOf(u"on Tuesday, 16 December 2008 13:45."), "2008-12-16T13:45");
    EXPECT_EQ(momentOf(u"12 January 2010 @ 09:29 pm"), "2010-01-12T21:29");
}

TEST(ArticleTime, ZonesAreConvertedToUtc) {
    EXPECT_EQ(momentOf(u"PUBLISHED: 22:07 GMT, 7 July 2012"), "2012-07-07T22:07Z");
    EXPECT_EQ(momentOf(u"12:52 p. m. EDT May 2,2013"), "2013-05-02T16:52Z");
    EXPECT_EQ(momentOf(u"8:13 AM PDT 8 / 2 / 2013"), "2013-08-02T15:13Z"); // PDT: month first
    EXPECT_EQ(momentOf(u"May 3,2013 at 7:31 AM ET"), "2013-05-03T11:31Z"); // ET in May is EDT
    EXPECT_EQ(momentOf(u"Wed May 5,2010 7:12pm BST"), "2010-05-05T18:12Z");
    EXPECT_EQ(momentOf(u"7:00pm UK, Wednesday 05 May 2010"), "2010-05-05T18:00Z"); // UK in May: BST
    EXPECT_EQ(momentOf(u"Updated Thu 6 May 2010,9:03am AEST"), "2010-05-05T23:03Z");
    EXPECT_EQ(momentOf(u"Updated: November 11,2011 20:09 IST"), "2011-11-11T14:39Z");
    EXPECT_EQ(momentOf(u"26 September 2013,10:00 (GMT+05:00)"), "2013-09-26T05:00Z");
    EXPECT_EQ(momentOf(u"Posted on November 15,2011 6:07:15 PM GMT+01:0"), "2011-11-15T17:07Z");
    EXPECT_EQ(momentOf(u"TNN Nov 12,2011,05.51AM IST MUMBAI:"), "2011-11-12T00:21Z");
    EXPECT_EQ(momentOf(u"Story Created: Aug 7,2012 at 9:56 AM AKDT"), "2012-08-07T17:56Z");
    // The US changed its daylight-saving dates in 2007: 1 November 2006 was already EST.
    EXPECT_EQ(momentOf(u"November 1, 2006 9:00 AM ET"), "2006-11-01T14:00Z");
    EXPECT_EQ(momentOf(u"November 1, 2007 9:00 AM ET"), "2007-11-01T13:00Z");
}

TEST(ArticleTime, AmbiguousOrIncompleteDatesAreNotGuessed) {
    // Day and month could be swapped and nothing says which: no date (the time stays unplaced).
    EXPECT_EQ(momentOf(u"05 / 02 / 2013"), "");
    EXPECT_EQ(momentOf(u"8 / 2 / 13 at 1:30 PM"), "");
    // A US zone says month first; a British one day first.
    EXPECT_EQ(momentOf(u"UPDATED 05 / 03 / 2013 at 11:00 AM EDT"), "2013-05-03T15:00Z");
    EXPECT_EQ(momentOf(u"05/03/2013 11:00 GMT"), "2013-03-05T11:00Z");
    // No year: a timestamp (so boilerplate) but no moment.
    EXPECT_EQ(momentOf(u"Jul. 7 5:59 PM EDT"), "");
    EXPECT_EQ(momentOf(u"2025-13-45"), "");
}

TEST(ArticleTime, UpdatesAndPublicationInOneLine) {
    EXPECT_EQ(momentOf(u"21 July 2013 Last updated at 11:11 GMT"), "2013-07-21T11:11Z");
    EXPECT_EQ(momentOf(u"Friday, Sep 10,2010 | Updated 8:52 PM EDT"), "2010-09-11T00:52Z");
    const auto stamps = parseTimestampLine(u"Posted: 04 / 19 / 2012 8:33 am Updated: 04 / 19 / 2012 9:10 am");
    ASSERT_TRUE(stamps);
    ASSERT_EQ(stamps->size(), 2u);
    EXPECT_FALSE((*stamps)[0].update);
    EXPECT_TRUE((*stamps)[1].update);
    const ArticleMoments m = resolveTimestamps(*stamps);
    EXPECT_EQ(m.published, "2012-04-19T08:33");
    EXPECT_EQ(m.updated, "2012-04-19T09:10");
    EXPECT_EQ(m.date, "2012-04-19");
}

TEST(ArticleTime, TheVersionIsTheUpdateOnlyWithinThreeDays) {
    EXPECT_EQ(versionMoment("2013-05-02T17:32Z", "2013-05-03T13:56Z"), "2013-05-03T13:56Z");
    EXPECT_EQ(versionMoment("2013-05-02", "2013-05-02T13:56Z"), "2013-05-02T13:56Z");
    EXPECT_EQ(versionMoment("2013-05-02T17:32Z", "2013-09-30T08:00Z"), "2013-05-02T17:32Z"); // a later edit
    EXPECT_EQ(versionMoment("2013-05-02T17:32Z", "2013-05-01T08:00Z"), "2013-05-02T17:32Z"); // nonsense
    EXPECT_EQ(versionMoment("", "2013-05-01T08:00Z"), "2013-05-01T08:00Z");
    EXPECT_EQ(versionMoment("2013-05-02", ""), "2013-05-02");
}

TEST(ArticleTime, ProseIsNotATimestamp) {
    for (const char16_t* line :
         {u"The fire broke out at 9:40 p.m. Friday.", u"On Friday",
          u"Posted 1 year, 160 days ago [downloaded on 2 October 2013]",
          u"Ellen DeGeneres to host Oscars in 2014", u"Updated", u"May the best team win on May 3, 2013",
          u"GRANDMOTHER KILLED BY DRUNK DRIVER IN HIT - AND - RUN ACCIDENT DA SAYS SEPTEMBER 19,2013"})
        EXPECT_FALSE(parseTimestampLine(QStringView(line))) << QString::fromUtf16(line).toStdString();
}

TEST(ArticleTime, MetadataValues) {
    EXPECT_EQ(normaliseMoment(u"2025-07-04T09:15:00+01:00"), "2025-07-04T08:15Z");
    EXPECT_EQ(normaliseMoment(u"2025-07-04T23:30:00-05:00"), "2025-07-05T04:30Z");
    EXPECT_EQ(normaliseMoment(u"2025-07-04T09:15:00.000Z"), "2025-07-04T09:15Z");
    EXPECT_EQ(normaliseMoment(u"2025-07-04T09:15"), "2025-07-04T09:15");
    EXPECT_EQ(normaliseMoment(u"2025-07-04"), "2025-07-04");
    EXPECT_EQ(normaliseMoment(u"Fri, 04 Jul 2025 09:15:00 GMT"), "2025-07-04T09:15Z");
    EXPECT_EQ(normaliseMoment(u"Fri, 04 Jul 2025 09:15:00 +0200"), "2025-07-04T07:15Z");
    EXPECT_EQ(normaliseMoment(u"no date"), "");
}

TEST(ArticleTime, PlainTextArticleGetsItsMomentAndKeepsTheLineOutOfSentences) {
    const Document d = buildText(QStringLiteral(
        "Toll rises to 1,600 after the quake\n\nSource: example.org\n\n"
        "Last Updated: Monday, 28 November 2005, 02:24 GMT\n\n"
        "The death toll rose to 1,600 on Monday, officials said. Rescue teams worked through the night.\n"));
    EXPECT_EQ(d.date, "2005-11-28");
    EXPECT_EQ(d.published, "2005-11-28T02:24Z");
    EXPECT_FALSE(anySentenceContains(d, "Last Updated"));
    EXPECT_FALSE(anySentenceContains(d, "02:24"));
    bool metadata = false;
    for (const Boilerplate& b : d.boilerplate)
        metadata =
            metadata || (b.kind == BoilerplateKind::Metadata && d.textOf(b.span).startsWith(u"Last Updated"));
    EXPECT_TRUE(metadata);
    EXPECT_EQ(d.title, "Toll rises to 1,600 after the quake");
    EXPECT_EQ(d.source, "example.org"); // a "Source: host" line is metadata too
    EXPECT_FALSE(anySentenceContains(d, "example.org"));
}

TEST(ArticleTime, ATimeOnTheLineBelowTakesTheDateAbove) {
    const Document d =
        buildText(QStringLiteral("Champion keeps his belts\n\n7 July 2012\n\nLast updated at 22:46 GMT\n\n"
                                 "The champion won in the sixth round on Saturday night.\n"));
    EXPECT_EQ(d.date, "2012-07-07");
    EXPECT_EQ(d.published, "2012-07-07T22:46Z");
    EXPECT_FALSE(anySentenceContains(d, "22:46"));
}

TEST(ArticleTime, PublishedThenUpdatedLinesGiveTheUpdate) {
    const Document d =
        buildText(QStringLiteral("Actress checks into clinic\n\n"
                                 "PUBLISHED: THURSDAY, MAY 2,2013,1:32 PM\n\n"
                                 "UPDATED: FRIDAY, MAY 3,2013,9:56 AM\n\n"
                                 "The actress checked into the clinic late on Thursday, her lawyer said.\n"));
    EXPECT_EQ(d.date, "2013-05-02"); // the publication day, as before
    EXPECT_EQ(d.published, "2013-05-03T09:56");
}

TEST(ArticleTime, DatelinePlaceBeforeTheDate) {
    const Document d =
        buildText(QStringLiteral("Rule restored\n\nWASHINGTON, DC, April 28,2009\n\n"
                                 "The administration today revoked a rule, officials said.\n"));
    EXPECT_EQ(d.date, "2009-04-28");
    EXPECT_EQ(d.published, "2009-04-28");
    EXPECT_FALSE(anySentenceContains(d, "April 28"));
}

TEST(ArticleTime, OlderDateLinesStillWork) {
    const Document d =
        buildText(QStringLiteral(" date 2025-07-04 Flames rise over the city. Photograph: A/B\n\n"
                                 "The attack lasted seven hours, officials said.\n"));
    EXPECT_EQ(d.date, "2025-07-04");
    EXPECT_EQ(d.published, "2025-07-04");
}

TEST(ArticleTime, MarkdownFrontMatter) {
    const MarkdownArticle md =
        readMarkdownArticle(u"---\ntitle: Toll rises\ndate: 2008-12-14T10:37:00-05:00\nupdated: "
                            u"2008-12-14T16:07:00-05:00\n---\n\nText.\n");
    EXPECT_EQ(md.date, "2008-12-14");
    EXPECT_EQ(md.published, "2008-12-14T21:07Z");
    const MarkdownArticle plain = readMarkdownArticle(u"---\ndate: 2026-03-14\n---\n\nText.\n");
    EXPECT_EQ(plain.published, "2026-03-14");
    const Document d = buildText(
        QStringLiteral("---\npublished: \"2008-12-14 10:37\"\n---\n\n# Toll rises\n\nThe toll rose.\n"),
        ArticleFormat::Markdown);
    EXPECT_EQ(d.published, "2008-12-14T10:37");
}

TEST(ArticleTime, HtmlMetaTagsAndModifiedTime) {
    const HtmlArticle a = extractHtmlArticle(QStringLiteral(
        "<html><head><meta property=\"article:published_time\" content=\"2008-12-14T10:37:00-05:00\">"
        "<meta property=\"article:modified_time\" content=\"2008-12-14T16:07:00-05:00\"></head>"
        "<body><article><h1>Toll rises</h1><p>The toll rose to 1,600 on Sunday, officials said.</p></article>"
        "</body></html>"));
    EXPECT_EQ(a.date, "2008-12-14");
    EXPECT_EQ(a.published, "2008-12-14T21:07Z");
}

TEST(ArticleTime, HtmlJsonLdAndTimeElement) {
    const HtmlArticle ld = extractHtmlArticle(QStringLiteral(
        "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Toll "
        "rises\","
        " \"datePublished\": \"2005-11-28T02:24:00Z\", \"dateModified\": "
        "\"2005-11-28T09:10:00Z\"}</script></head>"
        "<body><article><p>The toll rose to 1,600 on Monday, officials said.</p></article></body></html>"));
    EXPECT_EQ(ld.published, "2005-11-28T09:10Z");
    const HtmlArticle time = extractHtmlArticle(
        QStringLiteral("<html><body><article><p><time datetime=\"2005-11-28T03:24+01:00\">28 Nov</time></p>"
                       "<p>The toll rose to 1,600 on Monday, officials said.</p></article></body></html>"));
    EXPECT_EQ(time.date, "2005-11-28");
    EXPECT_EQ(time.published, "2005-11-28T02:24Z");
}
