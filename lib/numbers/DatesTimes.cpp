#include "numbers/DatesTimes.h"

#include "numbers/NumberWords.h"

#include "lexicon/Calendar.h"

#include <QList>

#include <algorithm>
#include <iterator>

namespace parallax::numbers {

namespace {

bool isPlainDigits(const Token& tok) {
    return tok.isDigits() && !tok.text.contains(u',') && !tok.text.contains(u'.');
}

bool allDigits(QStringView s) {
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

int toInt(QStringView digits) {
    int v = 0;
    for (QChar c : digits)
        v = v * 10 + (c.unicode() - u'0');
    return v;
}

// A day of the month at token i ("4", "4th", "22nd"); end is set past its suffix.
int dayAt(const TokenizedText& t, int i, int& end) {
    if (!t.valid(i) || !isPlainDigits(t[i]) || t[i].text.size() > 2)
        return 0;
    const int day = toInt(t[i].text);
    if (day < 1 || day > 31)
        return 0;
    end = i + 1;
    if (t.valid(i + 1) && t[i + 1].isWord() && t[i + 1].glued()) {
        const QStringView s = t[i + 1].lower;
        if (s != u"st" && s != u"nd" && s != u"rd" && s != u"th")
            return 0;
        end = i + 2;
    }
    // "4 July" but not "4 July-ish" ranges of numbers such as "4,5": the next token decides.
    if (t.valid(end) && t[end].glued() && (t[end].isDigits() || t[end].isWord()))
        return 0;
    return day;
}

int yearAt(const TokenizedText& t, int i) {
    if (!t.valid(i) || !isPlainDigits(t[i]) || t[i].text.size() != 4)
        return 0;
    const int year = toInt(t[i].text);
    if (year < 1000 || year > 2999)
        return 0;
    if (t.valid(i + 1) && t[i + 1].glued() && (t[i + 1].isWord() || t[i + 1].isDigits()))
        return 0;
    return year;
}

QString isoDate(int year, int month, int day) {
    QString s = year ? QString::number(year).rightJustified(4, u'0') : QStringLiteral("-");
    s += u'-' + QString::number(month).rightJustified(2, u'0');
    if (day)
        s += u'-' + QString::number(day).rightJustified(2, u'0');
    return s;
}

void fill(const TokenizedText& t, int first, int last, double value, NumberMention::Kind kind,
          QString normalized, Draft& out) {
    out.firstTok = first;
    out.lastTok = last;
    out.nextTok = last + 1;
    out.m.span = tokenSpan(t, first, last);
    out.m.value = value;
    out.m.kind = kind;
    out.m.normalized = std::move(normalized);
    out.kindFixed = true;
}

bool fillDate(const TokenizedText& t, int first, int last, int year, int month, int day, Draft& out) {
    fill(t, first, last, day ? day : year, NumberMention::Kind::Date, isoDate(year, month, day), out);
    return true;
}

// "July 4th, 2025", "Oct. 13", "February 2022", "May 8, 1945".
bool monthFirst(const TokenizedText& t, int i, Draft& out) {
    const int month = monthAt(t, i, false);
    if (!month)
        return false;
    int j = i + 1;
    if (t.charAt(j, u'.'))
        ++j;
    const bool weakMonth = (t[i].is(u"may") || t[i].is(u"march")) && !t[i].capitalised();
    // "March 11,2005": scraped text drops the space, and the lexer reads one grouped number. Page
    // headers drop it before the clock as well ("MARCH 4,2009,10:53 AM"), which read as a list of
    // three counts; the clock goes with the date, since a time of day is never a count.
    if (t.valid(j) && t[j].isDigits() && !weakMonth) {
        const QStringView text = t[j].text;
        const qsizetype comma = text.indexOf(u',');
        const qsizetype clockComma = text.indexOf(u',', comma + 1);
        const bool clockGlued = clockComma == comma + 5 && text.size() - clockComma - 1 >= 1 &&
                                text.size() - clockComma - 1 <= 2 && allDigits(text.sliced(clockComma + 1)) &&
                                t.charAt(j + 1, u':') && t[j + 1].glued() && t.valid(j + 2) &&
                                t[j + 2].isDigits() && t[j + 2].glued() && t[j + 2].text.size() == 2;
        const qsizetype yearEnd = clockGlued ? clockComma : text.size();
        if ((comma == 1 || comma == 2) && yearEnd == comma + 5 && allDigits(text.first(comma)) &&
            allDigits(text.sliced(comma + 1, 4))) {
            const int day = toInt(text.first(comma)), year = toInt(text.sliced(comma + 1, 4));
            if (day >= 1 && day <= 31 && year >= 1000 && year <= 2999) {
                int last = clockGlued ? j + 2 : j;
                if (clockGlued && t.valid(last + 1) && t[last + 1].isWord() &&
                    (t[last + 1].lower == u"am" || t[last + 1].lower == u"pm"))
                    ++last;
                return fillDate(t, i, last, year, month, day, out);
            }
        }
    }
    int end = 0;
    const int day = dayAt(t, j, end);
    if (day) {
        int k = t.charAt(end, u',') ? end + 1 : end;
        if (const int year = yearAt(t, k))
            return fillDate(t, i, k, year, month, day, out);
        if (weakMonth)
            return false;
        return fillDate(t, i, end - 1, 0, month, day, out);
    }
    if (const int year = yearAt(t, j); year && !weakMonth)
        return fillDate(t, i, j, year, month, 0, out);
    return false;
}

// "4 July", "4th of July 2025", "on 1 may that year".
bool dayFirst(const TokenizedText& t, int i, Draft& out) {
    int end = 0;
    const int day = dayAt(t, i, end);
    if (!day)
        return false;
    int j = t.wordAt(end, u"of") ? end + 1 : end;
    const bool afterOn = t.wordAt(i - 1, u"on");
    const int month = monthAt(t, j, !afterOn);
    if (!month)
        return false;
    int k = j + 1;
    if (t.charAt(k, u'.') && t.valid(k + 1) && isPlainDigits(t[k + 1]))
        ++k;
    if (const int year = yearAt(t, t.charAt(k, u',') ? k + 1 : k))
        return fillDate(t, i, t.charAt(k, u',') ? k + 1 : k, year, month, day, out);
    return fillDate(t, i, j, 0, month, day, out);
}

// "2025-07-04", "1995-01"; "17/05/2018", "5/17/2018"; "17.05.2018".
bool numericDate(const TokenizedText& t, int i, Draft& out) {
    const Token& tok = t[i];
    if (tok.isDigits() && tok.text.count(u'.') == 2 && !tok.text.contains(u',')) {
        const auto parts = tok.text.split(u'.');
        if (parts[0].size() <= 2 && parts[1].size() <= 2 && parts[2].size() == 4) {
            const int d = toInt(parts[0]), m = toInt(parts[1]);
            if (d >= 1 && d <= 31 && m >= 1 && m <= 12)
                return fillDate(t, i, i, toInt(parts[2]), m, d, out);
        }
        return false;
    }
    if (!isPlainDigits(tok))
        return false;
    // ISO: year-month(-day), all glued.
    if (tok.text.size() == 4 && t.valid(i + 2) && t[i + 1].isHyphen() && t[i + 1].glued() &&
        isPlainDigits(t[i + 2]) && t[i + 2].glued() && t[i + 2].text.size() == 2) {
        const int year = toInt(tok.text), month = toInt(t[i + 2].text);
        if (year < 1000 || month < 1 || month > 12)
            return false;
        if (t.valid(i + 4) && t[i + 3].isHyphen() && t[i + 3].glued() && isPlainDigits(t[i + 4]) &&
            t[i + 4].glued() && t[i + 4].text.size() == 2) {
            const int day = toInt(t[i + 4].text);
            if (day >= 1 && day <= 31)
                return fillDate(t, i, i + 4, year, month, day, out);
            return false;
        }
        return fillDate(t, i, i + 2, year, month, 0, out);
    }
    // Slashes: day and month order is read from which part cannot be a month.
    if (tok.text.size() <= 2 && t.valid(i + 4) && t[i + 1].isChar(u'/') && t[i + 1].glued() &&
        isPlainDigits(t[i + 2]) && t[i + 2].glued() && t[i + 2].text.size() <= 2 && t[i + 3].isChar(u'/') &&
        t[i + 3].glued() && isPlainDigits(t[i + 4]) && t[i + 4].glued() &&
        (t[i + 4].text.size() == 4 || t[i + 4].text.size() == 2)) {
        int a = toInt(tok.text), b = toInt(t[i + 2].text);
        int year = toInt(t[i + 4].text);
        if (year < 100)
            year += year < 50 ? 2000 : 1900;
        if (b > 12 && a <= 12)
            std::swap(a, b); // month/day, American order
        if (a < 1 || a > 31 || b < 1 || b > 12)
            return false;
        return fillDate(t, i, i + 4, year, b, a, out);
    }
    return false;
}

QString clock(int hour, int minute) {
    return QString::number(hour).rightJustified(2, u'0') + u':' +
           QString::number(minute).rightJustified(2, u'0');
}

bool fillTime(const TokenizedText& t, int first, int last, int hour, int minute, Draft& out) {
    fill(t, first, last, hour + minute / 60.0, NumberMention::Kind::TimeOfDay, clock(hour, minute), out);
    return true;
}

// "am", "pm", "a.m.", "p.m." at token j. Returns 1 for am, 2 for pm, 0 for none; last is set to
// the last token of the marker.
int meridiemAt(const TokenizedText& t, int j, int& last) {
    if (!t.valid(j) || !t[j].isWord() || t[j].gap > 1)
        return 0;
    const QStringView w = t[j].lower;
    if (w == u"am" || w == u"pm") {
        if (t.valid(j + 1) && t[j + 1].glued() && (t[j + 1].isWord() || t[j + 1].isDigits()))
            return 0;
        last = j;
        return w == u"am" ? 1 : 2;
    }
    // Scraped text often spaces it: "3 p. m.", with the full stop after the "m".
    const bool spaced = t.valid(j + 3) && t[j + 2].gap == 1 && t[j + 2].text == u"m" &&
                        t.charAt(j + 3, u'.') && t[j + 3].glued();
    if ((w == u"a" || w == u"p") && t.charAt(j + 1, u'.') && t[j + 1].glued() && t.wordAt(j + 2, u"m") &&
        (t[j + 2].glued() || spaced)) {
        last = (t.charAt(j + 3, u'.') && t[j + 3].glued()) ? j + 3 : j + 2;
        return w == u"a" ? 1 : 2;
    }
    return 0;
}

// What makes four digits a clock reading rather than a count: a time zone ("0307 GMT"), "hrs", or
// "local time" ("0307 local time", "0307 local").
bool clockZoneAt(const TokenizedText& t, int j) {
    static const QStringView zones[] = {u"GMT", u"UTC", u"BST", u"CET", u"CEST", u"EET", u"EEST",
                                        u"MSK", u"EST", u"EDT", u"CST", u"CDT",  u"MST", u"MDT",
                                        u"PST", u"PDT", u"IST", u"JST", u"AEST", u"AEDT"};
    if (!t.valid(j) || !t[j].isWord())
        return false;
    if (t[j].lower == u"hrs" || t[j].lower == u"local")
        return true;
    return std::find(std::begin(zones), std::end(zones), t[j].text) != std::end(zones);
}

// "at 0307", "by 0930": a count is never written with a leading zero, so four digits that start
// with one after a preposition of time are a clock reading.
bool zeroClockAt(const TokenizedText& t, int i) {
    return t[i].text.startsWith(u'0') &&
           (t.wordAt(i - 1, u"at") || t.wordAt(i - 1, u"by") || t.wordAt(i - 1, u"around") ||
            t.wordAt(i - 1, u"about") || t.wordAt(i - 1, u"until") || t.wordAt(i - 1, u"before") ||
            t.wordAt(i - 1, u"after") || t.wordAt(i - 1, u"from") || t.wordAt(i - 1, u"since"));
}

bool timeOfDay(const TokenizedText& t, int i, Draft& out) {
    const Token& tok = t[i];
    if (!tok.isDigits() || tok.text.contains(u','))
        return false;
    int hour = -1, minute = 0, j = i + 1;
    if (tok.text.contains(u'.')) {
        const qsizetype dot = tok.text.indexOf(u'.');
        if (dot < 1 || dot > 2 || tok.text.size() - dot != 3)
            return false;
        hour = toInt(tok.text.first(dot));
        minute = toInt(tok.text.sliced(dot + 1));
        // "22.34 BST": the British way of writing a clock, made sure by its time zone (left out
        // of the span, as after "0307 GMT").
        if (clockZoneAt(t, j) && t[j].allUpper() && minute <= 59 &&
            (hour < 24 || (hour == 24 && minute == 0)))
            return fillTime(t, i, i, hour % 24, minute, out);
    } else if (tok.text.size() <= 2) {
        hour = toInt(tok.text);
        if (t.charAt(j, u':') && t[j].glued() && t.valid(j + 1) && isPlainDigits(t[j + 1]) &&
            t[j + 1].glued() && t[j + 1].text.size() == 2) {
            minute = toInt(t[j + 1].text);
            j += 2;
            if (minute > 59)
                return false;
            int last = 0;
            const int mer = meridiemAt(t, j, last);
            if (mer && hour >= 1 && hour <= 12)
                return fillTime(t, i, last, hour % 12 + (mer == 2 ? 12 : 0), minute, out);
            if (hour <= 24 && !mer)
                return fillTime(t, i, j - 1, hour % 24, minute, out);
            return false;
        }
    } else if (tok.text.size() == 4 && isPlainDigits(tok) && (clockZoneAt(t, j) || zeroClockAt(t, i))) {
        hour = toInt(tok.text.first(2));
        minute = toInt(tok.text.sliced(2));
        if (hour > 24 || minute > 59)
            return false;
        return fillTime(t, i, i, hour % 24, minute, out);
    }
    if (hour < 0 || minute > 59)
        return false;
    int last = 0;
    if (const int mer = meridiemAt(t, j, last); mer && hour >= 1 && hour <= 12)
        return fillTime(t, i, last, hour % 12 + (mer == 2 ? 12 : 0), minute, out);
    if (t.valid(j) && (t[j].lower == u"o'clock" || t[j].lower == u"o’clock") && hour >= 1 && hour <= 12)
        return fillTime(t, i, j, hour, 0, out);
    return false;
}

// "nine o'clock"
bool spelledClock(const TokenizedText& t, int i, Draft& out) {
    if (!t[i].isWord())
        return false;
    const auto n = parseSpelledNumber(t, i);
    if (!n || n->ordinal || n->fraction || n->value < 1 || n->value > 12 || !t.valid(n->end))
        return false;
    const QStringView w = t[n->end].lower;
    if (w != u"o'clock" && w != u"o’clock")
        return false;
    return fillTime(t, i, n->end, int(n->value), 0, out);
}

} // namespace

int monthAt(const TokenizedText& t, int i, bool strict) {
    if (!t.valid(i) || !t[i].isWord())
        return 0;
    const Token& tok = t[i];
    const int month = lexicon::monthNumber(tok.lower);
    if (!month)
        return 0;
    if (lexicon::isMonthAbbreviation(tok.lower) && !tok.capitalised() && !t.charAt(i + 1, u'.'))
        return 0;
    if (strict && (tok.lower == u"may" || tok.lower == u"march") && !tok.capitalised())
        return 0;
    return month;
}

bool scanDateOrTime(const TokenizedText& t, int i, Draft& out) {
    if (t[i].isWord())
        return monthFirst(t, i, out) || spelledClock(t, i, out);
    if (!t[i].isDigits())
        return false;
    return numericDate(t, i, out) || timeOfDay(t, i, out) || dayFirst(t, i, out);
}

} // namespace parallax::numbers
