#pragma once

#include "analysis/Analysis.h"

#include <QAbstractTableModel>

#include <memory>
#include <set>

namespace parallax::gui {

// The articles of the current analysis as a table: a check box to show or hide each in the panes,
// title, how it relates to the others (reprint of, shares a source with), source, date, words.
class ArticleListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Relation, Source, Date, Words, ColumnCount };
    // The second line under a title: "Guardian · 2025-07-04" (the file name when neither is known).
    static constexpr int DetailRole = Qt::UserRole + 1;
    // What the list sorts by: the publication moment for Date (undated articles last), the words
    // as a number, the text otherwise. The list opens sorted by Date.
    static constexpr int SortRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setAnalysis(std::shared_ptr<const Analysis> analysis);
    const Document* document(int row) const;

    const std::set<int>& hiddenDocuments() const { return hidden_; }
    void setDocumentShown(int row, bool shown);
    int referenceDocument() const { return reference_; }
    void setReferenceDocument(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void shownDocumentsChanged();

private:
    std::vector<QString> relationBadges() const; // per document: "reprint of A; shared source with B, C"
    QString relationDetails(int doc) const;

    std::shared_ptr<const Analysis> analysis_;
    std::set<int> hidden_;
    std::vector<QString> badges_; // per document: computed once, pairs can be many
    int reference_ = -1;
};

// The outlet as the list shows it: the source, else "via <attribution>", else empty.
QString displaySource(const Document& doc);

// A short name for an article in badges, variants and labels: displayName() (the outlet, else the
// title cut short, else the file name), so a reader never meets a hash-like file name where a
// better name is known.
QString shortName(const Document& doc);

// When the article was published, as a reader reads it: "2025-07-04 14:05 +01:00", the day alone
// when no time is known, empty when neither is.
QString publishedMoment(const Document& doc);

} // namespace parallax::gui
