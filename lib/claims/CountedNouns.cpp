#include "claims/CountedNouns.h"

#include "claims/MentionFacts.h"
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
        const QHash<QString, QString> written = lexicon::lexiconHeadsOfItems(u"counted-nouns", u"same thing");
        for (auto it = written.cbegin(); it != written.cend(); ++it)
            h.insert(keyOf(it.key()), keyOf(it.value()));
        return h;
    }();
    return heads.value(stem, stem);
}

QString valuedThingKey(const MentionFacts& f) {
    if (f.mention->kind != NumberMention::Kind::Money || f.headText.isEmpty() || !f.event.isEmpty())
        return {};
    return sameThingKey(keyOf(f.headText.toLower()));
}

QString sameThingHead(const QString& noun) {
    static const QHash<QString, QString> heads =
        lexicon::lexiconHeadsOfItems(u"counted-nouns", u"same thing");
    return heads.value(noun.toLower());
}

} // namespace parallax::claims
