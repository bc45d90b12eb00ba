#include "analysis/DisplayNames.h"

#include <QHash>

namespace parallax {
namespace {

// A title is a sentence, a name is a few words: past this many characters the title is cut at a
// word boundary. Long enough to tell apart two stories of one event ("Ukraine has accused
// Vladimir Putin…" and "A thick pall of acrid smoke…").
constexpr qsizetype kNameLength = 36;

QString shortened(const QString& title) {
    if (title.size() <= kNameLength)
        return title;
    qsizetype cut = title.lastIndexOf(u' ', kNameLength);
    if (cut < kNameLength / 2)
        cut = kNameLength;
    QString name = title.left(cut).trimmed();
    while (!name.isEmpty() && !name.back().isLetterOrNumber())
        name.chop(1);
    return name + QChar(0x2026);
}

} // namespace

QString displayName(const Document& doc) {
    const QString source = doc.source.trimmed();
    if (!source.isEmpty())
        return source;
    const QString title = doc.title.simplified();
    if (!title.isEmpty())
        return shortened(title);
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
