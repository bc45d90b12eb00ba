#include "numbers/WordForms.h"

#include "lexicon/NounSenses.h"
#include "lexicon/Plurals.h"

#include <QSet>

namespace parallax::numbers {

namespace {

using WordSet = QSet<QStringView>;

const WordSet& functionWords() {
    static const WordSet set = {
        u"the",        u"a",          u"an",      u"this",    u"that",       u"these",        u"those",
        u"his",        u"her",        u"its",     u"their",   u"our",        u"my",           u"your",
        u"of",         u"in",         u"on",      u"at",      u"to",         u"for",          u"from",
        u"by",         u"with",       u"without", u"into",    u"onto",       u"upon",         u"over",
        u"under",      u"during",     u"after",   u"before",  u"since",      u"until",        u"till",
        u"about",      u"around",     u"across",  u"against", u"between",    u"among",        u"through",
        u"throughout", u"near",       u"per",     u"via",     u"than",       u"as",           u"and",
        u"or",         u"nor",        u"but",     u"so",      u"because",    u"while",        u"when",
        u"where",      u"which",      u"who",     u"whom",    u"whose",      u"what",         u"if",
        u"though",     u"although",   u"also",    u"still",   u"now",        u"then",         u"just",
        u"only",       u"even",       u"already", u"yet",     u"each",       u"every",        u"all",
        u"both",       u"some",       u"any",     u"no",      u"not",        u"it",           u"he",
        u"she",        u"they",       u"we",      u"you",     u"i",          u"them",         u"us",
        u"him",        u"me",         u"there",   u"here",    u"overnight",  u"today",        u"yesterday",
        u"tonight",    u"ago",        u"earlier", u"later",   u"apiece",     u"respectively", u"alone",
        u"including",  u"like",       u"within",  u"beyond",  u"toward",     u"towards",      u"amid",
        u"amidst",     u"despite",    u"whether", u"either",  u"neither",    u"very",         u"too",
        u"again",      u"once",       u"away",    u"down",    u"up",         u"out",          u"off",
        u"back",       u"instead",    u"since",   u"plus",    u"minus",      u"versus",       u"vs",
        u"according",  u"following",  u"these",   u"such",    u"another",    u"most",         u"least",
        u"less",       u"fewer",      u"many",    u"much",    u"few",        u"several",      u"same",
        u"last",       u"next",       u"ever",    u"never",   u"everyone",   u"everybody",    u"someone",
        u"somebody",   u"anyone",     u"anybody", u"nobody",  u"worth",      u"nothing",      u"something",
        u"anything",   u"everything", u"none",    u"itself",  u"themselves", u"himself",      u"herself",
        u"ourselves",  u"else", // "no one else was injured": "one" is a pronoun, "else" no noun
    };
    return set;
}

const WordSet& auxiliaries() {
    static const WordSet set = {
        u"be",       u"is",     u"are",      u"was",     u"were",    u"been",    u"being",  u"am",
        u"have",     u"has",    u"had",      u"having",  u"do",      u"does",    u"did",    u"will",
        u"would",    u"can",    u"could",    u"may",     u"might",   u"must",    u"shall",  u"should",
        u"isn't",    u"aren't", u"wasn't",   u"weren't", u"hasn't",  u"haven't", u"hadn't", u"won't",
        u"wouldn't", u"can't",  u"couldn't", u"didn't",  u"doesn't", u"don't",
    };
    return set;
}

const WordSet& irregularVerbs() {
    static const WordSet set = {
        u"said",   u"says",    u"say",   u"told",    u"tell",   u"hit",     u"hits",    u"struck",  u"left",
        u"took",   u"taken",   u"came",  u"come",    u"comes",  u"went",    u"gone",    u"go",      u"goes",
        u"fell",   u"fallen",  u"rose",  u"risen",   u"got",    u"made",    u"make",    u"makes",   u"saw",
        u"seen",   u"began",   u"begun", u"broke",   u"broken", u"ran",     u"won",     u"lost",    u"spent",
        u"sent",   u"shot",    u"fled",  u"flew",    u"flown",  u"grew",    u"grown",   u"brought", u"caught",
        u"fought", u"held",    u"kept",  u"led",     u"met",    u"paid",    u"put",     u"set",     u"sold",
        u"stood",  u"thought", u"wrote", u"written", u"remain", u"remains", u"seem",    u"seems",   u"die",
        u"dies",   u"died",    u"dead",  u"managed", u"became", u"become",  u"becomes", u"get",     u"gets",
    };
    return set;
}

// Nouns that end in -ed, -ly or -s but are not what the suffix suggests.
const WordSet& nounExceptions() {
    static const WordSet set = {
        u"hundred",   u"bed",   u"shed",  u"red",   u"seed",   u"speed",   u"need",     u"feed",  u"breed",
        u"creed",     u"greed", u"deed",  u"weed",  u"steed",  u"reed",    u"family",   u"ally",  u"supply",
        u"assembly",  u"rally", u"belly", u"jelly", u"reply",  u"anomaly", u"monopoly", u"italy", u"july",
        u"butterfly", u"fly",   u"bully", u"lily",  u"melody", u"homily",  u"gully",    u"tally",
    };
    return set;
}

const WordSet& singularS() {
    static const WordSet set = {u"news",  u"series", u"species",   u"means",    u"headquarters", u"bus",
                                u"gas",   u"crisis", u"analysis",  u"status",   u"virus",        u"campus",
                                u"bonus", u"census", u"chaos",     u"corps",    u"kyiv",         u"lens",
                                u"basis", u"thesis", u"diagnosis", u"emphasis", u"sars",         u"covid",
                                u"this",  u"his",    u"its",       u"is",       u"was",          u"has",
                                u"does",  u"us",     u"as",        u"yes",      u"plus",         u"alias"};
    return set;
}

bool endsWith(QStringView w, QStringView suffix) {
    return w.endsWith(suffix);
}

} // namespace

bool isFunctionWord(QStringView w) {
    return functionWords().contains(w) || auxiliaries().contains(w);
}

bool isAuxiliary(QStringView w) {
    return auxiliaries().contains(w);
}

bool looksLikeVerb(QStringView w) {
    if (auxiliaries().contains(w) || irregularVerbs().contains(w))
        return true;
    return w.size() > 4 && endsWith(w, u"ed") && !nounExceptions().contains(w);
}

bool looksPlural(QStringView w) {
    if (lexicon::isIrregularPlural(w)) // also "police", "staff", "aircraft": they take plural verbs
        return true;
    if (endsWith(w, u"men")) // "crewmen", "fishermen", as WordNet lemmatises them
        return lexicon::nounLemma(w) == w.chopped(3).toString() + QStringLiteral("man");
    if (w.size() < 3 || !endsWith(w, u"s") || singularS().contains(w))
        return false;
    // "overseas", "always"; a verb in -s ("requires", "downloads") may be a plural, which the
    // context decides (objectFollows).
    if (isPossessive(w) || (lexicon::knownOnlyAsNonNoun(w) && !lexicon::knownOnlyAsVerb(w)))
        return false;
    if (endsWith(w, u"ss") || endsWith(w, u"us") || endsWith(w, u"is")) // "glass", "campus", "crisis"
        return lexicon::nounLemma(w) == w.chopped(1);                   // but "RBIs"
    return true;
}

bool isLyAdverb(QStringView w) {
    return w.size() > 4 && endsWith(w, u"ly") && !nounExceptions().contains(w);
}

bool looksLikeGerund(QStringView w) {
    static const WordSet nouns = {
        u"morning",   u"evening",   u"building",  u"buildings", u"meeting",    u"ceiling",  u"wedding",
        u"painting",  u"funding",   u"housing",   u"training",  u"clothing",   u"offering", u"feeling",
        u"beginning", u"nothing",   u"something", u"anything",  u"everything", u"during",   u"spring",
        u"string",    u"bombing",   u"shooting",  u"killing",   u"killings",   u"shelling", u"warning",
        u"landing",   u"crossing",  u"opening",   u"ending",    u"setting",    u"rating",   u"ranking",
        u"holding",   u"lightning", u"outing",    u"uprising",  u"sibling",    u"ceiling",  u"pudding",
        u"herring",   u"earring",   u"darling",   u"duckling",  u"viking"};
    return w.size() > 5 && endsWith(w, u"ing") && !nouns.contains(w);
}

bool isSuperlative(QStringView w) {
    static const WordSet notSuperlatives = {
        u"west",      u"interest",  u"forest",  u"request", u"protest",     u"contest", u"arrest", u"harvest",
        u"honest",    u"modest",    u"suggest", u"invest",  u"manifest",    u"digest",  u"test",   u"rest",
        u"nest",      u"chest",     u"quest",   u"guest",   u"pest",        u"vest",    u"zest",   u"crest",
        u"unrest",    u"conquest",  u"inquest", u"behest",  u"earnest",     u"detest",  u"attest", u"midwest",
        u"southwest", u"northwest", u"tempest", u"priest",  u"largest-ever"};
    if (w == u"most" || w == u"least" || w == u"best" || w == u"worst")
        return true;
    return w.size() > 5 && endsWith(w, u"est") && !notSuperlatives.contains(w);
}

bool isPossessive(QStringView w) {
    return endsWith(w, u"'s") || endsWith(w, u"’s") || endsWith(w, u"s'");
}

QStringView withoutPossessive(QStringView w) {
    if (endsWith(w, u"'s") || endsWith(w, u"’s"))
        return w.chopped(2);
    return w;
}

QString singularNoun(QStringView w) {
    // A count of people is one noun however it is written.
    if (w == u"people" || w == u"person" || w == u"persons" || w == u"individuals")
        return QStringLiteral("people");
    // "26 others" counts whoever the sentence is about; "other" would read as an adjective.
    if (w == u"others")
        return w.toString();
    if (lexicon::isIrregularPlural(w))
        return lexicon::singularOf(w);
    QString singular = w.toString();
    if (w.size() >= 3 && endsWith(w, u"s") && !singularS().contains(w) && !endsWith(w, u"ss") &&
        !endsWith(w, u"us") && !endsWith(w, u"is"))
        singular = lexicon::singularOf(w);
    // The rules guess; where WordNet knows the word and not the guess, it has the word's singular:
    // "movies" is not "movy", "campuses" not "campuse", "crewmen" is "crewman", "RBIs" is "rbi".
    if (!lexicon::isNounLemma(singular)) {
        const QString lemma = lexicon::nounLemma(w);
        if (!lemma.isEmpty() && !lemma.contains(u' '))
            return lemma;
    }
    return singular;
}

} // namespace parallax::numbers
