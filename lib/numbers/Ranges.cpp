#include "numbers/Ranges.h"

#include "lexicon/Verbs.h"

#include "numbers/WordForms.h"

#include <QSet>

#include <cmath>

namespace parallax::numbers {

namespace {

using Kind = NumberMention::Kind;

bool canBeRangeEnd(const Draft& d) {
    switch (d.m.kind) {
    case Kind::Count:
    case Kind::Measure:
    case Kind::Money:
    case Kind::Percent:
    case Kind::Fraction:
        return !d.m.rangeEnd;
    default:
        return false;
    }
}

// "rose from 10 to 20" and "cut 5 to 3" are changes, not ranges.
bool changeVerbAt(const TokenizedText& t, int i) {
    // "rose from 127 to 130", and "up from", "down from".
    return t.valid(i) && t[i].isWord() &&
           (lexicon::isChangeVerb(t[i].lower) || t[i].lower == u"up" || t[i].lower == u"down");
}

// "10-12%", "$5-10m" and "$5 to $10" share a kind; "6.2% to $1.45 billion" and "25% to 34,500
// tons" join two different things. Only a currency is written on the first end alone.
bool compatible(const Draft& a, const Draft& b) {
    if (a.m.kind == Kind::Count)
        return true;
    if (b.m.kind == Kind::Count)
        return a.m.kind == Kind::Money;
    return a.m.kind == b.m.kind && (a.m.unit.isEmpty() || b.m.unit.isEmpty() || a.m.unit == b.m.unit);
}

enum class Connector { None, Dash, To, And, Or };

// "a 24- to 30-foot dhow", "a three- or four-day trip": the first end's unit is left hanging on a
// hyphen written against it, and the connector word follows after a space.
bool suspendedHyphenAfter(const TokenizedText& t, const Draft& a) {
    const int dash = a.nextTok;
    return t.valid(dash + 1) && t[dash].isDash() && t[dash].glued() && !t[dash + 1].glued() &&
           t[dash + 1].isWord();
}

Connector connectorBetween(const TokenizedText& t, const Draft& a, const Draft& b) {
    int at = a.nextTok;
    if (b.firstTok == a.nextTok + 2 && suspendedHyphenAfter(t, a))
        ++at;
    else if (b.firstTok != a.nextTok + 1)
        return Connector::None;
    const Token& c = t[at];
    if (c.isDash() || c.isChar(u'~') || c.isChar(u'〜'))
        return Connector::Dash;
    if (c.is(u"to") || c.is(u"through") || c.is(u"thru"))
        return Connector::To;
    if (c.is(u"and"))
        return Connector::And;
    if (c.is(u"or"))
        return Connector::Or;
    return Connector::None;
}

// "2024-25": a two-digit end after a year means the same century.
double expandShortYear(const Draft& a, const Draft& b) {
    if (a.intDigits == 4 && b.intDigits == 2 && !a.spelled && !b.spelled && a.plainInteger() &&
        b.plainInteger()) {
        const double century = std::floor(a.m.value / 100) * 100;
        const double end = century + b.m.value;
        if (end > a.m.value)
            return end;
    }
    return b.m.value;
}

// Words of a match result around "N-M": "won 3-1", "lost 1-3 to", "a 72-88 defeat".
bool resultVerbAt(const TokenizedText& t, int i) {
    static const QSet<QStringView> verbs = {u"won",   u"win",      u"wins",     u"beat",    u"beats",
                                            u"lost",  u"lose",     u"loses",    u"drew",    u"draw",
                                            u"draws", u"defeated", u"edged",    u"trailed", u"trail",
                                            u"led",   u"leads",    u"thrashed", u"routed",  u"crushed"};
    return t.valid(i) && t[i].isWord() && verbs.contains(t[i].lower);
}

bool resultNounAt(const TokenizedText& t, int i) {
    static const QSet<QStringView> nouns = {u"win", u"victory", u"defeat", u"loss", u"lead", u"draw",
                                            u"record", u"rout", u"thrashing", u"scoreline", u"triumph",
                                            u"deficit", u"final", u"result",
                                            // a season's tally so far: "a 9-14 start", "the 5-19 mark"
                                            u"start", u"mark", u"streak", u"skid", u"finish"};
    return t.valid(i) && t[i].isWord() && nouns.contains(t[i].lower);
}

// "3-1", "52-48": a result or a tally, one label rather than two counts. The winner's score comes
// first unless the words around say it is a result ("lost 1-3 to Chelsea", "a 72-88 defeat"): a
// range ("10-12 people") never has them. After a result verb the next word must not be a counted
// noun: "won 10-12 seats" is a range.
bool isScore(const TokenizedText& t, const Draft& a, const Draft& b) {
    const Token& dash = t[a.nextTok];
    if (!a.plainInteger() || !b.plainInteger() || a.m.value > 200 || b.m.value > 200 ||
        dash.glued() != t[b.firstTok].glued())
        return false;
    if (a.m.value >= b.m.value)
        return true;
    const int after = b.nextTok;
    const bool nounAfter = t.valid(after) && t[after].isWord() && !isFunctionWord(t[after].lower);
    // "a 9-14 record", and "a record of 9-14 overall", "went 2-7 Sunday": a tally the words before
    // name; not "a loss of 20-30 jobs", which counts.
    const bool countedAfter = nounAfter && looksPlural(t[after].lower);
    if (resultNounAt(t, b.nextTok) ||
        (!countedAfter && ((t.wordAt(a.firstTok - 1, u"of") && resultNounAt(t, a.firstTok - 2)) ||
                           t.wordAt(a.firstTok - 1, u"went"))))
        return true;
    return resultVerbAt(t, a.firstTok - 1) && !nounAfter;
}

void join(const TokenizedText& t, Draft& a, const Draft& b, int openTok, double end) {
    // The second end's scale, unit and kind belong to both: "2 to 3 million", "10-12%", "$5-10bn".
    if (b.scale > 1 && a.scale == 1 && a.m.value * b.scale <= end) {
        a.m.value *= b.scale;
        a.scale = b.scale;
    }
    if (a.m.kind == Kind::Count && b.m.kind != Kind::Count) {
        a.m.kind = b.m.kind;
        a.m.unit = b.m.unit;
        a.unitFixed = b.unitFixed;
    }
    a.m.rangeEnd = end;
    if (openTok >= 0) {
        a.firstTok = openTok;
        a.m.span.start = t[openTok].start;
    }
    a.lastTok = b.lastTok;
    a.nextTok = b.nextTok;
    a.m.span.end = b.m.span.end;
    a.grouped = a.grouped || b.grouped;
    a.hasDecimal = a.hasDecimal || b.hasDecimal;
}

} // namespace

void mergeRanges(const TokenizedText& t, Drafts& drafts) {
    Drafts out;
    out.reserve(drafts.size());
    for (size_t n = 0; n < drafts.size(); ++n) {
        Draft a = drafts[n];
        if (n + 1 >= drafts.size() || !canBeRangeEnd(a) || !canBeRangeEnd(drafts[n + 1])) {
            out.push_back(std::move(a));
            continue;
        }
        const Draft& b = drafts[n + 1];
        const Connector c = compatible(a, b) ? connectorBetween(t, a, b) : Connector::None;
        const int before = a.firstTok - 1;
        // The word before may belong to the number before ("3from" read as one name): then it
        // opens nothing, or the two mentions would overlap.
        const bool beforeIsFree = out.empty() || out.back().lastTok < before;
        const bool between = beforeIsFree && t.wordAt(before, u"between");
        const bool from = beforeIsFree && t.wordAt(before, u"from") && !changeVerbAt(t, before - 1);
        double end = b.m.value;
        bool range = false;
        int openTok = -1;
        switch (c) {
        case Connector::Dash:
            end = expandShortYear(a, b);
            range = !a.spelled && !b.spelled && a.m.value < end;
            break;
        case Connector::To:
            range = a.m.value < end && !changeVerbAt(t, before) && (!t.wordAt(before, u"from") || from);
            openTok = from ? before : -1;
            break;
        case Connector::And:
            range = between && a.m.value < b.m.value;
            openTok = before;
            break;
        case Connector::Or: // "five or six people": a rough count, not two alternatives
            range = a.m.value >= 1 && b.m.value <= 100 && b.m.value - a.m.value >= 1 &&
                    b.m.value - a.m.value <= 2 && a.spelled == b.spelled && a.m.kind == b.m.kind;
            break;
        case Connector::None:
            break;
        }
        if (c == Connector::Dash && isScore(t, a, b)) {
            a.m.kind = Kind::Identifier;
            a.m.unit = QStringLiteral("score");
            a.m.span.end = b.m.span.end;
            a.lastTok = b.lastTok;
            a.nextTok = b.nextTok;
            a.kindFixed = a.unitFixed = true;
            ++n;
            // "45-7-2": a record with its draws is one record too.
            if (n + 1 < drafts.size()) {
                const Draft& draws = drafts[n + 1];
                if (connectorBetween(t, b, draws) == Connector::Dash && draws.plainInteger() &&
                    draws.m.value <= 200 && t[b.nextTok].glued() == t[draws.firstTok].glued()) {
                    a.m.span.end = draws.m.span.end;
                    a.lastTok = draws.lastTok;
                    a.nextTok = draws.nextTok;
                    ++n;
                }
            }
            a.m.normalized = t.text.sliced(a.m.span.start, a.m.span.length()).toString();
            out.push_back(std::move(a));
            continue;
        }
        if (!range) {
            out.push_back(std::move(a));
            continue;
        }
        join(t, a, b, openTok, end);
        out.push_back(std::move(a));
        ++n;
    }
    drafts = std::move(out);
}

} // namespace parallax::numbers
