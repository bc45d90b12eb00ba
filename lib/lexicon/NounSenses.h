#pragma once

// Whether two counted nouns can name one kind of thing: outlets write "two vessels" where others
// write "two boats", "eight experts" where others write "observers". The word senses come from
// WordNet 3.0 as Debian's wordnet-base installs it (/usr/share/wordnet; PARALLAX_WORDNET_DIR
// overrides), read on first use: its index is searched in place, never loaded whole. Where the
// files are missing every noun is unknown and only equal nouns name one kind.

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <vector>

namespace parallax::lexicon {

struct NounSenses {
    // WordNet synsets (byte offsets into data.noun) of the noun's commonest senses: a news
    // writer choosing another word for a thing reaches for its first meanings, not its rare ones
    // ("knockout" is first a beautiful person, then a KO).
    std::vector<quint32> own;
    // The direct hypernyms of those senses ("boat" and "ship" are each a "vessel").
    std::vector<quint32> broader;
    // For a closed compound, the senses of its last part where WordNet places the compound under
    // it two or three steps up: "speedboat" is a "motorboat" is a "boat". Empty for most nouns
    // ("firefighter" is no kind of "fighter").
    std::vector<quint32> compoundHead;

    bool isEmpty() const { return own.empty(); }
};

// How many senses count as the commonest: WordNet lists a noun's senses by frequency in its
// tagged corpus.
inline constexpr int kCommonSenses = 2;

// The senses of `word`, any inflection ("vessels", "KO's", "men"), case-insensitive. Empty when
// WordNet does not know it or is not installed. Thread-safe; answers are cached.
NounSenses nounSenses(QStringView word);

// True when the two name one kind of thing: a shared sense, or one noun's sense is directly the
// other's hypernym ("boats" and "vessels"). Never for two nouns that merely share a hypernym
// ("ships" and "boats" are both vessels, but a report of 17 ships and 2 boats is of two things),
// nor deeper ("tankers" are cargo ships are ships: a part of a fleet is not the fleet), except
// where one noun is a closed compound whose last part is the other and WordNet places it under
// the other within three steps: "speedboats" and "boats", "warships" and "ships" (a writer
// shortens the compound; "firefighters" are not "fighters" in WordNet, nor "gunmen" "men").
bool nameOneKind(const NounSenses& a, const NounSenses& b);

// The WordNet synset that `name` names in its first sense when WordNet files that synset among
// locations (noun.location: cities, countries, regions, rivers), else 0. Outlets spell one place
// differently: "Salonika" and "Thessaloniki", "Bombay" and "Mumbai", "UK" and "Britain" are one
// synset each. `name` is a whole name, any case, words joined by spaces ("new delhi"); it is not
// lemmatised, as names do not inflect.
quint32 placeSynset(QStringView name);

// WordNet's lexicographer file of the noun's first (commonest) sense, any inflection: what kind of
// thing a news writer means by it. "actress", "champion", "native" are kNounPerson; "structure"
// is an artifact, "gang" a group. -1 when WordNet does not know the word as a noun or is missing.
inline constexpr int kNounPerson = 18;
inline constexpr int kNounGroup = 14;
int firstSenseFile(QStringView word);

// WordNet's singular of a noun, any inflection: "movies" -> "movie", "campuses" -> "campus",
// "crewmen" -> "crewman", "hours" -> "hour"; a word WordNet lists itself is its own ("boss",
// "glasses"). Empty when WordNet does not know the word as a noun or is missing.
QString nounLemma(QStringView word);

// True when WordNet lists the word itself as a noun ("hour", "species", "glasses"), not only
// one of its inflections.
bool isNounLemma(QStringView word);

// True when WordNet knows the word, in some inflection, only as a verb, adjective or adverb:
// "along", "threw", "overseas", "worldwide", "environmental". Such a word is never what a number
// counts. False for words WordNet does not know at all (names, jargon: "ppg") and when it is
// missing.
bool knownOnlyAsNonNoun(QStringView word);

// True when the word is an adjective that WordNet says pertains to a country or to a people:
// "Greek" (Greece), "Somali" (Somalia), "Thai" (the Thai); not "Northern", "Latin", "Christian",
// "Frank". Used where a name in capitals would otherwise be taken for a place ("in the Greek
// capital"). False when WordNet is missing.
bool isNationality(QStringView word);

// True when WordNet knows the word only as a verb, in some inflection ("began", "voted"): not a
// noun and not an adjective.
bool knownOnlyAsVerb(QStringView word);

// True when any of WordNet's senses of the name, as written, is a location: "Reading", "Split",
// "Verdun" are first something else and towns too. False when WordNet is missing.
bool isPlaceInSomeSense(QStringView name);

// Whether the WordNet files were found (for diagnostics and for tests that need them).
bool wordNetAvailable();

} // namespace parallax::lexicon
