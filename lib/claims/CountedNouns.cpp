#include "claims/CountedNouns.h"

#include "claims/SentenceWords.h"
#include "lexicon/LexiconFile.h"
#include "reuse/ContentWords.h"

#include <QHash>

namespace parallax::claims {
namespace {

QString keyOf(const QString& word) {
    const QString stem = contentUnit(foldSpelling(word), false);
    return stem.isEmpty() ? word : stem;
}

} // namespace

QString sameThingKey(const QString& stem) {
    static const QHash<QString, QString> heads = [] {
        QHash<QString, QString> h;
        for (const lexicon::LexiconEntry& e : lexicon::lexiconEntries(u"counted-nouns"))
            if (e.section == u"same thing")
                for (const QString& item : e.items)
                    h.insert(keyOf(item), keyOf(e.head));
        return h;
    }();
    return heads.value(stem, stem);
}

QString sameThingHead(const QString& noun) {
    static const QHash<QString, QString> heads = [] {
        QHash<QString, QString> h;
        for (const lexicon::LexiconEntry& e : lexicon::lexiconEntries(u"counted-nouns"))
            if (e.section == u"same thing")
                for (const QString& item : e.items)
                    h.insert(item, e.head);
        return h;
    }();
    return heads.value(noun.toLower());
}

} // namespace parallax::claims
