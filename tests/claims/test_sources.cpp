// Whose estimate a number is (Attribution.h): two sources' figures set side by side in one
// sentence are two figures, and an outlet quoting both disagrees with no one.
#include "ClaimsTestUtil.h"
#include "claims/ClaimStatus.h"

using namespace parallax;
using namespace parallax::test;

TEST(ClaimSources, PoliceAndOrganisersEstimatesAreTwoFigures) {
    const Story s(
        {"Organisers said 150,000 people marched in Veyra; police counted 38,000 marchers.",
         "Police said 38,000 people marched in Veyra, while organisers put the number of marchers "
         "at 150,000.",
         "Police say just 38,000 people marched in Veyra, but unions insist 150,000 people marched."});
    const Claim* police = s.with(1, "38,000");
    ASSERT_TRUE(police);
    EXPECT_FALSE(isDisagreement(*police)) << describe(police, s.docs);
    EXPECT_EQ(police, s.with(2, "38,000")) << describe(police, s.docs);
    EXPECT_EQ(police->source, "police");
    EXPECT_TRUE(police->label.endsWith("(per police)")) << police->label.toStdString();
    for (int doc = 0; doc < 3; ++doc)
        if (const Claim* other = s.with(doc, "150,000"))
            EXPECT_FALSE(isDisagreement(*other)) << describe(other, s.docs);
}

// Outlets that name different sources, each alone, may still disagree: "police said 20" against
// "officials said 23" is the disagreement a reader wants shown.
TEST(ClaimSources, SourcesNamedAloneStillDisagree) {
    const Story s({"Police said 20 people were killed in the blast in Dorvan.",
                   "At least 23 people were killed in the blast in Dorvan, officials said."});
    const Claim* c = s.with(0, "20");
    ASSERT_TRUE(c);
    EXPECT_EQ(c, s.with(1, "23")) << describe(c, s.docs);
    EXPECT_TRUE(isDisagreement(*c));
    EXPECT_TRUE(c->source.isEmpty());
}

// "According to police" opening the sentence names the source of its numbers; a toll revised
// since another source gave it ("up from the 19 the coast guard reported") is one fact over time.
TEST(ClaimSources, AccordingToAndRevisions) {
    const Story s(
        {"According to police, 38,000 people marched in Veyra, while organisers said 150,000 people marched.",
         "Organisers said 150,000 people marched in Veyra, and police said 38,000 people marched."});
    const Claim* organisers = s.with(1, "150,000");
    ASSERT_TRUE(organisers);
    EXPECT_EQ(organisers, s.with(0, "150,000")) << describe(organisers, s.docs);
    EXPECT_FALSE(isDisagreement(*organisers)) << describe(organisers, s.docs);
    const Story revised({"Officials said 31 people were killed, up from the 19 the coast guard reported.",
                         "The coast guard said 19 people were killed."});
    const Claim* toll = revised.with(1, "19");
    ASSERT_TRUE(toll);
    EXPECT_TRUE(toll->source.isEmpty()) << describe(toll, revised.docs);
}
