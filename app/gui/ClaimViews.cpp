#include "ClaimViews.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>
#include <map>
#include <set>

namespace parallax::gui {

QString claimStateName(ClaimState state) {
    switch (state) {
    case ClaimState::Conflict:
        return QStringLiteral("conflict");
    case ClaimState::Updated:
        return QStringLiteral("updated");
    case ClaimState::Possible:
        return QStringLiteral("possible");
    case ClaimState::Rounding:
        return QStringLiteral("rounding");
    case ClaimState::Qualifier:
        return QStringLiteral("qualifier");
    case ClaimState::Formatting:
        return QStringLiteral("formatting");
    case ClaimState::Consistent:
        return QStringLiteral("consistent");
    case ClaimState::Single:
        return QStringLiteral("single");
    }
    return {};
}

QString claimStateLabel(ClaimState state) {
    switch (state) {
    case ClaimState::Conflict:
        return QCoreApplication::translate("ClaimViews", "Conflict");
    case ClaimState::Updated:
        return QCoreApplication::translate("ClaimViews", "Updated over time");
    case ClaimState::Possible:
        return QCoreApplication::translate("ClaimViews", "Possible conflict");
    case ClaimState::Rounding:
        return QCoreApplication::translate("ClaimViews", "Rounded differently");
    case ClaimState::Qualifier:
        return QCoreApplication::translate("ClaimViews", "Different hedge");
    case ClaimState::Formatting:
        return QCoreApplication::translate("ClaimViews", "Written differently");
    case ClaimState::Consistent:
        return QCoreApplication::translate("ClaimViews", "Consistent");
    case ClaimState::Single:
        return QCoreApplication::translate("ClaimViews", "One article");
    }
    return {};
}

QString ClaimView::valueSummary() const {
    // Values in order of first appearance, each with the number of articles that give it.
    std::vector<double> order;
    std::map<double, std::set<int>> articles;
    for (const ClaimVariantView& v : variants) {
        if (!articles.contains(v.value))
            order.push_back(v.value);
        articles[v.value].insert(v.document);
    }
    QStringList parts;
    for (double value : order) {
        // Whole values as written in full ("1,200,000"); a share or a ratio to two decimals, not
        // "0.333333333333" for "one in three".
        const QLocale english(QLocale::English);
        QString number = english.toString(value, 'g', 12);
        if (value != std::floor(value) && std::abs(value) < 1e9) {
            number = english.toString(value, 'f', 2);
            while (number.endsWith(u'0'))
                number.chop(1);
            if (number.endsWith(u'.'))
                number.chop(1);
        }
        const size_t count = articles[value].size();
        parts << (count > 1 ? QStringLiteral("%1 ×%2").arg(number).arg(count) : number);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace parallax::gui
