#include "lexicon/LexiconFile.h"

#include "lexicon/LexiconData.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace parallax::lexicon {

QSet<QString> lexiconWords(QStringView name, QStringView section) {
    QSet<QString> out;
    for (const LexiconEntry& e : lexiconEntries(name))
        if (section.isEmpty() || e.section == section)
            out.insert(e.head);
    return out;
}

QHash<QString, QString> lexiconHeadsOfItems(QStringView name, QStringView section) {
    QHash<QString, QString> out;
    for (const LexiconEntry& e : lexiconEntries(name))
        if (e.section == section)
            for (const QString& item : e.items)
                out.insert(item, e.head);
    return out;
}

std::vector<LexiconEntry> parseLexicon(QStringView text) {
    std::vector<LexiconEntry> entries;
    QString section;
    for (QStringView line : text.tokenize(u'\n')) {
        if (const qsizetype hash = line.indexOf(u'#'); hash >= 0)
            line = line.first(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = line.sliced(1, line.size() - 2).trimmed().toString();
            continue;
        }
        LexiconEntry e;
        e.section = section;
        const qsizetype colon = line.indexOf(u':');
        e.head = (colon < 0 ? line : line.first(colon)).trimmed().toString();
        if (colon >= 0)
            for (QStringView item : line.sliced(colon + 1).tokenize(u','))
                if (!item.trimmed().isEmpty())
                    e.items.append(item.trimmed().toString());
        entries.push_back(std::move(e));
    }
    return entries;
}

const std::vector<LexiconEntry>& lexiconEntries(QStringView name) {
    // Each list is parsed on first use; the lookups built on top are function statics, so the
    // engine's threads may ask at any time.
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const std::vector<LexiconEntry>>> parsed;
    const QMutexLocker lock(&mutex);
    auto& slot = parsed[name.toString()];
    if (!slot) {
        const QByteArrayView text = embeddedList(name);
        Q_ASSERT_X(!text.isEmpty(), "lexiconEntries", "no such list under resources/lexicon");
        slot = std::make_shared<const std::vector<LexiconEntry>>(parseLexicon(QString::fromUtf8(text)));
    }
    return *slot;
}

} // namespace parallax::lexicon
