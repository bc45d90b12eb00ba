#include "corpus/ArticleTime.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>

namespace parallax {
namespace {

constexpr auto kCase = QRegularExpression::CaseInsensitiveOption;

// "(january|february|...|jan|feb|...|sept)", longest first so that "June" is not read as "Jun".
QString alternation(QStringList names) {
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    names.removeDuplicates();
    return u'(' + names.join(u'|') + u')';
}

QString monthPattern() {
    const QLocale english(QLocale::English);
    QStringList names{QStringLiteral("sept")};
    for (int month = 1; month <= 12; ++month)
        names << english.monthName(month).toLower()
              << english.monthName(month, QLocale::ShortFormat).toLower();
    return alternation(names);
}

QString weekdayPattern() {
    const QLocale english(QLocale::English);
    QStringList names{QStringLiteral("tues"), QStringLiteral("thur"), QStringLiteral("thurs")};
    for (int day = 1; day <= 7; ++day)
        names << english.dayName(day).toLower() << english.dayName(day, QLocale::ShortFormat).toLower();
    return alternation(names);
}

int monthNumber(QStringView name) {
    const QLocale english(QLocale::English);
    for (int month = 1; month <= 12; ++month)
        if (name.left(3).compare(english.monthName(month, QLocale::ShortFormat), Qt::CaseInsensitive) == 0)
            return month;
    return 0;
}

QDate nthSunday(int year, int month, int n) { // n = -1: the last one
    if (n < 0) {
        QDate d(year, month, QDate(year, month, 1).daysInMonth());
        return d.addDays(-(d.dayOfWeek() % 7));
    }
    QDate d(year, month, 1);
    return d.addDays((7 - d.dayOfWeek() % 7) % 7 + 7 * (n - 1));
}

bool usDaylightSaving(QDate date) {
    const int y = date.year();
    const QDate start = y >= 2007 ? nthSunday(y, 3, 2) : nthSunday(y, 4, 1);
    const QDate end = y >= 2007 ? nthSunday(y, 11, 1) : nthSunday(y, 10, -1);
    return date >= start && date < end;
}

bool euSummerTime(QDate date) {
    return date >= nthSunday(date.year(), 3, -1) && date < nthSunday(date.year(), 10, -1);
}

struct FixedZone {
    const char16_t* name;
    int minutes;
};
constexpr FixedZone kFixedZones[] = {
    {u"GMT", 0},     {u"UTC", 0},    {u"UT", 0},     {u"Z", 0},      {u"WET", 0},    {u"WEST", 60},
    {u"BST", 60},    {u"CET", 60},   {u"CEST", 120}, {u"EET", 120},  {u"EEST", 180}, {u"MSK", 180},
    {u"SAST", 120},  {u"WAT", 60},   {u"EAT", 180},  {u"IST", 330},  {u"PKT", 300},  {u"HKT", 480},
    {u"SGT", 480},   {u"JST", 540},  {u"KST", 540},  {u"AWST", 480}, {u"ACST", 570}, {u"AEST", 600},
    {u"AEDT", 660},  {u"NZST", 720}, {u"NZDT", 780}, {u"EST", -300}, {u"EDT", -240}, {u"CST", -360},
    {u"CDT", -300},  {u"MST", -420}, {u"MDT", -360}, {u"PST", -480}, {u"PDT", -420}, {u"AKST", -540},
    {u"AKDT", -480}, {u"HST", -600},
};

struct SeasonalZone {
    const char16_t* name;
    int standardMinutes;
    bool us; // US rules, else EU rules
};
constexpr SeasonalZone kSeasonalZones[] = {
    {u"ET", -300, true}, {u"CT", -360, true},  {u"MT", -420, true},
    {u"PT", -480, true}, {u"AKT", -540, true}, {u"UK", 0, false},
};

// Which way a numeric date with day and month both <= 12 is read, by the zone written beside it.
enum class NumericOrder { Unknown, MonthFirst, DayFirst };
NumericOrder orderForZone(QStringView zone) {
    static const QStringList american =
        QStringLiteral("ET CT MT PT AKT EST EDT CST CDT MST MDT PST PDT AKST AKDT HST").split(u' ');
    if (zone.isEmpty())
        return NumericOrder::Unknown;
    if (american.contains(zone.toString()))
        return NumericOrder::MonthFirst;
    return NumericOrder::DayFirst; // GMT, BST, IST, AEST, CET, offsets...
}

int fullYear(int year) {
    return year >= 100 ? year : (year < 50 ? 2000 + year : 1900 + year);
}

// What is read of one stamp while its tokens come in.
struct StampDraft {
    Timestamp stamp;
    int numA = 0, numB = 0, numYear = 0; // a numeric date waiting for the zone to decide its order
    QChar numSeparator;
    bool hasDate = false; // a date was written (even one left unread: ambiguous or without year)
    bool hasTime = false;
    bool any() const { return hasDate || hasTime; }
};

void finishNumericDate(StampDraft& d) {
    if (d.numYear == 0)
        return;
    const int a = d.numA, b = d.numB, year = fullYear(d.numYear);
    NumericOrder order = NumericOrder::Unknown;
    if (a > 12 || a == b)
        order = NumericOrder::DayFirst;
    else if (b > 12)
        order = NumericOrder::MonthFirst;
    else if (d.numSeparator == u'.')
        order = NumericOrder::DayFirst;
    else
        order = orderForZone(d.stamp.zone);
    if (order == NumericOrder::DayFirst)
        d.stamp.date = QDate(year, b, a);
    else if (order == NumericOrder::MonthFirst)
        d.stamp.date = QDate(year, a, b);
}

bool setTime(StampDraft& d, int hour, int minute, int second, QStringView ampm) {
    if (!ampm.isEmpty()) {
        if (hour < 1 || hour > 12)
            return false;
        const bool pm = ampm.front().toLower() == u'p';
        hour = hour % 12 + (pm ? 12 : 0);
    }
    const QTime t(hour, minute, second);
    if (!t.isValid())
        return false;
    d.stamp.time = t;
    d.hasTime = true;
    return true;
}

// The token readers: each tries to read one token at `pos` of the normalised line into the draft
// and returns its end, or -1.
class LineReader {
public:
    explicit LineReader(const QString& s)
        : s_(s) {}

    std::optional<std::vector<Timestamp>> read();

private:
    QRegularExpressionMatch at(const QRegularExpression& re, qsizetype pos) const {
        return re.match(s_, pos, QRegularExpression::NormalMatch,
                        QRegularExpression::AnchorAtOffsetMatchOption);
    }
    qsizetype cue(qsizetype pos);
    qsizetype date(qsizetype pos);
    qsizetype time(qsizetype pos);
    qsizetype zone(qsizetype pos);
    qsizetype filler(qsizetype pos);
    qsizetype place(qsizetype pos);
    void closeStamp();

    const QString& s_;
    StampDraft draft_;
    std::vector<Timestamp> out_;
    int places_ = 0;
    bool sawMoment_ = false;
};

qsizetype LineReader::cue(qsizetype pos) {
    static const QRegularExpression re(
        QStringLiteral(
            R"((?:(?:first|originally|last|story|article)\s+)?(published|updated|posted|created|modified|dated?)(?:\s+(?:on|at|date))?(?!\w))"),
        kCase);
    const auto m = at(re, pos);
    if (!m.hasMatch())
        return -1;
    if (draft_.any())
        closeStamp();
    const QString word = m.captured(1).toLower();
    draft_.stamp.update = word == u"updated" || word == u"modified";
    return m.capturedEnd();
}

qsizetype LineReader::date(qsizetype pos) {
    static const QString month = monthPattern();
    static const QRegularExpression ymd(QStringLiteral(R"((\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d))"));
    static const QRegularExpression numeric(
        QStringLiteral(R"((\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d.]))"));
    static const QRegularExpression monthFirst(
        month +
            QStringLiteral(R"(\.?\s*(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:(?:\s*,\s*|\s+)(\d{4})(?![\d:.]))?)"),
        kCase);
    static const QRegularExpression dayFirst(QStringLiteral(R"((\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)") +
                                                 month + QStringLiteral(R"(\.?(?:,?\s*(\d{4})(?![\d:.]))?)"),
                                             kCase);
    QRegularExpressionMatch m;
    const bool isDate = (m = at(ymd, pos)).hasMatch() || (m = at(numeric, pos)).hasMatch() ||
                        (m = at(monthFirst, pos)).hasMatch() || (m = at(dayFirst, pos)).hasMatch();
    if (!isDate)
        return -1;
    if (draft_.hasDate)
        closeStamp(); // a second date starts another moment
    if (m.regularExpression() == ymd) {
        draft_.stamp.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if (m.regularExpression() == numeric) {
        draft_.numA = m.captured(1).toInt();
        draft_.numSeparator = m.captured(2).front();
        draft_.numB = m.captured(3).toInt();
        draft_.numYear = m.captured(4).toInt();
    } else if (m.regularExpression() == monthFirst) {
        if (!m.captured(3).isEmpty())
            draft_.stamp.date =
                QDate(m.captured(3).toInt(), monthNumber(m.capturedView(1)), m.captured(2).toInt());
    } else if (!m.captured(3).isEmpty()) { // dayFirst
        draft_.stamp.date =
            QDate(m.captured(3).toInt(), monthNumber(m.capturedView(2)), m.captured(1).toInt());
    }
    draft_.hasDate = true;
    return m.capturedEnd();
}

qsizetype LineReader::time(qsizetype pos) {
    static const QRegularExpression clock(
        QStringLiteral(R"((\d{1,2})([:.])(\d{2})(?::(\d{2}))?\s*(am|pm|a|p)?(?![\w]))"), kCase);
    static const QRegularExpression hourOnly(QStringLiteral(R"((\d{1,2})\s*(am|pm)(?!\w))"), kCase);
    if (const auto m = at(clock, pos); m.hasMatch()) {
        if (draft_.hasTime || (m.captured(2) == u"." && m.captured(5).isEmpty()))
            return -1;
        if (!setTime(draft_, m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt(),
                     m.capturedView(5)))
            return -1;
        return m.capturedEnd();
    }
    if (const auto m = at(hourOnly, pos); m.hasMatch() && !draft_.hasTime) {
        if (!setTime(draft_, m.captured(1).toInt(), 0, 0, m.capturedView(2)))
            return -1;
        return m.capturedEnd();
    }
    return -1;
}

qsizetype LineReader::zone(qsizetype pos) {
    static const QRegularExpression offset(
        QStringLiteral(R"((?:(GMT|UTC)\s*)?([+-])\s*(\d{1,2})(?::?(\d{1,2}))?(?!\d))"), kCase);
    static QString names = [] {
        QStringList list;
        for (const FixedZone& z : kFixedZones)
            list << QString::fromUtf16(z.name);
        for (const SeasonalZone& z : kSeasonalZones)
            list << QString::fromUtf16(z.name);
        return alternation(list);
    }();
    // Zone names are written in capitals; "at", "et" in lower case are words, not zones.
    static const QRegularExpression named(names + QStringLiteral(R"((?![\w]))"));
    if (const auto m = at(offset, pos); m.hasMatch() && (draft_.hasTime || !m.captured(1).isEmpty())) {
        const int hours = m.captured(3).toInt(), minutes = m.captured(4).toInt();
        if (hours > 14 || minutes > 59)
            return -1;
        draft_.stamp.zone = QStringLiteral("UTC%1%2:%3")
                                .arg(m.captured(2))
                                .arg(hours, 2, 10, QChar(u'0'))
                                .arg(minutes, 2, 10, QChar(u'0'));
        return m.capturedEnd();
    }
    if (const auto m = at(named, pos); m.hasMatch()) {
        if (draft_.stamp.zone.isEmpty())
            draft_.stamp.zone = m.captured(1); // "ET EDT": the first
        return m.capturedEnd();
    }
    return -1;
}

qsizetype LineReader::filler(qsizetype pos) {
    static const QString weekday = weekdayPattern();
    static const QRegularExpression words(QStringLiteral(R"((?:at|on|of|hrs|h|local time|time)(?!\w)|)") +
                                              weekday + QStringLiteral(R"(\.?(?!\w))"),
                                          kCase);
    const auto m = at(words, pos);
    return m.hasMatch() ? m.capturedEnd() : -1;
}

// A dateline place or an agency in capitals before the moment ("WASHINGTON, DC, April 28,2009",
// "TNN Nov 12,2011") or one closing it ("... IST MUMBAI:"). Three words at most in a line.
qsizetype LineReader::place(qsizetype pos) {
    static const QRegularExpression caps(QStringLiteral(R"([A-Z][A-Z.'’]+(?![\w]))"));
    static const QRegularExpression closing(QStringLiteral(R"([A-Z][A-Z.'’ ]+:\s*$)"));
    if (const auto m = at(closing, pos); m.hasMatch() && sawMoment_ && m.captured().count(u' ') < 3)
        return m.capturedEnd();
    const auto m = at(caps, pos);
    if (!m.hasMatch() || sawMoment_ || ++places_ > 3)
        return -1;
    return m.capturedEnd();
}

void LineReader::closeStamp() {
    finishNumericDate(draft_);
    if (draft_.hasDate && !draft_.stamp.date.isValid())
        draft_.stamp.time = QTime(); // "Jul. 7 5:59 PM": a day we cannot place, so no moment at all
    if (draft_.any())
        out_.push_back(draft_.stamp);
    draft_ = StampDraft{};
}

std::optional<std::vector<Timestamp>> LineReader::read() {
    static const QRegularExpression separators(QStringLiteral(R"([\s,.|@;:·•()\[\]–—/-]+)"));
    qsizetype pos = 0;
    while (pos < s_.size()) {
        if (const auto m = at(separators, pos); m.hasMatch() && m.capturedLength() > 0) {
            pos = m.capturedEnd();
            continue;
        }
        qsizetype end = cue(pos);
        for (auto reader : {&LineReader::date, &LineReader::time, &LineReader::zone, &LineReader::filler,
                            &LineReader::place}) {
            if (end >= 0)
                break;
            end = (this->*reader)(pos);
        }
        if (end <= pos)
            return std::nullopt;
        sawMoment_ = sawMoment_ || draft_.any();
        pos = end;
    }
    closeStamp();
    if (out_.empty())
        return std::nullopt;
    return out_;
}

// "12:52 p. m." -> "12:52 pm", "05 / 03 / 2013" -> "05/03/2013", "2012 - 04-04" -> "2012-04-04".
QString normaliseLine(QStringView line) {
    static const QRegularExpression spacedMeridiem(QStringLiteral(R"(\b([ap])\.\s?m\.)"), kCase);
    static const QRegularExpression spacedSlash(QStringLiteral(R"((?<=\d)\s+/\s+(?=\d))"));
    static const QRegularExpression spacedIsoDash(QStringLiteral(R"(\b(\d{4})\s+-\s+(\d{1,2})-)"));
    QString s = line.toString().simplified();
    s.replace(spacedMeridiem, QStringLiteral("\\1m"));
    s.replace(spacedSlash, QStringLiteral("/"));
    s.replace(spacedIsoDash, QStringLiteral("\\1-\\2-"));
    return s;
}

std::optional<QDateTime> comparable(const QString& iso) {
    if (iso.isEmpty())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(iso.endsWith(u'Z') ? iso.chopped(1) : iso,
                                        iso.size() > 10 ? QStringLiteral("yyyy-MM-dd'T'HH:mm")
                                                        : QStringLiteral("yyyy-MM-dd"));
    if (!t.isValid())
        return std::nullopt;
    t.setTimeSpec(Qt::UTC); // a local time compares as if it were UTC: off by the zone at most
    return t;
}

} // namespace

std::optional<int> zoneOffsetMinutes(QStringView zone, QDate date, QTime time) {
    Q_UNUSED(time); // the change-over hour is not modelled: the day decides
    static const QRegularExpression offset(QStringLiteral(R"(^(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?$)"));
    if (const auto m = offset.match(zone); m.hasMatch()) {
        const int minutes = m.captured(2).toInt() * 60 + m.captured(3).toInt();
        return m.captured(1) == u"-" ? -minutes : minutes;
    }
    for (const FixedZone& z : kFixedZones)
        if (zone.compare(QStringView(z.name), Qt::CaseInsensitive) == 0)
            return z.minutes;
    for (const SeasonalZone& z : kSeasonalZones)
        if (zone.compare(QStringView(z.name), Qt::CaseInsensitive) == 0 && date.isValid())
            return z.standardMinutes + ((z.us ? usDaylightSaving(date) : euSummerTime(date)) ? 60 : 0);
    return std::nullopt;
}

QString isoMoment(const Timestamp& stamp) {
    if (!stamp.date.isValid())
        return {};
    if (!stamp.time.isValid())
        return stamp.date.toString(Qt::ISODate);
    const QDateTime local(stamp.date, QTime(stamp.time.hour(), stamp.time.minute()), Qt::UTC);
    if (const auto offset = zoneOffsetMinutes(stamp.zone, stamp.date, stamp.time))
        return local.addSecs(-60 * *offset).toString(QStringLiteral("yyyy-MM-dd'T'HH:mm")) + u'Z';
    return local.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm"));
}

std::optional<std::vector<Timestamp>> parseTimestampLine(QStringView line) {
    if (line.size() > 160 || line.trimmed().isEmpty())
        return std::nullopt;
    const QString s = normaliseLine(line);
    return LineReader(s).read();
}

ArticleMoments resolveTimestamps(std::vector<Timestamp> stamps) {
    QDate lastDate;
    for (Timestamp& t : stamps) {
        if (!t.date.isValid() && t.time.isValid())
            t.date = lastDate;
        if (t.date.isValid())
            lastDate = t.date;
    }
    ArticleMoments out;
    for (const Timestamp& t : stamps) {
        if (!t.date.isValid())
            continue;
        if (out.date.isEmpty())
            out.date = t.date.toString(Qt::ISODate);
        if (t.update) {
            out.updated = isoMoment(t);
        } else if (out.published.isEmpty()) {
            out.published = isoMoment(t);
            out.date = t.date.toString(Qt::ISODate);
        }
    }
    return out;
}

QString normaliseMoment(QStringView raw) {
    static const QRegularExpression iso(QStringLiteral(
        R"(^\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)"));
    if (const auto m = iso.match(raw); m.hasMatch()) {
        Timestamp t;
        t.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!m.captured(4).isEmpty())
            t.time = QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        const QString zone = m.captured(7);
        t.zone = zone == u"Z"     ? QStringLiteral("UTC")
                 : zone.isEmpty() ? QString()
                                  : QStringLiteral("UTC") + zone;
        return isoMoment(t);
    }
    if (const auto stamps = parseTimestampLine(raw)) {
        for (const Timestamp& t : *stamps)
            if (t.date.isValid())
                return isoMoment(t);
    }
    return {};
}

QString versionMoment(const QString& published, const QString& updated) {
    const auto p = comparable(published), u = comparable(updated);
    if (!u)
        return published;
    if (!p)
        return updated;
    // A date-only publication and an update on that day: the update is the more precise moment.
    if (*u >= *p && p->secsTo(*u) <= 3 * 24 * 3600)
        return updated;
    return published;
}

} // namespace parallax
