#include "corpus/HtmlDomMetadata.h"

#include "corpus/ArticleTime.h"
#include "corpus/HtmlDom.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <initializer_list>

namespace parallax {
namespace {

int monthNumber(QStringView name) {
    static const QString months = QStringLiteral("janfebmaraprmayjunjulaugsepoctnovdec");
    const qsizetype at = months.indexOf(name.left(3).toString().toLower());
    return at >= 0 && at % 3 == 0 ? int(at / 3) + 1 : 0;
}

QString isoDate(int year, int month, int day) {
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1900 || year > 2199)
        return {};
    return date.toString(Qt::ISODate);
}

QString firstOf(std::initializer_list<QString> values) {
    for (const QString& v : values) {
        if (!v.isEmpty())
            return v;
    }
    return {};
}

// A publisher meta is sometimes a Facebook page or a handle rather than a name.
QString plainName(const QString& value) {
    const QString v = value.simplified();
    if (v.contains(u"://") || v.startsWith(u"www.") || v.startsWith(u'@'))
        return {};
    return v;
}

bool isArticleType(const QJsonValue& type) {
    const QJsonArray types = type.isArray() ? type.toArray() : QJsonArray{type};
    for (const QJsonValue& t : types) {
        const QString name = t.toString();
        if (name.endsWith(u"Article") || name.endsWith(u"Posting") || name == u"Report")
            return true;
    }
    return false;
}

struct LdFacts {
    QString headline;
    QString date;
    QString publisher;
    QString published; // ISO 8601 moments
    QString modified;
};

// JSON-LD comes as one object, an array of them, or an object whose "@graph" lists them; the
// publisher may be a reference ({"@id": ...}) to another object of the graph.
LdFacts readJsonLd(const QString& json) {
    const QJsonDocument doc = QJsonDocument::fromJson(json.trimmed().toUtf8());
    QList<QJsonObject> objects;
    auto collect = [&](const QJsonValue& v) {
        if (v.isObject())
            objects.append(v.toObject());
        for (const QJsonValue& item : v.toArray())
            if (item.isObject())
                objects.append(item.toObject());
    };
    collect(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    for (qsizetype i = 0, top = objects.size(); i < top; ++i)
        collect(objects[i].value(u"@graph"));

    QJsonObject article;
    for (const QJsonObject& o : objects) {
        if (isArticleType(o.value(u"@type")) || (article.isEmpty() && o.contains(u"datePublished")))
            article = o;
        if (isArticleType(o.value(u"@type")))
            break;
    }
    LdFacts facts;
    facts.headline = article.value(u"headline").toString().simplified();
    facts.date = normaliseHtmlDate(article.value(u"datePublished").toString());
    facts.published = htmlMoment(article.value(u"datePublished").toString());
    facts.modified = htmlMoment(article.value(u"dateModified").toString());
    QJsonValue publisher = article.value(u"publisher");
    if (publisher.isArray())
        publisher = publisher.toArray().isEmpty() ? QJsonValue() : publisher.toArray().first();
    if (publisher.isString()) {
        facts.publisher = plainName(publisher.toString());
    } else if (publisher.isObject()) {
        QJsonObject p = publisher.toObject();
        const QString id = p.value(u"@id").toString();
        if (!p.contains(u"name") && !id.isEmpty()) {
            for (const QJsonObject& o : objects)
                if (o.value(u"@id").toString() == id && o.contains(u"name"))
                    p = o;
        }
        facts.publisher = plainName(p.value(u"name").toString());
    }
    return facts;
}

} // namespace

QString htmlMoment(QStringView raw) {
    const QString moment = normaliseMoment(raw);
    return moment.isEmpty() ? normaliseHtmlDate(raw) : moment;
}

QString normaliseHtmlDate(QStringView raw) {
    const QString text = raw.toString();
    static const QRegularExpression yearFirst(
        QStringLiteral(R"((?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d))"));
    static const QRegularExpression compact(QStringLiteral(R"(^\s*(\d{4})(\d{2})(\d{2})(?:$|[T\s]))"));
    static const QString month =
        QStringLiteral(R"((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)");
    static const QRegularExpression dayFirst(
        QStringLiteral(R"((?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)") + month +
            QStringLiteral(R"(,?\s+(\d{4})(?!\d))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthFirst(
        QStringLiteral(R"(\b)") + month + QStringLiteral(R"(\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d))"),
        QRegularExpression::CaseInsensitiveOption);

    if (auto m = yearFirst.match(text); m.hasMatch())
        return isoDate(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
    if (auto m = compact.match(text); m.hasMatch())
        return isoDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (auto m = dayFirst.match(text); m.hasMatch())
        return isoDate(m.captured(3).toInt(), monthNumber(m.capturedView(2)), m.captured(1).toInt());
    if (auto m = monthFirst.match(text); m.hasMatch())
        return isoDate(m.captured(3).toInt(), monthNumber(m.capturedView(1)), m.captured(2).toInt());
    return {};
}

HtmlPageMeta readPageMeta(const GumboNode* document) {
    HtmlPageMeta meta;
    QHash<QString, QString> metas; // lower-cased property/name/itemprop -> first content
    QString itempropDate, itempropPublished, itempropModified;
    LdFacts ld;
    walkTree(document, [&](const GumboNode* n) {
        if (n->type == GUMBO_NODE_DOCUMENT)
            return true;
        if (n->type != GUMBO_NODE_ELEMENT)
            return false;
        if (isElement(n, GUMBO_TAG_TITLE) && meta.documentTitle.isEmpty()) {
            meta.documentTitle = collapsedText(n);
            return false;
        }
        if (isElement(n, GUMBO_TAG_META)) {
            for (const char* key : {"property", "name", "itemprop"}) {
                const QString name = attribute(n, key).trimmed().toLower();
                if (!name.isEmpty() && !metas.contains(name))
                    metas.insert(name, attribute(n, "content").trimmed());
            }
            return false;
        }
        if (isElement(n, GUMBO_TAG_SCRIPT)) {
            const GumboVector& kids = n->v.element.children;
            if (attribute(n, "type").trimmed().compare(u"application/ld+json", Qt::CaseInsensitive) == 0 &&
                kids.length > 0 && isTextNode(static_cast<const GumboNode*>(kids.data[0]))) {
                const LdFacts facts =
                    readJsonLd(QString::fromUtf8(static_cast<const GumboNode*>(kids.data[0])->v.text.text));
                ld.headline = firstOf({ld.headline, facts.headline});
                ld.date = firstOf({ld.date, facts.date});
                ld.publisher = firstOf({ld.publisher, facts.publisher});
                ld.published = firstOf({ld.published, facts.published});
                ld.modified = firstOf({ld.modified, facts.modified});
            }
            return false;
        }
        const QString itemprop = attribute(n, "itemprop");
        if (itempropDate.isEmpty() && itemprop.compare(u"datePublished", Qt::CaseInsensitive) == 0) {
            const QString raw =
                firstOf({attribute(n, "content"), attribute(n, "datetime"), collapsedText(n)});
            itempropDate = normaliseHtmlDate(raw);
            itempropPublished = htmlMoment(raw);
        }
        if (itempropModified.isEmpty() && itemprop.compare(u"dateModified", Qt::CaseInsensitive) == 0)
            itempropModified =
                htmlMoment(firstOf({attribute(n, "content"), attribute(n, "datetime"), collapsedText(n)}));
        return n->type != GUMBO_NODE_TEMPLATE;
    });

    auto metaDate = [&](std::initializer_list<const char*> keys) {
        for (const char* key : keys) {
            const QString date = normaliseHtmlDate(metas.value(QString::fromLatin1(key)));
            if (!date.isEmpty())
                return date;
        }
        return QString();
    };
    meta.ogTitle =
        firstOf({metas.value(QStringLiteral("og:title")), metas.value(QStringLiteral("twitter:title"))})
            .simplified();
    meta.ldHeadline = ld.headline;
    meta.siteName = firstOf({metas.value(QStringLiteral("og:site_name")).simplified(), ld.publisher,
                             metas.value(QStringLiteral("application-name")).simplified(),
                             plainName(metas.value(QStringLiteral("publisher"))),
                             plainName(metas.value(QStringLiteral("article:publisher"))),
                             plainName(metas.value(QStringLiteral("dc.publisher")))});
    meta.publishedDate =
        firstOf({metaDate({"article:published_time", "og:article:published_time"}), ld.date, itempropDate});
    auto metaMoment = [&](std::initializer_list<const char*> keys) {
        for (const char* key : keys) {
            const QString moment = htmlMoment(metas.value(QString::fromLatin1(key)));
            if (!moment.isEmpty())
                return moment;
        }
        return QString();
    };
    meta.publishedMoment = firstOf({metaMoment({"article:published_time", "og:article:published_time"}),
                                    ld.published, itempropPublished});
    meta.modifiedMoment =
        firstOf({metaMoment({"article:modified_time", "og:article:modified_time", "og:updated_time"}),
                 ld.modified, itempropModified});
    meta.looseDate = metaDate({"date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date",
                               "dc.date.issued", "dcterms.date", "dcterms.created", "dcterms.issued",
                               "sailthru.date", "parsely-pub-date", "article.published", "og:pubdate",
                               "citation_publication_date", "originalpublicationdate"});
    meta.looseMoment = metaMoment({"date", "pubdate", "publishdate", "publish-date", "publish_date",
                                   "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created",
                                   "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published",
                                   "og:pubdate", "citation_publication_date", "originalpublicationdate"});
    return meta;
}

} // namespace parallax
