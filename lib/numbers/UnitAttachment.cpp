#include "numbers/UnitAttachment.h"

#include "numbers/NounPhrase.h"
#include "numbers/NumberWords.h"
#include "numbers/Predicates.h"
#include "numbers/Units.h"
#include "numbers/WordForms.h"

#include "lexicon/LexiconFile.h"
#include "lexicon/NounSenses.h"
#include "lexicon/Verbs.h"

#include <QSet>

namespace parallax::numbers {

namespace {

using Kind = NumberMention::Kind;

void setUnit(const TokenizedText& t, Draft& d, QString unit, int first, int end) {
    d.m.unit = std::move(unit);
    d.m.unitSpan = tokenSpan(t, first, end - 1);
}

// "AK-47", "AK 47", "M16", "F-16s" as one lower-case key: "ak-47", "m16", "f-16".
QString modelName(const TokenizedText& t, int first, int last) {
    QString name = t[first].lower.toString();
    for (int k = first + 1; k <= last; ++k) {
        if (k == last && t[k].isWord() && t[k].lower == u"s")
            break; // "F-16s"
        if (t[k].isHyphen())
            continue; // "AK - 47" as "AK 47"
        // "AK-47" and "AK 47" are one name; "M16" is glued.
        const bool apart = t[k].isDigits() && (!t[k].glued() || t[k - 1].isHyphen());
        name += apart ? u'-' + t[k].text.toString() : t[k].lower.toString();
    }
    return name;
}

void setHead(const TokenizedText& t, Draft& d, int from) {
    const NounPhrase np = findNounPhrase(t, from, true);
    if (np.head >= 0)
        d.m.head = singularNoun(t[np.head].lower);
    d.npEnd = np.head >= 0 ? np.end : from;
}

// "deep" -> "depth": the noun a label names the measure by.
QString dimensionNoun(const Token& tok) {
    if (tok.is(u"deep"))
        return QStringLiteral("depth");
    if (tok.is(u"long"))
        return QStringLiteral("length");
    if (tok.is(u"high") || tok.is(u"tall"))
        return QStringLiteral("height");
    if (tok.is(u"wide"))
        return QStringLiteral("width");
    if (tok.is(u"thick"))
        return QStringLiteral("thickness");
    return {};
}

bool isDimensionSuffix(const Token& tok) {
    static const QStringView words[] = {u"long", u"high", u"wide", u"deep", u"tall", u"thick", u"strong"};
    for (QStringView w : words)
        if (tok.is(w))
            return true;
    return false;
}

// "temperatures were minus 20", "a temperature of 40", "temperatures dropped to minus 5": a bare
// number that a temperature word governs, through a copula, a preposition or a verb of change, is
// in degrees of a scale the sentence leaves unsaid.
bool governedByTemperature(const TokenizedText& t, const Draft& d) {
    static const QSet<QStringView> between = {
        u"was",    u"were",   u"is",      u"are",     u"of",    u"at",  u"to",  u"as",
        u"around", u"about",  u"near",    u"below",   u"above", u"hit", u"low", u"high",
        u"nearly", u"almost", u"reached", u"hovered", u"stood", u"had"};
    for (int k = d.firstTok - 1, words = 0; t.valid(k) && words < 4; --k, ++words) {
        const Token& w = t[k];
        if (!w.isWord())
            return false;
        if (w.is(u"temperature") || w.is(u"temperatures"))
            return k < d.firstTok - 1;
        if (!between.contains(w.lower) && !lexicon::isChangeVerb(w.lower))
            return false;
    }
    return false;
}

// The next draft, when it starts at token k or after an "and" at k.
Draft* nextDraftAt(const TokenizedText& t, Drafts& drafts, size_t n, int k) {
    if (n + 1 >= drafts.size())
        return nullptr;
    Draft& next = drafts[n + 1];
    if (next.firstTok == k || (t.wordAt(k, u"and") && next.firstTok == k + 1))
        return &next;
    return nullptr;
}

void absorb(const TokenizedText& t, Draft& d, Draft& part, double add, int end) {
    d.m.value += add;
    d.lastTok = end - 1;
    d.nextTok = end;
    d.npEnd = end;
    d.m.span.end = t[end - 1].end;
    part.dropped = true;
}

// "5 feet 2 inches", "12 ft 2 in", "3 dollars 50 cents", "thirteen dollars forty five".
void absorbSubunit(const TokenizedText& t, Drafts& drafts, size_t n, int unitEnd) {
    Draft& d = drafts[n];
    Draft* part = nextDraftAt(t, drafts, n, unitEnd);
    if (!part || part->m.kind != Kind::Count || part->m.rangeEnd || part->m.value < 1 || part->hasDecimal)
        return;
    // A part cut out of a longer token ("1" of a malformed "1,6", whose "6" is a number of its own)
    // is not absorbed: the mention would run over the next one.
    if (part->m.span.end != t[part->lastTok].end)
        return;
    const int k = part->nextTok;
    if (d.m.unit == u"foot" && part->m.value < 12 &&
        (t.wordAt(k, u"in") || t.wordAt(k, u"inch") || t.wordAt(k, u"inches") || t.charAt(k, u'"'))) {
        absorb(t, d, *part, part->m.value / 12, k + 1);
        return;
    }
    const bool dollars =
        d.m.kind == Kind::Money && (t[unitEnd - 1].is(u"dollars") || t[unitEnd - 1].is(u"dollar") ||
                                    t[unitEnd - 1].is(u"euros") || t[unitEnd - 1].is(u"pounds"));
    if (!dollars || part->m.value >= 100)
        return;
    if (t.wordAt(k, u"cents") || t.wordAt(k, u"cent") || t.wordAt(k, u"pence") || t.wordAt(k, u"p"))
        absorb(t, d, *part, part->m.value / 100, k + 1);
    else if (!t.valid(k) || t[k].isSymbol() || t[k].is(u"and"))
        absorb(t, d, *part, part->m.value / 100, k);
}

// A unit written as its own word after the number: "eight hours", "25 pounds", "20 (kg)".
bool spacedUnit(const TokenizedText& t, Drafts& drafts, size_t n) {
    Draft& d = drafts[n];
    int k = d.nextTok;
    if (t.valid(k) && t[k].isSymbol() && QStringView(u"([{<").contains(t[k].text.front()))
        ++k;
    QString unit;
    Dimension dim = Dimension::Other;
    int end = 0;
    if (t.wordAt(k, u"pound") || t.wordAt(k, u"pounds")) {
        // Money when scaled or "sterling"; a weight otherwise ("lost 25 pounds").
        const bool money = d.scale > 1 || t.wordAt(k + 1, u"sterling");
        unit = money ? QStringLiteral("GBP") : QStringLiteral("pound");
        dim = money ? Dimension::Currency : Dimension::Mass;
        end = k + (t.wordAt(k + 1, u"sterling") ? 2 : 1);
    } else if (const auto u = matchUnit(t, k, UnitJoin::Spaced)) {
        unit = u->canonical.toString();
        dim = u->dimension;
        end = u->end;
    } else {
        return false;
    }
    // "23 of every 24 hours" stays a share of the hours (Ratios.h).
    if (d.m.kind != Kind::Ordinal && d.m.kind != Kind::Vague && d.m.kind != Kind::Fraction)
        d.m.kind = dim == Dimension::Currency ? Kind::Money : Kind::Measure;
    setUnit(t, d, unit, k, end);
    if (t.charAt(end, u')') || t.charAt(end, u']') || t.charAt(end, u'}') || t.charAt(end, u'>'))
        ++end;
    d.npEnd = end;
    absorbSubunit(t, drafts, n, end);
    // "2.4 billion gallons of jet fuel"
    if (t.wordAt(d.npEnd, u"of") && d.m.kind != Kind::Ordinal) {
        const NounPhrase np = findNounPhrase(t, d.npEnd + 1, false);
        if (np.head >= 0)
            d.m.head = singularNoun(t[np.head].lower);
    }
    // "10 km deep", "30 feet high": the dimension is what the number measures.
    if (d.m.head.isEmpty() && d.m.kind == Kind::Measure && t.valid(d.npEnd) && isDimensionSuffix(t[d.npEnd]))
        d.m.head = dimensionNoun(t[d.npEnd]);
    return true;
}

// "seven-hour raid", "16-storey residential building", "one-yen bid", "three-member team".
bool hyphenatedUnit(const TokenizedText& t, Draft& d) {
    const int k = d.nextTok;
    if (!t.valid(k + 1) || !t[k].isHyphen() || !t[k].glued() || !t[k + 1].isWord() || !t[k + 1].glued())
        return false;
    int end = 0;
    if (const auto u = matchUnit(t, k + 1, UnitJoin::Hyphen)) {
        if (d.m.kind != Kind::Ordinal)
            d.m.kind = u->dimension == Dimension::Currency ? Kind::Money : Kind::Measure;
        setUnit(t, d, u->canonical.toString(), k + 1, u->end);
        end = u->end;
    } else {
        const QStringView w = t[k + 1].lower;
        if (isFunctionWord(w) || lookupNumberWord(w) || looksLikeVerb(w))
            return false;
        if (w == u"strong") {
            // "a 100,000-strong army" counts the army's members: the army is the unit.
            setHead(t, d, k + 2);
            d.m.unit = d.m.head;
            return true;
        }
        setUnit(t, d, singularNoun(w), k + 1, k + 2);
        end = k + 2;
    }
    if (t.valid(end + 1) && t[end].isHyphen() && t[end].glued() && isDimensionSuffix(t[end + 1]))
        end += 2;
    setHead(t, d, end);
    // "a 6-feet tall man", "described as 6-foot tall and weighing 200 pounds": what a measure
    // measures is its dimension, as for "6 feet tall".
    if (d.m.kind == Kind::Measure && t.valid(end) && isDimensionSuffix(t[end])) {
        d.m.head = dimensionNoun(t[end]);
        d.npEnd = end + 1;
    }
    return true;
}

// "72 of the 550 drones", "476 of a record 539", "six of Kyiv’s 10 districts", "14 of whom".
bool partitive(const TokenizedText& t, Drafts& drafts, size_t n) {
    Draft& d = drafts[n];
    int k = d.nextTok;
    if (t.wordAt(k, u"out") && t.wordAt(k + 1, u"of"))
        ++k;
    if (!t.wordAt(k, u"of"))
        return false;
    ++k;
    if (t.wordAt(k, u"whom") || t.wordAt(k, u"them") || t.wordAt(k, u"those") || t.wordAt(k, u"these") ||
        t.wordAt(k, u"which") || t.wordAt(k, u"us")) {
        d.needsAntecedent = true;
        d.npEnd = k + 1;
        return true;
    }
    for (size_t m = n + 1; m < drafts.size(); ++m) {
        const int start = drafts[m].qualTok >= 0 ? drafts[m].qualTok : drafts[m].firstTok;
        if (start > k + 3)
            break;
        bool onlyDeterminers = true;
        for (int j = k; j < start; ++j)
            onlyDeterminers = onlyDeterminers && isDeterminerOrPossessive(t[j]);
        if (onlyDeterminers && !drafts[m].kindFixed) {
            d.partitiveOf = int(m);
            drafts[m].isContainer = true;
            return true;
        }
    }
    // "17 of the hijacked ships", "six of Kyiv's districts": a part of a whole with no number of its
    // own counts what the whole is made of.
    if (d.m.kind != Kind::Count || !t.valid(k) || !isDeterminerOrPossessive(t[k]))
        return false;
    while (t.valid(k) && isDeterminerOrPossessive(t[k]))
        ++k;
    const NounPhrase np = findNounPhrase(t, k, false);
    if (np.head < 0 || !looksPlural(t[np.head].lower))
        return false;
    setUnit(t, d, singularNoun(t[np.head].lower), np.head, np.head + 1);
    d.npEnd = np.end;
    return true;
}

void attach(const TokenizedText& t, Drafts& drafts, size_t n) {
    Draft& d = drafts[n];
    d.npEnd = d.nextTok;
    switch (d.m.kind) {
    case Kind::Date:
    case Kind::TimeOfDay:
    case Kind::Year:
    case Kind::Identifier:
        return;
    case Kind::Age:
        if (d.unitEnd >= 0 && t.valid(d.unitEnd) && t[d.unitEnd - 1].is(u"old") &&
            t[d.unitEnd - 2].isHyphen())
            setHead(t, d, d.unitEnd);
        return;
    default:
        break;
    }
    if (!d.unitFixed && hyphenatedUnit(t, d))
        return;
    // "a magnitude 6.1 earthquake": the word before the number is the unit, the noun after is
    // what it measures (as in "a 6.1-magnitude quake"), not a count of earthquakes.
    if (!d.unitFixed && d.m.kind == Kind::Count && t.valid(d.firstTok - 1) &&
        t[d.firstTok - 1].is(u"magnitude") && t[d.firstTok].gap > 0) {
        d.m.kind = Kind::Measure;
        setUnit(t, d, QStringLiteral("magnitude"), d.firstTok - 1, d.firstTok);
        setHead(t, d, d.nextTok);
        return;
    }
    if (d.unitFixed) {
        if (d.m.kind == Kind::Money || d.m.kind == Kind::Measure) {
            // "a 1.5km-long convoy"
            const bool suffix = t.valid(d.nextTok + 1) && t[d.nextTok].isHyphen() && t[d.nextTok].glued() &&
                                isDimensionSuffix(t[d.nextTok + 1]);
            setHead(t, d, suffix ? d.nextTok + 2 : d.nextTok);
            // "10 km deep", "30 feet high": the dimension is what the number measures.
            if (d.m.head.isEmpty() && d.m.kind == Kind::Measure && t.valid(d.nextTok) &&
                isDimensionSuffix(t[d.nextTok]))
                d.m.head = dimensionNoun(t[d.nextTok]);
        } else if (d.m.kind == Kind::Percent && t.wordAt(d.nextTok, u"of")) {
            // "80% of the drones": the share is of drones.
            int k = d.nextTok + 1;
            while (t.valid(k) && isDeterminerOrPossessive(t[k]))
                ++k;
            const NounPhrase np = findNounPhrase(t, k, false);
            if (np.head >= 0) {
                d.m.head = singularNoun(t[np.head].lower);
                d.npEnd = np.end;
            }
        }
        return;
    }
    if (spacedUnit(t, drafts, n) || partitive(t, drafts, n))
        return;
    int k = d.nextTok;
    if ((d.m.kind == Kind::Vague || d.m.kind == Kind::Fraction) && t.wordAt(k, u"of")) {
        ++k;
        while (t.valid(k) && isDeterminerOrPossessive(t[k]))
            ++k;
    }
    const bool singular = (d.m.value == 1 && !d.m.rangeEnd) || d.m.kind == Kind::Ordinal;
    const NounPhrase np = findNounPhrase(t, k, singular);
    if (np.head < 0) {
        if (d.m.kind == Kind::Count && governedByTemperature(t, d)) {
            d.m.kind = Kind::Measure;
            d.m.unit = QStringLiteral("degree");
            d.m.implicitUnit = true;
        }
        return;
    }
    if (t[np.head].is(u"others")) {
        d.needsAntecedent = true;
    } else {
        // "six AK-47 rifles", "12 AK 47 guns": the model names the kind; the noun after it adds nothing.
        const QString unit = np.modelFirst >= 0                 ? modelName(t, np.modelFirst, np.modelLast)
                             : isAbbreviationPlural(t[np.head]) ? t[np.head].lower.chopped(2).toString()
                                                                : singularNoun(t[np.head].lower);
        setUnit(t, d, unit, np.head, np.head + 1);
        if (d.m.kind == Kind::Ordinal && d.m.unit.isEmpty())
            d.m.unit = singularNoun(t[np.head].lower);
    }
    d.npEnd = np.end;
}

bool isCounted(Kind k) {
    return k == Kind::Count || k == Kind::Vague;
}

bool takesAntecedent(const Draft& d) {
    return isCounted(d.m.kind) || (d.needsAntecedent && d.m.kind == Kind::Fraction);
}

// True when count m is the second of "N Xs and M Ys", coordinated with a count of another noun.
bool coordinatedWithOtherUnit(const TokenizedText& t, const Drafts& drafts, size_t m) {
    if (m == 0)
        return false;
    const Draft& first = drafts[m - 1];
    const Draft& second = drafts[m];
    if (first.dropped || !isCounted(first.m.kind) || first.m.unit.isEmpty() || first.m.unit == second.m.unit)
        return false;
    int k = first.npEnd >= 0 ? first.npEnd : first.nextTok;
    bool conjunction = false;
    for (; k < second.firstTok; ++k) {
        if (t.wordAt(k, u"and") || t.wordAt(k, u"or"))
            conjunction = true;
        else if (!t.charAt(k, u','))
            return false;
    }
    return conjunction;
}

// A person's weight: a mass right after a height, as police and sports desks describe people
// ("5-foot-8, 135 pounds", "5 feet 8 inches tall, weighing 130 pounds", "6ft 2in and 15 stone"),
// or of a person ("a 200-pound male").
// Named so, two outlets' weights of one man meet as one measure. Not any "weighing": a bomb
// weighing 500 kg and a missile weighing a tonne are two things' weights.
void nameBodyWeight(const TokenizedText& t, Drafts& drafts, size_t n) {
    Draft& d = drafts[n];
    static const QSet<QStringView> bodyMass = {u"pound", u"kg", u"stone"};
    if (!bodyMass.contains(d.m.unit))
        return;
    // "a 6-foot, 200-pound black male": the pounds of a person are their weight ("a 10-pound note"
    // is money, "a 500-pound bomb" the bomb's: "pound" after a hyphen is left to its noun).
    if (!d.m.head.isEmpty() && (d.m.kind == Kind::Measure || d.m.kind == Kind::Count)) {
        static const QSet<QString> kinds = lexicon::lexiconWords(u"people", u"kinds"); // "male"
        if (lexicon::firstSenseFile(d.m.head) == lexicon::kNounPerson || kinds.contains(d.m.head)) {
            d.m.kind = Kind::Measure;
            d.m.head = QStringLiteral("weight");
        }
        return;
    }
    if (d.m.kind != Kind::Measure)
        return;
    for (size_t m = n; m-- > 0;) {
        const Draft& height = drafts[m];
        if (height.dropped)
            continue;
        static const QSet<QStringView> lengths = {u"foot", u"inch", u"m", u"cm"};
        if (height.m.kind != Kind::Measure || !lengths.contains(height.m.unit))
            return;
        // Only a comma, a hyphen, "and", "tall" or "weighing" between the height and the weight.
        const int from = height.npEnd >= 0 ? height.npEnd : height.nextTok;
        for (int j = from; j < (d.qualTok >= 0 ? d.qualTok : d.firstTok); ++j)
            if (!t.charAt(j, u',') && !t[j].isHyphen() && !t.wordAt(j, u"and") && !t.wordAt(j, u"tall") &&
                !t.wordAt(j, u"weighing"))
                return;
        d.m.head = QStringLiteral("weight");
        return;
    }
}

// "arrested five buildings away", "three doors down", "two blocks from the school": buildings,
// doors and blocks counted along a street (counted-nouns.txt, [street lengths]) measure how far,
// not how many were there. Read so, they
// are no count of buildings (a fire that spread to five buildings) and take no verb ("buildings
// arrested").
void readStreetDistance(const TokenizedText& t, Draft& d) {
    static const QSet<QString> lots = lexicon::lexiconWords(u"counted-nouns", u"street lengths");
    if (d.m.kind != Kind::Count || !lots.contains(d.m.unit) || d.m.rangeEnd)
        return;
    const int k = d.npEnd >= 0 ? d.npEnd : d.nextTok;
    const bool away = t.wordAt(k, u"away") || t.wordAt(k, u"down") || t.wordAt(k, u"up") ||
                      (t.wordAt(k, u"from") &&
                       (t.wordAt(k + 1, u"the") || t.wordAt(k + 1, u"where") || t.wordAt(k + 1, u"here") ||
                        t.wordAt(k + 1, u"his") || t.wordAt(k + 1, u"her") || t.wordAt(k + 1, u"their")));
    // "three houses from the 1920s" are houses of that time.
    if (!away || (t.wordAt(k, u"from") && t.valid(k + 2) && t[k + 2].text.front().isDigit()))
        return;
    d.m.kind = Kind::Measure;
    d.m.head = QStringLiteral("distance");
}

// "a five-year deal worth nearly $80 million", "a contract worth $80 million": money after
// "worth" is the value of the noun before it. Read so, the deal's value meets another outlet's
// "$82 million deal". "is worth", "net worth of" name no thing before "worth".
void nameValueOfWorth(const TokenizedText& t, Draft& d) {
    if (d.m.kind != Kind::Money || !d.m.head.isEmpty())
        return;
    const int worth = (d.qualTok >= 0 ? d.qualTok : d.firstTok) - 1;
    if (!t.wordAt(worth, u"worth") || !t.valid(worth - 1) || !t[worth - 1].isWord())
        return;
    const QStringView noun = t[worth - 1].lower;
    if (isFunctionWord(noun) || looksLikeVerb(noun) || isLyAdverb(noun) || t[worth - 1].capitalised() ||
        lexicon::knownOnlyAsNonNoun(noun))
        return;
    d.m.head = singularNoun(noun);
}

} // namespace

void attachUnits(const TokenizedText& t, Drafts& drafts) {
    for (size_t n = 0; n < drafts.size(); ++n)
        if (!drafts[n].dropped)
            attach(t, drafts, n);
    for (size_t n = 0; n < drafts.size(); ++n)
        if (!drafts[n].dropped) {
            nameBodyWeight(t, drafts, n);
            readStreetDistance(t, drafts[n]);
            nameValueOfWorth(t, drafts[n]);
        }
    // The container's noun is the partitive's: "72 of the 550 drones" counts drones too.
    for (Draft& d : drafts) {
        if (d.partitiveOf < 0)
            continue;
        const Draft& whole = drafts[size_t(d.partitiveOf)];
        d.m.unit = whole.m.unit;
        d.m.unitSpan = whole.m.unitSpan;
        d.npEnd = whole.npEnd;
        if (d.m.kind == Kind::Count && (whole.m.kind == Kind::Measure || whole.m.kind == Kind::Money))
            d.m.kind = whole.m.kind;
    }
}

void resolveImplicitUnits(const TokenizedText& t, Drafts& drafts) {
    for (size_t n = 0; n < drafts.size(); ++n) {
        Draft& d = drafts[n];
        if (d.dropped || !d.m.unit.isEmpty() || !takesAntecedent(d))
            continue;
        // Nearest earlier count in the same sentence that names its noun, when this number stands
        // for a noun left out: "14 of whom", "26 others", "72 managed to", "the other two remain";
        // not "put the toll at 42."
        const int after = d.npEnd >= 0 ? d.npEnd : d.nextTok;
        const bool elliptical =
            d.needsAntecedent || (t.valid(after) && t[after].isWord() && looksLikeVerb(t[after].lower));
        for (size_t m = n; elliptical && m-- > 0;) {
            const Draft& prev = drafts[m];
            bool sentenceBreak = false;
            for (int k = prev.lastTok; k < d.firstTok && !sentenceBreak; ++k)
                sentenceBreak = t.sentenceEndAt(k) && k > prev.lastTok;
            if (sentenceBreak)
                break;
            if (!prev.dropped && isCounted(prev.m.kind) && !prev.m.unit.isEmpty()) {
                // "480 drones and 40 missiles, of which 473 were shot down": the number stands for
                // both nouns together, never for either alone.
                d.m.unit = coordinatedWithOtherUnit(t, drafts, m)
                               ? drafts[m - 1].m.unit + QStringLiteral(" and ") + prev.m.unit
                               : prev.m.unit;
                d.m.implicitUnit = !d.m.unit.isEmpty();
                break;
            }
        }
        if (d.m.unit.isEmpty() && isHumanPredicate(d.m.predicate)) {
            d.m.unit = QStringLiteral("people");
            d.m.implicitUnit = true;
        }
    }
}

} // namespace parallax::numbers
