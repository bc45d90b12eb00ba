#include "numbers/Predicates.h"

#include "numbers/NounPhrase.h"
#include "numbers/WordForms.h"

#include "lexicon/LexiconFile.h"
#include "lexicon/Verbs.h"

#include <QSet>

namespace parallax::numbers {

namespace {

using Kind = NumberMention::Kind;

bool isShoot(QStringView w) {
    return w == u"shot" || w == u"shoot" || w == u"shoots" || w == u"shooting";
}

bool isTake(QStringView w) {
    return w == u"take" || w == u"takes" || w == u"took" || w == u"taken" || w == u"taking";
}

bool isHospital(const TokenizedText& t, int k) {
    if (t.wordAt(k, u"a") || t.wordAt(k, u"the"))
        ++k;
    return t.wordAt(k, u"hospital") || t.wordAt(k, u"hospitals");
}

// The predicate written at token k, or empty: a verb form, "shot down", "taken to hospital".
QStringView predicateAt(const TokenizedText& t, int k) {
    if (!t.valid(k) || !t[k].isWord())
        return {};
    const QStringView w = t[k].lower;
    if (isShoot(w) && t.wordAt(k + 1, u"down"))
        return u"shot down";
    // "100,000 people took to the streets": news English for a protest march.
    if (isTake(w) && t.wordAt(k + 1, u"to") && t.wordAt(k + 2, u"the") &&
        (t.wordAt(k + 3, u"streets") || t.wordAt(k + 3, u"street")))
        return u"marched";
    if ((w == u"taken" || w == u"took" || w == u"take" || w == u"admitted" || w == u"rushed" ||
         w == u"brought" || w == u"sent") &&
        t.wordAt(k + 1, u"to") && isHospital(t, k + 2))
        return u"hospitalised";
    return canonicalVerb(w);
}

bool skippableAdverb(const Token& tok) {
    if (!tok.isWord())
        return false;
    const QStringView w = tok.lower;
    return isLyAdverb(w) || w == u"also" || w == u"still" || w == u"all" || w == u"now" || w == u"later" ||
           w == u"then" || w == u"already" || w == u"reportedly" || w == u"not" || w == u"never";
}

// After the noun phrase: "were injured", "have been killed", "injured", "hit", "managed to breach".
QStringView predicateAfter(const TokenizedText& t, int k, bool count) {
    // "72 out of 550 drones and missiles hit their targets": the verb follows the whole subject.
    if ((t.wordAt(k, u"and") || t.wordAt(k, u"or")) && t.valid(k + 1) && t[k + 1].isWord()) {
        const NounPhrase np = findNounPhrase(t, k + 1, false);
        if (np.head >= 0 && looksPlural(t[np.head].lower))
            k = np.end;
    }
    if (t.wordAt(k, u"who") || t.wordAt(k, u"that") || t.wordAt(k, u"which"))
        ++k;
    for (int guard = 0; guard < 2 && t.valid(k) && skippableAdverb(t[k]); ++guard)
        ++k;
    bool aux = false;
    while (t.valid(k) && t[k].isWord() && (isAuxiliary(t[k].lower) || t[k].is(u"got") || t[k].is(u"get"))) {
        aux = true;
        ++k;
        for (int guard = 0; guard < 2 && t.valid(k) && skippableAdverb(t[k]); ++guard)
            ++k;
    }
    if (t.wordAt(k, u"managed") || t.wordAt(k, u"failed") || t.wordAt(k, u"able")) {
        if (t.wordAt(k + 1, u"to"))
            k += 2;
    }
    const QStringView p = predicateAt(t, k);
    // Without an auxiliary any verb form can follow a count ("26 others injured", "72 drones
    // successfully penetrating", "Twenty-six people die"); after a measure, money or percent only a
    // past form does: "a 5% rise is expected" has a noun, "5 hours using" no predicate.
    if (!aux && !count && !p.isEmpty() && !t[k].lower.endsWith(u"ed") && t[k].lower != p)
        return {};
    return p;
}

// "a barrage of", "a group of" (counted-nouns.txt, [gatherings]) before the number.
bool gatheringOfAt(const TokenizedText& t, int k) {
    static const QSet<QString> gatherings = lexicon::lexiconWords(u"counted-nouns", u"gatherings");
    return t.wordAt(k, u"of") && t.valid(k - 1) && t[k - 1].isWord() &&
           gatherings.contains(t[k - 1].lower.toString()) &&
           (t.wordAt(k - 2, u"a") || t.wordAt(k - 2, u"an") || t.wordAt(k - 2, u"another"));
}

// Before the number: "launched a record 550", "injuring at least one", "shot down 476", "fired a
// barrage of 45".
QStringView predicateBefore(const TokenizedText& t, int k) {
    if (gatheringOfAt(t, k))
        k -= 2;
    for (int guard = 0; guard < 3 && t.valid(k); ++guard) {
        const Token& tok = t[k];
        if (tok.is(u"a") || tok.is(u"an") || tok.is(u"the") || tok.is(u"another") || tok.is(u"some") ||
            tok.is(u"its") || tok.is(u"their") || skippableAdverb(tok)) {
            --k;
            continue;
        }
        break;
    }
    if (t.wordAt(k, u"down") && t.valid(k - 1) && isShoot(t[k - 1].lower))
        return u"shot down";
    // "brought in over $363 million": a verb and its particle (verbs.txt lists them as two words).
    if (t.wordAt(k, u"in") && t.valid(k - 1) && t[k - 1].isWord())
        if (const QStringView p = canonicalVerb(t[k - 1].lower.toString() + QStringLiteral(" in"));
            !p.isEmpty())
            return p;
    return t.valid(k) && t[k].isWord() ? canonicalVerb(t[k].lower) : QStringView();
}

bool takesPredicate(Kind k) {
    return k == Kind::Count || k == Kind::Measure || k == Kind::Money || k == Kind::Percent ||
           k == Kind::Fraction || k == Kind::Vague;
}

} // namespace

QStringView canonicalVerb(QStringView lowerWord) {
    return lexicon::verbParticiple(lowerWord);
}

bool isHumanPredicate(QStringView p) {
    return lexicon::isPeopleVerb(p);
}

void attachPredicates(const TokenizedText& t, Drafts& drafts) {
    for (size_t n = 0; n < drafts.size(); ++n) {
        Draft& d = drafts[n];
        if (d.dropped || !takesPredicate(d.m.kind))
            continue;
        QStringView p;
        if (!d.isContainer)
            p = predicateAfter(t, d.npEnd >= 0 ? d.npEnd : d.nextTok,
                               d.m.kind == Kind::Count || d.m.kind == Kind::Vague);
        if (p.isEmpty()) {
            const int before = (d.qualTok >= 0 ? d.qualTok : d.firstTok) - 1;
            // "launched 550 drones and 11 missiles": the second object shares the verb.
            if ((t.wordAt(before, u"and") || t.charAt(before, u',')) && n > 0 &&
                drafts[n - 1].predicateBefore && drafts[n - 1].npEnd == before) {
                p = drafts[n - 1].m.predicate;
                d.predicateBefore = true;
            } else {
                p = predicateBefore(t, before);
                d.predicateBefore = !p.isEmpty();
            }
        }
        d.m.predicate = p.toString();
    }
}

} // namespace parallax::numbers
