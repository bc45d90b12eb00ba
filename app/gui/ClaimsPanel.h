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
class QToolButton;

namespace parallax::gui {

class VerdictStore;

// The claims of the analysis as a list (conflicts first), with a status filter and a search box,
// and below it every variant of the selected claim: article, value, hedge, and the sentence with
// the number marked. Selecting a claim here or elsewhere (setSelectedClaim) shows its variants.
class ClaimsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ClaimsPanel(QWidget* parent = nullptr);

    void setClaims(std::shared_ptr<const Analysis> analysis, std::vector<ClaimView> claims);
    // The user's verdicts: shown as a mark after each claim (the note as its tooltip) and above the
    // variants; set from the list's context menu and the buttons above the variants.
    void setVerdicts(VerdictStore* store);
    const std::vector<ClaimView>& claims() const { return claims_; }
    int selectedClaim() const { return selected_; }
    void setSelectedClaim(int claim); // -1 clears
    int visibleClaimCount() const;
    QString variantsText() const; // the variants list as plain text, for tests and copying

Q_SIGNALS:
    void claimSelected(int claim);
    void variantActivated(int claim, int variant);

private:
    void showVariants(); // with the verdict buttons of the selected claim
    void applyFilter();
    void showVerdicts(); // the verdict marks and tooltips in the list
    void claimMenu(const QPoint& position);

    std::shared_ptr<const Analysis> analysis_;
    std::vector<ClaimView> claims_;
    int selected_ = -1;
    QComboBox* statusFilter_;
    QLineEdit* search_;
    QStandardItemModel* model_;
    QSortFilterProxyModel* proxy_;
    QListView* list_;
    QTextBrowser* variants_;
    VerdictStore* verdicts_ = nullptr;
    std::vector<QToolButton*> verdictButtons_; // Checked, Wrong, Fine, Note
};

} // namespace parallax::gui
