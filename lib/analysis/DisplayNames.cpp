#include "analysis/DisplayNames.h"

#include <QHash>

namespace parallax {

QString displayName(const Document& doc) {
    const QString source = doc.source.trimmed();
    if (!source.isEmpty())
        return source;
    const QString title = doc.title.trimmed();
    if (!title.isEmpty())
        return title;
    return doc.id;
}

std::vector<QString> displayNames(const std::vector<Document>& documents) {
    std::vector<QString> names;
    names.reserve(documents.size());
    QHash<QString, int> uses;
    for (const Document& doc : documents) {
        names.push_back(displayName(doc));
        ++uses[names.back()];
    }
    for (size_t i = 0; i < names.size(); ++i)
        if (uses.value(names[i]) > 1 && names[i] != documents[i].id)
            names[i] = QStringLiteral("%1 (%2)").arg(names[i], documents[i].id);
    return names;
}

} // namespace parallax
