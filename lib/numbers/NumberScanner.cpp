#include "numbers/NumberScanner.h"

#include "lexicon/NounSenses.h"

#include "numbers/DatesTimes.h"
#include "numbers/DigitLiterals.h"
#include "numbers/Identifiers.h"
#include "numbers/NumberWords.h"
#include "numbers/Units.h"
#include "numbers/ValueSuffixes.h"
#include "numbers/WordForms.h"

#include <QSet>

#include <cmath>

namespace parallax::numbers {

namespace {

using Kind = NumberMention::Kind;

bool isNumberStart(const TokenizedText& t, int k) {
    if (!t.valid(k))
        return false;
    if (t[k].isDigits() || t[k].type == Token::Type::VulgarFraction)
        return true;
    const NumberWord* w = t[k].isWord() ? lookupNumberWord(t[k].lower) : nullptr;
    return w && w->role != WordRole::Article && w->role != WordRole::Ordinal;
}

bool temperatureAfter(const TokenizedText& t, int k) {
    const int n = k + 1;
    if (!t.valid(n))
        return false;
    const QStringView w = t[n].lower;
    return t[n].isChar(u'°') || w == u"degree" || w == u"degrees" || w == u"deg" || w == u"celsius" ||
           w == u"fahrenheit" || w == u"farenheit";
}

// A '-' is a minus sign before digits unless it joins two things: "1000-5000", "75 -300mm",
// "SCP-173", "mid-1972". Spaced ("- 5") only at the start, after an operator, or before a
// temperature ("how to convert - 20 degrees").
bool isMinusAt(const TokenizedText& t, int k) {
    const Token& m = t[k];
    if (!(m.isHyphen() || m.isChar(u'−')) || !t.valid(k + 1))
        return false;
    const Token& n = t[k + 1];
    if (!n.isDigits() && n.type != Token::Type::VulgarFraction)
        return false;
    bool afterOperator = false;
    if (k > 0) {
        const Token& p = t[k - 1];
        if (p.isDigits() || p.type == Token::Type::VulgarFraction)
            return false;
        if (p.isWord() && (m.glued() || lookupNumberWord(p.lower)))
            return false;
        afterOperator = p.isSymbol() && QStringView(u"<>=(:[~").contains(p.text.front());
    }
    if (n.glued())
        return k == 0 || m.gap > 0 || afterOperator;
    return n.gap == 1 && (k == 0 || afterOperator || temperatureAfter(t, k + 1));
}

// "1/4", "3 / 4": a proper fraction of small integers, not a date "5/17/2018" or a ratio "24/7".
bool slashFractionAt(const TokenizedText& t, int k, double& num, double& den, int& end) {
    if (!t.valid(k + 2) || !t[k].isDigits() || !t[k + 1].isChar(u'/') || !t[k + 2].isDigits())
        return false;
    const bool glued = t[k + 1].glued() && t[k + 2].glued();
    const bool spaced = t[k + 1].gap == 1 && t[k + 2].gap == 1;
    if (!glued && !spaced)
        return false;
    for (int j : {k, k + 2})
        if (t[j].text.contains(u',') || t[j].text.contains(u'.'))
            return false;
    num = parseDecimal(t[k].text);
    den = parseDecimal(t[k + 2].text);
    // Fractions in prose have small familiar denominators; "9/11" and "24/7" are names.
    const bool familiar = den == 2 || den == 3 || den == 4 || den == 5 || den == 6 || den == 8 || den == 10 ||
                          den == 12 || den == 16 || den == 20 || den == 100;
    if (!(num > 0 && num < den && familiar))
        return false;
    if (t.valid(k + 3) && t[k + 3].glued() && (t[k + 3].isChar(u'/') || t[k + 3].isDigits()))
        return false;
    end = k + 3;
    return true;
}

Draft makeDraft(const TokenizedText& t, int first, const ScannedValue& v) {
    Draft d;
    d.firstTok = first;
    d.lastTok = v.end - 1;
    d.nextTok = v.end;
    d.m.span = tokenSpan(t, first, v.end - 1);
    d.m.value = v.value;
    d.m.kind = v.kind;
    d.m.unit = v.unit;
    d.m.normalized = v.normalized;
    return d;
}

// What a slash or a fraction glyph makes of an integer literal at token k: "2½", "2  1/4", "3/4",
// and the names "9/11", "24/7", "2021/22".
void readSlashForms(const TokenizedText& t, int k, const DigitLiteral& lit, Draft& d, ScannedValue& v) {
    double num = 0, den = 0;
    int fracEnd = 0;
    if (!lit.hasDecimal && !lit.grouped) {
        if (t.valid(v.end) && t[v.end].type == Token::Type::VulgarFraction && t[v.end].gap <= 1) {
            v.value += vulgarFractionValue(t[v.end].text.front()); // "2½"
            ++v.end;
        } else if (t.valid(v.end) && t[v.end].gap > 0 && slashFractionAt(t, v.end, num, den, fracEnd)) {
            v.value += num / den; // "2  1/4", "10 1/2 miles"
            v.end = fracEnd;
        } else if (slashFractionAt(t, k, num, den, fracEnd)) {
            v.value = num / den; // "3/4"
            v.end = fracEnd;
            v.kind = Kind::Fraction;
        } else if (t.valid(k + 2) && t[k + 1].isChar(u'/') && t[k + 1].glued() && t[k + 2].isDigits() &&
                   t[k + 2].glued() && lit.intDigits <= 2 && t[k + 2].text.size() <= 2) {
            v.kind = Kind::Identifier; // "9/11", "24/7"
            v.kindSet = true;
            v.end = k + 3;
            v.normalized = t.text.sliced(t[k].start, t[k + 2].end - t[k].start).toString();
        } else if (t.valid(k + 2) && t[k + 1].isChar(u'/') && t[k + 1].glued() && t[k + 2].isDigits() &&
                   t[k + 2].glued() && lit.intDigits == 4 && t[k + 2].text.size() == 2 && v.value >= 1000 &&
                   v.value <= 2100) {
            // "2021/22": a financial or academic year, like "2024-25".
            const double end = std::floor(v.value / 100) * 100 + parseDecimal(t[k + 2].text);
            if (end == v.value + 1) {
                v.kind = Kind::Year;
                v.kindSet = true;
                v.end = k + 3;
                d.m.rangeEnd = end;
            }
        }
    }
}

// Number words that are no number where they stand: "one" as a pronoun, "second" after a number
// ("one second"), "half" that names a part ("the first half of the year").
bool isNoNumberHere(const TokenizedText& t, int k, const SpelledNumber& n, bool negative, const Drafts& out) {
    if (n.end != k + 1)
        return false;
    const Token& w = t[k];
    if (w.is(u"one"))
        return !negative && isPronounOne(t, k);
    if (n.ordinal && w.is(u"second"))
        return !out.empty() && out.back().lastTok >= k - 2;
    if (!w.is(u"half") || !t.valid(k - 1) || !t[k - 1].isWord())
        return false;
    const Token& p = t[k - 1];
    const NumberWord* before = lookupNumberWord(p.lower);
    return p.is(u"the") || p.is(u"other") || p.is(u"latter") || p.is(u"former") || p.is(u"final") ||
           p.is(u"last") || p.is(u"next") || (before && before->role == WordRole::Ordinal);
}

// Sign, currency, digits or words, then what follows them. Appends to out and returns the next
// token to scan, or i when nothing starts here.
int scanQuantity(const TokenizedText& t, int i, Drafts& out) {
    int k = i;
    bool negative = false;
    if (isMinusAt(t, k)) {
        negative = true;
        ++k;
    } else if ((t[k].is(u"minus") || t[k].is(u"negative")) && t.valid(k + 1) && t[k + 1].gap > 0 &&
               isNumberStart(t, k + 1)) {
        negative = true;
        ++k;
    } else if ((t[k].is(u"minus") || t[k].is(u"negative")) && t.valid(k + 2) && t[k + 1].isHyphen() &&
               t[k + 1].glued() && t[k + 2].glued() && isNumberStart(t, k + 2)) {
        // "minus-20 degree temperatures": hyphenated as a modifier, still the sign of its number.
        negative = true;
        k += 2;
    }
    QStringView currency;
    int afterCurrency = 0;
    if (const QStringView code = matchCurrencyPrefix(t, k, afterCurrency); !code.isEmpty()) {
        if (t.valid(afterCurrency) &&
            (t[afterCurrency].isDigits() || t[afterCurrency].type == Token::Type::VulgarFraction) &&
            t[afterCurrency].gap <= 1 && !t[afterCurrency].newlineBefore) {
            currency = code;
            k = afterCurrency;
        }
    }
    if (!t.valid(k))
        return i;

    Draft d;
    ScannedValue v;
    const Token& core = t[k];
    qsizetype literalStart = -1;
    if (core.isDigits()) {
        std::vector<DigitLiteral> lits;
        parseDigitLiterals(t, k, lits);
        if (lits.empty())
            return i;
        if (lits.size() > 1) { // "22,24,26,31": each its own count
            for (const DigitLiteral& lit : lits) {
                Draft part = makeDraft(t, k, scannedValue(lit.value, k + 1));
                part.m.span = Span{lit.start, lit.end};
                part.intDigits = lit.intDigits;
                part.hasDecimal = lit.hasDecimal;
                out.push_back(part);
            }
            return k + 1;
        }
        const DigitLiteral& lit = lits.front();
        if (i == k && lit.start > core.start) // "8,135" read as 135 (DigitLiterals.cpp): its text is "135"
            literalStart = lit.start;
        d.intDigits = lit.intDigits;
        d.hasDecimal = lit.hasDecimal;
        d.grouped = lit.grouped;
        v.value = lit.value;
        v.end = lit.endTok;
        readSlashForms(t, k, lit, d, v);
        readGluedSuffix(t, k, lit, !currency.isEmpty(), d, v);
        if (!v.kindSet && d.scale == 1 && !d.unitFixed)
            readSpacedScale(t, d, v);
        // "10.99$", "100k€"
        if (currency.isEmpty() && t.valid(v.end) && t[v.end].isSymbol() && t[v.end].glued()) {
            currency = currencyOfSymbol(t[v.end].text.front());
            if (!currency.isEmpty())
                ++v.end;
        }
    } else if (core.type == Token::Type::VulgarFraction) {
        v.value = vulgarFractionValue(core.text.front());
        v.end = k + 1;
        v.kind = Kind::Fraction;
    } else if (core.isWord() && currency.isEmpty()) {
        const auto spelled = parseSpelledNumber(t, k);
        if (!spelled)
            return i;
        if (isNoNumberHere(t, k, *spelled, negative, out))
            return i;
        d.spelled = true;
        d.scale = spelled->scale;
        v.value = spelled->value;
        v.end = spelled->end;
        if (spelled->ordinal)
            v.kind = Kind::Ordinal, v.kindSet = true;
        else if (spelled->fraction)
            v.kind = Kind::Fraction;
    } else {
        return i;
    }
    if (!v.kindSet)
        readPercent(t, v);
    if (negative)
        v.value = -v.value;
    if (!currency.isEmpty() && !v.kindSet) {
        v.kind = Kind::Money;
        v.unit = currency.toString();
        d.unitFixed = true;
    } else if (!v.unit.isEmpty() && !v.kindSet) {
        v.kind = v.currencyUnit ? Kind::Money : Kind::Measure;
    }
    Draft made = makeDraft(t, i, v);
    if (literalStart >= 0)
        made.m.span.start = literalStart;
    made.m.rangeEnd = d.m.rangeEnd;
    made.intDigits = d.intDigits;
    made.hasDecimal = d.hasDecimal;
    made.grouped = d.grouped;
    made.spelled = d.spelled;
    made.scale = d.scale;
    made.signed_ = negative;
    made.unitFixed = d.unitFixed || v.kind == Kind::Percent;
    made.kindFixed = v.kindSet && v.kind != Kind::Percent;
    out.push_back(std::move(made));
    return v.end;
}

bool scanVague(const TokenizedText& t, int i, Draft& out) {
    const auto vague = parseVagueNumber(t, i);
    if (!vague)
        return false;
    out = makeDraft(t, i, scannedValue(vague->value, vague->end, Kind::Vague, true));
    out.kindFixed = true;
    return true;
}

// "hour-long call", "a day-long siege": one unit of time with no digit written.
bool scanUnitLong(const TokenizedText& t, int i, Draft& out) {
    if (!t[i].isWord() || !t.valid(i + 2) || !t[i + 1].isHyphen() || !t[i + 1].glued() ||
        !t.wordAt(i + 2, u"long") || !t[i + 2].glued())
        return false;
    const auto unit = matchUnit(t, i, UnitJoin::Spaced);
    if (!unit || unit->dimension != Dimension::Time || unit->end != i + 1 || looksPlural(t[i].lower))
        return false;
    out = makeDraft(t, i, scannedValue(1, i + 3, Kind::Measure, true, unit->canonical.toString()));
    out.m.unitSpan = tokenSpan(t, i, i);
    out.kindFixed = true;
    out.unitFixed = true;
    return true;
}

// "married twice", "twice delayed": a number of times written as one word. Not a multiplier:
// "twice as many", "twice the size", "twice a day" (a rate), "twice weekly".
bool scanTimesAdverb(const TokenizedText& t, int i, Draft& out) {
    // A multiplier goes on with what it multiplies: "twice the size", "twice as many", "twice what
    // they were", "twice its value", "twice normal length", "twice last year's level",
    // "twice-weekly"; "twice a day" is a rate. Anything else is a number of times: "twice in a
    // week", "voted twice against", "twice delayed", "visited twice last year".
    static const QSet<QStringView> multiplied = {
        u"as",     u"a",       u"an",     u"the",      u"that",   u"what",  u"this",    u"these", u"those",
        u"its",    u"their",   u"his",    u"her",      u"our",    u"my",    u"your",    u"per",   u"daily",
        u"weekly", u"monthly", u"yearly", u"annually", u"normal", u"usual", u"average", u"over",  u"than"};
    if (!t[i].isWord() || (t[i].lower != u"twice" && t[i].lower != u"thrice"))
        return false;
    if (t.valid(i + 1) && t[i + 1].isHyphen() && t[i + 1].glued())
        return false;
    if (t.valid(i + 1) && t[i + 1].isWord()) {
        const QStringView next = t[i + 1].lower;
        const bool possessiveAfter = next == u"last" && t.valid(i + 2) && t[i + 2].isWord() &&
                                     isPossessive(t[i + 2].lower); // "twice last year's level"
        // "twice more", "twice larger", "twice Hurricane Katrina's size", "twice GDP", "twice
        // pre-war levels": a comparison or a name of what is multiplied.
        static const QSet<QStringView> comparing = {u"more",    u"less",     u"fewer", u"bigger",  u"larger",
                                                    u"faster",  u"higher",   u"lower", u"greater", u"longer",
                                                    u"smaller", u"stronger", u"worse", u"better"};
        const bool named =
            t[i + 1].capitalised() || (t.valid(i + 2) && t[i + 2].isHyphen() && t[i + 2].glued());
        if (multiplied.contains(next) || comparing.contains(next) || possessiveAfter || isPossessive(next) ||
            named)
            return false;
    }
    const double times = t[i].lower == u"twice" ? 2 : 3;
    out = makeDraft(t, i, scannedValue(times, i + 1, Kind::Count, true, QStringLiteral("time")));
    out.m.unitSpan = tokenSpan(t, i, i);
    out.spelled = true;
    out.kindFixed = true;
    out.unitFixed = true;
    return true;
}

} // namespace

bool isPronounOne(const TokenizedText& t, int i) {
    static const QSet<QStringView> determiners = {
        u"the",  u"this", u"that", u"which", u"each",      u"every",  u"any",   u"no",  u"another", u"other",
        u"same", u"last", u"next", u"right", u"wrong",     u"little", u"big",   u"new", u"old",     u"good",
        u"bad",  u"a",    u"an",   u"what",  u"whichever", u"latest", u"first", u"such"};
    // "I'd one day have the chance", "will one day be", "One day, she walked in": someday, not a
    // span of one day ("one day after the quake").
    if (t.wordAt(i + 1, u"day")) {
        static const QSet<QStringView> modals = {u"would", u"will",   u"could", u"might", u"may",
                                                 u"can",   u"should", u"must",  u"'d",    u"’d",
                                                 u"'ll",   u"’ll",    u"d",     u"ll"};
        static const QSet<QStringView> subjects = {u"i", u"he", u"she", u"we", u"they", u"you", u"it"};
        // "hopes to one day become president": "to" when a verb follows; "sentenced to one day".
        const bool toVerb = t.wordAt(i - 1, u"to") && t.valid(i + 2) && t[i + 2].isWord() &&
                            lexicon::knownOnlyAsVerb(t[i + 2].lower) && !t[i + 2].lower.endsWith(u"ed") &&
                            !t[i + 2].lower.endsWith(u"en"); // "to one day become", not "one day served"
        const bool afterModal =
            toVerb || t.valid(i - 1) && t[i - 1].isWord() &&
                          (modals.contains(t[i - 1].lower) || t[i - 1].lower.endsWith(u"'d") ||
                           t[i - 1].lower.endsWith(u"’d") || t[i - 1].lower.endsWith(u"'ll") ||
                           t[i - 1].lower.endsWith(u"’ll"));
        const bool opensStory =
            (i == 0 || t.sentenceEndAt(i - 1) || t[i].newlineBefore) &&
            (t.charAt(i + 2, u',') || (t.valid(i + 2) && subjects.contains(t[i + 2].lower)));
        if (afterModal || opensStory)
            return true;
    }
    // "No-one was injured", the British spelling of "no one": nobody, not one person.
    if (i >= 2 && t[i - 1].isHyphen() && t[i - 1].glued() && t[i].glued() && t[i - 2].is(u"no"))
        return true;
    if (t.wordAt(i + 1, u"another") || (t.wordAt(i + 1, u"after") && t.wordAt(i + 2, u"another")) ||
        (t.wordAt(i + 1, u"by") && t.wordAt(i + 2, u"one")) ||
        (t.wordAt(i - 1, u"by") && t.wordAt(i - 2, u"one")))
        return true;
    if (t.wordAt(i + 1, u"of")) {
        for (int k = i + 2; k <= i + 5 && t.valid(k) && t[k].isWord(); ++k)
            if (isSuperlative(withoutPossessive(t[k].lower)))
                return true;
    }
    if (!t.valid(i - 1) || !t[i - 1].isWord() || !determiners.contains(t[i - 1].lower))
        return false;
    // "a one-second delay", "a one-year extension": a compound adjective counts.
    if (t.valid(i + 2) && t[i + 1].isHyphen() && t[i + 1].glued() && t[i + 2].isWord() && t[i + 2].glued())
        return false;
    // "that one mile" still counts: a noun follows.
    const int n = i + 1;
    const bool nounNext = t.valid(n) && t[n].isWord() && t[n].gap > 0 && !isFunctionWord(t[n].lower) &&
                          !looksLikeVerb(t[n].lower) && !isLyAdverb(t[n].lower) &&
                          !looksLikeGerund(t[n].lower);
    return !nounNext;
}

Drafts scanDrafts(const TokenizedText& t) {
    Drafts out;
    int i = 0;
    while (i < t.size()) {
        Draft d;
        if (scanDateOrTime(t, i, d) || scanIdentifier(t, i, d) || scanVague(t, i, d) ||
            scanUnitLong(t, i, d) || scanTimesAdverb(t, i, d)) {
            i = d.nextTok;
            out.push_back(std::move(d));
            continue;
        }
        const int next = scanQuantity(t, i, out);
        i = next > i ? next : i + 1;
    }
    return out;
}

} // namespace parallax::numbers
