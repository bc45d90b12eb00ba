#include "PaneColors.h"

namespace parallax::gui {

QColor blend(const QColor& from, const QColor& to, double amount) {
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

PaneColors::PaneColors(const QPalette& palette) {
    base = palette.color(QPalette::Base);
    text = palette.color(QPalette::Text);
    const bool dark = base.lightnessF() < 0.5;
    greyText = blend(text, base, 0.55);
    gridLine = blend(base, text, 0.12);
    currentRow = blend(base, palette.color(QPalette::Highlight), 0.18);
    gapHatch = blend(base, text, 0.08);
    movedBorder = blend(base, QColor(0x8e, 0x44, 0xad), 0.7);
    selectedClaim = palette.color(QPalette::Highlight);

    const double tint = dark ? 0.22 : 0.14;
    identical = blend(base, QColor(0x2e, 0xa0, 0x43), tint);
    nearIdentical = blend(base, QColor(0x1f, 0x7a, 0xc8), tint);
    paraphrase = blend(base, QColor(0xd9, 0x9a, 0x06), tint + 0.02);
    // One fact in other words: a cool grey-violet, quieter than any reuse tint.
    sharedFact = blend(base, QColor(0x7b, 0x68, 0xa6), tint - 0.04);
    // Numbers compared, not one fact: the same hue, fainter still.
    relatedNumbers = blend(base, QColor(0x7b, 0x68, 0xa6), tint - 0.07);

    conflict = dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x28);
    // An update is not an error: violet, apart from red. A possible conflict is muted grey-brown.
    updated = dark ? QColor(0xc3, 0x9b, 0xff) : QColor(0x6a, 0x3d, 0xb8);
    possible = blend(text, base, 0.35);
    qualifier = dark ? QColor(0xff, 0xb3, 0x47) : QColor(0xb3, 0x5c, 0x00);
    formatting = dark ? QColor(0x7a, 0xb8, 0xff) : QColor(0x1a, 0x5f, 0xb4);
    agrees = dark ? QColor(0x6c, 0xcf, 0x7f) : QColor(0x26, 0x80, 0x3a);
    wordChange = blend(base, QColor(0xe0, 0x8a, 0x00), dark ? 0.38 : 0.32);
    searchHit = blend(base, QColor(0xff, 0xe0, 0x00), dark ? 0.45 : 0.7);
}

QColor PaneColors::rowTint(RowKind kind) const {
    switch (kind) {
    case RowKind::Identical:
        return identical;
    case RowKind::NearIdentical:
        return nearIdentical;
    case RowKind::Paraphrase:
        return paraphrase;
    case RowKind::SharedFact:
        return sharedFact;
    case RowKind::RelatedNumbers:
        return relatedNumbers;
    case RowKind::Unique:
        return base;
    }
    return base;
}

QTextCharFormat PaneColors::markFormat(MarkKind kind) const {
    QTextCharFormat f;
    switch (kind) {
    case MarkKind::WordChange:
        f.setBackground(wordChange);
        break;
    case MarkKind::NumberConflict:
        // Strongest mark: a reader scanning the panes must see it first.
        f.setForeground(conflict);
        f.setFontWeight(QFont::Bold);
        f.setBackground(blend(base, conflict, 0.16));
        f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        f.setUnderlineColor(conflict);
        break;
    case MarkKind::NumberUpdated:
        f.setForeground(updated);
        f.setFontWeight(QFont::Bold);
        f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        f.setUnderlineColor(updated);
        break;
    case MarkKind::NumberPossible:
        f.setForeground(possible);
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(possible);
        break;
    case MarkKind::NumberQualifier:
        f.setForeground(qualifier);
        f.setFontWeight(QFont::DemiBold);
        f.setUnderlineStyle(QTextCharFormat::DashUnderline);
        f.setUnderlineColor(qualifier);
        break;
    case MarkKind::NumberFormatting:
        f.setForeground(formatting);
        f.setUnderlineStyle(QTextCharFormat::DotLine);
        f.setUnderlineColor(formatting);
        break;
    case MarkKind::NumberAgrees:
        // Quiet: agreement is the normal case.
        f.setUnderlineStyle(QTextCharFormat::DotLine);
        f.setUnderlineColor(agrees);
        break;
    case MarkKind::NumberSingle:
        break;
    case MarkKind::SearchHit:
        f.setBackground(searchHit);
        break;
    }
    return f;
}

QColor PaneColors::claimColor(ClaimState state) const {
    switch (state) {
    case ClaimState::Conflict:
        return conflict;
    case ClaimState::Updated:
        return updated;
    case ClaimState::Possible:
        return possible;
    case ClaimState::Rounding:
    case ClaimState::Qualifier:
        return qualifier;
    case ClaimState::Formatting:
        return formatting;
    case ClaimState::Consistent:
        return agrees;
    case ClaimState::Single:
        return greyText;
    }
    return text;
}

} // namespace parallax::gui
