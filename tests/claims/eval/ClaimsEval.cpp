#include "claims/eval/ClaimsEval.h"

#include "claims/ClaimScoring.h"
#include "claims/ClaimStatus.h"
#include "claims/FindClaims.h"
#include "claims/Headline.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace parallax::eval {
namespace {

struct GoldMention {
    QString doc;
    double value = 0;
    QString cue;
};

struct GoldFact {
    QString id;
    QString status;
    std::vector<GoldMention> mentions;
    bool disagreement() const { return status == u"conflict" || status == u"update"; }
};

struct Trap {
    GoldMention a, b;
    QString why;
};

// Where a claim variant is: (claim index, variant index).
struct VariantRef {
    int claim = -1;
    int variant = -1;
    bool valid() const { return claim >= 0; }
    bool operator==(const VariantRef&) const = default;
};

bool sameValue(double x, double y) {
    return std::abs(x - y) <= 1e-6 * std::max({1.0, std::abs(x), std::abs(y)});
}

GoldMention readMention(const QJsonObject& o) {
    return {o.value(u"doc").toString(), o.value(u"value").toDouble(), o.value(u"cue").toString().toLower()};
}

bool sentenceHasWord(QStringView sentence, const QString& cue) {
    if (cue.isEmpty())
        return true;
    const QRegularExpression word(QStringLiteral("\\b%1").arg(QRegularExpression::escape(cue)),
                                  QRegularExpression::CaseInsensitiveOption);
    return word.match(sentence).hasMatch();
}

// Characters between a number and the nearest occurrence of the cue word in its sentence.
qsizetype cueDistance(const Document& d, Span sentence, Span number, const QString& cue) {
    if (cue.isEmpty())
        return 0;
    const QRegularExpression word(QStringLiteral("\\b%1").arg(QRegularExpression::escape(cue)),
                                  QRegularExpression::CaseInsensitiveOption);
    qsizetype best = std::numeric_limits<qsizetype>::max();
    auto it = word.globalMatch(d.textOf(sentence));
    while (it.hasNext()) {
        const qsizetype at = sentence.start + it.next().capturedStart();
        best = std::min(best, at < number.start ? number.start - at : at - number.end);
    }
    return best;
}

class VariantFinder {
public:
    explicit VariantFinder(const Analysis& a)
        : analysis_(a) {
        for (size_t d = 0; d < a.corpus.documents.size(); ++d)
            docIndex_.insert(a.corpus.documents[d].id, int(d));
    }

    // The variant the gold mention names: the one in its article with its value whose sentence
    // holds the cue word; failing the cue, the only variant with that value.
    VariantRef find(const GoldMention& m) const {
        const int doc = docIndex_.value(m.doc, -1);
        if (doc < 0)
            return {};
        std::vector<VariantRef> sameValueRefs, withCue;
        const auto& claims = analysis_.claims;
        for (size_t c = 0; c < claims.size(); ++c)
            for (size_t v = 0; v < claims[c].variants.size(); ++v) {
                const ClaimVariant& var = claims[c].variants[v];
                if (var.doc != doc || !sameValue(var.mention.value, m.value))
                    continue;
                const VariantRef ref{int(c), int(v)};
                sameValueRefs.push_back(ref);
                const Document& d = analysis_.corpus.documents[size_t(doc)];
                if (sentenceHasWord(d.textOf(variantSentenceSpan(d, var.sentence)), m.cue))
                    withCue.push_back(ref);
            }
        // Two numbers of one value in the cue's sentence ("two other rifles ... the two pirate
        // boats"): the one whose counted noun is the cue is meant.
        for (const VariantRef& ref : withCue) {
            const QString unit = claims[size_t(ref.claim)].variants[size_t(ref.variant)].unit.toLower();
            if (!unit.isEmpty() && !m.cue.isEmpty() && (m.cue.startsWith(unit) || unit.startsWith(m.cue)))
                return ref;
        }
        // Otherwise the number nearest the cue word: "escorting the five merchant vessels ... the
        // five-boat pirate formation" has a cue beside each five.
        if (!withCue.empty()) {
            const Document& d = analysis_.corpus.documents[size_t(doc)];
            auto distance = [&](const VariantRef& ref) {
                const ClaimVariant& var = claims[size_t(ref.claim)].variants[size_t(ref.variant)];
                return cueDistance(d, variantSentenceSpan(d, var.sentence), var.span, m.cue);
            };
            return *std::min_element(
                withCue.begin(), withCue.end(),
                [&](const VariantRef& a, const VariantRef& b) { return distance(a) < distance(b); });
        }
        if (sameValueRefs.size() == 1)
            return sameValueRefs.front();
        return {};
    }

private:
    const Analysis& analysis_;
    QHash<QString, int> docIndex_;
};

QString describe(const Claim& c, const Analysis& a) {
    QStringList values;
    for (const ClaimVariant& v : c.variants)
        values << QStringLiteral("%1:%2").arg(a.corpus.documents[size_t(v.doc)].id, v.mention.text);
    return QStringLiteral("%1 \"%2\" [%3] {%4}")
        .arg(c.id, c.label, claimStatusName(c.status), values.join(QStringLiteral(", ")));
}

// True when two of the mentions, in two articles and with different values, stand in sentences
// that the alignment puts on one row: a reader sees the disagreement across that row.
bool differingValuesShareARow(const Analysis& analysis, const std::vector<VariantRef>& mentions) {
    const Alignment& alignment = analysis.alignment;
    auto rowOf = [&](const ClaimVariant& v) {
        const int column = alignment.columnOf(v.doc);
        if (column < 0 || v.sentence < 0 || size_t(column) >= alignment.rowOf.size() ||
            size_t(v.sentence) >= alignment.rowOf[size_t(column)].size())
            return -1; // a headline stands above the rows
        return alignment.rowOf[size_t(column)][size_t(v.sentence)];
    };
    for (size_t i = 0; i < mentions.size(); ++i)
        for (size_t j = i + 1; j < mentions.size(); ++j) {
            const ClaimVariant& a =
                analysis.claims[size_t(mentions[i].claim)].variants[size_t(mentions[i].variant)];
            const ClaimVariant& b =
                analysis.claims[size_t(mentions[j].claim)].variants[size_t(mentions[j].variant)];
            if (a.doc == b.doc || sameValue(a.mention.value, b.mention.value))
                continue;
            const int row = rowOf(a);
            if (row >= 0 && row == rowOf(b))
                return true;
        }
    return false;
}

} // namespace

void ClaimsScore::add(const ClaimsScore& o) {
    goldDisagreements += o.goldDisagreements;
    found += o.found;
    clean += o.clean;
    foundPossible += o.foundPossible;
    goldAgreeing += o.goldAgreeing;
    falseAlarms += o.falseAlarms;
    agreeingStated += o.agreeingStated;
    agreeingJoined += o.agreeingJoined;
    traps += o.traps;
    trapsGrouped += o.trapsGrouped;
    reported += o.reported;
    reportedOneFact += o.reportedOneFact;
    possible += o.possible;
    possibleOneFact += o.possibleOneFact;
    possibleMixed += o.possibleMixed;
    candidatePair += o.candidatePair;
    candidateJoins += o.candidateJoins;
    candidateFirm += o.candidateFirm;
    sameRow += o.sameRow;
    goldMentions += o.goldMentions;
    goldMentionsMatched += o.goldMentionsMatched;
}

ClaimsScore scoreClaims(const Analysis& analysis, const QString& goldFile) {
    ClaimsScore score;
    QFile file(goldFile);
    if (!file.open(QIODevice::ReadOnly)) {
        score.details << QStringLiteral("cannot read %1").arg(goldFile);
        return score;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    score.folder = root.value(u"folder").toString();
    score.split = root.value(u"split").toString();

    std::vector<GoldFact> facts;
    for (const QJsonValue& fv : root.value(u"facts").toArray()) {
        const QJsonObject fo = fv.toObject();
        GoldFact f{fo.value(u"id").toString(), fo.value(u"status").toString(), {}};
        for (const QJsonValue& mv : fo.value(u"mentions").toArray())
            f.mentions.push_back(readMention(mv.toObject()));
        facts.push_back(std::move(f));
    }
    std::vector<Trap> traps;
    for (const QJsonValue& tv : root.value(u"traps").toArray()) {
        const QJsonObject to = tv.toObject();
        traps.push_back({readMention(to.value(u"a").toObject()), readMention(to.value(u"b").toObject()),
                         to.value(u"why").toString()});
    }

    const VariantFinder finder(analysis);
    const auto& claims = analysis.claims;
    // Which gold fact each variant is, and where each fact's mentions landed.
    QHash<quint64, int> factOfVariant;
    auto key = [](VariantRef r) { return (quint64(quint32(r.claim)) << 32) | quint32(r.variant); };
    std::vector<std::vector<VariantRef>> landed(facts.size());
    for (size_t f = 0; f < facts.size(); ++f)
        for (const GoldMention& m : facts[f].mentions) {
            ++score.goldMentions;
            const VariantRef r = finder.find(m);
            if (!r.valid())
                continue;
            ++score.goldMentionsMatched;
            landed[f].push_back(r);
            factOfVariant.insert(key(r), int(f));
        }

    // A claim is one fact when every variant is a mention of one gold fact, or unannotated with one
    // of that fact's values (an annotator may pass over a repetition; a different value is never
    // passed over).
    auto oneFact = [&](int c) -> std::optional<int> {
        std::optional<int> fact;
        for (size_t v = 0; v < claims[size_t(c)].variants.size(); ++v) {
            const auto it = factOfVariant.constFind(key({c, int(v)}));
            if (it == factOfVariant.constEnd())
                continue;
            if (fact && *fact != *it)
                return std::nullopt;
            fact = *it;
        }
        if (!fact)
            return std::nullopt;
        for (size_t v = 0; v < claims[size_t(c)].variants.size(); ++v) {
            if (factOfVariant.contains(key({c, int(v)})))
                continue;
            const double value = claims[size_t(c)].variants[v].mention.value;
            bool known = false;
            for (const GoldMention& m : facts[size_t(*fact)].mentions)
                known = known || sameValue(m.value, value);
            if (!known)
                return std::nullopt;
        }
        return fact;
    };

    for (size_t c = 0; c < claims.size(); ++c) {
        if (claims[c].articles < 2)
            continue;
        if (isPossibleDisagreement(claims[c])) {
            ++score.possible;
            score.possibleOneFact += oneFact(int(c)).has_value();
            QSet<int> annotated;
            for (size_t v = 0; v < claims[c].variants.size(); ++v)
                if (const auto it = factOfVariant.constFind(key({int(c), int(v)}));
                    it != factOfVariant.constEnd())
                    annotated.insert(*it);
            score.possibleMixed += annotated.size() > 1;
            score.details << QStringLiteral("  possible %1 %2: %3")
                                 .arg(claims[c].confidence, 0, 'f', 2)
                                 .arg(oneFact(int(c))        ? QStringLiteral("one fact")
                                      : annotated.size() > 1 ? QStringLiteral("mixed")
                                                             : QStringLiteral("unannotated"))
                                 .arg(describe(claims[c], analysis));
        }
        if (!isFirmDisagreement(claims[c]))
            continue;
        ++score.reported;
        if (oneFact(int(c)))
            ++score.reportedOneFact;
        else
            score.details << QStringLiteral("  mixed  %1").arg(describe(claims[c], analysis));
    }

    // Where each mention of a fact landed, for --verbose.
    auto listMentions = [&](const GoldFact& fact) {
        for (const GoldMention& m : fact.mentions) {
            const VariantRef r = finder.find(m);
            if (!r.valid()) {
                score.details << QStringLiteral("      %1 %2 (%3): not a claim variant")
                                     .arg(m.doc)
                                     .arg(m.value)
                                     .arg(m.cue);
                continue;
            }
            const Claim& c = claims[size_t(r.claim)];
            const ClaimVariant& v = c.variants[size_t(r.variant)];
            score.details << QStringLiteral("      %1 %2 -> %3 '%4' [%5 %6] unit=%7 pred=%8 place=%9")
                                 .arg(m.doc, v.mention.text, c.id, c.label, claimStatusName(c.status))
                                 .arg(c.confidence, 0, 'f', 2)
                                 .arg(v.unit, v.predicate, v.place);
        }
    };

    // Every candidate pair the model scored, by its two ends, both ways round.
    const std::atomic_bool never{false};
    const std::vector<Document>& docs = analysis.corpus.documents;
    const std::vector<ScoredCandidate> candidates =
        scoredCandidates(docs, extractMentions(docs, never), analysis.reuse, never);
    auto endsKey = [](int docA, qsizetype startA, int docB, qsizetype startB) {
        return std::pair((quint64(quint32(docA)) << 32) | quint32(startA),
                         (quint64(quint32(docB)) << 32) | quint32(startB));
    };
    QHash<std::pair<quint64, quint64>, const ScoredCandidate*> candidateOf;
    for (const ScoredCandidate& c : candidates) {
        candidateOf.insert(endsKey(c.docA, c.spanA.start, c.docB, c.spanB.start), &c);
        candidateOf.insert(endsKey(c.docB, c.spanB.start, c.docA, c.spanA.start), &c);
    }
    // The best-scored candidate pair between two differing values of a fact, in two articles.
    auto bestDifferingCandidate = [&](const std::vector<VariantRef>& refs) -> const ScoredCandidate* {
        const ScoredCandidate* best = nullptr;
        for (size_t i = 0; i < refs.size(); ++i)
            for (size_t j = i + 1; j < refs.size(); ++j) {
                const ClaimVariant& a = claims[size_t(refs[i].claim)].variants[size_t(refs[i].variant)];
                const ClaimVariant& b = claims[size_t(refs[j].claim)].variants[size_t(refs[j].variant)];
                if (a.doc == b.doc || sameValue(a.mention.value, b.mention.value))
                    continue;
                const ScoredCandidate* c =
                    candidateOf.value(endsKey(a.doc, a.span.start, b.doc, b.span.start));
                if (c && (!best || c->score > best->score))
                    best = c;
            }
        return best;
    };

    // Why the first few pairs of differing values are no candidates: the rule that rules each out.
    auto explainNoCandidate = [&](const std::vector<VariantRef>& refs) {
        std::vector<std::pair<MentionEnd, MentionEnd>> pairs;
        QStringList names;
        for (size_t i = 0; i < refs.size() && pairs.size() < 4; ++i)
            for (size_t j = i + 1; j < refs.size() && pairs.size() < 4; ++j) {
                const ClaimVariant& a = claims[size_t(refs[i].claim)].variants[size_t(refs[i].variant)];
                const ClaimVariant& b = claims[size_t(refs[j].claim)].variants[size_t(refs[j].variant)];
                if (a.doc == b.doc || sameValue(a.mention.value, b.mention.value))
                    continue;
                pairs.push_back({{a.doc, a.span.start}, {b.doc, b.span.start}});
                names << QStringLiteral("%1 %2 / %3 %4")
                             .arg(docs[size_t(a.doc)].id, a.mention.text, docs[size_t(b.doc)].id,
                                  b.mention.text);
            }
        const QStringList why = whyNoCandidate(docs, extractMentions(docs, never), analysis.reuse, pairs);
        for (qsizetype k = 0; k < why.size() && k < names.size(); ++k)
            score.details << QStringLiteral("        %1: %2")
                                 .arg(names[k], why[k].isEmpty() ? QStringLiteral("a candidate") : why[k]);
    };

    for (size_t f = 0; f < facts.size(); ++f) {
        const GoldFact& fact = facts[f];
        if (fact.disagreement()) {
            const ScoredCandidate* candidate = bestDifferingCandidate(landed[f]);
            score.candidatePair += candidate != nullptr;
            score.candidateJoins += candidate && candidate->score >= claims::kJoinScore;
            score.candidateFirm += candidate && candidate->score >= claims::kFirmScore;
            ++score.goldDisagreements;
            bool found = false, clean = false, possible = false;
            for (size_t i = 0; i < landed[f].size(); ++i)
                for (size_t j = i + 1; j < landed[f].size(); ++j) {
                    const VariantRef a = landed[f][i], b = landed[f][j];
                    if (a.claim != b.claim || !isDisagreement(claims[size_t(a.claim)]))
                        continue;
                    const auto& vs = claims[size_t(a.claim)].variants;
                    if (sameValue(vs[size_t(a.variant)].mention.value, vs[size_t(b.variant)].mention.value))
                        continue;
                    possible = true;
                    if (!isFirmDisagreement(claims[size_t(a.claim)]))
                        continue;
                    found = true;
                    clean = clean || oneFact(a.claim).has_value();
                }
            score.found += found;
            score.foundPossible += possible;
            const bool sameRow = differingValuesShareARow(analysis, landed[f]);
            score.sameRow += sameRow;
            if (possible && !sameRow)
                score.details << QStringLiteral(
                                     "  apart  %1: shown as a disagreement, its values on different rows")
                                     .arg(fact.id);
            else if (!sameRow)
                score.details << QStringLiteral("  apart  %1: its differing values on different rows, in no "
                                                "disagreement%2")
                                     .arg(fact.id, candidate ? QStringLiteral(" (a candidate pair: %1)")
                                                                   .arg(candidate->score, 0, 'f', 2)
                                                             : QString());
            score.clean += clean;
            if (!clean) {
                score.details << QStringLiteral("  missed %1 (%2)%3")
                                     .arg(fact.id, fact.status,
                                          found ? QStringLiteral(" found, not clean") : QString());
                listMentions(fact);
                score.details << (candidate ? QStringLiteral("      best pair of differing values: %1 (%2)")
                                                  .arg(candidate->score, 0, 'f', 2)
                                                  .arg(candidate->evidence.join(QStringLiteral("; ")))
                                            : QStringLiteral(
                                                  "      no pair of its differing values is a candidate"));
                if (!candidate)
                    explainNoCandidate(landed[f]);
            }
        } else {
            ++score.goldAgreeing;
            bool alarm = false;
            QSet<int> seen;
            for (const VariantRef r : landed[f])
                if (!seen.contains(r.claim)) {
                    seen.insert(r.claim);
                    alarm = alarm || isFirmDisagreement(claims[size_t(r.claim)]);
                }
            score.falseAlarms += alarm;
            if (alarm)
                score.details << QStringLiteral("  alarm  %1 (%2)").arg(fact.id, fact.status);
            // Agreement is a finding too: two articles that state one value are shown as one fact.
            QHash<int, QSet<int>> articlesOfClaim;
            QSet<int> articles;
            for (const VariantRef r : landed[f]) {
                const int doc = claims[size_t(r.claim)].variants[size_t(r.variant)].doc;
                articlesOfClaim[r.claim].insert(doc);
                articles.insert(doc);
            }
            if (articles.size() >= 2) {
                ++score.agreeingStated;
                const bool joined = std::any_of(articlesOfClaim.cbegin(), articlesOfClaim.cend(),
                                                [](const QSet<int>& docs) { return docs.size() >= 2; });
                score.agreeingJoined += joined;
                if (!joined) {
                    score.details << QStringLiteral("  apart  %1 (%2): no two of its articles share a claim")
                                         .arg(fact.id, fact.status);
                    listMentions(fact);
                }
            }
        }
    }

    for (const Trap& t : traps) {
        const VariantRef a = finder.find(t.a), b = finder.find(t.b);
        if (!a.valid() || !b.valid())
            continue;
        ++score.traps;
        if (a.claim == b.claim) {
            ++score.trapsGrouped;
            score.details << QStringLiteral("  trap   %1 %2 / %3 %4: %5")
                                 .arg(t.a.doc)
                                 .arg(t.a.value)
                                 .arg(t.b.doc)
                                 .arg(t.b.value)
                                 .arg(t.why);
        }
    }
    return score;
}

} // namespace parallax::eval
