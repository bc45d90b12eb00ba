#include "report/ClaimText.h"

#include "claims/ClaimStatus.h"

#include <algorithm>
#include <map>

namespace parallax {

QString variantValueText(const ClaimVariant& variant) {
    const QString hedge = variant.mention.qualifierText.trimmed();
    return hedge.isEmpty() ? variant.mention.text : hedge + u' ' + variant.mention.text;
}

QString claimStatusText(const Claim& claim) {
    if (isPossibleDisagreement(claim))
        return QStringLiteral("possible %1")
            .arg(claim.status == ClaimStatus::Updated ? QStringLiteral("update")
                                                      : QStringLiteral("conflict"));
    // The JSON's words where they read well; plainer words where they do not ("qualifier").
    switch (claim.status) {
    case ClaimStatus::Qualifier:
        return QStringLiteral("hedge differs");
    case ClaimStatus::Formatting:
        return QStringLiteral("spelling differs");
    case ClaimStatus::Consistent:
        return QStringLiteral("agree");
    case ClaimStatus::Single:
        return QStringLiteral("one article");
    default:
        return claimStatusName(claim.status); // conflict, updated, rounding
    }
}

QString claimStatusClass(const Claim& claim) {
    if (isPossibleDisagreement(claim))
        return QStringLiteral("possible");
    if (isDisagreement(claim))
        return claimStatusName(claim.status); // conflict, updated
    if (claim.status == ClaimStatus::Consistent || claim.status == ClaimStatus::Single)
        return QStringLiteral("agree");
    return QStringLiteral("minor"); // rounding, hedge, spelling
}

std::vector<ValueGroup> valueGroups(const Claim& claim) {
    std::vector<ValueGroup> groups;
    std::vector<const NumberMention*> keys;
    std::vector<std::map<QString, int>> spellings;
    for (const ClaimVariant& v : claim.variants) {
        auto it = std::find_if(keys.begin(), keys.end(),
                               [&](const NumberMention* k) { return sameValue(*k, v.mention); });
        size_t g = size_t(it - keys.begin());
        if (it == keys.end()) {
            keys.push_back(&v.mention);
            groups.push_back({});
            spellings.emplace_back();
        }
        ++spellings[g][variantValueText(v)];
        if (std::find(groups[g].docs.begin(), groups[g].docs.end(), v.doc) == groups[g].docs.end())
            groups[g].docs.push_back(v.doc);
    }
    for (size_t g = 0; g < groups.size(); ++g) {
        std::sort(groups[g].docs.begin(), groups[g].docs.end());
        const auto best = std::max_element(spellings[g].begin(), spellings[g].end(),
                                           [](const auto& x, const auto& y) { return x.second < y.second; });
        groups[g].text = best->first;
    }
    std::stable_sort(groups.begin(), groups.end(),
                     [](const ValueGroup& x, const ValueGroup& y) { return x.docs.size() > y.docs.size(); });
    return groups;
}

QString majorityText(const Claim& claim) {
    const std::vector<ValueGroup> groups = valueGroups(claim);
    if (groups.empty())
        return QString();
    const ValueGroup& top = groups.front();
    if (top.docs.size() * 2 <= size_t(claim.articles)) {
        QStringList counts;
        for (const ValueGroup& g : groups)
            counts << QStringLiteral("%1 in %2").arg(g.text).arg(g.docs.size());
        return QStringLiteral("no value has a majority (%1)").arg(counts.join(QStringLiteral("; ")));
    }
    return QStringLiteral("%1 (%2 of %3 articles)").arg(top.text).arg(top.docs.size()).arg(claim.articles);
}

} // namespace parallax
