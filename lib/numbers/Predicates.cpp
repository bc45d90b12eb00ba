#include "numbers/Predicates.h"

#include "numbers/NounPhrase.h"
#include "numbers/WordForms.h"

#include <QHash>

#include <initializer_list>

namespace parallax::numbers {

namespace {

using Kind = NumberMention::Kind;

struct Verb {
    QStringView participle;
    std::initializer_list<QStringView> forms;
};

// Bare forms that are mostly something else are left out: "last" (adjective), "total" (noun),
// "fine" (adjective), "shot"/"shoot" (need "down", see below).
const Verb kVerbs[] = {
    {u"killed", {u"kill", u"kills", u"killed", u"killing"}},
    {u"injured", {u"injure", u"injures", u"injured", u"injuring"}},
    {u"wounded", {u"wound", u"wounds", u"wounded", u"wounding"}},
    {u"hurt", {u"hurt", u"hurts", u"hurting"}},
    {u"died", {u"die", u"dies", u"died", u"dying", u"dead"}},
    {u"hospitalised",
     {u"hospitalise", u"hospitalises", u"hospitalised", u"hospitalising", u"hospitalize", u"hospitalizes",
      u"hospitalized", u"hospitalizing"}},
    {u"evacuated", {u"evacuate", u"evacuates", u"evacuated", u"evacuating"}},
    {u"rescued", {u"rescue", u"rescues", u"rescued", u"rescuing"}},
    {u"arrested", {u"arrest", u"arrests", u"arrested", u"arresting"}},
    {u"detained", {u"detain", u"detains", u"detained", u"detaining"}},
    {u"displaced", {u"displace", u"displaces", u"displaced", u"displacing"}},
    {u"missing", {u"missing"}},
    {u"treated", {u"treat", u"treats", u"treated", u"treating"}},
    {u"launched", {u"launch", u"launches", u"launched", u"launching"}},
    {u"fired", {u"fire", u"fires", u"fired", u"firing"}},
    {u"intercepted", {u"intercept", u"intercepts", u"intercepted", u"intercepting"}},
    {u"shot down", {u"downed", u"downing"}},
    {u"destroyed", {u"destroy", u"destroys", u"destroyed", u"destroying"}},
    {u"damaged", {u"damage", u"damages", u"damaged", u"damaging"}},
    {u"hit", {u"hit", u"hits", u"hitting"}},
    {u"struck", {u"strike", u"strikes", u"struck", u"striking"}},
    {u"targeted", {u"target", u"targets", u"targeted", u"targeting", u"targetted", u"targetting"}},
    {u"deployed", {u"deploy", u"deploys", u"deployed", u"deploying"}},
    {u"breached", {u"breach", u"breaches", u"breached", u"breaching"}},
    {u"penetrated", {u"penetrate", u"penetrates", u"penetrated", u"penetrating"}},
    {u"lasted", {u"lasts", u"lasted", u"lasting"}},
    {u"used", {u"use", u"uses", u"used", u"using"}},
    {u"sent", {u"send", u"sends", u"sent", u"sending"}},
    {u"delivered", {u"deliver", u"delivers", u"delivered", u"delivering"}},
    {u"supplied", {u"supply", u"supplies", u"supplied", u"supplying"}},
    {u"pledged", {u"pledge", u"pledges", u"pledged", u"pledging"}},
    {u"approved", {u"approve", u"approves", u"approved", u"approving"}},
    {u"raised", {u"raise", u"raises", u"raised", u"raising"}},
    {u"cut", {u"cut", u"cuts", u"cutting"}},
    {u"lost", {u"lose", u"loses", u"lost", u"losing"}},
    {u"won", {u"win", u"wins", u"won", u"winning"}},
    {u"paid", {u"pay", u"pays", u"paid", u"paying"}},
    {u"sold", {u"sell", u"sells", u"sold", u"selling"}},
    {u"bought", {u"buy", u"buys", u"bought", u"buying"}},
    {u"cost", {u"cost", u"costs", u"costing"}},
    {u"spent", {u"spend", u"spends", u"spent", u"spending"}},
    {u"rose", {u"rise", u"rises", u"rose", u"risen", u"rising"}},
    {u"fell", {u"fall", u"falls", u"fell", u"fallen", u"falling"}},
    {u"grew", {u"grow", u"grows", u"grew", u"grown", u"growing"}},
    {u"increased", {u"increase", u"increases", u"increased", u"increasing"}},
    {u"decreased", {u"decrease", u"decreases", u"decreased", u"decreasing"}},
    {u"dropped", {u"drop", u"drops", u"dropped", u"dropping"}},
    {u"totalled", {u"totals", u"totalled", u"totaled", u"totalling", u"totaling"}},
    {u"fined", {u"fined"}},
    {u"sentenced", {u"sentenced"}},
    {u"jailed", {u"jail", u"jails", u"jailed", u"jailing"}},
    {u"fled", {u"flee", u"flees", u"fled", u"fleeing"}},
    {u"shelled", {u"shell", u"shelled", u"shelling"}},
    {u"bombed", {u"bomb", u"bombed", u"bombing"}},
    {u"involved", {u"involve", u"involves", u"involved", u"involving"}},
    {u"recorded", {u"recorded"}},
};

const QHash<QStringView, QStringView>& verbTable() {
    static const QHash<QStringView, QStringView> table = [] {
        QHash<QStringView, QStringView> h;
        for (const Verb& v : kVerbs)
            for (QStringView f : v.forms)
                h.insert(f, v.participle);
        return h;
    }();
    return table;
}

bool isShoot(QStringView w) {
    return w == u"shot" || w == u"shoot" || w == u"shoots" || w == u"shooting";
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

// Before the number: "launched a record 550", "injuring at least one", "shot down 476".
QStringView predicateBefore(const TokenizedText& t, int k) {
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
    return t.valid(k) && t[k].isWord() ? canonicalVerb(t[k].lower) : QStringView();
}

bool takesPredicate(Kind k) {
    return k == Kind::Count || k == Kind::Measure || k == Kind::Money || k == Kind::Percent ||
           k == Kind::Fraction || k == Kind::Vague;
}

} // namespace

QStringView canonicalVerb(QStringView lowerWord) {
    const auto& table = verbTable();
    const auto it = table.constFind(lowerWord);
    return it == table.constEnd() ? QStringView() : it.value();
}

bool isHumanPredicate(QStringView p) {
    return p == u"killed" || p == u"injured" || p == u"wounded" || p == u"hurt" || p == u"died" ||
           p == u"hospitalised" || p == u"evacuated" || p == u"rescued" || p == u"arrested" ||
           p == u"detained" || p == u"displaced" || p == u"missing" || p == u"treated" || p == u"fled" ||
           p == u"jailed" || p == u"sentenced";
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
