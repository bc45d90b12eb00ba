#include "ClaimsMatrixModel.h"

#include "VerdictMarks.h"
#include "VerdictStore.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <map>
#include <set>

namespace parallax::gui {
namespace {

// Reading order of the rows: what a fact-checker looks at first.
int statePriority(ClaimState state) {
    switch (state) {
    case ClaimState::Conflict:
        return 0;
    case ClaimState::Updated:
        return 1;
    case ClaimState::Possible:
        return 2;
    case ClaimState::Rounding:
        return 3;
    case ClaimState::Qualifier:
        return 4;
    case ClaimState::Formatting:
        return 5;
    case ClaimState::Consistent:
        return 6;
    case ClaimState::Single:
        return 7;
    }
    return 8;
}

bool isDisagreement(ClaimState state) {
    return state == ClaimState::Conflict || state == ClaimState::Updated || state == ClaimState::Possible ||
           state == ClaimState::Rounding || state == ClaimState::Qualifier;
}

// The value the most articles give (each article counted once per value); ties go to the smaller.
double usualValue(const ClaimView& claim) {
    std::map<double, std::set<int>> articlesByValue;
    for (const ClaimVariantView& v : claim.variants)
        articlesByValue[v.value].insert(v.document);
    double best = 0;
    size_t bestCount = 0;
    for (const auto& [value, articles] : articlesByValue)
        if (articles.size() > bestCount) {
            best = value;
            bestCount = articles.size();
        }
    return best;
}

QIcon dot(const QColor& color) {
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(color);
    p.setPen(Qt::NoPen);
    p.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

} // namespace

ClaimsMatrixModel::ClaimsMatrixModel(const QPalette& palette, QObject* parent)
    : QAbstractTableModel(parent)
    , colors_(palette) {}

void ClaimsMatrixModel::setPalette(const QPalette& palette) {
    colors_ = PaneColors(palette);
    if (!rows_.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ClaimsMatrixModel::setContent(std::vector<ClaimView> claims, std::vector<QString> articleNames,
                                   std::vector<QString> articleTitles) {
    beginResetModel();
    claims_ = std::move(claims);
    names_ = std::move(articleNames);
    titles_ = std::move(articleTitles);
    rows_.clear();
    rowOfClaim_.assign(claims_.size(), -1);
    const int documents = int(names_.size());
    for (int c = 0; c < int(claims_.size()); ++c) {
        const ClaimView& claim = claims_[size_t(c)];
        Row row;
        row.claim = c;
        row.firstVariant.assign(size_t(documents), -1);
        int articles = 0;
        for (int v = 0; v < int(claim.variants.size()); ++v) {
            const int d = claim.variants[size_t(v)].document;
            if (d < 0 || d >= documents || row.firstVariant[size_t(d)] >= 0)
                continue;
            row.firstVariant[size_t(d)] = v;
            ++articles;
        }
        if (articles < 2) // one article's number is nobody's disagreement
            continue;
        row.usualValue = usualValue(claim);
        rows_.push_back(std::move(row));
    }
    std::sort(rows_.begin(), rows_.end(), [this](const Row& a, const Row& b) {
        const ClaimView& x = claims_[size_t(a.claim)];
        const ClaimView& y = claims_[size_t(b.claim)];
        if (statePriority(x.state) != statePriority(y.state))
            return statePriority(x.state) < statePriority(y.state);
        const auto stated = [](const Row& r) {
            return std::count_if(r.firstVariant.begin(), r.firstVariant.end(), [](int v) { return v >= 0; });
        };
        return stated(a) != stated(b) ? stated(a) > stated(b) : a.claim < b.claim; // ties: engine order
    });
    for (int r = 0; r < int(rows_.size()); ++r)
        rowOfClaim_[size_t(rows_[size_t(r)].claim)] = r;
    endResetModel();
}

int ClaimsMatrixModel::claimAtRow(int row) const {
    return row >= 0 && row < int(rows_.size()) ? rows_[size_t(row)].claim : -1;
}

int ClaimsMatrixModel::rowOfClaim(int claim) const {
    return claim >= 0 && claim < int(rowOfClaim_.size()) ? rowOfClaim_[size_t(claim)] : -1;
}

int ClaimsMatrixModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(rows_.size());
}

int ClaimsMatrixModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 1 + int(names_.size());
}

QString ClaimsMatrixModel::cellText(const ClaimView& claim, int document) const {
    QStringList texts;
    for (const ClaimVariantView& v : claim.variants) {
        if (v.document != document)
            continue;
        const QString text = v.qualifier.isEmpty() ? v.text : v.qualifier + u' ' + v.text;
        if (!texts.contains(text))
            texts << text;
    }
    return texts.join(QStringLiteral(" · "));
}

bool ClaimsMatrixModel::cellDiffers(const Row& row, const ClaimView& claim, int document) const {
    for (const ClaimVariantView& v : claim.variants)
        if (v.document == document && v.value == row.usualValue)
            return false;
    return true;
}

void ClaimsMatrixModel::setVerdicts(const VerdictStore* store) {
    verdicts_ = store;
    connect(store, &VerdictStore::changed, this, [this] {
        if (!rows_.empty())
            Q_EMIT dataChanged(index(0, 0), index(int(rows_.size()) - 1, 0),
                               {Qt::DisplayRole, Qt::ToolTipRole});
    });
}

QVariant ClaimsMatrixModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(rows_.size()))
        return {};
    const Row& row = rows_[size_t(index.row())];
    const ClaimView& claim = claims_[size_t(row.claim)];
    if (role == ClaimRole)
        return row.claim;
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole: {
            const QString mark = verdicts_ ? verdictMark(verdicts_->claimVerdict(row.claim)) : QString();
            return mark.isEmpty() ? claim.label : claim.label + QStringLiteral("   ") + mark;
        }
        case Qt::DecorationRole:
            return dot(colors_.claimColor(claim.state));
        case Qt::ToolTipRole: {
            QString tip = QStringLiteral("<b>%1</b> · %2")
                              .arg(claim.label.toHtmlEscaped(), claimStateLabel(claim.state));
            if (isDisagreement(claim.state) || claim.state == ClaimState::Consistent)
                tip += tr("<br>Confidence %1%").arg(qRound(claim.confidence * 100));
            if (!claim.evidence.isEmpty())
                tip += QStringLiteral("<br><small>") +
                       claim.evidence.join(QStringLiteral("; ")).toHtmlEscaped() + QStringLiteral("</small>");
            if (const Verdict* verdict = verdicts_ ? verdicts_->claimVerdict(row.claim) : nullptr)
                tip += QStringLiteral("<br>") + verdictToolTip(verdict);
            return tip;
        }
        case VariantRole:
            return -1;
        default:
            return {};
        }
    }
    const int document = documentAtColumn(index.column());
    const int variant = row.firstVariant[size_t(document)];
    if (role == VariantRole)
        return variant;
    if (variant < 0)
        return {};
    const bool differs = cellDiffers(row, claim, document);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(claim, document);
    case DiffersRole:
        return differs;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ForegroundRole:
        return differs && isDisagreement(claim.state) ? colors_.claimColor(claim.state) : colors_.text;
    case Qt::BackgroundRole:
        if (!isDisagreement(claim.state))
            return blend(colors_.base, colors_.agrees, 0.08);
        return differs ? blend(colors_.base, colors_.claimColor(claim.state), 0.20)
                       : blend(colors_.base, colors_.agrees, 0.10);
    case Qt::FontRole:
        if (differs && isDisagreement(claim.state)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 says %2 (%3)").arg(names_[size_t(document)], cellText(claim, document), claim.label);
    default:
        return {};
    }
}

QVariant ClaimsMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Claim")) : QVariant();
    const int document = documentAtColumn(section);
    if (document < 0 || document >= int(names_.size()))
        return {};
    const QString& name = names_[size_t(document)];
    // Cut in the middle: the end of a made-unique name ("Reuters (a12)") is what tells it apart.
    constexpr qsizetype kLongest = 26;
    if (role == Qt::DisplayRole)
        return name.size() <= kLongest
                   ? name
                   : name.left(kLongest / 2) + QChar(0x2026) + name.right(kLongest / 2 - 1);
    if (role == Qt::ToolTipRole)
        return document < int(titles_.size()) ? name + QStringLiteral("\n") + titles_[size_t(document)]
                                              : name;
    return {};
}

} // namespace parallax::gui
