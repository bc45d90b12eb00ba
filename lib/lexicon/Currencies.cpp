#include "lexicon/Currencies.h"

#include "lexicon/LexiconFile.h"

#include <QHash>

namespace parallax::lexicon {
namespace {

struct Currency {
    QStringView code; // views into the parsed list, which lives as long as the program
    QStringView name;
};

const QHash<QString, Currency>& currencies() {
    static const QHash<QString, Currency> h = [] {
        QHash<QString, Currency> out;
        for (const LexiconEntry& e : lexiconEntries(u"currencies"))
            if (e.section.isEmpty()) // the codes; later sections say which dollar an outlet writes
                out.insert(e.head, {QStringView(e.head),
                                    e.items.isEmpty() ? QStringView() : QStringView(e.items.front())});
        return out;
    }();
    return h;
}

} // namespace

QStringView currencyCode(QStringView upperCode) {
    return currencies().value(upperCode.toString()).code;
}

QStringView currencyName(QStringView code) {
    return currencies().value(code.toString().toUpper()).name;
}

} // namespace parallax::lexicon
