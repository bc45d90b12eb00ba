#include "numbers/LocalDollars.h"

#include "lexicon/LexiconFile.h"

#include <QHash>

namespace parallax {
namespace {

// "US$5m", "40 US dollars", "U.S. $40", "USD 40", "American dollars": the amount says which dollar.
bool saysUsDollars(QStringView text, Span value, Span unit) {
    const bool written = unit.end > unit.start; // "dollars" after the number, "US$" before it
    const qsizetype from =
        std::max<qsizetype>(0, (written ? std::min(value.start, unit.start) : value.start) - 5);
    const qsizetype to = written ? std::max(value.end, unit.end) : value.end;
    const QStringView around = text.mid(from, to - from);
    return around.contains(u"US") || around.contains(u"U.S.") || around.contains(u"American");
}

} // namespace

QString localDollarOfOutlet(QStringView outlet) {
    static const QHash<QString, QString> byDomain = [] {
        QHash<QString, QString> out;
        for (const lexicon::LexiconEntry& e : lexicon::lexiconEntries(u"currencies"))
            if (e.section == u"dollar of an outlet's country" && !e.items.isEmpty())
                out.insert(e.head, e.items.front());
        return out;
    }();
    const QStringView trimmed = outlet.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u' '))
        return {};
    const qsizetype dot = trimmed.lastIndexOf(u'.');
    if (dot < 1)
        return {};
    QStringView suffix = trimmed.mid(dot + 1);
    while (!suffix.isEmpty() && !suffix.back().isLetter()) // "news.com.au/"
        suffix.chop(1);
    return byDomain.value(suffix.toString().toLower());
}

void readBareDollarsAs(std::vector<NumberMention>& mentions, QStringView text, QStringView localCode) {
    if (localCode.isEmpty())
        return;
    for (NumberMention& m : mentions) {
        if (m.unit == u"USD" && !saysUsDollars(text, m.span, m.unitSpan))
            m.unit = localCode.toString();
        if (m.convertedUnit == u"USD" && !saysUsDollars(text, m.convertedSpan, m.convertedSpan))
            m.convertedUnit = localCode.toString();
    }
}

} // namespace parallax
