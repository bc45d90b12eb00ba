#pragma once

// Reading a list of resources/lexicon/. Every list has one format, so a newcomer learns it once:
//   # a comment, to the end of the line
//   [section]                       applies to the entries after it (units.txt: the dimension)
//   head: item, item, item          items are separated by commas, so an item may hold spaces
//   head                            an entry without items
// Words are kept as written; the lists are written in lower case where lookups are.

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace parallax::lexicon {

struct LexiconEntry {
    QString head;
    QStringList items;
    QString section; // the last "[section]" above the entry, empty before any
};

// The entries of resources/lexicon/<name>.txt in file order, parsed once and kept for the life of
// the program (so lookups may key on QStringViews into them). An unknown name is a
// programming error: it asserts in debug builds and gives no entries.
const std::vector<LexiconEntry>& lexiconEntries(QStringView name);

// The heads of a word list's entries, all of them or those of one [section]: for lists of single
// words ("places.txt", section "place nouns"). Built on each call: callers keep it in a static.
QSet<QString> lexiconWords(QStringView name, QStringView section = {});

// Each item of a section's entries, mapped to its entry's head: "jail" -> "jailed" in
// people-verbs.txt's "states as places", "vessel" -> "ship" in counted-nouns.txt's "same thing".
// Built on each call: callers keep it in a static.
QHash<QString, QString> lexiconHeadsOfItems(QStringView name, QStringView section);

// Parses text in the format above; lexiconEntries() uses it, tests call it directly.
std::vector<LexiconEntry> parseLexicon(QStringView text);

} // namespace parallax::lexicon
