#pragma once

#include "ClaimViews.h"
#include "PaneColors.h"

#include <QAbstractTableModel>

#include <vector>

namespace parallax::gui {

class VerdictStore;

// Who says what, at a glance: one row per claim that two or more articles state, one column per
// article. A cell holds the article's value with its hedge ("about 300"), tinted by whether it is
// the value most articles give or a differing one, and is empty where the article is silent.
// Disagreements come first (conflicts, updates, possible ones), then facts stated another way,
// then agreement; within a status, the claims more articles state first.
class ClaimsMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int ClaimRole = Qt::UserRole + 1;   // the claim's index in setContent's list
    static constexpr int VariantRole = Qt::UserRole + 2; // the cell's first variant, -1 when empty
    static constexpr int DiffersRole = Qt::UserRole + 3; // true when the cell's value is not the usual one

    explicit ClaimsMatrixModel(const QPalette& palette, QObject* parent = nullptr);

    // `articleNames` has one entry per document, in document order: the columns after the first.
    void setContent(std::vector<ClaimView> claims, std::vector<QString> articleNames,
                    std::vector<QString> articleTitles = {});
    void setPalette(const QPalette& palette);
    // The user's verdicts, marked after each claim's name ("✓ checked"), the note in its tooltip.
    void setVerdicts(const VerdictStore* store);

    int claimAtRow(int row) const;
    int rowOfClaim(int claim) const; // -1 when the claim has no row (stated by one article)
    int documentAtColumn(int column) const { return column - 1; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        int claim = -1;
        double usualValue = 0;         // the value most articles give
        std::vector<int> firstVariant; // per document: its first variant, -1 when silent
    };
    QString cellText(const ClaimView& claim, int document) const;
    bool cellDiffers(const Row& row, const ClaimView& claim, int document) const;

    std::vector<ClaimView> claims_;
    std::vector<QString> names_;
    std::vector<QString> titles_;
    std::vector<Row> rows_;
    std::vector<int> rowOfClaim_;
    PaneColors colors_;
    const VerdictStore* verdicts_ = nullptr;
};

} // namespace parallax::gui
