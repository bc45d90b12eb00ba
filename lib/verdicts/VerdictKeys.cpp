#include "verdicts/VerdictKeys.h"

#include <algorithm>

namespace parallax {

QString claimValueText(const NumberMention& mention) {
    QString text = QString::number(mention.value, 'g', 15);
    if (mention.rangeEnd)
        text += u'-' + QString::number(*mention.rangeEnd, 'g', 15);
    return text;
}

ClaimKey claimKey(const Claim& claim, const std::vector<Document>& documents) {
    ClaimKey key;
    key.label = claim.label;
    for (const ClaimVariant& v : claim.variants) {
        key.values << claimValueText(v.mention);
        if (v.doc < 0 || size_t(v.doc) >= documents.size())
            continue;
        const Document& doc = documents[size_t(v.doc)];
        // A headline number has no sentence (-1): its headline stands in.
        if (v.sentence >= 0 && size_t(v.sentence) < doc.sentences.size())
            key.sentences << doc.sentenceText(v.sentence).toString();
        else
            key.sentences << doc.title;
    }
    key.values.removeDuplicates();
    key.values.sort();
    key.sentences.removeDuplicates();
    key.sentences.sort();
    return key;
}

PairKey pairKey(const DocumentPair& pair, const std::vector<Document>& documents) {
    const Document& a = documents[size_t(pair.a)];
    const Document& b = documents[size_t(pair.b)];
    if (b.id < a.id)
        return {b.id, a.id, b.title, a.title};
    return {a.id, b.id, a.title, b.title};
}

} // namespace parallax
