#include "claims/Rates.h"

namespace parallax::claims {
namespace {

// Periods a rate is given over, by the key of the noun; the adverbs name theirs.
QString periodOf(const QString& key) {
    static const QSet<QString> periods = wordSet(
        {"year", "season", "month", "week", "day", "night", "hour", "minute", "second", "annum", "game"});
    return periods.contains(key) ? key : QString();
}

QString adverbPeriod(const QString& key) {
    if (key == u"annually" || key == u"yearly")
        return QStringLiteral("year");
    if (key == u"monthly")
        return QStringLiteral("month");
    if (key == u"weekly")
        return QStringLiteral("week");
    if (key == u"daily")
        return QStringLiteral("day");
    if (key == u"hourly")
        return QStringLiteral("hour");
    return {};
}

} // namespace

QString rateAfter(const SentenceWords& w, int nounLast) {
    // "15 million euros net per season", "$40,000 gross a year": the tax word says nothing of
    // the period.
    static const QSet<QString> taxWords = wordSet({"net", "gross", "pretax", "after-tax"});
    const int i =
        nounLast + 1 < w.size() && !w.breakBefore(nounLast + 1) && taxWords.contains(w.key(nounLast + 1))
            ? nounLast + 2
            : nounLast + 1;
    if (nounLast < 0 || nounLast >= w.size())
        return {};
    // "an $80,000-a-year job", "a $15-an-hour wage": the rate is written into the number's word.
    // (The key drops the hyphens: the text keeps them.)
    if (const QString word = w.text(nounLast).toString().toLower(); word.contains(u'-')) {
        const QStringList parts = word.split(u'-');
        if (parts.size() >= 3 && (parts[parts.size() - 2] == u"a" || parts[parts.size() - 2] == u"an" ||
                                  parts[parts.size() - 2] == u"per"))
            if (const QString period = periodOf(parts.back()); !period.isEmpty())
                return QStringLiteral("per ") + period;
    }
    if (i >= w.size() || w.breakBefore(i))
        return {};
    if (const QString period = adverbPeriod(w.key(i)); !period.isEmpty())
        return QStringLiteral("per ") + period;
    static const QSet<QString> per = wordSet({"per", "a", "an", "each", "every"});
    if (!per.contains(w.key(i)) || i + 1 >= w.size() || w.breakBefore(i + 1))
        return {};
    const QString period = periodOf(w.key(i + 1));
    if (period.isEmpty())
        return {};
    // "killed 20 people a day after the vote", "$5 million a year ago", "a year earlier": a time.
    static const QSet<QString> timeAfter =
        wordSet({"ago", "after", "before", "later", "earlier", "since", "from", "of", "or", "and", "into"});
    if (i + 2 < w.size() && !w.breakBefore(i + 2) && timeAfter.contains(w.key(i + 2)))
        return {};
    return QStringLiteral("per ") + period;
}

bool isAverage(const SentenceWords& w, int first, int nounLast) {
    static const QSet<QString> average = wordSet({"average", "averaged", "averages", "averaging"});
    // Up to three words before: "averaged more than", "an average of", "on average".
    for (int i = first - 1; i >= 0 && i >= first - 3 && !w.breakBefore(i + 1); --i)
        if (average.contains(w.key(i)))
            return true;
    // "30 points on average", "30 points a game on average"
    for (int i = nounLast + 1; i < w.size() && i <= nounLast + 4 && !w.breakBefore(i); ++i)
        if (w.key(i) == u"average" && w.key(i - 1) == u"on")
            return true;
    return false;
}

} // namespace parallax::claims
