#pragma once

// Internal to lib/claims: what happened to the things a number counts. The news verbs and their
// classes are the lexicon's (resources/lexicon/verbs.txt, verb-classes.txt), so "wounded", "hurt"
// and "injuring" all say "injured" and a claim can be matched across articles that word it
// differently; this file adds the phrases of more than one word.

#include "claims/SentenceWords.h"

#include <QString>

namespace parallax::claims {

// The canonical predicate a word (a matching key) spells on its own, or an empty string. Also maps
// the extractor's participles ("wounded" -> "injured", "died" -> "killed", "fired" -> "launched");
// its verbs that no claim is told apart by ("sent", "used", "involved") give an empty string.
QString predicateOfWord(const QString& key);

// The predicate spelled by word i of `w`, alone or with the words after it ("shot down", "lost
// their lives"). `last` is the last word used; predicate is empty when word i starts none.
struct PredicateMatch {
    QString predicate;
    int last = -1;
};
PredicateMatch predicateAt(const SentenceWords& w, int i);

// True for predicates only people undergo (injured, killed, hospitalised ...): a bare number with
// such a verb counts people ("Fourteen were taken to hospital").
bool isPeoplePredicate(const QString& predicate);

// The participle used to name a claim of `unit`: "injured", "taken to hospital", "launched"; "on
// target" for projectiles that hit (counted-nouns.txt, [projectiles]), "hit" for anything else
// ("buildings hit", "runs hit").
QString predicateLabel(const QString& predicate, const QString& unit);

inline const QString lastedPredicate = QStringLiteral("lasted");

} // namespace parallax::claims
