#pragma once

// Internal to lib/claims: the one scoring model that decides whether two number mentions state one
// fact. Each candidate pair (ClaimLinks.h) carries named features of evidence; linkScore() adds
// their weights; ClaimClusters joins pairs in order of score, from kJoinScore up, under hard
// constraints (ClaimClusters.h). Every weight and threshold is here and nowhere else, set against
// the annotated folders as a whole (scripts/eval-claims, docs/claims.md), never against one article.

#include <QString>
#include <QStringList>

namespace parallax::claims {

enum class LinkFeature : quint32 {
    MatchedSentence = 1u << 0,  // the reuse stage matched the two sentences as identical or near-identical
    ParaphraseMatch = 1u << 12, // ... as a paraphrase: same content, other words (weaker)
    AlignedInDiff = 1u << 1,    // ... and the numbers stand at one place of their word diff
    SameUnit = 1u << 2,         // both name what is counted or measured, and it is one thing
    OneKindUnit = 1u << 13,     // ... in two words for one kind of thing ("boats", "vessels"): weaker
    OneDimension = 1u << 14,    // ... one measure in two units ("nine days", "three weeks"): as strong
    SameEvent = 1u << 3,        // both name what happened (verb, or the event a duration measures)
    SameSubject = 1u << 4,      // both name whose it is ("New Democracy won", "by Russia"), the same
    SamePlace = 1u << 5,        // both sentences name a place, and the places are one or related
    SameOccasion = 1u << 6,     // both are about the same other occasion ("the previous record")
    EventFilledIn = 1u << 7,    // a duration or share with no head took the only one its story offers
    OneVerbMissing = 1u << 8,   // one names what happened, the other does not (a penalty)
    BothVerbless = 1u << 9,     // neither names what happened: the unit is all either says
    UnitAndEvent = 1u << 11,    // both name what is counted and what happened, and both agree: "people
                                // injured", "drones launched" is a kind of fact, not just a unit
    DistinctiveUnit = 1u << 10, // the unit is rare in its articles: about once per article ("firefighters"),
                                // unlike "people", "hours" or "dollars", which each story uses for many facts
    SameMeasured = 1u << 15,    // two measures of one named thing: "a 10-metre dhow", "a 24- to 30-foot dhow"
};

struct LinkEvidence {
    quint32 features = 0;
    // How alike the words around the two numbers are: a cosine over content words weighted by how
    // rare they are among the folder's number-bearing sentences (1: the same rare words).
    double context = 0;

    bool has(LinkFeature f) const { return (features & quint32(f)) != 0; }
    void add(LinkFeature f) { features |= quint32(f); }
};

// The weights, one per feature, and the context weight (docs/claims.md lists them with reasons).
double linkScore(const LinkEvidence& evidence);

// Pairs scoring below this are never joined.
inline constexpr double kJoinScore = 2.0;
// A claim whose weakest link between two articles scores this much is a firm claim: confidence 0.5,
// the point at which a disagreement is shown as a conflict (ClaimStatus.h: kFirmConfidence).
inline constexpr double kFirmScore = 3.0;

// True when two mentions share only their shape (counted noun, verb, both together, a distinctive
// noun) and nothing of their sentences: no word around the number, no subject, place, occasion or
// matched sentence. "Three crew members lost their lives" (on a Greek tanker) and "one Thai crew
// member was killed" (on a trawler) are such a pair; on the annotated folders such pairs were as
// often two facts as one. They may join, but never make a claim firm: linkScore() keeps them
// kBelowFirm under kFirmScore, however much of the shape they share (all of it scores 3.0).
bool onlyTheShape(const LinkEvidence& evidence);
inline constexpr double kBelowFirm = 0.01;

// Two numbers the model cannot compare whose words around them are at least this alike (a cosine,
// MentionContext.h) are compared sentences all the same, for the rows only: at most
// kAlikePerFact per number (GroupClaims.cpp, addAlikeLinks).
inline constexpr double kAlikeContext = 0.5;
inline constexpr int kAlikePerFact = 2;

// A unit is distinctive when the articles that use it use it at most this often each, on average.
inline constexpr double kDistinctiveUses = 1.5;

// What two differing values add to the link that ties them when they are close: outlets that
// report one fact differently mostly differ by a little (23 and 26 injured, 550 and 539 drones),
// while two facts that share a noun and a verb have values of any size (3 and 8 times, 41 and 312
// deaths). Applied to a disagreement's confidence, never to joining: two close values still need
// the evidence of a join. Values within kCloseValueGap of the larger one are close.
double closeValuesBonus(double a, double b);
inline constexpr double kCloseValueGap = 0.15;
inline constexpr double kCloseValuesBonus = 0.5;

// Confidence in [0, 1] of a claim whose weakest cross-article link scores `score`: 0.5 at
// kFirmScore, rising linearly to 1 at twice that distance above kJoinScore.
double confidenceOfScore(double score);

// The features as words a reader can check, strongest first: "matched sentence", "same counted
// noun 'seats'" ... The texts name the claim's unit, event, subject and place; `nouns` are the
// counted nouns its articles write, for nouns of one kind ("'experts', 'observers'").
QStringList describeEvidence(quint32 features, double context, const QString& unit, const QString& event,
                             const QString& subject, const QString& place, const QStringList& nouns = {});

} // namespace parallax::claims
