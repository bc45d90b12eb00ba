#include "ArticleListModel.h"

#include <QFont>

namespace parallax::gui {

QString displaySource(const Document& doc)
{
    if (!doc.source.isEmpty())
        return doc.source;
    if (!doc.attribution.isEmpty())
        return ArticleListModel::tr("via %1").arg(doc.attribution);
    return {};
}

void ArticleListModel::setAnalysis(std::shared_ptr<const Analysis> analysis)
{
    beginResetModel();
    analysis_ = std::move(analysis);
    endResetModel();
}

const Document* ArticleListModel::document(int row) const
{
    if (!analysis_ || row < 0 || row >= int(analysis_->corpus.documents.size()))
        return nullptr;
    return &analysis_->corpus.documents[size_t(row)];
}

int ArticleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !analysis_ ? 0 : int(analysis_->corpus.documents.size());
}

int ArticleListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex& index, int role) const
{
    const Document* doc = document(index.row());
    if (!doc)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title: return doc->title;
        case Source: return displaySource(*doc).isEmpty() ? QStringLiteral("—") : displaySource(*doc);
        case Date: return doc->date.isEmpty() ? QStringLiteral("—") : doc->date;
        case Words: return doc->wordCount();
        }
        break;
    case Qt::ToolTipRole:
        return tr("<b>%1</b><br>%2<br>%3 · %4 · %5 words<br><small>%6</small>")
            .arg(doc->title.toHtmlEscaped(), doc->id.toHtmlEscaped(), displaySource(*doc).toHtmlEscaped(),
                 doc->date.isEmpty() ? tr("no date") : doc->date)
            .arg(doc->wordCount())
            .arg(doc->path.toHtmlEscaped());
    case Qt::FontRole:
        if (index.column() == Title && doc->titleFromText) {
            QFont italic;
            italic.setItalic(true); // a title we derived from the text, not one the file gave
            return italic;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Words)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Title");
    case Source: return tr("Source");
    case Date: return tr("Date");
    case Words: return tr("Words");
    }
    return {};
}

} // namespace parallax::gui
