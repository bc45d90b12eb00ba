#pragma once

// When an article says it was published or updated: timestamp lines of plain text
// ("Last Updated: Monday, 28 November 2005, 02:24 GMT", "Updated 3:15 p.m. ET, Sun December 14,
// 2008", "Published: 12/14/2008 10:37 AM"), metadata values of HTML and Markdown
// ("2025-07-04T09:15:00+01:00", "Fri, 04 Jul 2025 09:15:00 GMT"), and the ISO 8601 moment the
// engine keeps (Document::published). Pure functions: thread-safe.

#include <QDate>
#include <QString>
#include <QStringView>
#include <QTime>

#include <optional>
#include <vector>

namespace parallax {

// One moment a timestamp line gives. A line may give several ("Posted: 04/9/2012 8:33 am
// Updated: 04/9/2012 9:10 am"), or a time without a date ("Last updated at 22:46 GMT", whose day
// is the one of the date line above it).
struct Timestamp {
    QDate date;          // invalid when the line gives no (unambiguous, complete) date
    QTime time;          // invalid when it gives no time of day
    QString zone;        // the zone as written, upper-cased: "GMT", "ET", "EDT", "GMT+05:00"; or empty
    bool update = false; // announced as an update: "Updated", "Last updated", "modified"
};

// The moment as ISO 8601: "2005-11-28T02:24Z" when date, time and a known zone are given (converted
// to UTC), "2005-11-28T02:24" with date and time in an unknown or unnamed zone (local time),
// "2005-11-28" with only a date, empty without a date.
QString isoMoment(const Timestamp& stamp);

// The minutes a zone abbreviation is ahead of UTC on `date` at local `time`, or nothing for a
// zone not known. Seasonal names follow their region's daylight-saving rules: "ET", "PT", "CT",
// "MT" (US rules since 1987, and since 2007), "UK" (EU rules). Fixed ones are taken as written:
// "EST" is UTC-5 even in July. "IST" is India's. Offsets: "GMT+05:00", "UTC-3", "+0530".
std::optional<int> zoneOffsetMinutes(QStringView zone, QDate date, QTime time);

// When `line` is nothing but a timestamp (cue words, weekday, date, time, zone and separators;
// a leading dateline place in capitals, "WASHINGTON, DC, April 28,2009", is allowed too), its
// moments in order; otherwise nothing. Understood: month names and abbreviations in either order
// ("May 3rd, 2013", "7 July 2012", "MON 22 JUL 2013"), numeric dates ("2012-04-04",
// "05 / 03 / 2013", "8/2/13", "08.07.2012"), 12- and 24-hour times ("3:15 p.m.", "1:10PM",
// "05.51AM", "22:07", "23:37:00", "5:55p"), zones. A numeric date whose day and month could be
// swapped is read month first with an American zone, day first with a European, Indian or
// Australian one and with dots; otherwise it is left without a date rather than guessed. A date
// without a year gives no date. Lines over 160 characters are never timestamps.
std::optional<std::vector<Timestamp>> parseTimestampLine(QStringView line);

// Timestamps of consecutive lines, resolved into the article's moments: a time without a date
// takes the date of the stamp before it. `published` is the first stamp not marked as an update;
// `updated` the last one marked so. Both ISO 8601 (isoMoment), or empty.
struct ArticleMoments {
    QString published;
    QString updated;
    QString date; // YYYY-MM-DD as written (never moved to UTC): of `published`, else of the first dated stamp
};
ArticleMoments resolveTimestamps(std::vector<Timestamp> stamps);

// A metadata value as an ISO 8601 moment: ISO 8601 with or without offset
// ("2025-07-04T09:15:00+01:00" -> "2025-07-04T08:15Z", "2025-07-04T09:15" stays local), RFC 2822
// ("Fri, 04 Jul 2025 09:15:00 GMT"), any form parseTimestampLine reads, or a bare date. Empty
// when it holds no date.
QString normaliseMoment(QStringView raw);

// The moment that dates the text we have: the update when it is on or up to three days after the
// publication (a story revised as news came in), else the publication (a "modified" stamp weeks
// later is an edit or a page rebuild, not a newer version of the news). Either may be empty.
QString versionMoment(const QString& published, const QString& updated);

} // namespace parallax
