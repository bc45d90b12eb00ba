#pragma once

#include "ClaimViews.h"

#include "analysis/Analysis.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTextBrowser;

namespace parallax::gui {

// The claims of the analysis as a list (conflicts first), with a status filter and a search box,
// and below it every variant of the selected claim: article, value, hedge, and the sentence with
// the number marked. Selecting a claim here or elsewhere (setSelectedClaim) shows its variants.
class ClaimsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ClaimsPanel(QWidget* parent = nullptr);

    void setClaims(std::shared_ptr<const Analysis> analysis, std::vector<ClaimView> claims);
    const std::vector<ClaimView>& claims() const { return claims_; }
    int selectedClaim() const { return selected_; }
    void setSelectedClaim(int claim); // -1 clears
    int visibleClaimCount() const;
    QString variantsText() const; // the variants list as plain text, for tests and copying

Q_SIGNALS:
    void claimSelected(int claim);
    void variantActivated(int claim, int variant);

private:
    void showVariants();
    void applyFilter();

    std::shared_ptr<const Analysis> analysis_;
    std::vector<ClaimView> claims_;
    int selected_ = -1;
    QComboBox* statusFilter_;
    QLineEdit* search_;
    QStandardItemModel* model_;
    QSortFilterProxyModel* proxy_;
    QListView* list_;
    QTextBrowser* variants_;
};

} // namespace parallax::gui
