// Verbs of resources/lexicon/verbs.txt and their classes (verb-classes.txt): which verbs say two
// numbers state one happening, and which tell them apart.
#include "ClaimsTestUtil.h"
#include "claims/ClaimStatus.h"

using namespace parallax;
using namespace parallax::test;

// "hold" and "held captive" name what pirates have; "about a dozen" and "at least 17" of it
// disagree. The verb is the evidence that joins the three firmly, and it keeps the ships they
// seized this year apart.
TEST(ClaimVerbs, WhatIsHeldIsOneCount) {
    const Story s(
        {"They still hold at least 14 foreign vessels and more than 300 crew members to ransom.",
         "At least 17 of the hijacked ships and their crew are still being held captive by the pirates.",
         "Pirates holding about a dozen ships and nearly 300 crewmen in safe havens on the coast.",
         "Pirates have seized 40 ships this year."});
    const Claim* held = s.with(0, "14");
    ASSERT_TRUE(held);
    EXPECT_EQ(held, s.with(1, "17")) << describe(held, s.docs);
    EXPECT_EQ(held, s.with(2, "a dozen")) << describe(held, s.docs);
    EXPECT_TRUE(isFirmDisagreement(*held)) << describe(held, s.docs);
    EXPECT_NE(held, s.with(3, "40")) << describe(held, s.docs);
}

TEST(ClaimVerbs, WhatCameInIsOneCount) {
    const Story s({"The agency received nearly 235,000 comments on the proposal, most of them form letters.",
                   "The department proposed the rules in May and since has received nearly 300,000 comments.",
                   "Officials said 12,000 comments were published on the agency's website."});
    const Claim* received = s.with(0, "235,000");
    ASSERT_TRUE(received);
    EXPECT_EQ(received, s.with(1, "300,000")) << describe(received, s.docs);
    EXPECT_TRUE(isFirmDisagreement(*received)) << describe(received, s.docs);
    EXPECT_NE(received, s.with(2, "12,000")) << describe(received, s.docs);
}

// Money that came in (a film's gross, a firm's takings) is one class of verbs, with "brought in"
// and "took in" read as a verb and its particle: three outlets' grosses of one film meet firmly,
// and the director's fee, paid not grossed, stays apart.
TEST(ClaimVerbs, WhatAFilmGrossedIsOneAmount) {
    const Story s({"The film has already brought in over $363 million at the box office.",
                   "The film has grossed $368.0 million globally, the studio said.",
                   "The film has already accumulated $459 million around the globe.",
                   "The director was paid $3 million to write and direct the film."});
    const Claim* gross = s.with(0, "$363 million");
    ASSERT_TRUE(gross);
    EXPECT_EQ(gross, s.with(1, "$368.0 million")) << describe(gross, s.docs);
    EXPECT_EQ(gross, s.with(2, "$459 million")) << describe(gross, s.docs);
    EXPECT_TRUE(isFirmDisagreement(*gross)) << describe(gross, s.docs);
    EXPECT_NE(gross, s.with(3, "$3 million")) << describe(gross, s.docs);
}
