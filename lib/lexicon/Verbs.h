#pragma once

// News verbs (resources/lexicon/verbs.txt), their classes (verb-classes.txt) and the verbs only
// people undergo (people-verbs.txt). Every function takes a lower-case word; the views returned
// point into the compiled lists and stay valid for the life of the program.

#include <QStringView>

namespace parallax::lexicon {

// The participle of a verb form: "wounding" -> "wounded", "dead" -> "died", "downed" -> "shot
// down". Empty for a word that is no form of a listed verb.
QStringView verbParticiple(QStringView lowerForm);

// True for a form marked as mostly a noun ("strike", "fire", "wound"): read as a verb only right
// next to a number.
bool isNounLikeForm(QStringView lowerForm);

// The class a word states, for telling facts apart across articles: "wounded", "hurt", "injuring"
// and "injuries" -> "injured"; "died" and "dead" -> "killed"; "shot down" -> "intercepted". Takes
// a class member, a participle or a verb form, but never a noun-like form ("strikes" is no
// "hit"). Empty for a word in no class, including listed verbs that tell no claims apart ("used").
QStringView verbClass(QStringView lowerWord);

// A verb of change (change-verbs.txt): "rose", "climbed", "revised", "stands" ...
bool isChangeVerb(QStringView lowerForm);

// True for a participle or class only people undergo: "killed", "hospitalised", "fled".
bool isPeopleVerb(QStringView participleOrClass);

} // namespace parallax::lexicon
