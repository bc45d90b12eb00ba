#include "corpus/PlainTextMetadata.h"

#include <gtest/gtest.h>

using namespace parallax;

namespace {

Span whole(const QString& s) {
    return {0, s.size()};
}
QString cut(const QString& s, Span span) {
    return s.mid(span.start, span.length());
}

} // namespace

TEST(Metadata, ParsesTheDateFormsArticlesUse) {
    EXPECT_EQ(parseArticleDate(u"2025-07-04"), "2025-07-04");
    EXPECT_EQ(parseArticleDate(u"2025-07-04T08:30:00Z"), "2025-07-04");
    EXPECT_EQ(parseArticleDate(u"July 4, 2025"), "2025-07-04");
    EXPECT_EQ(parseArticleDate(u"Friday 4 July 2025"), "2025-07-04");
    EXPECT_EQ(parseArticleDate(u"4th July 2025"), "2025-07-04");
    EXPECT_EQ(parseArticleDate(u"Sept. 12, 2024"), "2024-09-12");
    EXPECT_EQ(parseArticleDate(u"2025-13-45"), "");
    EXPECT_EQ(parseArticleDate(u"no date here"), "");
}

TEST(Metadata, DateLineGluedToTheNextTextCoversOnlyTheDate) {
    const QString p =
        QStringLiteral("date 2026-01-09 Crowds gather outside the court on Friday. Photograph: A/B");
    QString kind;
    const auto field = findMetadataLine(p, whole(p), &kind);
    ASSERT_TRUE(field);
    EXPECT_EQ(kind, "date");
    EXPECT_EQ(field->value, "2026-01-09");
    EXPECT_EQ(cut(p, field->span.span), "date 2026-01-09");
    EXPECT_EQ(field->span.kind, BoilerplateKind::Metadata);
}

TEST(Metadata, PublishedSourceAndBylineLines) {
    QString kind;
    const QString published = QStringLiteral("Published: 14 March 2026");
    auto field = findMetadataLine(published, whole(published), &kind);
    ASSERT_TRUE(field);
    EXPECT_EQ(kind, "date");
    EXPECT_EQ(field->value, "2026-03-14");

    const QString source = QStringLiteral("Source: The Velmouth Courier");
    field = findMetadataLine(source, whole(source), &kind);
    ASSERT_TRUE(field);
    EXPECT_EQ(kind, "source");
    EXPECT_EQ(field->value, "The Velmouth Courier");

    const QString byline = QStringLiteral("By Jane Roe and Sam O’Neill");
    field = findMetadataLine(byline, whole(byline), &kind);
    ASSERT_TRUE(field);
    EXPECT_EQ(kind, "byline");
    EXPECT_EQ(field->value, "Jane Roe and Sam O’Neill");

    const QString staff = QStringLiteral("By Harbour Post staff, with Norrow News Agency · 14 March 2026");
    field = findMetadataLine(staff, whole(staff), &kind);
    ASSERT_TRUE(field);
    EXPECT_EQ(kind, "byline");
    EXPECT_EQ(field->value, "Harbour Post staff");
    EXPECT_EQ(field->span.span, whole(staff));
}

TEST(Metadata, ProseStartingWithMetadataWordsIsNotMetadata) {
    QString kind;
    const QString a = QStringLiteral("Dated buildings collapsed first, officials said.");
    const QString b = QStringLiteral("By the morning, 17 people had been taken to hospital.");
    const QString c =
        QStringLiteral("Source: officials said the fire started at 1am and spread quickly across the quay.");
    EXPECT_FALSE(findMetadataLine(a, whole(a), &kind));
    EXPECT_FALSE(findMetadataLine(b, whole(b), &kind));
    EXPECT_FALSE(findMetadataLine(c, whole(c), &kind)) << "a long prose sentence is not a source line";
}

TEST(Metadata, HeadlinesHaveNoClosingStopAndAreShort) {
    EXPECT_TRUE(looksLikeHeadline(u"Night watchman killed as blast tears through warehouse"));
    EXPECT_TRUE(looksLikeHeadline(u"Russia launches record drone attack on Kyiv: what we know"));
    EXPECT_FALSE(looksLikeHeadline(u"One man was killed when a warehouse exploded."));
    EXPECT_FALSE(looksLikeHeadline(u"“It was terrible,” she said."));
    EXPECT_FALSE(looksLikeHeadline(u"lower-case start is a fragment"));
}

TEST(Metadata, WireDatelines) {
    const QString a = QStringLiteral("KYIV, Ukraine — A thick pall of smoke hung over the city.");
    auto d = findDateline(a, whole(a));
    ASSERT_TRUE(d);
    EXPECT_EQ(d->value, "KYIV, Ukraine");
    EXPECT_EQ(cut(a, d->span.span), "KYIV, Ukraine — ");

    const QString b = QStringLiteral("LONDON (Reuters) - Britain said on Monday it would act.");
    d = findDateline(b, whole(b));
    ASSERT_TRUE(d);
    EXPECT_EQ(d->value, "LONDON");

    const QString c = QStringLiteral("PORT ST. JOHN, Caddoran -- Crews worked overnight.");
    d = findDateline(c, whole(c));
    ASSERT_TRUE(d);
    EXPECT_EQ(d->value, "PORT ST. JOHN, Caddoran");
}

TEST(Metadata, OrdinarySentencesHaveNoDateline) {
    for (const QString s :
         {QStringLiteral("US President Donald Trump said — again — that talks had stalled."),
          QStringLiteral("NATO allies met on Friday."), QStringLiteral("A — B")}) {
        EXPECT_FALSE(findDateline(s, whole(s))) << s.toStdString();
    }
}

TEST(Metadata, ClosingAttributionAfterTheLastSentence) {
    const QString p = QStringLiteral("The governor said so on Telegram early on Friday. – Velmouth Courier");
    const auto a = findAttribution(p, whole(p));
    ASSERT_TRUE(a);
    EXPECT_EQ(a->value, "Velmouth Courier");
    EXPECT_EQ(cut(p, a->span.span), "– Velmouth Courier");
    EXPECT_EQ(a->span.kind, BoilerplateKind::Attribution);
}

TEST(Metadata, AttributionParagraphs) {
    const QString reporting = QStringLiteral("(Reporting by Jane Roe; Editing by Sam Poe)");
    auto a = findAttribution(reporting, whole(reporting));
    ASSERT_TRUE(a);
    EXPECT_EQ(a->span.span, whole(reporting));

    const QString agency = QStringLiteral("— Associated Press");
    a = findAttribution(agency, whole(agency));
    ASSERT_TRUE(a);
    EXPECT_EQ(a->value, "Associated Press");
}

TEST(Metadata, SentenceEndingInADashedClauseIsNotAnAttribution) {
    const QString p = QStringLiteral("Officials said the toll would rise – and it did.");
    EXPECT_FALSE(findAttribution(p, whole(p)));
}
