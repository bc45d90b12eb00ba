#pragma once

#include "analysis/Analysis.h"

#include <QAbstractTableModel>

#include <memory>

namespace parallax::gui {

// The articles of the current analysis as a table: title, source, date, words.
class ArticleListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Source, Date, Words, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setAnalysis(std::shared_ptr<const Analysis> analysis);
    const Document* document(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const Analysis> analysis_;
};

// The outlet as the list shows it: the source, else "via <attribution>", else empty.
QString displaySource(const Document& doc);

} // namespace parallax::gui
