#pragma once

// Month and weekday names (resources/lexicon/months.txt, weekdays.txt). Every function takes a
// lower-case word.

#include <QStringView>

namespace parallax::lexicon {

// 1..12 for a month's full name or abbreviation ("january", "jan", "sept"), else 0.
int monthNumber(QStringView lowerWord);

// True for "jan", "sept" ...: a word that is a month only when written as one (capitalised or
// followed by a dot), since "mar" and "dec" are also plain words.
bool isMonthAbbreviation(QStringView lowerWord);

// True for a month's full name: "june", not "jun".
bool isMonthName(QStringView lowerWord);

// True for "monday" .. "sunday".
bool isWeekday(QStringView lowerWord);

} // namespace parallax::lexicon
