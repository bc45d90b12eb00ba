#include "corpus/PlainTextMetadata.h"

#include <QDate>
#include <QStringList>

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace parallax {
namespace {

Span absolute(Span paragraph, const QRegularExpressionMatch& m, int group = 0) {
    return {paragraph.start + m.capturedStart(group), paragraph.start + m.capturedEnd(group)};
}

// Sentence-final punctuation, possibly followed by closing quotes or brackets.
bool endsLikeSentence(QStringView s) {
    while (!s.isEmpty() && QStringView(u"”’\"')]»").contains(s.back()))
        s.chop(1);
    return !s.isEmpty() && QStringView(u".!?…:;").contains(s.back());
}

} // namespace

QString parseArticleDate(QStringView text) {
    static const QRegularExpression iso(QStringLiteral(R"(\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))"));
    static const QRegularExpression monthFirst(
        QStringLiteral(R"(\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b)"));
    static const QRegularExpression dayFirst(
        QStringLiteral(R"(\b(\d{1,2})(?:st|nd|rd|th)? ([A-Z][a-z]{2,8}),? (\d{4})\b)"));
    const QString s = text.toString();
    if (const auto m = iso.match(s); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    }
    const QLocale english(QLocale::English);
    auto monthNumber = [&](const QString& name) {
        for (int month = 1; month <= 12; ++month)
            if (name.compare(english.monthName(month), Qt::CaseInsensitive) == 0 ||
                name.compare(english.monthName(month, QLocale::ShortFormat), Qt::CaseInsensitive) == 0 ||
                (month == 9 && name.compare(u"Sept", Qt::CaseInsensitive) == 0))
                return month;
        return 0;
    };
    if (const auto m = monthFirst.match(s); m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), monthNumber(m.captured(1)), m.captured(2).toInt());
        if (d.isValid())
            return d.toString(Qt::ISODate);
    }
    if (const auto m = dayFirst.match(s); m.hasMatch()) {
        const QDate d(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt());
        if (d.isValid())
            return d.toString(Qt::ISODate);
    }
    return {};
}

std::optional<MetadataField> findMetadataLine(QStringView text, Span paragraph, QString* kindOut) {
    static const QRegularExpression dateLine(
        QStringLiteral(
            R"(^\s*(?:date[d]?|published(?: on)?|updated|posted(?: on)?)\s*:?\s+((?:\w+,? )?(?:\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+,? \d{4}|[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}))(?:\s+\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|[A-Z]{2,4}))?)?)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sourceLine(
        QStringLiteral(
            R"(^\s*(?:source|publisher|outlet|publication)\s*:\s*([^.!?\s][^.!?]{1,58}?|[\w-]+(?:\.[\w-]+)+)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    // "By Jane Roe", "By Jane Roe and Sam Poe", "By Bayline Daily staff, with Norrow News · 14 March
    // 2026": short, no closing stop (prose that starts "By Monday, ..." ends with one).
    static const QRegularExpression byline(
        QStringLiteral(R"(^\s*By\s+([A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,4}?)\s*(?:$|[,·|•–—]))"));
    // Only a paragraph opening with one of the metadata words can be metadata: test that cheaply
    // before any regular expression runs (this is called for the top paragraphs of every file).
    static const QStringList openers{QStringLiteral("date"),        QStringLiteral("dated"),
                                     QStringLiteral("published"),   QStringLiteral("updated"),
                                     QStringLiteral("posted"),      QStringLiteral("source"),
                                     QStringLiteral("publisher"),   QStringLiteral("outlet"),
                                     QStringLiteral("publication"), QStringLiteral("by")};
    QStringView opening = text.sliced(paragraph.start, paragraph.length()).trimmed();
    qsizetype wordEnd = 0;
    while (wordEnd < opening.size() && wordEnd < 12 && opening[wordEnd].isLetter())
        ++wordEnd;
    const QStringView firstWord = opening.first(wordEnd);
    if (!std::any_of(openers.begin(), openers.end(),
                     [&](const QString& w) { return firstWord.compare(w, Qt::CaseInsensitive) == 0; }))
        return std::nullopt;

    const QString p = text.mid(paragraph.start, paragraph.length()).toString();
    if (const auto m = dateLine.match(p); m.hasMatch()) {
        const QString date = parseArticleDate(m.captured(1));
        if (!date.isEmpty()) {
            *kindOut = QStringLiteral("date");
            return MetadataField{{absolute(paragraph, m), BoilerplateKind::Metadata}, date};
        }
    }
    if (const auto m = sourceLine.match(p); m.hasMatch() && m.captured(1).count(u' ') < 8) {
        *kindOut = QStringLiteral("source");
        return MetadataField{{paragraph, BoilerplateKind::Metadata}, m.captured(1)};
    }
    if (const auto m = byline.match(p); m.hasMatch() && p.count(u' ') < 16 && !endsLikeSentence(p)) {
        *kindOut = QStringLiteral("byline");
        return MetadataField{{paragraph, BoilerplateKind::Metadata}, m.captured(1).trimmed()};
    }
    return std::nullopt;
}

std::optional<TimestampField> findTimestampLine(QStringView text, Span paragraph) {
    const QStringView p = text.sliced(paragraph.start, paragraph.length());
    if (p.contains(u'\n'))
        return std::nullopt;
    auto stamps = parseTimestampLine(p);
    if (!stamps)
        return std::nullopt;
    return TimestampField{{paragraph, BoilerplateKind::Metadata}, std::move(*stamps)};
}

bool looksLikeHeadline(QStringView paragraphText) {
    if (paragraphText.isEmpty() || paragraphText.contains(u'\n') || endsLikeSentence(paragraphText))
        return false;
    const qsizetype words = paragraphText.count(u' ') + 1;
    // A headline may open with its number: "3 DEAD due to Molotov cocktail at Bank".
    return words <= 30 && (paragraphText.front().isUpper() || paragraphText.front().isDigit());
}

std::optional<MetadataField> findDateline(QStringView text, Span paragraph) {
    // An upper-case place (two letters or more), an optional region, an optional agency in
    // brackets, then a dash: the shape every wire service uses.
    static const QRegularExpression dateline(QStringLiteral(
        R"(^((?:[A-Z][A-Z'’.\-]+)(?: [A-Z][A-Z'’.\-]+){0,3}(?:, (?:[A-Z][\w'’.\-]*)(?: [A-Z][\w'’.\-]*){0,2})?)\s*(?:\([A-Za-z .&]{1,30}\)\s*)?(?:[—–]|--?)\s*)"));
    const QString p = text.mid(paragraph.start, std::min<qsizetype>(paragraph.length(), 120)).toString();
    const auto m = dateline.match(p);
    if (!m.hasMatch() || m.capturedEnd() >= paragraph.length())
        return std::nullopt;
    return MetadataField{{absolute(paragraph, m), BoilerplateKind::Dateline}, m.captured(1)};
}

std::optional<MetadataField> findAttribution(QStringView text, Span paragraph) {
    static const QRegularExpression trailing(
        QStringLiteral(R"([.!?”"’)]\s+([–—-]\s*([A-Z][\w&'’. ]{1,40}?))\s*$)"));
    static const QRegularExpression whole(QStringLiteral(
        R"(^\s*(?:[–—-]\s*([A-Z][\w&'’. ]{1,40})|\(?((?:Reporting|Additional reporting|Writing|Editing|Compiled) by .{2,200}?)\)?\.?)\s*$)"));
    const QString p = text.mid(paragraph.start, paragraph.length()).toString();
    if (const auto m = whole.match(p); m.hasMatch())
        return MetadataField{{paragraph, BoilerplateKind::Attribution},
                             m.captured(1).isEmpty() ? m.captured(2) : m.captured(1).trimmed()};
    if (const auto m = trailing.match(p); m.hasMatch())
        return MetadataField{{absolute(paragraph, m, 1), BoilerplateKind::Attribution},
                             m.captured(2).trimmed()};
    return std::nullopt;
}

} // namespace parallax
