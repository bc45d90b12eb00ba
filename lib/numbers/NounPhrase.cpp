#include "numbers/NounPhrase.h"

#include "lexicon/Calendar.h"
#include "lexicon/NounSenses.h"
#include "lexicon/Plurals.h"
#include "lexicon/Verbs.h"
#include "numbers/Identifiers.h"
#include "numbers/NumberWords.h"
#include "numbers/WordForms.h"

#include <QSet>

#include <algorithm>

namespace parallax::numbers {

namespace {

constexpr int kMaxWords = 5;

bool startsNumber(const Token& tok);

// A conjunction, determiner or number after the hyphen is a dash written without spaces ("three
// defeats-and his 16th in a row", "Four people-one with broken bones"), not a compound; a particle
// is part of one ("pin-up", "break-in").
bool dashWithoutSpaces(const Token& after) {
    const QStringView w = after.lower;
    return w == u"and" || w == u"or" || w == u"but" || w == u"nor" || w == u"then" || w == u"yet" ||
           w == u"the" || w == u"a" || w == u"an" || w == u"his" || w == u"her" || w == u"their" ||
           w == u"its" || startsNumber(after);
}

// The prefixes that make a verb of a verb: "re-signed", "co-founded", "pre-ordered".
bool isVerbPrefix(QStringView w) {
    return w == u"re" || w == u"co" || w == u"pre" || w == u"un" || w == u"mis" || w == u"de";
}

// A word glued to others by hyphens ("home-produced", "air-defence") acts as one word; returns the
// index of its last part.
int compoundEnd(const TokenizedText& t, int i) {
    int last = i;
    while (t.valid(last + 2) && t[last + 1].isHyphen() && t[last + 1].glued() && t[last + 2].isWord() &&
           t[last + 2].glued() && !dashWithoutSpaces(t[last + 2]))
        last += 2;
    return last;
}

// "U.S.", "U.N.": single letters each glued to a full stop. Returns one past the abbreviation, or
// -1 when `i` does not start one of at least two letters.
int initialsEnd(const TokenizedText& t, int i) {
    int k = i;
    while (t.valid(k + 1) && t[k].isWord() && t[k].text.size() == 1 && t[k + 1].isChar(u'.') &&
           t[k + 1].glued() && (k == i || t[k].glued()))
        k += 2;
    return k - i >= 4 ? k : -1;
}

bool startsNumber(const Token& tok) {
    if (tok.isDigits() || tok.type == Token::Type::VulgarFraction)
        return true;
    // Only cardinals start a number here: "quarter", "second" and "half" are nouns after one
    // ("the third quarter").
    const NumberWord* w = tok.isWord() ? lookupNumberWord(tok.lower) : nullptr;
    return w && (w->role == WordRole::Digit || w->role == WordRole::Teen || w->role == WordRole::Tens ||
                 w->role == WordRole::Hundred || w->role == WordRole::Scale || w->role == WordRole::Zero);
}

// A word that may follow a modifier as the noun it modifies.
bool nounMayFollow(const TokenizedText& t, int k) {
    return t.valid(k) && t[k].isWord() && !t[k].newlineBefore && !isFunctionWord(t[k].lower) &&
           !startsNumber(t[k]);
}

// Whether the capitalised words from `j` name someone or something rather than what is counted.
// A name is several capitalised words none of which is a plural WordNet knows ("Zacarias
// Moussaoui", not "Academy Awards" or "Writers Guild"), or one word WordNet does not know, in the
// singular ("Klitschko", not "Grammys"). Before a lowercase noun the words name a kind of it ("two
// Black Hawk helicopters"); in a headline's title case every word is capitalised, and none of this
// can be told.
bool capitalisedName(const TokenizedText& t, int j) {
    int k = j;
    bool titleCase = false, knownPlural = false;
    for (; t.valid(k) && t[k].isWord() && t[k].capitalised() && !t[k].allUpper() &&
           (k == j || !t[k].newlineBefore);
         ++k) {
        const QStringView w = t[k].lower;
        titleCase = titleCase || isFunctionWord(w);
        const QString lemma = lexicon::nounLemma(w);
        knownPlural = knownPlural || (looksPlural(w) && !lemma.isEmpty() && lemma != w);
    }
    const bool nounAfter = nounMayFollow(t, k) && !t[k].capitalised() && !looksLikeVerb(t[k].lower) &&
                           lexicon::verbClass(t[k].lower).isEmpty();
    if (titleCase || knownPlural || nounAfter)
        return false;
    return k - j > 1 || (lexicon::nounLemma(t[j].lower).isEmpty() && !looksPlural(t[j].lower));
}

} // namespace

bool objectFollows(const TokenizedText& t, int k) {
    static const QSet<QStringView> determiners = {u"a",     u"an",    u"the",  u"his",  u"her",  u"its",
                                                  u"their", u"our",   u"my",   u"your", u"this", u"that",
                                                  u"these", u"those", u"some", u"all",  u"every"};
    if (!t.valid(k) || t[k].newlineBefore)
        return false;
    if (!t[k].isWord())
        return startsNumber(t[k]);
    const QStringView w = t[k].lower;
    if (determiners.contains(w))
        return true;
    // A noun that is no time word: "protects websites"; not "downloads worldwide", "Tuesday".
    return !isFunctionWord(w) && !lexicon::isMonthName(w) && !lexicon::isWeekday(w) &&
           !lexicon::knownOnlyAsNonNoun(w) && !lexicon::nounLemma(w).isEmpty() && !t[k].capitalised();
}

bool isAbbreviationPlural(const Token& tok) {
    if (!tok.isWord() || !isPossessive(tok.lower) || tok.lower.endsWith(u"s'"))
        return false;
    const QStringView letters = tok.text.chopped(2);
    return letters.size() >= 2 && letters.size() <= 4 &&
           std::all_of(letters.begin(), letters.end(), [](QChar c) { return c.isUpper(); });
}

bool isDeterminerOrPossessive(const Token& tok) {
    if (!tok.isWord())
        return false;
    const QStringView w = tok.lower;
    return w == u"the" || w == u"a" || w == u"an" || w == u"its" || w == u"their" || w == u"his" ||
           w == u"her" || w == u"our" || w == u"these" || w == u"those" || w == u"all" || w == u"my" ||
           w == u"your" || isPossessive(w);
}

namespace {

// A scan of the words after a number for the noun it counts (findNounPhrase).
struct PhraseScan {
    const TokenizedText& t;
    int from;      // the first word after the number
    bool singular; // see findNounPhrase
    NounPhrase np;
    int j;             // the word being read
    int modifier = -1; // the last word taken as a modifier only ("ballistic" in "ballistic and cruise")
};

// What the word being read does to the phrase.
enum class Step {
    Stop, // it ends the phrase before it
    Next, // it was read as a modifier or a name's part; the scan has moved past it
    Noun, // it may be the counted noun
};

// Coordinated modifiers share the noun ("ballistic and cruise missiles"); after a plural noun the
// phrase is done ("drones and missiles" counts drones).
bool continuesAfterConjunction(const PhraseScan& s) {
    const TokenizedText& t = s.t;
    const int j = s.j;
    return !((s.np.head < 0 && s.modifier != j - 1) ||
             (s.np.head >= 0 && looksPlural(t[s.np.head].lower) && !s.singular) || !t.valid(j + 1) ||
             !t[j + 1].isWord() || startsNumber(t[j + 1]) || isFunctionWord(t[j + 1].lower));
}

// A model's name ("six AK-47 rifles") or initials ("32 million U.S. viewers") before the noun.
Step modelOrInitials(PhraseScan& s) {
    const TokenizedText& t = s.t;
    // A model's name is a modifier: "six AK-47 rifles", "two F-16 jets", "12 M16 rifles".
    // Alone ("two F-16s") it is what is counted, which a noun of letters cannot say: no head.
    if (const int model = lettersAndDigitsEnd(t, s.j); model >= 0) {
        const bool nounFollows = t.valid(model + 1) && t[model + 1].isWord() && !t[model + 1].glued() &&
                                 !isFunctionWord(t[model + 1].lower) && !startsNumber(t[model + 1]);
        if (!nounFollows) {
            if (t[model].lower == u"s") { // "two F-16s": the model is what is counted
                s.np.modelFirst = s.j;
                s.np.modelLast = model;
                s.np.head = model;
                s.np.end = model + 1;
            }
            return Step::Stop;
        }
        s.np.modelFirst = s.j;
        s.np.modelLast = model;
        s.j = model + 1;
        return Step::Next;
    }
    // "32 million U.S. viewers": initials modify the noun after them.
    if (const int after = initialsEnd(t, s.j); after >= 0) {
        if (!nounMayFollow(t, after))
            return Step::Stop;
        s.j = after;
        return Step::Next;
    }
    return Step::Noun;
}

// A single word that reads as a verb: a news verb, a participle, a gerund, or a word WordNet knows
// only as a verb, adjective or adverb.
Step verbLikeWord(PhraseScan& s) {
    const TokenizedText& t = s.t;
    const int j = s.j;
    const QStringView w = t[j].lower;
    // A news verb counts nothing: "17 hurt" says what happened to 17, not that there are 17 "hurts"
    // (resources/lexicon/verbs.txt and verb-classes.txt). A plural or a form marked as mostly a
    // noun may still be counted: "46 wins", "three strikes".
    const bool verbForm =
        !lexicon::isNounLikeForm(w) && ((w.endsWith(u"ing") && !lexicon::verbParticiple(w).isEmpty()) ||
                                        (!lexicon::verbClass(w).isEmpty() && !looksPlural(w)));
    if (verbForm)
        return Step::Stop;
    if (looksLikeVerb(w)) {
        // A participle before a plural noun is an adjective: "23 wounded soldiers". So is the
        // second half of a compound adjective written apart: "one rocket propelled grenade
        // launcher" counts launchers, not rockets.
        static const QSet<QString> compoundParticiples = {
            QStringLiteral("propelled"),  QStringLiteral("powered"), QStringLiteral("based"),
            QStringLiteral("made"),       QStringLiteral("owned"),   QStringLiteral("backed"),
            QStringLiteral("led"),        QStringLiteral("funded"),  QStringLiteral("operated"),
            QStringLiteral("controlled"), QStringLiteral("built"),   QStringLiteral("armed")};
        const bool compound = s.np.head == j - 1 && compoundParticiples.contains(w.toString()) &&
                              t.valid(j + 1) && t[j + 1].isWord() && !isFunctionWord(t[j + 1].lower) &&
                              !startsNumber(t[j + 1]);
        const bool adjective = compound || (!s.singular && t.valid(j + 1) && t[j + 1].isWord() &&
                                            looksPlural(t[j + 1].lower) && !isFunctionWord(t[j + 1].lower));
        if (!adjective)
            return Step::Stop;
        ++s.j;
        return Step::Next;
    }
    // After a count above one, a word in -ing that is not plural counts nothing: "among the nine
    // voting to convict", "the three remaining"; before a noun it modifies it ("three remaining
    // hostages"). After "one" it may be the noun: "one hearing".
    if (!s.singular && looksLikeGerund(w)) {
        if (!nounMayFollow(t, j + 1) || looksLikeGerund(t[j + 1].lower) || looksLikeVerb(t[j + 1].lower) ||
            lexicon::knownOnlyAsVerb(t[j + 1].lower))
            return Step::Stop;
        s.modifier = s.j++;
        return Step::Next;
    }
    // A word WordNet knows only as a verb, adjective or adverb counts nothing: before a noun it
    // modifies it ("27 overseas booths"), else the phrase has ended ("121 RBIs along with", "half
    // done"); a verb after the noun ends it ("one protester threw stones"). A word in -s that
    // WordNet 3.0 has only as a verb, right after the number and with no object after it, is newer
    // English for a thing counted ("5 million downloads.", "12,000 installs were counted"); with
    // one it is the verb ("Windows 11 requires a", "45 includes 12 children").
    if (lexicon::knownOnlyAsNonNoun(w)) {
        const bool verb = lexicon::knownOnlyAsVerb(w);
        if (verb && s.np.head >= 0)
            return Step::Stop;
        if (!(verb && w.endsWith(u"s") && j == s.from && !objectFollows(t, j + 1))) {
            const bool coordinated =
                (t.wordAt(j + 1, u"and") || t.wordAt(j + 1, u"or")) && nounMayFollow(t, j + 2);
            if (!nounMayFollow(t, j + 1) && !coordinated)
                return Step::Stop;
            s.modifier = s.j++;
            return Step::Next;
        }
    }
    return Step::Noun;
}

// A word that is no compound: whether it can be the counted noun.
Step singleWord(PhraseScan& s) {
    const TokenizedText& t = s.t;
    const int j = s.j;
    const Token& tok = t[j];
    const QStringView w = tok.lower;
    if (isFunctionWord(w) || isLyAdverb(w))
        return Step::Stop;
    // An ordinal after the noun and before no noun is an adverb: "the Angels' eight-year offer
    // first was reported", "the 20 men last seen". Before a noun it starts a compound the number
    // counts: "2,000 New York first responders", "32 NFL first round picks".
    if (s.np.head >= 0 && (w == u"first" || w == u"last") &&
        (!nounMayFollow(t, j + 1) || looksLikeVerb(t[j + 1].lower) || isLyAdverb(t[j + 1].lower) ||
         lexicon::knownOnlyAsVerb(t[j + 1].lower) || !lexicon::verbParticiple(t[j + 1].lower).isEmpty()))
        return Step::Stop;
    if (const Step step = verbLikeWord(s); step != Step::Noun)
        return step;
    // A person's or a place's name is not what is counted: "in round three Klitschko was",
    // "conspirator Zacarias Moussaoui", "1B Mark Teixeira".
    if (tok.capitalised() && !tok.allUpper() && lexicon::wordNetAvailable() && capitalisedName(t, j))
        return Step::Stop;
    // "hundreds more", "23 other people": modifiers of quantity, never the counted noun.
    if (w == u"more" || w == u"other" || w == u"additional" || w == u"further" || w == u"extra" ||
        w == u"others'") {
        ++s.j;
        return Step::Next;
    }
    // After a noun, a lower-case word WordNet does not know at all and that is no plural is no head
    // of the phrase: "26 Somali crew onboard" counts crew.
    if (s.np.head >= 0 && !tok.capitalised() && !looksPlural(w) && lexicon::wordNetAvailable() &&
        lexicon::nounLemma(w).isEmpty() && !lexicon::knownOnlyAsNonNoun(w) &&
        !lexicon::nounLemma(t[s.np.head].lower).isEmpty())
        return Step::Stop;
    return Step::Noun;
}

// Takes words [s.j, last] as the head so far; true when the phrase ends with it.
bool takeNoun(PhraseScan& s, int last) {
    const TokenizedText& t = s.t;
    const Token& tok = t[s.j];
    s.np.head = last;
    s.np.end = last + 1;
    s.j = last + 1;
    // A capitalised plural before a plural noun names it: "31 Abrams tanks".
    const bool properModifier = tok.capitalised() && t.valid(last + 1) && t[last + 1].isWord() &&
                                !t[last + 1].capitalised() && looksPlural(t[last + 1].lower) &&
                                !isFunctionWord(t[last + 1].lower);
    // A noun whose plural is itself modifies a plural after it: "Eleven police officers", "two
    // staff members", "three aircraft carriers" count officers, members and carriers.
    const bool attributive = t.valid(last + 1) && t[last + 1].isWord() &&
                             lexicon::isIrregularPlural(t[last].lower) &&
                             lexicon::nounLemma(t[last].lower) == t[last].lower &&
                             !t[last + 1].capitalised() && looksPlural(t[last + 1].lower) &&
                             !isFunctionWord(t[last + 1].lower) && !looksLikeVerb(t[last + 1].lower);
    return !s.singular && looksPlural(t[last].lower) && !properModifier && !attributive;
}

} // namespace

NounPhrase findNounPhrase(const TokenizedText& t, int from, bool singular) {
    PhraseScan s{t, from, singular, {}, from};
    s.np.end = from;
    for (int words = 0; t.valid(s.j) && words < kMaxWords;) {
        const Token& tok = t[s.j];
        if (!tok.isWord() || (s.j > from && tok.newlineBefore) || (s.j == from && tok.gap == 0))
            break;
        const QStringView w = tok.lower;
        if (w == u"and" || w == u"or") {
            if (!continuesAfterConjunction(s))
                break;
            ++s.j;
            continue;
        }
        // "47 KO's", "3 DVD's": an abbreviation's plural written with an apostrophe, right after
        // the number, is what it counts; any other possessive ends the phrase.
        if (s.j == from && isAbbreviationPlural(tok)) {
            s.np.head = s.j;
            s.np.end = s.j + 1;
            break;
        }
        if (startsNumber(tok) || isPossessive(w))
            break;
        if (const Step step = modelOrInitials(s); step != Step::Noun) {
            if (step == Step::Stop)
                break;
            continue;
        }
        // A lone letter is no noun: "3 p. m.", "325 E. Dahlia Ave.", "110 b." (a clipped "bn").
        if (w.size() == 1)
            break;
        const int last = compoundEnd(t, s.j);
        // "an $82 million deal and re-signed core players": a verb with a prefix ("re-signed",
        // "co-founded") after the noun ends the phrase, as the bare verb would.
        if (last != s.j && s.np.head >= 0 && isVerbPrefix(w) && looksLikeVerb(t[last].lower))
            break;
        if (last == s.j) {
            if (const Step step = singleWord(s); step != Step::Noun) {
                if (step == Step::Stop)
                    break;
                continue;
            }
        }
        ++words;
        if (takeNoun(s, last))
            break;
    }
    if (s.np.head < 0)
        s.np.modelFirst = s.np.modelLast = -1;
    return s.np;
}

} // namespace parallax::numbers
