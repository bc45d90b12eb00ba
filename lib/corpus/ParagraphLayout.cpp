#include "corpus/ParagraphLayout.h"

#include <QList>

#include <algorithm>

namespace parallax {
namespace {

// Lines longer than this were not wrapped by a person or a tool at a fixed width.
constexpr qsizetype maxWrapWidth = 100;
// A wrapped line shorter than this share of the block's width ends a paragraph.
constexpr double paragraphEndRatio = 0.6;

bool endsASentence(QStringView line) {
    while (!line.isEmpty() && QStringView(u"”’\"')]»").contains(line.back()))
        line.chop(1);
    return !line.isEmpty() && QStringView(u".!?…").contains(line.back());
}

void appendParagraph(ParagraphText& out, const QStringList& lines) {
    QString paragraph = lines.join(u' ').trimmed();
    if (paragraph.isEmpty())
        return;
    if (!out.text.isEmpty())
        out.text.append(QStringLiteral("\n\n"));
    const qsizetype start = out.text.size();
    out.text.append(paragraph);
    out.paragraphs.push_back({start, out.text.size()});
}

void layOutBlock(ParagraphText& out, const QStringList& lines, bool alwaysJoinLines) {
    if (alwaysJoinLines) {
        appendParagraph(out, lines);
        return;
    }
    qsizetype width = 0;
    bool everyLineEndsASentence = true;
    for (const QString& line : lines) {
        width = std::max(width, line.size());
        everyLineEndsASentence = everyLineEndsASentence && endsASentence(line);
    }
    // Wrapped text breaks lines mid-sentence; a block whose every line ends a sentence is one
    // paragraph per line, however short its lines are.
    if (width > maxWrapWidth || lines.size() == 1 || everyLineEndsASentence) {
        for (const QString& line : lines)
            appendParagraph(out, {line});
        return;
    }
    QStringList current;
    for (const QString& line : lines) {
        current << line;
        if (line.size() < qsizetype(double(width) * paragraphEndRatio)) {
            appendParagraph(out, current);
            current.clear();
        }
    }
    appendParagraph(out, current);
}

} // namespace

ParagraphText layOutParagraphs(QStringView text, bool alwaysJoinLines) {
    ParagraphText out;
    out.text.reserve(text.size());
    QStringList block;
    for (QStringView line : text.tokenize(u'\n')) {
        const QString trimmed = line.trimmed().toString();
        if (trimmed.isEmpty()) {
            if (!block.isEmpty())
                layOutBlock(out, block, alwaysJoinLines);
            block.clear();
        } else {
            block << trimmed;
        }
    }
    if (!block.isEmpty())
        layOutBlock(out, block, alwaysJoinLines);
    return out;
}

} // namespace parallax
