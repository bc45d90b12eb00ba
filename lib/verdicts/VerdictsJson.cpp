#include "verdicts/VerdictsJson.h"

#include "verdicts/VerdictBook.h"

#include <QJsonObject>

namespace parallax {

QJsonArray verdictsToJson(const VerdictSession& session, const std::vector<Claim>& claims,
                          const std::vector<DocumentPair>& pairs, const std::vector<Document>& documents) {
    VerdictBook book(session);
    book.attach(claims, pairs, documents);
    QJsonArray out;
    for (size_t i = 0; i < session.verdicts.size(); ++i) {
        const Verdict& v = session.verdicts[i];
        QJsonObject o;
        o[u"target"] = verdictTargetName(v.target);
        o[u"status"] = verdictStatusName(v.status);
        o[u"note"] = v.note;
        o[u"changed"] =
            v.changed.isValid() ? QJsonValue(v.changed.toUTC().toString(Qt::ISODate)) : QJsonValue();
        if (v.target == VerdictTarget::Claim) {
            const int c = book.claimOf(int(i));
            o[u"claim"] = c < 0 ? QJsonValue() : QJsonValue(claims[size_t(c)].id);
            o[u"label"] = v.claim.label;
            o[u"values"] = QJsonArray::fromStringList(v.claim.values);
        } else {
            const int p = book.pairOf(int(i));
            o[u"attached"] = p >= 0;
            o[u"a"] = p < 0 ? v.pair.a : documents[size_t(pairs[size_t(p)].a)].id;
            o[u"b"] = p < 0 ? v.pair.b : documents[size_t(pairs[size_t(p)].b)].id;
        }
        out.append(o);
    }
    return out;
}

} // namespace parallax
