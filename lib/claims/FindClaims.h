#pragma once

// Numbers grouped into claims across articles, with a status per claim.
//
//     std::atomic_bool cancel{false};
//     const ReuseResult reuse = findReuse(corpus.documents, {}, cancel);
//     const std::vector<Claim> claims = findClaims(corpus.documents, reuse, cancel);
//     for (const Claim& c : claims) {
//         if (c.status != ClaimStatus::Conflict)
//             break; // conflicts come first
//         for (const ClaimVariant& v : c.variants) // "people injured: 23 (at_least) in 000_..."
//             qInfo() << c.label << v.mention.text << docs[v.doc].id << v.span.start;
//     }
//
// A claim is one measured fact: what is measured (unit or counted noun), what happened (the verb),
// whose it is, where, and on which occasion. Candidate pairs of mentions (matched sentences, the
// same measure in articles of one story) are scored by one model of named features
// (ClaimScoring.h) and joined from the highest score down, never against a hard constraint: one
// unit, verb, subject, occasion and compatible places per claim, two numbers of one sentence never
// one claim, and one value per article unless the text marks a revision. Every claim carries a
// confidence and the evidence that joined it. Only comparable quantities (isComparableQuantity)
// make claims; every one makes a claim, alone if need be (status Single). docs/claims.md gives
// every rule and weight with its reason, and the figures measured on annotated real coverage.
//
// Claims come sorted by status (conflict, updated, possible disagreements, rounding, qualifier,
// formatting, consistent, single), then by the
// number of articles (most first), then by where their first variant is; ids are "c1", "c2" ...
// in that order. Variants come by (doc, sentence, position).
//
// All functions are deterministic and thread-safe (no shared mutable state; they run on the
// calling thread). Progress is (steps done, steps in all), one step per document and one for the
// grouping. When `cancel` becomes true they return soon with an empty result.

#include "claims/Claim.h"
#include "claims/ComparedSentences.h"
#include "corpus/Document.h"
#include "reuse/ReuseResult.h"

#include <QJsonArray>

#include <atomic>
#include <functional>
#include <vector>

namespace parallax {

using ClaimProgress = std::function<void(qsizetype done, qsizetype total)>;

// The numbers of every sentence: mentions[doc][sentence] is extractNumbers(sentence text), spans
// relative to the sentence.
using CorpusMentions = std::vector<std::vector<std::vector<NumberMention>>>;

// extractNumbers() over every sentence of every document.
CorpusMentions extractMentions(const std::vector<Document>& docs, const std::atomic_bool& cancel,
                               const ClaimProgress& progress = {});

// Groups mentions already extracted (by extractMentions, or written by hand in a test) into
// claims. `reuse` is findReuse() over the same documents: its pairs say which articles tell one
// story, its matches which sentences correspond. An empty ReuseResult compares no two articles.
// A document or sentence missing from `mentions` has no numbers.
// `compared`, when given, receives the sentences whose numbers were compared but not joined
// (ComparedSentences.h), by score, strongest first.
std::vector<Claim> groupClaims(const std::vector<Document>& docs, const CorpusMentions& mentions,
                               const ReuseResult& reuse, const std::atomic_bool& cancel,
                               const ClaimProgress& progress = {},
                               std::vector<ComparedSentences>* compared = nullptr);

// For evaluating the model (scripts/eval-claims, its "candidates" lines): every candidate pair of mentions
// groupClaims() scores, before the join threshold, with its score and its evidence in words.
// Variants of the claims carry the same (doc, span), so a pair can be traced to its claims.
struct ScoredCandidate {
    int docA = 0;
    Span spanA;
    int docB = 0;
    Span spanB;
    double score = 0;
    QStringList evidence;
};
std::vector<ScoredCandidate> scoredCandidates(const std::vector<Document>& docs,
                                              const CorpusMentions& mentions, const ReuseResult& reuse,
                                              const std::atomic_bool& cancel);

// For evaluating the model (scripts/eval-claims --verbose): why groupClaims() scores no candidate
// pair of two mentions, given as (doc, span start) each: the first rule that rules the pair out, in
// words ("another occasion: 'further' / none"), or an empty string when they are a candidate.
struct MentionEnd {
    int doc = 0;
    qsizetype start = 0;
};
QStringList whyNoCandidate(const std::vector<Document>& docs, const CorpusMentions& mentions,
                           const ReuseResult& reuse,
                           const std::vector<std::pair<MentionEnd, MentionEnd>>& pairs);

// extractMentions() then groupClaims().
std::vector<Claim> findClaims(const std::vector<Document>& docs, const ReuseResult& reuse,
                              const std::atomic_bool& cancel, const ClaimProgress& progress = {},
                              std::vector<ComparedSentences>* compared = nullptr);

} // namespace parallax
