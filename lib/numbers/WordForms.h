#pragma once

// Internal to lib/numbers: just enough English word classes to find the noun a number counts
// without a part-of-speech tagger. Every function takes a lower-case word.

#include <QString>
#include <QStringView>

namespace parallax::numbers {

// Determiners, pronouns, prepositions, conjunctions, auxiliaries and the adverbs that end a noun
// phrase: "the", "of", "were", "which", "also", "overnight".
bool isFunctionWord(QStringView w);

// be, have, do and the modals, in every form.
bool isAuxiliary(QStringView w);

// Forms that are verbs here rather than nouns: auxiliaries, common irregular verbs ("said",
// "hit", "left"), and words ending in -ed that are not nouns ("hundred", "bed").
bool looksLikeVerb(QStringView w);

// A plural noun form: "drones", "people", "casualties", "children", "police".
bool looksPlural(QStringView w);

// A verb form in -ing ("sheltering"), not a noun like "thing", "building" or "morning".
bool looksLikeGerund(QStringView w);

// An adverb in -ly ("successfully"), not a noun like "family" or "ally".
bool isLyAdverb(QStringView w);

// "most", "worst", "deadliest": the superlative of "one of the deadliest".
bool isSuperlative(QStringView w);

// The noun in its lower-case singular form, with person, persons and people all "people":
// "drones" -> "drone", "casualties" -> "casualty", "children" -> "child", "buses" -> "bus".
QString singularNoun(QStringView w);

// Strips a possessive ending: "kyiv’s" -> "kyiv"; returns w unchanged otherwise.
QStringView withoutPossessive(QStringView w);
bool isPossessive(QStringView w);

} // namespace parallax::numbers
