#include "DocumentRenderer.h"

#include <QTextCursor>
#include <QTextDocument>

namespace parallax::gui {

void renderDocument(const Document& doc, const QPalette& palette, QTextDocument& out)
{
    out.clear();
    QTextCursor cursor(&out);
    QTextBlockFormat block;
    block.setBottomMargin(4);
    cursor.setBlockFormat(block);
    cursor.insertText(doc.text); // "\n" becomes a block break: one position, as in doc.text

    QTextCharFormat greyed;
    greyed.setForeground(palette.color(QPalette::Disabled, QPalette::Text));
    greyed.setFontItalic(true);
    QTextCharFormat headline;
    headline.setFontWeight(QFont::Bold);
    headline.setFontPointSize(out.defaultFont().pointSizeF() * 1.25);

    for (const Boilerplate& b : doc.boilerplate) {
        QTextCursor span(&out);
        span.setPosition(int(b.span.start));
        span.setPosition(int(b.span.end), QTextCursor::KeepAnchor);
        QTextCharFormat format = b.kind == BoilerplateKind::Title ? headline : greyed;
        format.setToolTip(QTextDocument::tr("Not analysed: %1").arg(boilerplateKindName(b.kind)));
        span.mergeCharFormat(format);
    }
}

} // namespace parallax::gui
