#include "corpus/MarkdownText.h"

#include "corpus/ArticleTime.h"

#include <QRegularExpression>
#include <QStringList>

namespace parallax {
namespace {

QString unquote(QString value) {
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') &&
        value.back() == value.front())
        value = value.sliced(1, value.size() - 2);
    return value.trimmed();
}

// Returns the number of lines the front matter takes (0 when there is none) and fills `out`.
qsizetype readFrontMatter(const QStringList& lines, MarkdownArticle& out) {
    if (lines.isEmpty() || lines.front().trimmed() != u"---")
        return 0;
    QString published, updated;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line == u"---" || line == u"...") {
            out.published = versionMoment(published, updated);
            return i + 1;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString key = line.first(colon).trimmed().toLower();
        const QString value = unquote(line.sliced(colon + 1));
        if (key == u"title")
            out.title = value;
        else if (key == u"source" || key == u"publisher" || key == u"site" || key == u"outlet")
            out.source = value;
        else if (key == u"date" || key == u"published") {
            out.date = value.size() >= 10 && value[4] == u'-' ? value.first(10) : value;
            published = normaliseMoment(value);
        } else if (key == u"updated" || key == u"modified" || key == u"lastmod" || key == u"last_modified")
            updated = normaliseMoment(value);
    }
    return 0; // an opening "---" that never closes is a horizontal rule, not front matter
}

QString stripInline(QString line) {
    static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\([^)]*\))"));
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]+)\]\([^)]*\))"));
    static const QRegularExpression strong(QStringLiteral(R"((\*\*|__)(\S(?:.*?\S)?)\1)"));
    static const QRegularExpression emphasis(
        QStringLiteral(R"((?<![\w*])[*_](\S(?:[^*_]*?\S)?)[*_](?![\w*]))"));
    static const QRegularExpression code(QStringLiteral(R"(`([^`]*)`)"));
    line.replace(image, QString());
    line.replace(link, QStringLiteral("\\1"));
    line.replace(strong, QStringLiteral("\\2"));
    line.replace(emphasis, QStringLiteral("\\1"));
    line.replace(code, QStringLiteral("\\1"));
    return line;
}

} // namespace

MarkdownArticle readMarkdownArticle(QStringView markdown) {
    static const QRegularExpression heading(QStringLiteral(R"(^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$)"));
    static const QRegularExpression rule(QStringLiteral(R"(^\s{0,3}([-*_])(\s*\1){2,}\s*$)"));
    static const QRegularExpression listItem(QStringLiteral(R"(^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+)"));
    static const QRegularExpression quote(QStringLiteral(R"(^\s{0,3}>\s?)"));

    MarkdownArticle out;
    const QStringList lines = markdown.toString().split(u'\n');
    QStringList kept;
    for (qsizetype i = readFrontMatter(lines, out); i < lines.size(); ++i) {
        QString line = lines[i];
        if (rule.match(line).hasMatch()) {
            kept << QString();
            continue;
        }
        line.replace(quote, QString());
        if (const auto m = heading.match(line); m.hasMatch()) {
            kept << QString() << stripInline(m.captured(1)) << QString();
            continue;
        }
        if (listItem.match(line).hasMatch()) {
            line.replace(listItem, QString());
            kept << QString() << stripInline(line) << QString();
            continue;
        }
        kept << stripInline(line);
    }
    out.text = kept.join(u'\n');
    return out;
}

} // namespace parallax
