#include "numbers/NumberJson.h"

#include <QJsonValue>

namespace parallax {

namespace {

QJsonValue stringOrNull(const QString& s) {
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonObject numberMentionToJson(const NumberMention& m) {
    QJsonObject o;
    o.insert(QStringLiteral("value"), m.value);
    o.insert(QStringLiteral("text"), m.text);
    o.insert(QStringLiteral("start"), qint64(m.span.start));
    o.insert(QStringLiteral("end"), qint64(m.span.end));
    o.insert(QStringLiteral("kind"), numberKindName(m.kind));
    o.insert(QStringLiteral("qualifier"), stringOrNull(numberQualifierName(m.qualifier)));
    o.insert(QStringLiteral("unit"), stringOrNull(m.unit));
    if (m.rangeEnd)
        o.insert(QStringLiteral("range_end"), *m.rangeEnd);
    if (!m.qualifierText.isEmpty())
        o.insert(QStringLiteral("qualifier_text"), m.qualifierText);
    if (m.record)
        o.insert(QStringLiteral("record"), true);
    if (m.reported)
        o.insert(QStringLiteral("reported"), true);
    if (m.implicitUnit)
        o.insert(QStringLiteral("implicit_unit"), true);
    if (!m.head.isEmpty())
        o.insert(QStringLiteral("head"), m.head);
    if (!m.predicate.isEmpty())
        o.insert(QStringLiteral("predicate"), m.predicate);
    if (!m.normalized.isEmpty())
        o.insert(QStringLiteral("normalized"), m.normalized);
    if (m.convertedValue) {
        QJsonObject c;
        c.insert(QStringLiteral("value"), *m.convertedValue);
        c.insert(QStringLiteral("unit"), m.convertedUnit);
        c.insert(QStringLiteral("start"), qint64(m.convertedSpan.start));
        c.insert(QStringLiteral("end"), qint64(m.convertedSpan.end));
        o.insert(QStringLiteral("converted"), c);
    }
    return o;
}

QJsonArray numberMentionsToJson(const std::vector<NumberMention>& mentions) {
    QJsonArray array;
    for (const NumberMention& m : mentions)
        array.append(numberMentionToJson(m));
    return array;
}

} // namespace parallax
