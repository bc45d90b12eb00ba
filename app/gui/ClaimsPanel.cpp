#include "ClaimsPanel.h"

#include "claims/Headline.h"

#include "ArticleListModel.h"
#include "PaneColors.h"
#include "VerdictMarks.h"
#include "VerdictMenu.h"
#include "VerdictStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace parallax::gui {
namespace {

constexpr int claimIndexRole = Qt::UserRole + 1;
constexpr int stateRole = Qt::UserRole + 2;
constexpr int itemTextRole = Qt::UserRole + 3; // the item's text without its verdict mark

QIcon stateIcon(ClaimState state, const PaneColors& colors) {
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(colors.claimColor(state));
    p.setPen(Qt::NoPen);
    p.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

// Filters by the status chosen (-1: all) and by text in the label or the values.
class ClaimFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    int state = -1;
    QString text;
    void refresh() { invalidateRowsFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (state >= 0 && index.data(stateRole).toInt() != state)
            return false;
        return text.isEmpty() || index.data(Qt::DisplayRole).toString().contains(text, Qt::CaseInsensitive);
    }
};

} // namespace

ClaimsPanel::ClaimsPanel(QWidget* parent)
    : QWidget(parent)
    , statusFilter_(new QComboBox)
    , search_(new QLineEdit)
    , model_(new QStandardItemModel(this))
    , proxy_(new ClaimFilter(this))
    , list_(new QListView)
    , variants_(new QTextBrowser) {
    statusFilter_->addItem(tr("All claims"), -1);
    for (ClaimState s :
         {ClaimState::Conflict, ClaimState::Updated, ClaimState::Possible, ClaimState::Rounding,
          ClaimState::Qualifier, ClaimState::Formatting, ClaimState::Consistent, ClaimState::Single})
        statusFilter_->addItem(claimStateLabel(s), int(s));
    statusFilter_->setToolTip(tr("Show only claims with this status"));
    search_->setPlaceholderText(tr("Search claims…"));
    search_->setClearButtonEnabled(true);
    proxy_->setSourceModel(model_);
    list_->setModel(proxy_);
    list_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list_->setUniformItemSizes(true);
    variants_->setOpenLinks(false);
    variants_->setPlaceholderText(tr("Select a claim to see every article's version of it."));

    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(new QLabel(tr("<b>Claims</b>")));
    topLayout->addWidget(statusFilter_);
    topLayout->addWidget(search_);
    topLayout->addWidget(list_, 1);
    auto* bottom = new QWidget;
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto* variantsHeader = new QHBoxLayout;
    variantsHeader->addWidget(new QLabel(tr("<b>Variants</b>")));
    variantsHeader->addStretch(1);
    // The verdict of the selected claim, one click away while reading its variants.
    for (const auto& [text, tip] : std::initializer_list<std::pair<QString, QString>>{
             {QStringLiteral("\u2713"), tr("Mark this claim checked (click again to take it back)")},
             {QStringLiteral("\u2717"),
              tr("Mark this claim wrong: the numbers are not one fact, or the finding is mistaken")},
             {QStringLiteral("\u25cf"), tr("Mark this claim fine: right as found")},
             {QStringLiteral("\u270e"), tr("Add or edit your note on this claim")}}) {
        auto* button = new QToolButton;
        button->setText(text);
        button->setToolTip(tip);
        button->setAutoRaise(true);
        button->setCheckable(verdictButtons_.size() < 3);
        button->setEnabled(false);
        variantsHeader->addWidget(button);
        verdictButtons_.push_back(button);
    }
    bottomLayout->addLayout(variantsHeader);
    bottomLayout->addWidget(variants_, 1);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(statusFilter_, &QComboBox::currentIndexChanged, this, &ClaimsPanel::applyFilter);
    connect(search_, &QLineEdit::textChanged, this, &ClaimsPanel::applyFilter);
    connect(list_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                const int claim = current.isValid() ? current.data(claimIndexRole).toInt() : -1;
                if (claim != selected_) {
                    selected_ = claim;
                    showVariants();
                    Q_EMIT claimSelected(claim);
                }
            });
    list_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(list_, &QWidget::customContextMenuRequested, this, &ClaimsPanel::claimMenu);
    const VerdictStatus statuses[] = {VerdictStatus::Checked, VerdictStatus::Wrong, VerdictStatus::Fine};
    for (size_t i = 0; i < 3; ++i) {
        connect(verdictButtons_[i], &QToolButton::clicked, this, [this, status = statuses[i]](bool on) {
            if (!verdicts_ || selected_ < 0)
                return;
            const Verdict* now = verdicts_->claimVerdict(selected_);
            if (on)
                verdicts_->setClaimVerdict(selected_, status, now ? now->note : QString());
            else if (now && now->note.isEmpty())
                verdicts_->clearClaimVerdict(selected_);
            else
                showVariants(); // a verdict with a note is only cleared from the menu: keep the button down
        });
    }
    connect(verdictButtons_[3], &QToolButton::clicked, this, [this] {
        if (verdicts_ && selected_ >= 0)
            editClaimNote(verdicts_, selected_, this);
    });
    connect(variants_, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        bool ok = false;
        const int variant = url.fragment().toInt(&ok);
        if (ok && selected_ >= 0)
            Q_EMIT variantActivated(selected_, variant);
    });
}

void ClaimsPanel::setClaims(std::shared_ptr<const Analysis> analysis, std::vector<ClaimView> claims) {
    analysis_ = std::move(analysis);
    claims_ = std::move(claims);
    selected_ = -1;
    const PaneColors colors(palette());
    model_->clear();
    for (size_t i = 0; i < claims_.size(); ++i) {
        const ClaimView& c = claims_[i];
        const QString text = QStringLiteral("%1   %2").arg(c.label, c.valueSummary());
        auto* item = new QStandardItem(stateIcon(c.state, colors), text);
        item->setData(text, itemTextRole);
        item->setData(int(i), claimIndexRole);
        item->setData(int(c.state), stateRole);
        item->setToolTip(
            tr("%1 · %2 · %3 variants").arg(c.label, claimStateLabel(c.state)).arg(c.variants.size()));
        model_->appendRow(item);
    }
    if (verdicts_ && !verdicts_->isEmpty()) // fresh items carry no mark: nothing to do for most folders
        showVerdicts();
    showVariants();
}

void ClaimsPanel::setVerdicts(VerdictStore* store) {
    verdicts_ = store;
    connect(store, &VerdictStore::changed, this, [this] {
        showVerdicts();
        showVariants();
    });
}

void ClaimsPanel::showVerdicts() {
    for (int row = 0; row < model_->rowCount(); ++row) {
        QStandardItem* item = model_->item(row);
        const int claim = item->data(claimIndexRole).toInt();
        const Verdict* verdict = verdicts_ ? verdicts_->claimVerdict(claim) : nullptr;
        const QString base = item->data(itemTextRole).toString();
        const QString mark = verdictSymbol(verdict); // in front: the panel is narrow and cuts the end
        item->setText(mark.isEmpty() ? base : mark + u' ' + base);
        const ClaimView& c = claims_[size_t(claim)];
        QString tip =
            tr("%1 · %2 · %3 variants").arg(c.label, claimStateLabel(c.state)).arg(c.variants.size());
        if (verdict)
            tip = tip.toHtmlEscaped() + QStringLiteral("<br>") + verdictToolTip(verdict);
        item->setToolTip(tip);
    }
}

void ClaimsPanel::claimMenu(const QPoint& position) {
    const QModelIndex index = list_->indexAt(position);
    if (!verdicts_ || !index.isValid())
        return;
    const int claim = index.data(claimIndexRole).toInt();
    QMenu menu(this);
    addClaimVerdictActions(&menu, verdicts_, claim, this);
    menu.exec(list_->viewport()->mapToGlobal(position));
}

void ClaimsPanel::setSelectedClaim(int claim) {
    if (claim == selected_)
        return;
    for (int row = 0; row < proxy_->rowCount(); ++row) {
        const QModelIndex index = proxy_->index(row, 0);
        if (index.data(claimIndexRole).toInt() == claim) {
            list_->setCurrentIndex(index); // emits claimSelected through currentChanged
            list_->scrollTo(index);
            return;
        }
    }
    // Filtered out or none: show it anyway, without a list selection.
    list_->clearSelection();
    selected_ = claim;
    showVariants();
    Q_EMIT claimSelected(claim);
}

int ClaimsPanel::visibleClaimCount() const {
    return proxy_->rowCount();
}

void ClaimsPanel::applyFilter() {
    auto* filter = static_cast<ClaimFilter*>(proxy_);
    filter->state = statusFilter_->currentData().toInt();
    filter->text = search_->text();
    filter->refresh();
}

void ClaimsPanel::showVariants() {
    // The buttons above follow the selected claim's verdict.
    const Verdict* current = verdicts_ && selected_ >= 0 ? verdicts_->claimVerdict(selected_) : nullptr;
    for (size_t i = 0; i < verdictButtons_.size(); ++i) {
        verdictButtons_[i]->setEnabled(verdicts_ && selected_ >= 0);
        if (i < 3)
            verdictButtons_[i]->setChecked(current && int(current->status) == int(i));
    }
    if (!analysis_ || selected_ < 0 || selected_ >= int(claims_.size())) {
        variants_->clear();
        return;
    }
    const PaneColors colors(palette());
    const ClaimView& claim = claims_[size_t(selected_)];
    const QString color = colors.claimColor(claim.state).name();
    QString html = QStringLiteral("<p><b>%1</b> — <span style='color:%2'>%3</span></p>")
                       .arg(claim.label.toHtmlEscaped(), color, claimStateLabel(claim.state));
    if (const Verdict* verdict = verdicts_ ? verdicts_->claimVerdict(selected_) : nullptr)
        html += QStringLiteral("<p style='background-color:%1'>%2</p>")
                    .arg(colors.base.darker(108).name(), verdictToolTip(verdict));
    // Why these numbers are one claim, so a reader can judge a "possible" conflict for themselves.
    if (claim.variants.size() > 1) {
        QString why = tr("Confidence %1%").arg(qRound(claim.confidence * 100));
        if (!claim.evidence.isEmpty())
            why += QStringLiteral(": ") + claim.evidence.join(QStringLiteral("; ")).toHtmlEscaped();
        if (claim.state == ClaimState::Possible)
            why += tr(". Too little evidence that these numbers are about one thing to call it a conflict.");
        else if (claim.state == ClaimState::Updated)
            why += tr(
                ". The value changed between articles published at different times, or the text says it was "
                "revised; the versions are listed oldest first.");
        html += QStringLiteral("<p style='color:%1'><small>%2</small></p>").arg(colors.greyText.name(), why);
    }
    auto variantHtml = [&](size_t i) {
        const ClaimVariantView& v = claim.variants[i];
        const Document& doc = analysis_->corpus.documents[size_t(v.document)];
        const Span sentence = variantSentenceSpan(doc, v.sentence); // the headline for kHeadlineSentence
        const QString before = doc.text.mid(sentence.start, v.span.start - sentence.start).toHtmlEscaped();
        const QString number = doc.textOf(v.span).toString().toHtmlEscaped();
        const QString after = doc.text.mid(v.span.end, sentence.end - v.span.end).toHtmlEscaped();
        const QString value = (v.qualifier.isEmpty() ? v.text : v.qualifier + u' ' + v.text).toHtmlEscaped();
        return QStringLiteral(
                   "<p><a href='#%1'>%2</a> &nbsp;<span style='color:%3; font-weight:bold'>%4</span><br>"
                   "%5<b><span style='color:%3'>%6</span></b>%7</p>")
            .arg(i)
            .arg(shortName(doc).toHtmlEscaped(), color, value, before, number, after);
    };
    // An update reads in time order. Otherwise the variants are grouped by value, the value most
    // articles give first, so that 60 articles read as "550: 48 articles; 547: 2", each group
    // showing a few sentences in full and naming the rest.
    if (claim.state == ClaimState::Updated || claim.variants.size() <= 2) {
        for (size_t i = 0; i < claim.variants.size(); ++i)
            html += variantHtml(i);
    } else {
        struct Group {
            double value = 0;
            std::vector<size_t> variants;
            std::set<int> articles;
        };
        std::vector<Group> groups;
        for (size_t i = 0; i < claim.variants.size(); ++i) {
            const double value = claim.variants[i].value;
            auto g =
                std::find_if(groups.begin(), groups.end(), [&](const Group& x) { return x.value == value; });
            if (g == groups.end())
                g = groups.insert(groups.end(), Group{value, {}, {}});
            g->variants.push_back(i);
            g->articles.insert(claim.variants[i].document);
        }
        std::sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
            return a.articles.size() != b.articles.size() ? a.articles.size() > b.articles.size()
                                                          : a.variants.front() < b.variants.front();
        });
        constexpr size_t shownInFull = 4;
        for (const Group& g : groups) {
            const ClaimVariantView& first = claim.variants[g.variants.front()];
            html +=
                QStringLiteral("<p style='margin-top:10px'><b><span style='color:%1'>%2</span></b> — %3</p>")
                    .arg(color, first.text.toHtmlEscaped(),
                         g.articles.size() == 1 ? tr("1 article") : tr("%1 articles").arg(g.articles.size()));
            for (size_t k = 0; k < g.variants.size() && k < shownInFull; ++k)
                html += variantHtml(g.variants[k]);
            if (g.variants.size() > shownInFull) {
                QStringList rest;
                for (size_t k = shownInFull; k < g.variants.size(); ++k) {
                    const ClaimVariantView& v = claim.variants[g.variants[k]];
                    rest << QStringLiteral("<a href='#%1'>%2</a>")
                                .arg(g.variants[k])
                                .arg(shortName(analysis_->corpus.documents[size_t(v.document)])
                                         .toHtmlEscaped());
                }
                html += QStringLiteral("<p><small>%1 %2</small></p>")
                            .arg(tr("Also:"), rest.join(QStringLiteral(", ")));
            }
        }
    }
    variants_->setHtml(html);
}

QString ClaimsPanel::variantsText() const {
    return variants_->toPlainText();
}

} // namespace parallax::gui
