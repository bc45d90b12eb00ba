#include "claims/ClaimsJson.h"

#include "claims/Headline.h"

#include <QJsonObject>

#include <cmath>

namespace parallax {

QJsonArray claimsToJson(const std::vector<Claim>& claims, const std::vector<Document>& docs) {
    QJsonArray out;
    for (const Claim& c : claims) {
        QJsonArray variants;
        for (const ClaimVariant& v : c.variants) {
            const NumberMention& m = v.mention;
            QJsonObject o;
            o[u"doc"] = docs[size_t(v.doc)].id;
            o[u"sentence"] = v.sentence; // -1: the headline (Headline.h)
            o[u"in_headline"] = v.sentence == kHeadlineSentence;
            o[u"text"] = m.text;
            o[u"value"] = m.value;
            o[u"range_end"] = m.rangeEnd ? QJsonValue(*m.rangeEnd) : QJsonValue();
            o[u"qualifier"] = m.qualifier == NumberMention::Qualifier::None
                                  ? QJsonValue()
                                  : QJsonValue(numberQualifierName(m.qualifier));
            o[u"qualifier_text"] = m.qualifierText;
            o[u"kind"] = numberKindName(m.kind);
            o[u"unit"] = v.unit;
            o[u"predicate"] = v.predicate;
            o[u"place"] = v.place;
            o[u"start"] = qint64(v.span.start);
            o[u"end"] = qint64(v.span.end);
            variants.append(o);
        }
        QJsonObject o;
        o[u"id"] = c.id;
        o[u"label"] = c.label;
        o[u"status"] = claimStatusName(c.status);
        o[u"unit"] = c.unit;
        o[u"predicate"] = c.predicate;
        o[u"head"] = c.head;
        o[u"place"] = c.place;
        o[u"agent"] = c.agent;
        o[u"occasion"] = c.occasion;
        if (!c.source.isEmpty())
            o[u"source"] = c.source;
        o[u"articles"] = c.articles;
        o[u"confidence"] = std::round(c.confidence * 100) / 100;
        o[u"evidence"] = QJsonArray::fromStringList(c.evidence);
        o[u"variants"] = variants;
        out.append(o);
    }
    return out;
}

} // namespace parallax
