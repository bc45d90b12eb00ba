#include "numbers/ContextKinds.h"

#include "numbers/DatesTimes.h"
#include "numbers/NounPhrase.h"
#include "numbers/Units.h"
#include "numbers/WordForms.h"

#include "lexicon/Calendar.h"
#include "lexicon/NounSenses.h"
#include "lexicon/Verbs.h"

#include <QSet>

#include <cmath>

namespace parallax::numbers {

namespace {

using Kind = NumberMention::Kind;

QStringView ageUnit(const TokenizedText& t, int i) {
    if (!t.valid(i) || !t[i].isWord())
        return {};
    const QStringView w = t[i].lower;
    if (w == u"year" || w == u"years")
        return u"year";
    if (w == u"month" || w == u"months")
        return u"month";
    if (w == u"week" || w == u"weeks")
        return u"week";
    if (w == u"day" || w == u"days")
        return u"day";
    return {};
}

void makeAge(const TokenizedText& t, Draft& d, QStringView unit, int unitTok, int end) {
    d.m.kind = Kind::Age;
    d.m.unit = unit.toString();
    if (unitTok >= 0)
        d.m.unitSpan = tokenSpan(t, unitTok, unitTok);
    d.unitEnd = end;
    d.unitFixed = true;
    d.kindFixed = true;
}

// "54-year-old", "28 - year - old", "30 years old", "ten months of age", "87 yo".
bool ageAfter(const TokenizedText& t, Draft& d) {
    int k = d.nextTok;
    if (t.wordAt(k, u"yo") || (t.wordAt(k, u"y") && t.charAt(k + 1, u'.') && t.wordAt(k + 2, u"o"))) {
        makeAge(t, d, u"year", k, t.wordAt(k, u"yo") ? k + 1 : k + 3);
        return true;
    }
    if (t.valid(k) && t[k].isHyphen())
        ++k;
    const QStringView unit = ageUnit(t, k);
    if (unit.isEmpty())
        return false;
    const int unitTok = k++;
    if (t.valid(k) && t[k].isHyphen())
        ++k;
    // "the 27-year-old's body": the possessive is still the person's age.
    if (t.wordAt(k, u"old") || t.wordAt(k, u"olds") || t.wordAt(k, u"old's") || t.wordAt(k, u"old’s")) {
        makeAge(t, d, unit, unitTok, k + 1);
        return true;
    }
    if (t.wordAt(k, u"of") && t.wordAt(k + 1, u"age")) {
        makeAge(t, d, unit, unitTok, k + 2);
        return true;
    }
    return false;
}

// True where token i ends what comes before a new clause: the text's start, a comma, or "that",
// "and", "but", "when".
bool opensClause(const TokenizedText& t, int i) {
    if (!t.valid(i))
        return true;
    return t.charAt(i, u',') || t.charAt(i, u';') || t.wordAt(i, u"that") || t.wordAt(i, u"and") ||
           t.wordAt(i, u"but") || t.wordAt(i, u"when");
}

// A personal or possessive pronoun, or a capitalised word that is not a clause's usual opener.
bool namesAPerson(const TokenizedText& t, int i) {
    if (!t.valid(i) || !t[i].isWord())
        return false;
    static const QSet<QStringView> pronouns = {u"he",  u"she", u"i",     u"we", u"they",
                                               u"his", u"her", u"their", u"my"};
    if (pronouns.contains(t[i].lower))
        return true;
    return t[i].capitalised() && !isFunctionWord(t[i].lower);
}

// "aged 54", "age 87", "at the age of 60", "ages 5 to 10", "a woman, 54, was".
bool ageBefore(const TokenizedText& t, Draft& d) {
    const int p = (d.qualTok >= 0 ? d.qualTok : d.firstTok) - 1;
    if (t.wordAt(p, u"aged") || t.wordAt(p, u"age") || t.wordAt(p, u"ages") ||
        (t.wordAt(p, u"of") && t.wordAt(p - 1, u"age"))) {
        makeAge(t, d, u"year", -1, d.nextTok);
        return true;
    }
    // An obituary's "dies at 91", "died at 91 in Beverly Hills", "passed away at 91": the age at
    // death, not a count of the dead. A word after the number that is not a function word ("died at
    // 91 hospitals", "at 5 pm") makes it something else.
    if (t.wordAt(p, u"at") && d.plainInteger() && d.m.value >= 1 && d.m.value < 120 &&
        (t.wordAt(p - 1, u"dies") || t.wordAt(p - 1, u"died") || t.wordAt(p - 1, u"dead") ||
         (t.wordAt(p - 1, u"away") && t.wordAt(p - 2, u"passed"))) &&
        (!t.valid(d.nextTok) || !t[d.nextTok].isWord() || isFunctionWord(t[d.nextTok].lower))) {
        makeAge(t, d, u"year", -1, d.nextTok);
        return true;
    }
    // A profile's "At 34, she was the oldest", "believed that, at 34, her days were over": "at N"
    // opening a clause, set off by a comma, before the person it is said of. A clause opener before
    // "at" and a person after the comma keep out "at 34, the index" and "closed at 34, up 2".
    if (t.wordAt(p, u"at") && d.plainInteger() && d.m.value >= 2 && d.m.value < 120 &&
        t.charAt(d.nextTok, u',') && opensClause(t, p - 1) && namesAPerson(t, d.nextTok + 1)) {
        makeAge(t, d, u"year", -1, d.nextTok);
        return true;
    }
    // An apposition: ", 54," after a name or a person, or "(54)" glued to it.
    const bool comma = t.charAt(p, u',') && t.charAt(d.nextTok, u',') && t[d.firstTok].gap > 0;
    const bool paren = t.charAt(p, u'(') && t.charAt(d.nextTok, u')') && t[d.firstTok].glued();
    if (!(comma || paren) || !d.plainInteger() || d.m.value < 1 || d.m.value >= 120 || !t.valid(p - 1) ||
        !t[p - 1].isWord())
        return false;
    const Token& who = t[p - 1];
    if (!who.capitalised() && !who.is(u"man") && !who.is(u"woman") && !who.is(u"boy") && !who.is(u"girl"))
        return false;
    makeAge(t, d, u"year", -1, d.nextTok);
    return true;
}

bool countedNounAt(const TokenizedText& t, int k) {
    if (!t.valid(k) || !t[k].isWord())
        return false;
    // "Windows 11 requires a new chip": a verb with its object counts nothing.
    const bool verb = lexicon::knownOnlyAsVerb(t[k].lower) && objectFollows(t, k + 1);
    return (looksPlural(t[k].lower) && !isFunctionWord(t[k].lower) && !verb) ||
           matchUnit(t, k, UnitJoin::Spaced);
}

const QSet<QStringView>& idPrefixes() {
    // From "round" on, words that name one of a series: "round three", "Game 7", "Act 2", "day 3 of
    // the trial".
    static const QSet<QStringView> set = {
        u"number",    u"no",         u"nr",         u"nrs",      u"nos",       u"num",      u"route",
        u"highway",   u"motorway",   u"interstate", u"exit",     u"flight",    u"gate",     u"platform",
        u"terminal",  u"bus",        u"room",       u"building", u"apartment", u"flat",     u"school",
        u"lyceum",    u"gymnasium",  u"bill",       u"article",  u"chapter",   u"section",  u"clause",
        u"paragraph", u"resolution", u"version",    u"unit",     u"zone",      u"sector",   u"phase",
        u"episode",   u"season",     u"page",       u"item",     u"case",      u"file",     u"code",
        u"model",     u"type",       u"channel",    u"track",    u"seat",      u"row",      u"lane",
        u"pier",      u"dock",       u"berth",      u"ward",     u"lot",       u"plot",     u"id",
        u"pin",       u"line",       u"level",      u"stage",    u"tier",      u"category", u"grade",
        u"district",  u"block",      u"round",      u"game",     u"act",       u"volume",   u"part",
        u"lap",       u"hole",       u"scene",      u"day",      u"week",
    };
    return set;
}

// "school number 22", "No. 22", "nrs. 22,24", "Route 12", "#5".
bool identifierByPrefix(const TokenizedText& t, Draft& d) {
    int p = d.firstTok - 1;
    if (t.charAt(p, u'#') && t[d.firstTok].glued()) {
        d.m.unit = QStringLiteral("number");
        return true;
    }
    const bool dot = t.charAt(p, u'.') || t.charAt(p, u':');
    if (dot)
        --p;
    if (!t.valid(p) || !t[p].isWord() || !idPrefixes().contains(t[p].lower))
        return false;
    // "no 5 people" is a quantifier; "No. 5" and "No 10" are labels.
    if ((t[p].is(u"no") || t[p].is(u"nos")) && !dot && !t[p].capitalised())
        return false;
    const QStringView w = t[p].lower;
    const bool numberWord =
        w == u"number" || w == u"no" || w == u"nr" || w == u"nrs" || w == u"nos" || w == u"num";
    // "the front line 20 km away": a prefix word before a measured or counted number is no label;
    // nor after a word that makes it a time ("this season 30 goals", "last week one man").
    if (!numberWord && (countedNounAt(t, d.nextTok) || d.grouped)) // "for the week 80,000 jobs"
        return false;
    // "At the front line 20 Russian tanks", "in the second round 12 unforced errors": a plural
    // after modifiers is counted; a singular is what the label qualifies ("a category 4 storm").
    if (!numberWord) {
        const NounPhrase np = findNounPhrase(t, d.nextTok, false);
        if (np.head >= 0 && looksPlural(t[np.head].lower))
            return false;
    }
    static const QSet<QStringView> times = {u"this",  u"last", u"past", u"that",     u"next",
                                            u"every", u"each", u"same", u"previous", u"following"};
    if (!numberWord && t.valid(p - 1) && t[p - 1].isWord() && times.contains(t[p - 1].lower))
        return false;
    d.m.unit = numberWord ? QStringLiteral("number") : singularNoun(w);
    d.m.unitSpan = tokenSpan(t, p, p);
    return true;
}

// "ranked 3", "seeded 5": a place in an order, which no article counts.
bool rank(const TokenizedText& t, Draft& d) {
    const int p = (d.qualTok >= 0 ? d.qualTok : d.firstTok) - 1;
    if (!d.plainInteger() ||
        !(t.wordAt(p, u"ranked") || t.wordAt(p, u"seeded") || t.wordAt(p, u"rank") || t.wordAt(p, u"ranks")))
        return false;
    d.m.unit = QStringLiteral("rank");
    return true;
}

// "the nineteen sixties": a decade written out, a time and not a count.
bool spelledDecade(const TokenizedText& t, const Draft& d) {
    static const QSet<QStringView> decades = {u"twenties", u"thirties",  u"forties",  u"fifties",
                                              u"sixties",  u"seventies", u"eighties", u"nineties"};
    return d.spelled && d.m.value >= 10 && d.m.value <= 20 && t.valid(d.nextTok) &&
           decades.contains(t[d.nextTok].lower);
}

// "1. Kyiv was hit", "2) Rescue teams": a small number opening a line, closed by a dot or a
// bracket, numbers an item of a list.
bool listNumber(const TokenizedText& t, Draft& d) {
    const int first = d.firstTok;
    const int k = d.lastTok + 1;
    if (!d.plainInteger() || d.intDigits > 2 || d.qualTok >= 0 || (first > 0 && !t[first].newlineBefore) ||
        !(t.charAt(k, u'.') || t.charAt(k, u')')) || !t[k].glued())
        return false;
    if (t.valid(k + 1) && t[k + 1].glued())
        return false;
    d.m.unit = QStringLiteral("list item");
    return true;
}

bool startsSentence(const TokenizedText& t, int i) {
    return i == 0 || t.sentenceEndAt(i - 1) || t[i].newlineBefore || t.charAt(i - 1, u'“') ||
           t.charAt(i - 1, u'"');
}

// "Boeing 737", "Apollo 11", "Windows 10": a proper name right before a small integer.
bool identifierByName(const TokenizedText& t, Draft& d) {
    const int p = d.firstTok - 1;
    if (d.qualTok >= 0 || !d.plainInteger() || d.intDigits > 4 || !t.valid(p) || t[d.firstTok].gap != 1)
        return false;
    const Token& name = t[p];
    // At a sentence start too ("Warehouse 7 itself was damaged"): hedges and function words that
    // open a sentence ("About 7", "Only 7") are ruled out below, and a month makes a date.
    // A verb is no name, though a title-case headline capitalises it: "Quake Kills 14 In Iran",
    // "Navy Seizes 14 AK-47 Rifles", "Crashes, Killing 157".
    if (!name.capitalised() || isPossessive(name.lower) || isFunctionWord(name.lower) ||
        looksLikeVerb(name.lower) || monthAt(t, p, false) || lexicon::isWeekday(name.lower) ||
        !lexicon::verbParticiple(name.lower).isEmpty() || lexicon::knownOnlyAsVerb(name.lower))
        return false;
    if (countedNounAt(t, d.nextTok))
        return false;
    d.m.unit = name.lower.toString(); // "FTSE 100" -> "ftse"
    d.m.unitSpan = tokenSpan(t, p, p);
    return true;
}

// "10 Downing Street", "221 Baker Street".
bool streetNumber(const TokenizedText& t, const Draft& d) {
    static const QSet<QStringView> streets = {u"street", u"st",    u"road",  u"rd",
                                              u"avenue", u"ave",   u"lane",  u"boulevard",
                                              u"square", u"drive", u"place", u"way"};
    if (!d.plainInteger())
        return false;
    // "the 12000 block of East 223rd Street": American police reports give the hundred-block of an
    // address, which counts no blocks.
    if (!d.spelled && d.m.value >= 100 && std::fmod(d.m.value, 100) == 0 && t.wordAt(d.nextTok, u"block") &&
        t.wordAt(d.nextTok + 1, u"of"))
        return true;
    // "325 E. Dahlia Ave.": a compass point's initial may come first.
    int k = d.nextTok;
    if (t.valid(k + 1) && t[k].capitalised() && t[k].text.size() == 1 && t.charAt(k + 1, u'.') &&
        t[k + 1].glued())
        k += 2;
    for (const int first = k; k < first + 3 && t.valid(k) && t[k].capitalised(); ++k)
        if (k > first && streets.contains(t[k].lower))
            return true;
    return false;
}

// Words after a hyphen that make the four digits before them a count, not a year ("1000-member",
// "100,000-strong").
const QSet<QStringView>& countingNouns() {
    static const QSet<QStringView> nouns = {u"member", u"strong", u"seat",    u"page",     u"bed",
                                            u"person", u"room",   u"student", u"employee", u"word"};
    return nouns;
}

// People or a body of them, as WordNet files the noun's first sense: "Marines", "Democrats".
bool namesPeople(QStringView word) {
    const int file = lexicon::firstSenseFile(word);
    return file == lexicon::kNounPerson || file == lexicon::kNounGroup;
}

bool isYear(const TokenizedText& t, const Draft& d) {
    const bool shape = !d.spelled && !d.grouped && !d.hasDecimal && !d.signed_ && d.scale == 1 &&
                       !d.unitFixed && d.intDigits == 4 && d.m.value >= 1000 && d.m.value <= 2100;
    if (!shape || d.qualTok >= 0 || d.m.kind != Kind::Count)
        return false;
    if (d.m.rangeEnd && *d.m.rangeEnd > 2100)
        return false;
    // "the 2007 Oscars", "the 2012 Olympics", "2014 Oscars: the winners": a recent year before a
    // name, after "the" or opening the sentence, names an event; not before a people ("the 2000
    // Marines", "2000 Palestinian prisoners").
    const int before = d.firstTok - 1;
    const bool opens = before < 0 || t.sentenceEndAt(before) || t[d.firstTok].newlineBefore;
    if (!d.m.rangeEnd && d.m.value >= 1950 && d.m.value <= 2030 && t.valid(d.nextTok) &&
        t[d.nextTok].capitalised() && !t[d.nextTok].allUpper() && t[d.nextTok].gap > 0 &&
        (opens || t.wordAt(before, u"the") || (t.valid(before) && isPossessive(t[before].lower))) &&
        !lexicon::isNationality(t[d.nextTok].lower) && !namesPeople(t[d.nextTok].lower))
        return true;
    if (countedNounAt(t, d.nextTok) || t.wordAt(d.nextTok, u"of"))
        return false;
    // "the 1000-member church", "a 1500-seat hall": a count before a hyphenated noun.
    if (t.valid(d.nextTok + 1) && t[d.nextTok].isHyphen() && t[d.nextTok].glued() &&
        t[d.nextTok + 1].isWord() && t[d.nextTok + 1].glued() &&
        (matchUnit(t, d.nextTok + 1, UnitJoin::Hyphen) || countingNouns().contains(t[d.nextTok + 1].lower)))
        return false;
    // "freed 2000 Palestinian prisoners", "1500 Palestinian prisoners went on strike": a plural
    // after modifiers is counted, unless a preposition of time, "the" or a possessive makes the
    // number a year ("in 2000", "the 1986 consultation regulations", "his 2019 tax returns"), or
    // a recent year opens the sentence ("2024 presidential hopefuls").
    static const QSet<QStringView> ofTime = {u"in",      u"since", u"by",     u"until", u"till",    u"from",
                                             u"before",  u"after", u"during", u"of",    u"through", u"to",
                                             u"between", u"and",   u"the",    u"his",   u"her",     u"their",
                                             u"its",     u"our",   u"my",     u"your"};
    const bool yearBefore = (t.valid(before) && t[before].isWord() &&
                             (ofTime.contains(t[before].lower) || isPossessive(t[before].lower))) ||
                            (opens && d.m.value >= 1950 && d.m.value <= 2030);
    if (!yearBefore) {
        const NounPhrase np = findNounPhrase(t, d.nextTok, false);
        if (np.head > d.nextTok && looksPlural(t[np.head].lower))
            return false;
    }
    return true;
}

void classify(const TokenizedText& t, Draft& d) {
    if (d.m.kind == Kind::Ordinal) {
        const bool nameNext =
            t.valid(d.nextTok) && t[d.nextTok].capitalised() && !monthAt(t, d.nextTok, false);
        const bool capitalisedWord =
            d.spelled && t[d.firstTok].capitalised() && !startsSentence(t, d.firstTok);
        if (nameNext || capitalisedWord)
            d.m.kind = Kind::Identifier;
        return;
    }
    if (d.kindFixed || d.m.kind == Kind::Money || d.m.kind == Kind::Percent)
        return;
    if (ageAfter(t, d) || ageBefore(t, d))
        return;
    // ".358", "a .500 season": a decimal written without its leading zero is a proportion (a
    // batting or win average), never a count of the noun after it ("hit .358 with 13 homers").
    if (d.m.kind == Kind::Count && !d.unitFixed && d.hasDecimal && !d.m.rangeEnd &&
        t[d.firstTok].text.startsWith(u'.') && d.m.value < 1) {
        d.m.kind = Kind::Fraction;
        d.m.unit.clear();
        d.kindFixed = true;
        return;
    }
    if (d.m.kind != Kind::Count || d.m.rangeEnd)
        d.m.kind = isYear(t, d) ? Kind::Year : d.m.kind;
    else if (spelledDecade(t, d))
        d.m.kind = Kind::Year;
    else if (identifierByPrefix(t, d) || identifierByName(t, d) || rank(t, d) || listNumber(t, d))
        d.m.kind = Kind::Identifier;
    else if (streetNumber(t, d))
        d.m.kind = Kind::Identifier, d.m.unit = QStringLiteral("address");
    else if (isYear(t, d))
        d.m.kind = Kind::Year;
    if (d.m.kind == Kind::Identifier || d.m.kind == Kind::Year) {
        d.kindFixed = true;
        if (d.m.kind == Kind::Identifier)
            d.unitFixed = true;
    }
}

} // namespace

void classifyByContext(const TokenizedText& t, Drafts& drafts) {
    for (Draft& d : drafts)
        classify(t, d);
}

} // namespace parallax::numbers
