#include "lexicon/UnitFactors.h"

#include "lexicon/LexiconFile.h"

#include <QHash>

namespace parallax::lexicon {

std::optional<UnitFactor> unitFactor(QStringView canonical) {
    static const QHash<QStringView, UnitFactor> byUnit = [] {
        QHash<QStringView, UnitFactor> h;
        for (const LexiconEntry& e : lexiconEntries(u"unit-factors")) {
            bool ok = false;
            const double factor = e.items.value(0).toDouble(&ok);
            Q_ASSERT_X(ok && factor > 0, "unit-factors.txt", "a factor is a positive number");
            if (ok && factor > 0)
                h.insert(e.head, UnitFactor{e.section, factor});
        }
        return h;
    }();
    const auto it = byUnit.constFind(canonical);
    return it == byUnit.cend() ? std::nullopt : std::optional<UnitFactor>(*it);
}

} // namespace parallax::lexicon
