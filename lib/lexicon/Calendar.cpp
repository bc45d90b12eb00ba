#include "lexicon/Calendar.h"

#include "lexicon/LexiconFile.h"

#include <QHash>
#include <QSet>

namespace parallax::lexicon {
namespace {

// Keys are views into the parsed lists, which live as long as the program.
struct MonthWord {
    int month = 0;
    bool abbreviation = false;
};

const QHash<QStringView, MonthWord>& monthWords() {
    static const QHash<QStringView, MonthWord> words = [] {
        QHash<QStringView, MonthWord> h;
        int month = 0;
        for (const LexiconEntry& e : lexiconEntries(u"months")) {
            ++month; // the list is in calendar order
            h.insert(e.head, {month, false});
            for (const QString& abbreviation : e.items)
                h.insert(abbreviation, {month, true});
        }
        Q_ASSERT(month == 12);
        return h;
    }();
    return words;
}

} // namespace

int monthNumber(QStringView lowerWord) {
    const auto& words = monthWords();
    const auto it = words.constFind(lowerWord);
    return it == words.constEnd() ? 0 : it->month;
}

bool isMonthAbbreviation(QStringView lowerWord) {
    const auto& words = monthWords();
    const auto it = words.constFind(lowerWord);
    return it != words.constEnd() && it->abbreviation;
}

bool isMonthName(QStringView lowerWord) {
    const auto& words = monthWords();
    const auto it = words.constFind(lowerWord);
    return it != words.constEnd() && !it->abbreviation;
}

bool isWeekday(QStringView lowerWord) {
    static const QSet<QStringView> days = [] {
        QSet<QStringView> s;
        for (const LexiconEntry& e : lexiconEntries(u"weekdays"))
            s.insert(e.head);
        return s;
    }();
    return days.contains(lowerWord);
}

} // namespace parallax::lexicon
