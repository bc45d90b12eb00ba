#include "ArticleListModel.h"

#include "analysis/DisplayNames.h"

#include <QFont>
#include <QRegularExpression>

namespace parallax::gui {

QString displaySource(const Document& doc) {
    if (!doc.source.isEmpty())
        return doc.source;
    if (!doc.attribution.isEmpty())
        return ArticleListModel::tr("via %1").arg(doc.attribution);
    return {};
}

QString shortName(const Document& doc) {
    return displayName(doc);
}

QString publishedMoment(const Document& doc) {
    // Document::published is ISO 8601 ("2025-07-04T14:05:00+01:00", or a day alone).
    const QString& p = doc.published;
    if (p.size() < 16 || p[10] != u'T')
        return doc.date.isEmpty() ? p.left(10) : doc.date;
    QString zone = p.mid(19);
    if (zone.startsWith(u'.'))
        zone = zone.mid(zone.indexOf(QRegularExpression(QStringLiteral("[^.0-9]"))));
    return p.left(10) + u' ' + p.mid(11, 5) +
           (zone.isEmpty() ? QString() : u' ' + (zone == u"Z" ? QStringLiteral("UTC") : zone));
}

void ArticleListModel::setAnalysis(std::shared_ptr<const Analysis> analysis) {
    beginResetModel();
    const bool sameFolder = analysis_ && analysis && analysis_->corpus.folder == analysis->corpus.folder &&
                            analysis_->corpus.documents.size() == analysis->corpus.documents.size();
    analysis_ = std::move(analysis);
    badges_ = analysis_ ? relationBadges() : std::vector<QString>();
    if (!sameFolder) {
        hidden_.clear();
        reference_ = -1;
    }
    endResetModel();
}

const Document* ArticleListModel::document(int row) const {
    if (!analysis_ || row < 0 || row >= int(analysis_->corpus.documents.size()))
        return nullptr;
    return &analysis_->corpus.documents[size_t(row)];
}

void ArticleListModel::setDocumentShown(int row, bool shown) {
    if (!document(row) || shown == !hidden_.contains(row))
        return;
    if (shown)
        hidden_.erase(row);
    else
        hidden_.insert(row);
    Q_EMIT dataChanged(index(row, Title), index(row, Title), {Qt::CheckStateRole});
    Q_EMIT shownDocumentsChanged();
}

void ArticleListModel::setReferenceDocument(int row) {
    reference_ = row;
    Q_EMIT dataChanged(index(0, Title), index(rowCount() - 1, Title), {Qt::FontRole});
}

int ArticleListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !analysis_ ? 0 : int(analysis_->corpus.documents.size());
}

int ArticleListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

// "A", "A, B", "A, B and 3 more": a badge names at most two articles per relation, so a story
// reprinted forty times still reads at a glance (the tooltip lists them all).
QString namesWithMore(const QStringList& names) {
    constexpr qsizetype shown = 2;
    if (names.size() <= shown)
        return names.join(QStringLiteral(", "));
    return ArticleListModel::tr("%1 and %2 more")
        .arg(names.first(shown).join(QStringLiteral(", ")))
        .arg(names.size() - shown);
}

} // namespace

std::vector<QString> ArticleListModel::relationBadges() const {
    // One pass over the pairs, not one per document: 200 articles of one story have 19,900.
    const auto& docs = analysis_->corpus.documents;
    struct Relations {
        QStringList reprintOf, reprintedBy, reprintPairWith, sharedSourceWith;
    };
    std::vector<Relations> relations(docs.size());
    // Names once per article, not once per pair: this runs on the UI thread at every result.
    std::vector<QString> names;
    names.reserve(docs.size());
    for (const Document& doc : docs)
        names.push_back(shortName(doc));
    for (const DocumentPair& p : analysis_->reuse.pairs) {
        if (p.relation != parallax::Relation::Reprint && p.relation != parallax::Relation::SharedSource)
            continue;
        for (const auto& [doc, other] : {std::pair{p.a, p.b}, std::pair{p.b, p.a}}) {
            Relations& r = relations[size_t(doc)];
            const QString& name = names[size_t(other)];
            if (p.relation == parallax::Relation::Reprint) {
                if (p.original == other)
                    r.reprintOf << name;
                else if (p.original == doc)
                    r.reprintedBy << name;
                else
                    r.reprintPairWith << name;
            } else if (p.relation == parallax::Relation::SharedSource) {
                r.sharedSourceWith << name;
            }
        }
    }
    std::vector<QString> badges(docs.size());
    for (size_t d = 0; d < docs.size(); ++d) {
        const Relations& r = relations[d];
        QStringList parts;
        if (!r.reprintOf.isEmpty())
            parts << tr("reprint of %1").arg(namesWithMore(r.reprintOf));
        if (!r.reprintedBy.isEmpty())
            parts << tr("reprinted by %1").arg(namesWithMore(r.reprintedBy));
        if (!r.reprintPairWith.isEmpty())
            parts << tr("reprint pair with %1").arg(namesWithMore(r.reprintPairWith));
        if (!r.sharedSourceWith.isEmpty())
            parts << tr("shared source with %1").arg(namesWithMore(r.sharedSourceWith));
        badges[d] = parts.join(QStringLiteral("; "));
    }
    return badges;
}

QString ArticleListModel::relationDetails(int doc) const {
    const auto& docs = analysis_->corpus.documents;
    QStringList lines;
    for (const DocumentPair& p : analysis_->reuse.pairs) {
        if ((p.a != doc && p.b != doc) || p.relation == parallax::Relation::Unrelated)
            continue;
        const int other = p.a == doc ? p.b : p.a;
        lines << tr("%1 with <b>%2</b>: %3 shared sentences. %4")
                     .arg(relationName(p.relation), shortName(docs[size_t(other)]).toHtmlEscaped())
                     .arg(p.sharedSentences)
                     .arg(p.evidence.toHtmlEscaped());
    }
    return lines.join(QStringLiteral("<br>"));
}

QVariant ArticleListModel::data(const QModelIndex& index, int role) const {
    const Document* doc = document(index.row());
    if (!doc)
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return doc->title;
        case Relation:
            return badges_[size_t(row)];
        case Source:
            return displaySource(*doc).isEmpty() ? QStringLiteral("—") : displaySource(*doc);
        case Date:
            return publishedMoment(*doc).isEmpty() ? QStringLiteral("—") : publishedMoment(*doc);
        case Words:
            return doc->wordCount();
        }
        break;
    case DetailRole: {
        QStringList parts;
        if (const QString source = displaySource(*doc); !source.isEmpty())
            parts << source;
        if (const QString moment = publishedMoment(*doc); !moment.isEmpty())
            parts << moment;
        return parts.isEmpty() ? doc->relativePath : parts.join(QStringLiteral(" · "));
    }
    case SortRole:
        switch (index.column()) {
        case Date: {
            // ISO moments sort as text; the undated after every dated one, in folder order.
            const QString key = doc->published.isEmpty() ? doc->date : doc->published;
            return key.isEmpty() ? QStringLiteral("\uffff") : key;
        }
        case Words:
            return doc->wordCount();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::CheckStateRole:
        if (index.column() == Title)
            return hidden_.contains(row) ? Qt::Unchecked : Qt::Checked;
        break;
    case Qt::ToolTipRole: {
        QString tip = tr("<b>%1</b><br>%2 · %3 · %4 words<br><small>%5</small>")
                          .arg(doc->title.toHtmlEscaped(), displaySource(*doc).toHtmlEscaped(),
                               publishedMoment(*doc).isEmpty() ? tr("no date") : publishedMoment(*doc))
                          .arg(doc->wordCount())
                          .arg(doc->path.toHtmlEscaped());
        if (const QString details = relationDetails(row); !details.isEmpty())
            tip += QStringLiteral("<hr>") + details;
        if (row == reference_)
            tip += tr("<br><i>Reference article: the panes follow its order.</i>");
        return tip;
    }
    case Qt::FontRole:
        if (index.column() == Title && (doc->titleFromText || row == reference_)) {
            QFont font;
            font.setItalic(doc->titleFromText); // a title we derived from the text, not one the file gave
            font.setBold(row == reference_);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Words)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

bool ArticleListModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::CheckStateRole || index.column() != Title)
        return false;
    setDocumentShown(index.row(), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags ArticleListModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Title)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Article");
    case Relation:
        return tr("Relation");
    case Source:
        return tr("Source");
    case Date:
        return tr("Date");
    case Words:
        return tr("Words");
    }
    return {};
}

} // namespace parallax::gui
