#include "align/Alignment.h"

#include <algorithm>

namespace parallax {

QString rowKindName(RowKind kind) {
    switch (kind) {
    case RowKind::Identical:
        return QStringLiteral("identical");
    case RowKind::NearIdentical:
        return QStringLiteral("near-identical");
    case RowKind::Paraphrase:
        return QStringLiteral("paraphrase");
    case RowKind::SharedFact:
        return QStringLiteral("fact");
    case RowKind::RelatedNumbers:
        return QStringLiteral("related");
    case RowKind::Unique:
        break;
    }
    return QStringLiteral("unique");
}

int AlignedRow::textColumns() const {
    return int(std::count_if(cells.begin(), cells.end(), [](const Cell& c) { return !c.isGap(); }));
}

int Alignment::columnOf(int document) const {
    const auto it = std::find(documents.begin(), documents.end(), document);
    return it == documents.end() ? -1 : int(it - documents.begin());
}

} // namespace parallax
