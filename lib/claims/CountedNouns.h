#pragma once

// Internal to lib/claims: counted nouns that name one thing ("vessels" and "ships", "troops" and
// "soldiers"), from resources/lexicon/counted-nouns.txt. Claims compare such numbers as one unit.

#include <QString>

namespace parallax::claims {

// The key of the list's head for `stem` (a counted noun's key as MentionFacts builds it), or
// `stem` itself when the list does not name it.
QString sameThingKey(const QString& stem);

// The list's head as written there ("knockout") for a counted noun that is one of its items, any
// case, singular ("ko", "KO"); else empty. Labels name such a claim by the head: "knockouts".
QString sameThingHead(const QString& noun);

// The key of what an amount of money is the value of ("an $82 million deal", "a contract worth
// $80 million"), one for the words of one thing by the list ("deal" and "contract"); empty when
// it names nothing or a verb says what happened to it (the verb tells it then).
struct MentionFacts;
QString valuedThingKey(const MentionFacts& f);

} // namespace parallax::claims
