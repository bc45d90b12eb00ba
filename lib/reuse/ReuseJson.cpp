#include "reuse/ReuseJson.h"

#include <QJsonObject>

#include <cmath>

namespace parallax {
namespace {

// Three decimals: enough to compare runs, short enough to read.
double rounded(double v) {
    return std::round(v * 1000) / 1000;
}

QJsonArray range(int first, int count) {
    return QJsonArray{first, count};
}

} // namespace

QJsonArray pairsToJson(const ReuseResult& result, const std::vector<Document>& docs) {
    QJsonArray out;
    for (const DocumentPair& p : result.pairs) {
        QJsonObject o;
        o[u"a"] = docs[size_t(p.a)].id;
        o[u"b"] = docs[size_t(p.b)].id;
        o[u"resemblance"] = rounded(p.resemblance);
        o[u"containment_a_in_b"] = rounded(p.containmentAInB);
        o[u"containment_b_in_a"] = rounded(p.containmentBInA);
        o[u"relation"] = relationName(p.relation);
        o[u"original"] = p.original >= 0 ? QJsonValue(docs[size_t(p.original)].id) : QJsonValue();
        o[u"shared_sentences"] = p.sharedSentences;
        o[u"evidence"] = p.evidence;
        out.append(o);
    }
    return out;
}

QJsonArray sharedSentencesToJson(const ReuseResult& result, const std::vector<Document>& docs) {
    QJsonArray out;
    for (const SentenceMatch& m : result.matches) {
        QJsonObject o;
        o[u"a"] = docs[size_t(m.docA)].id;
        o[u"a_index"] = m.firstA;
        o[u"a_count"] = m.countA;
        o[u"b"] = docs[size_t(m.docB)].id;
        o[u"b_index"] = m.firstB;
        o[u"b_count"] = m.countB;
        o[u"score"] = rounded(m.score);
        o[u"kind"] = matchKindName(m.kind);
        QJsonArray edits;
        for (const WordEdit& e : result.editsOf(m))
            edits.append(QJsonObject{{u"op"_qs, editOpName(e.op)},
                                     {u"a"_qs, range(e.firstA, e.countA)},
                                     {u"b"_qs, range(e.firstB, e.countB)}});
        o[u"edits"] = edits;
        out.append(o);
    }
    return out;
}

} // namespace parallax
