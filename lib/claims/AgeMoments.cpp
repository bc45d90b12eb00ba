#include "claims/AgeMoments.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace parallax::claims {

int storyYear(const Document& doc, const QString& moment) {
    const QDate day = QDate::fromString(moment.left(10), Qt::ISODate);
    if (day.isValid())
        return day.year();
    static const QRegularExpression year(QStringLiteral("(?<![\\d.,$£€-])(19\\d\\d|20\\d\\d)(?![\\d.,]\\d)"));
    int latest = 0;
    for (auto it = year.globalMatch(doc.text); it.hasNext();)
        latest = std::max(latest, it.next().captured(1).toInt());
    return latest;
}

bool agesDisagreeFirmly(const std::vector<ClaimVariant>& variants, const QStringList& moments,
                        const std::vector<int>& years) {
    constexpr qint64 kSameMomentDays = 31;
    QDate first, last;
    bool allDated = true, allYears = true;
    double youngest = std::numeric_limits<double>::infinity(), oldest = -youngest;
    for (const ClaimVariant& v : variants) {
        youngest = std::min(youngest, v.mention.value);
        oldest = std::max(oldest, v.mention.value);
        allYears = allYears && v.doc >= 0 && size_t(v.doc) < years.size() && years[size_t(v.doc)] > 0;
        const QDate day = QDate::fromString(moments.value(v.doc).left(10), Qt::ISODate);
        if (!day.isValid()) {
            allDated = false;
            continue;
        }
        first = first.isValid() ? std::min(first, day) : day;
        last = last.isValid() ? std::max(last, day) : day;
    }
    if (allDated)
        return first.daysTo(last) <= kSameMomentDays;
    if (oldest - youngest <= 1)
        return true;
    if (!allYears)
        return false;
    for (const ClaimVariant& a : variants)
        for (const ClaimVariant& b : variants) {
            const double ages = b.mention.value - a.mention.value;
            const int apart = years[size_t(b.doc)] - years[size_t(a.doc)];
            if (ages > 0 && std::abs(ages - apart) > 1)
                return true;
        }
    return false;
}

} // namespace parallax::claims
