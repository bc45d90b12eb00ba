#include "corpus/BoilerplateDetector.h"

#include <gtest/gtest.h>

using namespace parallax;

namespace {

std::vector<Span> paragraphsOf(const QString& text) {
    std::vector<Span> out;
    qsizetype start = 0;
    for (QStringView p : QStringView(text).split(u"\n\n")) {
        out.push_back({start, start + p.size()});
        start += p.size() + 2;
    }
    return out;
}

QString cut(const QString& s, Span span) {
    return s.mid(span.start, span.length());
}

} // namespace

TEST(Boilerplate, CaptionOnItsOwnParagraph) {
    const QString text =
        QStringLiteral("Crews worked through the night.\n\n"
                       "Firefighters on Harrow Quay on Saturday. Photograph: Jane Roe/Reuters\n\n"
                       "The fire was out by 10am.");
    const auto found = findBoilerplate(text, paragraphsOf(text));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].kind, BoilerplateKind::Caption);
    EXPECT_EQ(cut(text, found[0].span),
              "Firefighters on Harrow Quay on Saturday. Photograph: Jane Roe/Reuters");
}

TEST(Boilerplate, CaptionGluedOntoTheFollowingProseIsCutAtTheEndOfTheCredit) {
    const QString text =
        QStringLiteral("Smoke over the quay on Saturday. Photograph: TOMAS HEDREN/Strandline via Pressfoto "
                       "The fire was reported shortly before 1am.");
    const auto found = findBoilerplate(text, paragraphsOf(text));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(cut(text, found[0].span),
              "Smoke over the quay on Saturday. Photograph: TOMAS HEDREN/Strandline via Pressfoto");
}

TEST(Boilerplate, GettyImagesIsOneAgencyEvenWhenProseFollows) {
    const QString text =
        QStringLiteral("Rescuers search the rubble. Photograph: Ana Lind/AFP via Getty Images "
                       "Ukraine said it had shot down most of the drones.");
    const auto found = findBoilerplate(text, paragraphsOf(text));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_TRUE(cut(text, found[0].span).endsWith("via Getty Images"));
}

TEST(Boilerplate, CaptionAfterProseInTheSameParagraphStartsAtItsOwnSentence) {
    const QString text = QStringLiteral("The blast broke windows a mile away. Mr. Aldous was 54. "
                                        "Mourners at the quay. Photo: Sam Poe/Coastline Images");
    const auto found = findBoilerplate(text, paragraphsOf(text));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(cut(text, found[0].span), "Mourners at the quay. Photo: Sam Poe/Coastline Images");
}

TEST(Boilerplate, CreditAloneAndAgencyPhotoCredits) {
    const QString text =
        QStringLiteral("Photograph: Andrew Smith/Bloomberg\n\nPhoto: AP Photo/Efrem Lukatsky");
    const auto found = findBoilerplate(text, paragraphsOf(text));
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].kind, BoilerplateKind::Credit);
    EXPECT_EQ(cut(text, found[0].span), "Photograph: Andrew Smith/Bloomberg");
    EXPECT_EQ(cut(text, found[1].span), "Photo: AP Photo/Efrem Lukatsky");
}

TEST(Boilerplate, RelatedLinksAndPromotions) {
    const QString text = QStringLiteral("Also Read: Russia unleashes record drone barrage\n\n"
                                        "Sign up to our morning briefing newsletter\n\n"
                                        "Advertisement\n\n"
                                        "Read more: How the fire spread");
    const auto found = findBoilerplate(text, paragraphsOf(text));
    ASSERT_EQ(found.size(), 4u);
    EXPECT_EQ(found[0].kind, BoilerplateKind::Related);
    EXPECT_EQ(found[1].kind, BoilerplateKind::Promotion);
    EXPECT_EQ(found[2].kind, BoilerplateKind::Promotion);
    EXPECT_EQ(found[3].kind, BoilerplateKind::Related);
}

TEST(Boilerplate, ProseThatMentionsPhotosOrSubscriptionsIsLeftAlone) {
    const QString text = QStringLiteral(
        "Subscribers to the council’s alert service were told to keep windows shut, and the photographs "
        "posted overnight showed a column of smoke over the estuary that could be seen from the coast road "
        "for most of the morning, officials said.\n\n"
        "The image of the burning quay was shared widely.");
    EXPECT_TRUE(findBoilerplate(text, paragraphsOf(text)).empty());
}

TEST(Boilerplate, CreditEndStopsAtProseAfterASlashAgency) {
    const QString s = QStringLiteral("Ana Lind/Reuters Officials said more.");
    EXPECT_EQ(creditEnd(s, 0, s.size()), QStringLiteral("Ana Lind/Reuters").size());
}
