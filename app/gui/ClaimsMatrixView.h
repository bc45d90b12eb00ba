#pragma once

#include <QTableView>

namespace parallax::gui {

class ClaimsMatrixModel;
class VerdictStore;

// The claims matrix as a table: the claim column stays wide enough to read, the article columns
// scroll sideways when there are many. A click on a value asks the window to show its sentence;
// a click on a claim's name selects the claim.
class ClaimsMatrixView : public QTableView {
    Q_OBJECT
public:
    explicit ClaimsMatrixView(ClaimsMatrixModel* model, QWidget* parent = nullptr);

    ClaimsMatrixModel* matrix() const { return model_; }
    void selectClaim(int claim); // its row, scrolled into view; nothing when it has none
    // Shows the verdicts in the claim column and offers them in a claim's context menu.
    void setVerdicts(VerdictStore* store);

Q_SIGNALS:
    void claimActivated(int claim);
    void variantActivated(int claim, int variant);

protected:
    void changeEvent(QEvent* event) override;

private:
    void activate(const QModelIndex& index);
    void fitColumns();

    void contextMenu(const QPoint& position);

    ClaimsMatrixModel* model_;
    VerdictStore* verdicts_ = nullptr;
};

} // namespace parallax::gui
