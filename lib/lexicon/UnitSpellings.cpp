#include "lexicon/UnitSpellings.h"

#include "lexicon/LexiconFile.h"

#include <QHash>

namespace parallax::lexicon {
namespace {

// "hour (glued)" -> "hour" and its touch.
UnitTouch splitTouch(QString& head) {
    static const struct {
        QStringView mark;
        UnitTouch touch;
    } marks[] = {{u"(glued capital)", UnitTouch::GluedCapital},
                 {u"(glued)", UnitTouch::Glued},
                 {u"(hyphen)", UnitTouch::Hyphen},
                 {u"(spaced)", UnitTouch::Spaced}};
    for (const auto& m : marks) {
        if (head.endsWith(m.mark)) {
            head = head.chopped(m.mark.size()).trimmed();
            return m.touch;
        }
    }
    Q_ASSERT_X(!head.contains(u'('), "units.txt", "unknown mark after a unit");
    return UnitTouch::Any;
}

} // namespace

const std::vector<UnitSpellings>& unitSpellings() {
    static const std::vector<UnitSpellings> units = [] {
        std::vector<UnitSpellings> v;
        for (const LexiconEntry& e : lexiconEntries(u"units")) {
            UnitSpellings u;
            u.canonical = e.head;
            u.touch = splitTouch(u.canonical);
            u.dimension = e.section;
            u.spellings = e.items;
            v.push_back(std::move(u));
        }
        return v;
    }();
    return units;
}

QStringView canonicalUnit(QStringView lowerSpelling) {
    static const QHash<QStringView, QStringView> byWord = [] {
        QHash<QStringView, QStringView> h;
        for (const UnitSpellings& u : unitSpellings())
            for (const QString& s : u.spellings)
                if (!s.contains(u' ') && !h.contains(s))
                    h.insert(s, u.canonical);
        return h;
    }();
    return byWord.value(lowerSpelling);
}

QStringView unitDimension(QStringView canonical) {
    static const QHash<QStringView, QStringView> byUnit = [] {
        QHash<QStringView, QStringView> h;
        for (const UnitSpellings& u : unitSpellings())
            if (!h.contains(u.canonical))
                h.insert(u.canonical, u.dimension);
        return h;
    }();
    return byUnit.value(canonical);
}

} // namespace parallax::lexicon
