#include "claims/FactCodes.h"

#include <QHash>

namespace parallax::claims {

std::vector<FactCode> factCodes(const std::vector<MentionFacts>& facts) {
    // One table for every key: only equality matters, and a verb is never compared with a kind.
    QHash<QString, int> codes;
    auto code = [&](const QString& key) {
        if (key.isEmpty())
            return 0;
        auto it = codes.constFind(key);
        if (it == codes.constEnd())
            it = codes.insert(key, int(codes.size()) + 1);
        return *it;
    };
    std::vector<FactCode> out;
    out.reserve(facts.size());
    for (const MentionFacts& f : facts)
        out.push_back({code(f.kindKey), code(f.occasion), code(f.event), code(f.agent), code(f.givenName)});
    return out;
}

} // namespace parallax::claims
