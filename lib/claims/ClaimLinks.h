#pragma once

// Internal to lib/claims: the evidence that two number mentions state the same fact, as links for
// ClaimClusters to join in order, strongest first. Value never makes a link (docs/claims.md).

#include "claims/ClaimScoring.h"
#include "claims/FactCodes.h"
#include "claims/MentionFacts.h"
#include "claims/PlaceIds.h"
#include "reuse/ReuseResult.h"

#include <QHash>

#include <optional>

#include <vector>

namespace parallax::claims {

// A candidate pair of mentions with the evidence that they are one fact (ClaimScoring.h).
struct ClaimLink {
    int a = 0; // indices into the facts
    int b = 0;
    LinkEvidence evidence;
    double score = 0; // linkScore(evidence), once the context is known
};

// Facts of one sentence are facts[begin, end): FactIndex::range(doc, sentence).
class FactIndex {
public:
    explicit FactIndex(const std::vector<MentionFacts>& facts);
    std::pair<int, int> range(int doc, int sentence) const;

private:
    std::vector<std::vector<std::pair<int, int>>> ranges_; // [doc][sentence]: an array, not a hash:
                                                           // it is asked twice per sentence match
};

// One unit, or one through the other's bracketed conversion ("400km (250 miles)" and "250 miles").
bool sameUnit(const MentionFacts& a, const MentionFacts& b);

// Two counted nouns, not one, that name one kind of thing ("boats" and "vessels",
// lexicon/NounSenses.h).
bool oneKindOfThing(const MentionFacts& a, const MentionFacts& b);

// Two measures of one dimension in two units ("nine days" and "three weeks", "40 miles" and
// "64 km"), within kOtherUnitRatio of each other in one unit: one quantity, compared in one unit
// (ClaimStatus.cpp).
inline constexpr double kOtherUnitRatio = 3.0;
bool oneDimension(const MentionFacts& a, const MentionFacts& b);

// The features two mentions share on their own (unit, event, subject, place, occasion), or
// nullopt when something rules the pair out: another kind, unit, event, subject or occasion.
std::optional<LinkEvidence> sharedFeatures(const MentionFacts& a, const MentionFacts& b);

// Each article's numbers are compared with those of at most this many related articles.
inline constexpr size_t kMaxRelatedArticles = 50;

// Which articles' numbers are compared: each article with itself and the articles the reuse
// stage relates it to (any relation but unrelated); of an article related to more than
// kMaxRelatedArticles, only the closest that many (most shared sentences, then most shared
// wording), kept both ways. In a folder of a thousand articles of one story every pair is related,
// and comparing every number with every number of its unit grows with the square of the folder;
// through each article's closest fifty the mentions of one fact still chain into one claim.
struct RelatedArticles {
    std::vector<std::vector<int>> near; // per document, sorted, itself included
    std::vector<char> trimmed;          // per document: it had more than kMaxRelatedArticles
    // Whether two articles' numbers are compared: always, unless one of them was trimmed and the
    // other is not among its closest.
    bool compared(int a, int b) const;
};
RelatedArticles closestRelated(int documentCount, const ReuseResult& reuse);

// Mentions that correspond in sentences the reuse stage matched: at the same place in the word diff,
// or with the same unit or verb, one to one per match; only between articles `related` compares.
// `codes` are factCodes(facts).
std::vector<ClaimLink> matchedSentenceLinks(const std::vector<MentionFacts>& facts,
                                            const std::vector<FactCode>& codes, const FactIndex& index,
                                            const std::vector<Document>& docs, const ReuseResult& reuse,
                                            const RelatedArticles& related);

// Mentions that measure the same thing in one article or two the reuse stage relates (a pair of
// any relation but unrelated): same kind, unit and occasion, compatible places, and the same verb
// (or head); or no verb on either side (not for "people"); or, for a duration or share with no
// head, the only head the related articles offer for that unit. Cost: per mention, the mentions of
// its unit in its related articles.
// Past this many numbers of one unit in one article (a table pasted as text), sameMeasureLinks
// leaves the article's numbers of that unit to matched sentences: the bound keeps it linear.
inline constexpr size_t kMaxMentionsOfOneUnit = 200;

// Places must be compatible (PlaceIds::compatible): the places of the two facts (named in the
// sentence or, failing that, the article's) are one or related, or either has none.
std::vector<ClaimLink> sameMeasureLinks(const std::vector<MentionFacts>& facts,
                                        const std::vector<FactCode>& codes, const RelatedArticles& related,
                                        const PlaceIds& places);

} // namespace parallax::claims
